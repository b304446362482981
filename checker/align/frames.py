"""Frame keys: which frames of different articles speak of one thing.

- A frame about an event mention is keyed on the linked event: ``killed@event:…`` (exact).
- A frame about lexicon concepts («کمیسیون همکاری‌های مشترک روسیه و سوریه») is paired with the
  frames of its predicate class whose concepts it shares: most of the smaller set's concepts, no
  disjoint scope (countries and places, the article's own countries standing in when the clause
  names none), and no disjoint time anchor. Weights are fixed (every concept counts one), so a
  pair's similarity never depends on unrelated articles.
- A frame with plain words only (``fuzzy``) is paired by the word-overlap fallback, within one
  language.

The result is a list of :class:`Keyed` frames and the candidate pairs; ``findings`` judges them.
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations

from rapidfuzz import fuzz

from checker.align.context import Context
from checker.align.geo import widen
from checker.align.names import matcher_of
from checker.align.parallel import parallel_pairs
from checker.model import PLACE_CANDIDATE, Frame, part_of
from checker.normalize import fold
from checker.normalize.translit import is_latin, reread, skeleton_tokens

# Share of the smaller concept set that the other must hold.
_CONCEPT_SHARE = 0.5
# A concept shared by more frames than this proposes no pairs by itself (blocking).
_MAX_POSTING = 400
# The reports of one story that pair their one figure of a class by that alone, at most (every two
# of them are compared: a story of more reports pairs its figures by their subjects only).
_SOLE_MAX = 24
_TOPIC_COUNTRIES = 2
_FUZZY_MIN = 0.6
# Days after an occasion while its running counts (the dead, the injured) may still rise: a report
# later than that gives the count of then, as every later report does (not findings/compare's
# year, after which a long-past occasion's counts are compared whenever reported).
_COUNTING_DAYS = 14
_GENERIC = {"dated", "count"}
# Qualifiers that set a frame apart from those without: asked for ("prosecutors sought 35 years",
# not what happened), and a year to come (a target, not a past date).
_APART = (
    "preliminary",
    "requested",
    "target",
    "previous",
    "per",
    "population",
    "price",
    "offset",
    "past_span",
    "record",
    "extended",
    "term",
    "whole",
    "portion",
    "aged_in",
    "since_act",
    "several",
    "recalled",
    "moved_by",
    "period",
)
PREVIOUS = "#previous"  # the key suffix of a value a change starts from (``findings`` reads it)
# Concepts of the period a rate is measured over: rates over different periods are different facts.
_BASES = frozenset({"c:annual", "c:monthly"})
_PRICES = "inflation"  # the family of prices at large (rules/predicates ``measures``)
_ANNUAL = frozenset({"c:annual"})
_SKELETON_MIN = 1  # «یتی», "Yeti" and «يتي» are all ``t``: short skeletons must be equal
_SHORT_SKELETON = 3
_EXACT_SKELETON = (
    4  # a skeleton shorter than this names one only when equal: "Labour" (lbr) is not «لیبرال» (lbrl)
)
_SKELETON_RATIO = 80


@dataclass(frozen=True)
class Keyed:
    """A frame with what comparison needs: its key, class, scope and dates."""

    frame: Frame
    key: str  # exact key, or "" for concept frames (compared in pairs)
    klass: str  # predicate class: frames of different classes never compare
    language: str
    scope: frozenset[str]
    concepts: frozenset[str]
    reported: date | None
    confidence: str
    names: frozenset[str] = frozenset()  # consonant skeletons of the subject's proper names
    anchors: frozenset[str] = frozenset()  # other specific values of the frame's clause
    measures: frozenset[str] = frozenset()  # the families of what it measures (inflation, interest)
    periods: frozenset[str] = frozenset()  # the parts of a year it names (the third quarter)
    markets: frozenset[str] = frozenset()  # the markets apart from the official one it names
    given: frozenset[str] = frozenset()  # skeletons of the given name written before a person's surname
    # Time, when only one of two frames has it: an undated figure of an article that dates none of
    # its figures of that measure ("floating") holds for the newest period another article gives
    # ("current"): «تورم … به ۶۷.۰۷ درصد رسید» and "inflation rose to 67.07% in February".
    floating: bool = False
    current: bool = False
    # The concepts as compared: the concepts of one measure («تورم», «أسعار المستهلكين») as one.
    terms: frozenset[str] = frozenset()
    scale: float = 1.0  # the value's unit in its class's base unit (a week is 7 days)
    story: str | None = None  # the event its article reports (two reports of one story)
    # The person (entity) a bare date's sentence names nearest it: two bare dates of different people's
    # sentences are two people's doings ("first elected in 1986, Ishiba …" and Kishida's
    # announcement «في 14 أغسطس»), whatever concept they share
    people: frozenset[str] = frozenset()
    # The qualifiers that set frames apart (``_APART``), read once: every candidate pair compares them.
    apart: tuple = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        q = self.frame.qualifiers
        object.__setattr__(self, "apart", tuple(q.get(x) for x in _APART))


@dataclass(frozen=True)
class _Lex:
    """What keying a frame needs from the rules and the corpus, read once per run."""

    units: dict
    verbal: frozenset[str]  # concepts that say what happened («تأسیس»): never a subject
    dated_verbal: frozenset[str]  # … but the subject of a bare date ("arrested on Dec. 11")
    measures: dict[str, str]  # concept → the family of what it measures
    periods: frozenset[str]  # concepts of a part of a year («الربع الثالث»): figures of two are two
    markets: frozenset[str]  # concepts of a market apart from the official one (the parallel market)
    goods: frozenset[str]  # concepts of goods: a clause naming one measures its price alone
    candidates: dict[str, str]  # surname → representative spelling
    leads: frozenset[str]  # representatives of the people a report leads with (``person_lead``)
    per_candidate: frozenset[str]  # predicates keyed per candidate
    per_person: frozenset[str]  # predicates of a value about a person (an age): the name places it
    cumulative: frozenset[str]  # running counts: a day's count is of its day
    # Dates that something happened to a thing (founded, ended, signed, ties cut …) and bare dates
    # of a thing: one class, so a bare date meets a founding date of the same thing.
    dated: frozenset[str]
    event_dates: dict[str, str]  # event id → its date (the day, or the first day of its period)
    motions: frozenset[str]  # event ids whose tallies are a motion's sides, for and against, alone


def key_frames(ctx: Context) -> None:
    """Fill ``ctx.keyed`` and ``ctx.pairs``."""
    pr = ctx.rules.concepts("predicates")
    defs = pr.get("predicates") or {}
    lex = _Lex(
        units=ctx.rules.concepts("units").get("concepts") or {},
        verbal=frozenset(f"c:{c}" for c in pr.get("not_subject") or ()),
        dated_verbal=frozenset(f"c:{c}" for c in pr.get("bare_date_subject") or ()),
        measures={f"c:{c}": family for family, cs in (pr.get("measures") or {}).items() for c in cs},
        goods=frozenset(f"c:{c}" for c in pr.get("goods") or ()),
        periods=frozenset(f"c:{c}" for c in pr.get("periods") or ()),
        markets=frozenset(f"c:{c}" for c in pr.get("markets") or ()),
        candidates=(candidates := _candidates(ctx)),
        leads=frozenset(
            candidates[f.qualifiers["person"]]
            for x in ctx.extractions.values()
            for f in x.frames
            if f.qualifiers.get("person_lead") and f.qualifiers.get("person") in candidates
        ),
        per_candidate=frozenset(p for p, d in defs.items() if d.get("per_candidate")),
        per_person=frozenset(p for p, d in defs.items() if d.get("per_person")),
        cumulative=frozenset(p for p, d in defs.items() if d.get("cumulative")),
        event_dates={e.id: _first_day(e.date) for e in ctx.events if e.date},
        motions=_motions(ctx),
        dated=frozenset(
            {"dated"}
            | {
                p
                for p, d in defs.items()
                if d.get("own_date") and d.get("subject") == "concepts" and d.get("value") == "date"
            }
        ),
    )
    out = []
    for aid in sorted(ctx.extractions):
        x = ctx.extractions[aid]
        topic = _topic(x)
        # (an undated report bounded on one side only, "written after 16 March", has no day to
        # order its counts by: it may be that day's or months on)
        time = ctx.times[aid]
        reported = time.published or (time.midpoint() if time.earliest and time.latest else None)
        story = ctx.event_of.get(aid)
        named = _surnames_in(ctx, aid)
        for f in x.frames:
            # (and a time since which a thing holds: "the parliament suspended since 25 July 2021"
            # is its sentence's person's doing, as a bare date of his is)
            dated = f.predicate == _BARE_DATE or f.qualifiers.get("since")
            people = _people_of(ctx, f, named) if dated else frozenset()
            out.append(
                dataclasses.replace(
                    _keyed(ctx, f, x.article.language or "fa", topic, reported, lex),
                    story=story,
                    people=people,
                )
            )
    ctx.keyed = _periods(out)
    pairs = _pairs([k for k in ctx.keyed if not k.key])
    seen = {tuple(sorted((a.frame.id, b.frame.id))) for a, b in pairs}
    types = ctx.rules.concepts("events").get("types") or {}
    parallel = parallel_pairs(ctx, ctx.keyed, lambda a, b: _parallel_fit(a, b, types))
    ctx.parallel_places, ctx.parallel_people, ctx.parallel_values = (
        parallel.places,
        parallel.people,
        parallel.values,
    )
    for a, b in [
        *parallel.frames,
        *_sole_in_story(ctx.keyed),
        *_sole_in_scope(ctx.keyed),
    ]:
        a, b = sorted((a, b), key=lambda k: k.frame.id)
        if (a.frame.id, b.frame.id) not in seen:
            seen.add((a.frame.id, b.frame.id))
            pairs.append((a, b))
            ctx.parallel.add((a.frame.id, b.frame.id))
    ctx.pairs = sorted(pairs, key=lambda p: (p[0].frame.id, p[1].frame.id))


_OPEN = "9999"  # the latest day of a time with no end ("as of April 13")


def _periods(keyed: list[Keyed]) -> list[Keyed]:
    """Mark undated concept frames that are ``floating`` and dated ones that are ``current`` (see
    :class:`Keyed`); frames of one measure are those of one article and class sharing a concept."""
    by: dict[tuple[str, str], list[Keyed]] = defaultdict(list)
    for k in keyed:
        if not k.key and k.concepts:
            by[(k.frame.article, k.klass)].append(k)
    marks: dict[str, tuple[bool, bool]] = {}
    for ks in by.values():
        timed = [k for k in ks if k.frame.time is not None]
        undated = [k for k in ks if k.frame.time is None]
        for k in ks:
            same = [g for g in timed if g is not k and g.concepts & k.concepts]
            if k.frame.time is None:
                marks[k.frame.id] = (not same, False)
            else:
                # A period (a month, a year), not a day: a figure beside a day is an earlier
                # occasion's ("after a 200-point hike on 1 February"), never the current one; nor
                # is a month's figure when the article gives an undated one of the same measure
                # ("raised the rate to 50% … had kept it at 45% in February": 50% is today's).
                # (a figure "as of April 13" holds from that day on, as an undated one holds now)
                period = k.frame.time.get("precision") in ("month", "year") or k.frame.time["latest"] >= _OPEN
                newest = all(g.frame.time["latest"] <= k.frame.time["latest"] for g in same)
                now = any(g.concepts & k.concepts for g in undated)
                marks[k.frame.id] = (False, period and newest and not now)
    return [
        dataclasses.replace(k, floating=marks[k.frame.id][0], current=marks[k.frame.id][1])
        if k.frame.id in marks
        else k
        for k in keyed
    ]


def _first_day(iso: str) -> str:
    """«2024», «2024-06» or «2024-06-04» as the first day it names."""
    return iso + "-01-01"[len(iso) - 4 :] if len(iso) < 10 else iso


_SIDES = frozenset({"side:for", "side:against", "side:abstain"})


def _motions(ctx: Context) -> frozenset[str]:
    """Events whose counted votes are all on a motion's sides, for, against or abstaining (no
    candidate's, no referendum option's): a share no side word marks is the one that carried it."""
    sides: dict[str, set[str]] = defaultdict(set)
    for x in ctx.extractions.values():
        for f in x.frames:
            whose = f.qualifiers.get("candidate")
            if whose and f.subject.get("kind") == "event":
                sides[ctx.cluster_of.get(f.subject["mention"], f.subject["mention"])].add(whose)
    return frozenset(e for e, s in sides.items() if s <= _SIDES and "side:for" in s)


def _candidates(ctx: Context) -> dict[str, str]:
    """Each candidate's or co-defendant's surname (as the articles spell it) → one representative
    for the spellings whose consonant skeletons match («دیسانایاکه», «ديساناياكا», "Dissanayake").
    Built in sorted order, so the same corpus always gives the same keys."""
    told = {
        f.qualifiers[q]
        for x in ctx.extractions.values()
        for f in x.frames
        for q in ("candidate", "person")
        if f.qualifiers.get(q) and not str(f.qualifiers[q]).startswith(PLACE_CANDIDATE)
    }
    compounds = _compound_surnames(ctx, told)
    names = sorted(told | {w for pair in compounds for w in pair})
    matcher = matcher_of(ctx.rules)
    # (a Latin name's readings too, and each alternate class: "Nawrocki" = «ناوروتسکی»; the
    # spellings join when any two of them match, «نافروتسکی» through «ناوروتسکی»)
    sks = {name: "".join(skeleton_tokens([name], ctx.rules)) or name for name in names}
    reads = {
        name: "".join(skeleton_tokens([reread(name, ctx.rules)], ctx.rules)) if is_latin(name) else sks[name]
        for name in names
    }
    group = {name: name for name in names}

    def root(x: str) -> str:
        while group[x] != x:
            x = group[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        group[max(ra, rb)] = min(ra, rb)

    for a, b in combinations(names, 2):
        if _same_name(sks[a], sks[b]) or any(
            _read_alike(matcher, x, (sks[b], reads[b])) for x in {sks[a], reads[a]}
        ):
            join(a, b)
    for a, b in compounds:
        join(a, b)
    return {name: sks[root(name)] for name in names}


def _compound_surnames(ctx: Context, told: set[str]) -> list[tuple[str, str]]:
    """The two last words of a name of three words or more, one of them a surname a figure is told
    of ("Edmundo González Urrutia": González alone in one sentence, the full name's last word in
    another), each word of no other person's name: one person's compound surname."""
    named = [
        (fold(c.value.get("name") or "").split(), eid)
        for c in ctx.claims
        if c.type in ("person_role", "attendance") and (eid := ctx.entities.entity(c))
    ]
    words_of: dict[str, set[str]] = defaultdict(set)  # word → the people whose names hold it
    for words, eid in named:
        for w in words:
            words_of[w].add(eid)
    out = set()
    for words, _eid in named:
        tail = words[-2:]
        if (
            len(words) >= _COMPOUND_WORDS
            and any(w in told for w in tail)
            and all(len(words_of[w]) == 1 and len(w) > _SURNAME_MIN for w in tail)
        ):
            out.add((words[-2], words[-1]))
    return sorted(out)


_COMPOUND_WORDS = 3  # words a name needs for its last two to be one surname


def _topic(x) -> frozenset[str]:
    """The countries an article is about: the ones it names most (its «دو کشور»)."""
    counts = Counter(
        "cc:" + c.value["country"] for c in x.claims if c.type == "person_role" and c.value.get("country")
    )
    for f in x.frames:
        if not f.qualifiers.get("listed"):  # (a list names each of its countries once, as items)
            counts.update(t for t in f.qualifiers.get("scope", ()) if t.startswith("cc:"))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOPIC_COUNTRIES]
    return frozenset(c for c, _ in top)


def _klass(f: Frame, lex: _Lex) -> str:
    if f.predicate in lex.dated:
        return "date"
    unit = f.value.get("unit")
    if unit:
        d = lex.units.get(unit, {})
        base = next((b for b in _UNIT_BASES if b in d), None)
        if base:
            return f"{f.predicate}:{base}"  # durations in any unit compare in days, lengths in metres
        return f"{f.predicate}:{d.get('parent') or unit}"
    return f.predicate


_UNIT_BASES = (
    "days",
    "metres",
    "metres_per_hour",
    "square_metres",
    "cubic_metres",
)  # rules/units/concepts.yaml: a unit's size in its dimension's base unit


def _scale(f: Frame, lex: _Lex) -> float:
    d = lex.units.get(f.value.get("unit") or "") or {}
    return float(next((d[b] for b in _UNIT_BASES if b in d), 1.0))


_BARE_DATE = "dated"  # a date no predicate word claims: whose doing it dates is its sentence's person


def _surnames_in(ctx: Context, aid: str) -> tuple[dict[str, str], str]:
    """The surnames of the people the article names (``person_role``, ``attendance``), each with
    its entity, and the article's text: a sentence names a person by a claim or by the surname
    alone ("Ishiba has often been a critic")."""
    surnames: dict[str, str] = {}
    for kind in ("person_role", "attendance"):
        for c in ctx.claims_of(aid, kind):
            eid = ctx.entities.entity(c)
            words = (c.value.get("name") or "").split()
            if eid and words and len(words[-1]) > _SURNAME_MIN:
                surnames.setdefault(words[-1], eid)
    return surnames, ctx.extractions[aid].article.text


_SURNAME_MIN = 2  # letters a surname needs before a word of a sentence stands for it
_WORD = re.compile(r"[^\W\d_]+")


def _people_of(ctx: Context, f: Frame, named: tuple[dict[str, str], str]) -> frozenset[str]:
    """The person its sentence names nearest the date («وسيخلف إيشيبا … رئيس الوزراء فوميو
    كيشيدا، الذي أعلن في 14 أغسطس»: Kishida's announcement)."""
    surnames, text = named
    claim = ctx.claim(f.claims[0]) if surnames and f.claims else None
    if claim is None:
        return frozenset()
    near = [
        (min(abs(m.start() - f.start), abs(m.end() - f.end)), surnames[m.group()])
        for m in _WORD.finditer(text, *claim.sentence)
        if m.group() in surnames
    ]
    return frozenset({min(near)[1]}) if near else frozenset()


def _keyed(ctx: Context, f: Frame, lang: str, topic, reported, lex: _Lex) -> Keyed:
    scope = frozenset(f.qualifiers.get("scope") or ())
    if f.subject.get("kind") == "event":
        event = ctx.cluster_of.get(f.subject["mention"], f.subject["mention"])
        population = f.qualifiers.get("population")
        key = f"{f.predicate}@{event}" + (f"#{population}" if population else "")
        asked = f.qualifiers.get("requested")
        if asked:
            # asked for ("prosecutors sought 35 years"), not what happened; by whom, when known
            key += "#requested" + (f":{asked}" if isinstance(asked, str) else "")
        if f.qualifiers.get("per"):
            key += f"#per:{f.qualifiers['per']}"  # a figure per day or year, not a total
        if f.qualifiers.get("previous"):
            key += PREVIOUS  # the value a change starts from ("to 5% from 5.25%")
        if f.qualifiers.get("preliminary"):
            key += "#preliminary"  # a first figure the final one revises («به‌طور مقدماتی ۲۷.۷ درصد»)
        if f.qualifiers.get("whole"):
            key += "#whole"  # the whole a part is counted of («۹۷ نفر از ۹۹ سرنشین»: 99 aboard)
        person = lex.candidates.get(f.qualifiers.get("person") or "")
        if person and person not in lex.leads:
            key += "#p:" + person  # a co-defendant's, whom no report leads with
        if f.qualifiers.get("extended"):
            key += "#extended"  # time added ("an extra six months if they fail to pay"), not the span
        for apart in ("several", "recalled", "margin"):
            if f.qualifiers.get(apart):
                # several people's (the lowest or the highest of them), an earlier occasion's
                end = f.qualifiers[apart]
                key += "#" + apart + (f":{end}" if isinstance(end, str) else "")
        if f.qualifiers.get("motion"):
            key += "#motion:" + f.qualifiers["motion"]  # an amendment's tally, not the motion's
        if f.qualifiers.get("candidate"):
            whose = f.qualifiers["candidate"]
            key += "#" + lex.candidates.get(whose, whose)
            regions = sorted(t for t in scope if t.startswith("p:"))
            if f.predicate in lex.per_candidate and regions and not whose.startswith(PLACE_CANDIDATE):
                key += "#in:" + ",".join(regions)  # Scotland's share of the vote, not the country's
        elif f.qualifiers.get("margin"):
            pass  # (a margin between candidates, keyed apart above: no one's share)
        elif f.predicate in lex.per_candidate and event in lex.motions and f.value.get("unit") == "percent":
            # a motion's share told alone ("by 8,435 votes to 90, or 99%", «با ۹۹ درصد آرا … تصویب
            # کردند»): the share that carried it
            key += "#side:for"
        elif f.predicate in lex.per_candidate and asked != "threshold":
            key += "#?" + f.id  # whose share it is was not read: compared with nothing
            # (a bar to clear, "the 200 votes needed", is the motion's, no candidate's)
        when = f.time or {}
        day = lex.event_dates.get(event)
        if when.get("latest") and day and when["latest"] < day:
            # "240 seats, down from 303 in 2019": a figure of an earlier time, compared only with
            # the figures other reports give for that time.
            key += f"#t:{when['earliest']}:{when['latest']}"
        elif f.predicate in lex.cumulative and when.get("precision") == "day" and reported:
            # a running count given on a day before the report's ("up from 112 on Sunday"): it is
            # that day's count, as a report of that day would give it
            told = date.fromisoformat(when["latest"])
            if not when.get("told") and when["latest"] == day:
                # (but the occasion's own day dates the occasion: «تحطمت … يوم الجمعة ٢٢ مايو … ما
                # أسفر عن مقتل ٩٧» in June is the count as known then, once it has settled)
                told += timedelta(days=_COUNTING_DAYS)
            reported = min(reported, told)
        return Keyed(
            f, key, _klass(f, lex), lang, scope, frozenset(), reported, f.confidence, scale=_scale(f, lex)
        )
    if f.subject.get("kind") == "place":
        # (what holds a place: keyed on the place, by its id or its skeleton)
        key = f"{f.predicate}@{f.subject['id']}"
        return Keyed(
            f, key, _klass(f, lex), lang, scope, frozenset(), reported, f.confidence, scale=_scale(f, lex)
        )
    if f.qualifiers.get("unnamed"):
        # (one of several people's ages a sentence gives without their names: compared with none)
        return Keyed(
            f, f"{f.predicate}#{f.id}", _klass(f, lex), lang, scope, frozenset(), reported, f.confidence
        )
    # (a happening's word is what a bare date is of: "arrested on Dec. 11", "pleaded guilty on March
    # 12"; a predicate of its own carries it otherwise)
    tokens = frozenset(
        t
        for t in f.subject.get("tokens") or ()
        if t.startswith("c:")
        and (t not in lex.verbal or (f.predicate == _BARE_DATE and t in lex.dated_verbal))
    )
    if tokens & lex.goods and f.value.get("kind") == "percent":
        # ("gas prices rose 128.9%": the rise of gas's price, not of prices at large; a count of
        # barrels beside "oil prices" keeps its words)
        tokens = frozenset(t for t in tokens if t in lex.goods or lex.measures.get(t) != _PRICES)
    # (a short skeleton, which must be equal to meet, with its alternate classes too: "Chauvin"
    # (jn) as «شووین» (xn) writes it, and «شوفین» with the f that stands for a v no skeleton
    # keeps; a longer one meets by likeness, and its readings would meet others': Kurmasheva and
    # Krasikov)
    matcher = matcher_of(ctx.rules)
    given = _readings(ctx, matcher, [f.qualifiers["given"]]) if f.qualifiers.get("given") else frozenset()
    names = _readings(ctx, matcher, [t[2:] for t in f.subject.get("tokens") or () if t.startswith("n:")])
    anchors = frozenset(f.subject.get("anchors") or ())
    return Keyed(
        f,
        "",
        _klass(f, lex),
        lang,
        # (a named person's age is that person's wherever the reports are about: the countries an
        # article names most, Bosnia for one and the Netherlands for another, keep none apart)
        widen(ctx.rules, scope or (frozenset() if names and f.predicate in lex.per_person else topic)),
        tokens,
        reported,
        f.confidence,
        names,
        anchors,
        _kinds(frozenset(lex.measures[t] for t in tokens if t in lex.measures)),
        terms=frozenset("m:" + lex.measures[t].split(".")[0] if t in lex.measures else t for t in tokens),
        scale=_scale(f, lex),
        periods=tokens & lex.periods,
        markets=tokens & lex.markets,
        given=given,
    )


# Given names whose skeletons are this unlike are two names, not two spellings of one («برابوو»
# and «پرابوو» are one).
_GIVEN_APART = 50


def _readings(ctx, matcher, words: list[str]) -> frozenset[str]:
    """The consonant skeletons of names, with a Latin name's other reading ("Srettha" as «سريثا»
    srs and as «سرتا» srt) and a short skeleton's alternate classes."""
    return frozenset(
        reading
        for w in words
        for spelt in ((w, reread(w, ctx.rules)) if is_latin(w) else (w,))
        for sk in skeleton_tokens([spelt], ctx.rules)
        if len(sk) >= _SKELETON_MIN
        for reading in (matcher.readings(sk) if len(sk) <= _EXACT_SKELETON else (sk,))
        if len(reading) >= _SKELETON_MIN
    )


def similar(a: Keyed, b: Keyed) -> bool:
    """Two concept frames speak of one thing (see the module docstring)."""
    if not comparable(a, b):
        return False
    preds = {a.frame.predicate, b.frame.predicate}
    if a.anchors & b.anchors:
        return True  # the same figure or day beside both: one fact («… ۳۵ میلیارد دلاری … ۴ اسفند»)
    return _same_subject(a, b, preds)


def _by_then(floating: Keyed, current: Keyed) -> bool:
    """The period of the newest figure began by the time the undated one was reported: a monthly
    wage "of about $37" in a report of November 2012 is no wage set from 1 December 2013."""
    start = (current.frame.time or {}).get("earliest")
    return floating.reported is None or not start or date.fromisoformat(start) <= floating.reported


def comparable(a: Keyed, b: Keyed) -> bool:
    """Nothing but their subjects keeps two concept frames apart: one class, both asked for or
    neither, one kind of date, no disjoint scope, time or measure.

    A figure one report dates and another gives undated may be of two times, unless it is the very
    same figure: "$209 billion in assets at the end of 2022" and «دارایی‌های آن ۲۰۹ میلیارد دلار
    بود» are one fact (an equal value can only agree)."""
    if a.klass != b.klass or a.apart != b.apart:
        return False
    if a.given and b.given and all(fuzz.ratio(x, y) < _GIVEN_APART for x in a.given for y in b.given):
        return False  # ("Shehbaz Sharif, 72" and "Nawaz Sharif, 74": two people of one surname)
    oa, ob = a.frame.qualifiers.get("ordinal"), b.frame.qualifiers.get("ordinal")
    if oa and ob and oa != ob:
        return False  # the first blast's energy is not the second's
    sides = {str(k.frame.qualifiers.get("candidate") or "") for k in (a, b)}
    if len(sides) > 1 and any(x.startswith("side:") for x in sides):
        return False  # "10 to 1": the votes for a motion and those against it are two counts
    preds = {a.frame.predicate, b.frame.predicate}
    if a.klass == "date" and len(preds - {"dated"}) > 1:
        return False  # a start, an end and a signing of one thing are different facts
    if preds == {"founded", "dated"} and _news_and_past(a, b):
        # (a founding of long ago is no day of the news: "agreed on Monday, December 18 to buy the
        # Pittsburgh-based company" against "founded in 1901"; a stay "since February 14" is, and so
        # is a term begun three years before, "took office in July 2019")
        return False
    if a.scope and b.scope and not (a.scope & b.scope):
        return False
    ta, tb = a.frame.time, b.frame.time
    ma, mb = _month(a.frame), _month(b.frame)
    if ma and mb and ma != mb:
        return False  # («٥٫٢ في المئة في يوليو» of an undated report is not June's 5.7%)
    if (
        (ta is None) != (tb is None)
        and not (ma and ma == mb)
        and not (
            (a.floating and b.current and _by_then(a, b)) or (b.floating and a.current and _by_then(b, a))
        )
        and not _dated_beside(a, b)
        and not _said_that_day(a, b)
        and not _same_figure(a, b)
    ):
        return False
    if ta and tb and (ta["latest"] < tb["earliest"] or tb["latest"] < ta["earliest"]):
        return False
    if ta and tb and _spans_apart(a, b):
        return False  # (a rate of 2023, 211.4%, is not one of its months, 12.8% in November)
    # Inflation is not the interest rate, nor the deposit rate the lending rate, whatever else the
    # clauses share; "the interest rate" may be either. A monthly rise is not an annual one.
    if a.measures and b.measures and not _measures_meet(a.measures, b.measures):
        return False
    if a.periods and b.periods and not a.periods & b.periods:
        return False  # the economy's fall in the fourth quarter is not its fall in the third
    if a.markets != b.markets:
        return False  # the dollar on the parallel market is not the dollar at the banks
    # (a rate that names no period is over a year, as headline rates are)
    ba, bb = (a.terms & _BASES) or _ANNUAL, (b.terms & _BASES) or _ANNUAL
    return bool(ba & bb)


def _news_and_past(a: Keyed, b: Keyed) -> bool:
    """One frame's date lies within a year before its report (the news's own time) and the other's
    decades before its own: no slip of a year or three makes one the other."""
    return (_since_report(a, _NEWS_DAYS) and _before_report(b, _PAST_DAYS)) or (
        _since_report(b, _NEWS_DAYS) and _before_report(a, _PAST_DAYS)
    )


def _since_report(k: Keyed, days: int) -> bool:
    latest = k.frame.value.get("latest")
    return bool(k.reported and latest and latest >= (k.reported - timedelta(days=days)).isoformat())


def _before_report(k: Keyed, days: int) -> bool:
    latest = k.frame.value.get("latest")
    return bool(k.reported and latest and latest < (k.reported - timedelta(days=days)).isoformat())


_NEWS_DAYS = 365
_PAST_DAYS = 20 * 365  # (two decades: further than any slip of a year)


def _spans_apart(a: Keyed, b: Keyed) -> bool:
    """Two percentages over periods of different lengths, a year's and a month's: a rate holds over
    its period, so a year's is no month's of it (a year that runs on, "since 2020", aside)."""
    if not all(k.frame.value.get("unit") in _RATE_UNITS for k in (a, b)):
        return False
    pa, pb = (k.frame.time.get("precision") for k in (a, b))
    if any(k.frame.time["latest"] >= _OPEN for k in (a, b)):
        return False
    return {pa, pb} == {"year", "month"}


_RATE_UNITS = ("percent", "percentage_point")


def _month(f) -> int | None:
    """The Gregorian month a figure is of: its time's, when that is one month, or the month with no
    year its clause names (``month``)."""
    t = f.time or {}
    if t.get("precision") == "month" and t.get("earliest", "")[:7] == t.get("latest", "")[:7]:
        return int(t["earliest"][5:7])
    return f.qualifiers.get("month")


def _parallel_fit(a: Keyed, b: Keyed, types: dict) -> bool:
    """Frames at the same place of two parallel reports compare unless something keeps them
    apart, their named subjects included: Bawumia's age is not Mahama's. A bare date and a start
    are two steps of one story unless their subjects meet: the ship docked in 2013, the cargo it
    brought was stored from 2014."""
    preds = {a.frame.predicate, b.frame.predicate}
    if a.klass == "date" and len(preds) > 1 and not _same_subject(a, b, preds):
        return False
    if _occasions_apart(a, b, types):
        return False
    return comparable(a, b) and not (a.names and b.names and not _names_meet(a, b))


def _occasions_apart(a: Keyed, b: Keyed, types: dict) -> bool:
    """Frames of occasions of two families, neither a part of the other's (rules/events): the day
    Trudeau announced his resignation and the day Carney was sworn in, each the only date left in
    two parallel sentences, are two facts (but an abduction and the raid it was are one)."""
    sa, sb = a.frame.subject, b.frame.subject
    if not sa.get("kind") == sb.get("kind") == "event":
        return False
    ta, tb = sa.get("type"), sb.get("type")
    family = (types.get(ta) or {}).get("family", ta), (types.get(tb) or {}).get("family", tb)
    return family[0] != family[1] and not part_of(types, ta, tb)


def _names_meet(a: Keyed, b: Keyed) -> bool:
    return any(_same_name(x, y) for x in a.names for y in b.names)


def _kinds(families: frozenset[str]) -> frozenset[str]:
    """A clause that names a kind of a family ("interest.deposit") is about that kind, not the
    family at large ("the interest rate on overnight deposits")."""
    return frozenset(f for f in families if not any(o.startswith(f + ".") for o in families))


def _measures_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some family in common, or one side names a family the other's kinds belong to (a clause of
    the deposit rate against one of "interest rates" that also names the pound)."""
    if a & b:
        return True

    def parents(xs: frozenset[str]) -> frozenset[str]:
        return frozenset(x.rsplit(".", 1)[0] for x in xs if "." in x)

    return bool(a & parents(b) or b & parents(a))


def _said_that_day(a: Keyed, b: Keyed) -> bool:
    """One figure dated the day both reports came out, the other undated: «صبح جمعه» in a report
    of Friday is the «صباح اليوم» of another report of that day. So too a day before the undated
    report came out, in a report of that day or the next: "temperatures that peaked at 51.8"
    in a report of Tuesday is the 51.8 another gives for Monday."""
    timed, other = (a, b) if a.frame.time else (b, a)
    t = timed.frame.time or {}
    if timed.reported is None or other.reported is None or t.get("earliest") != t.get("latest"):
        return False
    day = t.get("earliest") or ""
    near = {(timed.reported - timedelta(days=k)).isoformat() for k in range(_SAID_DAYS + 1)}
    return day in near and 0 <= (other.reported - date.fromisoformat(day)).days <= _SAID_DAYS


_SAID_DAYS = 1  # a day this close before both reports is the day an undated figure tells of


def _dated_beside(a: Keyed, b: Keyed) -> bool:
    """One frame holds at a date that stands beside the other too: "a $35 billion deal signed on
    February 23" (the signing owns the date) and «قراردادی ۳۵ میلیارد دلاری … در ۴ اسفند»."""
    timed, other = (a, b) if a.frame.time else (b, a)
    t = timed.frame.time or {}
    return f"d:{t.get('earliest')}:{t.get('latest')}" in other.anchors


