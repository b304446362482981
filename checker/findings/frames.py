"""Conflicts and agreements between frames of one key (CF02–CF06, AG02–AG04).

| predicate class | conflict | agreement |
|---|---|---|
| founded, ended, dated (a past date) | CF02 | AG02 |
| any quantity | CF03 | AG03 |
| event_date | CF04 | AG04 |
| event_place | CF05 | — |
| visit_type, ordinal (categories) | CF06 | — |

An exact key (a linked event) gives an **error**; a key read from lexicon concepts or plain words
gives a **warning** ("possible conflict"). Disjoint values in a group are never dropped. When the
values split along the sources the articles cite (USGS against AFAD), the explanation says so; when
one source gives both values, it says that too.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from datetime import date
from typing import Any

from checker.align.context import Context
from checker.align.frames import PREVIOUS, Keyed
from checker.align.geo import UNLISTED, country_of, is_country, place_name
from checker.align.parallel import figure_step, rounded
from checker.calendars.gregorian import iso_day
from checker.findings.base import agreement_finding, make_finding, source_name
from checker.findings.compare import bounds, bounds_apart, display_key, relation, relation_class, transposed
from checker.findings.wording import articles_text, value_text
from checker.model import PLACE_CANDIDATE
from checker.normalize import fold
from checker.normalize.keys import isolate as q

# Dates that say when a report came out (a file header's, a dispatch's dateline), not when its
# occasion happened: they may agree with the reports, never conflict with them.
_FILED = frozenset({"header", "dateline"})

CODES = {
    "date": ("CF02", "AG02", "historical date"),
    "quantity": ("CF03", "AG03", "quantity"),
    "event_date": ("CF04", "AG04", "event date"),
    "event_place": ("CF05", None, "event place"),
    "category": ("CF06", None, "category"),
}
_MAX_SHOWN = 6


def _family(predicate: str, pdef: dict, subject: dict) -> str:
    if predicate == "event_date" and subject.get("main") is False:
        return "date"  # an earlier occasion the reports recall: a historical date (CF02)
    if predicate in ("event_date", "event_place"):
        return predicate
    if pdef.get("value") == "place":
        return "event_place"  # (an occasion's route: its port of departure, its destination)
    if pdef.get("value") in ("quantity", "date"):
        return "date" if pdef["value"] == "date" else "quantity"
    return "category"


def run(ctx: Context) -> list:
    defs = ctx.rules.concepts("predicates").get("predicates") or {}
    out = []
    exact: dict[str, list[Keyed]] = defaultdict(list)
    by_key: dict[str, list[Keyed]] = defaultdict(list)  # every keyed frame by its key, once
    for k in ctx.keyed:
        by_key[k.key].append(k)
        if k.key and defs.get(k.frame.predicate, {}).get("functional", True):
            exact[k.key].append(k)
    stays = _stays(ctx)
    for key in sorted(exact):
        out.extend(_judge(ctx, key, exact[key], defs, None, _revised(by_key, key), stays=stays))
    # (what each report gives for an occasion and predicate, whatever subject its words were read
    # as: two figures every report gives both of are two things, however the words paired them)
    around: dict[tuple[str, str], set[str]] = defaultdict(set)  # (predicate, article) → its values
    givers: dict[tuple[str, str], set[str]] = defaultdict(set)  # (predicate, value) → the reports
    for k in ctx.keyed:
        if not k.key:
            around[(k.frame.predicate, k.frame.article)].add(display_key(k))
            givers[(k.frame.predicate, display_key(k))].add(k.frame.article)
    for key, members, pairs in _components(ctx):
        out.extend(_judge(ctx, key, members, defs, pairs, around=around, givers=givers, stays=stays))
    return out


def _revised(by_key: dict[str, list[Keyed]], key: str) -> frozenset[tuple]:
    """Figures a report says a running count was revised from («از ۲۸۸ به ۲۷۵ نفر کاهش دادند»,
    "cut it from 288 to 275"): another report that still gives one told the count before the
    revision, which that report explains; it is no conflict."""
    now = by_key.get(key, [])
    return frozenset(
        (k.frame.value.get("low"), k.frame.value.get("high"))
        for k in by_key.get(key + PREVIOUS, ())
        if not _rose_from(k, now)
    )


def _rose_from(k: Keyed, now: list[Keyed]) -> bool:
    """The figure a count rose from in the same report («رفعت الحصيلة من ٧٨ إلى ٨١»): a rise, which
    the running count allows by itself, is no revision; other reports that give 78 still compare."""
    lo = k.frame.value.get("low")
    after = [
        o
        for o in now
        if o.frame.article == k.frame.article
        and o.frame.start > k.frame.end
        and o.frame.start - k.frame.end < _TO_NEAR
    ]
    nxt = min(after, key=lambda o: o.frame.start, default=None)
    high = nxt.frame.value.get("high") if nxt is not None else None
    return lo is not None and high is not None and high > lo


_TO_NEAR = 40  # characters from a from-figure to the figure it changed to


def _told_before(k: Keyed, revised: frozenset[tuple]) -> bool:
    """Whether ``k`` gives a figure the count was revised from (read as intervals: «حدود ۲۸۸»)."""
    lo, hi = k.frame.value.get("low"), k.frame.value.get("high")
    return any(
        None not in (lo, hi, a, b) and lo <= b and a <= hi  # type: ignore[operator]
        for a, b in revised
    )


def _components(ctx: Context):
    """Connected groups of concept frames (pairs from ``align.frames``), each with its pairs."""
    parent: dict[str, str] = {}

    def find(a: str) -> str:
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in ctx.pairs:
        ra, rb = find(a.frame.id), find(b.frame.id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list] = defaultdict(list)
    for a, b in ctx.pairs:
        groups[find(a.frame.id)].append((a, b))
    for root in sorted(groups):
        pairs = groups[root]
        members = sorted({k.frame.id: k for p in pairs for k in p}.values(), key=lambda k: k.frame.id)
        yield f"{members[0].klass}~{root}", members, {(a.frame.id, b.frame.id) for a, b in pairs}


def _judge(
    ctx: Context,
    key: str,
    members: list[Keyed],
    defs: dict,
    pairs,
    revised=frozenset(),
    around=None,
    givers=None,
    stays=None,
) -> list:
    pred = members[0].frame.predicate
    pdef = defs.get(pred, {})
    family = _family(pred, pdef, members[0].frame.subject)
    conflict_code, agree_code, _noun = CODES[family]
    slack = (
        int(ctx.rules.top("thresholds").get("events", {}).get("date_slack_days", 1))
        if family == "event_date"
        else 0
    )
    stays = {} if stays is None else stays
    if family == "event_date" and (stay := _stay(ctx, members, stays)) > 1:
        pdef = {**pdef, "stay_days": stay - 1}
    if pred == "event_place" and _stay(ctx, members, stays) > 1:
        # ("a three-day state visit to China": its talks in Beijing and its last day in Guangzhou
        # are one visit's; the visitor goes from city to city of the country)
        pdef = {**pdef, "roams": True}
    if pred == "event_place" and _moves(ctx, members):
        # (a storm's track: «در استان زامبزیای موزامبیک به خشکی رسید و … به سوی مالاوی حرکت کرد»
        # against "Cyclone Freddy in Malawi")
        pdef = {**pdef, "spreads": True}
    if family == "event_date" and (lasting := _lasting(ctx, members)):
        # (fighting goes on for days: "entered its fourth day on Tuesday" and a shooting "on
        # Monday" are days of one fighting, not two dates of it)
        pdef = {**pdef, "stay_days": max(int(pdef.get("stay_days") or 0), lasting)}
    by_value: dict[str, list[Keyed]] = defaultdict(list)
    for k in members:
        by_value[display_key(k)].append(k)
    out = []
    label = frame_label(ctx, members[0], pdef)
    current = (
        {v: ks for v, ks in by_value.items() if not _told_before(ks[0], revised)}
        if pdef.get("cumulative")
        else by_value
    )
    if pred == "event_date" and ctx.loosely_dated:
        current = {
            v: kept
            for v, ks in current.items()
            if (kept := [k for k in ks if k.frame.subject.get("mention") not in ctx.loosely_dated])
        }
    classes = _Classes(pairs, pdef, members)
    clashes = _clashes(ctx, current, pdef, slack, pairs, classes)
    if pdef.get("spreads"):
        # (a storm's track: a report that names the other's country anywhere, as a place of any
        # role, «أما في ملاوي» beside its own Mozambique, does not place the storm elsewhere)
        placed: dict[str, set] = defaultdict(set)
        for k in members:
            placed[k.frame.article].add(k.frame.value.get("id"))
        clashes = [
            (a, b) for a, b in clashes if not (_told_in(ctx, a, b, placed) or _told_in(ctx, b, a, placed))
        ]
    if family == "quantity":
        clashes = _unrounded(current, clashes)
    if family == "event_date" and _stayed(ctx, members):
        clashes = [(a, b) for a, b in clashes if not _days_of_one_stay(ctx, current, a, b)]
    # (two values that the same reports each give, «36 عاماً» and «30 عاماً» in each, are no
    # disagreement between them: two people's sentences, say, whose names the reports left out)
    held = {v: frozenset(k.frame.article for k in ks) for v, ks in current.items()}
    clashes = [(a, b) for a, b in clashes if held.get(display_key(a)) != held.get(display_key(b))]
    if around is not None:
        # (nor, of words read as one subject, two values each report that gives one gives the other
        # of too, under any words: «بزرگ‌ترین کاهش … از ۱۹۳۹» paired with "the highest since …
        # 1948", though each report gives both records)
        clashes = [(a, b) for a, b in clashes if not _both_given(around, pred, held, a, b)]
        # (nor two values each of the two reports gives, under other words too: «1.1 تريليون دولار»
        # and «500 مليار دولار» of new money, in each)
        clashes = [(a, b) for a, b in clashes if not _each_gives_both(givers or {}, pred, a, b)]
    # (nor, met by their subjects' words, two values one report gives both: "Brent rose $5.04 to $84.93
    # … WTI rose $4.75 to $80.42", «٧٠ دولاراً» in March; figures of several things, each met by the
    # other report's same figure)
    # (so, of an occasion's place, two places each given by two reports or more, one of which gives
    # both: a quake's Iraqi town and its Iranian province, each named by two of three reports, one
    # of them naming both, is one quake felt in both)
    clashes = [
        (a, b)
        for a, b in clashes
        if ((a.key or b.key) and family != "event_place")
        or not _each_met(held, display_key(a), display_key(b))
    ]
    if pdef.get("person_named"):
        # (nor, of a figure told per person, one value only reports that also give the other tell:
        # «ست سنوات» for a co-defendant in two reports, each beside «خمس سنوات» for the one the
        # reports lead with)
        clashes = [(a, b) for a, b in clashes if not _within(held, display_key(a), display_key(b))]
    if agree_code:
        # (values in conflict are never one agreement, though a hedge fits both: "more than 40",
        # 41 and 44 agree, a same-day 45 against that 41 does not join them)
        apart = {frozenset((display_key(a), display_key(b))) for a, b in clashes}
        for group in _agreeing(by_value, pdef, slack, pairs, apart, classes):
            said = [k for ks in group for k in ks if k.frame.qualifiers.get("source") not in _FILED]
            if said:  # publication dates alone agree on when the reports came out, not on the event
                out.append(_agreement(ctx, agree_code, key, label, group, pdef))
    if clashes:
        out.append(_conflict(ctx, conflict_code, key, label, members, clashes, family, pairs))
    return out


def _unrounded(current: dict[str, list[Keyed]], clashes: list) -> list:
    """Clashes less those of a round figure that each report giving it also gives unrounded, when
    the unrounded one clashes with nothing there («٤١ ألف» and «٤١٠٥٤ شخصا» in one report against
    "more than 41,000": the 41 thousand is 41,054 rounded)."""
    apart = {frozenset((display_key(a), display_key(b))) for a, b in clashes}

    def coarse(v: str, other: str) -> bool:
        exact = [_exact(k) for k in current.get(v, ())]
        if not exact or None in exact:
            return False
        x = exact[0]
        if figure_step(x) < _ROUND_STEP:
            return False  # (a magnitude's 7 and 6.8, a share's 12 and 12.4 are two readings, no rounding)
        return all(
            any(
                w != v
                and frozenset((w, other)) not in apart
                and any(
                    o.frame.article == k.frame.article
                    and (y := _exact(o)) is not None
                    and rounded(x, y)
                    and figure_step(x) > figure_step(y)
                    for o in ks
                )
                for w, ks in current.items()
            )
            for k in current[v]
        )

    return [
        (a, b)
        for a, b in clashes
        if not coarse(display_key(a), display_key(b)) and not coarse(display_key(b), display_key(a))
    ]


_ROUND_STEP = 100  # a round count is rounded to hundreds at least (41,000 of 41,054)


def _exact(k: Keyed) -> float | None:
    """The figure of an exact value (none for an interval or a hedge)."""
    v = k.frame.value
    lo, hi = v.get("low"), v.get("high")
    return lo if lo is not None and lo == hi and not v.get("hedge") else None


def _told_in(ctx: Context, mine: Keyed, theirs: Keyed, placed: dict[str, set]) -> bool:
    """``theirs`` places the storm in another country than ``mine`` does, one that ``mine``'s
    article names in some place claim or places the storm in (``placed``: article → place ids):
    "Chimanimani in Manicaland province" against a report from Beira that tells of Zimbabwe's dead
    too. (Not two towns of one country: "dams burst above the city of Tobruk" beside the dead
    counted in Derna, both in Libya, is a clash.)"""
    there = country_of(ctx.rules, str(theirs.frame.value.get("id") or ""))
    here = country_of(ctx.rules, str(mine.frame.value.get("id") or ""))
    if there is None or here is None or there == here:
        return False
    article = mine.frame.article
    return there in placed[article] or any(
        c.type == "place" and c.value.get("place") == there for c in ctx.extractions[article].claims
    )


def _both_given(around: dict, pred: str, held: dict, a: Keyed, b: Keyed) -> bool:
    """Every report that gives ``a``'s value gives ``b``'s too, for the predicate, and the other
    way round."""
    va, vb = display_key(a), display_key(b)
    return all(vb in around[(pred, x)] for x in held.get(va, ())) and all(
        va in around[(pred, x)] for x in held.get(vb, ())
    )


def _each_gives_both(givers: dict, pred: str, a: Keyed, b: Keyed) -> bool:
    """The reports of ``a`` and ``b`` each give both their values for the predicate (``givers``:
    (predicate, value) → the reports that give it). (Not one of them alone: a figure one report
    changes in its body and keeps in its headline is a clash; nor a third report alone: one that
    gives France's 1,500 troops and the United States' 1,100 does not make another's 1,500 US
    troops right.)"""
    both = givers.get((pred, display_key(a)), set()) & givers.get((pred, display_key(b)), set())
    return {a.frame.article, b.frame.article} <= both


def _each_met(held: dict, a: str, b: str) -> bool:
    """Values ``a`` and ``b`` are each given by two reports or more, and one report gives both."""
    x, y = held.get(a, frozenset()), held.get(b, frozenset())
    return len(x) > 1 and len(y) > 1 and bool(x & y)


def _within(held: dict, a: str, b: str) -> bool:
    """Two reports or more give one of two values, and each gives the other too. (Not one report:
    a figure one report changes where it also repeats it is a clash.)"""
    x, y = held.get(a, frozenset()), held.get(b, frozenset())
    return (len(x) >= 2 and x <= y) or (len(y) >= 2 and y <= x)


_STAY_MAX = 14  # days of a visit that widen its date: a longer stay is no one occasion


def _lasting(ctx: Context, members: list[Keyed]) -> int:
    """The most days any member's occasion type goes on for (rules/events ``lasts_days``): reports'
    days that far apart tell of one occasion."""
    types = ctx.rules.concepts("events").get("types") or {}
    return max(
        (int(types.get(k.frame.subject.get("type") or "", {}).get("lasts_days") or 0) for k in members),
        default=0,
    )


def _moves(ctx: Context, members: list[Keyed]) -> bool:
    """Some member's occasion type travels (rules/events ``moves``)."""
    types = ctx.rules.concepts("events").get("types") or {}
    return any(types.get(k.frame.subject.get("type") or "", {}).get("moves") for k in members)


