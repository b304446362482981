"""Shared machinery for facts compared by subject: historical dates and quantities.

Facts are grouped by kind (a date, or a unit) and by subject (``align.subjects``); within a
group, distinct values are compared as intervals. Two facts conflict when their subjects match
closely (``conflict_min``) and their intervals are disjoint; they agree when their subjects
match (``align_min``) and their values are the same.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from typing import Any

from checker.align.context import Context
from checker.align.subjects import Signature, SubjectSpace, group_signatures
from checker.findings.base import agreement_finding, make_finding, value_entry
from checker.model import Claim, Finding
from checker.normalize.keys import isolate as q


@dataclass(frozen=True)
class Fact:
    claim: Claim
    kind: str  # "date" or a unit id
    sig: Signature
    low: float
    high: float
    value: Any  # JSON-able value shown in the report
    display: str
    when: date | None


def _overlap(a: Fact, b: Fact) -> bool:
    return a.low <= b.high and b.low <= a.high


def compare(
    ctx: Context,
    facts: list[Fact],
    codes: tuple[str, str],
    noun: str,
    window_days: int | None = None,
    neutral: bool = False,
) -> list[Finding]:
    """Conflicts and agreements among ``facts``.

    With ``window_days``, two facts may conflict only when they come from one event or from
    articles dated that close (quantities change over time); without it, any two may.
    """
    t = ctx.rules.top("thresholds").get("subjects", {})
    align_min, conflict_min = float(t.get("align_min", 0.45)), float(t.get("conflict_min", 0.6))
    space = SubjectSpace((f.sig for f in facts), float(t.get("token_fuzz_min", 85)))
    if neutral:
        # Across languages only the neutral tokens can meet (see SubjectSpace.neutral_similarity).
        full = space.similarity
        space.similarity = lambda a, b: max(full(a, b), space.neutral_similarity(a, b))  # type: ignore[method-assign]
    out: list[Finding] = []
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_kind[f.kind].append(f)
    for kind in sorted(by_kind):
        group_of = group_signatures(space, (f.sig for f in by_kind[kind]), align_min)
        groups: dict[int, list[Fact]] = defaultdict(list)
        for f in by_kind[kind]:
            groups[group_of[f.sig]].append(f)
        for g in sorted(groups, key=lambda g: min(f.claim.id for f in groups[g])):
            scope = _Scope(ctx.event_of, window_days)
            out.extend(_judge(ctx, groups[g], space, codes, noun, align_min, conflict_min, scope))
    return out


def _judge(ctx, facts, space, codes, noun, align_min, conflict_min, scope) -> list[Finding]:
    by_value: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_value[f.display].append(f)
    values = sorted(by_value)
    key = f"{noun}:{facts[0].kind}:" + "+".join(_head(facts))
    out = []
    for v in values:
        arts = {f.claim.article for f in by_value[v]}
        if len(arts) >= 2:
            out.append(_agreement(ctx, codes[1], key, noun, by_value[v]))
    pairs = []
    indexed = {v: _index(by_value[v], scope) for v in values}  # built once per value, not per pair
    for i, va in enumerate(values):
        for vb in values[i + 1 :]:
            pair = _witness(indexed[va], indexed[vb], space, conflict_min, scope)
            if pair:
                pairs.append(pair)
    if pairs:
        out.append(_conflict(ctx, codes[0], key, noun, pairs))
    return out


def _head(facts: list[Fact]) -> list[str]:
    """A readable, stable key: the most shared subject tokens."""
    counts: dict[str, int] = defaultdict(int)
    for f in facts:
        for tok in f.sig:
            counts[tok] += 1
    return sorted(counts, key=lambda t: (-counts[t], t))[:4]


@dataclass(frozen=True)
class _Scope:
    """Which pairs of facts may be compared: same event, or within ``window_days`` (None: any)."""

    event_of: dict[str, str]
    window_days: int | None


# Candidates a fact checks on the other side before giving up (all but one article's may repeat).
_CANDIDATES = 16


@dataclass
class _Bucket:
    """Facts of one value and one subject, indexed by event and on a timeline."""

    facts: list[Fact]
    by_event: dict[str, list[Fact]]
    days: list[int]
    timeline: list[Fact]


def _index(facts: list[Fact], scope: _Scope) -> dict[Signature, _Bucket]:
    grouped: dict[Signature, list[Fact]] = defaultdict(list)
    for f in facts:
        grouped[f.sig].append(f)
    out = {}
    for sig, fs in grouped.items():
        by_event: dict[str, list[Fact]] = defaultdict(list)
        for f in fs:
            by_event[scope.event_of[f.claim.article]].append(f)
        dated = sorted((f for f in fs if f.when), key=lambda f: (f.when, f.claim.id))
        out[sig] = _Bucket(fs, by_event, [f.when.toordinal() for f in dated], dated)
    return out


def _witness(
    a: dict[Signature, _Bucket],
    b: dict[Signature, _Bucket],
    space: SubjectSpace,
    conflict_min: float,
    scope: _Scope,
):
    """A pair of facts, one from each value, that truly conflict.

    The values are disjoint or not as a whole, so that is checked once. Facts are then compared
    by distinct subject (few) rather than one by one, and the smaller side's facts look their
    partners up in the larger side's index, so many values over large buckets stay cheap.
    """
    first_a, first_b = next(iter(a.values())).facts[0], next(iter(b.values())).facts[0]
    if _overlap(first_a, first_b):
        return None
    for sa in sorted(a):
        for sb in sorted(b):
            if space.similarity(sa, sb) >= conflict_min:
                small, large, flip = (
                    (a[sa], b[sb], False) if len(a[sa].facts) <= len(b[sb].facts) else (b[sb], a[sa], True)
                )
                pair = _partner(small, large, scope)
                if pair:
                    return (pair[1], pair[0]) if flip else pair
    return None


def _partner(small: _Bucket, large: _Bucket, scope: _Scope):
    """The first (fs, fl) from different articles that ``scope`` lets us compare.

    Each fact of the smaller side looks at a few candidates of the larger side (its event's facts,
    then the nearest in time); a candidate only fails by coming from the same article, so a few
    suffice and the cost stays bounded however large the larger side is.
    """
    for fs in small.facts:
        if scope.window_days is None:
            near: Iterable[Fact] = large.facts
        else:
            near = large.by_event.get(scope.event_of[fs.claim.article], [])
            if fs.when:
                lo = bisect_left(large.days, fs.when.toordinal() - scope.window_days)
                hi = bisect_right(large.days, fs.when.toordinal() + scope.window_days)
                near = chain(near, large.timeline[lo:hi])
        for fl in islice(near, _CANDIDATES):
            if fl.claim.article != fs.claim.article:
                return fs, fl
    return None


def _agreement(ctx: Context, code: str, key: str, noun: str, facts: list[Fact]) -> Finding:
    f0 = facts[0]
    entry = value_entry(ctx, f0.value, f0.display, [f.claim for f in facts])
    quotes = ", ".join(sorted({q(f.claim.text) for f in facts}))
    message = f"{noun.replace('_', ' ')} {f0.display} agreed by {', '.join(entry['articles'])}"
    return agreement_finding(ctx, code, key, message, f"The same value is given as {quotes}", entry)


def _conflict(ctx: Context, code: str, key: str, noun: str, pairs) -> Finding:
    claims: dict[str, list[Claim]] = defaultdict(list)
    shown: dict[str, Any] = {}
    for fa, fb in pairs:
        for f in (fa, fb):
            if f.claim not in claims[f.display]:
                claims[f.display].append(f.claim)
            shown[f.display] = f.value
    entries = [value_entry(ctx, shown[d], d, cs) for d, cs in sorted(claims.items())]
    same_event = any(ctx.event_of[fa.claim.article] == ctx.event_of[fb.claim.article] for fa, fb in pairs)
    detail = "; ".join(
        f"{q(fa.claim.text)} ({fa.claim.article}) vs {q(fb.claim.text)} ({fb.claim.article})"
        for fa, fb in pairs
    )
    message = f"{noun.replace('_', ' ')}: " + " vs ".join(
        f"{e['display']} ({', '.join(e['articles'])})" for e in entries
    )
    explanation = f"The same subject is given incompatible values: {detail}. The values do not overlap even as intervals"
    where = " in reports of one event" if same_event else ""
    return make_finding(code, "conflict", "error", key, message, explanation + where + ".", entries)