def _same_subject(a: Keyed, b: Keyed, preds: set[str]) -> bool:
    if a.people and b.people and not (a.people & b.people):
        return False  # (two bare dates of sentences about different people)
    if bool(a.people) != bool(b.people) and len(preds) > 1:
        return False  # (a bare date of a person's sentence is no founding told of no one)
    named, other = (a, b) if a.people else (b, a)
    if (
        named.people
        and not other.people
        and named.frame.qualifiers.get("since")
        and not other.frame.qualifiers.get("since")
    ):
        # (nor a start of a person's sentence, «زوما، الذي حكم البلاد من ٢٠٠٩ حتى ٢٠١٨», his
        # term, a founding another report tells of no one: "the inquiry was set up in 2018")
        return False
    if a.names and b.names:
        # Named subjects («شرکت «یتی»», "Yeti Airlines", «شركة "يتي"») meet by their names' skeletons.
        return _names_meet(a, b)
    if (
        preds <= {"founded", _BARE_DATE}
        and bool(a.frame.qualifiers.get("since")) != bool(b.frame.qualifiers.get("since"))
        and a.frame.value.get("precision") != b.frame.value.get("precision")
    ):
        # (a start told by "since" alone and to the month, «مجموع افزایش نرخ بهره از مارس ۲۰۲۲
        # تاکنون», is when something began going on, no founding another report tells by its word
        # and year, «المجلس، الذي تأسس عام 1913»; but "the commission's work since 1993" and "the
        # committee first began work in 1993" are one; nor a bare date of a happening, "failed runs
        # in 2008", against Kishida's time «في السلطة منذ تشرين الأول/أكتوبر ٢٠٢١»)
        return False
    if (a.names or b.names) and all(k.frame.subject.get("own") or "id" in k.frame.value for k in (a, b)):
        # ("Signature Bank, which had $110.4 billion in assets" and «دارایی‌های آن ۲۲۹٫۱ میلیارد دلار»:
        # one body's assets named, the other's left to the story; not known to be one body's. So
        # too where a body is based: "New York-based Signature Bank" and «ومقره مدينة سان فرانسيسكو»)
        return False
    if (
        preds <= _STORY_BODY
        and a.story is not None
        and a.story == b.story
        and not a.names
        and not b.names
        and not any(k.frame.qualifiers.get("since") for k in (a, b))
        and (preds == {"headquarters"} or not (a.terms and b.terms))
        and (preds == {"headquarters"} or not (_recent_day(a) or _recent_day(b)))
    ):
        # (where the story's body is based, named by neither: «این شرکت مستقر در کوپرتینو» and
        # "The chipmaker, headquartered in Santa Clara", whatever else each clause says; and when it
        # was founded, where one clause names nothing but the founding: «المصرف، الذي تأسس عام 1985»)
        return True
    if a.frame.qualifiers.get("ordinal") and a.frame.qualifiers.get("ordinal") == b.frame.qualifiers.get(
        "ordinal"
    ):
        return True  # "the second (explosion) … 21 tonnes" and «والثاني بما يعادل 21 طنا»: one count of one thing
    if _one_place_listed(a, b):
        # (items of two lists about one place — "India 26%" and «هند ۲۷ درصد»: the place, the unit and
        # the measure say what is counted; the list's other words, «واردات» or "European Union",
        # are its sentence's, not the item's)
        return True
    if a.terms and b.terms:
        if a.terms != b.terms and not (a.terms & b.terms) - _BASES:
            # (a period shared, "annual", says nothing of what is measured: the 2% inflation
            # target is not 5.28% annual pay rises; the very same terms still meet)
            return False
        shared = len(a.terms & b.terms)
        # A generic predicate (a bare date, a count of things) says little of what it is about:
        # its subject must share two concepts, or be the very same set.
        generic = bool(preds & _GENERIC)
        # (items of two lists about one place: "Kuwait 128,000 bpd" and «کویت ۱۳۸ هزار بشکه» —
        # the place and the unit say what is counted, one shared concept what happened to it)
        need = 2 if generic and a.terms != b.terms and not _one_place_listed(a, b) else 1
        return shared >= need and shared / min(len(a.terms), len(b.terms)) >= _CONCEPT_SHARE
    if _listed_alike(a, b):
        return True
    if a.concepts or b.concepts or a.language != b.language:
        return False
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and 2 * len(wa & wb) / (len(wa) + len(wb)) >= _FUZZY_MIN