def _stays(ctx: Context) -> dict[tuple[str, str], int]:
    """(article, concept) → the most days a duration of that concept lasts in the article, read
    once per run: the spans of ``_stay``."""
    out: dict[tuple[str, str], int] = {}
    for aid, x in sorted(ctx.extractions.items()):
        for f in x.frames:
            if (
                f.predicate == "duration"
                and f.value.get("unit") == "day"
                and f.value.get("low") is not None
                and f.value.get("low") == f.value.get("high")
            ):
                for token in f.subject.get("tokens") or ():
                    key = (aid, token)
                    out[key] = max(out.get(key, 0), int(f.value["low"]))
    return out


def _stay(ctx: Context, members: list[Keyed], stays: dict[tuple[str, str], int]) -> int:
    """The days an occasion lasts, as a report of it says by its type's word for it (rules/events
    ``stay_concept``: "a three-day state visit", «زيارة تستغرق ثلاثة أيام», "the four-day siege"):
    a report of its second day and one of its third tell one occasion (1 when none says)."""
    types = ctx.rules.concepts("events").get("types") or {}
    concept = {
        k.frame.article: "c:" + word
        for k in members
        if (word := (types.get(k.frame.subject.get("type")) or {}).get("stay_concept"))
    }
    days = [stays[(aid, c)] for aid, c in sorted(concept.items()) if (aid, c) in stays]
    return min(max(days, default=1), _STAY_MAX)


