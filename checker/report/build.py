"""The report as data: built from the context and findings, validated against its schema."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from typing import Any

from checker.align import Context, source_chains
from checker.align.geo import UNLISTED, place_name
from checker.errors import CheckerError
from checker.findings import CATALOGUE
from checker.findings.base import SEVERITY_RANK
from checker.model import Diagnostic, Finding
from checker.rules import pointer, record_check

FORMAT_VERSION = "checker.report/1"


def build_report(
    ctx: Context,
    findings: list[Finding],
    diagnostics: list[Diagnostic],
    provenance: dict[str, Any] | None = None,
    baseline: dict[str, Any] | None = None,
    scope: dict[str, int] | None = None,
) -> dict[str, Any]:
    """The JSON-able report. Key order and list order are deterministic. ``scope``: with a store,
    how many articles were given, checked (with their stored neighbours) and stored."""
    from checker.report.duplicates import find_duplicates
    from checker.report.groups import group_findings
    from checker.report.names import article_names
    from checker.report.select import mark_baseline

    counts = Counter(f.severity for f in findings)
    texts = {aid: x.article.text for aid, x in ctx.extractions.items()}
    duplicates = find_duplicates(texts)
    copy_of = {c: d["kept"] for d in duplicates for c in d["copies"]}
    names = article_names(ctx)
    located = _Locator(ctx)
    cited = _cited(ctx, findings)
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
            **({"scope": scope} if scope is not None else {}),
        },
        "articles": [_article(ctx, aid, names[aid], copy_of.get(aid)) for aid in sorted(ctx.extractions)],
        "events": [_event(ctx, e) for e in ctx.events],
        # Only what the findings and the articles' date estimates cite: every claim of a large run
        # stays in the store and in --claims-out, not in this file.
        "claims": [_claim(ctx, c) for c in ctx.claims if c.id in cited],
        "frames": [_frame(ctx, k) for k in ctx.keyed if _cites(k.frame, cited)],
        "findings": [_finding(f, located) for f in findings],
        "codes": {code: CATALOGUE[code] for code in sorted({f.code for f in findings})},
        "diagnostics": [d.as_dict() for d in diagnostics],
        "duplicates": duplicates,
    }
    report["groups"] = group_findings(report["findings"])
    if provenance is not None:
        report["provenance"] = provenance
    if baseline is not None:
        report["baseline"] = mark_baseline(report["findings"], baseline)
    validate_report(report)
    return report


def _cited(ctx: Context, findings: list[Finding]) -> set[str]:
    """The claim (and frame) ids that findings and the articles' date estimates cite."""
    out: set[str] = set()
    for f in findings:
        for v in f.values:
            out.update(v.get("claims") or ())
            out.update(ev["claim"] for ev in v.get("evidence", ()) if ev.get("claim"))
    for t in ctx.times.values():
        out.update(e["claim"] for e in t.evidence if e.get("claim"))
    return out


def _cites(frame: Any, cited: set[str]) -> bool:
    return frame.id in cited or any(c in cited for c in frame.claims)


def validate_report(report: dict[str, Any]) -> None:
    """Raise E005 naming the JSON pointer of the first schema violation.

    Record by record: the report with its lists emptied, then each item of each list against the
    list's item schema (the same rules as validating the whole report, without descending one
    giant document).
    """
    validator = record_check("report.schema.json")
    props = validator.schema.get("properties", {})
    lists = [k for k, v in report.items() if isinstance(v, list) and "items" in props.get(k, {})]
    _first_error(
        next(iter(validator.iter_errors({k: ([] if k in lists else v) for k, v in report.items()})), None), ()
    )
    for k in lists:
        items = record_check("report.schema.json", k)
        for i, item in enumerate(report[k]):
            _first_error(items.first_error(item), (k, i))


def _first_error(err: Any, prefix: tuple) -> None:
    if err is not None:
        where = pointer((*prefix, *err.absolute_path))
        raise CheckerError("E005", f"report fails report.schema.json at {where}: {err.message}")


def _article(ctx: Context, aid: str, name: dict[str, Any], copy_of: str | None) -> dict[str, Any]:
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
        "sha256": hashlib.sha256(a.text.encode("utf-8")).hexdigest(),
        "language": a.language,
        "title": a.title,
        "headline": name["headline"],
        "outlet": name["outlet"],
        "outlet_source": name["outlet_source"],
        "cited": name["cited"],
        "duplicate_of": copy_of,
        "url": a.url,
        "published": a.published,
        "published_source": a.published_source,
        "date_estimate": t.estimate_dict(),
        "time_label": t.label(),
        "event": ctx.event_of.get(aid),
        "sources": sources,
    }


def _place_name(ctx: Context, e) -> str | None:
    """An event's place by its name: the gazetteer's, or for a place it lacks the words of the
    first report that names it."""
    if not e.place:
        return None
    if not e.place.startswith(UNLISTED):
        return place_name(ctx.rules, e.place)
    for aid in e.articles:
        for c in ctx.extractions[aid].claims:
            if c.type == "place" and c.value.get("place") == e.place:
                return c.text
    return None


def _event(ctx: Context, e) -> dict[str, Any]:
    return {
        "id": e.id,
        "articles": list(e.articles),
        "date": e.date,
        "place": e.place,
        "place_name": _place_name(ctx, e),
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


class _Locator:
    """Line, column and the whole sentence of each piece of evidence."""

    def __init__(self, ctx: Context):
        self.claims = {c.id: c for c in ctx.claims}
        self.texts = {aid: x.article.text for aid, x in ctx.extractions.items()}
        self._lines: dict[str, list[int]] = {}

    def line_col(self, aid: str, offset: int) -> tuple[int, int]:
        starts = self._lines.get(aid)
        if starts is None:
            text = self.texts.get(aid, "")
            starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
            self._lines[aid] = starts
        n = bisect_right(starts, offset)
        return n, offset - starts[n - 1] + 1

    def evidence(self, ev: dict[str, Any]) -> dict[str, Any]:
        out = dict(ev)
        out["line"], out["column"] = self.line_col(ev["article"], ev["start"])
        c = self.claims.get(ev.get("claim", ""))
        text = self.texts.get(ev["article"])
        if c is not None and text is not None:
            s, e = c.sentence
            out["sentence"] = {"start": s, "end": e, "text": text[s:e]}
        return out


def _finding(f: Finding, located: _Locator) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": f.id,
        "fingerprint": f.fingerprint,
        "code": f.code,
        "type": f.type,
        "severity": f.severity,
        "key": f.key,
        "message": f.message,
        "explanation": f.explanation,
        "values": [
            {**v, "evidence": [located.evidence(ev) for ev in v.get("evidence", [])]} for v in f.values
        ],
        "missing_in": list(f.missing_in),
    }
    extra = dict(f.extra)
    if "provenance" in extra:
        d["provenance"] = extra.pop("provenance")
    if "cause" in extra:
        d["cause"] = extra.pop("cause")
    if extra:
        d["independence"] = extra
    return d
