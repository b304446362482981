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
from checker.findings.compare import display_key, raw_bounds
from checker.findings.wording import quantity
from checker.normalize.keys import isolate as q

CODE = "IN03"
_SHARE = 0.5


def run(ctx: Context) -> list:
    defs = ctx.rules.concepts("predicates").get("predicates") or {}
    derived = {p: d["derived"] for p, d in defs.items() if d.get("derived")}
    starts: dict[str, list[Keyed]] = {}
    for k in ctx.keyed:
        if not k.key and k.frame.predicate in set(derived.values()):
            starts.setdefault(k.frame.predicate, []).append(k)
    # Starts indexed by concept (blocking), and violations grouped by the two values: copies of one
    # report make one finding that lists them all, not one per pair.
    index: dict[tuple[str, str], list[Keyed]] = {}
    for src, ks in starts.items():
        for s in ks:
            for c in s.concepts:
                index.setdefault((src, c), []).append(s)
    found: dict[tuple, list[tuple[Keyed, Keyed, str]]] = {}
    for k in ctx.keyed:
        src = derived.get(k.frame.predicate)
        if src is None or k.key or k.reported is None or not _in_days(ctx, k):
            continue
        if any(k.frame.qualifiers.get(q) for q in ("record", "planned", "closed")):
            # "the highest in 16 years" counts back from now, "will last 90 days" on from it, and
            # "lasted two weeks" is over
            continue
        seen: set[str] = set()
        for c in sorted(k.concepts):
            for s in index.get((src, c), ()):
                if s.frame.id in seen or not _about_same(k, s) or _of_before(k, s):
                    continue
                seen.add(s.frame.id)
                arithmetic = _violation(k, s)
                if arithmetic:
                    group = (
                        k.frame.predicate,
                        display_key(k),
                        display_key(s),
                        k.frame.article == s.frame.article,
                    )
                    found.setdefault(group, []).append((k, s, arithmetic))
    return [_finding(pairs) for _, pairs in sorted(found.items())]


def _about_same(a: Keyed, b: Keyed) -> bool:
    if a.scope and b.scope and not (a.scope & b.scope):
        return False
    common = a.concepts & b.concepts
    shared = len(common)
    # (a country or place alone says where, not what: a town's two weeks under curfew are not
    # its port's trade since 2019)
    what = any(not t.startswith(_WHERE) for t in common)
    return what and shared / min(len(a.concepts), len(b.concepts)) >= _SHARE


_WHERE = ("cc:", "p:")


def _of_before(d: Keyed, s: Keyed) -> bool:
    """The duration's clause names a day or year that ended before the start: it is the span of
    an earlier occasion ("the 153-day strike of 1988"), which counts from no later start."""
    start = s.frame.value["earliest"]
    return any(a.startswith("d:") and a.rsplit(":", 1)[1] < start for a in d.anchors)


def _in_days(ctx: Context, k: Keyed) -> bool:
    """A duration whose unit has a length in days (``rules/units/concepts.yaml``)."""
    units = ctx.rules.concepts("units").get("concepts") or {}
    return "days" in (units.get(k.frame.value.get("unit") or "") or {})


def _violation(d: Keyed, s: Keyed) -> str | None:
    """The arithmetic that shows a duration does not fit its start, or None when it fits."""
    unit = d.frame.value["unit"]
    anchor = d.reported
    start_lo, start_hi = (
        date.fromisoformat(s.frame.value["earliest"]),
        date.fromisoformat(s.frame.value["latest"]),
    )
    lo, hi = raw_bounds(d)
    if hi * d.scale < (start_hi - start_lo).days + 1:
        # a span shorter than the start's own precision does not count from it: "pulled 78 minutes
        # later" is no age of a company founded in 2011
        return None
    el_lo = (anchor - start_hi).days / d.scale
    el_hi = (anchor - start_lo).days / d.scale
    if lo <= el_hi and el_lo <= hi and not (lo == el_hi and not d.frame.value.get("low_inclusive", True)):
        return None
    start = s.frame.value.get("iso") or s.frame.value["earliest"]
    return f"{anchor.isoformat()} − {start} = {el_lo:.1f} to {el_hi:.1f} {unit}s"


def _finding(pairs: list[tuple[Keyed, Keyed, str]]):
    d0, s0, arithmetic = pairs[0]
    inside = d0.frame.article == s0.frame.article
    where = "in one article" if inside else "across articles"
    said = quantity(d0.frame.value)
    start = s0.frame.value.get("iso") or s0.frame.value["earliest"]
    durations = list({d.frame.id: d for d, _, _ in pairs}.values())
    starts = list({s.frame.id: s for _, s, _ in pairs}.values())
    entries = [_entry(durations, said), _entry(starts, start)]
    more = f" ({len(pairs)} pairs of reports)" if len(pairs) > 1 else ""
    return make_finding(
        CODE,
        "inconsistency",
        "error" if inside else "warning",
        f"derived:{d0.frame.predicate}:{display_key(d0)}:{display_key(s0)}:{where}",
        f"{said} ({', '.join(entries[0]['articles'])}) does not fit a start in {start} ({', '.join(entries[1]['articles'])})",
        f"A duration counts from its start to when it was said: {arithmetic}, which {q(d0.frame.text)} "
        f"({said}) does not allow ({where}; the start is {q(s0.frame.text)}){more}.",
        entries,
    )


def _entry(ks: list[Keyed], display: str) -> dict:
    ks = sorted(ks, key=lambda k: (k.frame.article, k.frame.start))
    return {
        "value": ks[0].frame.value,
        "display": display,
        "articles": sorted({k.frame.article for k in ks}),
        "claims": [k.frame.claims[0] for k in ks],
        "evidence": [
            {
                "article": k.frame.article,
                "claim": k.frame.claims[0],
                "text": k.frame.text,
                "start": k.frame.start,
                "end": k.frame.end,
            }
            for k in ks
        ],
    }