def _stayed(ctx: Context, members: list[Keyed]) -> bool:
    """Whether the occasion is of a type that lasts days (rules/events ``stay_concept``: a visit,
    a siege)."""
    types = ctx.rules.concepts("events").get("types") or {}
    return any((types.get(k.frame.subject.get("type")) or {}).get("stay_concept") for k in members)


def _days_of_one_stay(ctx: Context, by_value, a: Keyed, b: Keyed) -> bool:
    """Whether two days given to an occasion that lasts days are two days of it that every report
    tells: each report that dates it by one day names the other day too, days at most
    ``_STAY_MAX`` apart ("flew in on Friday, Jan. 22 … talks on Saturday, Jan. 23" against «وقعت …
    السبت 23 يناير … ووصل … الجمعة 22 يناير»: the visit's first day and its second)."""
    da, db = _day(a.frame.value), _day(b.frame.value)
    if da is None or db is None or da == db or abs((da - db).days) >= _STAY_MAX:
        return False
    for one, other in ((display_key(a), db), (display_key(b), da)):
        for k in by_value.get(one, ()):
            if other not in _days_told(ctx, k.frame.article):
                return False
    return True


def _day(value: dict) -> date | None:
    """The day a date value names, or None for a wider one."""
    iso = value.get("iso") or ""
    return iso_day(iso) if len(iso) == _ISO_DAY and value.get("earliest") == value.get("latest") else None


_ISO_DAY = len("2016-01-22")


def _days_told(ctx: Context, article: str) -> frozenset[date]:
    """The days an article's own date claims name."""
    x = ctx.extractions.get(article)
    if x is None:
        return frozenset()
    return frozenset(d for c in x.claims if c.type == "date" and (d := _day(c.value)) is not None)