# Predicates of the body a story is about, which a report may leave unnamed ("the bank"): two such
# frames that name no body are about the story's one.
_STORY_BODY = frozenset({"headquarters", "founded"})


def _recent_day(k: Keyed) -> bool:
    """A day within a year of the report: what began then ("Jury selection began on April 15,
    2024") is no founding of the body the story is about, whose date a report may leave unnamed."""
    v = k.frame.value
    if v.get("precision") != "day" or k.reported is None or not v.get("earliest"):
        return False
    return (k.reported - date.fromisoformat(v["earliest"])).days < _RECENT_DAYS


_RECENT_DAYS = 366


def _read_alike(matcher, x: str, ys: tuple[str, ...]) -> bool:
    """Skeleton ``x`` and one of ``ys`` name one person once an alternate class is read: equal
    readings where a skeleton is short ("Nawrocki" nrk = «ناوروتسکی» nrtsk, its ts read k), else as
    alike as a surname must be."""
    xs = set(matcher.readings(x))
    for y in ys:
        if xs & set(matcher.readings(y)):
            return True
        if min(len(x), len(y)) >= _EXACT_SKELETON and matcher.skeletons(x, y) >= matcher.surname_min:
            return True
    return False


def _same_name(x: str, y: str) -> bool:
    if _same_skeleton(x, y):
        return True
    # (the Arabic article kept on one side: «الصباح» against "al-Sabah", read as "Sabah")
    return any(
        a[:1] == "l" and b[:1] != "l" and len(a) > _SHORT_SKELETON and _same_skeleton(a[1:], b)
        for a, b in ((x, y), (y, x))
    )


