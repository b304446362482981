"""IN03 duration inconsistency: a duration contradicts the start date it counts from.

A predicate marked ``derived`` (``duration: {derived: founded}``) equals the time from the start
to when it was said: «روابط … بیش از ۸۰ سال» in 2025 agrees with relations established in 1944
(81 years), and "60 years" does not. Inside one article or across articles; the arithmetic is shown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from checker.align.context import Context
from checker.align.frames import Keyed
from checker.findings.base import canonical, make_finding
from checker.findings.compare import display_key, raw_bounds
from checker.findings.wording import articles_text, quantity
from checker.normalize.keys import isolate as q

CODE = "IN03"
_SHARE = 0.5


def run(ctx: Context) -> list:
    defs = ctx.rules.concepts("predicates").get("predicates") or {}
    derived = {p: d["derived"] for p, d in defs.items() if d.get("derived")}
    sources = set(derived.values())
    # Starts by class (what the tests below read of them), indexed by concept (blocking). Durations
    # are judged against start classes once per duration class, so copies of one report cost one
    # comparison, and violations are grouped by the two values: one finding lists them all.
    starts: dict[tuple, list[Keyed]] = {}
    index: dict[tuple[str, str], list[Keyed]] = {}
    for k in ctx.keyed:
        if not k.key and k.frame.predicate in sources:
            starts.setdefault(_start_class(k), []).append(k)
            for c in k.concepts:
                index.setdefault((k.frame.predicate, c), []).append(k)
    by_concept: dict[tuple[str, str], list[tuple]] = {}
    for sc, members in starts.items():
        for c in members[0].concepts:
            by_concept.setdefault((members[0].frame.predicate, c), []).append(sc)
    articles = {sc: Counter(s.frame.article for s in members) for sc, members in starts.items()}
    # (a report that gives a start and, of something else, the same span: "joined in September
    # 2013" and "about six years ago" of his training in one report does not count the span from
    # that start, so another report's "about six years ago" does not either)
    told = {
        (k.frame.predicate, k.frame.article, display_key(k))
        for k in ctx.keyed
        if k.frame.predicate in derived
    }
    judged: dict[tuple, list[tuple[tuple, str]]] = {}
    found: dict[tuple, _Found] = {}
    for k in ctx.keyed:
        src = derived.get(k.frame.predicate)
        if src is None or k.key or k.reported is None or not _in_days(ctx, k):
            continue
        if any(
            k.frame.qualifiers.get(q)
            for q in (
                "record",
                "planned",
                "closed",
                "extended",
                "term",
                "window",
                "within",
                "requested",
                "period",
            )
        ) or any(f"c:{x}" in k.concepts for x in defs[k.frame.predicate].get("term_concepts") or ()):
            # "the highest in 16 years" counts back from now, as "over the past two and a half
            # years" does, "will last 90 days" on from it,
            # "lasted two weeks" is over, "extended by three months" is time added, "a
            # five-year term" a term's length, and "asked the court to jail him for two years" a
            # sentence sought; nor does a ban's length (rules/predicates ``term_concepts``: "banned for
            # four years" from a day two years back)
            continue
        dc = _duration_class(k)
        if dc not in judged:
            judged[dc] = _violated(k, src, by_concept, starts)
        for sc, arithmetic in judged[dc]:
            same = articles[sc][k.frame.article]
            other = sum(
                n
                for a, n in articles[sc].items()
                if a != k.frame.article and (k.frame.predicate, a, display_key(k)) not in told
            )
            for inside, n in ((True, same), (False, other)):
                if not n:
                    continue
                group = (k.frame.predicate, display_key(k), display_key(starts[sc][0]), inside)
                if group not in found:
                    s0 = _first_start(k, src, index, group)
                    found[group] = _Found((k, s0, _violation(k, s0) or arithmetic))
                found[group].add(k, sc, n)
    return [_finding(found[g], starts) for g in sorted(found)]


@dataclass
class _Found:
    """The pairs of one violation group: the first pair, how many, and who is in them."""

    first: tuple[Keyed, Keyed, str]
    count: int = 0
    durations: dict[str, Keyed] = field(default_factory=dict)
    paired: dict[tuple, set[str]] = field(default_factory=dict)  # start class → durations' articles

    def add(self, k: Keyed, sc: tuple, n: int) -> None:
        self.count += n
        self.durations.setdefault(k.frame.id, k)
        self.paired.setdefault(sc, set()).add(k.frame.article)

    def starts(self, starts: dict[tuple, list[Keyed]], inside: bool) -> list[Keyed]:
        return [
            s
            for sc, arts in self.paired.items()
            for s in starts[sc]
            if (s.frame.article in arts if inside else bool(arts - {s.frame.article}))
        ]


def _start_class(s: Keyed) -> tuple:
    """What ``_about_same``, ``_of_before`` and ``_violation`` read of a start."""
    return (s.frame.predicate, s.scope, s.concepts, canonical(s.frame.value))


def _duration_class(d: Keyed) -> tuple:
    """What ``_about_same``, ``_of_before`` and ``_violation`` read of a duration."""
    return (d.frame.predicate, d.scope, d.concepts, d.anchors, canonical(d.frame.value), d.reported, d.scale)


def _violated(d: Keyed, src: str, by_concept, starts) -> list[tuple[tuple, str]]:
    """The start classes a duration does not fit, each with the arithmetic."""
    out, seen = [], set()
    for c in sorted(d.concepts):
        for sc in by_concept.get((src, c), ()):
            s = starts[sc][0]
            if sc in seen or not _about_same(d, s) or _of_before(d, s):
                continue
            seen.add(sc)
            arithmetic = _violation(d, s)
            if arithmetic:
                out.append((sc, arithmetic))
    return out


def _first_start(d: Keyed, src: str, index, group: tuple) -> Keyed:
    """The first start, in the order the concepts index them, that ``d`` violates in ``group``
    (the pair a finding quotes first)."""
    for c in sorted(d.concepts):
        for s in index.get((src, c), ()):
            inside = s.frame.article == d.frame.article
            if (
                (d.frame.predicate, display_key(d), display_key(s), inside) == group
                and _about_same(d, s)
                and not _of_before(d, s)
                and _violation(d, s)
            ):
                return s
    raise AssertionError("a violation group without its pair")


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


# A count of these is told in whole ones, the part left out ("six weeks of fighting" on its 44th day)
_WHOLE_UNITS = frozenset({"year", "month", "week"})


def _violation(d: Keyed, s: Keyed) -> str | None:
    """The arithmetic that shows a duration does not fit its start, or None when it fits."""
    unit = d.frame.value["unit"]
    anchor = d.reported
    start_lo, start_hi = (
        date.fromisoformat(s.frame.value["earliest"]),
        date.fromisoformat(s.frame.value["latest"]),
    )
    lo, hi = raw_bounds(d)
    if unit in _WHOLE_UNITS and lo == hi and float(lo).is_integer() and not d.frame.value.get("hedge"):
        # ("eight years" of negative rates since June 2014, told in July 2022: the whole years gone,
        # 8.1 of them; "60 years" since 1944 in 2025 still does not fit)
        hi = lo + 1
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


def _finding(found: _Found, classes: dict[tuple, list[Keyed]]):
    d0, s0, arithmetic = found.first
    inside = d0.frame.article == s0.frame.article
    where = "in one article" if inside else "across articles"
    said = quantity(d0.frame.value)
    start = s0.frame.value.get("iso") or s0.frame.value["earliest"]
    durations = list(found.durations.values())
    starts = found.starts(classes, inside)
    entries = [_entry(durations, said), _entry(starts, start)]
    more = f" ({found.count} pairs of reports)" if found.count > 1 else ""
    return make_finding(
        CODE,
        "inconsistency",
        "error" if inside else "warning",
        f"derived:{d0.frame.predicate}:{display_key(d0)}:{display_key(s0)}:{where}",
        f"{said} ({articles_text(entries[0]['articles'])}) does not fit a start in {start}"
        f" ({articles_text(entries[1]['articles'])})",
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