def _paired(a: Keyed, b: Keyed, pairs) -> bool:
    return pairs is None or (a.frame.id, b.frame.id) in pairs or (b.frame.id, a.frame.id) in pairs


def _agreeing(by_value, pdef, slack, pairs, apart=frozenset(), classes=None) -> list[list[list[Keyed]]]:
    """Values that two or more articles agree on: the same value, or values that fit each other
    ("December 2003" and «۵ دی ۱۳۸۲»; "at least 120" and «بیش از ۱۲۰»), grouped (union of agreeing
    pairs of different articles)."""
    values = sorted(by_value)
    parent = {v: v for v in values}

    def find(v: str) -> str:
        while parent[v] != v:
            v = parent[v]
        return v

    agreed: set[str] = set()
    members = {v: {v} for v in values}  # root → the values of its group
    # (values that agree overlap: ``_fits`` asks one inside the other, or a bound shared, so two
    # apart need no look; an archive's event may hold a thousand days)
    span = {v: _span(by_value[v][0]) for v in values}
    for i, va in enumerate(values):
        sa = span[va]
        for vb in values[i:]:
            sb = span[vb]
            if sa is not None and sb is not None and (sa[1] < sb[0] or sb[1] < sa[0]):
                continue
            ra, rb = find(va), find(vb)
            if ra != rb and any(frozenset((x, y)) in apart for x in members[ra] for y in members[rb]):
                continue  # ("apart": pairs of values in conflict, never in one group)
            if _agree(by_value[va], by_value[vb], pdef, slack, pairs, classes):
                parent[rb] = ra
                if ra != rb:
                    members[ra] |= members.pop(rb)
                agreed |= {va, vb}
    groups: dict[str, list[list[Keyed]]] = defaultdict(list)
    for v in values:
        if v in agreed:
            groups[find(v)].append(by_value[v])
    return [groups[r] for r in sorted(groups)]


def _span(k: Keyed) -> tuple[float, float] | None:
    """A value's closed interval (days for a date, the base unit for a quantity), or None."""
    v = k.frame.value
    if v.get("earliest") and v.get("latest"):
        return float(date.fromisoformat(v["earliest"]).toordinal()), float(
            date.fromisoformat(v["latest"]).toordinal()
        )
    if "low" in v:
        lo, hi = bounds(k)
        # (widened as ``math.isclose`` reads a shared bound)
        return (
            (lo - abs(lo) * _SPAN_EPS - _SPAN_EPS, hi + abs(hi) * _SPAN_EPS + _SPAN_EPS)
            if not math.isnan(lo + hi)
            else None
        )
    return None


_SPAN_EPS = 1e-9


def _agree(xs: list[Keyed], ys: list[Keyed], pdef, slack, pairs, classes=None) -> bool:
    """Some frame of ``xs`` and one of ``ys``, of different articles and paired, agree (``_fits``
    reads only what ``relation_class`` holds, so a pair of classes is judged once)."""
    classes = classes or _Classes(pairs, pdef, xs + ys)
    for ca, ga in classes.of(xs):
        for cb, gb in classes.of(ys):
            a, b = ga[0][1], gb[0][1]
            if (
                classes.relation(ca, a, cb, b, pdef, slack) in ("same", "compatible")
                and _fits(a, b)
                and next(classes.candidates(ga, gb), None) is not None
            ):
                return True
    return False


class _Classes:
    """The frames of one key by ``relation_class``, the relation of two classes, and who is
    paired with whom: each computed once per key."""

    def __init__(self, pairs, pdef, members: list[Keyed]) -> None:
        self.pairs, self.pdef = pairs, pdef
        self.changes = any(k.frame.qualifiers.get("changed_to") for k in members)
        self._class: dict[str, tuple] = {}
        self._groups: dict[int, tuple[list[Keyed], list]] = {}
        self._related: dict[tuple, str] = {}
        self._partners: dict[str, set[str]] | None = None
        self._articles: dict[int, tuple[list[Keyed], set[str]]] = {}

    def of(self, ks: list[Keyed]) -> list[tuple[tuple, list[tuple[int, Keyed]]]]:
        """The classes of ``ks`` in order of their first frame, each with its frames and their
        places in ``ks``."""
        got = self._groups.get(id(ks))
        if got is None or got[0] is not ks:
            groups: dict[tuple, list[tuple[int, Keyed]]] = {}
            for i, k in enumerate(ks):
                c = self._class.get(k.frame.id)
                if c is None:
                    c = self._class[k.frame.id] = relation_class(k, self.pdef, self.changes)
                groups.setdefault(c, []).append((i, k))
            got = self._groups[id(ks)] = (ks, list(groups.items()))
        return got[1]

    def articles(self, ks: list[Keyed]) -> set[str]:
        got = self._articles.get(id(ks))
        if got is None or got[0] is not ks:
            got = self._articles[id(ks)] = (ks, {k.frame.article for k in ks})
        return got[1]

    def relation(self, ca: tuple, a: Keyed, cb: tuple, b: Keyed, pdef, slack, rules=None) -> str:
        key = (ca, cb, rules is not None)
        rel = self._related.get(key)
        if rel is None:
            rel = self._related[key] = relation(a, b, pdef, slack, rules)
        return rel

    def candidates(self, ga: list[tuple[int, Keyed]], gb: list[tuple[int, Keyed]]):
        """(i, j, a, b): the frames of two classes that may be compared (different articles,
        paired), in the order of ``ga`` then ``gb``."""
        if self.pairs is None:
            for i, a in ga:
                for j, b in gb:
                    if a.frame.article != b.frame.article:
                        yield i, j, a, b
            return
        if self._partners is None:
            self._partners = defaultdict(set)
            for x, y in self.pairs:
                self._partners[x].add(y)
                self._partners[y].add(x)
        at = {k.frame.id: (j, k) for j, k in gb}
        for i, a in ga:
            for j, b in sorted(
                (at[p] for p in self._partners.get(a.frame.id, ()) if p in at), key=lambda t: t[0]
            ):
                if a.frame.article != b.frame.article:
                    yield i, j, a, b