def _same_skeleton(x: str, y: str) -> bool:
    if min(len(x), len(y)) < _EXACT_SKELETON:
        return x == y
    return fuzz.ratio(x, y) >= _SKELETON_RATIO


def _words(k: Keyed) -> frozenset[str]:
    return frozenset(w for w in (k.frame.subject.get("words") or "").split() if len(w) > 2)


def _listed_alike(a: Keyed, b: Keyed) -> bool:
    """Items of two lists about one place, one of them naming no concept: "Kuwait 128,000 bpd" and
    «والكويت ١٢٨ ألف برميل يوميا». The place, the unit and the period say what is counted."""
    return not (a.terms and b.terms) and _one_place_listed(a, b)


def _one_place_listed(a: Keyed, b: Keyed) -> bool:
    """Both are items of lists (``listed``), about the same place."""
    return all(k.frame.qualifiers.get("listed") for k in (a, b)) and (
        a.frame.qualifiers.get("scope") == b.frame.qualifiers.get("scope")
    )


def _pairs(frames: list[Keyed]) -> list[tuple[Keyed, Keyed]]:
    """Candidate pairs of concept frames from different articles, blocked on shared concepts."""
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, k in enumerate(frames):
        for t in k.terms or {f"w:{w}" for w in _words(k)}:
            postings[(k.klass, t)].append(i)
        if k.frame.qualifiers.get("listed"):
            postings[(k.klass, "s:" + ",".join(k.frame.qualifiers.get("scope") or ()))].append(i)
        if k.frame.qualifiers.get("ordinal"):
            postings[(k.klass, "o:" + k.frame.qualifiers["ordinal"])].append(i)
        for sk in k.names:
            postings[(k.klass, "n:" + sk[:1])].append(i)
            if sk[:1] == "l" and len(sk) > _SHORT_SKELETON:
                postings[(k.klass, "n:" + sk[1:2])].append(i)  # (see _same_name)
        for an in k.anchors:
            postings[(k.klass, an)].append(i)
        if k.frame.predicate in _STORY_BODY and not k.names:
            postings[(k.klass, "story-body")].append(i)
    # (the pairs tested, each as one int: a set of hundreds of thousands of (i, j) tuples was the
    # largest thing alignment held)
    seen: set[int] = set()
    n = len(frames)
    out = []
    for ids in postings.values():
        if len(ids) > _MAX_POSTING:
            continue
        for i, j in combinations(ids, 2):
            a, b = frames[i], frames[j]
            if i * n + j in seen or a.frame.article == b.frame.article:
                continue
            seen.add(i * n + j)
            if similar(a, b):
                out.append((a, b))
    return _best_partners(out)


