"""The report as data: built from the context and findings, validated against its schema."""

from __future__ import annotations

from collections import Counter
from typing import Any

from checker.align import Context, source_chains
from checker.errors import CheckerError
from checker.findings import CATALOGUE
from checker.findings.base import SEVERITY_RANK
from checker.model import Diagnostic, Finding
from checker.rules import pointer, schema_validator

FORMAT_VERSION = "checker.report/1"


def build_report(ctx: Context, findings: list[Finding], diagnostics: list[Diagnostic]) -> dict[str, Any]:
    """The JSON-able report. Key order and list order are deterministic."""
    counts = Counter(f.severity for f in findings)
    report = {
        "format": FORMAT_VERSION,
        "summary": {
            "articles": len(ctx.extractions),
            "claims": len(ctx.claims),
            "events": len(ctx.events),
            "findings": {
                s: counts.get(s, 0) for s in sorted(SEVERITY_RANK, key=SEVERITY_RANK.get, reverse=True)
            },
            "by_type": dict(sorted(Counter(f.type for f in findings).items())),
            "diagnostics": len(diagnostics),
        },
        "articles": [_article(ctx, aid) for aid in sorted(ctx.extractions)],
        "events": [_event(ctx, e) for e in ctx.events],
        "claims": [_claim(ctx, c) for c in ctx.claims],
        "frames": [_frame(ctx, k) for k in ctx.keyed],
        "findings": [_finding(f) for f in findings],
        "codes": {code: CATALOGUE[code] for code in sorted({f.code for f in findings})},
        "diagnostics": [d.as_dict() for d in diagnostics],
    }
    validate_report(report)
    return report


def validate_report(report: dict[str, Any]) -> None:
    """Raise E005 naming the JSON pointer of the first schema violation."""
    err = next(iter(schema_validator("report.schema.json").iter_errors(report)), None)
    if err is not None:
        raise CheckerError(
            "E005", f"report fails report.schema.json at {pointer(err.absolute_path)}: {err.message}"
        )


def _article(ctx: Context, aid: str) -> dict[str, Any]:
    x = ctx.extractions[aid]
    a = x.article
    sources = []
    display = ctx.rules.concepts("sources").get("sources") or {}
    for chain in source_chains(x):
        names = [display.get(s, {}).get("display", s) for s in chain]
        sources.append({"source": chain[0], "chain": chain, "display": " citing ".join(names)})
    t = ctx.times[aid]
    return {
        "id": a.id,
        "path": a.path,
        "language": a.language,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published,
        "published_source": a.published_source,
        "date_estimate": t.estimate_dict(),
        "time_label": t.label(),
        "event": ctx.event_of.get(aid),
        "sources": sources,
    }


def _event(ctx: Context, e) -> dict[str, Any]:
    return {
        "id": e.id,
        "articles": list(e.articles),
        "date": e.date,
        "place": e.place,
        "participants": [{"id": p, "display": ctx.entities.display.get(p, p)} for p in e.participants],
        "type": e.type,
        "mentions": list(e.mentions),
    }


def _frame(ctx: Context, k) -> dict[str, Any]:
    d = k.frame.as_dict()
    d["key"] = k.key or k.klass
    mention = k.frame.subject.get("mention")
    d["event"] = ctx.cluster_of.get(mention) if mention else None
    return d


def _claim(ctx: Context, c) -> dict[str, Any]:
    d = c.as_dict()
    eid = ctx.entities.entity(c)
    if eid:
        d["entity"] = eid
    return d


def _finding(f: Finding) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": f.id,
        "fingerprint": f.fingerprint,
        "code": f.code,
        "type": f.type,
        "severity": f.severity,
        "key": f.key,
        "message": f.message,
        "explanation": f.explanation,
        "values": list(f.values),
        "missing_in": list(f.missing_in),
    }
    extra = dict(f.extra)
    if "provenance" in extra:
        d["provenance"] = extra.pop("provenance")
    if extra:
        d["independence"] = extra
    return d
