"""CF01 office-holder conflict and AG01 office-holder agreement.

Key: (country, role) → person, for roles one person holds at a time. Two different people
named for one office is a conflict: an **error** when two reports of one event disagree or the
articles are contemporary; a **warning** when the articles' dates explain it (a later
office-holder), with which article is older and by how much.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from checker.align.context import Context
from checker.findings.base import agreement_finding, make_finding, value_entry, years_between
from checker.model import Claim, Finding

CODE, AGREE = "CF01", "AG01"
# A former, acting, designate or deputy holder does not hold the office itself.
_NOT_HOLDER = {"former", "acting", "designate", "deputy"}


def _offices(ctx: Context) -> dict[tuple[str, str], dict[str, list[Claim]]]:
    exclusive = {
        k for k, v in (ctx.rules.concepts("roles").get("concepts") or {}).items() if v.get("exclusive")
    }
    keys: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in ctx.claims:
        v = c.value
        if c.type != "person_role" or not v.get("country") or v["role"] not in exclusive:
            continue
        if _NOT_HOLDER & set(v.get("modifiers") or []):
            continue
        eid = ctx.entities.entity(c)
        if eid:
            keys[(v["country"], v["role"])][eid].append(c)
    return keys


def _label(ctx: Context, country: str, role: str) -> str:
    cn = (ctx.rules.concepts("countries").get("countries") or {}).get(country, {}).get("display", country)
    rn = (ctx.rules.concepts("roles").get("concepts") or {}).get(role, {}).get("display", role)
    return f"{cn}'s {rn}"


def run(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for (country, role), by_entity in sorted(_offices(ctx).items()):
        key = f"office:{country}:{role}"
        label = _label(ctx, country, role)
        values = [
            value_entry(ctx, eid, ctx.entities.display.get(eid, eid), cs)
            for eid, cs in sorted(by_entity.items())
        ]
        for v in values:
            if len(v["articles"]) >= 2:
                message = (
                    f"{label}: {v['display']} in {len(v['articles'])} articles ({', '.join(v['articles'])})"
                )
                why = f"Every one of these articles names {v['display']} as {label}"
                out.append(agreement_finding(ctx, AGREE, key, message, why, v))
        if len(values) > 1:
            out.append(_conflict(ctx, key, label, values))
    return out


def _conflict(ctx: Context, key: str, label: str, values: list[dict]) -> Finding:
    spans = {v["value"]: _span(ctx, v["articles"]) for v in values}
    ordered = sorted(values, key=lambda v: (spans[v["value"]][0] or date.max, v["value"]))
    severity, reasons = "warning", []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            sev, why = _explain(ctx, a, b, spans)
            reasons.append(why)
            if sev == "error":
                severity = "error"
    names = " vs ".join(f"{v['display']} ({', '.join(v['articles'])})" for v in ordered)
    message = f"{label}: {names}"
    explanation = " ".join(reasons) + _terms(ctx, key, ordered)
    return make_finding(CODE, "conflict", severity, key, message, explanation, values)


def _span(ctx: Context, articles: list[str]) -> tuple[date | None, date | None]:
    lows, highs = [], []
    for a in articles:
        lo, hi = ctx.times[a].bounds
        lows.append(lo)
        highs.append(hi)
    lo = min((d for d in lows if d), default=None) if all(lows) else None
    hi = max((d for d in highs if d), default=None) if all(highs) else None
    return lo, hi


def _explain(ctx: Context, a: dict, b: dict, spans) -> tuple[str, str]:
    shared = {ctx.event_of[x] for x in a["articles"]} & {ctx.event_of[y] for y in b["articles"]}
    if shared:
        return (
            "error",
            f"{a['display']} and {b['display']} are named for the same office in reports of one event ({', '.join(sorted(shared))}).",
        )
    (alo, ahi), (blo, bhi) = spans[a["value"]], spans[b["value"]]
    if ahi and blo and ahi < blo:
        return "warning", _older(ctx, a, b, ahi, blo)
    if bhi and alo and bhi < alo:
        return "warning", _older(ctx, b, a, bhi, alo)
    if not (ahi and blo and bhi and alo):
        return (
            "warning",
            f"The articles' dates are not all known, so the difference between {a['display']} and {b['display']} may be a change of office-holder.",
        )
    return (
        "error",
        f"{a['display']} and {b['display']} are named for the same office by articles of the same period.",
    )


def _older(ctx: Context, old: dict, new: dict, old_hi: date, new_lo: date) -> str:
    """Which articles are older, and by how much (between estimated midpoints)."""
    del old_hi, new_lo
    olds = "; ".join(f"{x} ({ctx.times[x].label()})" for x in old["articles"])
    news = sorted({ctx.times[x].label() for x in new["articles"]})
    old_mid = max(m for m in (ctx.times[x].midpoint() for x in old["articles"]) if m)
    dated = [ctx.times[x].published for x in new["articles"] if ctx.times[x].published]
    new_mid = min(dated) if dated else min(m for m in (ctx.times[x].midpoint() for x in new["articles"]) if m)
    return (
        f"The articles' dates explain it: {olds} is older than {', '.join(new['articles'])} "
        f"({', '.join(news)}) by {years_between(old_mid, new_mid)}, so {old['display']} is the earlier "
        f"office-holder and {new['display']} the later one."
    )


def _terms(ctx: Context, key: str, values: list[dict]) -> str:
    _, country, role = key.split(":")
    people = ctx.rules.top("people").get("people") or {}
    notes = []
    for v in values:
        for o in (people.get(v["value"]) or {}).get("offices") or []:
            if o["role"] == role and o.get("country") == country and o.get("from"):
                end = f"left it on {o['to']}" if o.get("to") else "still holds it"
                notes.append(f"{v['display']} took the office on {o['from']} and {end}")
    return (" Known terms: " + "; ".join(notes) + ".") if notes else ""