def _sole_in_story(keyed: list[Keyed]) -> list[tuple[Keyed, Keyed]]:
    """Pairs of concept frames from two reports of one story, each the only figure of its class
    and unit in its report: "the train had covered about 400 km" and «قطار حدود ۶۰۰ کیلومتر …
    پیموده بود» are the one distance both reports give, whatever other words each puts around
    it. A figure repeated (a headline and its body) counts once. Everything else ``comparable``
    requires still holds, and the subjects must meet (``_subjects_meet``); ``findings`` judges
    such a pair as a possible conflict (a warning), like every concept pair."""
    by: dict[tuple[str, ...], dict[str, list[Keyed]]] = defaultdict(lambda: defaultdict(list))
    for k in keyed:
        unit = k.frame.value.get("unit")
        if k.key or k.story is None or not unit or k.frame.qualifiers.get("listed"):
            continue
        by[(k.story, k.klass)][k.frame.article].append(k)
        if not k.klass.endswith(":" + unit):
            # (and the one of its own kind of a class, "137 officers" and «137 شرطيا» among the
            # reports' counts of people: a unit finer than its class says what is counted)
            by[(k.story, k.klass, unit)][k.frame.article].append(k)
    # (a pair both groupings give, once)
    return list({(a.frame.id, b.frame.id): (a, b) for a, b in _sole_pairs(by, _subjects_meet)}.values())


