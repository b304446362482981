"""What every finding check shares: building a Finding with a stable id and fingerprint."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from checker.align.context import Context
from checker.findings.wording import articles_text
from checker.model import Claim, Finding

SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


def canonical(x: Any) -> str:
    """A value as one string, the same for equal values (keys sorted): fingerprints and classes."""
    return json.dumps(x, sort_keys=True, ensure_ascii=False, default=str)


def value_entry(ctx: Context, value: Any, display: str, claims: Iterable[Claim]) -> dict[str, Any]:
    """``{value, display, articles, claims, evidence}`` for one of the values a key takes."""
    cs = sorted(claims, key=lambda c: (c.article, c.start, c.id))
    return {
        "value": value,
        "display": display,
        "articles": sorted({c.article for c in cs}),
        "claims": [c.id for c in cs],
        "evidence": [
            {"article": c.article, "claim": c.id, "text": c.text, "start": c.start, "end": c.end} for c in cs
        ],
    }


def make_finding(
    code: str,
    type_: str,
    severity: str,
    key: str,
    message: str,
    explanation: str,
    values: list[dict[str, Any]],
    missing_in: Iterable[str] = (),
    extra: dict[str, Any] | None = None,
) -> Finding:
    """A finding whose fingerprint hangs on its content (code, key, values, articles), not on offsets."""
    content = {
        "code": code,
        "key": key,
        "values": sorted((canonical(v["value"]), tuple(v["articles"])) for v in values),
        "missing_in": sorted(missing_in),
    }
    fp = hashlib.sha256(canonical(content).encode()).hexdigest()
    values = sorted(values, key=lambda v: (v["articles"], canonical(v["value"])))
    return Finding(
        id=f"{code}-{fp[:12]}",
        fingerprint=fp[:32],
        code=code,
        type=type_,
        severity=severity,
        key=key,
        message=message,
        explanation=explanation,
        values=tuple(values),
        missing_in=tuple(sorted(missing_in)),
        extra=extra or {},
    )


def dead_entities(ctx: Context, also: frozenset[str] = frozenset()) -> set[str]:
    """People any report says died (a ``late`` role claim): no holder of an office and no attendee
    in any report (the king who died is no rival of the son who succeeded him, nor a guest at his
    own funeral). With ``also``, those of the other modifiers too (``replaced``: a holder a report
    says another was put in the place of)."""
    marks = {"late", *also}
    return {
        e
        for c in ctx.claims
        if c.type == "person_role" and marks & set(c.value.get("modifiers") or ())
        for e in (ctx.entities.entity(c),)
        if e
    }


def independence(ctx: Context, articles: Iterable[str]) -> dict[str, Any]:
    """Group articles by the agency their reporting chain ends at: one chain is one witness."""
    groups: dict[str, list[str]] = defaultdict(list)
    for a in sorted(set(articles)):
        origins = ctx.origins.get(a) or (f"article:{a}",)
        groups[origins[0]].append(a)
    return {
        "independent_sources": len(groups),
        "chains": [{"origin": k, "articles": v} for k, v in sorted(groups.items())],
    }


def source_name(ctx: Context, origin: str) -> str:
    if origin.startswith("article:"):
        return f"article {origin[8:]} (no cited source)"
    concepts = ctx.rules.concepts("sources").get("sources") or {}
    return concepts.get(origin, {}).get("display", origin)


def agreement_text(ctx: Context, ind: dict[str, Any]) -> str:
    chains = "; ".join(
        f"{source_name(ctx, c['origin'])}: {articles_text(c['articles'])}" for c in ind["chains"]
    )
    n = ind["independent_sources"]
    return f"{n} independent source chain{'s' if n != 1 else ''} ({chains})"


def years_between(a, b) -> str:
    """«about 2 years» / «about 5 months» between two dates."""
    days = abs((b - a).days)
    if days >= 330:
        return f"about {round(days / 365.25)} year{'s' if round(days / 365.25) != 1 else ''}"
    if days >= 45:
        return f"about {round(days / 30.4)} months"
    return f"{days} day{'s' if days != 1 else ''}"


def agreement_finding(
    ctx: Context, code: str, key: str, message: str, why: str, entry: dict[str, Any] | list[dict[str, Any]]
) -> Finding:
    """An info-level agreement on one value (or on values that fit each other), with how
    independent its sources are."""
    entries = entry if isinstance(entry, list) else [entry]
    ind = independence(ctx, [a for e in entries for a in e["articles"]])
    return make_finding(
        code, "agreement", "info", key, message, f"{why}; {agreement_text(ctx, ind)}.", entries, extra=ind
    )


def linked(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The ids that ``pairs`` link, directly or through others, as sorted groups in order."""
    parent: dict[str, str] = {}

    def find(a: str) -> str:
        while parent.setdefault(a, a) != a:
            a = parent[a]
        return a

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in sorted(parent):
        groups[find(a)].append(a)
    return sorted(groups.values())


def linked_groups(pairs: Iterable[tuple[Claim, Claim]]) -> list[list[Claim]]:
    """The claims that ``pairs`` link, directly or through others, as groups in claim id order."""
    claims: dict[str, Claim] = {}
    ids = []
    for c, d in pairs:
        claims[c.id], claims[d.id] = c, d
        ids.append((c.id, d.id))
    return [[claims[i] for i in group] for group in linked(ids)]