def _fits(a: Keyed, b: Keyed) -> bool:
    """Compatible values agree only when one says no less than the other: a date inside a month,
    an exact figure inside a hedged one, or two hedges of one bound («بیش از ۱۲۰», "at least 120")."""
    va, vb = a.frame.value, b.frame.value
    if "earliest" in va:
        return (va["earliest"] <= vb["earliest"] and vb["latest"] <= va["latest"]) or (
            vb["earliest"] <= va["earliest"] and va["latest"] <= vb["latest"]
        )
    if "low" in va:
        # (in the class's base unit: «۰٫۹۲۲ کیلومتر مکعب» is 922 million cubic metres)
        (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
        same_low = va.get("low") is not None and vb.get("low") is not None and math.isclose(alo, blo)
        same_high = va.get("high") is not None and vb.get("high") is not None and math.isclose(ahi, bhi)
        return same_low or same_high or _inside((alo, ahi), (blo, bhi)) or _inside((blo, bhi), (alo, ahi))
    return va == vb


def _inside(inner: tuple[float, float], outer: tuple[float, float]) -> bool:
    """An exact figure inside an interval (open ends are infinite)."""
    lo, hi = inner
    return lo == hi and abs(lo) != math.inf and outer[0] <= lo and hi <= outer[1]


def _clashes(ctx: Context, by_value, pdef, slack, pairs, classes: _Classes) -> list[tuple[Keyed, Keyed]]:
    """One witness pair per pair of values that conflict."""
    rules = ctx.rules
    out = []
    values = sorted(by_value)
    met = _places_met(ctx, by_value, pdef)
    memo: dict = {}  # (frame, the other's place) → whether its report names that place too
    told = _told_with(by_value) if pdef.get("cumulative") else {}
    contrasted = _side_by_side(ctx, by_value, whole=bool(pdef.get("cumulative")))
    # (a value only publication days give witnesses nothing, ``_stands``: an archive's event of
    # thousands of undated reports has as many days filed, whose pairs need no look)
    filed = {v for v, ks in by_value.items() if all(k.frame.qualifiers.get("source") in _FILED for k in ks)}
    for i, va in enumerate(values):
        if va in filed:
            continue
        for vb in values[i + 1 :]:
            if vb in filed or frozenset((va, vb)) in contrasted:
                continue
            w = _witness(
                by_value[va],
                by_value[vb],
                pdef,
                slack,
                rules,
                classes,
                met,
                memo,
                (told.get(va), told.get(vb)),
            )
            if w:
                out.append(w)
    return out


def _side_by_side(ctx: Context, by_value, whole: bool = False) -> set[frozenset[str]]:
    """Pairs of values one report gives in one clause ("the SPD came first with 25.7 percent,
    ahead of the CDU/CSU on 24.1 percent"): it tells them as two things the key does not tell
    apart, so another report's one of them is no conflict with the other. (Not two clauses a
    contrast joins: "USGS put it at 7.8, while Ecuador's institute said 7.4" is a split of sources
    the report tells.) With ``whole`` (a running count), anywhere in the report, when every report
    that gives one gives the other: they tell an earlier figure and a later one ("OCHA had given a
    preliminary figure of 320 dead"; 2,053 now). (A headline's figure the body of its own report
    alone contradicts is no such pair.)"""
    at: dict[tuple, list] = defaultdict(list)  # (article, sentence) → (how it reads, frame) there
    told: dict[str, set] = defaultdict(set)  # value → how it reads (by its bounds: "320 dead", «۳۲۰ نفر»)
    by: dict = defaultdict(set)  # how a value reads → the reports that give it
    for v, ks in by_value.items():
        for k in ks:
            claim = ctx.claim(k.frame.claims[0]) if k.frame.claims else None
            # (a running count by the figure written, hedge aside: "at least 32" tells the 32)
            written = claim.value.get("value") if whole and claim is not None else None
            read = ("written", written) if written is not None else _read(k)
            told[v].add(read)
            by[read].add(k.frame.article)
            if claim is not None:
                at[(k.frame.article, None if whole else claim.sentence)].append((read, k))
    if whole:
        # (what each of these reports gives for the occasion and predicate anywhere, though the
        # key split its figures: the walkie-talkies' 20 dead and the two days' 32 in each report)
        given = {(x.frame.predicate, x.story, x.frame.article) for ks in by_value.values() for x in ks}
        seen = {x.frame.id for ks in by_value.values() for x in ks}
        for pred, story, article in sorted(given, key=str) if len(given) <= _WHOLE_MAX else ():
            if story is None:
                continue
            for x in ctx.keyed_of(pred, story, article):
                claim = ctx.claim(x.frame.claims[0]) if x.frame.claims and x.frame.id not in seen else None
                written = claim.value.get("value") if claim is not None else None
                if written is not None:
                    by[("written", written)].add(article)
                    at[(article, None)].append((("written", written), x))
    together = set()
    for given in at.values():
        for a, ka in given:
            for b, kb in given:
                if a == b or (whole and by[a] != by[b]) or (not whole and _contrasted(ctx, ka, kb)):
                    continue
                together.add(frozenset((a, b)))
    if not whole:
        # (a value another report gives loosely is told with what that one is told with: "cruising
        # at 29,100 feet …, dropping to 9,075 feet" and «در ارتفاع حدود ۸۹۰۰ متری»)
        reads = {r for rs in told.values() for r in rs}
        for rs in told.values():
            rs |= {x for x in reads if any(_loosely(r, x) for r in rs)}
    values = sorted(by_value)
    return {
        frozenset((va, vb))
        for i, va in enumerate(values)
        for vb in values[i + 1 :]
        if any(frozenset((a, b)) in together for a in told[va] for b in told[vb])
    }


def _loosely(r, x) -> bool:
    """A hedged figure's bounds ``r`` hold the exact figure ``x``."""
    if not (isinstance(r, tuple) and isinstance(x, tuple) and len(r) == len(x) == 2 and r != x):
        return False
    (lo, hi), (a, b) = r, x
    if not all(isinstance(z, (int, float)) for z in (lo, hi, a, b)) or a != b:
        return False
    return lo < hi and math.isfinite(lo) and math.isfinite(hi) and lo <= a <= hi


# Reports of one occasion read whole (``_side_by_side``): an archive's story of thousands of reports
# is judged by its key alone.
_WHOLE_MAX = 64


def _contrasted(ctx: Context, a: Keyed, b: Keyed) -> bool:
    """A clause-joining word (rules/predicates ``clause_joins``: "while", «فيما») between two
    frames of one sentence."""
    x = ctx.extractions.get(a.frame.article)
    if x is None:
        return True
    first, second = sorted((a.frame, b.frame), key=lambda f: f.start)
    between = fold(x.article.text[first.end : second.start])
    joins = ctx.rules.lang("predicates", x.article.language).get("clause_joins") or ()
    return any(re.search(rf"(?<!\w){re.escape(fold(j))}(?!\w)", between) for j in joins)


def _read(k: Keyed):
    """A value as a number's bounds, or as it is shown when it is none."""
    if "low" in k.frame.value:
        return bounds(k)
    return display_key(k)


def _told_with(by_value) -> dict[str, set[str]]:
    """For each value of a running count, the other reports that give that figure loosely, or
    loosely the figure it gives (``_holds``): one that tells the rise "to 114, up from about 112"
    has told the 112 another report gives."""
    out: dict[str, set[str]] = {}
    for v, ks in by_value.items():
        out[v] = {
            o.frame.article
            for w, os_ in by_value.items()
            if w != v
            for o in os_
            if any(_holds(k, o) or _holds(o, k) for k in ks)
        }
    return out


def _holds(k: Keyed, o: Keyed) -> bool:
    """``k`` gives ``o``'s exact figure with a hedge of both ends ("about 122" and 122): the same
    figure told loosely. (Not a hedged figure that only happens to hold it: "from about 288 to 275"
    gives no 275 of the first figure, and "fewer than 276" no 276.)"""
    vk, vo = k.frame.value, o.frame.value
    if not vk.get("hedge") or "low" not in vo or vo.get("low") is None or vo.get("low") != vo.get("high"):
        return False
    (lo, hi), (x, _) = bounds(k), bounds(o)
    return math.isfinite(lo) and math.isfinite(hi) and math.isclose((lo + hi) / 2, x)


def _places_met(ctx: Context, by_value, pdef) -> dict[str, list[tuple[Keyed, tuple]]] | None:
    """For a place predicate, each article's places of the occasion with their sentences (see
    ``_named_too``)."""
    if pdef.get("value") != "place":
        return None
    out: dict[str, list[tuple[Keyed, tuple]]] = defaultdict(list)
    for group in by_value.values():
        for k in group:
            claim = ctx.claim(k.frame.claims[0]) if k.frame.claims else None
            out[k.frame.article].append((k, claim.sentence if claim is not None else None))
    return out


def _named_too(
    mine: Keyed, theirs: Keyed, met: dict[str, list[tuple[Keyed, tuple]]], pdef, slack, rules, memo
) -> bool:
    """A report that also names the other's place beside its own (in one sentence), or a place
    below a country that holds it or lies in it, does not put the occasion elsewhere: a quake that
    struck two provinces is placed in both. The same place named in another sentence does not
    undo the first: "dams burst above the city of Tobruk" against the others' Derna is a clash
    even when a later line counts the dead "in Derna". (A country, named anywhere, is placed by the
    report's towns wherever they are named.)"""
    # (a place frame's relation to another reads only that one's place: its id, kind, the place
    # holding it and the places its report names)
    v = theirs.frame.value
    key = (mine.frame.id, v.get("id"), v.get("kind"), v.get("in"), tuple(v.get("named") or ()))
    if key not in memo:
        memo[key] = _names_it(mine, theirs, met, pdef, slack, rules)
    return memo[key]


def _names_it(mine: Keyed, theirs: Keyed, met, pdef, slack, rules) -> bool:
    own = next((sent for k, sent in met.get(mine.frame.article, ()) if k is mine), None)
    for k, sent in met.get(mine.frame.article, ()):
        # (a storm's track: a country the report names anywhere is one it passed through)
        crossed = pdef.get("spreads") and is_country(rules, k.frame.value.get("id") or "")
        if k is mine or (is_country(rules, k.frame.value.get("id") or "") and not crossed):
            continue  # a country holds every place in it: it says nothing here
        if (
            own is not None
            and sent != own
            and not is_country(rules, mine.frame.value.get("id") or "")
            and not crossed
        ):
            continue  # (a country is named anywhere: the report's towns, wherever named, place it)
        if relation(k, theirs, pdef, slack, rules) in ("same", "compatible"):
            return True
    return False


def _witness(
    xs: list[Keyed],
    ys: list[Keyed],
    pdef,
    slack,
    rules,
    classes: _Classes,
    met=None,
    memo=None,
    also=(None, None),
):
    """The first pair of ``xs`` × ``ys`` (in their order) that conflicts. Two classes are related
    once; the tests left are of each frame alone (``_stands``), so each class of a pair in conflict
    is cut to the frames that pass them, and its first pair left is a witness; the first of those
    over all pairs of classes is the first pair of all."""
    arts = (classes.articles(xs) | (also[0] or set()), classes.articles(ys) | (also[1] or set()))
    if pdef.get("cumulative"):
        arts = (arts[0] - _headline_below(xs, ys), arts[1] - _headline_below(ys, xs))
    memo = {} if memo is None else memo
    best = None
    for ca, ga in classes.of(xs):
        for cb, gb in classes.of(ys):
            if best is not None and ga[0][0] > best[0]:
                continue  # (no pair of this class comes first)
            a0, b0 = ga[0][1], gb[0][1]
            if classes.relation(ca, a0, cb, b0, pdef, slack, rules) != "conflict":
                continue
            both = _both_told(a0, b0, pdef)
            xs_left = [(i, a) for i, a in ga if _stands(a, b0, arts[1], both, met, pdef, slack, rules, memo)]
            ys_left = [(j, b) for j, b in gb if _stands(b, a0, arts[0], both, met, pdef, slack, rules, memo)]
            w = next(classes.candidates(xs_left, ys_left), None)
            if w is not None and (best is None or w[:2] < best[:2]):
                best = w
    return None if best is None else best[2:]


def _headline_below(xs: list[Keyed], ys: list[Keyed]) -> set[str]:
    """Reports that give a running count's ``xs`` in their headline alone and a higher ``ys`` in
    their body: a headline's "14 injured" under a body's 21 tells no rise, as a body's "had put the
    toll at 14" does; one of the two is wrong, and the report gives no earlier figure for it."""
    body = {k.frame.article for k in xs if not k.frame.qualifiers.get("headline")}
    out = set()
    for k in xs:
        art, hi = k.frame.article, k.frame.value.get("high")
        if art in body or hi is None:
            continue
        if any(
            y.frame.article == art
            and not y.frame.qualifiers.get("headline")
            and (y.frame.value.get("low") or 0) > hi
            for y in ys
        ):
            out.add(art)
    return out


def _stands(
    k: Keyed, other: Keyed, others_articles: set[str], both: bool, met, pdef, slack, rules, memo
) -> bool:
    """Whether ``k`` may witness a clash with the class of ``other``: a publication date is no
    statement of the event's date; a report that gives both figures (where ``_both_told``), or
    names the other's place too (``_named_too``), does not clash with it."""
    if k.frame.qualifiers.get("source") in _FILED:
        return False
    if both and k.frame.article in others_articles:
        return False
    if met is not None and _one_of_several(k) and not _one_of_several(other):
        return False  # ("spread to the cities of A, B and C": more places, none instead of another's)
    return not (met is not None and _named_too(k, other, met, pdef, slack, rules, memo))


def _one_of_several(k: Keyed) -> bool:
    """A place read as one name of a list (extract/places_unlisted ``LISTED``)."""
    return bool(k.frame.value.get("listed"))


def _both_told(a: Keyed, b: Keyed, pdef: dict) -> bool:
    """Two minimums far apart that one report gives both of: "more than 800 injured … hospitals
    admitted more than 600" in both reports is a part and the whole, not a clash. So are two counts
    of a toll that rises when one report gives both («… had put the toll at 28 …», then 41): it
    tells the rise."""
    # (and two estimates, both hedged, that one report gives from different sources: "up to 400"
    # from one agency and "about 750" from survivors tell how uncertain the figure is)
    if pdef.get("value") == "place":
        return False  # (a report that names two places does not say one is part of the other)
    estimates = bool(a.frame.value.get("hedge") and b.frame.value.get("hedge"))
    return bool(bounds_apart(a, b) or pdef.get("cumulative") or estimates)


def frame_label(ctx: Context, k: Keyed, pdef: dict) -> str:
    f = k.frame
    # A start read from "since 2014", «منذ عام 2014» is said as such: the cargo was stored since.
    what = "in place since" if f.qualifiers.get("since") else pdef.get("display", f.predicate)
    if f.subject.get("kind") == "event":
        ev = next((e for e in ctx.events if e.id == ctx.cluster_of.get(f.subject["mention"])), None)
        types = ctx.rules.concepts("events").get("types") or {}
        kind = types.get(f.subject.get("type"), {}).get("display", f.subject.get("type"))
        when = f" of {ev.date}" if ev and ev.date else ""
        whose = str(f.qualifiers.get("candidate") or "")
        if whose.startswith(PLACE_CANDIDATE):
            # (a bid's votes: for the country that won them, wherever the clause is placed)
            return f"{what} of the {kind}{when}{_scope_text(ctx, {'cc:' + whose[len(PLACE_CANDIDATE) :]}, ' for ')}"
        scope = _scope_text(ctx, k.scope) if pdef.get("cumulative") else ""
        return f"{what} of the {kind}{when}{scope}"
    if f.subject.get("kind") == "place":
        return f"{f.subject.get('name') or f.subject['id']} {what}"  # ("Kanchanpur located in")
    concepts = sorted(t[2:].replace("_", " ") for t in k.concepts)
    # A named subject («شرکت «یتی»», "Yeti Airlines") is shown by its name, in the report's words.
    named = [t[2:] for t in f.subject.get("tokens") or () if t.startswith("n:")][:3]
    listed = "one item of a list" if f.qualifiers.get("listed") else "the same words"
    about = ", ".join(concepts[:4]) or (q(" ".join(named)) if named else listed)
    return f"{what} ({about}{_scope_text(ctx, k.scope, ', ')})"


def _scope_text(ctx: Context, scope, sep: str = " in ") -> str:
    # A place the gazetteer lacks has only a skeleton for an id ("?:brtn"): its words are in the
    # quotes, and the label names the listed places only.
    ids = [s.split(":", 1)[1] for s in sorted(scope) if s.startswith(("p:", "cc:"))]
    shown = list(dict.fromkeys(place_name(ctx.rules, i) for i in ids if not i.startswith(UNLISTED)))
    return f"{sep}{' and '.join(shown)}" if shown else ""


def value_words(ctx: Context, pdef: dict, f) -> str:
    """A value as readers say it: a place by its name (one the gazetteer lacks, in the report's
    own words), anything else by ``value_text``."""
    pid = f.value.get("id") if pdef.get("value") == "place" else None
    if not pid:
        return value_text(pdef.get("value", ""), f.value)
    return q(f.text) if pid.startswith(UNLISTED) else place_name(ctx.rules, pid)


def frame_entry(ctx: Context, k_list: list[Keyed], pdef: dict) -> dict[str, Any]:
    ks = sorted(k_list, key=lambda k: (k.frame.article, k.frame.start, k.frame.id))
    f0 = ks[0].frame
    return {
        "value": f0.value,
        "display": value_words(ctx, pdef, f0),
        "articles": sorted({k.frame.article for k in ks}),
        "claims": [c for k in ks for c in (k.frame.claims or (k.frame.id,))],
        "evidence": [
            *(
                {
                    "article": k.frame.article,
                    "claim": (k.frame.claims or (k.frame.id,))[0],
                    "text": k.frame.text,
                    "start": k.frame.start,
                    "end": k.frame.end,
                }
                for k in ks
            ),
            # An occasion's date in a second calendar beside the first is quoted too.
            *(
                {"article": c.article, "claim": c.id, "text": c.text, "start": c.start, "end": c.end}
                for k in ks
                if k.frame.predicate == "event_date"
                for cid in k.frame.claims[1:]
                if (c := ctx.claim(cid)) is not None and c.type == "date"
            ),
        ],
        "frames": [k.frame.id for k in ks],
    }


def _agreement(ctx: Context, code: str, key: str, label: str, group: list[list[Keyed]], pdef: dict):
    entries = [frame_entry(ctx, ks, pdef) for ks in group]
    articles = sorted({a for e in entries for a in e["articles"]})
    quotes = ", ".join(sorted({q(k.frame.text) for ks in group for k in ks}))
    if len(entries) == 1:
        message = f"{label}: {entries[0]['display']} in {articles_text(articles)}"
        why = f"The same value is given as {quotes}"
    else:
        shown = " and ".join(e["display"] for e in entries)
        message = f"{label}: {shown} agree, in {articles_text(articles)}"
        why = f"The values fit each other (one is as precise as or more precise than the other): {quotes}"
    return agreement_finding(ctx, code, key, message, why, entries)


def _conflict(ctx: Context, code: str, key: str, label: str, members, clashes, family: str, pairs=None):
    pdef = ctx.rules.concepts("predicates").get("predicates", {}).get(members[0].frame.predicate, {})
    sides: dict[str, list[Keyed]] = defaultdict(list)
    for a, b in clashes:
        for k in (a, b):
            if k not in sides[display_key(k)]:
                sides[display_key(k)].append(k)
    # Every report that gives a clashing value stands on its side, not only the witness pair's:
    # "7.8 (ar_wire, en_wire) vs 7.7 (fa_irna)".
    # (Under a lexicon key, a group holds frames that are not all paired: a report stands on a
    # side when it is paired with a report on the other side of one clash.)
    for k in members:
        side = sides.get(display_key(k))
        if side is None or k in side or k.frame.qualifiers.get("source") in _FILED:
            continue
        if k.key or any(
            display_key(x) == display_key(k)
            and (_paired(k, y, pairs) or _paired(k, x, pairs))
            and k.frame.article != y.frame.article
            for a, b in clashes
            for x, y in ((a, b), (b, a))
        ):
            side.append(k)
    if family == "quantity":
        sides = _fitting_sides(sides, clashes, pdef)
    entries = [_merged_entry(ctx, ks, pdef) for _, ks in sorted(sides.items())]
    exact = all(k.confidence == "exact" for a, b in clashes for k in (a, b))
    # (a place the gazetteer lacks is known by the sound of its name only, and a name cut short,
    # «ولاية ريو» against «ایالت ریو گرانده», sounds like another place)
    unlisted = family == "event_place" and any(
        str(k.frame.value.get("id") or "").startswith("?:") for a, b in clashes for k in (a, b)
    )
    # (a report that itself gives values of two sides tells of a split it knows of: "the USGS put it
    # at 6.8 and Morocco's institute at 7", not a slip of one report)
    told = sorted(
        {
            a
            for i, e in enumerate(entries)
            for a in e["articles"]
            if any(a in o["articles"] for o in entries[i + 1 :])
        }
    )
    severity = "error" if exact and not unlisted and not told else "warning"
    pairs = "; ".join(
        f"{q(a.frame.text)} ({a.frame.article}) against {q(b.frame.text)} ({b.frame.article})"
        for a, b in clashes[:_MAX_SHOWN]
    )
    more = f" (and {len(clashes) - _MAX_SHOWN} more pairs)" if len(clashes) > _MAX_SHOWN else ""
    why = {
        "quantity": "The values do not overlap even read as intervals (hedges included), or give"
        " minimums (or maximums) a quarter or more apart",
        "date": "After conversion to one calendar the dates do not overlap",
        "event_date": "Reports of one event date it differently, beyond the slack for time zones and lunar dates",
        "event_place": "Reports of one event place it in places neither of which contains the other",
        "category": "The categories exclude each other",
    }[family]
    parallel = any(tuple(sorted((a.frame.id, b.frame.id))) in ctx.parallel for a, b in clashes)
    strength = (
        " A place of this conflict is not in the gazetteer: it is known by the sound of its name only,"
        " a possible conflict to check."
        if unlisted
        else ""
        if exact
        else " The two values stand in parallel sentences, which share every other figure, date and"
        " name they give: a possible conflict to check."
        if parallel
        else " The key was read from lexicon words, not from a linked event: a possible conflict to check."
    )
    if pdef.get("cumulative") and any(transposed(a, b) for a, b in clashes):
        strength += (
            " The figures differ by two neighbouring digits swapped: a running count may rise between"
            " reports, but this looks like one figure miswritten."
        )
    if told and family == "quantity":
        strength += (
            f" {articles_text(told)} itself gives more than one of these values: a split it reports"
            " (two bodies measuring apart), a possible conflict to check."
        )
    message = f"{label}: " + " vs ".join(f"{e['display']} ({articles_text(e['articles'])})" for e in entries)
    explanation = f"{why}: {pairs}{more}.{_provenance(ctx, entries, sides)}{strength}"
    extra = {"provenance": _sources(ctx, sides)}
    return make_finding(code, "conflict", severity, key, message, explanation, entries, extra=extra)


def _fitting_sides(sides: dict[str, list[Keyed]], clashes, pdef) -> dict[str, list[Keyed]]:
    """Sides of a conflict that fit each other and clash with none of each other's values stand as
    one: "$6 billion" and "about $6 billion" against «7 مليارات», not three values."""
    apart = {frozenset((display_key(a), display_key(b))) for a, b in clashes}
    groups = {v: [v] for v in sorted(sides)}
    for v in sorted(sides):
        for w in sorted(sides):
            gv, gw = groups[v], groups[w]
            if gv is gw or any(frozenset((x, y)) in apart for x in gv for y in gw):
                continue
            if _agree(sides[v], sides[w], pdef, 0, None):
                gv.extend(gw)
                for x in gw:
                    groups[x] = gv
    out: dict[str, list[Keyed]] = {}
    for g in {id(g): g for g in groups.values()}.values():
        out[min(g)] = [k for v in sorted(g) for k in sides[v]]
    return out


def _merged_entry(ctx: Context, ks: list[Keyed], pdef: dict) -> dict[str, Any]:
    """One side's entry; a side of several fitting values shows each, the most precise first."""
    entry = frame_entry(ctx, ks, pdef)
    by_value: dict[str, Keyed] = {}
    for k in ks:
        by_value.setdefault(display_key(k), k)
    if len(by_value) > 1:
        first = sorted(by_value.values(), key=lambda k: (_width(k), display_key(k)))
        entry["value"] = first[0].frame.value
        entry["display"] = " / ".join(dict.fromkeys(value_words(ctx, pdef, k.frame) for k in first))
    return entry


def _width(k: Keyed) -> float:
    lo, hi = bounds(k)
    return hi - lo


def _side_sources(ctx: Context, ks: list[Keyed]) -> set[str]:
    out = set()
    for k in ks:
        if k.frame.source:
            out.add(k.frame.source[-1])
        else:
            out.update(ctx.origins.get(k.frame.article) or (f"article:{k.frame.article}",))
    return out


def _sources(ctx: Context, sides) -> list[dict[str, Any]]:
    return [{"value": v, "sources": sorted(_side_sources(ctx, ks))} for v, ks in sorted(sides.items())]


def _provenance(ctx: Context, entries, sides) -> str:
    per = [_side_sources(ctx, ks) for _, ks in sorted(sides.items())]
    if len(per) < 2 or not all(per):
        return ""
    common = set.intersection(*per)
    if common:
        names = ", ".join(source_name(ctx, s) for s in sorted(common))
        return f" One source chain ({names}) gives more than one of these values: an error of that source or of a report citing it."
    shown = "; ".join(
        f"{e['display']} from {', '.join(source_name(ctx, s) for s in sorted(p))}"
        for e, p in zip(entries, per, strict=True)
    )
    return f" The split follows the sources: {shown}."