def _sole_pairs(by: dict, meet) -> list[tuple[Keyed, Keyed]]:
    """Of each group's articles, those that give it one figure only (the first frame of it), paired
    across articles where ``comparable`` and ``meet`` allow; a group of more than ``_SOLE_MAX``
    articles pairs none (an archive's story of many reports: its figures meet by their subjects)."""
    out = []
    for _, arts in sorted(by.items()):
        sole = [
            min(ks, key=lambda k: k.frame.id)
            for _, ks in sorted(arts.items())
            if len({_figure(k) for k in ks}) == 1
        ]
        if len(sole) <= _SOLE_MAX:
            out.extend((a, b) for a, b in combinations(sole, 2) if comparable(a, b) and meet(a, b))
    return out


def _sole_in_scope(keyed: list[Keyed]) -> list[tuple[Keyed, Keyed]]:
    """Pairs of concept frames from two reports of one story, each the only figure of its class,
    unit and period that its report gives for one place: "Saudi Arabia … will cut 500,000 bpd" and
    «سهم عربستان ۵۰۰ هزار بشکه در روز است» are the one Saudi figure both give, whatever other words
    each clause holds. The place must be named by the clause itself (not the article's countries
    standing in), and everything ``comparable`` requires still holds; subjects that both name
    concepts share one, and bodies named on both sides meet. ``findings`` judges such a pair as a
    possible conflict (a warning), like every concept pair."""
    by: dict[tuple, dict[str, list[Keyed]]] = defaultdict(lambda: defaultdict(list))
    for k in keyed:
        q = k.frame.qualifiers
        scope = tuple(sorted(x for x in q.get("scope") or () if x.startswith(("cc:", "p:"))))
        if k.key or k.story is None or not k.frame.value.get("unit") or not scope:
            continue
        # (an item of a list too: "Kuwait 128,000 barrels", «کویت ۱۲۸ هزار بشکه»; ``comparable``
        # still keeps a figure per day apart from one with no period)
        by[(k.story, k.klass, k.frame.value.get("unit"), str(q.get("per") or ""), scope)][
            k.frame.article
        ].append(k)
    return _sole_pairs(by, _scoped_meet)


