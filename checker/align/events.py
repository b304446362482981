"""Typed events: the event mentions of all articles, linked into occasions by a scoring linker.

Each article's main mention (the occasion it reports) and each dated mention of an earlier
occasion is an *item*. Items are taken in a fixed order (by date, then article) and each joins
the best-scoring existing cluster of its event family, or starts a new one. The evidence:

- the date: the item's stated date, or its report's publication window, or an undated article's
  estimate, must overlap the cluster's core date (the first item's), so clusters never chain
  beyond the window; a weekday named with no date must fit the overlap;
- places: compatible (one contains the other) counts for, disjoint against;
- participants contained in the cluster's set (meetings and trials need shared people);
- shared specific figures (the same toll, the same magnitude).

Two reports of one occasion that date it differently are still linked when the rest agrees, so
that the event-date comparison (CF04) sees the disagreement.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from checker.align.context import Context
from checker.align.geo import place_relation
from checker.align.places import gazetteer
from checker.extract.base import CLAUSE_END
from checker.model import DISTINCT_ORDINALS, TO_COME_RELATIONS, WEEKDAY_IDS, Event, Mention, part_of

_THRESHOLD = 2.0
# Reports published this close may disagree on the stated date of the one occasion they report.
_REPORT_SLACK_DAYS = 2
_FAR = date.max
# An earlier occasion recalled with the same figures may be dated up to this far apart (a wrong year).
_SUPPORT_DAYS = 1
_UPCOMING_GAP_DAYS = 45


@dataclass
class _Item:
    mention: Mention
    lo: date | None
    hi: date | None
    stated: bool
    people: frozenset[str]
    places: tuple[str, ...]
    figures: frozenset[tuple]
    published: date | None
    countries: frozenset[str] = frozenset()
    specifics: frozenset[tuple] = frozenset()  # the main report's specific figures (see _specifics)
    aside: bool = False  # an undated occasion the report only recalls: it joins one, never founds one

    @property
    def order(self) -> tuple:
        return (self.lo or _FAR, self.mention.article, self.mention.start)


@dataclass
class _Cluster:
    id: str
    family: str
    type: str
    lo: date | None
    hi: date | None
    stated: bool
    items: list[_Item] = field(default_factory=list)
    people: set[str] = field(default_factory=set)
    places: list[str] = field(default_factory=list)
    figures: set[tuple] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    specifics: set[tuple] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)  # the articles of its items
    # What the score asks of every item, kept as items join (an archive's event may hold thousands):
    weekdays: set[int] = field(default_factory=set)  # the weekdays undated reports name
    pubs: list[date] = field(default_factory=list)  # the items' publication days, sorted
    mains: int = 0  # how many items are their report's own occasion


def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def build_events(ctx: Context) -> None:
    """Fill ``ctx.events``, ``ctx.event_of`` (each article's main occasion) and ``ctx.cluster_of``."""
    types = ctx.rules.concepts("events").get("types") or {}
    every = [it for aid in sorted(ctx.extractions) for it in _items(ctx, aid, types)]
    # (asides last: each looks for the occasion the other reports found)
    items = _consensus_order([it for it in every if not it.aside]) + sorted(
        (it for it in every if it.aside), key=lambda it: it.order
    )
    clusters: list[_Cluster] = []
    by_family: dict[str, _Blocks] = defaultdict(_Blocks)
    seq: dict[int, int] = {}  # id(cluster) → creation order
    for it in items:
        t = types[it.mention.type]
        best, best_score = None, _THRESHOLD
        # (a collapse may be part of a flood's occasion: its clusters are looked at too)
        families = sorted({types[k]["family"] for k in types if part_of(types, k, it.mention.type)})
        candidates = [
            cl for fam in families for cl in by_family[fam].candidates(it, int(t.get("window_days", 1)))
        ]
        if len(families) > 1:
            candidates.sort(key=lambda c: seq[id(c)])  # creation order, as within one family
        for cl in candidates:
            s = _score(ctx, it, cl, t)
            if s is not None and s >= best_score and (best is None or s > best_score):
                best, best_score = cl, s
        if best is None and it.aside:
            continue
        if best is None:
            best = _Cluster(
                id=f"event:{it.mention.article}:{it.mention.start}",
                family=t["family"],
                type=it.mention.type,
                lo=it.lo,
                hi=it.hi,
                stated=it.stated,
            )
            seq[id(best)] = len(clusters)
            clusters.append(best)
            by_family[t["family"]].add(best)
        elif _loosely_dated(ctx, it, best, t):
            ctx.loosely_dated.add(it.mention.id)
        _join(best, it)
        by_family[best.family].index(best, it)
    _collect(ctx, _recalled_alike_merged(ctx, clusters))


class _Blocks:
    """The clusters of one family, blocked by date so that an item is scored against the few whose
    dates can reach it, not against every cluster (the merge stays near-linear).

    ``candidates`` returns, in creation order, a superset of the clusters whose date score is not
    None (see ``_date_score``): clusters whose core interval lies within the item's reach (its
    window, or the gap allowed between upcoming occasions), those with an item published near the
    item's publication, for a recalled occasion those sharing one of its figures, and the clusters
    with an open or very long interval, which are always scored. An entry left behind when a
    cluster's core moves only adds a candidate, so the choice of the best cluster is the same as
    scanning them all.
    """

    _DAYS = 32  # bucket width
    _MAX_BUCKETS = 64  # a longer interval is kept with the open clusters

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.order: dict[int, int] = {}
        self.core: dict[int, set[int]] = defaultdict(set)
        self.published: dict[int, set[int]] = defaultdict(set)
        self.figures: dict[tuple, set[int]] = defaultdict(set)
        self.specifics: dict[tuple, set[int]] = defaultdict(set)
        self.open: set[int] = set()

    def add(self, cl: _Cluster) -> None:
        self.order[id(cl)] = len(self.clusters)
        self.clusters.append(cl)

    def index(self, cl: _Cluster, it: _Item) -> None:
        n = self.order[id(cl)]
        span = self._span(cl.lo, cl.hi, 0)
        if span is None:
            self.open.add(n)
        else:
            for b in span:
                self.core[b].add(n)
        if it.published:
            self.published[it.published.toordinal() // self._DAYS].add(n)
        for fig in it.figures:
            self.figures[fig].add(n)
        for fig in it.specifics:
            self.specifics[fig].add(n)

    def _span(self, lo: date | None, hi: date | None, reach: int) -> range | None:
        if lo is None or hi is None:
            return None
        first, last = (lo.toordinal() - reach) // self._DAYS, (hi.toordinal() + reach) // self._DAYS
        return range(first, last + 1) if last - first < self._MAX_BUCKETS else None

    def candidates(self, it: _Item, window: int) -> list[_Cluster]:
        reach = window if it.mention.main else max(window, _UPCOMING_GAP_DAYS)
        span = self._span(it.lo, it.hi, reach)
        if span is None:
            return list(self.clusters)
        found = set(self.open)
        for b in span:
            found |= self.core.get(b, set())
        if not it.mention.main:  # an earlier occasion recalled with the same figures, at any distance
            for fig in it.figures:
                found |= self.figures.get(fig, set())
        if it.mention.main:  # the same story told with a slipped date: the same specific figures
            for fig in it.specifics:
                found |= self.specifics.get(fig, set())
        if it.mention.main and it.published:
            p = it.published.toordinal()
            for b in range((p - window) // self._DAYS, (p + window) // self._DAYS + 1):
                found |= self.published.get(b, set())
        return [self.clusters[n] for n in sorted(found)]


def _consensus_order(items: list[_Item]) -> list[_Item]:
    """Stated dates that most reports share first, so that a cluster's core date is the one the
    reports agree on and a report that dates the occasion differently joins it (and is compared),
    rather than founding it. Then the rest by date and article."""
    stated = sorted(i.lo.toordinal() for i in items if i.stated and i.lo)
    support = {}
    for i in items:
        if i.stated and i.lo and i.hi:
            lo = bisect_left(stated, i.lo.toordinal() - _SUPPORT_DAYS)
            hi = bisect_right(stated, i.hi.toordinal() + _SUPPORT_DAYS)
            support[id(i)] = hi - lo
    return sorted(items, key=lambda i: (not i.stated, -support.get(id(i), 0), *i.order))


def _items(ctx: Context, aid: str, types: dict) -> list[_Item]:
    x = ctx.extractions[aid]
    time = ctx.times[aid]
    out = []
    for m in x.mentions:
        aside = not m.main and not m.earliest and m.ordinal not in DISTINCT_ORDINALS
        if aside and not (time.published and (m.participants or m.places)):
            continue  # an undated aside («انتخابات اخیر») that names no one and nowhere: no link
        if m.earliest:
            lo, hi, stated = _d(m.earliest), _d(m.latest), True
            lo, hi = _weekday_pinned(x, m, lo, hi)
            if m.main and lo and time.published and lo > time.published and not _told_to_come(x, m):
                # A reported occasion dated after its own report is a slip (extraction keeps future
                # occasions apart): the days it may still be reported in place it (a follow-up five
                # days on, too), and CF04 shows the slip.
                span = max(
                    int(types[m.type].get("window_days", 1)) + _REPORT_SLACK_DAYS,
                    int(types[m.type].get("span_days", 0)),
                )
                lo = time.published - timedelta(days=span)
        elif time.published:
            span = int(types[m.type].get("window_days", 1)) + _REPORT_SLACK_DAYS
            if m.main:
                # (a follow-up that does not date its occasion may come as long as the occasion is
                # still told of: "Biden tours Lahaina as Maui death toll reaches 114", two weeks on)
                span = max(span, int(types[m.type].get("span_days", 0)))
            lo, hi, stated = time.published - timedelta(days=span), time.published, False
        else:
            lo, hi, stated = time.earliest, time.latest, False
        people = _people(ctx, aid, m)
        # (not a figure its sentence dates years apart: "the 1997 Garuda disaster near Medan, in
        # which 234 people were killed" is no figure of the crash reported, whatever it was read for)
        figures = frozenset(
            (f.predicate, _figure(f.value))
            for f in x.frames
            if f.subject.get("mention") == m.id
            and f.predicate not in ("event_date", "event_place")
            and not _timed_apart(f, lo, hi)
        )
        # (a type with no place role is linked without places: a truce announced at the White House
        # is not placed there)
        placed = "place" in (types[m.type].get("roles") or ())
        countries = _countries(ctx, x, m) if placed else frozenset()
        specifics = _specifics(x) if m.main else frozenset()
        places = m.places if placed else ()
        out.append(
            _Item(m, lo, hi, stated, people, places, figures, time.published, countries, specifics, aside)
        )
    return out


def _timed_apart(f, lo: date | None, hi: date | None) -> bool:
    """The frame's own time, read from a date of its sentence, lies more than a year from the
    occasion's days."""
    t = f.time or {}
    e, last = _d(t.get("earliest")), _d(t.get("latest"))
    if not (e and last and lo and hi):
        return False
    return (lo - last).days > _APART_DAYS or (e - hi).days > _APART_DAYS


_APART_DAYS = 366  # a figure timed this far from its occasion is another's


def _told_to_come(x, m: Mention) -> bool:
    """The occasion is dated by a day named as one to come ("next Sunday", «دعا إلى قمة يوم
    الأحد»): an occasion ahead, not a slip."""
    c = next((c for c in x.claims if c.id == m.date), None)
    return c is not None and (c.value.get("relative") or {}).get("relation") in TO_COME_RELATIONS


def _weekday_pinned(x, m: Mention, lo: date | None, hi: date | None) -> tuple[date | None, date | None]:
    """A lunar date with its weekday («الجمعة 10 محرم 1445 هـ») links as the one day of its ±1-day
    span that is that weekday, as the same day written in another calendar does; comparisons keep
    the span's slack."""
    claim = next((c for c in x.claims if c.id == m.date), None) if m.date else None
    v = claim.value if claim is not None else {}
    if (
        lo is None
        or hi is None
        or v.get("calendar") != "hijri"
        or not v.get("weekday_ok")
        or (v.get("earliest"), v.get("latest")) != (m.earliest, m.latest)
    ):
        return lo, hi  # (not a lunar date's own span: the mention's dates were read otherwise)
    want = WEEKDAY_IDS.index(v["weekday"]) + 1
    days = [
        lo + timedelta(days=k)
        for k in range((hi - lo).days + 1)
        if (lo + timedelta(days=k)).isoweekday() == want
    ]
    return (days[0], days[0]) if len(days) == 1 else (lo, hi)


def _countries(ctx: Context, x, m: Mention) -> frozenset[str]:
    """The countries an occasion is in: its places' countries, or when its sentences name no
    place, every country the article places something in, or else the countries its sentences
    name."""
    from checker.align.geo import country_of

    found = {country_of(ctx.rules, p) for p in m.places}
    found.discard(None)
    if found:
        return frozenset(found)
    placed = frozenset(c.value["country"] for c in x.claims if c.type == "place" and c.value.get("country"))
    # (an article that places nothing: the countries its sentence names, "Flash floods tore through
    # eastern Spain"; a country named beside a placed occasion may be whose pilgrims died)
    return placed or frozenset(m.countries)


# Figures specific enough that two reports sharing several tell one story: amounts, rates and
# counts above this, or with decimals («۲۷٫۲۵ درصد», "600 basis points", «35 مليار دولار»).
_SPECIFIC_MIN = 50
_SPECIFIC_SHARED = 3


def _specifics(x) -> frozenset[tuple]:
    out = set()
    for f in x.frames:
        v = f.value
        low, high = v.get("low"), v.get("high")
        if low is None or low != high or f.subject.get("kind") == "event":
            continue
        if float(low) >= _SPECIFIC_MIN or not float(low).is_integer():
            out.add((float(low), v.get("unit")))
    return frozenset(out)


def _one_story(it: _Item, cl: _Cluster) -> bool:
    """Two reports of one occasion, whatever dates they give it: both their main occasion, with
    ``_SPECIFIC_SHARED`` specific figures in common."""
    return it.mention.main and cl.items[0].mention.main and _story_shared(it, cl) >= _SPECIFIC_SHARED


def _same_cast(it: _Item, cl: _Cluster, t: dict, gap: int) -> bool:
    """A follow-up of an occasion that is no meeting, naming ``_CAST_SHARED`` of the people its
    reports name (a governor, a mayor, a president), its date days off but within the occasion's
    span: one story dated differently (CF04 shows it) rather than a second collapse in one week."""
    if t["needs"] == "participants" or gap > int(t.get("span_days", 0)):
        return False
    if it.mention.main and cl.mains == len(cl.items):
        return len(it.people & cl.people) >= _CAST_SHARED
    # (an earlier occasion the reports recall, the same kind, of the one person it befell: "Raisi
    # died in a helicopter crash on May 19" against «19 مايو»)
    return not it.mention.main and not cl.mains and bool(it.people & cl.people)


_CAST_SHARED = 2


def _story_shared(it: _Item, cl: _Cluster) -> int:
    """Specific figures a report shares with a cluster: its own (see ``_specifics``) and its
    occasion's counts that are no small round number (a toll of 275, not of 3)."""
    counts = sum(
        1
        for _pred, fig in it.figures & cl.figures
        if (low := dict(fig).get("low")) is not None
        and dict(fig).get("high") == low
        and (float(low) >= _SPECIFIC_MIN or not float(low).is_integer())
    )
    return len(it.specifics & cl.specifics) + counts


def _figure(value: dict) -> tuple:
    """A figure as reports share it: the predicate says what is counted, so «۱۲۰ کشته» and
    "120 people" killed are one figure whatever noun the number carries."""
    return tuple(sorted((k, str(v)) for k, v in value.items() if k in ("low", "high", "id")))


def _people(ctx: Context, aid: str, m: Mention) -> frozenset[str]:
    """Entities of the mention's sentence; for the main occasion, every person the article names
    (but for an occasion of one person, a resignation: only those its own sentences name)."""
    claims = ctx.extractions[aid].claims
    ids = set(m.participants)
    every = m.main and not (ctx.rules.concepts("events").get("types") or {}).get(m.type, {}).get("one_person")
    out = set()
    for c in claims:
        if c.type in ("person_role", "attendance") and (every or c.id in ids):
            eid = ctx.entities.entity(c)
            if eid:
                out.add(eid)
    return frozenset(out)


def _score(ctx: Context, it: _Item, cl: _Cluster, t: dict) -> float | None:
    if (
        not part_of(ctx.rules.concepts("events").get("types") or {}, cl.type, it.mention.type)
        and t["family"] != "meeting"
    ):
        return None
    if (
        (it.mention.ordinal in DISTINCT_ORDINALS) != (cl.items[0].mention.ordinal in DISTINCT_ORDINALS)
        and not _recalled_alike(it, cl)
        and not _first_round_reported(it, cl, t)
    ):
        return None  # "a second tremor" is not the quake itself
    if it.mention.article in cl.articles:
        return None  # one article's mentions are told apart by extraction already
    date_score = _date_score(it, cl, t)
    if date_score is None or (date_score < _SAME_DAYS and t.get("rounds") and _rounds_apart(ctx, it, cl)):
        return None
    place_score = _place_score(ctx, it.places, cl.places)
    if it.aside and not _aside_fits(ctx, it, cl):
        return None
    if place_score == 0 and it.countries and cl.countries:
        place_score = 1.0 if it.countries & cl.countries else -1.0
    elif (
        place_score < 0
        and date_score >= _SAME_DAYS
        and it.countries & cl.countries
        and (_main(it, cl) or (_one_day(it, cl) and it.people & cl.people))
    ):
        # Each report's own occasion, of one type, on the same days, in one country, but in
        # another town: one occasion placed differently (CF05 shows it) is likelier than two. So
        # is an occasion on one stated day around the same person («قمة استثنائية يوم الأحد في
        # لاغوس» called by Tinubu, and the summit he chaired in Abuja on July 30).
        place_score = 0.0
    shared = len(it.people & cl.people)
    people_score = 2.0 * shared / min(len(it.people), len(cl.people)) if it.people and cl.people else 0.0
    figure_score = float(min(2, len(it.figures & cl.figures)))
    if len(it.specifics & cl.specifics) >= _SPECIFIC_SHARED:
        figure_score += 1.0
    if t["needs"] == "participants" and it.people and cl.people:
        # One shared participant is enough beside the same place or the same figure (a verdict's
        # "20 years" for one defendant), or alone for an occasion of one person (a resignation);
        # the same people meet too often for a name alone. With none shared, the same place, days
        # and figures still make one meeting: reports of a committee's decision name different
        # people around it (a governor, a minister).
        if not (
            shared >= 2
            or (shared >= 1 and (place_score > 0 or figure_score > 0 or t.get("one_person")))
            or (place_score > 0 and figure_score > 0 and date_score >= _SAME_DAYS)
            or (
                place_score > 0
                and date_score >= _SAME_DAYS
                and _main(it, cl)
                and _reported_together(it, cl, t)
            )
            or (date_score >= _SAME_DAYS and _one_day_one_town(ctx, it, cl))
            or (shared >= 1 and _one_day(it, cl) and it.countries & cl.countries)
        ):
            return None
    elif (
        t["needs"] == "participants" and place_score + figure_score <= 0 and not (it.countries & cl.countries)
    ):
        return (
            None  # a meeting one report names no one at («اجتماع لجنة السياسة النقدية»): by place or country
        )
    ordinal_score = (
        1.0
        if it.mention.ordinal in DISTINCT_ORDINALS and cl.items[0].mention.ordinal in DISTINCT_ORDINALS
        else 0.0
    )
    return date_score + place_score + people_score + figure_score + ordinal_score


def _aside_fits(ctx: Context, it: _Item, cl: _Cluster) -> bool:
    """An undated occasion a report only recalls joins an occasion of the other reports when
    every place it names is that occasion's (or holds it) and, naming no place, when it shares a
    person: «النهائي الذي أقيم … في قطر» with Messi is the final at Lusail, but a sentence of two
    welcomes ("Scholz met them at Cologne/Bonn airport, while Putin welcomed … at Vnukovo") is not
    Putin's welcome alone."""
    if not it.places:
        return bool(it.people & cl.people)
    return all(_place_score(ctx, (p,), cl.places) > 0 for p in it.places)


def _first_round_reported(it: _Item, cl: _Cluster, t: dict) -> bool:
    """A report of a first round, its own occasion on the stated day that reports of the runoff
    give their «الجولة الأولى», "the first round": one vote, though only they call it the first."""
    ordinals = {it.mention.ordinal, *(o.mention.ordinal for o in cl.items)}
    mains = (it.mention.main and not it.mention.ordinal) or (cl.mains and not cl.items[0].mention.ordinal)
    return bool(
        t.get("rounds")
        and ordinals <= {None, "first_round"}
        and mains
        and it.stated
        and cl.stated
        and _date_score(it, cl, t) == _SAME_DAYS
    )


def _rounds_apart(ctx: Context, it: _Item, cl: _Cluster) -> bool:
    """Two rounds of one vote, not one occasion dated differently: a report of either tells of a
    first round on the other's days (a runoff's report recalls «الجولة الأولى» of 28 June, the day
    a report of the first round gives its vote)."""

    def first_round_on(aid: str, lo: date | None, hi: date | None) -> bool:
        return any(
            m.ordinal == "first_round"
            and (a := _d(m.earliest)) is not None
            and (b := _d(m.latest)) is not None
            and lo is not None
            and hi is not None
            and a <= hi
            and lo <= b
            for m in ctx.extractions[aid].mentions
        )

    if not (it.stated and cl.stated):
        return False
    return first_round_on(it.mention.article, cl.lo, cl.hi) or any(
        first_round_on(aid, it.lo, it.hi) for aid in sorted(cl.articles)
    )


_COARSE_DAYS = 31  # a date this wide or wider (a year, a season) has no slack at its edges
_SAME_DAYS = 2.0  # the date score of stated dates within the type's window


def _recalled_alike(it: _Item, cl: _Cluster) -> bool:
    """An earlier occasion two reports recall, each with its own date: "its previous eruption, in
    late 2014" and «در سال ۲۰۱۴ نیز فوران کرده بود» (the word "previous" only says it came before
    the reported one, which neither is)."""
    ordinals = {it.mention.ordinal, *(o.mention.ordinal for o in cl.items)} - {None}
    return ordinals <= _EARLIER and it.stated and cl.stated and not it.mention.main and not cl.mains


_EARLIER = frozenset({"last"})  # "previous", "last", «پیشین»: before the reported occasion


def _main(it: _Item, cl: _Cluster) -> bool:
    return it.mention.main and cl.type == it.mention.type and cl.mains == len(cl.items)


def _date_score(it: _Item, cl: _Cluster, t: dict) -> float | None:
    window = int(t.get("window_days", 1))
    if "date" not in (t.get("roles") or ()):
        # (a type with no day of its own — a coup, a truce, an outbreak — is named beside the days
        # of what came after it: its reports are one occasion across its span)
        window = max(window, int(t.get("span_days", 0)))
    lo_a, hi_a, lo_b, hi_b = it.lo, it.hi, cl.lo, cl.hi
    if it.stated and cl.stated and lo_a and hi_a and lo_b and hi_b:
        gap = max((lo_a - hi_b).days, (lo_b - hi_a).days, 0)
        if gap <= (window if max((hi_a - lo_a).days, (hi_b - lo_b).days) < _COARSE_DAYS else 0):
            # (the slack is for days: "in 2013" and «عام 2014» are apart, though a day apart at the edge)
            return 2.0
        # One occasion, dated differently: between reports published together, or an earlier
        # occasion recalled with the same figures (the rest of the score must then carry the link).
        if it.mention.main and _published_together(it, cl, window):
            # Each report's own occasion, of one type, reported together: one occasion dated
            # differently is likelier than two (the rest of the score must still carry the link).
            same = cl.items[0].mention.main and cl.type == it.mention.type and t["needs"] != "participants"
            if same:
                return 1.0
            # (not an occasion the other reports only recall, from years before: the Beslan siege
            # of 2004 in reports of an attack of 2024)
            recalled = not cl.mains
            return None if recalled and gap > max(window, int(t.get("span_days", 0))) else 0.0
        if (
            not it.mention.main
            and t["needs"] != "participants"
            and it.figures & cl.figures
            and (not cl.mains or gap <= _SLIP_DAYS)
        ):
            # an earlier occasion recalled with the same figures, dated differently (but not the
            # occasion other reports are of, years away: «انتخابات الرئاسة عام 2019», whose 3% its
            # candidate won then, is no slip for the vote of 2024 they report, whose share differs)
            return 1.0
        if _one_story(it, cl) or _same_cast(it, cl, t, gap):
            # one story (the same rates, sums and counts: a follow-up's 1,257 aboard, 275 killed and
            # 1,175 injured; or the same people around the same kind of occasion within its span),
            # its occasion dated differently
            return 0.0
        # An occasion the reports look forward to (an election «scheduled for February 8»): there is
        # seldom a second of its kind in one country within weeks, so a different date is a conflict.
        if _upcoming(it) and all(_upcoming(o) for o in cl.items) and gap <= _UPCOMING_GAP_DAYS:
            return 1.0
        return None
    lo = max(d for d in (lo_a, lo_b, date.min) if d)
    hi = min(d for d in (hi_a, hi_b, date.max) if d)
    if lo.toordinal() > hi.toordinal() + window:
        # A follow-up that does not date the occasion, days later, with the same counts: one story
        return 0.0 if _one_story(it, cl) and lo_b and lo_a and lo_b < lo_a else None
    if not _weekday_fits(it, cl, lo, hi):
        return None
    return 1.0


_SLIP_DAYS = 366  # a recalled date this close to the reports' own occasion may be a slip in it


def _one_day(it: _Item, cl: _Cluster) -> bool:
    """The mention and the cluster state the one same day."""
    return bool(it.stated and cl.stated and it.lo and it.lo == it.hi == cl.lo == cl.hi)


def _one_day_one_town(ctx: Context, it: _Item, cl: _Cluster) -> bool:
    """Each report states the one day, and the one town or site: a summit in Abuja on July 30,
    told by one report around the host who chaired it and by another around the junta it judged,
    is one summit (a country, or a span of days, holds too many occasions to tell one)."""
    if not _one_day(it, cl):
        return False
    gaz = gazetteer(ctx.rules)
    return any(
        place_relation(ctx.rules, p, q) == "same" and gaz.kind(p) not in _BROAD and not p.startswith("?:")
        for p in it.places
        for q in cl.places
    )


def _reported_together(it: _Item, cl: _Cluster, t: dict) -> bool:
    """Each report's own occasion, in one town on one day, published with the others: one
    conference whose reports quote different delegates (a summit's close: its president in one,
    the UN's climate chief and an envoy in another)."""
    return _published_together(it, cl, int(t.get("window_days", 1)))


def _published_together(it: _Item, cl: _Cluster, window: int) -> bool:
    pubs = cl.pubs
    if not (it.published and pubs):
        return False
    i = bisect_left(pubs, it.published)
    return min(abs((it.published - p).days) for p in pubs[max(0, i - 1) : i + 1]) <= window


def _loosely_dated(ctx: Context, it: _Item, cl: _Cluster, t: dict) -> bool:
    """Linked by shared figures alone, its stated date apart from the event's, and not published
    with the other reports (a follow-up dating a later act): its date is no statement of the
    event's. A day written out in the clause of the occasion's own word ("SVB … was shut on March
    15") is one, wherever the report stands in time."""
    window = int(t.get("window_days", 1))
    if not (it.stated and cl.stated and it.lo and it.hi and cl.lo and cl.hi):
        return False
    if _dates_its_own_clause(ctx, it.mention):
        return False
    gap = max((it.lo - cl.hi).days, (cl.lo - it.hi).days, 0)
    return gap > window and not _published_together(it, cl, window) and _one_story(it, cl)


def _dates_its_own_clause(ctx: Context, m: Mention) -> bool:
    """The mention's date is a written-out day (no "on Sunday") in the clause of one of its own
    trigger words, a few words from it ("was shut on March 15", «روز جمعه ۱۹ اسفند تعطیل شد»; not
    "On May 24, two weeks after the ships collided")."""
    d = ctx.claim(m.date) if m.date else None
    if d is None or d.value.get("relative") or d.value.get("precision") != "day":
        return False
    text = ctx.article(m.article).text
    for s in m.triggers:
        between = text[s : d.start] if s <= d.start else text[d.end : s]
        if not CLAUSE_END.search(between) and len(between.split()) <= _OWN_DAY_WORDS:
            return True
    return False


_OWN_DAY_WORDS = 6  # the trigger word itself and up to five more ("collided off Bodrum on")


def _upcoming(it: _Item) -> bool:
    return not it.mention.main and it.published is not None and it.lo is not None and it.lo > it.published


def _weekday_fits(it: _Item, cl: _Cluster, lo: date, hi: date) -> bool:
    """A weekday named with no date («عصر روز پنجشنبه») must fall in the overlap, when it is short."""
    # Only an undated report's weekday dates its occasion; a dated report's «روز یکشنبه» may be the
    # day of mourning or of the update, and its publication date says more anyway.
    wanted = cl.weekdays | ({it.mention.weekday} if it.mention.weekday and not it.published else set())
    if not wanted or (hi - lo).days >= 7:
        return True
    days = {(lo + timedelta(days=k)).isoweekday() for k in range((hi - lo).days + 1)}
    return wanted <= days


def _place_score(ctx: Context, a: tuple[str, ...], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    rels = {place_relation(ctx.rules, x, y) for x in a for y in b}
    if "same" in rels or "compatible" in rels:
        return 2.0
    # Apart counts against, but less than shared people or figures count for: a report that
    # places the occasion elsewhere must still be compared (CF05), not set apart.
    return -1.0 if rels == {"disjoint"} else 0.0


_RECALLED_YEARS = 10  # a place's two occasions of one kind this close may be one told with a slip
_BROAD = ("country", "province", "region")  # places that hold too many occasions to tell one


def _recalled_alike_merged(ctx: Context, clusters: list[_Cluster]) -> list[_Cluster]:
    """Earlier occasions that reports of one story recall, each dated its own way, that are one by
    what they are: of one type, and "the previous one" in every report (a volcano's previous
    eruption), or at one specific place or befalling one named person within a decade (the Karadon
    mine's explosion, «سال ۲۰۱۳» against "in 2010"; Hariri's assassination). Each pair must be the
    other's only such match and share no report; the event-date comparison then shows the slip
    (CF02)."""
    story: dict[str, int] = {}
    for cl in clusters:
        for it in cl.items:
            if it.mention.main:
                story[it.mention.article] = id(cl)
    recalled: dict[tuple, list[_Cluster]] = defaultdict(list)
    for cl in clusters:
        stories = {story.get(it.mention.article) for it in cl.items}
        if (
            cl.stated
            and cl.lo
            and len(stories) == 1
            and None not in stories
            and not any(i.mention.main for i in cl.items)
        ):
            recalled[(stories.pop(), cl.type)].append(cl)
    # (a link by the one's person or place or by "previous" is surer than one by nearby days: a
    # pair joined by days only, each of whose clusters has no surer match)
    strong: dict[int, list[_Cluster]] = defaultdict(list)
    near: dict[int, list[_Cluster]] = defaultdict(list)
    for group in recalled.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                how = _same_recalled(ctx, a, b)
                for x, y in ((a, b), (b, a)):
                    if how == "same":
                        strong[id(x)].append(y)
                    elif how == "near":
                        near[id(x)].append(y)
    gone: set[int] = set()
    weak = {k: [o for o in v if id(o) not in strong] for k, v in near.items() if k not in strong}
    for matches in (strong, weak):
        for cl in clusters:
            found = matches.get(id(cl), [])
            if id(cl) in gone or len(found) != 1 or len(matches[id(found[0])]) != 1 or id(found[0]) in gone:
                continue
            other = found[0]
            for it in other.items:
                _join(cl, it)
            gone.add(id(other))
    return [cl for cl in clusters if id(cl) not in gone]


def _same_recalled(ctx: Context, a: _Cluster, b: _Cluster) -> str | None:
    """``same`` (one by the previous-word, a person or a specific place), ``near`` (dated days
    apart only) or ``None``."""
    if {i.mention.article for i in a.items} & {i.mention.article for i in b.items}:
        return None
    if all(i.mention.ordinal in _EARLIER for i in a.items + b.items):
        return "same"
    if a.lo is None or b.lo is None or abs(a.lo.year - b.lo.year) > _RECALLED_YEARS:
        return None
    if a.people & b.people:
        return "same"  # of one person it befell ("the 2005 assassination of Rafik Hariri")
    if _counts_meet(a.figures, b.figures):
        return "same"  # the toll each gives ("nearly 500 people died" and «۴۸۳ نفر»)
    gaz = gazetteer(ctx.rules)
    specific = [p for p in a.places if gaz.kind(p) not in _BROAD and not (p.startswith("?:") and len(p) < 5)]
    if any(place_relation(ctx.rules, p, q) == "same" for p in specific for q in b.places):
        return "same"
    if (
        _days_near(a, b)
        and (ctx.rules.concepts("events").get("types") or {})[a.type]["needs"] != "participants"
    ):
        # (the one attack of its kind each report recalls near a day, «٨ أكتوبر ٢٠٢٣» against
        # «۱۶ مهر ۱۴۰۲»; a second one either recalls elsewhere in the year is its own match. Not
        # meetings: a committee meets every month)
        return "near"
    return None


def _counts_meet(a: frozenset[tuple], b: frozenset[tuple]) -> bool:
    """A count of one predicate, at least ``_SPECIFIC_MIN``, that both give with intervals that
    meet: a hedged toll and an exact one inside it, not two open floors."""
    spans = {}
    for side, figs in (("a", a), ("b", b)):
        for pred, fig in figs:
            x = dict(fig)
            if "low" in x:
                lo = -math.inf if x["low"] == "None" else float(x["low"])
                hi = math.inf if x.get("high", "None") == "None" else float(x["high"])
                spans.setdefault(side, []).append((pred, lo, hi))
    # (two floors alone, "at least 67" and "more than 120", meet without saying one toll)
    return any(
        pa == pb and max(la, lb) >= _SPECIFIC_MIN and la <= hb and lb <= ha and min(ha, hb) < math.inf
        for pa, la, ha in spans.get("a", ())
        for pb, lb, hb in spans.get("b", ())
    )


_RECALLED_NEAR_DAYS = 45  # a recalled day this close to another report's may be one told with a slip


def _days_near(a: _Cluster, b: _Cluster) -> bool:
    """Two recalled occasions dated to the day, within ``_RECALLED_NEAR_DAYS`` of each other."""
    if not (a.lo and a.hi and b.lo and b.hi) or (a.hi - a.lo).days > 1 or (b.hi - b.lo).days > 1:
        return False
    return abs((a.lo - b.lo).days) <= _RECALLED_NEAR_DAYS


def _join(cl: _Cluster, it: _Item) -> None:
    cl.items.append(it)
    cl.articles.add(it.mention.article)
    if it.mention.weekday and not it.published:
        cl.weekdays.add(it.mention.weekday)
    if it.published:
        insort(cl.pubs, it.published)
    cl.mains += it.mention.main
    cl.people |= it.people
    cl.places.extend(p for p in it.places if p not in cl.places)
    cl.figures |= it.figures
    cl.specifics |= it.specifics
    cl.countries |= it.countries
    if not cl.stated and it.stated:
        cl.lo, cl.hi, cl.stated = it.lo, it.hi, True


def _collect(ctx: Context, clusters: list[_Cluster]) -> None:
    mains: dict[str, str] = {}
    joined = _untyped(ctx, clusters)
    for cl in sorted(clusters, key=lambda c: c.id):
        arts = tuple(sorted({i.mention.article for i in cl.items} | set(joined.get(cl.id, ()))))
        for it in cl.items:
            ctx.cluster_of[it.mention.id] = cl.id
            if it.mention.main:
                mains[it.mention.article] = cl.id
        stated = Counter(
            i.mention.earliest for i in cl.items if i.stated and i.mention.earliest == i.mention.latest
        )
        day = sorted(stated.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if stated else None
        if day is None and not any(i.stated for i in cl.items):
            pubs = sorted(i.published for i in cl.items if i.published)
            day = pubs[0].isoformat() if pubs else None
        places = Counter(p for i in cl.items for p in i.places[:1])
        ctx.events.append(
            Event(
                id=cl.id,
                articles=arts,
                date=day,
                place=sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if places else None,
                participants=tuple(sorted(cl.people)),
                type=cl.type,
                mentions=tuple(i.mention.id for i in cl.items),
            )
        )
    for cid, arts in joined.items():
        for aid in arts if cid else ():
            mains[aid] = cid
    for aid in sorted(ctx.extractions):
        if aid not in mains:
            # An article that names no typed occasion: one untyped occasion with the other such
            # reports it tells one story with (see ``_untyped``).
            group = sorted(a for a, g in joined.get("", {}).items() if g == joined[""].get(aid)) or [aid]
            eid = f"event:{group[0]}"
            for a in group:
                mains[a] = eid
            ctx.events.append(
                Event(id=eid, articles=tuple(group), date=None, place=None, participants=(), type="none")
            )
        ctx.event_of[aid] = mains[aid]
    ctx.events.sort(key=lambda e: e.id)


# How far apart (days) the publications of an untyped report and the reports it joins may lie.
_UNTYPED_DAYS = 14


def _shared(a: frozenset[tuple], b: frozenset[tuple]) -> int:
    """How many specific figures two reports share: by value («۱۰۸۱ نفر» and "1,081 deaths"), or by
    value and unit where one value counts two things ("171 aircraft" and "171 passengers")."""
    return max(len({v for v, _ in a} & {v for v, _ in b}), len(a & b))


def _untyped(ctx: Context, clusters: list[_Cluster]) -> dict:
    """Reports that name no typed occasion (the lead says "announced cuts", "deaths rose"), and the
    occasion each tells. Two such reports published within ``_UNTYPED_DAYS`` of each other that
    share ``_SPECIFIC_SHARED`` specific figures (by value: «۱۰۸۱ نفر» and "1,081 deaths") tell one
    story; each story then joins the typed cluster whose main reports share as many figures with
    it, if one does. Returns cluster id → its untyped articles, and under ``""`` article → group
    (for the stories that join none)."""
    with_main = {i.mention.article for cl in clusters for i in cl.items if i.mention.main}
    loose = [a for a in sorted(ctx.extractions) if a not in with_main]
    spec = {a: _specifics(ctx.extractions[a]) for a in loose}
    pub = {a: ctx.times[a].published for a in loose}

    def near(x: date | None, y: date | None) -> bool:
        return x is None or y is None or abs((x - y).days) <= _UNTYPED_DAYS

    root = {a: a for a in loose}

    def find(a: str) -> str:
        while root[a] != a:
            a = root[a]
        return a

    for k, a in enumerate(loose):
        for b in loose[k + 1 :]:
            if near(pub[a], pub[b]) and _shared(spec[a], spec[b]) >= _SPECIFIC_SHARED:
                root[find(b)] = find(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in loose:
        groups[find(a)].append(a)
    out: dict = {"": {}}
    for first, members in sorted(groups.items()):
        figs = set().union(*(spec[a] for a in members))
        best, best_n = None, _SPECIFIC_SHARED - 1
        for cl in sorted(clusters, key=lambda c: c.id):
            mains = [i for i in cl.items if i.mention.main]
            if mains and near(pub[first], mains[0].published):
                n = _shared(figs, frozenset(cl.specifics))
                if n > best_n:
                    best, best_n = cl, n
        if best is not None:
            out.setdefault(best.id, []).extend(members)
        else:
            out[""].update({a: first for a in members})
    return out
