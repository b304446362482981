"""IN03 duration inconsistency: a duration contradicts the start date it counts from.

A predicate marked ``derived`` (``duration: {derived: founded}``) equals the time from the start
to when it was said: «روابط … بیش از ۸۰ سال» in 2025 agrees with relations established in 1944
(81 years), and "60 years" does not. Inside one article or across articles; the arithmetic is shown.
"""

from __future__ import annotations

from datetime import date

from checker.align.context import Context
from checker.align.frames import Keyed
from checker.findings.base import make_finding
from checker.findings.compare import bounds
from checker.findings.wording import quantity
from checker.normalize.keys import isolate as q

CODE = "IN03"
_YEAR_DAYS = 365.2425
_UNIT_DAYS = {"year": _YEAR_DAYS, "month": _YEAR_DAYS / 12, "week": 7.0, "day": 1.0}
_SHARE = 0.5


def run(ctx: Context) -> list:
    defs = ctx.rules.concepts("predicates").get("predicates") or {}
    derived = {p: d["derived"] for p, d in defs.items() if d.get("derived")}
    starts: dict[str, list[Keyed]] = {}
    for k in ctx.keyed:
        if not k.key and k.frame.predicate in set(derived.values()):
            starts.setdefault(k.frame.predicate, []).append(k)
    out = []
    for k in ctx.keyed:
        src = derived.get(k.frame.predicate)
        if src is None or k.key or k.reported is None or k.frame.value.get("unit") not in _UNIT_DAYS:
            continue
        for s in starts.get(src, ()):
            if _about_same(k, s):
                f = _check(k, s)
                if f is not None:
                    out.append(f)
    return out


def _about_same(a: Keyed, b: Keyed) -> bool:
    if a.scope and b.scope and not (a.scope & b.scope):
        return False
    shared = len(a.concepts & b.concepts)
    return shared >= 1 and shared / min(len(a.concepts), len(b.concepts)) >= _SHARE


def _check(d: Keyed, s: Keyed):
    unit = d.frame.value["unit"]
    anchor = d.reported
    start_lo, start_hi = date.fromisoformat(s.frame.value["earliest"]), date.fromisoformat(s.frame.value["latest"])
    el_lo = (anchor - start_hi).days / _UNIT_DAYS[unit]
    el_hi = (anchor - start_lo).days / _UNIT_DAYS[unit]
    lo, hi = bounds(d)
    if lo <= el_hi and el_lo <= hi and not (lo == el_hi and not d.frame.value.get("low_inclusive", True)):
        return None
    where = "in one article" if d.frame.article == s.frame.article else "across articles"
    said = quantity(d.frame.value)
    arithmetic = (
        f"{anchor.isoformat()} − {s.frame.value.get('iso') or s.frame.value['earliest']} "
        f"= {el_lo:.1f} to {el_hi:.1f} {unit}s"
    )
    entries = [
        _entry(d, said),
        _entry(s, s.frame.value.get("iso") or s.frame.value["earliest"]),
    ]
    key = f"derived:{d.frame.id}:{s.frame.id}"
    return make_finding(
        CODE,
        "inconsistency",
        "error" if where == "in one article" else "warning",
        key,
        f"{said} ({d.frame.article}) does not fit a start in {entries[1]['display']} ({s.frame.article})",
        f"A duration counts from its start to when it was said: {arithmetic}, which {q(d.frame.text)} "
        f"({said}) does not allow ({where}; the start is {q(s.frame.text)}).",
        entries,
    )


def _entry(k: Keyed, display: str) -> dict:
    f = k.frame
    return {
        "value": f.value,
        "display": display,
        "articles": [f.article],
        "claims": list(f.claims),
        "evidence": [{"article": f.article, "claim": f.claims[0], "text": f.text, "start": f.start, "end": f.end}],
    }