def _scoped_meet(a: Keyed, b: Keyed) -> bool:
    if a.terms and b.terms and not (a.terms & b.terms) - _BASES:
        return False
    return not (a.names and b.names) or _names_meet(a, b)


def _figure(k: Keyed) -> tuple:
    v = k.frame.value
    return (v.get("low"), v.get("high"), v.get("unit"), v.get("hedge"))


def _subjects_meet(a: Keyed, b: Keyed) -> bool:
    """Two subjects that name no concept or share one (beyond a period), and that both name no body
    or name bodies whose names meet. A subject that names a concept the other lacks may be of
    another thing: "the pound plunged more than 10%" is not the 62% of Scots who voted to remain."""
    if (a.terms or b.terms) and not (a.terms & b.terms) - _BASES:
        return False
    # (one subject's body named, the other's not: "Signature Bank, which had $110.4 billion in
    # assets" is not the story's bank, «دارایی‌های آن»)
    return _names_meet(a, b) if a.names or b.names else True


def _affinity(a: Keyed, b: Keyed) -> tuple[int, float]:
    """How closely two similar frames share a subject: a shared anchor or name first, then the
    share of their concepts (or plain words) in common."""
    if a.anchors & b.anchors or (a.names and b.names):
        return (1, 1.0)
    x, y = (a.terms, b.terms) if a.terms and b.terms else (_words(a), _words(b))
    return (0, len(x & y) / len(x | y) if x | y else 0.0)


def _same_figure(a: Keyed, b: Keyed) -> bool:
    va, vb = a.frame.value, b.frame.value
    return "low" in va and all(va.get(k) == vb.get(k) for k in ("low", "high", "unit", "iso"))


def _best_partners(pairs: list[tuple[Keyed, Keyed]]) -> list[tuple[Keyed, Keyed]]:
    """The pairs in which each frame is among the closest the other article offers it.

    A sentence that lists two dated things ("a security pact signed in 2001 and a trade agreement
    in 1998") gives each article two frames with overlapping concepts. Every cross pair is similar,
    but the 1998 of one report is the other's trade agreement, not its security pact. A pair is
    dropped when each of its frames has a closer partner in the other's article (ties are all
    kept); a headline that restates a figure with fewer words still meets the body's figure."""
    # (each pair's score as one float, in the order of the (rank, share) it stands for, held as an
    # array: a tuple per pair was the largest thing alignment built)
    best: dict[tuple[str, str], float] = {}
    # Two frames that each meet their very figure in the other's article are two facts, each
    # matched there: "reopen embassies within two months … after four days of talks" against
    # «پس از چهار روز گفت‌وگو … ظرف دو ماه»: four days is not the other's two months, however
    # alike the clauses. (A changed figure meets no equal, so its pairs stay.)
    matched: set[tuple[str, str]] = set()
    scores, sames = array("d"), bytearray()
    for a, b in pairs:
        rank, share = _affinity(a, b)
        score, same = 2.0 if rank else share, _same_figure(a, b)
        scores.append(score)
        sames.append(same)
        ab, ba = (a.frame.id, b.frame.article), (b.frame.id, a.frame.article)
        for slot in (ab, ba):
            if score > best.get(slot, -1.0):
                best[slot] = score
        if same:
            matched.update((ab, ba))
    out = []
    for (a, b), score, same in zip(pairs, scores, sames, strict=True):
        ab, ba = (a.frame.id, b.frame.article), (b.frame.id, a.frame.article)
        if (score >= best[ab] or score >= best[ba]) and (same or ab not in matched or ba not in matched):
            out.append((a, b))
    out.sort(key=lambda p: (p[0].frame.id, p[1].frame.id))
    return out
