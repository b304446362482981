"""Claims → frames: predicate(subject) = value, with time, place, scope and source.

«بیش از ۱۲۰ نفر کشته» in a report of a quake is ``killed(event) = (120, ∞)``; «کمیته‌ای که … در
سال ۱۹۹۳ آغاز به کار کرده بود» is ``founded({committee}) = 1993``. The predicate comes from the
number's unit («ریشتر», "injured") or from the trigger words nearest the value in its sentence
(``rules/predicates``); the subject is the event mention the value belongs to, or the lexicon
concepts, countries and places of the value's own clause. Speakers, roles, cited outlets,
reporting verbs and other values never enter a subject.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise

from checker.extract.base import (
    CLAUSE_END,
    LAST_WORD,
    NEXT_WORD,
    RECENT_DAYS,
    Doc,
    dated_line,
    is_dateline,
    name_after_year,
    one_word_apart,
    yearless_day,
)
from checker.extract.frame_lists import Item, list_items
from checker.extract.frame_tables import ROUTE_REACH, FrameTables, offset_after, spoken_by
from checker.extract.lexicon import Table, squash
from checker.extract.people_names import TOKEN
from checker.extract.places import name_of_another
from checker.extract.places_unlisted import fa_common, place_key_by
from checker.model import DISTINCT_ORDINALS, PLACE_CANDIDATE, Claim, Frame, Mention, reads_as_year
from checker.normalize import fold
from checker.normalize.translit import skeleton_by

# A clause ends at punctuation; a dot ends it unless it is a decimal point.
_COMPOUND = re.compile(r"\w-\w")  # "one-week", "10-year": a number and its unit as one adjective
_CLAUSE_END = CLAUSE_END
_WORD = re.compile(r"[^\W\d_]{2,}")
# How far (characters) a trigger word may stand from the value it names.
_TRIGGER_REACH = 60
_MAGNITUDE_MAX = 10
_DESCRIPTIVE_MAX = 2
_POPULATION_REACH = 12
_FAR = 10_000
# A relative pronoun or object marker this many words or fewer past a figure is about the figure's
# own noun ("104 people who were rescued", «۱۱ نفر را»); further on, about another noun.
_ATTACHED_WORDS = 2
# A word before a value with a clause mark between counts as this much further off: «پزشکی که به
# نجات‌یافتگان رسیدگی کرده، گفته است همه آنها از حدود ۷۵۰ سرنشین سخن گفته‌اند» counts those aboard.
_CLAUSE_GAP = _TRIGGER_REACH
# An outcome word this near a count of those aboard makes it that outcome ("killing all 167 people
# aboard", «همه ۷۲ سرنشین کشته شدند», «شمار کشته‌شدگان برخورد قطارها … ۴۳ نفر»).
_YIELD_REACH = 40
_BESIDE = 12  # characters between two trigger words that read as one phrase ("trapped underground")
# How far from a date the words of an act done to a person («بازداشت», "detained") and the person
# named before may stand (characters).
_ACT_REACH = 40
# How far after an occasion word a since word makes it a superlative's measure, not the occasion.
_SINCE_REACH = 32
# Words between a figure and a relative pronoun that still make the relative clause the figure's
# own noun's ("2 million bpd that …": none; "tonnes of nitrate that …": another noun's).
_OWN_RELATIVE_WORDS = 0
_CLAUSE_MARKS = re.compile(r"[،,;؛:]")
# A clause's mark or a sentence's end between two words (not CLAUSE_END: a bracket or a quote may hold
# the very word a figure measures, «تورم "هسته"»).
_MARKED = re.compile(r"[،,;؛:.!?؟]")
_TWIN_GAP = 8  # characters between two dates side by side that may be one date in two calendars
_TWIN_NEAR = 3  # frames on each side looked at for a calendar twin
_ANCHOR_REACH = 160
_ANCHOR_MIN = 10
_ANCHOR_COUNTED_MIN = 4  # … and above this for a count of things (teams, devices, buildings)
_QUOTED = re.compile(r"[«\"“]([^»\"”]{2,40})[»\"”]")
_NAME_REACH = 30
_NAME_WORDS = 3
# A date this long before the publication is an earlier occasion's, not the reported one's.
_RECALL_DAYS = 60
_HEADLINE_WORDS = 20
_STOPS = ".!?؟…:"
_EVENT_PLACES = 4  # places of one occasion compared (the most specific first)
_TOWNS = ("city", "village")  # places of these kinds hold no other town
_PERSON = ("person_role", "attendance")


_SCHEDULE_DAYS = 7  # days after the report in which a day named with its weekday is a schedule
_PAST_A_BREAK = 1_000  # characters added to the distance of an occasion named only past a clause mark


def _listed_alike(ctx, cs: list[Claim], triggers: dict, made: list[Frame]) -> list[Frame]:
    """A later list item of the first item's unit with no trigger in its own clause takes the first's
    predicate: «أحكام بالسجن 10 سنوات و14 عاماً و7 سنوات» are three sentences, not a sentence and two
    spans of time."""
    by_claim = {f.claims[0]: f for f in made if f.claims}
    out = list(made)
    for c in cs:
        item = ctx.items.get(c.id)
        head = by_claim.get(item.first) if item is not None and item.first else None
        own = by_claim.get(c.id)
        if (
            head is None
            or own is None
            or any(d < _CLAUSE_GAP for d, _ in triggers.get(c.id, []))  # (a trigger of its own clause)
            or own.predicate == head.predicate
            or own.value.get("unit") != head.value.get("unit")
        ):
            continue
        again = _quantity(ctx, c, [], head)
        if again is not None:
            out[out.index(own)] = again
    return out


def extract_frames(doc: Doc, claims: list[Claim], mentions: list[Mention], t: FrameTables) -> list[Frame]:
    """Frames of one article, in text order."""
    by_sentence: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[c.sentence].append(c)
    # A date two mentions share (a dispatch's dateline) dates the main occasion first.
    mention_of_date = {m.date: m for m in sorted(mentions, key=lambda m: m.main) if m.date}
    # An undated article is read against the newest date it gives.
    reference = doc.reference_date or max(
        (
            date.fromisoformat(c.value["latest"])
            for c in claims
            if c.type == "date" and c.value.get("latest") and not c.value.get("relative")
        ),
        default=None,
    )
    people = _surnames(doc, t, claims)
    full_names = tuple(
        sorted({fold(str(c.value["name"])) for c in claims if c.type in _PERSON and c.value.get("name")})
    )
    lead = _lead_people(doc, people)
    bench = _bench(t, claims)
    titled = _titled(doc, t, claims)
    out: list[Frame] = []
    days = _days_by_sentence(claims)
    sentences = [doc.norm.orig_span(*x) for x in doc.sentences]
    for sent, cs in sorted(by_sentence.items()):
        triggers, took = _assign_triggers(doc, t, sent, cs)
        ctx = _Sentence(doc, t, sent, cs, mentions, reference)
        ctx.day_before = _day_before(sentences, sent, days)
        ctx.carried = _carried(doc, sentences, sent, mentions)
        ctx.triggers = triggers
        ctx.took = took
        ctx.people = people
        ctx.full_names = full_names
        ctx.lead = lead
        ctx.bench = bench
        ctx.titled = titled
        ctx.items = list_items(ctx, cs, _folded(ctx))
        made = []
        elided = []
        for c in cs:
            if c.type == "date":
                made.extend(_date(ctx, c, triggers.get(c.id, []), mention_of_date.get(c.id)))
            elif c.type == "number" and c.id in ctx.items and ctx.items[c.id].donor:
                elided.append(c)  # a list item with no unit: read after the item it takes it from
            elif c.type == "number" and (f := _quantity(ctx, c, triggers.get(c.id, []))) is not None:
                made.append(f)
                made.extend(_whole_too(ctx, c, f, triggers.get(c.id, [])))
        for c in elided:
            donor = next((f for f in made if f.claims == (ctx.items[c.id].donor,)), None)
            if donor is not None and (f := _quantity(ctx, c, triggers.get(c.id, []), donor)) is not None:
                made.append(f)
        made = _listed_alike(ctx, cs, triggers, made)
        made.extend(_based(ctx, cs))
        made = _changed_to(ctx, sorted(_unnamed_ages(ctx, made), key=lambda f: (f.start, f.end, f.predicate)))
        made = _compared_with(ctx, made)
        out.extend(_anchor(doc, _pair_calendars(made, t.twin_dated), t.counted_units))
    out = _broken_down(doc, t, out)
    out = _headline_marked(doc, _restated(_headline_times(doc, t, out)))
    out.extend(_mention_frames(doc, t, mentions, claims))
    out.extend(_route_frames(doc, t, mentions, claims))
    out.extend(_located_frames(doc, claims))
    out.extend(_header_frames(doc, t, claims, mentions))
    return sorted(out, key=lambda f: (f.start, f.end, f.predicate, f.id))


class _Sentence:
    """What every frame of one sentence shares: its claims, mentions, source and blanked spans."""

    def __init__(
        self, doc: Doc, t: FrameTables, sent, claims: list[Claim], mentions: list[Mention], reference
    ):
        self.doc, self.t, self.sent, self.claims = doc, t, sent, claims
        lo, hi = sent  # original offsets, as claims carry them
        # Mentions with a trigger in this sentence that can be linked: the main one, or a dated one.
        self.mentions = [(_nearest(m.triggers, lo), m) for m in mentions if _linkable(m, lo, hi)]
        self.main = next((m for m in mentions if m.main), None)
        self.sources = [c for c in claims if c.type == "source" and c.value.get("relation") != "mentioned"]
        self.reference = reference
        self._dates: list[Claim] | None = None
        self._spans: list[tuple[int, int, Claim]] | None = None
        self._starts: list[int] = []
        self._longest = 0
        self._index: dict[str, int] = {}
        self._apart: int | None = None
        self.tokens: dict[tuple[int, int], tuple] = {}  # clause → subject tokens (values are blanked)
        self.own: dict[str, str | None] = {}  # number id → the measure named beside it (see _own_measure)
        self.triggers: dict[str, list[tuple[int, str]]] = {}  # value id → its triggers (see _assign_triggers)
        self.took: dict[str, set[str]] = {}  # value id → predicates whose words another number took
        self.people: tuple[str, ...] = ()  # the folded surnames of the people the article names
        self.full_names: tuple[str, ...] = ()  # the folded names of its person claims, whole
        self.lead: frozenset[str] = frozenset()  # … and of those its headline or first sentence names
        self.bench: frozenset[str] = frozenset()  # the folded words of its judges' names
        self.titled: tuple[tuple[int, str, str, str], ...] = ()  # see _titled
        self.items: dict[str, Item] = {}  # number id → what it takes from its list (see frame_lists)
        self.day_before: Claim | None = None  # the last day the sentence before it names
        # the occasions dated to a day that the last sentence before it (in its paragraph) naming
        # any occasion names (``_carried``)
        self.carried: list[Mention] = []

    def claims_within(self, lo: int, hi: int) -> list[Claim]:
        """The claims of the sentence that overlap folded ``[lo, hi)`` (a window of a dense
        sentence is read without walking every claim of it)."""
        if self._spans is None:
            n = self.doc.norm
            self._spans = sorted(
                ((n.norm_index(c.start), n.norm_index(c.end), c) for c in self.claims), key=lambda x: x[:2]
            )
            self._starts = [sp[0] for sp in self._spans]
            self._longest = max((e - s for s, e, _ in self._spans), default=0)
        k = bisect_left(self._starts, lo - self._longest)
        return [c for s, e, c in self._spans[k : bisect_left(self._starts, hi)] if e > lo]

    def dates(self) -> list[Claim]:
        """The sentence's dates in text order (computed once)."""
        if self._dates is None:
            self._dates = sorted((c for c in self.claims if c.type == "date"), key=lambda c: c.start)
            self._index = {c.id: i for i, c in enumerate(self._dates)}
        return self._dates

    def date_index(self, c: Claim) -> int:
        self.dates()
        return self._index[c.id]

    def dates_apart(self) -> int:
        """How many dates the sentence names, a date and its twin in another calendar counted once."""
        if self._apart is None:
            ds = self.dates()
            self._apart = sum(1 for i, c in enumerate(ds) if not (i and _twins(ds[i - 1], c)))
        return self._apart

    def source(self, c: Claim) -> tuple[str, ...]:
        if not self.sources:
            return ()
        near = min(self.sources, key=lambda s: (abs(s.start - c.start), s.start))
        return tuple(near.value.get("chain") or (near.value["source"],))

    def speaker(self) -> str | None:
        said = [c for c in self.claims if c.type in _PERSON]
        return said[0].id if said and any(s.value.get("relation") == "said" for s in self.sources) else None

    def event_for(self, predicate: str, at: int) -> Mention | None:
        """The mention a value of ``predicate`` belongs to: the nearest in its sentence, else the main one."""
        fits = [
            (self._occasion_distance(m, at) + (_PAST_A_BREAK if self._past_a_break(m, at) else 0), m.start, m)
            for _, m in self.mentions
            if predicate in (self.t.type_defs[m.type].get("roles") or ())
        ]
        m = self.main
        mine = m is not None and predicate in (self.t.type_defs[m.type].get("roles") or ())
        if fits:
            near = min(fits, key=lambda f: f[:2])[2]
            if mine and not near.main and self._facet_of_main(near, m):
                return m  # ("Gunmen … set fire to the hall …, injuring more than 100": the attack's)
            # (an occasion named before its figures holds them all: "In the first round, turnout
            # was 73.7 percent, and Macron led with 27.85 percent")
            before = any(p < at and not self._measured_from(p) for p in self._in_sentence(near))
            if near.main or before or not self._figure_between(at, near):
                return near
            # "121 seats, compared with 365 in the 2019 election": the figure before the other is
            # the reported occasion's, whatever the sentence recalls
            return m if mine else None
        if mine:
            return None if self.recalls() else m
        # (a sentence that names no occasion goes on with the one before it: "The Sewol capsized
        # … on the morning of April 16 … . Of the 476 people on board, 325 were students …", in a
        # report of the captain's trial)
        if not self.mentions:
            return next(
                (
                    x
                    for x in reversed(self.carried)
                    if predicate in (self.t.type_defs[x.type].get("roles") or ())
                ),
                None,
            )
        return None

    def _past_a_break(self, m: Mention, at: int) -> bool:
        """Every word that names ``m`` in the sentence comes after the figure at ``at`` and a
        clause mark between: in "a blaze … killed at least 67 people, and in June 2010 a fire …
        killed more than 120", the 67 is the blaze's, though "fire" stands nearer."""
        words = self._in_sentence(m)
        return (
            bool(words)
            and words[0] > at
            and _CLAUSE_MARKS.search(self.doc.article.text, at, words[0]) is not None
        )

    def _occasion_distance(self, m: Mention, at: int) -> int:
        """How far ``at`` is from the words that name ``m``, leaving out a word a superlative
        measures from («الأدنى في انتخابات رئاسية منذ ثورة 1979»: elections at large, not this one)."""
        kept = [p for p in self._in_sentence(m) if not self._measured_from(p)]
        return min((abs(p - at) for p in kept), default=_FAR + _nearest(m.triggers, at))

    def _facet_of_main(self, other: Mention, main: Mention) -> bool:
        """An occasion word after the main occasion's in its sentence, neither told apart (a
        second quake, the first round) nor dated otherwise, is a facet of it: "Gunmen attacked …
        and set fire to the building, killing …"."""
        if other.ordinal in DISTINCT_ORDINALS or (
            main.earliest and other.earliest and main.earliest != other.earliest
        ):
            return False
        pub = self.doc.reference_date
        if (
            not main.earliest
            and other.latest
            and pub
            and (
                date.fromisoformat(other.latest) < pub - timedelta(days=_RECALL_DAYS)
                or date.fromisoformat(other.earliest).year > pub.year
            )
        ):
            # (an undated occasion's sentence that recalls one of 2014: "… killed 146 people in
            # 2014"; or, with a slip, of a year after the report's: "surpassed the 2025 Camp Fire")
            return False
        own = [p for p in self._in_sentence(main) if not self._measured_from(p)]
        theirs = self._in_sentence(other)
        return bool(own and theirs) and min(own) < min(theirs)

    def _in_sentence(self, m: Mention) -> tuple[int, ...]:
        """The positions of ``m``'s words in this sentence."""
        lo, hi = self.sent
        return m.triggers[bisect_left(m.triggers, lo) : bisect_left(m.triggers, hi)]

    def _measured_from(self, p: int) -> bool:
        n = self.doc.norm
        x = n.norm_index(p)
        return (
            next(
                iter(self.t.since_words.find(self.doc.text, x, min(len(self.doc.text), x + _SINCE_REACH))),
                None,
            )
            is not None
        )

    def compared_before(self, d: Claim, after: int = -1) -> bool:
        """A figure compared with ("down from 365", "compared with 67.3%", «مقارنة بـ365») stands
        before the date ``d`` (and after ``after``): the date is that figure's ("… in the 2019
        election"), not the news'."""
        return any(
            o.type == "number" and after < o.start < d.start and _from_word_before(self, o)
            for o in self.claims
        )

    def _figure_between(self, at: int, m: Mention) -> bool:
        """Another figure of the same unit stands between ``at`` and ``m``'s trigger: in "49.8
        percent, against 48.8 percent in the previous election" only the second is the earlier
        election's (while "the second quake, some 9 hours later, was 7.6" is the second quake's)."""
        unit = next((c.value.get("unit") for c in self.claims if c.type == "number" and c.start == at), None)
        i = bisect_left(m.triggers, at)
        near = min((m.triggers[j] for j in (i - 1, i) if 0 <= j < len(m.triggers)), key=lambda p: abs(p - at))
        lo, hi = min(at, near), max(at, near)
        return unit is not None and any(
            c.type == "number"
            and lo < c.start < hi
            and (c.value.get("unit") == unit or (c.value.get("unit") is None and _from_word_before(self, c)))
            for c in self.claims
        )

    def _later_than_another_day(self) -> bool:
        """A sentence with no date of its own that a later word ("hours later", «چند ساعت بعد») puts
        on the day of the sentence before, when that day lies apart from the reported occasion's."""
        before, main = self.day_before, self.main
        if before is None or main is None or main.earliest is None or self.dates():
            return False
        if next(iter(self.t.later.find(self.doc.text, *_folded(self))), None) is None:
            return False
        window = int(self.t.type_defs[main.type].get("window_days", 1))
        day, occasion = date.fromisoformat(before.value["earliest"]), date.fromisoformat(main.earliest)
        return abs((day - occasion).days) > window

    def recalls(self) -> bool:
        """The sentence dates something well before the publication: its figures are not the
        reported occasion's («… since the 2004 Beslan siege, in which more than 330 … were killed»)."""
        pub = self.doc.reference_date
        main = self.main
        if any(k in ("earlier", "then") for _, _, k in self.t.earlier.find(self.doc.text, *_folded(self))):
            return True  # "He is already serving a three-year sentence in a graft case"
        if self._later_than_another_day():
            return True  # «… سه‌شنبه ۱۳ آذر … اعلام حکومت نظامی. نمایندگان چند ساعت بعد با ۱۹۰ رأی …»
        for c in self.claims:
            v = c.value
            if c.type != "date" or v.get("relative") or not v.get("latest"):
                continue
            if self.compared_before(c) or any(
                d % _FAR <= _TRIGGER_REACH and _measured_since(self, p, c)
                for d, p in self.triggers.get(c.id, ())
            ):
                continue  # "compared with 67.3% in 2019", "the lowest since 1885": not what it reports
            if pub is not None and date.fromisoformat(v["latest"]) < pub - timedelta(days=_RECALL_DAYS):
                return True
            # An undated report: a year or month that is not its occasion's date is an earlier one.
            if (
                pub is None
                and v.get("precision") in ("year", "month")
                and (main is None or main.date != c.id)
            ):
                return True
        return False


def _headline(doc: Doc, titled: bool = False) -> tuple[int, int] | None:
    """Original offsets of the headline: a first sentence that is a line of its own, short, with
    no closing stop, and that more text follows. None when the article's title is given apart
    (front matter, a "Title:" line): its text then opens on the body, whose first line may be a
    wrapped sentence's; with ``titled``, such a text's first line is a headline still when a
    paragraph follows it."""
    if len(doc.sentences) < 2 or (doc.title and not titled):
        return None
    s, e = doc.norm.orig_span(*doc.sentences[0])
    text = doc.article.text
    line = text[s:e].rstrip()
    rest = text[e : e + 200]
    if not line or line[-1] in _STOPS or len(line.split()) > _HEADLINE_WORDS:
        return None
    if doc.title:
        return (s, e) if "\n" not in line and rest.lstrip(" \t").startswith("\n\n") else None
    if "\n" not in rest[: len(rest) - len(rest.lstrip())] and "\n" not in text[s:e]:
        return None
    return s, e


def _headline_marked(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """Figures of the headline are marked (``headline``): a running count its own body gives higher
    is no rise the report tells but a slip of one or the other (findings/frames ``_witness``). The
    headline is the text's first line when it is one, short and with no stop, and a paragraph
    follows it (under a title given apart too)."""
    head = _headline(doc, titled=True)
    if head is None:
        return frames
    lo, hi = head
    return [
        dataclasses.replace(f, qualifiers={**f.qualifiers, "headline": True})
        if lo <= f.start < hi and "low" in f.value
        else f
        for f in frames
    ]


def _headline_times(doc: Doc, t: FrameTables, frames: list[Frame]) -> list[Frame]:
    """A headline states the news in few words and no date: «تورم مصر … به ۳۵.۷ درصد رسید» is the
    newest figure of that measure its body dates («در ماه فوریه به ۳۵.۷ درصد»). An undated figure
    of the headline holds when the newest body frame of its predicate and measure holds, unless
    the body also gives an undated one: that one is the news ("raised rates by 600 basis points
    … after a 200-point hike on 1 February")."""
    head = _headline(doc)
    if head is None:
        return frames
    lo, hi = head

    def terms(f: Frame) -> set[str]:
        return {t.measure_of.get(x, x) for x in f.subject.get("tokens") or () if x.startswith("c:")}

    body = [(f, terms(f)) for f in frames if f.start >= hi and f.subject.get("kind") == "concepts"]
    out = []
    for f in frames:
        mine = (
            terms(f) if lo <= f.start < hi and not f.time and f.subject.get("kind") == "concepts" else set()
        )
        fits = [g for g, ts in body if g.predicate == f.predicate and mine & ts]
        if not fits or any(g.time is None for g in fits):
            out.append(f)
            continue
        newest = max(fits, key=lambda g: (g.time["latest"], g.time["earliest"], -g.start))
        out.append(dataclasses.replace(f, time={**newest.time, "headline": True}))
    return out


def _anchor(doc: Doc, frames: list[Frame], counted: frozenset[str] = frozenset()) -> list[Frame]:
    """Each concept frame remembers the other specific values of its clause: «قراردادی ۳۵ میلیارد
    دلاری … در ۴ اسفند» and "a $35 billion deal signed on February 23" speak of one deal, whatever
    words each language uses, because they share the figure. (A changed date keeps its anchor.)"""
    text = doc.text
    n = doc.norm
    # Frames by folded start, with their keys, read once: each frame looks only at its window.
    spans = sorted((n.norm_index(g.start), n.norm_index(g.end), i) for i, g in enumerate(frames))
    starts = [sp[0] for sp in spans]
    keys = [_figure_key(g, counted) for g in frames]
    out = []
    for j, f in enumerate(frames):
        if f.subject.get("kind") != "concepts":
            out.append(f)
            continue
        a = n.norm_index(f.start)
        lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, a - _ANCHOR_REACH), a)), default=0)
        b = n.norm_index(f.end)
        hi = next((m.start() for m in _CLAUSE_END.finditer(text, b, b + _ANCHOR_REACH)), b + _ANCHOR_REACH)
        anchors = sorted(
            keys[i]
            for gs, ge, i in spans[bisect_left(starts, lo) : bisect_left(starts, hi + 1)]
            if i != j and ge <= hi and keys[i]
        )
        out.append(dataclasses.replace(f, subject={**f.subject, "anchors": anchors}) if anchors else f)
    return out


def _figure_key(f: Frame, counted: frozenset[str] = frozenset()) -> str | None:
    """A value specific enough to name a fact by: a day, a year, a figure above ten, or a count of
    things of five or more ("nine teams": nine people is any group, nine teams a fact)."""
    v = f.value
    if "earliest" in v:
        return f"d:{v['earliest']}:{v['latest']}" if v.get("precision") in ("day", "year", "month") else None
    if "low" in v:
        x = v.get("low") if v.get("low") is not None else v.get("high")
        least = _ANCHOR_COUNTED_MIN if v.get("unit") in counted else _ANCHOR_MIN
        return f"q:{x}:{v.get('unit')}" if x is not None and float(x) > least else None
    return None


def _pair_calendars(frames: list[Frame], twin_predicates: frozenset[str]) -> list[Frame]:
    """One date written in two calendars side by side («۸ دسامبر ۲۰۲۴ (۱۸ آذر ۱۴۰۳)», «دی ۱۳۹۴
    (ژانویه ۲۰۱۶)») is one fact: the bare half takes the predicate and subject its twin was read
    with. ``twin_predicates``: the dated predicates about concepts (founded, ended, ties cut …),
    not a mourning day or an occasion's own date."""
    out = sorted(frames, key=lambda f: (f.start, f.end))
    dropped = set()
    for i, f in enumerate(out):
        if f.predicate != "dated":
            continue
        # Twins stand side by side: only the frames next to this one need a look.
        near = out[max(0, i - _TWIN_NEAR) : i] + out[i + 1 : i + 1 + _TWIN_NEAR]
        if any(g.predicate == "event_date" and f.claims[0] in g.claims[1:] for g in near):
            dropped.add(i)  # (the occasion's own day in the other calendar: evidence of its frame already)
            continue
        twin = next((g for g in near if g.predicate in twin_predicates and _twins(g, f)), None)
        if twin is not None:
            out[i] = dataclasses.replace(
                f,
                predicate=twin.predicate,
                subject=twin.subject,
                qualifiers=twin.qualifiers,
                id=f.id.replace(":frame:dated:", f":frame:{twin.predicate}:"),
            )
    return [f for i, f in enumerate(out) if i not in dropped]


def _twins(a: Claim | Frame, b: Claim | Frame) -> bool:
    """Two dates side by side whose intervals overlap: one date in two calendars, not two dates."""
    ea, la, eb, lb = (x.value.get(k) for x in (a, b) for k in ("earliest", "latest"))
    if not (ea and la and eb and lb) or la < eb or lb < ea:
        return False
    gap = b.start - a.end if a.end <= b.start else a.start - b.end
    return 0 <= gap < _TWIN_GAP


def _assign_triggers(
    doc: Doc, t: FrameTables, sent, claims: list[Claim]
) -> tuple[dict[str, list[tuple[int, str]]], dict[str, set[str]]]:
    """Each trigger word goes to the nearest value (number or date) of its sentence, never across
    another value: «کشته» in «۱۲۰ نفر کشته و ۸۰۰ نفر زخمی» is the first number's. A value that gets
    none also takes the sentence's other triggers, after its own (``_FAR`` added to their
    distance): «شمار قربانیان … به ۱۳۷ نفر رسید». Also returned: for each number, the predicates
    whose words in the sentence another number took within reach."""
    # A number that counts a thing ("the collision of three trains") takes no one's words: the
    # toll named before it is the next figure's ("The death toll in … stood at 288").
    # (and the noun it counts is no trigger: "train" of "three trains" says nothing of who was aboard)
    counted = {c.id: _counted_noun(doc, t, c) for c in claims if c.type == "number"}
    things = [(c.end, e) for c in claims if (e := counted.get(c.id)) is not None]
    values = sorted(
        (c for c in claims if c.type == "date" or counted.get(c.id, 0) is None), key=lambda c: c.start
    )
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    if not values:
        return out, {}
    n = doc.norm
    found = []
    nearest: dict[str, tuple[int, int]] = {}  # value id → (distance, start) of its nearest trigger
    taken: dict[int, Claim] = {}  # trigger start → the value it went to, within reach
    took: dict[str, set[str]] = defaultdict(set)  # value id → predicates another number's words name
    lo, hi = n.norm_index(sent[0]), min(n.norm_index(sent[1]), len(doc.text))
    events = [(a, b) for a, b, typ in t.event_types.find(doc.text, lo, hi) if typ in t.type_defs]
    # ("at the end of 2022", «في نهاية العام الماضي»: when, not an ending)
    when = [(a, b) for a, b, _ in t.time_phrases.find(doc.text, lo, hi)]
    told_by = {b for _, b, _ in t.attributed.find(doc.text, lo, hi)}
    for s, e, pid in t.predicates.find(doc.text, lo, hi):
        if t.predicate_defs.get(pid, {}).get("value") == "date" and any(
            a < e and s < b for a, b in events + when
        ):
            continue  # «سقوط» in «سقوط بالگرد» (a helicopter crash) is no fall of anything
        if any(b <= s and not doc.text[b:s].strip() for b in told_by):
            continue  # («بر اساس روایت بازماندگان میان ۴۰۰ تا ۷۵۰ نفر …»: who told it, not who survived)
        if _ends_before(t.attempted, doc.text, s, _ATTEMPT_REACH):
            continue  # («٥١ جريمة قتل و٤٠ محاولة قتل», "40 attempted murders": no one killed)
        o_s, o_e = doc.norm.orig_span(s, e)
        if not any(a <= o_s < b for a, b in things):
            found.append((o_s, o_e, pid))
    # (a word that names its predicate only right before the figure: «جان ۱۵ نفر را گرفت», took the
    # lives of 15; «جان سالم به در بردند» is no death)
    starts = {n.norm_index(c.start) for c in claims if c.type == "number"}
    for s, e, pid in t.adjacent.find(doc.text, lo, hi):
        if _past_space(doc.text, e) in starts:
            found.append((*doc.norm.orig_span(s, e), pid))
    barred, forced = _other_clauses(doc, t, values, found, hi)
    forced.update(_headed(doc, t, values, found, forced))
    for o_s, o_e, pid in found:
        best = None
        # A count's word goes to a number, a date's word to a date ("in 1992, killing all 167").
        kind = t.predicate_defs.get(pid, {}).get("value")
        wanted = {"quantity": "number", "date": "date"}.get(kind or "")
        if o_s in forced and wanted != "date":
            best = (0, forced[o_s])
        for c in values if best is None else ():
            if (
                (wanted is not None and c.type != wanted)
                or (c.id, o_s) in barred
                or not _unit_fits(t, pid, c)
            ):
                continue
            # (a word that begins inside the figure's words: "year-old" of «51-year»-old)
            if c.start <= o_s and (o_e <= c.end or o_s < c.end):
                if _in_hedge(c, o_e):
                    continue  # «کمتر از ۱۰ سال»: the «از» of a hedge is no "since"
                # (a word of the figure's own unit, «۳۸۰۰ متری», gives way to the word right
                # before the figure: «در عمق ۳۸۰۰ متری» is a depth, «ارتفاع ۱۵ متری» a height)
                best = (_INSIDE_GAP if o_s > c.start else 0, c)
                break
            gap = o_s - c.end if c.end <= o_s else c.start - o_e
            # (a figure in words stays strict: «قلعه سی», a name's «سی», is no thirty)
            if c.type == "number" and gap > 0 and c.value.get("written") != "words":
                gap -= _dates_between(values, *sorted((o_s, o_e, c.start, c.end))[1:3])
            # (and a figure before the word, a clause mark between, when the word's own clause gives
            # a figure right after it)
            if (
                c.start >= o_e
                and (_CLAUSE_MARKS.search(doc.article.text, o_e, c.start) or _joins(doc, t, o_e, c.start))
            ) or (c.end <= o_s and _own_clause_figure(doc, values, c, o_e)):
                gap += _CLAUSE_GAP
            # A word as near the value after it as the one before it is the next one's: «مقتل 9
            # أشخاص على الأقل وإصابة أكثر من 900 آخرين» (the injured are the 900).
            if gap >= 0 and (best is None or gap < best[0] or (gap == best[0] and c.start >= o_e)):
                best = (gap, c)
        # A count's word may reach past a date to its number ("killed in Friday's attack rose to 133").
        # (but not past a figure of a unit it cannot take: «مجموع کشته‌های دو روز به ۳۲ نفر»)
        rivals = (
            [c for c in values if c.type == "number" and _unit_fits(t, pid, c)]
            if wanted == "number"
            else values
        )
        if best and best[0] <= _TRIGGER_REACH and not _crosses(rivals, best[1], o_s):
            out[best[1].id].append((best[0], pid))
            taken[o_s] = best[1]
            if best[0] < nearest.get(best[1].id, (_FAR, 0))[0]:
                nearest[best[1].id] = (best[0], o_s)
    # A trigger is a value's own when it is the nearest that value has («۶.۸ ریشتری»: magnitude,
    # not the «جان‌باختگان» a few words before it).
    owned = {o_s: c for c in values if (o_s := nearest.get(c.id, (0, None))[1]) is not None}
    wholes = _wholes(doc, t, values)
    for c in values:
        for o_s, o_e, pid in found:
            if _across_join(doc, t, c, o_s, o_e):
                continue  # («توقيف تسعة أشخاص، فيما شكلت الحكومة فريقاً من خمسة أعضاء»: no one arrested)
            gap = o_s - c.end if c.end <= o_s else max(0, c.start - o_e)
            # A number tries the triggers no other number took first: in «شمار جان‌باختگان … به
            # ۲۰۱۲ نفر رسید و ۲۰۵۹ نفر دیگر زخمی شدند» the 2,012 are the dead, not the injured.
            other = c.type == "number" and owned.get(o_s, c) is not c and owned[o_s].type == "number"
            # A word another number took within reach («انتشال 70 جثة … عن اثنين») names no
            # bare figure from afar.
            elsewhere = c.type == "number" and taken.get(o_s, c) is not c and taken[o_s].type == "number"
            if elsewhere and wholes.get(taken[o_s].id) is c:
                # (the whole a part is set beside: «لقي ٢٨ شخصا، بينهم ٢٢ طفلا، حتفهم», "28 people,
                # among them 22 children, died": the word is the whole's as much as the part's)
                other = elsewhere = False
            if elsewhere:
                took[c.id].add(pid)
                if (
                    t.predicate_defs.get(pid, {}).get("per_person")
                    and taken[o_s].value.get("kind") != "ordinal"
                ):
                    continue  # («البالغة من العمر ٣٨ عاماً، مدة ١٥ عاماً»: one age; the 15 years are none)
            out[c.id].append(
                ((3 * _FAR if (c.id, o_s) in barred else 2 * _FAR if other else _FAR) + gap, pid)
            )
    for v in out.values():
        v.sort()
    return out, took


def _own_clause_figure(doc: Doc, values: list[Claim], c: Claim, o_e: int) -> bool:
    """A clause mark between the figure ``c`` and a trigger word after it, and a number of the
    trigger's own clause right after the word: «على متنها ٢٤٢ شخصاً، هم ٢٣٠ راكباً و١٢ من أفراد الطاقم،
    قُتل منهم ٢٤١» (the dead are the 241, not the 12 crew before the comma)."""
    text = doc.article.text
    if not _CLAUSE_MARKS.search(text, c.end, o_e):
        return False
    return any(
        o.type == "number"
        and o.start >= o_e
        and len(text[o_e : o.start].split()) <= _OWN_FIGURE_WORDS
        and not _CLAUSE_MARKS.search(text, o_e, o.start)
        for o in values
    )


# At most this many words between a trigger and the figure right after it that is its own («قُتل
# منهم ٢٤١»: "of them").
_OWN_FIGURE_WORDS = 1


def _across_join(doc: Doc, t: FrameTables, c: Claim, o_s: int, o_e: int) -> bool:
    """A clause join ("while", «فيما») between the value ``c`` and the trigger at original
    ``[o_s, o_e)``: the value is of another clause, with a subject of its own."""
    a, b = (c.end, o_s) if c.end <= o_s else (o_e, c.start)
    n = doc.norm
    return next(iter(t.clause_joins.find(doc.text, n.norm_index(a), n.norm_index(b))), None) is not None


# How far a trigger inside a figure's own unit («۳۸۰۰ متری») counts: farther than a word one space
# before the figure («عمق ۳۸۰۰ متری»), which then wins.
_INSIDE_GAP = 2


def _joins(doc: Doc, t: FrameTables, a: int, b: int) -> bool:
    """Whether a conjunction stands right before the figure at ``b`` (a preposition at most between),
    after a trigger word ending at ``a``: the figure opens the next clause ("14 had died and 17 were
    missing", "14 of its citizens had died of heatstroke and 17 were missing": the 17 are not the
    dead; «در سال ۱۹۹۶ … تأسیس شد و در سال ۲۰۲۱ …»: the founding is 1996's)."""
    n = doc.norm
    lo, hi = n.norm_index(a), n.norm_index(b)
    ends = [m.end() for m in t.conjunctions.finditer(doc.text, lo, hi)]
    return bool(ends) and len(doc.text[ends[-1] : hi].split()) <= 1


def _whole_too(ctx: _Sentence, c: Claim, f: Frame, triggers: list[tuple[int, str]]) -> list[Frame]:
    """The whole a count of everyone in it also counts: "All 62 people on board were killed" (the
    dead, whom the outcome took from the word of the whole, are also who was aboard): a frame of
    the whole's predicate, when an "all" word stands right before a count of the main occasion."""
    if not f.subject.get("main") or not _ends_before(
        ctx.t.all_words, ctx.doc.text, ctx.doc.norm.norm_index(c.start)
    ):
        return []  # (of the reported occasion only: a recalled one's counts are read more loosely)
    whole = next(
        (
            p
            for d, p in triggers
            if d <= _YIELD_REACH and f.predicate in (ctx.t.predicate_defs[p].get("yields_to") or ())
        ),
        None,
    )
    if whole is None:
        return []
    return [
        dataclasses.replace(
            f,
            id=f.id.replace(f":{f.predicate}:", f":{whole}:", 1),
            predicate=whole,
            qualifiers=dict(f.qualifiers),
        )
    ]


def _increment(ctx: _Sentence, c: Claim) -> bool:
    """A count added to an earlier one, not a total ("three more bodies were found", "another 12",
    «ثلاث جثث جديدة»): an increment word right before it, or within two words after it (its noun
    between), with no other figure in the way."""
    if c.value.get("hedge"):
        return False
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    if _ends_before(ctx.t.increments_before, text, a):
        return True
    after = text[b : min(len(text), b + _FROM_REACH * 2)]
    words = after.split()[:_ATTACHED_WORDS]
    if not words or any(ch.isdigit() for w in words for ch in w):
        return False
    span = after[: after.index(words[-1]) + len(words[-1])]
    hit = next(iter(ctx.t.increments_after.find(span)), None)
    if hit is None:
        return False
    # (a word that opens the next figure's hedge is not this one's: "50 fire engines and more than 200")
    rest = after[hit[1] :].split()[:_ATTACHED_WORDS]
    return not any(ch.isdigit() for w in rest for ch in w)


_PER_REACH = 14


def _distributed(ctx: _Sentence) -> bool:
    """The sentence gives its figures to each of several people ("each", «لكل منهما», «هر کدام»):
    a penalty or a ban of each, not the one person's whole that another report gives."""
    lo, hi = _folded(ctx)
    return next(iter(ctx.t.distributive.find(ctx.doc.text, lo, hi)), None) is not None


def _per(ctx: _Sentence, c: Claim) -> str | None:
    """The period a figure is per ("$111,000 a day", «سالانه تا ۲.۲ میلیارد دلار», «يوميا»): a per
    word right after it, not before a year's number («در سال ۲۰۲۲» is "in 2022"), or right before it."""
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    unit_text = fold(c.value.get("unit_text") or "")
    own = next(iter(ctx.t.per_words.find(unit_text)), None)
    if own is not None and (own[0], own[1]) == (0, len(unit_text)):
        return own[2]  # a unit that says its period: "bpd" (barrels per day)
    after = text[b : min(len(text), b + _PER_REACH)]
    hit = next(iter(ctx.t.per_words.find(after)), None)
    if hit is not None and not after[: hit[0]].strip() and not _names_a_day(ctx, b + hit[1]):
        return hit[2]
    before = text[max(0, a - _PER_REACH) : a]
    # (a one-word adverb, with one word between at most: «سالانه تا ۲.۲ میلیارد دلار»; a phrase
    # right before it: «در هر دهه ۰.۴ درجه»)
    return next(
        (
            k
            for s, e, k in ctx.t.per_words.find(before)
            if len(before[e:].split()) <= (" " not in before[s:e])
        ),
        None,
    )


def _past_space(text: str, pos: int, reach: int = 3) -> int:
    """``pos`` moved past the spaces right after it (at most ``reach`` characters)."""
    rest = text[pos : pos + reach]
    return pos + len(rest) - len(rest.lstrip())


def _names_a_day(ctx: _Sentence, pos: int) -> bool:
    """The words after a per word name a day or a year, so it was no period: «در روز یکشنبه» (on
    Sunday), «در روز نخست» (on the first day), «در سال ۲۰۲۲» (in 2022)."""
    text = ctx.doc.text
    at = _past_space(text, pos, _PER_REACH)
    return bool(
        re.match(r"\s*\d", text[pos : pos + _PER_REACH])
        or ctx.t.weekdays.match_at(text, at) is not None
        or ctx.t.ordinals.match_at(text, at) is not None
        or ctx.t.per_not_before.match_at(text, at) is not None  # "a day earlier"
    )


def _dates_between(values: list[Claim], lo: int, hi: int) -> int:
    """How much of ``[lo, hi)`` dates take up: a date between a verb and its count is an adverb of
    the clause, no distance («أوقفت السلطات، اليوم الخميس 26 ذي القعدة 1444 هـ الموافق 15
    يونيو/حزيران 2023، 9 مصريين»)."""
    return sum(c.end - c.start for c in values if c.type == "date" and lo <= c.start and c.end <= hi)


def _other_clauses(
    doc: Doc, t: FrameTables, values: list[Claim], found: list[tuple[int, int, str]], hi: int
) -> tuple[set[tuple[str, int]], dict[int, Claim]]:
    """Trigger words after a number that belong to another clause than the number's own.

    Returned: ``barred``, the (number, trigger start) pairs where a relative clause that opens a few
    words past the number holds the trigger («9 مصريين يشتبه في ضلوعهم في تهريب المهاجرين الذين
    كانوا على متن المركب»: the migrants were aboard, not the nine); and ``forced``, the trigger
    that is a number's own because an object marker right after the number makes it the object of
    its clause's final verb («۱۱ نفر را به اتهام قاچاق مهاجرانی که با یک قایق … غرق شدند بازداشت
    کرده‌اند»: the last trigger before the next value, «بازداشت»)."""
    n = doc.norm
    barred: set[tuple[str, int]] = set()
    forced: dict[int, Claim] = {}
    for i, c in enumerate(values):
        if c.type == "date":
            # (only where verbs end their clauses: in "Flight 129, which went down on April 15, 2002,
            # killing 129" the words after the comma go on with the relative clause)
            closed = _relative_close(doc, t, c, hi) if t.verb_final else None
            if closed is not None:
                # («حزب «پیشرو» را که در انتخابات سال ۲۰۲۳ بیشترین کرسی‌ها را به دست آورده بود، منحل
                # کرد»: a date inside a relative clause is that clause's; the verb after its close is
                # the main clause's)
                barred.update((c.id, o_s) for o_s, _, _ in found if o_s >= closed)
            continue
        if c.type != "number":
            continue
        nxt = next((o.start for o in values[i + 1 :] if o.start >= c.end), None)
        after = [(o_s, o_e) for o_s, o_e, _ in found if c.end <= o_s and (nxt is None or o_e <= nxt)]
        if not after:
            continue
        s, e = n.norm_index(c.end), n.norm_index(nxt) if nxt is not None else hi
        marker = next(iter(t.object_markers.find(doc.text, s, e)), None)
        if marker is not None and len(doc.text[s : marker[0]].split()) <= _ATTACHED_WORDS:
            o_marker = n.orig_span(marker[0], marker[1])[1]
            verb = max((o_s for o_s, _ in after if o_s >= o_marker), default=None)
            if verb is not None:
                forced.setdefault(verb, c)
                continue
        rel = next(
            (
                a
                for a, _, _ in t.relative.find(doc.text, s, e)
                if len(doc.text[s:a].split()) > _ATTACHED_WORDS
            ),
            None,
        )
        if rel is not None:
            o_rel = n.orig_span(rel, rel + 1)[0]
            barred.update((c.id, o_s) for o_s, _ in after if o_s > o_rel)
    return barred, forced


_REL_REACH = 60  # characters from a relative word to the date of its clause
_REL_CLOSE = re.compile(r"[،,]")


def _relative_close(doc: Doc, t: FrameTables, c: Claim, hi: int) -> int | None:
    """The original offset of the comma that closes the relative clause the date ``c`` stands in
    (a relative word a few words before it, no comma between), or None."""
    n = doc.norm
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    rel = [x for x, _, _ in t.relative.find(doc.text, max(0, a - _REL_REACH), a)]
    if not rel or _REL_CLOSE.search(doc.text, rel[-1], a):
        return None
    close = _REL_CLOSE.search(doc.text, b, hi)
    return None if close is None else n.orig_span(close.start(), close.end())[0]


def _headed(
    doc: Doc, t: FrameTables, values: list[Claim], found: list[tuple[int, int, str]], forced: dict[int, Claim]
) -> dict[int, Claim]:
    """A count's trigger right after a count head («شمار کشته‌های سانحه هواپیمای مسافربری … به
    ۱۸ نفر رسید», "the number of people killed in …"): the first figure after it in its sentence
    is its own, whatever trigger lies nearer (the plane's «مسافربری» names no one aboard)."""
    out: dict[int, Claim] = {}
    numbers = [c for c in values if c.type == "number"]
    for o_s, o_e, pid in found:
        if o_s in forced or t.predicate_defs.get(pid, {}).get("value") != "quantity":
            continue
        if not _ends_before(t.count_heads, doc.text, doc.norm.norm_index(o_s), _COUNT_HEAD_REACH):
            continue
        # (the first with a unit: a bare figure between, «زمین‌لرزه ۶.۸ ریشتری», is another's; a bare
        # one after is the far trigger's to give)
        c = next((c for c in numbers if c.start >= o_e and c.value.get("unit")), None)
        if c is not None and _unit_fits(t, pid, c):
            out[o_s] = c
    return out


_COUNT_HEAD_REACH = 24  # characters before a trigger that hold its count head ("the number of people")


def _in_hedge(c: Claim, end: int) -> bool:
    """Whether a word ending at ``end`` inside number claim ``c`` belongs to its hedge, which is
    written before the figure («کمتر از ۱۰», "more than 80")."""
    if c.type != "number" or not c.value.get("hedge"):
        return False
    first = next((i for i, ch in enumerate(c.text) if ch.isdigit()), None)
    return first is not None and end <= c.start + first


def _unit_fits(t: FrameTables, pid: str, c: Claim) -> bool:
    """A number of a unit the predicate never takes (a count of days for a toll word) is not its."""
    unit = c.value.get("unit") if c.type == "number" else None
    units = t.predicate_defs.get(pid, {}).get("units")
    if not unit or not units or t.predicate_defs[pid].get("value") != "quantity":
        return True
    return unit in units or any(a in units for a in _ancestors(t, unit))


def _ancestors(t: FrameTables, unit: str | None) -> list[str]:
    """The units ``unit`` is a kind of, nearest first: a hostage is a detainee, and a person ("20
    hostages were killed" is a toll)."""
    out: list[str] = []
    while unit and (unit := t.unit_parent.get(unit)) and unit not in out:
        out.append(unit)
    return out


def _crosses(values: list[Claim], c: Claim, pos: int) -> bool:
    lo, hi = sorted((c.start, pos))
    return any(o is not c and lo < o.start and o.end <= hi for o in values)


def _quantity(
    ctx: _Sentence, c: Claim, triggers: list[tuple[int, str]], donor: Frame | None = None
) -> Frame | None:
    """``donor``: the frame of the list item whose unit, predicate and period an elided one takes
    ("Kuwait 128,000 bpd and Gabon 8,000", «عراق ۲۱۱ هزار … کویت ۱۳۸ هزار بشکه»)."""
    v = c.value
    if v.get("kind") == "ordinal" or _quoted(ctx, c):
        return None
    if v.get("unit") is None and not v.get("hedge") and reads_as_year(v.get("value")) and c.text.isdigit():
        return None  # («انتخابات ریاست‌جمهوری ۲۰۲۴»: a year no date pattern read, no count of 2,024)
    bracketed = _bracketed_age(ctx, c)  # «محمد رضا عارف (٧٢ عاما)»: the name before the bracket owns it
    if donor is not None:
        pred, unit = donor.predicate, donor.value.get("unit")
    elif _tallied(ctx, c):
        pred, unit = "votes", "vote"  # "204 votes in favour and 85 against", «تأييد ٢٠٤ نواب مقابل معارضة ٨٥»
    elif v.get("unit") in ("percent", "person") and _ballot_option(ctx, c):
        # "48.1% for Remain", «بیش از ۱۷ میلیون نفر به خروج رای دادند»: an option's share or
        # voters, whatever trigger is nearer
        pred, unit = "votes", "percent" if v.get("unit") == "percent" else "vote"
    else:
        # "five Iranians", «۵ ایرانی», «5 إيرانيين»: people of a nationality, counted
        counted = {**v, "unit": "person"} if v.get("unit") is None and _nationals(ctx, c) else v
        pred, unit = (
            ("age", "year")
            if bracketed or _apposed_age(ctx, c) or _age_at_death(ctx, c)
            else _predicate(ctx.t, counted, triggers, ctx.took.get(c.id, set()))
        )
        # ("rejecting independence by 55.3 percent to 44.7 percent": the split, no turnout)
        if pred != "votes" and _split_share(ctx, c) and _voting(ctx, c):
            pred = "votes"
    # (an added sum is a package of its own, "an additional $500 million in military assistance", as
    # the other reports' «حزمة مساعدات جديدة بقيمة ٥٠٠ مليون دولار», unless its sentence gives the sum
    # it adds to: "Rs 10 lakh from the railways and a further Rs 2 lakh from the relief fund")
    added = _increment(ctx, c) and (
        v.get("unit") not in ctx.t.money_units
        or any(
            o.type == "number" and o.end <= c.start and o.value.get("unit") == v.get("unit")
            for o in ctx.claims
        )
    )
    if pred is None or _counts_a_noun(ctx.doc, ctx.t, c) or added:
        return None
    if pred == "age" and (v.get("low") or 0) >= _YEAR_LIKE:
        return None  # («پزشکیان متولد ۱۳۳۳ … و ۶۹ ساله است»: a year of birth, no age of 1,333)
    if pred == "seats" and (
        _COMPOUND.search(c.text) or _ends_before(ctx.t.wholes, ctx.doc.text, ctx.doc.norm.norm_index(c.start))
    ):
        pred = "chamber_seats"  # "the 130-seat chamber", «من أصل 130 مقعدا»: its size, no seats won
    if ctx.t.predicate_defs[pred].get("cumulative") and v.get("value") == 1 and v.get("written") == "words":
        return None  # "one injured passenger had since died": someone told of, not a count
    whole = _whole_of_a_count(ctx, c)
    held = next(
        (
            p
            for d, p in triggers
            if d < _FAR and pred in (ctx.t.predicate_defs.get(p, {}).get("yields_to") or ())
        ),
        None,
    )
    if whole == "part_of" and held and unit not in (ctx.t.predicate_defs[held].get("direct") or ()):
        # «۹۷ نفر از ۹۹ سرنشین»: the whole is who was aboard, though the outcome's word is near (but
        # "five of the six crew members" counts one aircraft's crew, of two that collided)
        pred, unit, whole = held, "person", None
    if (
        whole == "part_of"
        and ctx.t.predicate_defs[pred].get("cumulative")
        and unit not in (ctx.t.predicate_defs[pred].get("direct") or ())
    ):
        # "five of the six crew members were killed": six is the crew, not the dead (but "ten of
        # the 20 injured" counts the injured)
        return None
    if pred == "duration" and _COMPOUND.search(c.text) and not _lasting(ctx, c):
        return None  # "the one-week repo rate", "a 10-year bond": a kind of thing, not how long
    if pred == "duration" and _years_named(ctx, c):
        return None  # «دو سال ۲۰۲۱ و ۲۰۲۲», "the two years 2021 and 2022": which years, not how long
    value = {
        "low": v.get("low"),
        "high": v.get("high"),
        "low_inclusive": v.get("low_inclusive", True),
        "high_inclusive": v.get("high_inclusive", True),
        "hedge": v.get("hedge"),
        "unit": unit,
        "kind": v.get("kind"),
    }
    if pred == "killed" and not v.get("hedge") and _bodies(ctx, c):
        # ("divers recovered the bodies of two of the six workers", «پیکر دو تن … از آب بیرون کشیده
        # شد»: bodies found, so at least that many dead, no toll)
        value.update(high=None, high_inclusive=False, hedge="at_least")
    clause = _quarter(ctx, c, _sentence_wide(ctx, c, _anaphor(ctx, c, _respective(ctx, c, _clause(ctx, c)))))
    if _unmeasured(ctx, pred, clause[0]):
        return None
    item = ctx.items.get(c.id)
    listed = item is not None and bool(item.scope)
    if listed:
        # a list item's own place, not the list's: the other items' places name no subject of it
        clause = (tuple(x for x in clause[0] if not x.startswith(("cc:", "p:"))), item.scope, clause[2])
    elif unit == "country":
        # "26 foreign nationals from 14 countries, including five Iranians": the countries named
        # beside a count of countries are among those counted, not where it holds
        clause = (tuple(x for x in clause[0] if not x.startswith("cc:")), (), clause[2])
    # (a person's age holds when it is reported: «سيامك نمازي (51 عاما)، المعتقل منذ أكتوبر 2015»
    # dates the arrest, not the age)
    per_person = ctx.t.predicate_defs[pred].get("per_person")
    priced = _unit_price(ctx, c)  # "$79.89 a barrel on Friday": a price, of its day
    # (a share's fall "on Thursday" is that day's, though the day is recent)
    daily = priced or bool(ctx.t.daily_concepts & set(clause[0]))
    when = None if per_person else (_time_anchor(ctx, c, pred, daily=daily) or _same_day(ctx, c))
    if when is None and ctx.t.predicate_defs[pred].get("cumulative"):
        when = _told_on(ctx, c)
    if (period := _period_compared(ctx, c, when)) and not set(clause[0]) & ctx.t.sentence_wide:
        clause = (tuple(sorted({*clause[0], period})), *clause[1:])
    f = _frame(ctx, c, pred, value, clause, when)
    if priced:
        f.qualifiers["price"] = True
    if when is None and not per_person and (month := _month_named(ctx, c)):
        f.qualifiers["month"] = (
            month  # («إلى ٥٫٢ في المئة في يوليو» in an undated report: July's, of no year)
        )
    if per_person and (given := _given_before(ctx, c)):
        f.qualifiers["given"] = given  # ("Shehbaz Sharif, 72" is not his brother Nawaz Sharif, 74)
    if per_person and _minor(ctx, c):
        f.qualifiers["population"] = "child"  # («یک کودک ۹ ساله»: a child's age, not the suspect's 50)
    if per_person and (year := _aged_then(ctx, c)):
        f.qualifiers["aged_in"] = year  # "acceded to the throne on 6 February 1952, aged 25": not her age now
    if f.subject.get("kind") == "concepts" and _recalled(ctx, c):
        # («او در آن زمان ارزش شرکت را ۲ تریلیون دلار برآورد کرده بود», "at that time it put the
        # company at"): the figure of a time a sentence before names, not compared with today's
        f.qualifiers["recalled"] = True
    if ctx.t.predicate_defs[pred].get("portions") and _portion(ctx, c):
        f.qualifiers["portion"] = True  # "a stretch of roughly 200 metres": a part's length, not the bridge's
    if ctx.t.predicate_defs[pred].get("of_place"):
        # «نیجر با جمعیتی بیش از ۲۵ میلیون نفر … از فرانسه»: the place named last before the figure
        # is whose population, not the clause's other places and words (none: the article's own)
        own = _place_before(ctx, c)
        f = dataclasses.replace(
            f,
            subject={**f.subject, "tokens": [own] if own else [], "words": ""},
            qualifiers={
                **{k: v for k, v in f.qualifiers.items() if k != "scope"},
                **({"scope": [own]} if own else {}),
            },
        )
    if whole and not ctx.t.predicate_defs[pred].get("a_whole"):
        # "435 of the 497 municipalities": the whole a part is counted of, compared only with wholes
        f.qualifiers["whole"] = True
    # (a part of the people only: "$6 billion in Iranian funds" is no Iranians' count)
    people = "person" in (ctx.t.predicate_defs[pred].get("units") or ())
    population = _population(ctx, c) if people else None
    if unit in ctx.t.population_units and not (population or "").startswith("nationals:"):
        population = unit  # (passengers, unless of one country: «۱۶۹ مسافر تبعه هند»)
    population = population or (donor.qualifiers.get("population") if donor is not None else None)
    if listed and f.qualifiers.get("scope") == list(item.scope):
        f.qualifiers["listed"] = True  # one item of a list, about its own place (see frame_lists)
    if population:
        f.qualifiers["population"] = population
        _who_not_where(ctx, f, population)
    if ctx.t.predicate_defs[pred].get("cumulative") and _partial(ctx, c):
        f.qualifiers["partial"] = True  # "has so far received", «حتى الآن»: a running count
    elif ctx.t.predicate_defs[pred].get("polled") and _partial(ctx, c):
        # («نرخ مشارکت به‌طور مقدماتی ۲۷.۷ درصد بوده است»: a first figure, which the final one revises)
        f.qualifiers["preliminary"] = True
    per = _per(ctx, c) or (donor.qualifiers.get("per") if donor is not None else None) or (item and item.per)
    if not per and ctx.t.predicate_defs[pred].get("distributes") and _distributed(ctx):
        per = "head"  # ("his sons were each ordered to pay $4 million and barred for two years")
    if per:
        f.qualifiers["per"] = per
    asked = _requested(ctx, c) if not ctx.t.predicate_defs[pred].get("per_person") else False
    if asked and set(f.subject.get("tokens") or ()) & ctx.t.demanded and asked not in _KINDS_APART:
        asked = False  # ("demanding a ransom of $300": the ransom is the sum demanded, not a bid for one)
    if asked == "threshold" and pred not in _BARRED:
        asked = False  # (a bar is of votes: "a majority of the 300-seat chamber" counts its seats)
    if asked in _PARTIES_AT_TRIAL and pred == "duration" and "sentence" in ctx.t.predicate_defs:
        # ("Prosecutors had asked for 18 years", «طالب الادعاء بسجنه لمدة 18 عاما»: a sentence asked
        # for, though no word of a sentence stands beside it)
        f = _frame(ctx, c, "sentence", value, clause, when)
    if not asked and ctx.t.predicate_defs[pred].get("polled") and _polled(ctx):
        asked = "forecast"  # («بر پایه این نظرسنجی … ۶.۹ درصد»: a poll's estimate, not the count)
    if asked:
        f.qualifiers["requested"] = asked
    elif _maximum(ctx, c):
        f.qualifiers["requested"] = "maximum"  # the most the law allows: not what was given
    counted = _counted_ordinal(ctx, c) if f.subject.get("kind") == "concepts" else None
    if counted:
        f.qualifiers["ordinal"] = counted  # "the first explosion … 3 tonnes and the second … 21 tonnes"
    if pred == "sentence" and c.value.get("hedge") == "range":
        # ("13 other crew members received prison terms of between five and 20 years", «لمدد
        # تتراوح بين خمس سنوات و20 سنة»: a range of sentences is several people's, not one's)
        f.qualifiers["several"] = True
    elif pred == "sentence" and (end := _range_end(ctx, c)):
        # (so too one written out as two figures, "ranging from four years and two months to 10
        # years": the lowest of several sentences and the highest, each its own)
        f.qualifiers["several"] = end
    if pred == "sentence" and _extension(ctx, c):
        # («على أن تُضاف ستة أشهر … إلى مدة سجنهما في حال عدم السداد», "an extra six months if they
        # fail to pay": time added to a sentence, not the sentence)
        f.qualifiers["extended"] = True
    if pred == "duration" and (record := _record_span(ctx, c)):
        # "the highest in 16 years": no time since a start; which superlative ("the highest in 23
        # years" and "the first cut in more than four years" are two records)
        f.qualifiers["record"] = record
    elif pred == "duration" and _extension(ctx, c):
        f.qualifiers["extended"] = True  # "extended by three months": time added, not since a start
    elif pred == "duration" and _term(ctx, c):
        f.qualifiers["term"] = True  # "serves a five-year term": a term's length, not since a start
    elif pred == "duration" and _rate_period(ctx, c):
        f.qualifiers["period"] = True  # "in a year 41.6%": the span a change is measured over
    elif pred == "duration" and _window(ctx, c):
        f.qualifiers["window"] = True  # "over the past two and a half years": counted back from now
    elif pred == "duration" and _ends_before(
        ctx.t.within_before, ctx.doc.text, ctx.doc.norm.norm_index(c.start)
    ):
        f.qualifiers["within"] = True  # "reopen embassies within two months": a limit, no length
    elif pred == "duration" and _planned(ctx, c):
        f.qualifiers["planned"] = True  # "it would put them on hold for 90 days": no time since a start
    elif pred == "duration" and (closed := _closed(ctx, c)):
        f.qualifiers["closed"] = True  # "a curfew that lasted two weeks": over, not up to now
        if closed == "offset":
            f.qualifiers["offset"] = True  # "six weeks after the writers returned": no length of anything
        elif _past_span(ctx, c):
            # "The writers' previous walkout, in 2007–2008, lasted 100 days": a past occasion's length
            f.qualifiers["past_span"] = True
    if not ctx.t.predicate_defs[pred].get("cumulative") and _raised_to(ctx, c):
        f.qualifiers["changed_to"] = True  # "raising the duty … to 125%": a new value, of its day
    elif _moved_by(ctx, c, f):
        f.qualifiers["moved_by"] = True  # "raised interest rates by 6%": the move, not the rate
    changed = _changed_from(ctx, c)
    if changed and (f.time is None or changed != "compared"):
        # (a figure compared with, with a time of its own, is told apart by it: "35.7% in
        # February, against 29.8% in January"; but "cut it from 9%" in February, «من 9% إلى 8.5%»
        # in February, start February's change)
        f.qualifiers["previous"] = True
    pdef = ctx.t.predicate_defs[pred]
    if pdef.get("person_named"):
        # ("Braga Netto was sentenced to 26 years" in a report led by Bolsonaro's 27: a co-defendant's,
        # keyed apart in ``align``; the one a report leads with is the occasion's, however each
        # report names him)
        # (a lead named anywhere before the figure in its sentence makes it the lead's too: «عمران
        # خان … و شاه محمود قریشی … را … به ۱۰ سال زندان محکوم کرد», both of them ten years)
        # (never the judge's: "Judge Ramona Manglona … sentenced him to 62 months")
        named = _nearest_name(ctx, c, ((w, w) for w in ctx.lead if w not in ctx.bench), after=False) or (
            _nearest_name(ctx, c, ((w, w) for w in ctx.people if w not in ctx.bench), after=False)
        )
        if named is not None:
            f.qualifiers["person"] = named[1]
            if named[1] in ctx.lead:
                f.qualifiers["person_lead"] = True  # (whom a report's headline or lead names)
    if (pdef.get("per_person") or pdef.get("person_named")) and f.subject.get("kind") == "concepts":
        # («محمد رضا عارف (٧٢ عاما)»: the name right before the bracket, whether or not a claim
        # gives it, not a person named further back)
        # (or a surname alone before an age word, «شووین ۴۵ ساله», as a bracket sets one off)
        aged = fold(str(c.value.get("unit_text") or "")).strip() in ctx.t.age_after_name
        bare = (_named_before(ctx, c) or _surname_before(ctx, c)) if bracketed else None
        bare = bare or (_surname_before(ctx, c) if aged else None)
        bare = bare or (_named_at_age_words(ctx, c) if pred == "age" else None)
        # («… به ایفیخنیا مارتینس، رئیس ۹۴ ساله مجلس نمایندگان»: the age of the one named before
        # the role's comma, whom no claim names, never of a person named further back)
        bare = bare or (_titled_age(ctx, c) if pred == "age" and aged else None)
        person = (0, bare, 0, 0) if bare else None
        person = person or (_titled_after(ctx, c) if pred == "age" else None)
        person = person or _nearest_name(ctx, c, ((w, w) for w in ctx.people))
        person = person or _title_holder(ctx, c)
        if person:
            # whose age: that person, not the words of the clause (names meet across scripts)
            # (and no scope: a person's age is no part of a toll, wherever the clause places it)
            f = dataclasses.replace(
                f,
                subject={**f.subject, "tokens": [f"n:{person[1]}"]},
                confidence="lexicon",
                qualifiers={k: v for k, v in f.qualifiers.items() if k != "scope"},
            )
    if (
        ctx.t.predicate_defs[pred].get("per_candidate")
        and _margin(ctx, c)
        and _vote_side(ctx, c, unit) is None
    ):
        f.qualifiers["margin"] = True  # («با اختلافی نزدیک به ۲ میلیون و ۸۵۰ هزار رأی»: a margin, no one's)
    elif ctx.t.predicate_defs[pred].get("per_candidate"):
        # a person first; a party or alliance where no one is named ("The BJP won 240 seats"), or
        # where the party stands between a person further back and the figure, not as that person's
        # ("… allies such as Naidu's Telugu Desam Party, with 16 seats": not Modi's)
        people = [(w, w) for w in ctx.people]
        # (a share that restates the count before it, «۶ میلیون و ۴۰۸ هزار رأی (۵۱٫۹۵ درصد)»,
        # "5,150,092 votes, or 51.2%": the count's, whoever is named after it)
        who = _restated_count(ctx, c) or c
        owner = _nearest_name(ctx, who, people, before=False, led=True) if _owner_after(ctx, who) else None
        person = owner or _winner(ctx, who, _nearest_name(ctx, who, people, led=True))
        if person and (owner or person[0] >= _FAR):
            # («مقابل 49.11% لمنافسه رافال تشاسكوفسكي»: a share of the one named after it, its own)
            f.qualifiers.pop("previous", None)
        party = _nearest_name(ctx, who, _parties(ctx), after=False)
        if (
            person
            and party
            and party[0] < person[0]
            and (person[0] >= _FAR or party[2] - person[3] > _LEADER_GAP)
            and not _apposed(ctx, person, party, who)
        ):
            person = None  # (a party before the figure beats a person after it: "The BJP won 240 seats, leaving Modi …")
        candidate = person or party
        side = _vote_side(ctx, c, unit)
        option = _ballot_option(ctx, c) if not side else None
        if side or option:
            # a motion's tally, not a person's votes; or a referendum option's («لمعسكر البقاء»)
            f.qualifiers["candidate"] = "side:" + (side or option)
            if side and _motion(ctx, c) == "amendment":
                f.qualifiers["motion"] = "amendment"  # an amendment's tally, not the motion's
            # («۶۱ رأی موافق در برابر ۲۰ رأی مخالف»: a tally's other side, not a figure compared with;
            # «۴۸٫۱ درصد … خواستار ماندن»: what voters wanted, no figure asked for)
            f.qualifiers.pop("previous", None)
            f.qualifiers.pop("requested", None)
        elif candidate:
            # («يملك معسكر توسك 248 مقعداً»: the seats of Tusk's camp, his party's and its allies',
            # are not his party's 157)
            bloc = bool(_ends_before(ctx.t.blocs, ctx.doc.text, candidate[2]))
            f.qualifiers["candidate"] = ("bloc:" if bloc else "") + candidate[1]
        elif (bare := _named_before(ctx, who)) is not None:
            at = ctx.doc.text.rfind(bare, 0, ctx.doc.norm.norm_index(who.start))
            bloc = at >= 0 and bool(_ends_before(ctx.t.blocs, ctx.doc.text, at))
            f.qualifiers["candidate"] = ("bloc:" if bloc else "") + bare
        elif (won := _winning_place(ctx, who)) is not None:
            f.qualifiers["candidate"] = PLACE_CANDIDATE + won
    return f


def _winning_place(ctx: _Sentence, c: Claim) -> str | None:
    """The city or country that won the figure's votes, where no one is named: the place named
    nearest before the figure with no other figure between, and a winning word between them
    ("Saudi Arabia's capital won 119 of the votes", «بوسان … التي حصلت على 29 صوتاً»), after the figure
    in its sentence where the verb comes last («رم، پایتخت ایتالیا، ۱۷ رأی به دست آوردند»), or before
    the place when the figure follows it right away ("Busan took 29 and Rome 17"). Its country's
    code, the same in every script, whether a report names the city or the country."""
    n, text, t = ctx.doc.norm, ctx.doc.text, ctx.t
    s0, s1 = _folded(ctx)
    at = n.norm_index(c.start)
    named = [
        (n.norm_index(p.start), n.norm_index(p.end), str(p.value["country"]))
        for p in ctx.claims
        if p.type == "place" and p.value.get("country") and p.end <= c.start
    ] + [(s, e, cc) for s, e, cc in t.countries.find(text, s0, at) if cc]
    if not named:
        return None
    start, end, place = max(named, key=lambda x: (x[1], x[0]))
    if any(o.type == "number" and end <= n.norm_index(o.start) < at for o in ctx.claims):
        return None  # (another figure stands between: the place is that one's)
    if _places_an_occasion(ctx, start, end, at):
        return None  # ("The winner of Sri Lanka's presidential election took 42.31%": where, not who)
    if next(iter(t.winning_words.find(text, end, at)), None) is not None:
        return place
    if t.verb_final:
        after = next(iter(t.winning_words.find(text, n.norm_index(c.end), s1)), None)
        return place if after is not None else None
    close = len(text[end:at].split()) <= _ELIDED_WORDS
    return place if close and next(iter(t.winning_words.find(text, s0, start)), None) is not None else None


_ELIDED_WORDS = 1  # words between a place and its figure when the winning verb is left out ("and Rome 17")


def _places_an_occasion(ctx: _Sentence, start: int, end: int, at: int) -> bool:
    """An occasion's word stands between the place (folded ``start``–``end``) and the figure at
    ``at``, or shortly before the place in its clause: the place is where the occasion was
    ("Sri Lanka's presidential election", «در انتخابات ریاست جمهوری سریلانکا»), not who won."""
    n, text = ctx.doc.norm, ctx.doc.text
    for _, m in ctx.mentions:
        for o in m.triggers:
            p = n.norm_index(o)
            if end <= p < at:
                return True
            if (
                start - _OCCASION_BEFORE <= p < start
                and not _CLAUSE_MARKS.search(text, p, start)
                and "." not in text[p:start]
            ):
                return True
    return False


_OCCASION_BEFORE = 40  # folded characters before a place where the occasion it places may stand


_RESTATES = re.compile(r"\s*(?:\(|,\s*or\s+|[،,]\s*أي\s+|[،,]\s*یعنی\s+)\s*$")


def _restated_count(ctx: _Sentence, c: Claim) -> Claim | None:
    """The count of votes right before a share that restates it in parentheses or after "or"
    («… رأی (۵۱٫۹۵ درصد)», "5,150,092 votes, or 51.2%"), or None."""
    if c.value.get("unit") != "percent":
        return None
    original = ctx.doc.article.text
    for o in ctx.claims:
        if (
            o.type == "number"
            and o.value.get("unit") == "vote"
            and 0 <= c.start - o.end <= _RESTATE_GAP
            and _RESTATES.fullmatch(original, o.end, c.start)
        ):
            return o
    return None


_RESTATE_GAP = 12  # characters between a count and the share that restates it: " (", ", or "


def _regional(ctx: _Sentence, c: Claim, scope) -> tuple[str, ...]:
    """The places below a country that the figure's own clause names where something is ("Scotland
    voted 62% to remain", «در اسکاتلند ۶۲ درصد»; not «أعلنت … النتيجة من مدينة مانشستر، إذ حصل
    معسكر الخروج على 51.9»)."""
    n, text = ctx.doc.norm, ctx.doc.text
    s0, s1 = _folded(ctx)
    left, right = _clause_span(text, s0, s1, n.norm_index(c.start), n.norm_index(c.end))
    opener = next(iter(ctx.t.relative.find(text, left, min(right, left + _OPENER_REACH))), None)
    if left > s0 and text[left - 1] in ",،" and opener is not None and not text[left : opener[0]].strip():
        # (a relative clause tells of the place before its comma: «وفي اسكتلندا، التي صوت ٦٢ في
        # المئة من ناخبيها للبقاء», "in Scotland, where 62% voted to remain")
        left = _clause_span(text, s0, s1, left - 1, left - 1)[0]
    here = {
        o.value.get("place")
        for o in ctx.claims
        if o.type == "place"
        and o.value.get("role") != "origin"
        and left <= n.norm_index(o.start)
        and n.norm_index(o.end) <= right
    }
    return tuple(x for x in scope if x.startswith("p:") and x[2:] in here and not x[2:].isalpha())


_OPENER_REACH = 12  # characters from a clause's start to the relative word that opens it


def _counted_ordinal(ctx: _Sentence, c: Claim) -> str | None:
    """The ordinal nearest before a figure in its clause that counts one of several things ("the
    first explosion released … 3 tonnes and the second … 21 tonnes", «الانفجار الأول … 3 أطنان،
    والثاني … 21 طنا»): first, second or third, never a record's "first time" (a predicate word)."""
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    left, _right = _clause_span(text, *_folded(ctx), a, b)
    # (a regnal number is a name's: «الملك الحسن الثاني», "King Abdullah II")
    names = [(n.norm_index(o.start), n.norm_index(o.end)) for o in ctx.claims if o.type in _PERSON]
    hits = [
        (s, e, k)
        for s, e, k in ctx.t.ordinals.find(text, max(left, a - _COUNTED_REACH), a)
        if k in _COUNTED_ORDINALS and not any(ps <= s and e <= pe for ps, pe in names)
    ]
    if not hits:
        return None
    s, e, k = hits[-1]
    if any(
        ps <= s and pe > e for ps, pe, _ in ctx.t.predicates.find(text, s, min(len(text), e + _COUNTED_REACH))
    ):
        return None  # (a longer phrase of a record: "for the first time since 2019")
    return k


_COUNTED_ORDINALS = frozenset({"first", "second", "third"})
_COUNTED_REACH = 60  # characters between a counting ordinal and its figure


def _ballot_option(ctx: _Sentence, c: Claim) -> str | None:
    """The referendum option a share or count of votes is of: the nearest option word in its
    clause, within reach ("Leave won 51.9% of the vote against 48.1% for Remain", «۵۱٫۹ درصد
    رای‌دهندگان خواستار خروج»), in a sentence that tells of a vote."""
    if c.value.get("unit") not in ("percent", "vote", "person") or not (
        _voting(ctx, c) or any(_voting(ctx, o) for o in ctx.claims if o is not c and o.type == "number")
    ):
        # (the vote word after the second of two shares is the first's too: «موافقان ۵۱٫۴ درصد و
        # مخالفان ۴۸٫۶ درصد آرا را به دست آوردند»)
        return None
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    left, right = _clause_span(text, *_folded(ctx), a, b, quoted=True)
    near = [
        (a - e if e <= a else s - b, s <= a, k)
        for s, e, k in ctx.t.ballot_options.find(
            text, max(left, a - _OPTION_REACH), min(right, b + _OPTION_REACH)
        )
        # (an option after a join is the next figure's: "Leave took 17,410,742 votes and Remain …";
        # so is one after the next figure: «51.4% من الأصوات مقابل 48.6% لمعسكر "لا"»)
        if e <= a
        or (
            s >= b
            and not ctx.t.list_joins & set(_LETTERS.findall(text, b, s))
            and not any(
                o.type == "number" and c.end <= o.start and n.norm_index(o.end) <= s for o in ctx.claims
            )
        )
    ]
    return min(near)[2] if near else None


_YEAR_LIKE = 1000  # a figure of four digits beside an age word is a year, not an age
_OPTION_REACH = 40  # characters between a share and its option's word
_LETTERS = re.compile(r"[^\W\d_]+")  # words of any length (the Persian and Arabic «و»)


def _voting(ctx: _Sentence, c: Claim | None = None) -> bool:
    """The sentence tells of a vote: a count of votes, a vote's occasion word, a motion's noun
    (rules/predicates ``vote_motions``: "180 lawmakers backed the motion"), or a word of votes or
    turnout beside ``c`` ("Scotland voted 62% to remain")."""
    sent = ctx.doc.norm.norm_index(ctx.sent[0]), ctx.doc.norm.norm_index(ctx.sent[1])
    return (
        any(o.type == "number" and o.value.get("unit") == "vote" for o in ctx.claims)
        or any(ctx.t.type_defs.get(m.type, {}).get("family") == "election" for _, m in ctx.mentions)
        or (
            ctx.t.vote_motions is not None
            and next(iter(ctx.t.vote_motions.find(ctx.doc.text, *sent)), None) is not None
        )
        or (
            c is not None
            and any(p in ("votes", "turnout") for d, p in ctx.triggers.get(c.id, ()) if d < _FAR)
        )
    )


def _split_share(ctx: _Sentence, c: Claim) -> bool:
    """Share ``c`` and another joined by a tally's join word (rules/predicates ``vote_sides``
    ``joins``) that together make the whole vote: "by 55.3 percent to 44.7 percent", «۵۵٫۳ درصد در
    برابر ۴۴٫۷ درصد», «55.3% مقابل 44.7%», the vote split between two sides. (Not two shares of
    one thing at two times, "turnout rose from 60 percent to 65 percent", which make no whole.)"""
    join = ctx.t.vote_sides.get("joins")
    if join is None or c.value.get("unit") != "percent":
        return False
    n, text, orig = ctx.doc.norm, ctx.doc.text, ctx.doc.article.text
    for o in ctx.claims:
        if o is c or o.type != "number" or o.value.get("unit") != "percent":
            continue
        first, second = (c, o) if o.start >= c.end else (o, c)
        m = join.match(text, n.norm_index(first.end))
        if m is None or orig[n.orig_index(m.end()) : second.start].strip():
            continue
        total = (first.value.get("value") or 0) + (second.value.get("value") or 0)
        if _WHOLE[0] <= total <= _WHOLE[1]:
            return True
    return False


_WHOLE = (97.0, 100.5)  # percent two sides' shares add up to (a few blank or spoilt ballots aside)


def _tallied(ctx: _Sentence, c: Claim) -> bool:
    """A count with no unit, or of people, that a side word marks, in a sentence that tells of a
    vote (a count of votes, a vote's occasion word, a motion's noun, or a word of voting by the
    count: "169 voted against"): one side of the tally ("204 votes in favour and 85 against",
    «تأييد ٢٠٤ نواب مقابل معارضة ٨٥»)."""
    unit = c.value.get("unit")
    if c.type != "number" or c.value.get("kind") not in (None, "cardinal"):
        return False
    if unit is not None and ctx.t.unit_parent.get(unit, unit) != "person" and unit != "person":
        return False
    return _voting(ctx, c) and _vote_side(ctx, c, "vote") is not None


def _versus(ctx: _Sentence, c: Claim) -> bool:
    """Figure ``c`` is one of two counts a person's name and an "against" word set side by side
    (rules/predicates ``vote_sides``): a name before it in its sentence, and the against word
    between it and another figure ("Nawrocki won about 10.6 million votes against about 10.2
    million for his rival"), not a motion's tally."""
    sides, n, text = ctx.t.vote_sides, ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    if not any(_has_word(text[n.norm_index(ctx.sent[0]) : a], w) for w in ctx.people):
        return False  # (a whole word: «یون» is no name inside «یونهاپ»)
    after, ahead = sides.get("against_after"), sides.get("against_before")
    for o in ctx.claims:
        if o.type != "number" or o is c:
            continue
        first = c if o.start >= c.end else o
        if _for_side(ctx, first):
            continue  # ("by 61 votes in favour against 20", «بتأييد 61 عضوا مقابل معارضة 20»: a tally)
        if o.start >= c.end:
            m = after.match(text, b) if after else None
            if m and 0 <= n.norm_index(o.start) - m.end() <= _VERSUS_GAP:
                return True
        else:
            lo = n.norm_index(o.end)
            if 0 <= a - lo <= _VERSUS_GAP + _SIDE_REACH and ahead and ahead.search(text[lo:a]):
                return True
    return False


def _for_side(ctx: _Sentence, c: Claim) -> bool:
    """A word of the side for a motion right before or after figure ``c``."""
    sides, n, text = ctx.t.vote_sides, ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    after, ahead = sides.get("for_after"), sides.get("for_before")
    return bool(
        (after and after.match(text, b)) or (ahead and ahead.search(text[max(0, a - _SIDE_REACH) : a]))
    )


_VERSUS_GAP = 12  # characters from the against word to the other figure: "about"


def _vote_side(ctx: _Sentence, c: Claim, unit: str | None) -> str | None:
    """The side of a motion a count of votes is on (rules/predicates ``vote_sides``): "by a vote of
    10 to 1" and «۱۰ رأی موافق» are for it, «مقابل صوت واحد» and "85 against" against it; ``None``
    when no word marks a side (a candidate's votes)."""
    sides = ctx.t.vote_sides
    if not sides or unit != "vote":
        return None
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    before = text[max(n.norm_index(ctx.sent[0]), a - _SIDE_REACH) : a]
    if _versus(ctx, c):
        # (a person named before the figure, and a figure after "against": two candidates' counts,
        # "Nawrocki won about 10.6 million votes against about 10.2 million for his rival")
        return None
    for side in ("abstain", "against", "for"):
        # (abstentions first: «۴۵ رأی ممتنع», "45 abstentions", «وامتناع 23» are neither side)
        after = sides.get(f"{side}_after")
        ahead = sides.get(f"{side}_before")
        if (after and after.match(text, b)) or (ahead and ahead.search(before)):
            return side
    # the second count of a tally ("by 204 votes to 85"): a count ends right before the join
    jb = sides.get("joins_before")
    k = jb.search(before) if jb else None
    if k is not None:
        cut = n.orig_index(a - len(before) + k.start())
        if any(x.type == "number" and 0 <= cut - x.end <= _TALLY_GAP for x in ctx.claims):
            return "against"
    join = sides.get("joins")
    m = join.match(text, b) if join else None
    at = n.orig_index(m.end()) if m else -1
    if m and any(
        x.type == "number" and x.start >= at and not ctx.doc.article.text[at : x.start].strip()
        for x in ctx.claims
    ):
        return "for"  # the first count of a tally ("10 to 1"; not "16.3 million votes to Jalili's 13.5")
    return None


def _motion(ctx: _Sentence, c: Claim) -> str | None:
    """Which motion a count of votes is on: the kind (rules/predicates ``vote_motions``) of the
    nearest motion noun before it, within ``_MOTION_REACH`` characters and across sentences ("A
    Canadian amendment that would have condemned the attack failed. It received 88 votes in
    favor"), or None."""
    if ctx.t.vote_motions is None:
        return None
    a = ctx.doc.norm.norm_index(c.start)
    hits = list(ctx.t.vote_motions.find(ctx.doc.text, max(0, a - _MOTION_REACH), a))
    return hits[-1][2] if hits else None


_MOTION_REACH = 300  # characters back to the noun of the motion a count of votes is on
_SIDE_REACH = 24  # characters between a count and the words that give its side
_TALLY_GAP = 8  # characters between a tally's first count (with its unit) and the join: "204 votes to"


_NAME_LETTERS = 3
_OPPONENT_REACH = 16  # characters before a share where its with-word stands ("with ")
_GIVEN_NAMES = 2  # words between an opponent word and the surname ("against Marine Le Pen")
_OPPONENT_BEFORE = 64  # characters before the loser's name where the opponent word may start


def _owner_after(ctx: _Sentence, c: Claim) -> bool:
    """The words right after a share name whose it is («ونحو 10% لمرشح حركة المواطنين …», "for the
    candidate of"): rules/predicates ``owner_after``."""
    n, text = ctx.doc.norm, ctx.doc.text
    b = n.norm_index(c.end)
    return ctx.t.owner_after is not None and ctx.t.owner_after.match(text, b) is not None


def _winner(ctx: _Sentence, c: Claim, person):
    """ "Macron won the runoff against Marine Le Pen with 58.55 percent": the name nearest before
    the share is the loser's when an opponent word stands before it and a with-word before the
    share; the share is then the person named before the opponent's."""
    if person is None or person[0] >= _FAR:
        return person
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    lead = text[max(person[3], a - _OPPONENT_REACH) : a]
    if not any(e == len(lead.rstrip()) for _, e, _ in ctx.t.with_words.find(lead.rstrip())):
        return person
    if next(iter(ctx.t.relative.find(text, person[3], a)), None) is not None:
        return person  # («متقدماً على نافروتسكي الذي حلّ ثانياً بنسبة 29.54%»: who came second, his)
    lo = max(0, person[2] - _OPPONENT_BEFORE)
    # (the opponent word, then at most the loser's given names: "against Marine Le Pen"; a
    # lower-case word is a description, "beating opposition challenger Kemal Kilicdaroglu")
    original = ctx.doc.article.text
    opponent = next(
        (
            s
            for s, e, _ in ctx.t.opponents.find(text, lo, person[2])
            if sum(
                not original[n.orig_index(m.start())].islower() for m in _WORD.finditer(text, e, person[2])
            )
            <= _GIVEN_NAMES
        ),
        None,
    )
    if opponent is None:
        return person
    winner = _person_before(ctx, opponent, _folded(ctx)[0])
    if winner is None:
        # ("She had beaten Rishi Sunak …, taking 57.4%": a winner the sentence names by a pronoun,
        # the one person the report leads with, when that is not the loser; else no one's)
        lead = sorted(w for w in ctx.lead if w in ctx.people and w != person[1])
        return (person[0], lead[0], person[2], person[3]) if len(lead) == 1 else None
    return (person[2] - winner[1], winner[0], winner[1], winner[2])


def _named_before(ctx: _Sentence, c: Claim) -> str | None:
    """A name no claim gives, written right before its figure as two name-like words (a given name
    and a surname: «مسعود پزشکیان ۱۶ میلیون و ۳۸۴ هزار رأی»): the surname. Words no name has
    (``not_name``, stopwords) end it: «از مجموع ۳۰ میلیون رأی» is no one's."""
    if ctx.doc.lang == "en":
        return None  # (English names are found by their capitals)
    n, text = ctx.doc.norm, ctx.doc.text
    lo = n.norm_index(ctx.sent[0])
    t = ctx.t
    words = text[lo : n.norm_index(c.start)].rstrip(" (").split()
    if words and words[-1] in t.regnal:
        words = words[:-1]  # («الملك تشارلز الثالث (٧٣ عاما)»: the name before the regnal number)
    words = words[-2:]
    if len(words) < 2:
        return None
    # («ائتلاف شش حزبی مخالف ۴۷.۸۲ درصد»: the opposition, no name)
    if not all(_name_word(t, w) for w in words):
        return None
    return " ".join(words) if words[-1] in t.name_suffixes else words[-1]  # («قلیچدار اوغلو»)


_APPOSED = re.compile(r"([A-Z][\w'’-]+),[ \t]*\Z")
# A given name and a surname, capitalised, right before the comma (not a sentence's first word)
_FULL_NAME = re.compile(
    r"(?<=[a-z,] )[A-Z][a-z'’-]+[ \t]+(?:[\"“][A-Z][a-z]+[\"”][ \t]+)?[A-Z][\w'’-]+,[ \t]*\Z"
)
_NOUN_COMMA = re.compile(r"(?<![\w'’-])[a-z]{3,},[ \t]*\Z")
_AGE_MAX = 120
# An age its own words announce («توفي عن … عاما»): read as one up to this, so that a slip beyond
# any life («عن ١٤٤ عاما» against "at the age of 96") is compared, not taken for a span of years.
_AGE_CUED_MAX = 150


_BRACKET_OPEN = re.compile(r"\(\s*\Z")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _bracketed_age(ctx: _Sentence, c: Claim) -> bool:
    """Years in brackets right after a name: an age («سيامك نمازي (51 عاما)», «محمد (۴۵ ساله)»)."""
    v, text = c.value, ctx.doc.article.text
    if v.get("unit") != "year" or not (1 <= float(v.get("value") or v.get("low") or 0) <= _AGE_MAX):
        return False
    if not _BRACKET_OPEN.search(text, max(0, c.start - 3), c.start) or not _BRACKET_CLOSE.match(text, c.end):
        return False
    return _named_before(ctx, c) is not None or _surname_before(ctx, c) is not None


def _surname_before(ctx: _Sentence, c: Claim) -> str | None:
    """The one word right before the bracket of an age, a surname alone («أن شوفين (45 عاماً) مذنب»):
    a word that may be a name's (see ``_named_before``)."""
    if ctx.doc.lang == "en":
        return None
    n, text, t = ctx.doc.norm, ctx.doc.text, ctx.t
    words = text[n.norm_index(ctx.sent[0]) : n.norm_index(c.start)].rstrip(" (").split()
    w = words[-1] if words else ""
    if w[:1] and w[:1] in t.predicates.clitics and w[1:] in ctx.people:
        return w[1:]  # («وسريثا (62 عاماً)»: «و» and a name the article gives)
    if w and any(name.startswith(w + " ") for name in ctx.full_names):
        return w  # («بسجن لي (٥٥ عاماً)»: the family name a Korean name opens, «لي جاي-يونغ»)
    # («مرد سیاه‌پوست ۴۶ ساله», «مردی ۴۱ ساله»: a man, no name; a common noun with the «ی» of one)
    if not _name_word(t, w) or (
        ctx.doc.lang == "fa" and (w in fa_common() or (w[-1:] == "ی" and w[:-1] in fa_common()))
    ):
        return None
    return w


def _titled_age(ctx: _Sentence, c: Claim) -> str | None:
    """An age right after a role word inside the role's phrase («رئیس ۹۴ ساله مجلس», the 94-year-old
    head of the chamber): the word right before the comma that opens the phrase, when it is a
    name the article gives or may be one; None when no role stands right before the age."""
    n, text, t = ctx.doc.norm, ctx.doc.text, ctx.t
    s0, at = n.norm_index(ctx.sent[0]), n.norm_index(c.start)
    role = next(
        (s for s, e, _ in t.roles.find(text, max(s0, at - _ROLE_REACH), at) if not text[e:at].strip()), None
    )
    if role is None:
        return None
    head = text[s0:role].rstrip()
    words = head[:-1].split() if head.endswith(_COMMAS) else []
    return words[-1] if words and (words[-1] in ctx.people or _name_word(t, words[-1])) else None


_ROLE_REACH = 30  # folded characters of a role word right before an age


def _named_at_age_words(ctx: _Sentence, c: Claim) -> str | None:
    """The word right before the comma that opens an age's own words («السيستاني، البالغ من العمر
    90 عاما», the age's trigger of rules/predicates right before the figure): whose age it is, a
    surname alone or not, rather than a person named further back in the sentence."""
    if ctx.doc.lang == "en":
        return None  # (English names are found by their capitals: "Zuma, 79,")
    n, text, t = ctx.doc.norm, ctx.doc.text, ctx.t
    s0, at = n.norm_index(ctx.sent[0]), n.norm_index(c.start)
    cue = [s for s, e, p in t.predicates.find(text, s0, at) if p == "age" and not text[e:at].strip()]
    head = text[s0 : cue[0]].rstrip() if cue else ""
    if not head.endswith(_COMMAS):
        return None
    words = head[:-1].split()
    w = words[-1] if words else ""
    return w if w in ctx.people or _name_word(t, w) else None


_COMMAS = (",", "،")


def _name_word(t: FrameTables, w: str) -> bool:
    """A folded word that may be a name's: long enough, letters only, and no stopword, word that no
    name has (``not_name``) or predicate's word."""
    return (
        len(w) >= _NAME_LETTERS
        and w.isalpha()
        and w not in t.name_stop
        and w not in t.stopwords
        and w not in t.not_names
        and next(iter(t.predicates.find(w)), None) is None
    )


def _age_at_death(ctx: _Sentence, c: Claim) -> bool:
    """Years right after a word of age at death, in a sentence that tells of a death: «وتوفي الملك
    عن 70 عاما» is his age, not a span of seventy years."""
    v = c.value
    if ctx.t.death_age is None or v.get("unit") != "year":
        return False
    if not (1 <= float(v.get("value") or v.get("low") or 0) <= _AGE_CUED_MAX):
        return False
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    if not ctx.t.death_age.search(text, max(0, a - _DEATH_AGE_REACH), a):
        return False
    lo, hi = _folded(ctx)
    return any(kind == "verb" for _s, _e, kind in ctx.t.deaths.find(text, lo, hi))


_DEATH_AGE_REACH = 8  # characters before the years: the word and its spaces


def _apposed_age(ctx: _Sentence, c: Claim) -> bool:
    """An English age set off by commas after a person's name: "Raisi, 63, a hardline cleric"; or
    a count of years right after a person's surname («اردوغان ۶۹ ساله»: 69 years old, no span)."""
    v, text = c.value, ctx.doc.article.text
    if (
        fold(str(v.get("unit_text") or "")).strip() in ctx.t.age_after_name
        and not v.get("hedge")
        and v.get("kind") == "cardinal"
    ):
        before = LAST_WORD.search(
            ctx.doc.text, max(0, ctx.doc.norm.norm_index(c.start) - 40), ctx.doc.norm.norm_index(c.start)
        )
        # (a surname no claim gives, when it is no common word: «پیستوریوس ۳۷ ساله», not «قرارداد ۲۵ ساله»)
        return (
            before is not None
            and (before.group(1) in ctx.people or _surname_before(ctx, c) == before.group(1))
            and 1 <= float(v.get("value") or 0) <= _AGE_MAX
        )
    if ctx.doc.lang != "en" or v.get("unit") is not None or v.get("hedge") or v.get("kind") != "cardinal":
        return False
    if not (1 <= float(v.get("value") or 0) <= _AGE_MAX) or not text.startswith((",", ".", ";"), c.end):
        return False
    if _FULL_NAME.search(text, max(0, c.start - 60), c.start):
        return True  # ("named the injured men as David Dutch, 57, and James Copenhaver, 74.")
    m = _APPOSED.search(text, max(0, c.start - 40), c.start)
    if m is None:
        # "The emir, 86, had been admitted": a title held by a person the article names
        titled = _TITLE_COMMA.search(text, max(0, c.start - 40), c.start)
        return titled is not None and ctx.t.roles.lookup(fold(titled.group(1))) is not None
    # (a name the article gives no role, in apposition to a noun: "Her eldest son, Charles, 73,")
    # ("Bankman-Fried, 32,": a hyphenated surname is known by its last part too)
    return (
        fold(m.group(1)) in ctx.people
        or fold(_HYPHEN.split(m.group(1))[-1]) in ctx.people
        or _NOUN_COMMA.search(text, max(0, m.start() - 30), m.start()) is not None
    )


_TITLE_COMMA = re.compile(r"(?<![\w'’])(?:[Tt]he|[Hh]is|[Hh]er)[ \t]+([a-z][a-z \-]*?),[ \t]*\Z")
_SPACES = re.compile(r"\s+")
_ELIDED_REACH = 80  # characters between two dates whose second takes the first's predicate
_INITIAL_DOT = re.compile(r"(?<=\b\w)\.(?=\w|\s+\w)")
_CLAUSE_END_MARK = re.compile(r"[.;؛:!?؟]")
_COUNTED = re.compile(r"\s+(?:[^\W\d_]+\s+)?")


def _restated(frames: list[Frame]) -> list[Frame]:
    """A figure the article gives twice, once with what it counts and once bare («امیدی به زنده
    ماندن شش کارگر … نیست» in the headline, «شش کارگر مفقود» in the body): the bare reading adds
    nothing but a second, vaguer key, so it goes."""
    typed = {
        (f.value.get("low"), f.value.get("high"), f.value.get("unit"))
        for f in frames
        if f.predicate != "count" and "low" in f.value
    }
    return [
        f
        for f in frames
        if f.predicate != "count"
        or (f.value.get("low"), f.value.get("high"), f.value.get("unit")) not in typed
    ]


def _counts_a_noun(doc: Doc, t: FrameTables, c: Claim) -> bool:
    """A number followed by a counted noun (rules/predicates ``counted_nouns``) counts that noun
    ("three trains collided", «سه قطار»: trains, not people). A bare number may have one word
    between; a number with a unit none, the unit then being a modifier ("two passenger trains") in a
    language where modifiers come first (in Persian and Arabic the noun after a unit is its
    complement: «۲۲ خدمه کشتی» is the ship's 22 crew)."""
    return _counted_noun(doc, t, c) is not None


def _counted_noun(doc: Doc, t: FrameTables, c: Claim) -> int | None:
    """Where the noun that number ``c`` counts ends (an offset into the original text), or None."""
    n, text = doc.norm, doc.text
    b = n.norm_index(c.end)
    bare = c.value.get("unit") is None
    if not (bare or t.units_modify):
        return None
    for m in (_SPACES.match(text, b), _COUNTED.match(text, b) if bare else None):
        if m is not None and (hit := t.counted_nouns.match_at(text, m.end())) is not None:
            return n.orig_index(hit[1])
    return None


def _maximum(ctx: _Sentence, c: Claim) -> bool:
    """ "The counts carried a maximum of 110 years", «حداکثر مجازات … ۱۱۰ سال»: a maximum word
    before the figure in its sentence, within reach."""
    n = ctx.doc.norm
    a = n.norm_index(c.start)
    s0, _ = _folded(ctx)
    return next(iter(ctx.t.maximum.find(ctx.doc.text, max(s0, a - _TRIGGER_REACH), a)), None) is not None


def _sentence_wide(ctx: _Sentence, c: Claim, clause):
    """ "On a monthly basis, prices rose 2.0%": the period a rate is measured over
    (``sentence_wide`` concepts) holds for the figures of the whole sentence, not its clause; but
    not for a figure whose conjunct ends before it: "the repo rate had been held at 45% since
    January, while annual inflation rose to 67.1%" (45% is no annual figure)."""
    tokens, scope, words = clause
    if not ctx.t.sentence_wide or set(tokens) & ctx.t.sentence_wide:
        return clause
    s0, s1 = _folded(ctx)
    s1 = min(s1, _paired(ctx, c)[1])
    found = {"c:" + cid for _s, _e, cid in ctx.t.concepts.find(ctx.doc.text, s0, s1)} & ctx.t.sentence_wide
    return (tuple(sorted({*tokens, *found})), scope, words) if found else clause


def _quarter(ctx: _Sentence, c: Claim, clause):
    """The part of a year a figure is of (``periods``): the one named nearest it in its sentence,
    before or after it, with no other figure of its unit nearer that name ("contracted 0.4% in the
    October-December quarter, following a revised 3.3% slump in July-September": the quarter is
    0.4's, not 3.3's); a clause's other period words are not the figure's."""
    tokens, scope, words = clause
    if not ctx.t.periods:
        return clause
    kept = tuple(x for x in tokens if x not in ctx.t.periods)
    n, text = ctx.doc.norm, ctx.doc.text
    s0, s1 = _folded(ctx)
    unit = c.value.get("unit")
    figures = [
        (n.norm_index(o.start), n.norm_index(o.end), o is c)
        for o in ctx.claims
        if o.type == "number" and (o is c or o.value.get("unit") == unit)
    ]

    def gap(x: int, y: int, a: int, b: int) -> int:
        return x - b if x >= b else a - y if y <= a else 0

    best = None
    for x, y, cid in ctx.t.concepts.find(text, s0, s1):
        if "c:" + cid not in ctx.t.periods:
            continue
        # (the quarter is the figure's nearest it)
        g, mine = min((gap(x, y, a, b), not own) for a, b, own in figures)
        if mine or g > _QUARTER_REACH:
            continue
        if best is None or g < best[0]:
            best = (g, "c:" + cid)
    found = (best[1],) if best else ()
    return (tuple(sorted({*kept, *found})), scope, words) if found or kept != tokens else clause


_QUARTER_REACH = 60  # folded characters between a figure and the quarter it is of


def _anaphor(ctx: _Sentence, c: Claim, clause):
    """«این رقم در ماه ژانویه ۲۹.۸ درصد بود», "The figure was 29.8% in January": a clause that
    names no subject but refers back to one (rules/predicates ``anaphors``) takes the subject of
    the last figure of the same unit before it in the article."""
    tokens = clause[0]
    last = ctx.doc.__dict__.setdefault("_last_subject", {})
    unit = c.value.get("unit")
    if any((x.startswith("c:") and x not in ctx.t.not_subject) or x.startswith("n:") for x in tokens):
        last[unit] = clause
        return clause
    s0, s1 = _folded(ctx)
    if unit in last and next(iter(ctx.t.anaphors.find(ctx.doc.text, s0, s1)), None) is not None:
        return last[unit]
    return clause


def _respective(ctx: _Sentence, c: Claim, clause):
    """Figures of one unit that each follow their own concept ("the deposit rate rose to 27.25%
    and the lending rate to 28.25%"), or a list of concepts and a list of figures "respectively"
    («عائد الإيداع والإقراض … إلى 27.25 و28.25 بالمئة على الترتيب»): each figure keeps its own
    concept, not the others'. Concepts named before every figure, or beside each, stay shared."""
    tokens, scope, words = clause
    unit = c.value.get("unit")
    figs = sorted(
        (
            o
            for o in ctx.claims
            if o.type == "number" and o.value.get("unit") == unit and o.value.get("kind") != "ordinal"
        ),
        key=lambda o: o.start,
    )
    if unit is None or len(figs) < 2 or c not in figs:
        return clause
    n, text = ctx.doc.norm, ctx.doc.text
    s0, s1 = _folded(ctx)
    edges = [s0] + [n.norm_index(o.end) for o in figs]
    segments: list[list[str]] = [[] for _ in figs]
    for s, _e, cid in ctx.t.concepts.find(text, s0, s1):
        k = bisect_left(edges, s + 1) - 1
        if k < len(figs) and n.norm_index(figs[k].start) > s:
            segments[k].append("c:" + cid)
    k = figs.index(c)
    if next(iter(ctx.t.respectively.find(text, s0, s1)), None) is not None and not any(segments[1:]):
        listed = list(dict.fromkeys(segments[0]))
        if len(listed) < len(figs):
            return clause
        own = listed[len(listed) - len(figs) :]
        others = set(own) - {own[k]}
    else:
        only = [
            set(seg) - {x for i, o in enumerate(segments) if i != j for x in o}
            for j, seg in enumerate(segments)
        ]
        if not only[k]:
            return clause
        others = {x for j, o in enumerate(only) if j != k for x in o}
    if not others & set(tokens):
        return clause
    return tuple(x for x in tokens if x not in others), scope, words


def _record_span(ctx: _Sentence, c: Claim) -> str | None:
    """The superlative measured from a date that stands shortly before the duration («بالاترین سطح
    در ۱۶ سال گذشته», «أعلى مستوى في 16 عاما»), whose span the duration is: its predicate, the
    nearest if several."""
    n = ctx.doc.norm
    a = n.norm_index(c.start)
    s0, _ = _folded(ctx)
    # (a "first", like an ordinal, may stand further off, with no clause mark between: «نخستین سفر
    # یک رئیس‌جمهور ایران به عربستان سعودی در بیش از ۱۱ سال گذشته»)
    found = [
        (a - e, pid)
        for _s, e, pid in ctx.t.predicates.find(ctx.doc.text, max(s0, a - _ORDINAL_REACH), a)
        if pid in ctx.t.since
        and (
            a - e <= _RECORD_GAP
            or (
                pid == _RECORD_FIRST
                and a - e <= _ORDINAL_REACH
                and not _CLAUSE_MARKS.search(ctx.doc.text, e, a)
            )
        )
    ]
    # ("the fourth Thai prime minister in 16 years to be removed", «رابع رئيس وزراء … خلال 16
    # عاماً»: an ordinal counts occasions over the span, no time since a start)
    found += [
        (a - e, _ORDINAL_SPAN)
        for _s, e, which in ctx.t.ordinals.find(ctx.doc.text, max(s0, a - _ORDINAL_REACH), a)
        if which in _SPAN_ORDINALS and not _CLAUSE_MARKS.search(ctx.doc.text, e, a)
    ]
    return min(found)[1] if found else None


_ORDINAL_SPAN = "ordinal"  # the record kind of a span an ordinal counts over
_RECORD_FIRST = "record_first"  # (rules/predicates: "the first … in N years")
_ORDINAL_REACH = 80  # («رابع رئيس وزراء في تايلاند يُعزل بأحكام من المحكمة الدستورية خلال 16 عاماً»)
_SPAN_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})  # ("first" is rules' record_first)


_ATTEMPT_REACH = 12  # characters before a trigger in which an "attempted" word ends
# What a rule may set a bar for: votes, and a vote's turnout ("fell below the required 50 percent").
_BARRED = ("votes", "turnout", "seats")  # ("any coalition needs at least 76 seats": a bar)
_RECORD_GAP = 32  # ("the first interest rate increase in 17 years": a noun phrase between)


def _wholes(doc: Doc, t: FrameTables, values: list[Claim]) -> dict[str, Claim]:
    """Part id → the figure it is a part of, set right before it: "28 people, among them 22
    children", «٢٨ شخصا، بينهم ٢٢ طفلا» (rules/predicates ``part_before`` between them, nothing
    else but a comma or a bracket)."""
    text, n = doc.text, doc.norm
    nums = [c for c in values if c.type == "number"]
    out = {}
    for whole, part in pairwise(nums):
        a, b = n.norm_index(whole.end), n.norm_index(part.start)
        cue = next((h for h in t.part_before.find(text, a, b) if not text[h[1] : b].strip()), None)
        if cue is not None and not _WHOLE_GAP.sub("", text[a : cue[0]]):
            out[part.id] = whole
    return out


_WHOLE_GAP = re.compile(r"[\s,،(]+")


def _ends_before(table: Table, text: str, pos: int, reach: int = 0) -> set[str]:
    """The ids of ``table``'s words that end right before folded ``pos`` (spaces between), within
    ``reach`` characters (``_FROM_REACH`` by default)."""
    before = text[max(0, pos - (reach or _FROM_REACH)) : pos].rstrip()
    return {w[2] for w in table.find(before) if w[1] == len(before)}


def _from_word_before(ctx: _Sentence, c: Claim) -> set[str]:
    """The kinds of from words that end right before the number ``c`` (``from``, ``compared``)."""
    return _ends_before(ctx.t.from_words, ctx.doc.text, ctx.doc.norm.norm_index(c.start))


def _changed_from(ctx: _Sentence, c: Claim) -> str | bool:
    """The figure a change starts from, or a figure compared with ("to 5 percent from 5.25
    percent", «از ۵.۲۵ درصد به ۵ درصد», "121 seats, down from 365", «مقارنة بـ365»): a from word
    right before it (no hedge: «بیش از» is "more than") and another figure of the same unit in its
    sentence, the value now. A plain "from" («از», «من») needs a "to" («به», «إلى») before that
    other figure: «۴۱۱ کرسی از ۶۵۰ کرسی» is 411 seats out of 650."""
    if c.value.get("hedge") not in (None, "about"):
        return False  # («بیش از ۱۰۰»: the «از» of "more than"; «از حدود ۲۸۸ به …» starts a change)
    n, text = ctx.doc.norm, ctx.doc.text
    kinds = _from_word_before(ctx, c)
    if not kinds:
        return False
    # A bare figure may leave its unit to the figure it changes to («از ۲۸۸ به ۲۷۵ نفر»), and
    # then needs that to word.
    bare = c.value.get("unit") is None
    others = [
        o
        for o in ctx.claims
        if o.type == "number"
        and o is not c
        and (o.start > c.end if bare else o.value.get("unit") == c.value["unit"])
        and o.value.get("kind") != "ordinal"
    ]
    if "changed" in kinds and others and not bare:
        return "changed"
    if "compared" in kinds and not bare:
        return "compared" if others else False
    if "compared" in kinds and any(o.type == "number" and o.end <= c.start for o in ctx.claims):
        # a bare figure compared with after the value now: «إلى ٢٧٥ قتيلا بعد أن كانت ٢٨٨»
        return "compared"
    for o in others:
        # the to word may be read into the other figure's hedge: "edged up to 289.4% from 287.9%"
        lead = _NOT_DIGITS.match(o.text).group(0)  # "up to " in "up to 289.4%", none in "$8 billion"
        b = n.norm_index(o.start) + max((i + 1 for i, ch in enumerate(lead) if ch.isalpha()), default=0)
        # («به حدود ۲۷۵», «به دویست و هفتاد و پنج»: the to word before the whole figure)
        if _ends_before(ctx.t.to_words, text, b) or _ends_before(ctx.t.to_words, text, n.norm_index(o.start)):
            return True
    return False


_NOT_DIGITS = re.compile(r"\D*")
_TO_GAP = 3  # words between a from figure and the figure it changed to ("from 78 to 81")


def _changed_to(ctx: _Sentence, made: list[Frame]) -> list[Frame]:
    """The two figures of a change count one thing («رفعت الحصيلة من ٧٨ إلى ٨١», «من ٦٧ إلى ٦٩
    قتيلا», "from 67 to 69"). The figure it went to, when only the figure it started from found a
    trigger word, takes the start's predicate; the start takes the end's when the end's unit names
    its predicate («قتيلا»: killed), whatever vehicle word stood nearer the start («قارب»)."""
    by_claim = {f.claims[0]: f for f in made}
    n, text = ctx.doc.norm, ctx.doc.text
    out = list(made)
    numbers = sorted((c for c in ctx.claims if c.type == "number"), key=lambda c: c.start)
    for f in made:
        if not f.qualifiers.get("previous") or "low" not in f.value:
            continue
        c = next((c for c in numbers if c.id == f.claims[0]), None)
        o = next((o for o in numbers if c is not None and o.start >= c.end), None)
        if o is None:
            continue
        between = text[n.norm_index(c.end) : n.norm_index(o.start)]
        if len(between.split()) > _TO_GAP or not _ends_before(ctx.t.to_words, text, n.norm_index(o.start)):
            continue
        g = by_claim.get(o.id)
        if g is None:
            g = _quantity(ctx, o, [(0, f.predicate)])
            if g is not None and g.predicate == f.predicate:
                out.append(g)
                by_claim[o.id] = g
        elif g.predicate != f.predicate and g.value.get("unit") in (
            ctx.t.predicate_defs[g.predicate].get("direct") or ()
        ):
            h = _quantity(ctx, c, [(0, g.predicate)])
            if h is not None and h.predicate == g.predicate:
                out[out.index(f)] = h
    return out


_PART_OF = "x:part"


def _broken_down(doc: Doc, t: FrameTables, frames: list[Frame]) -> list[Frame]:
    """Running counts of one occasion that one sentence gives one after another, each below the
    toll the report gives elsewhere and adding up to no more than it ("killing 18 …"; "Seven people
    were killed at the bowling alley, eight at the bar, and three died after being taken to
    hospitals"): parts of the toll, not the toll."""
    counts = [
        f
        for f in frames
        if t.predicate_defs[f.predicate].get("cumulative")
        and f.subject.get("kind") == "event"
        and f.value.get("low") is not None
        and not set(f.qualifiers) & {"previous", "requested", "candidate", "population"}
    ]
    # (the whole is the occasion's own: a toll "at least 128" is at least its floor; a recalled
    # quake's "nearly 9,000" is no whole of this one's parts)
    whole: dict[tuple[str, str], float] = defaultdict(float)
    by: dict[tuple[str, str, tuple[int, int]], list[Frame]] = defaultdict(list)
    for f in counts:
        key = (f.predicate, f.subject.get("mention") or "")
        whole[key] = max(whole[key], f.value["low"])
        # (a count already a part stays in its sentence's list: «۹۲ نفر … در جاجرکوت و ۳۶ نفر از …»)
        if f.qualifiers.get("scope", [_PART_OF]) == [_PART_OF] and f.value["low"] == f.value.get("high"):
            by[(*key, doc.sentence_at(doc.norm.norm_index(f.start)))].append(f)
    parts = {
        f.id
        for (pred, mention, _), fs in by.items()
        if len(values := {f.value["low"] for f in fs}) > 1
        and max(values) < whole[(pred, mention)]
        and sum(values) <= whole[(pred, mention)]
        for f in fs
    }
    return [
        dataclasses.replace(f, qualifiers={**f.qualifiers, "scope": [_PART_OF]}) if f.id in parts else f
        for f in frames
    ]


def _compared_with(ctx: _Sentence, made: list[Frame]) -> list[Frame]:
    """A bare figure compared with, after the figure now, counts what that one counts: "rose to
    114 on Monday, up from 112 on Sunday" (the 112 then holds on its own day, ``_told_on``)."""
    by_claim = {f.claims[0] for f in made}
    out = list(made)
    numbers = sorted((c for c in ctx.claims if c.type == "number"), key=lambda c: c.start)
    for k, c in enumerate(numbers):
        if c.id in by_claim or c.value.get("unit") is not None or k == 0:
            continue
        now = next((f for f in made if f.claims[0] == numbers[k - 1].id), None)
        if now is None or not ctx.t.predicate_defs[now.predicate].get("cumulative"):
            continue
        if _changed_from(ctx, c) != "compared":
            continue
        g = _quantity(ctx, c, [(0, now.predicate)])
        if g is not None and g.predicate == now.predicate:
            out.append(g)
    return sorted(out, key=lambda f: (f.start, f.end, f.predicate))


_FROM_REACH = 16
_OWNER_REACH = 24  # owner words between "of the" and a whole ("of the southern state's")
_AFTER_REACH = 24  # a request word right after its figure ("its 2% target", "… people may have died")
_VERB_REACH = 40  # a Persian clause's verb after its figure


_PARTIES_AT_TRIAL = frozenset({"prosecution", "defence"})  # rules/predicates ``requesters``
_KINDS_APART = frozenset({"target", "threshold", "forecast"})  # figures aimed at or expected, not asked for


def _requested(ctx: _Sentence, c: Claim) -> str | bool:
    """A figure someone asked for ("Prosecutors had sought 35 years", «خواستار ۳۵ سال زندان»), aimed
    at ("targets"), or expected ("forecast"): such a word before it in its clause, within reach.
    Who asked, when a party word stands before the figure (from just before the request word on):
    that party, else True; ``target`` or ``forecast`` for the others."""
    n = ctx.doc.norm
    a = n.norm_index(c.start)
    s0, _ = _folded(ctx)
    left = max(
        (m.end() for m in _CLAUSE_END.finditer(ctx.doc.text, max(s0, a - _TRIGGER_REACH), a)), default=None
    )
    if left is not None:
        left = _past_aside(ctx, max(s0, a - _TRIGGER_REACH), left)
    lo = left if left is not None else max(s0, a - _TRIGGER_REACH)
    # (one may run into the figure's hedge: «قد [يتجاوز] عشرة آلاف», may exceed)
    found = list(ctx.t.requested.find(ctx.doc.text, lo, n.norm_index(c.end)))
    word = next((w for w in found if w[0] < a), None)
    if word is None and any(w[2] == "forecast" for w in found):
        return "forecast"  # its unit is the forecast's: "More than 100 feared dead as landslide buries …"
    if word is None:
        # "its 2% target", «المستوى المستهدف»: a target word right after the figure
        b = n.norm_index(c.end)
        after = next(
            iter(ctx.t.requested.find(ctx.doc.text, b, min(len(ctx.doc.text), b + _AFTER_REACH))), None
        )
        if (
            after is not None
            and after[2] in ("target", "threshold", "forecast")
            and not ctx.doc.text[b : after[0]].strip()
        ):
            return after[2]  # ("its 2% target", "the 200 votes needed", "the 85.6% expected in a poll")
        if ctx.doc.lang == "fa":
            # the verb last: «… به بیش از ۲۰ درصد را پیش‌بینی کرده بودند», in the figure's clause
            m = _CLAUSE_END.search(ctx.doc.text, b, min(len(ctx.doc.text), b + _VERB_REACH))
            hi = m.start() if m else min(len(ctx.doc.text), b + _VERB_REACH)
            late = {w[2] for w in ctx.t.requested.find(ctx.doc.text, b, hi)} & _VERB_LAST
            if late - {"requested"}:
                return min(late - {"requested"})  # («… را پیش‌بینی کرده بودند», «دست‌کم ۲۰۰ رأی … لازم بود»)
            if late:
                # («وکلای متهم … حداکثر شش سال و نیم حبس را درخواست کرده بودند»: asked for, by the defence)
                return _requester(ctx, max(s0, a - _TRIGGER_REACH), a)
        return _listed_with_requested(ctx, c)
    if word[2] == "threshold" and set(_LETTERS.findall(ctx.doc.text, word[1], a)) & ctx.t.list_joins:
        return False  # («… دست‌کم ۲۰۱ کرسی لازم است و کنگره … ۴۲ کرسی با این رقم فاصله دارد»: a clause of its own)
    if word[2] != "requested":
        return word[2]  # a target or a forecast: kept apart from each other, whoever gives it
    # The party named last before the figure: «… و وکلای او حداکثر شش سال» is the defence's.
    return _requester(ctx, max(s0, word[0] - _TRIGGER_REACH), a)


def _listed_with_requested(ctx: _Sentence, c: Claim) -> str | bool:
    """A figure the same request holds as the one listed before it ("Prosecutors had sought a
    five-year prison term, three of them suspended, and a 300,000-euro fine"): the figure with a
    unit right before it ("three of them" has none), a join word ("and", «و») between them, and no
    mark but a list's commas. (That figure as read itself: a party's request, not a target.)"""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    o = next(
        (o for o in reversed(ctx.claims) if o.type == "number" and o.value.get("unit") and o.start < c.start),
        None,
    )
    if o is None or a - n.norm_index(o.end) > _TRIGGER_REACH * 2:
        return False
    between = text[n.norm_index(o.end) : a]
    if _SENTENCE_PART_END.search(between) or not any(
        w in ctx.t.list_joins for w in _LETTERS.findall(between)
    ):
        return False
    asked = _requested(ctx, o)
    return asked if asked not in _NOT_ASKED else False


_NOT_ASKED = ("target", "threshold", "forecast", "hypothetical")
_SENTENCE_PART_END = re.compile(r"[;:؛!?؟\n]|\.(?!\d)")  # (commas part a list's items, not its clause)


# Kinds of request word that may come after their figure, the verb last (Persian).
_VERB_LAST = frozenset({"forecast", "threshold", "requested", "hypothetical"})


def _requester(ctx: _Sentence, lo: int, hi: int) -> str | bool:
    """The party (rules/predicates ``requesters``) named last in folded ``lo``–``hi``, else True."""
    parties = list(ctx.t.requesters.find(ctx.doc.text, lo, hi))
    return parties[-1][2] if parties else True


# A person this close before a party is its leader ("Dissanayake of the National People's Power").
_LEADER_GAP = 12


def _bench(t: FrameTables, claims: list[Claim]) -> frozenset[str]:
    """The folded words of the names of the article's judges (``FrameTables.bench_roles``)."""
    return frozenset(
        w
        for c in claims
        if c.type == "person_role" and c.value.get("role") in t.bench_roles and c.value.get("name")
        for w in fold(str(c.value["name"])).split()
    )


def _surnames(doc: Doc, t: FrameTables, claims: list[Claim]) -> tuple[str, ...]:
    """The folded surnames of the people an article names, for votes per candidate and a person's
    age: the last word of each person claim's name (two letters or more: "Amadou Ba"), and in
    English the last word of a run of capitalised words that names no role, place, date, outlet or
    organisation ("Faye won 54.28%" after "When Bassirou Diomaye Faye is sworn in")."""
    names = {
        w
        for c in claims
        if c.type in _PERSON and c.value.get("name")
        for w in _last_name_word(t, fold(str(c.value["name"])))
        if len(w) >= _SURNAME_MIN and (len(w) > _SURNAME_MIN or len(fold(str(c.value["name"])).split()) > 1)
    }
    if doc.lang == "en":
        names |= _capitalised_names(doc, t, claims)
    names |= _honoured_names(doc, t)
    names = {_surname_used(doc.text, w) for w in names}
    names |= _given_names(t, doc.text, claims)
    names |= {w for _, _, w in t.known_names.find(doc.text)}  # «ابراهیم رئیسی», named without a role
    return tuple(sorted(names))


def _titled(doc: Doc, t: FrameTables, claims: list[Claim]) -> tuple[tuple[int, str, str, str], ...]:
    """The titles the article gives its named people, in text order: ``(folded start, the title's
    squashed words, its role, the person's surname)`` for each role phrase inside a person claim
    («الملكة إليزابيث الثانية»: «الملكة», king, «إليزابيث»)."""
    n = doc.norm
    out = []
    for c in claims:
        if c.type != "person_role" or not c.value.get("name"):
            continue
        last = _last_name_word(t, fold(str(c.value["name"])))
        if not last or len(last[0]) < _SURNAME_MIN:
            continue
        lo, hi = n.norm_index(c.start), n.norm_index(c.end)
        for s, e, role in t.roles.find(doc.text, lo, hi):
            out.append((s, squash(doc.text[s:e]), role, _surname_used(doc.text, last[0])))
    return tuple(sorted(set(out)))


def _aged_then(ctx: _Sentence, c: Claim) -> int | None:
    """The year of a past date that stands shortly before an age in its sentence ("acceded … on 6
    February 1952, aged 25", "died in April 2021 at the age of 99", «فروردین ۱۴۰۰ در ۹۹ سالگی»):
    the age is the person's then, not now. A date after the age dates something else («نمازي (51
    عاما)، المعتقل منذ أكتوبر 2015»), and a date of the days the report tells of is the age's now."""
    if ctx.reference is None:
        return None
    if ctx.doc.article.text[max(0, c.start - 3) : c.start].rstrip().endswith("(") or _apposed_age(ctx, c):
        # (an age set off after a name, «ملاديتش (78 عاماً)», "Mladic, 78,", is the person's now,
        # whatever date stands before the name: «… وأغلقت أبوابها عام 2017، قد دانت ملاديتش (78 عاماً)»)
        return None
    n = ctx.doc.norm
    at = n.norm_index(c.start)
    before = [
        d for d in ctx.dates() if d.value.get("latest") and 0 <= at - n.norm_index(d.end) <= _AGED_REACH
    ]
    if not before:
        return None
    year = date.fromisoformat(before[-1].value["latest"][:10]).year
    return year if year < ctx.reference.year - 1 else None


_AGED_REACH = 40  # folded characters from a past date to the age it dates


def _place_before(ctx: _Sentence, c: Claim) -> str | None:
    """The subject token of the place named last before ``c`` in its sentence: ``cc:`` and the
    code for a country (by its name or adjective), ``p:`` and the id for any other place."""
    n = ctx.doc.norm
    s0, _ = _folded(ctx)
    at = n.norm_index(c.start)
    named = [(s, f"cc:{cc}") for s, _e, cc in ctx.t.countries.find(ctx.doc.text, s0, at) if cc]
    named += [
        (
            n.norm_index(o.start),
            f"cc:{o.value['place']}" if o.value.get("kind") == "country" else f"p:{o.value['place']}",
        )
        for o in ctx.claims
        if o.type == "place" and o.value.get("place") and o.end <= c.start
    ]
    return max(named)[1] if named else None


_TITLE_REACH = 60  # folded characters from a bare title to the age it owns


def _title_holder(ctx: _Sentence, c: Claim) -> tuple[int, str, int, int] | None:
    """Whose age, where the sentence names no one but gives a title the article has given a named
    person: «وتوفيت الملكة عن ٩٦ عاما», «ملکه بریتانیا … در ۹۶ سالگی», "the emir, 86,": the nearest
    title before the figure with no name beside it, held by the person the article last gave that
    very title before it, else the same office («أمير الكويت الشيخ نواف» then «وتوفي الأمير»), else
    the first given it after. As ``_nearest_name`` gives it."""
    if not ctx.titled:
        return None
    s0, _ = _folded(ctx)
    at = ctx.doc.norm.norm_index(c.start)
    named = {x[0] for x in ctx.titled}
    bare = [(s, e, role) for s, e, role in ctx.t.roles.find(ctx.doc.text, s0, at) if s not in named]
    if not bare:
        return None
    s, e, role = bare[-1]
    if at - e > _TITLE_REACH:
        return None  # (a title a clause or two back: «تابوت ملکه … همسرش شاهزاده فیلیپ که … در ۹۹ سالگی»)
    if any(o.type in _PERSON and s <= ctx.doc.norm.norm_index(o.start) < at for o in ctx.claims):
        return None  # (a name between the title and the figure: not the title's)
    return _holder(ctx, s, e, role, at - s)


def _holder(
    ctx: _Sentence, s: int, e: int, role: str, distance: int, earlier: bool = False
) -> tuple[int, str, int, int] | None:
    """The surname of the person the article last gave the title at folded ``s``–``e`` before it,
    else the same office, else (unless ``earlier``) the first given it after (``_title_holder``)."""
    title = squash(ctx.doc.text[s:e])
    for same in (lambda x: x[1] == title, lambda x: x[2] == role):
        held = [x for x in ctx.titled if same(x)]
        before = [x for x in held if x[0] < s]
        if before or (held and not earlier):
            return (distance, (before[-1] if before else held[0])[3], s, e)
    return None


def _titled_after(ctx: _Sentence, c: Claim) -> tuple[int, str, int, int] | None:
    """Whose age, where a bare title follows the age's words right away, as English sets an age
    before its noun ("the 61-year-old vice-president told reporters … he had called Mahama"): the
    person the article gave that title before, not a name further on. Not where the sentence names
    someone before the age ("Jordan Bardella, the party's 29-year-old president"): that one's."""
    if not ctx.t.modifiers_first or not ctx.titled:
        return None
    text = ctx.doc.text
    b = ctx.doc.norm.norm_index(c.end)
    if _nearest_name(ctx, c, ((w, w) for w in ctx.people), after=False) is not None:
        return None
    m = _AGED_TAIL.match(text, b)
    if m is None:
        return None
    hit = next(
        (
            (s, e, role)
            for s, e, role in ctx.t.roles.find(text, m.end(), m.end() + _TITLE_REACH)
            if s == m.end()
        ),
        None,
    )
    if hit is None or hit[0] in {x[0] for x in ctx.titled}:
        return None  # (no title right after, or one a name goes with: "the 61-year-old President X")
    return _holder(ctx, *hit, 0, earlier=True)


_AGED_TAIL = re.compile(r"(?:-old)?[ \t]+")  # "61-year" "-old ", then the title


def _honoured_names(doc: Doc, t: FrameTables) -> set[str]:
    """Names given only an honorific ("Prince Philip", «شاهزاده فیلیپ که …», «الأمير فيليب»): in
    English the last of the capitalised words after it, elsewhere the one word after it when the
    name plainly ends there (a function word, a role or a figure follows: where a name of several
    words ends is not known without capitals)."""
    text, original = doc.text, doc.article.text
    out: set[str] = set()
    for _s, e, _ in t.honorifics.find(text):
        words: list[str] = []
        for m in _NEXT_WORD.finditer(text, e):
            if m.start() != e + sum(len(x) for x in words) or len(words) == 3:
                break
            at = doc.norm.orig_index(m.start(1)) if doc.lang == "en" else None
            if not _plain_word(t, m.group(1)) or (at is not None and not original[at : at + 1].isupper()):
                break
            words.append(m.group())
        if not words or (doc.lang != "en" and len(words) > 1):
            continue
        last = _HYPHEN.split(words[-1].split()[-1])[-1]
        if len(last) > _SURNAME_MIN:
            out.add(last)
    return out


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")


def _surname_used(text: str, last: str) -> str:
    """The word the article calls a person by: the last word of the name, unless the name ends in a
    hyphenated given name the article never uses alone and the article does use the name's first
    word alone, as with a surname that comes first ("Lai Ching-te" then "Lai won 40.05%", «لاي
    تشينغ-تي» then «حصل لاي على»). ``last`` is the folded last part as ``_surnames`` found it;
    the name is read back from the text around it. (Names whose parts are all plain words keep
    their last: «محمد مخبر» beside «محمد باقری» is no one called «محمد».)"""
    if "-" + last not in text and "\u2010" + last not in text:
        return last  # (the search below needs a hyphen before ``last``: most names have none)
    full = re.search(r"(?<!\w)([^\W\d_]{2,})[ \t]+[^\W\d_]+[\-‐]" + re.escape(last) + r"(?!\w)", text)
    if full is None or _alone(text, last, full.span()):
        return last
    first = full.group(1)
    return first if _alone(text, first, full.span(), first_word=True) else last


def _given_names(t: FrameTables, text: str, claims: list[Claim]) -> set[str]:
    """The given names of people the article calls by them, as Thai names are used ("Srettha
    Thavisin", then "Srettha, 62,"; «سرتا تاویسین», then «سرتا ۶۲ ساله») and a family name written
    first ("Yoon Suk Yeol", then "Yoon, 64,"): a person claim's first name word, when its last
    never stands without the word before it and the first does, followed by no other name's word
    («محمد مخبر» beside «محمد باقری» is no one called «محمد»). ``text`` is folded."""
    out = set()
    for c in claims:
        if c.type not in _PERSON or not c.value.get("name"):
            continue
        words = _HYPHEN.split(fold(str(c.value["name"])).strip())
        if not 2 <= len(words) <= _GIVEN_WORDS or not all(_name_word(t, w) for w in words):
            continue
        first, before, last = words[0], words[-2], words[-1]
        reach = len(before) + _GAP_REACH
        if any(not text[max(0, s - reach) : s].rstrip().endswith(before) for s, _ in _word_at(text, last)):
            continue  # (the surname alone: "Thavisin said")
        for _, e in _word_at(text, first, t.predicates.clitics):
            nxt = _WORD_AFTER_GAP.match(text, e) if text[e : e + 1] in " \t" else None
            if nxt is None or not nxt.group(1)[0].isalpha() or not _name_word(t, nxt.group(1)):
                out.add(first)
                break
    return out


_GAP_REACH = 4  # spaces between a given name and its surname
_GIVEN_WORDS = 3  # words of a name whose first may be what the article calls its bearer ("Yoon Suk Yeol")


# the next word after spaces, which a name's word right after another would be
_WORD_AFTER_GAP = re.compile(r"[ \t]+([^\W\d_]+)")


def _word_at(text: str, word: str, clitics: str = "") -> list[tuple[int, int]]:
    r"""Spans of ``word`` as a word of its own in ``text``, or with one of ``clitics`` glued before
    it, leftmost first and not overlapping (what ``re.finditer`` gives for ``(?<![\w-‐])[clitics]?
    word(?![\w-‐])``, found with ``str.find``: a pattern per name cost a compile each)."""
    n, starts, i = len(word), set(), text.find(word)
    if not n:
        return []
    while i != -1:
        starts.update((i - 1, i) if clitics and i else (i,))
        i = text.find(word, i + 1)
    out, pos = [], 0
    for s in sorted(starts):
        if s < pos or (s and _continues(text[s - 1])):
            continue
        if (
            clitics
            and text[s] in clitics
            and text.startswith(word, s + 1)
            and not _continues_at(text, s + 1 + n)
        ):
            e = s + 1 + n
        elif text.startswith(word, s) and not _continues_at(text, s + n):
            e = s + n
        else:
            continue
        out.append((s, e))
        pos = e
    return out


def _continues(ch: str) -> bool:
    """A character that continues a word: a word character or a hyphen."""
    return ch.isalnum() or ch in "_-‐"


def _continues_at(text: str, i: int) -> bool:
    return i < len(text) and _continues(text[i])


def _alone(text: str, word: str, inside: tuple[int, int], first_word: bool = False) -> bool:
    """``word`` stands as a word of its own somewhere outside the name at ``inside`` (and, for a
    name's first word, not followed by the rest of a name: not at the start of another mention)."""
    for s, e in _word_at(text, word):
        if inside[0] <= s < inside[1]:
            continue
        if first_word and _HYPHENED_NEXT.match(text, e):
            continue  # (the full name again: "Lai Ching-te")
        return True
    return False


_HYPHENED_NEXT = re.compile(r"[ \t]+[^\W\d_]+[\-‐]")


def _last_name_word(t: FrameTables, name: str) -> list[str]:
    """The last word of a folded name, a regnal number aside («تشارلز الثالث»: «تشارلز»), or its
    last two when the last is a suffix written apart («قلیچدار اوغلو»), with a Latin surname's
    particles before it ("le pen")."""
    words = _HYPHEN.split(name)
    if len(words) > 1 and words[-1] in t.regnal:
        words = words[:-1]
    if len(words) > 2 and words[-1] in t.name_suffixes and " " in name:
        return [" ".join(words[-2:])]
    # ("Marine Le Pen", "Ursula von der Leyen": the particles before the last word are the surname's)
    k = len(words) - 1
    while k > 0 and words[k - 1] in t.surname_particles and " " in name:
        k -= 1
    return [" ".join(words[k:])]


# A name's last word, and of a hyphenated one its last part: "Akufo-Addo" is «أكوفو أدو».
_HYPHEN = re.compile(r"[\s\-‐]+")


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,3}(?![\w'’-])")
_SURNAME_MIN = 2
_NOT_PERSON = ("person_role", "attendance", "number")


def _capitalised_names(doc: Doc, t: FrameTables, claims: list[Claim]) -> set[str]:
    text = doc.article.text
    taken = sorted((c.start, c.end) for c in claims if c.type not in _NOT_PERSON)
    outlet = fold(doc.article.outlet or "").strip()
    out: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        a, b = m.span()
        k = bisect_left(taken, (b, b))
        if any(s < b and e > a for s, e in taken[max(0, k - 8) : k]):
            continue  # a place, a date or an outlet
        if _ARTICLE_BEFORE.search(text, max(0, a - _ARTICLE_REACH), a):
            continue  # ("the World Cup", "a Grand Prix", "his 26th World Cup match": a thing's name)
        if outlet and fold(m.group()) == outlet:
            continue  # ("WARSAW, June 2 (Continental Dispatch)": the report's own outlet)
        # ("Tusk's", "Poland's": the possessor, a person or a country)
        words = [_POSSESSIVE_AFTER.sub("", fold(w)) for w in m.group().split()]
        if any(t.countries.lookup(" ".join(words[i:])) for i in range(len(words) - 1)):
            continue  # ("South Korea on Tuesday called off …", "the Republic of Korea": a country's name)
        plain = [_plain_word(t, w) for w in words]
        while plain and not plain[0]:
            plain.pop(0)  # "When Bassirou Diomaye Faye is sworn in"
            words.pop(0)
        last = _last_name_word(t, " ".join(words))[0] if words else ""
        if len(words) >= 2 and all(plain) and len(last) >= _SURNAME_MIN:
            out.add(last)
    return out


_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w'’])(?:the|a|an|The|A|An)|\d+(?:st|nd|rd|th)?)[ \t]+\Z")
_ARTICLE_REACH = 8


def _plain_word(t: FrameTables, w: str) -> bool:
    """A word that may be part of a name: no function word, role, country, concept, weekday or
    organisation head."""
    return not (
        w in t.name_stop
        or t.roles.lookup(w)
        or t.countries.lookup(w)
        or t.concepts.lookup(w)
        or t.weekdays.lookup(w)
        or t.heads_after.lookup(w)
    )


def _apposed(ctx: _Sentence, person, party, c: Claim) -> bool:
    """The party stands in an apposition set off by commas right after the person's name ("Rafal
    Trzaskowski, the candidate of Tusk's Civic Coalition, took 49.11%"): it says who the person
    is, and the clause's figure is the person's."""
    text, at = ctx.doc.text, ctx.doc.norm.norm_index(c.start)
    if person[3] > party[2] or party[3] > at:
        return False
    return text[person[3] : party[2]].lstrip().startswith((",", "،")) and bool(
        _CLAUSE_MARKS.search(text, party[3], at)
    )


def _led_by(ctx: _Sentence, s: int, e: int) -> bool:
    """The name at folded ``[s, e)`` leads or owns what the clause names, so the clause's figure is
    not its own: a ``led_by`` word at most two words before it ("the coalition led by Donald Tusk",
    «به رهبری دونالد توسک»), or a possessive right after it ("Tusk's Civic Coalition")."""
    text = ctx.doc.text
    m = _POSSESSIVE_AFTER.match(text, e)
    if m:
        # (the owner of a name after it, "Tusk's Civic Coalition"; not of a figure, "votes to
        # Jalili's 13.5 million", "Jalili's fewer than 13.5 million")
        after = ctx.doc.article.text[ctx.doc.norm.orig_index(m.end()) :].lstrip()[:1]
        return after.isupper()
    return any(
        len(text[b:s].split()) <= _GIVEN_NAMES
        for _a, b, _k in ctx.t.led_by.find(text, max(_folded(ctx)[0], s - _LED_REACH), s)
    )


_POSSESSIVE_AFTER = re.compile(r"['’]s(?!\w)")
_LED_REACH = 40


def _nearest_name(
    ctx: _Sentence,
    c: Claim,
    names: Iterable[tuple[str, str]],
    after: bool = True,
    before: bool = True,
    led: bool = False,
) -> tuple[int, str, int, int] | None:
    """Whose votes or seats: of ``names`` (folded surface → key: a person's surname, a party's
    name), the one nearest before the figure in its sentence («ديساناياكا على 42.31 بالمئة»), else
    (with ``after``) nearest after it (``align`` matches the keys across scripts): its rank (the
    lower the nearer), key, and folded span. With ``led``, not a name that leads or owns what its
    clause names (``_led_by``): whose votes these are is the clause's subject."""
    n = ctx.doc.norm
    text = ctx.doc.text
    s0, s1 = _folded(ctx)
    at = n.norm_index(c.start)
    # Other figures, not ranks: in "Wickremesinghe came third with 17.27%" the 17.27 is his.
    # (Figures of the same unit: an age between a name and its share, «فای» نامزد ۴۴ ساله … با کسب
    # ۵۴.۲۸ درصد, is no one's share.)
    # (a number that is half of an adjective, "a six-party alliance", is no one's figure either)
    original = ctx.doc.article.text
    numbers = sorted(
        n.norm_index(o.start)
        for o in ctx.claims
        if o.type == "number"
        and o is not c
        and o.value.get("kind") != "ordinal"
        and o.value.get("unit") in (c.value.get("unit"), None)
        and not _COMPOUND.match(original, o.end - 1)
    )
    best: tuple[int, str, int, int] | None = None
    for surname, name_key in names:
        i = text.find(surname, s0, s1)
        while i != -1:
            if (
                (len(surname) <= _SURNAME_MIN and not _whole_word(text, i, i + len(surname)))
                or (led and _led_by(ctx, i, i + len(surname)))
                or _owns_a_role(ctx, i)
            ):
                i = text.find(surname, i + 1, s1)
                continue  # "Ba" is not the "ba" of "ballot"; "led by Donald Tusk", "Tusk's Civic Coalition"
            # Before the figure, the nearer the better; after it only when no one is named before,
            # and when no other figure follows the name more closely (that one is the name's).
            k = bisect_left(numbers, i)  # the first other figure after the name
            if i < at and not before:
                rank = None  # (the figure's owner is named after it: «ونحو 10% لمرشح … ماينيث»)
            elif i < at:
                # … unless another figure stands between: that one is the name's («بريماداسا
                # ثانيا بنسبة 32.76 بالمئة، ورانيل ويكريمسينغه ثالثا بنسبة 17.27»).
                rank = at - i if k == len(numbers) or numbers[k] >= at else None
            elif not before:
                rank = _FAR + i - at  # (named after a word that says so: the nearest after is the owner)
            elif after and next(iter(ctx.t.opponents.find(text, n.norm_index(c.end), i)), None) is not None:
                rank = None  # («با کسب ۵۵.۷ درصد آرا بر سرخیو ماسا»: over whom, the loser)
            elif after:
                # (not a name that another figure follows: "received more than 20.7 million votes,
                # while Le Pen … won about 10.6 million", hers is the later one)
                rank = _FAR + i - at if k == len(numbers) else None
            else:
                rank = None
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, name_key, i, i + len(surname))
            i = text.find(surname, i + 1, s1)
    return best


def _owns_a_role(ctx: _Sentence, i: int) -> bool:
    """The name at folded ``i`` completes another person's role, a word or two after it with no
    clause mark between: «کلود گئان، رئیس دفتر پیشین سارکوزی … به شش سال», «مدير مكتب ساركوزي»
    (Sarkozy's office: the figure is Guéant's)."""
    n, text, original = ctx.doc.norm, ctx.doc.text, ctx.doc.article.text
    for p in ctx.claims:
        if p.type != "person_role" or not p.value.get("name") or not p.value.get("scope"):
            continue
        if not original.startswith(str(p.value["name"]), p.start):
            continue  # (the holder named first, then the role: what follows it may still be its)
        e = n.norm_index(p.end)
        if e <= i and len(text[e:i].split()) <= _OWNER_GAP and not _OWNER_BREAK.search(text, e, i):
            return True
    return False


_OWNER_GAP = 2
_OWNER_BREAK = re.compile(r"[،,;؛.:()«»]")


def _whole_word(text: str, a: int, b: int) -> bool:
    return (a == 0 or not text[a - 1].isalnum()) and (b >= len(text) or not text[b].isalnum())


def _parties(ctx: _Sentence) -> tuple[tuple[str, str], ...]:
    """The organisations the article names that may win votes or seats, as (folded surface, key):
    the name after a head noun («حزب بهاراتیا جاناتا»), the capitalised words before one
    ("Bharatiya Janata Party"), and an English acronym of such a name ("BJP", defined or not). The
    key is the name's first word, which ``align`` matches across scripts."""
    cache = ctx.doc.__dict__.setdefault("_frame_cache", {})
    if "parties" in cache:
        return cache["parties"]
    found: dict[str, str] = {}
    for names in _named_heads(ctx).values():
        for words in names[1]:
            if words[0] not in ctx.t.not_names:
                found.setdefault(words[0], words[0])
    if ctx.doc.lang == "en":
        text = ctx.doc.text
        initials: dict[str, str] = {}
        for s, _e, _ in ctx.t.heads_after.find(text):
            words = _capitalised_before(ctx, text, s, 0)
            if words and not ctx.t.countries.match_at(words[0], 0):
                found.setdefault(words[0], words[0])
                initials.setdefault("".join(w[0] for w in words) + text[s], words[0])  # "BJP"
        for acronym, words in _acronyms(ctx).items():
            initials.setdefault(acronym.lower(), words[0])
        for acronym, first in initials.items():
            if len(acronym) >= 2:
                found.setdefault(acronym, first)
    cache["parties"] = tuple(sorted(found.items()))
    return cache["parties"]


_OTHERS = "x:others"  # the scope of a figure of a country and others («… ودول أخرى»)
_CITIZENS = "citizens"  # a population word that takes the country named after it


def _population(ctx: _Sentence, c: Claim) -> str | None:
    """A word in or right after the count that makes it one of a part: «۱۵ تبعه خارجی» (foreign),
    «دو کره‌ای», "five Indians" (nationals of a country)."""
    n = ctx.doc.norm
    a, b = n.norm_index(c.start), min(n.norm_index(c.end) + _POPULATION_REACH, len(ctx.doc.text))
    # (a phrase that begins within reach may end past it, "19 people on the ground", unless another
    # figure or a clause mark stands before it: «153 قتيلا بينهم 26 أجنبيا», the foreigners are the 26)
    far, end = min(b + _POPULATION_REACH, len(ctx.doc.text)), n.norm_index(c.end)
    hit = next(
        (
            h
            for h in ctx.t.populations.find(ctx.doc.text, a, far)
            if h[1] <= b
            or (
                h[0] < b
                and not _CLAUSE_END.search(ctx.doc.text, end, h[0])
                and not any(ch.isdigit() for ch in ctx.doc.text[end : h[0]])
            )
        ),
        None,
    )
    if hit and hit[2] == _CITIZENS:
        # «پنج شهروند هند», "five citizens of India": nationals of the country named after the noun.
        nation = _citizens_of(ctx, hit) or next(iter(ctx.t.demonyms.find(ctx.doc.text, a, b)), None)
        return f"nationals:{nation[2]}" if nation else None
    nation = next(iter(ctx.t.demonyms.find(ctx.doc.text, a, b)), None)
    if nation is None and (m := _SPACES.match(ctx.doc.text, n.norm_index(c.end))):
        # («173 من الركاب كوريون جنوبيون»: the people the count's own noun is)
        nation = ctx.t.demonyms.match_at(ctx.doc.text, m.end())
        nation = nation if nation is not None and _people_noun(ctx, nation) else None
    if hit and nation is None and _bridged(ctx, n.norm_index(c.end)) is None:
        return hit[2]
    if nation is None:
        # ("169 of the passengers were Indian nationals", «۱۶۹ نفر از مسافران هندی», «۱۷۳ نفر از
        # مسافران شهروند کره جنوبی»)
        at = _bridged(ctx, n.norm_index(c.end))
        nation = ctx.t.demonyms.match_at(ctx.doc.text, at) if at is not None else None
        nation = nation if nation is not None and _people_noun(ctx, nation) else None
        citizens = ctx.t.populations.match_at(ctx.doc.text, at) if at is not None and nation is None else None
        if citizens is not None and citizens[2] == _CITIZENS:
            nation = _citizens_of(ctx, citizens)
    return f"nationals:{nation[2]}" if nation else (hit[2] if hit else None)


def _citizens_of(ctx: _Sentence, hit: tuple) -> tuple | None:
    """The country named right after a citizens word ``hit`` («شهروند هند»)."""
    text = ctx.doc.text
    land = next(iter(ctx.t.countries.find(text, hit[1], min(hit[1] + _POPULATION_REACH, len(text)))), None)
    return land if land and not text[hit[1] : land[0]].strip(" \u200c") else None


_BRIDGE_WORDS = 6
_WORD_AFTER = re.compile(r"[\s\u200c]*([^\W\d_][\w\u200c]*)")


def _bridged(ctx: _Sentence, at: int) -> int | None:
    """Where the word after a count's bridge (rules/predicates ``population_bridges``: "of the
    passengers were") starts, when one stands there; None when none does."""
    text, crossed = ctx.doc.text, 0
    while crossed < _BRIDGE_WORDS:
        m = _WORD_AFTER.match(text, at)
        if m is None or m.group(1) not in ctx.t.population_bridges:
            break
        at, crossed = m.end(), crossed + 1
    if not crossed:
        return None
    m = _WORD_AFTER.match(text, at)
    return m.start(1) if m else None


def _who_not_where(ctx: _Sentence, f: Frame, population: str) -> None:
    """A count of a people (a nationality, or foreigners) is a part by who they are, not by where:
    its scope keeps none of what says who. «منهم 5 إيرانيين» needs no mark of a part; the countries
    its clause names without a locative are the people's own, the list's other peoples ("five
    Iranians, four Chinese"), those the foreigners came from ("26 foreign nationals from 14
    countries") or the speaker's ("Ukraine's foreign minister said"); and the one place the
    occasion itself was is no part of it. A place after a locative that lies apart from the
    occasion's ("three Britons in Adana") still is."""
    scope = f.qualifiers.get("scope")
    if not scope or not population.startswith(("nationals:", "foreign")):
        return
    if f.qualifiers.get("listed"):
        if scope != ["cc:" + population.split(":", 1)[-1]]:
            return  # (an item of a list of places: "Iran 82, Canada 63" keeps its place)
        del f.qualifiers["listed"]  # («۸۲ ایرانی، ۶۳ کانادایی»: the item is its people, no place)
    places: tuple[str, ...] = ()
    if f.subject.get("kind") == "event":
        places = next((tuple(m.places) for _, m in ctx.mentions if m.id == f.subject.get("mention")), ())
    alone = _distinct(ctx, tuple(scope)) < 2
    kept = [
        x
        for x in scope
        if x not in ("x:part", "x:countries")
        and not x.startswith("cc:")
        and not (x.startswith("p:") and alone and x[2:] in places)
    ]
    if kept:
        f.qualifiers["scope"] = kept
    else:
        del f.qualifiers["scope"]


def _nationals(ctx: _Sentence, c: Claim) -> bool:
    """A nationality word right after a bare cardinal is the noun it counts: "five Iranians",
    «۵ ایرانی», «5 إيرانيين». A nationality adjective with no plural ending and a lower-case word
    after it is a modifier ("five Chinese ships"), unless that word may follow a noun ("four Chinese
    and", "five Chinese were")."""
    if c.value.get("kind") != "cardinal":
        return False
    text, n = ctx.doc.text, ctx.doc.norm
    m = _SPACES.match(text, n.norm_index(c.end))
    hit = ctx.t.demonyms.match_at(text, m.end()) if m else None
    return hit is not None and _people_noun(ctx, hit)


def _people_noun(ctx: _Sentence, hit: tuple) -> bool:
    """The nationality word ``hit`` names people ("Iranians", "Chinese were"), not a thing of the
    country ("Chinese ships", "the Indian jet")."""
    text, n = ctx.doc.text, ctx.doc.norm
    if ctx.t.demonyms.ids.get(squash(text[hit[0] : hit[1]])) is None:
        return True  # (matched with a plural ending)
    after = NEXT_WORD.match(ctx.doc.article.text, n.orig_index(hit[1]))
    return after is None or not after.group(1).islower() or fold(after.group(1)) in ctx.t.after_nouns


def _quoted(ctx: _Sentence, c: Claim) -> bool:
    """A number inside a quoted name («"إيه تي آر 72"», "Boeing 737") names, it does not count."""
    text = ctx.doc.article.text
    lo, hi = ctx.sent
    for m in _QUOTED.finditer(text, lo, hi):
        if m.start() < c.start and c.end <= m.end() and _WORD.search(text, m.start(), c.start):
            return True
    return False


def _predicate(
    t: FrameTables, v: dict, triggers: list[tuple[int, str]], took: set[str]
) -> tuple[str | None, str | None]:
    """``took``: predicates whose words in this sentence another number took within reach."""
    unit = v.get("unit")
    parent = t.unit_parent.get(unit or "")
    defs = t.predicate_defs
    if unit is None:
        near = [p for d, p in triggers if d < _FAR]
        magnitude = "magnitude" in near or "intensity" in near
        if magnitude and v.get("value") is not None and 0 < float(v["value"]) <= _MAGNITUDE_MAX:
            # (a whole degree in a sentence naming an intensity scale is the shaking, not the
            # quake's size: «شدت لرزش در شیکا به ۷ … مقیاس شدت زلزله ژاپن»)
            scaled = any(p == "intensity" for _, p in triggers) and float(v["value"]).is_integer()
            return ("intensity", None) if scaled else ("magnitude", "magnitude")
        # "the number of people killed … rose to 133": a bare number beside a count of people;
        # a toll word further off in the sentence still names it when no other number took it
        # ("The death toll from the wildfire that destroyed … rose to 111 on Wednesday").
        counts = [
            p
            for d, p in triggers
            if d < 2 * _FAR
            and "person" in (defs.get(p, {}).get("units") or ())
            and (d < _FAR or (defs.get(p, {}).get("far_trigger") and p not in took))
        ]
        if counts and v.get("kind") == "cardinal" and float(v.get("value") or 0) >= 1:
            # («خفض حصيلة قتلى … القطارات … إلى ٢٧٥»: the toll, not who the trains carried;
            # "205 bodies have been identified": those identified, not the toll)
            close = {p for d, p in triggers if d <= _YIELD_REACH}
            outcome = next((q for q in defs[counts[0]].get("yields_to") or () if q in close), None)
            return outcome or counts[0], "person"
        return None, None
    fits = [p for _, p in triggers if defs.get(p, {}).get("value") == "quantity"]
    # A unit that names its own predicate («2059 جريحا»: wounded) is never another's through its
    # parent unit (person), whatever trigger is near («حصيلة … 2012 قتيلا و2059 جريحا»).
    direct = next((p for p, d in sorted(defs.items()) if unit in (d.get("direct") or ())), None)
    for p in fits:
        units = defs[p].get("units") or ()
        if unit in units or (parent and any(a in units for a in _ancestors(t, unit)) and direct is None):
            # "killing all 167 people aboard": the outcome, not who was aboard; and an outcome's word
            # right beside the word that took the figure, however far both are from it («۲۹ معدنچی
            # که … زیر زمین گرفتار شده‌اند»: trapped underground, not who was inside)
            own = min(d for d, q in triggers if q == p)
            close = {q for d, q in triggers if d <= _YIELD_REACH or abs(d - own) <= _BESIDE}
            outcome = next((q for q in defs[p].get("yields_to") or () if q in close and q in fits), None)
            return outcome or p, unit
    if direct is not None:
        return direct, unit
    if v.get("high") is not None and float(v["high"]) <= _DESCRIPTIVE_MAX:
        return None, None  # «دو کشور», "one time": a description, not a figure anyone reports
    return "count", unit


def _date(ctx: _Sentence, c: Claim, triggers: list[tuple[int, str]], mention: Mention | None) -> list[Frame]:
    """The frames of a date: usually one; a year that both measures a record and dates the earlier
    occasion named after "since" («منذ زلزال أرزنجان عام 1939») gives both."""
    f = _date_frame(ctx, c, triggers, mention)
    if f is None:
        return []
    acted = _act_date(ctx, c, triggers)
    if acted is not None and not ctx.t.predicate_defs[f.predicate].get("per_person"):
        # "Namazi, who was detained in 2016": when he was detained, keyed on him; a bare date or a
        # start read from the same words is that fact, a day of an occasion («… در دادگاه …
        # بازداشت شده بود») stays as well.
        pred, person = acted
        act = dataclasses.replace(
            _frame(ctx, c, pred, f.value, _clause(ctx, c), None),
            subject={"kind": "concepts", "tokens": [f"n:{person}"], "words": ""},
            confidence="lexicon",
            qualifiers={},
        )
        if f.subject.get("kind") == "concepts" and f.predicate in ("dated", "founded"):
            return [act]
        return [*_date_twins(ctx, c, f, mention), act]
    return _date_twins(ctx, c, f, mention)


def _date_twins(ctx: _Sentence, c: Claim, f: Frame, mention: Mention | None) -> list[Frame]:
    if f.predicate == "event_date":
        # «روز چهارشنبه ۱۵ اکتبر ۲۰۲۵ (۲۳ مهر ۱۴۰۴)»: the twin in the other calendar is evidence too.
        ds, i = ctx.dates(), ctx.date_index(c)
        # (and one linked by a word, «الأحد 2 ذو القعدة 1439 هـ الموافق 15 يوليو 2018»: whichever half the
        # frame stands on, both are quoted)
        twins = tuple(
            d.id
            for d in ds[max(0, i - 1) : i] + ds[i + 1 : i + 2]
            if _twins(c, d) or _linked_twins(ctx, c, d)
        )
        f = dataclasses.replace(f, claims=f.claims + twins)
    if f.predicate in ctx.t.since and mention is not None and not mention.main and _dated(ctx.t, mention):
        return [f, _frame(ctx, c, "event_date", f.value, None, None, mention)]
    return [f]


def _word_after(ctx: _Sentence, c: Claim, pred: str) -> bool:
    """A word of ``pred`` stands after the date in its sentence."""
    at = ctx.doc.norm.norm_index(c.end)
    return any(p == pred for _s, _e, p in ctx.t.predicates.find(ctx.doc.text, at, _folded(ctx)[1]))


def _linked_twins(ctx: _Sentence, a: Claim, b: Claim) -> bool:
    """Two dates whose intervals overlap with one word between them («الموافق», «یعنی»): one date."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    ea, la, eb, lb = (x.value.get(k) for x in (first, second) for k in ("earliest", "latest"))
    return (
        bool(ea and la and eb and lb)
        and not (la < eb or lb < ea)
        and one_word_apart(ctx.doc.article.text, first.end, second.start)
    )


def _date_frame(
    ctx: _Sentence, c: Claim, triggers: list[tuple[int, str]], mention: Mention | None
) -> Frame | None:
    v = c.value
    if c.rule.startswith("date.meta"):
        return None
    value = {
        "earliest": v.get("earliest"),
        "latest": v.get("latest"),
        "iso": v.get("iso"),
        "precision": v.get("precision"),
        "calendar": v.get("calendar"),
    }
    if not v.get("earliest") or not v.get("latest"):
        yearless = yearless_day(c)
        if yearless is None:
            return None
        value["yearless"] = yearless  # (align dates it by the article's estimate)
    named_day = (v.get("relative") or {}).get("relation") == "weekday"  # ("on Monday": true of its day)
    if v.get("weekday") is not None and (v.get("weekday_ok") or named_day) and v.get("precision") == "day":
        value["weekday"] = v["weekday"]  # stated, and true of the day: the text pins the day down
    if (v.get("relative") or {}).get("relation"):
        value["relative"] = True  # counted from the publication ("on Saturday"), not written out
    # A far trigger names a date only when the sentence has no other date it could be for.
    alone = ctx.dates_apart() == 1
    pred = next((p for d, p in triggers if p in ctx.t.own_date and (d < _FAR or alone)), None)
    pred = pred or _elided(ctx, c)
    if mention is None and pred in (None, "ended") and _requested(ctx, c) == "forecast":
        # (the time a forecast is for, «توقعاته لنمو الاقتصاد الكندي في عام 2015»: no day anything
        # happened; not one a target's words hold, "the 1.5C goal of the 2015 Paris Agreement")
        return None
    pdef = ctx.t.predicate_defs[pred] if pred is not None else {}
    # (not for an occasion that is what takes effect: a truce's start is its day)
    apart = pdef.get("apart_from_occasion") and (
        mention is None or mention.type not in (pdef.get("occasion_of") or ())
    )
    record = None if apart else _record(ctx, c, triggers)
    if record is not None:
        # "the deadliest since 1992": about the occasion the article reports, or, with no
        # occasion (inflation "at its highest since 2017"), about the words of its clause.
        # (Only when the sentence names an occasion: "the 2022 crisis, its worst since 1948" in
        # a report of an election is the crisis's record, not the election's.)
        names = (
            bool(ctx.mentions)
            or next(iter(ctx.t.incident.find(ctx.doc.text, *_folded(ctx))), None) is not None
        )
        main = ctx.main if ctx.t.predicate_defs[record].get("subject") == "event" and names else None
        then = _record_then(ctx, c)
        f = _frame(ctx, c, record, value, _clause(ctx, c), then, main)
        if then is not None:
            f.qualifiers["previous"] = True  # (an earlier act's record, apart from the occasion's)
        if _since_act(ctx, c):
            f.qualifiers["since_act"] = True  # "since its introduction in 2013": since it began at all
        return f
    # (an occasion the mentions stage dated by this very date keeps it: its word owns the date
    # over a nearer ending word before it, «سقوط کرد و … روز پنجشنبه ۲۱ مهر کوارتنگ را برکنار کرد»;
    # not over one after it, the clause's verb: «در آوریل ۲۰۲۲ با رأی عدم اعتماد از قدرت کنار رفت»;
    # only where verbs end their clauses: "was ousted in April 2022 in a no-confidence vote")
    owned = (
        mention is not None
        and ctx.t.verb_final
        and not mention.main
        and mention.date == c.id
        and pred is not None
        and not _word_after(ctx, c, pred)
    )
    if (
        mention is not None
        and _dated(ctx.t, mention)
        and (pred is None or (mention.main and not apart) or owned)
    ):
        f = _frame(ctx, c, "event_date", value, None, None, mention)
        if dated_line(ctx.doc, c):
            f.qualifiers["source"] = "dateline"  # when the dispatch was filed: it may agree, never conflict
        return f
    if pred is not None and ctx.t.predicate_defs[pred].get("subject") == "event":
        # A day of the occasion's own (its day of mourning), named even as "on Sunday".
        if (v.get("relative") and not v["relative"].get("resolved")) or v.get("precision") != "day":
            return None
        occasion = ctx.event_for(pred, c.start)
        if v.get("relative") and occasion and occasion.earliest and v["earliest"] < occasion.earliest:
            return None  # "declared Tuesday a day of mourning": a weekday read as past, but it is to come
        return _frame(ctx, c, pred, value, _clause(ctx, c), None, occasion)
    # A sentence about what is to come may still recall when something was founded or signed
    # ("agreed to convene the committee, set up in 1987, early next year"): a past date with its
    # own predicate stays; dates after the publication are dropped below.
    pub = ctx.doc.reference_date
    # A year to come is a target or a plan ("gas supplies by 2030", «حتى عام 2030»): a fact the
    # reports may give differently, unlike a day to come (a schedule) or the occasion's own day.
    # Told in the past with no "by" or "until" ("recovering from the 2025 crisis" in 2024), it is
    # a slip the other reports show: a past date like theirs.
    ahead = pub is not None and v.get("precision") == "year" and int(v["earliest"][:4]) > pub.year
    planned = v.get("marker") == "until" or _future(ctx)
    target = ahead and planned
    if pred is None and "range_end" in c.flags:
        pred = "ended"  # "governed from 2001 to 2006": when it ended
    until = v.get("marker") == "until" and "range_end" not in c.flags
    # (a name's year, "the 2015 Paris Agreement", is a past fact even in a sentence of plans)
    named = pred is None and name_after_year(ctx.doc.article.text, c, ctx.t.year_name) is not None
    if v.get("relative") or (not target and (until or (_future(ctx) and pred is None and not named))):
        return None
    # "a deal signed on March 23" in a report of 6 March, told in the past: a slip the other
    # reports show, so the signing keeps its date (a bare date after publication is dropped).
    slip = (ahead and not planned and "range_end" not in c.flags) or (
        pred is not None
        and pub is not None
        and date.fromisoformat(v["earliest"]) > pub
        and not _future(ctx)
        # (a weekday in the days after the report is a schedule, not a slip: «ستكلف الحزب الفائز
        # بتشكيل الحكومة يوم الاثنين 2 أكتوبر» in a report of 1 October)
        and not (v.get("weekday") and (date.fromisoformat(v["earliest"]) - pub).days <= _SCHEDULE_DAYS)
    )
    # (a lunar day's own day, not the first of the days it may be: «٢٥ ربيع الأول ١٤٤٥هـ» beside
    # «الثلاثاء ١٠ أكتوبر» is that Tuesday)
    day = v["iso"] if v.get("precision") == "day" and len(v.get("iso") or "") == 10 else v["earliest"]
    if pub and not (target or slip) and date.fromisoformat(day) > pub - timedelta(days=RECENT_DAYS):
        return None  # the reported occasion itself, or a date after publication
    if pred is None and v.get("precision") == "month" and "year_inferred" in c.flags:
        return None  # "29.8% in January": when a figure holds, not a dated fact of its own
    if pred is None and v.get("precision") == "day" and _statement_day(ctx, c) and _day_after(ctx, c):
        # «قد تحدثت يوم 26 يونيو عن مقتل 22 شخصا … في احتجاجات يوم الثلاثاء 25 يونيو»: when it was
        # said, where what it tells has a day of its own (not «أعلن الأحكام العرفية ليل الثلاثاء ٣
        # ديسمبر»: a declaration is the act itself)
        return None
    if pred is None and _after_time_phrase(ctx, c):
        return None  # "$212.6 billion in assets at the end of 2022": when the figure holds
    if pred is None and v.get("precision") == "year" and _right_after_figure(ctx, c):
        return None  # "down from 57.50% in 2019": when the figure held, no dated fact of its own
    if pred is None and v.get("precision") == "year" and _names_occasion(ctx, c):
        return None  # («در انتخابات ۲۰۱۹ صاحب ۳۸ کرسی»: the year names the election, its occasion's date)
    since = (
        pred is None and v.get("marker") == "since" and not (v.get("range") and v.get("precision") != "year")
    )
    if since and not alone and any(p == "founded" for _, p in triggers):
        # («در سال ۱۶۹۴ تأسیس شده و از سال ۱۹۹۷ اختیار … را در دست دارد»: the sentence's founding
        # word is its other date's; since when something else has held is no founding)
        return None
    if since:
        # «از سال ۱۹۹۳», "from 2018": when something began (but "from April 19 to June 1" is a period)
        pred = "founded"
    f = _frame(ctx, c, pred or "dated", value, _clause(ctx, c), None)
    if since or (pred == "founded" and _since_clause(ctx, c)):
        f = dataclasses.replace(f, qualifiers={**f.qualifiers, "since": True})
    if since and not any(x.startswith("c:") for x in f.subject.get("tokens") or ()):
        # "Macky Sall, who has led Senegal since 2012", «ويتولى سال الحكم منذ عام 2012»: a clause
        # that names a person and no concept tells since when that person is what they are.
        person = _nearest_name(ctx, c, ((w, w) for w in ctx.people), after=False)
        # (not a speaker's: "Sall said prices have risen since 2022", «وقال سال»)
        if person is not None and not spoken_by(ctx.t, ctx.doc.text, person[2], person[3], *_folded(ctx)):
            f = dataclasses.replace(
                f, subject={**f.subject, "tokens": [f"n:{person[1]}"]}, confidence="lexicon"
            )
    return dataclasses.replace(f, qualifiers={**f.qualifiers, "target": True}) if target else f


def _act_date(ctx: _Sentence, c: Claim, triggers: list[tuple[int, str]]) -> tuple[str, str] | None:
    """A date beside the words of a count that has a date predicate (``date`` in
    ``rules/predicates``: "detained", «بازداشت», «المعتقل»), with a person named before it in
    its sentence: ``(date predicate, the person's folded surname)``."""
    defs = ctx.t.predicate_defs
    if c.value.get("range") or "range_end" in c.flags:
        return None  # ("who governed from 2019 to 2022, has been under house arrest": a term's years)
    for d, p in triggers:
        # (a count's words go to numbers first: a date sees them from afar, by their distance)
        gap = d - _FAR if _FAR <= d < 2 * _FAR else d
        if gap <= _ACT_REACH and defs.get(p, {}).get("date"):
            at = ctx.doc.norm.norm_index(c.start)
            person = _person_before(ctx, at, max(_folded(ctx)[0], at - 2 * _ACT_REACH))
            if person is None or spoken_by(ctx.t, ctx.doc.text, person[1], person[2], *_folded(ctx)):
                return None  # (no one, or "Namazi said he was detained in 2015": whose detention is not said)
            return defs[p]["date"], person[0]
    return None


def _person_before(ctx: _Sentence, at: int, lo: int) -> tuple[str, int, int] | None:
    """The surname of a person the article names, nearest before folded ``at`` and from ``lo`` on:
    ``(surname, folded start, end)``."""
    text = ctx.doc.text
    best = None
    for surname in ctx.people:
        i = text.rfind(surname, lo, at)
        if i != -1 and _whole_word(text, i, i + len(surname)) and (best is None or i > best[1]):
            best = (surname, i, i + len(surname))
    return best


def _record(ctx: _Sentence, c: Claim, triggers: list[tuple[int, str]]) -> str | None:
    """The superlative a date measures from («الأسوأ في البلاد منذ عام 1992»): a ``since`` trigger
    before the date, within reach, and a since word between them (or the date's own «منذ»)."""
    if c.value.get("precision") not in ("year", "month", "day") or c.value.get("relative"):
        return None
    n = ctx.doc.norm
    # (a date a span runs from to now, «… در سال ۱۳۵۷ تاکنون»: any superlative of its sentence)
    end = n.norm_index(c.end)
    closed = any(
        not ctx.doc.text[end:a].strip() for a, _b, _ in ctx.t.since_closers.find(ctx.doc.text, end, end + 20)
    )
    for gap, pid in triggers:
        gap = gap - _FAR if gap >= _FAR else gap  # a trigger nearer another value may still be this one's
        if (gap > _TRIGGER_REACH and not closed) or pid not in ctx.t.since:
            continue
        lo = c.start - gap  # the trigger ends here when it is before the date
        if lo < ctx.sent[0] or lo > c.start:
            continue
        if c.value.get("marker") == "since" or next(
            iter(ctx.t.since_words.find(ctx.doc.text, n.norm_index(lo), n.norm_index(c.start))), None
        ):
            return pid
    return None


def _record_then(ctx: _Sentence, c: Claim) -> dict | None:
    """When a record was set, where a date before the reported occasion's stands right before it:
    «… ثم نصف نقطة في أيار/مايو، في أكبر زيادة منذ عام ٢٠٠٠» (May's rise, in a report of June's) is
    an earlier record than the occasion's, "the largest since 1994". Not in a report of no dated
    occasion: there the date is as often the period the record measures (January's inflation, "the
    lowest since October", in a report of February)."""
    main = ctx.main
    if main is None or not main.earliest:
        return None
    now = date.fromisoformat(main.earliest)
    n = ctx.doc.norm
    before = [
        d for d in ctx.dates() if d.end <= c.start and d.value.get("latest") and not d.value.get("relative")
    ]
    if not before:
        return None
    d = before[-1]
    if n.norm_index(c.start) - n.norm_index(d.end) > _RECORD_THEN_REACH:
        return None
    if date.fromisoformat(d.value["latest"]) > now - timedelta(days=_RECORD_THEN_DAYS):
        return None  # (the occasion's own days: «روز سه‌شنبه … برای نخستین سفر خود به آمریکا از سال ۲۰۱۷»)
    v = d.value
    return {"earliest": v["earliest"], "latest": v["latest"], "precision": v.get("precision"), "claim": d.id}


_RECORD_THEN_REACH = 40  # folded characters from the date of an earlier act to the record it set
_RECORD_THEN_DAYS = 7  # days before the occasion's first a date must end to be an earlier act's


def _since_clause(ctx: _Sentence, c: Claim) -> bool:
    """A since word before the founding word that dates ``c``, with no mark between ("since the
    fighting began in October 2023", «منذ اندلاع الحرب في 8 أكتوبر»): a date something has held
    since, as «منذ ٨ أكتوبر ٢٠٢٣» is."""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    hits = list(ctx.t.since_past.find(text, max(n.norm_index(ctx.sent[0]), a - _TRIGGER_REACH), a))
    if not hits or _MARKED.search(text, hits[-1][1], a):
        return False
    return any(pid == "founded" for _s, _e, pid in ctx.t.predicates.find(text, hits[-1][1], a))


def _since_act(ctx: _Sentence, c: Claim) -> bool:
    """A word of some length between the since word and the record's date names an act the record
    counts from ("the highest since its introduction in 2013", «از زمان معرفی آن در سال ۲۰۱۳»,
    "since records began in 1990"): the measure's whole history, which "the highest since
    February 2003" in another report does not contradict."""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    hits = list(ctx.t.since_words.find(text, max(n.norm_index(ctx.sent[0]), a - _TRIGGER_REACH), a))
    if not hits:
        return False
    return any(len(w) > _ACT_WORD for w in text[hits[-1][1] : a].split())


_ACT_WORD = 3  # letters: longer than "the", «آن», «في»


def _elided(ctx: _Sentence, c: Claim) -> str | None:
    """The predicate a date takes from the date before it when a join stands between and nothing
    else names one ("the baseline duty takes effect on April 5 and the higher rates on April 9",
    «این تعرفه از ۱۶ فروردین اجرا می‌شود و تعرفه‌های بالاتر … از ۱۹ فروردین»): a date that is
    never the occasion's, stated once for both."""
    k = ctx.date_index(c)
    if not k:
        return None
    before = ctx.dates()[k - 1]
    text = ctx.doc.article.text[before.end : c.start]
    if len(text) > _ELIDED_REACH or _CLAUSE_END_MARK.search(text):
        return None
    if not any(w in ctx.t.list_joins for w in TOKEN.findall(fold(text))):
        return None
    pred = next((p for _d, p in ctx.triggers.get(before.id) or () if p in ctx.t.own_date), None)
    return pred if pred and ctx.t.predicate_defs[pred].get("apart_from_occasion") else None


def _raised_to(ctx: _Sentence, c: Claim) -> bool:
    """A to word right before the figure and a change verb in its clause ("raising the duty on
    Chinese imports to 125%", «نرخ را به ۱۲۵ درصد رساند», «رفعت الرسوم إلى ٨٤٪»)."""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    if not _ends_before(ctx.t.to_words, text, a):
        return False
    s0, s1 = _folded(ctx)
    left, right = _clause_span(text, s0, s1, a, n.norm_index(c.end))
    return next(iter(ctx.t.change_verbs.find(text, left, right)), None) is not None


def _range_end(ctx: _Sentence, c: Claim) -> str | None:
    """Which end (``low``, ``high``) ``c`` is of a range written out as two figures of one unit
    kind: an opening word before the first and a joining word before the second, with nothing else
    between them ("ranging from four years and two months to 10 years", «بين أربع سنوات وشهرين وعشر
    سنوات», «از چهار سال و دو ماه تا ۱۰ سال»)."""
    n, text = ctx.doc.norm, ctx.doc.text
    spans = sorted(
        (
            (n.norm_index(o.start), n.norm_index(o.end), o)
            for o in ctx.claims
            if o.type == "number" and o.value.get("unit") in ctx.t.span_units
        ),
        key=lambda x: x[:2],  # (by offsets alone: claims do not order)
    )
    k = next((i for i, (_a, _b, o) in enumerate(spans) if o is c), None)
    if k is None:
        return None
    for i, j, end in ((k, k + 1, "low"), (k - 1, k, "high")):
        if i < 0 or j >= len(spans):
            continue
        (a1, b1, _o1), (a2, _b2, _o2) = spans[i], spans[j]
        between = text[b1:a2]
        if _MARKED.search(between) or len(between.split()) > _RANGE_GAP:
            continue
        if _ends_before(ctx.t.range_open, text, a1) and _ends_before(ctx.t.range_join, text, a2):
            return end
    return None


_RANGE_GAP = 2  # words between a range's two figures: its joining word, and a clitic's space


def _window(ctx: _Sentence, c: Claim) -> bool:
    """A window counted back from now: "over the past two and a half years", «طی دو سال و نیم
    گذشته», «خلال العامين الماضيين». It tells no date something started on."""
    n, text = ctx.doc.norm, ctx.doc.text
    if _ends_before(ctx.t.window_before, text, n.norm_index(c.start)):
        return True
    return ctx.t.window_after.match_at(text, _past_space(text, n.norm_index(c.end))) is not None


def _rate_period(ctx: _Sentence, c: Claim) -> bool:
    """A span a percentage right after it is measured over («قیمت انرژی در یک سال ۴۱٫۶ درصد …
    گران‌تر شده», "in a year 41.6%"): no length of anything, and no span like another's."""
    n, text = ctx.doc.norm, ctx.doc.text
    after = _past_space(text, n.norm_index(c.end))
    if any(
        o.type == "number" and o.value.get("unit") == "percent" and n.norm_index(o.start) == after
        for o in ctx.claims
    ):
        return True
    # (or a count the span follows, an in word between: «۲۰٫۵ میلیون شغل در یک ماه از بین رفت»,
    # "lost 20.5 million jobs in a single month")
    a = n.norm_index(c.start)
    lo = max(0, a - _PERIOD_WORD_REACH)
    before = text[lo:a].rstrip()
    word = next((w for w in ctx.t.count_period_before.find(before) if w[1] == len(before)), None)
    if word is None:
        return False
    head = lo + len(before[: word[0]].rstrip())  # where the words before the in word end
    for o in ctx.claims:
        end = n.norm_index(o.end)
        if o.type == "number" and o.value.get("unit") != "percent" and end <= head:
            between = text[end:head].split()
            if len(between) <= 1 and head - end <= _COUNT_NOUN_REACH:
                return True  # (the count's figure, and one noun at most: «شغل», "jobs")
    return False


_PERIOD_WORD_REACH = 24  # characters before a span an in word may take ("in a single")
_COUNT_NOUN_REACH = 16  # characters of the one noun between a count and the in word


def _moved_by(ctx: _Sentence, c: Claim, f: Frame) -> bool:
    """A percentage a change verb moved a set rate by (``set_rates``), with no to word before it:
    after a by word ("raised interest rates by 6%", «بنسبة»), right after the rate's words with
    nothing else between («رفع أسعار الفائدة 6% دفعة واحدة»), or, where the verb ends its clause,
    right before it («نرخ بهره را ۶ درصد افزایش داد»; a verb before the figure is another
    clause's there). Not a figure a change starts from («از ۱۹ درصد») or comes to."""
    tokens = f.subject.get("tokens") or ()
    if c.value.get("unit") != "percent" or not any(
        ctx.t.measure_of.get(x) in ctx.t.set_rates for x in tokens
    ):
        return False
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    if _ends_before(ctx.t.to_words, text, a) or _from_word_before(ctx, c):
        return False
    s0, s1 = _folded(ctx)
    left, right = _clause_span(text, s0, s1, a, b)
    by = bool(_ends_before(ctx.t.by_words, text, a))
    if ctx.t.verb_final:
        # (no to word before it in its clause either: «به محدوده صفر تا ۰٫۱ درصد رساند» is where
        # the rate was brought)
        after = _first(ctx.t.change_verbs, text, b, right)
        to = _first(ctx.t.to_words, text, left, a)
        return after is not None and (by or (to is None and not text[b : after[0]].strip()))
    verb = max(ctx.t.change_verbs.find(text, left, a), default=None)
    if verb is None:
        return False
    if by:
        return True  # ("raised interest rates by 6%")
    # (nothing between but the verb's subject and the rate: no clause mark, no other figure, and no
    # from or to word, «رُفع سعر الفائدة قصير الأجل من سالب ٠٫١٪ إلى …» giving the change's ends)
    between = text[verb[1] : a]
    if len(between.split()) > _MOVED_GAP or _MARKED.search(between):
        return False
    if _first(ctx.t.to_words, text, verb[1], a) or _first(ctx.t.from_words, text, verb[1], a):
        return False
    return not any(
        o.type == "number" and n.norm_index(o.start) >= verb[1] for o in ctx.claims_within(verb[1], a)
    )


def _first(table: Table, text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The first of ``table``'s words in folded ``[lo, hi)``."""
    return next(iter(table.find(text, lo, hi)), None)


# Words between a change verb and the figure it moved the rate by: its subject, then the rate
# («رفع البنك المركزي المصري أسعار الفائدة 6%»).
_MOVED_GAP = 6


def _days_by_sentence(claims: list[Claim]) -> dict[tuple[int, int], Claim]:
    """The last day-precise date each sentence names (not the dateline or the header's)."""
    out: dict[tuple[int, int], Claim] = {}
    for c in sorted(claims, key=lambda c: c.start):
        if c.type == "date" and c.value.get("precision") == "day" and not c.rule.startswith("date.meta"):
            out[c.sentence] = c
    return out


def _carried(doc: Doc, sentences: list[tuple[int, int]], sent: tuple[int, int], mentions) -> list[Mention]:
    """The occasions dated to a day (not the main one) of the nearest sentence before ``sent``, in
    its paragraph and at most ``_CARRY_SENTENCES`` back, that names any linkable occasion."""
    k = bisect_left(sentences, sent)
    text = doc.article.text
    for j in range(k - 1, max(-1, k - 1 - _CARRY_SENTENCES), -1):
        lo, hi = sentences[j]
        if "\n" in text[hi : sentences[j + 1][0] if j + 1 < len(sentences) else sent[0]]:
            return []  # (a paragraph's break: a new paragraph is told afresh)
        named = [m for m in mentions if _linkable(m, lo, hi)]
        if named:
            # (an occasion told on its day, as a narrative goes on with it: not one named by its
            # year in passing, "… 303 seats since the 2019 elections")
            return [m for m in named if not m.main and m.earliest and m.earliest == m.latest]
    return []


_CARRY_SENTENCES = 3


def _day_before(sentences: list[tuple[int, int]], sent: tuple[int, int], days: dict) -> Claim | None:
    """The last day the sentence right before ``sent`` names, if any (original offsets)."""
    k = bisect_left(sentences, sent)
    return days.get(sentences[k - 1]) if 0 < k <= len(sentences) else None


def _past_span(ctx: _Sentence, c: Claim) -> bool:
    """An ended span's sentence names, before it, a day or year over a year before the report
    ("The writers' previous walkout, in 2007–2008, lasted 100 days"; not "… after 148 days, the
    second-longest after the 153-day strike of 1988", where the year is another span's)."""
    ref = ctx.doc.reference_date
    if ref is None:
        return False
    before = (ref - timedelta(days=_PAST_SPAN_DAYS)).isoformat()
    return any(
        d.start < c.start and d.value.get("latest") and d.value["latest"] < before for d in ctx.dates()
    )


_PAST_SPAN_DAYS = 365


def _closed(ctx: _Sentence, c: Claim) -> bool | str:
    """A word in the value's clause that says its span is over ("lasted", «استمرت», «طول کشید»);
    "after" right before it (a span that ended: "freed after 45 days", «بعد 148 يوما»), or a word
    right after it that makes it the span between two days ("six weeks after the writers returned",
    "three days later"), not one up to when it was said (``"offset"``)."""
    n = ctx.doc.norm
    s0, s1 = _folded(ctx)
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    if offset_after(ctx.t, ctx.doc.text, b):
        return "offset"  # (first: «بعد ساعة من بدء الغوص» is an hour from the start, not a span over)
    if _ends_before(ctx.t.closed_before, ctx.doc.text, a, _CLOSED_REACH):
        return True
    if _HYPHENED_UNIT.search(c.text) or fold(str(c.value.get("unit_text") or "")) in ctx.t.length_suffixes:
        return True  # ("the 18-day uprising", «اعتراضات ۱۸ روزه‌ای»: the thing's length)
    left, right = _clause_span(ctx.doc.text, s0, s1, a, b)
    return next(iter(ctx.t.closed.find(ctx.doc.text, left, right)), None) is not None or _between_years(
        ctx, left, right
    )


_HYPHENED_UNIT = re.compile(r"[^\W_][-\u2010\u2011][^\W\d_]+\Z")  # "18-day", "three-week"


def _between_years(ctx: _Sentence, left: int, right: int) -> bool:
    """Two years in the clause, the later one past: the span lies within them ("spent 580 days in
    prison in 2018 and 2019", «بين 2018 و2019»), not up to when it was said."""
    n, pub = ctx.doc.norm, ctx.doc.reference_date
    years = set()
    for c in ctx.claims:
        if not left <= n.norm_index(c.start) < right:
            continue
        v = c.value
        if c.type == "date" and v.get("precision") == "year" and v.get("earliest"):
            years.add(int(v["earliest"][:4]))
        elif c.type == "number" and not v.get("unit"):
            # (years read as bare numbers: «بين 2018 و2019», «سال‌های ۲۰۱۸ و ۲۰۱۹»)
            years.update(x for x in (v.get("low"), v.get("high")) if reads_as_year(x))
    return len(years) >= 2 and pub is not None and max(years) < pub.year


_CLOSED_REACH = 12


def _planned(ctx: _Sentence, c: Claim) -> bool:
    """A word of what is to come before the value in its clause ("said it would put them on hold for
    90 days"); one after it is another verb's ("sat there for six years and announced that 100
    billion pounds would be released")."""
    a, _b, left, _right = _value_clause(ctx, c)
    return any(k == "future" for _a, _b, k in ctx.t.planned.find(ctx.doc.text, left, a))


def _extension(ctx: _Sentence, c: Claim) -> bool:
    """An extension word anywhere in the value's clause ("was extended by three months", «سه ماه
    دیگر تمدید می‌شود»)."""
    _a, _b, left, right = _value_clause(ctx, c)
    return next(iter(ctx.t.extension.find(ctx.doc.text, left, right)), None) is not None


def _term(ctx: _Sentence, c: Claim) -> bool:
    """A noun of a term of office within ``_TERM_WORDS`` words of the value in its clause ("a
    five-year term", «لولاية مدتها خمس سنوات», «دوره‌ای پنج‌ساله»)."""
    text = ctx.doc.text
    a, b, left, right = _value_clause(ctx, c)
    for x, y, _ in ctx.t.terms.find(text, left, right):
        between = text[y:a] if y <= a else text[b:x]
        if len(between.split()) <= _TERM_WORDS:
            return True
    return False


_TERM_WORDS = 2


def _future(ctx: _Sentence) -> bool:
    return any(k == "future" for _a, _b, k in ctx.t.future.find(ctx.doc.text, *_folded(ctx)))


def _right_after_figure(ctx: _Sentence, c: Claim) -> bool:
    """A share or a rate ends right before the date, at most ``_FIGURE_GAP`` short words between
    ("57.50% in 2019", «٥٧٫٥٪ في عام ٢٠١٩», «۵۷٫۵ درصد در سال ۲۰۱۹»): when it held."""
    text = ctx.doc.article.text
    for o in ctx.claims:
        if (
            o.type == "number"
            and o.value.get("kind") == "percent"  # (a share or a rate; "$26.2 billion in 2016" dates a deal)
            and o.end <= c.start
            and c.start - o.end <= _FIGURE_REACH
        ):
            words = text[o.end : c.start].split()
            if len(words) <= _FIGURE_GAP and all(len(w) <= _GAP_WORD for w in words):
                return True
    return False


_FIGURE_REACH = 12  # characters between a figure and the year it held in
_FIGURE_GAP = 2
_GAP_WORD = 4  # letters of a word between them: a preposition's, «عام»


def _after_time_phrase(ctx: _Sentence, c: Claim) -> bool:
    """The date comes right after a phrase of time ("at the end of 2022", «في نهاية العام
    الماضي»)."""
    return bool(
        _ends_before(ctx.t.time_phrases, ctx.doc.text, ctx.doc.norm.norm_index(c.start), _PHRASE_REACH)
    )


def _own_measure(ctx: _Sentence, c: Claim) -> str | None:
    """The concept of what a figure measures, named right beside it: before it («أصولا بقيمة 229.1
    مليار», "a loss of $1 billion") or else after it ("$229.1 billion in assets", «۱۰۰ میلیارد دلار
    برداشت»), with at most two linking words between (``measure_links``). Only a concept that
    names a measured family counts, and one after a join word is the next item's («229.1 مليار
    دولار وودائع»)."""
    text, t = ctx.doc.text, ctx.t
    n = ctx.doc.norm
    lo, hi = _folded(ctx)
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    for _s, e, cid in reversed(list(t.concepts.find(text, max(lo, a - _OWN_REACH), a))):
        between = _LETTERS_ANY.findall(text, e, a)  # («۴ میلیون دلار و دو سال»: «و» is a word too)
        if (
            "c:" + cid in t.measure_of
            and len(between) <= _OWN_LINKS
            and all(w in t.measure_before for w in between)
            and not re.search(r"[^\w\s\u200c]", text[e:a])  # (no mark between: «روپیه (نزدیک به ۷۵ …»)
        ):
            return "c:" + cid
    words = _WORD.finditer(text, b, min(hi, b + _OWN_REACH))
    pos = b
    for _ in range(_OWN_LINKS + 1):
        at = _past_space(text, pos, 3)
        hit = t.concepts.match_at(text, at)
        if hit and "c:" + hit[2] in t.measure_of and not _joined(t, text, at, hit):
            return "c:" + hit[2]
        w = next(words, None)
        if w is None or w.group(0) not in t.measure_after or text[pos : w.start()].strip():
            break
        pos = w.end()
    return None


def _nearest_family(ctx: _Sentence, c: Claim, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A figure's clause that names what two families measure (a good aside: it only narrows
    prices) measures the one named last before the figure, or else first after it, with no mark
    between («التضخم
    البريطاني يرتفع إلى ٢٫٢٪ بعد أول خفض للفائدة»: inflation's figure; "the bank cut rates to 5%
    as inflation eased": the rate's)."""
    t = ctx.t

    def root(x: str) -> str:
        return t.measure_of[x].split(".")[0]

    named = {x for x in tokens if x in t.measure_of and x not in t.goods}
    if len({root(x) for x in named}) < 2:
        return tokens
    text, n = ctx.doc.text, ctx.doc.norm
    lo, hi = _folded(ctx)
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    # (with no mark between: in «مقابل 55 دولارا للسهم نقدا، أي ما يعادل …، بعلاوة نحو 40% على سعر
    # السهم» the premium is on the price, not the share's 55 dollars)
    found = [(s_, e, x) for s_, e, cid in t.concepts.find(text, lo, hi) if (x := "c:" + cid) in named]
    # (nor in a phrase of time or cause beside the subject: «تورم مصر پس از شناورسازی پوند به ۳۵.۷
    # درصد رسید» is inflation's)
    before = [
        i
        for i, (s_, e, _x) in enumerate(found)
        if e <= a and not _MARKED.search(text, e, a) and not _in_adjunct(t, text, lo, s_)
    ]
    after = [i for i, (s_, _e, _x) in enumerate(found) if s_ >= b and not _MARKED.search(text, b, s_)]
    if not before and not after:
        return tokens
    i = before[-1] if before else after[0]

    # (with the words one phrase holds beside it, a word at most between: «قیمت پایانی سهام», the
    # shares' closing price)
    def one_phrase(x: int, y: int) -> bool:
        gap = text[found[x][1] : found[y][0]]
        return len(gap.split()) <= 1 and not _MARKED.search(gap)

    j = i
    while j > 0 and one_phrase(j - 1, j):
        j -= 1
    k = i
    while k + 1 < len(found) and one_phrase(k, k + 1):
        k += 1
    kept = {root(x) for _s, _e, x in found[j : k + 1]}
    return tuple(x for x in tokens if x not in named or root(x) in kept)


def _in_adjunct(t: FrameTables, text: str, lo: int, at: int) -> bool:
    """An adjunct's opening word ("after", «پس از») stands at most two words before ``at``."""
    return any(
        len(text[e:at].split()) <= _ADJUNCT_WORDS
        for _s, e, _k in t.adjunct_openers.find(text, max(lo, at - 40), at)
    )


_ADJUNCT_WORDS = 2


def _joined(t: FrameTables, text: str, at: int, hit: tuple[int, int, str]) -> bool:
    """The concept ``hit`` at ``at`` opens with a join word written onto it («وودائع»: "and
    deposits"): the concept is there without that letter too."""
    return any(
        len(j) == 1 and text.startswith(j, at) and t.concepts.lookup(text[at + 1 : hit[1]]) == hit[2]
        for j in t.list_joins
    )


_OWN_REACH = 40
_PRICES = "m:inflation"  # the family of prices at large: a good named beside one makes it the good's
_OWN_LINKS = 2
_LETTERS_ANY = re.compile(r"[^\W\d_]+")
_OWN_PREDICATES = frozenset({"amount", "rate", "rate_change", "count"})


def _owned_by_others(ctx: _Sentence, c: Claim) -> set[str]:
    """The measures that the other figures of the value's clause, in its unit, name beside them
    (``_own_measure``)."""
    n = ctx.doc.norm
    s0, s1 = _folded(ctx)
    left, right = _clause_span(ctx.doc.text, s0, s1, n.norm_index(c.start), n.norm_index(c.end))
    return {
        m
        for o in ctx.claims_within(left, right)
        if o.type == "number"
        and o.id != c.id
        and o.value.get("unit") == c.value.get("unit")
        and (m := _own(ctx, o)) is not None
    }


def _unmeasured(ctx: _Sentence, pred: str, tokens) -> bool:
    """The clause's concepts are occasions of the predicate's ``unmeasured`` alone: nothing that a
    figure measures ("the average rate of 48.03%" in a sentence on an election's count)."""
    occasions = {f"c:{x}" for x in ctx.t.predicate_defs[pred].get("unmeasured") or ()}
    concepts = {x for x in tokens if x.startswith("c:")}
    return bool(occasions & concepts) and concepts <= occasions


def _own(ctx: _Sentence, c: Claim) -> str | None:
    if c.id not in ctx.own:
        ctx.own[c.id] = _own_measure(ctx, c)
    return ctx.own[c.id]


def _past_aside(ctx: _Sentence, lo: int, left: int) -> int | None:
    """Where the figure's clause begins when the clause before its mark is a person's age set off
    by commas: the clause before that one goes on past it («طالب بسجن هولمز، البالغة من العمر ٣٨
    عاماً، مدة ١٥ عاماً»: the 15 years are asked for). ``left`` is the end of the mark."""
    text = ctx.doc.text
    before = max((m.end() for m in _CLAUSE_END.finditer(text, lo, left - 1)), default=None)
    if before is None:
        return left
    head = len(text[before:left]) - len(text[before:left].lstrip())
    aside = next(iter(ctx.t.predicates.find(text, before + head, left)), None)
    if (
        aside is None
        or aside[0] != before + head
        or not ctx.t.predicate_defs.get(aside[2], {}).get("per_person")
    ):
        return left
    outer = max((m.end() for m in _CLAUSE_END.finditer(text, lo, before - 1)), default=None)
    return outer


def _folded(ctx: _Sentence) -> tuple[int, int]:
    n = ctx.doc.norm
    return n.norm_index(ctx.sent[0]), min(n.norm_index(ctx.sent[1]), len(ctx.doc.text))


def _frame(ctx, c: Claim, pred: str, value: dict, clause, time, mention: Mention | None = None) -> Frame:
    d = ctx.t.predicate_defs[pred]
    if mention is None and d.get("subject") == "event":
        mention = ctx.event_for(pred, c.start)
    tokens, scope, words = clause if clause else ((), (), "")
    # (where a flight or a ship set out from is no part of what it counts: "a jet arriving from
    # Bangkok … killing 179 of the 181 people on board")
    origins = {
        x
        for o in ctx.claims
        if o.type == "place" and o.value.get("role") == "origin"
        for x in (f"p:{o.value.get('place')}", f"cc:{o.value.get('country')}")
    }
    if origins:
        scope = tuple(x for x in scope if x not in origins)
    measured = ctx.t.unit_measures.get(value.get("unit") or "")
    if measured and measured not in tokens:
        tokens = tuple(sorted((*tokens, measured)))  # ("240 km/h": a speed, whatever the clause says)
    if pred == "dated" and _figured(ctx, c):
        # (what the sentence's figures measure is no subject of its bare date: "seized on May 1 with
        # $229.1 billion in assets" dates the seizure, not the assets; but with no figure beside it
        # the measure is what is dated: "the budget of September 23")
        tokens = tuple(x for x in tokens if x not in ctx.t.measure_of)
    own = _own(ctx, c) if "low" in value and pred in _OWN_PREDICATES else None
    if own:
        # ("$229.1 billion in assets and $103.9 billion in deposits": each figure is of its own noun;
        # whose figure it is, its sentence's names say when its clause names none: "Signature Bank,
        # which had $110 billion in assets")
        named = [x for x in tokens if x.startswith("n:")] or [
            x for x in _tokens(ctx, c, *_folded(ctx))[0] if x.startswith("n:")
        ]
        # (a price beside a good is the good's: "electricity prices 65.7% higher", «أسعار الغاز»)
        goods = [x for x in tokens if x in ctx.t.goods] if ctx.t.measure_of.get(own) == _PRICES else []
        tokens = tuple(sorted({x for x in tokens if x not in ctx.t.measure_of} | {own, *named, *goods}))
    elif "low" in value and pred in _OWN_PREDICATES and (others := _owned_by_others(ctx, c)):
        # ("sold $10 billion of bonds at a loss of $1 billion and planned to raise $3
        # billion": the securities and the loss are the other figures', not the third's)
        tokens = tuple(x for x in tokens if x not in others)
    elif "low" in value and pred in _OWN_PREDICATES:
        tokens = _nearest_family(ctx, c, tokens)
    if d.get("unscoped") or measured:
        # (the countries of a release are who freed whom, not parts of it; a speed is no count
        # over the places its clause names)
        scope = ()
    item = ctx.items.get(c.id)
    unit = value.get("unit")
    counted = unit == "person" or ctx.t.unit_parent.get(unit or "") == "person"
    # (a count that is a part by its nature, of the injured those in a critical condition, is no
    # part of it for saying so: "50 of the wounded were in critical condition")
    limited = not d.get("a_part") and (
        _limited(ctx, c, counted) or bool(item is not None and item.scope and scope == item.scope)
    )
    if mention is not None and scope:
        scope = _own_scope(ctx, mention, scope)
    regional = _regional(ctx, c, scope) if d.get("per_candidate") or d.get("polled") else ()
    if _over_countries(ctx, c):
        scope = ("x:countries",)  # "517 deaths in 13 countries": a region's total, not one country's
    elif regional:
        # ("Scotland voted 62% to remain", a candidate's "45% of the vote in KwaZulu-Natal": a
        # region's share, not the country's)
        scope = regional
    elif (
        mention is not None and _distinct(ctx, scope) < 2 and not limited and not _apart(ctx, mention, scope)
    ):
        scope = ()  # one place beside an event's figure is where the event was, not a part of it
    elif mention is not None and not limited and scope and all(x[2:] in mention.places for x in scope):
        scope = ()  # the occasion's own places, however many ("in the town of Amasra, in Bartin province")
    elif limited and not scope and "low" in value:
        scope = (_PART_OF,)  # a part of a whole that names no place ("of the dead, 155 …"; a day is no part)
    if mention is not None and counted and "low" in value and (where := _per_place(ctx, c)):
        scope = (_PART_OF,) if where == "?" else (f"p:{where}",)
    if mention is not None:
        subject = {"kind": "event", "mention": mention.id, "type": mention.type, "main": mention.main}
        confidence = "exact"
    else:
        subject = {"kind": "concepts", "tokens": list(tokens), "words": words}
        if own:
            subject["own"] = own  # (what the figure measures, named beside it)
        confidence = "lexicon" if any(x.startswith("c:") for x in tokens) else "fuzzy"
    qualifiers = {"scope": list(scope)} if scope else {}
    return Frame(
        id=f"{c.article}:frame:{pred}:{c.start}-{c.end}",
        article=c.article,
        predicate=pred,
        subject=subject,
        value=value,
        text=c.text,
        start=c.start,
        end=c.end,
        claims=(c.id,),
        confidence=confidence,
        qualifiers=qualifiers,
        time=time,
        reported_at=ctx.doc.article.published[:10] if ctx.doc.article.published else None,
        place=mention.places[0] if mention is not None and mention.places else None,
        source=ctx.source(c),
        speaker=ctx.speaker(),
    )


def _apart(ctx: _Sentence, mention: Mention, scope: tuple[str, ...]) -> bool:
    """The one place beside a figure lies apart from every place of its occasion: "Four deaths have
    been reported in North Carolina" in a report of a storm that struck Florida is that state's
    count, and «in Cuba» another country's; a town in the province the occasion struck is not."""
    gz = ctx.t.gazetteer
    if any(x[2:] in mention.places for x in scope if x.startswith("p:")):
        return False  # (the figure's clause names the occasion's own town: «کراسنوگورسک استان مسکو»)
    # (a country named by name, no locative: "victims from Kenya", «از کنیا با ۳۲ نفر»)
    here = [x.split(":", 1)[1] for x in scope if x.startswith(("p:", "cc:")) and gz.get(x.split(":", 1)[1])]
    there = [p for p in mention.places if gz.get(p)]
    # (the occasion's most specific places: Florida, not the United States that holds it)
    there = [p for p in there if not any(q != p and gz.contains(p, q) for q in there)]
    # (only places of a rank that parts a toll: another country, or another province of it — a city
    # and the province around it may be named loosely, "near Moscow" of a hall in Moscow Oblast)
    return bool(here and there) and all(_parted(gz, p, q) for p in here for q in there)


def _parted(gz, p: str, q: str) -> bool:
    if not gz.disjoint(p, q):
        return False
    if gz.country_of(p) != gz.country_of(q):
        return True
    return gz.kind(p) == "province" and gz.kind(q) == "province"


def _own_scope(ctx: _Sentence, mention: Mention, scope: tuple[str, ...]) -> tuple[str, ...]:
    """A scope without the places of the sentence's other occasions: in "the 2018 Camp Fire in
    California, …, and the 1918 Cloquet fire in Wisconsin, which killed 453 people", California
    is the other fire's, so the 453 are no part of a Californian toll."""
    others = [m for _, m in ctx.mentions if m.id != mention.id]
    if not others:
        return scope
    # (with other occasions in the sentence, a place is this one's only if it is among its own
    # places: "which killed 85 people in the town of Paradise" is the Camp Fire's)
    own = set(mention.places)
    return tuple(x for x in scope if not x.startswith("p:") or x[2:] in own)


def _distinct(ctx: _Sentence, scope) -> int:
    """How many places a scope names that do not hold one another: «مسکو» and «روسیه» are one
    place (Moscow is in Russia); "Khoy and Urmia", or "Turkey and Syria", are two."""
    places = {o.value["place"]: o.value for o in ctx.claims if o.type == "place" and o.value.get("place")}
    ps = [t[2:] for t in scope if t.startswith("p:")]
    held = {a for p in ps for a in (places.get(p, {}).get("ancestors") or ())}
    held |= {places.get(p, {}).get("country") for p in ps}
    # (and a place the text says holds another: «بمقاطعة مالانغ في إقليم جاوة الشرقية», Malang in Java)
    held |= {places.get(p, {}).get("container") for p in ps}
    ids = [t[t.index(":") + 1 :] for t in scope]
    # A place the gazetteer lacks, named with a listed one ("the town of Lahaina on the Hawaiian
    # island of Maui"), is taken to lie in it: news names a small place by its region.
    listed = any(not i.startswith("?:") for i in ids)
    return sum(1 for i in ids if i not in held and not (listed and i.startswith("?:")))


_COUNTRIES_REACH = 24


def _over_countries(ctx: _Sentence, c: Claim) -> bool:
    """A figure right before a count of countries is summed over them («٥١٧ وفاة في ١٣ دولة», "in
    13 countries"): a total of many countries, apart from one country's count."""
    return c.type == "number" and any(
        o.type == "number" and o.value.get("unit") == "country" and 0 <= o.start - c.end <= _COUNTRIES_REACH
        for o in ctx.claims
    )


def _figured(ctx: _Sentence, c: Claim) -> bool:
    """A figure with a unit, other than a span of time, stands in the sentence of ``c`` (in any of
    its clauses: "Washington Mutual, which held $307 billion in assets, was seized in September
    2008" dates the seizure)."""
    return any(
        o.type == "number" and o.value.get("unit") not in (None, *ctx.t.span_units) for o in ctx.claims
    )


def _value_clause(ctx: _Sentence, c: Claim) -> tuple[int, int, int, int]:
    """The value's folded span and the clause holding it: ``(a, b, left, right)``."""
    n = ctx.doc.norm
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    return (a, b, *_clause_span(ctx.doc.text, *_folded(ctx), a, b))


def _clause_span(text: str, lo: int, hi: int, a: int, b: int, quoted: bool = False) -> tuple[int, int]:
    """The clause of folded ``[a, b)`` within ``[lo, hi)``: from the clause mark before it to the
    one after it (with ``quoted``, past the quotation marks around a word or two, ``_SHORT_QUOTE``:
    the "Yes" camp)."""
    left = max(
        (m.end() for m in _CLAUSE_END.finditer(text, lo, a) if not _aside(text, m, quoted)), default=lo
    )
    right = next((m.start() for m in _CLAUSE_END.finditer(text, b, hi) if not _aside(text, m, quoted)), hi)
    return left, right


# A short aside in brackets with a year in it, «(۲۱ مارس ۲۰۲۴)», "(Khordad 1401)": the date in the
# other calendar, inside a clause that goes on around it.
_ASIDE = re.compile(
    r"\((?:\d{1,2}(?!\d))?[^()،,;:؛!?؟\n«»\"\d]{0,20}(?<![\d.,٫])\d{4}(?![\d.,٫])[^()،,;:؛!?؟\n«»\"\d]{0,20}\)"
)


def _aside(text: str, m: re.Match[str], quoted: bool = False) -> bool:
    """The clause mark ``m`` is a bracket of a short aside (``_ASIDE``), or with ``quoted`` a
    quotation mark around a word or two (``_SHORT_QUOTE``: the "Yes" camp, «معسكر "لا"»), not a
    clause's end. (A quoted name ends the clause of a subject's words: «السفينة "روسوس" التي …» is
    no ship named in a count's subject.)"""
    mark = m.group()
    if mark == "(":
        return _ASIDE.match(text, m.start()) is not None
    if mark == ")":
        opening = text.rfind("(", max(0, m.start() - 64), m.start())
        return opening >= 0 and (x := _ASIDE.match(text, opening)) is not None and x.end() == m.end()
    if not quoted:
        return False
    opens = mark in '«"' and _SHORT_QUOTE.match(text, m.start()) is not None
    return opens or (
        mark in '»"'
        and any(x.end() == m.end() for x in _SHORT_QUOTE.finditer(text, max(0, m.start() - 32), m.end()))
    )


# A word or two in quotation marks: a name or a ballot's option, inside the clause around it.
_SHORT_QUOTE = re.compile(r"(?:«[^\W\d_][^«»\"،,;:؛!?؟.\n()]{0,24}»|\"[^\W\d_][^«»\"،,;:؛!?؟.\n()]{0,24}\")")


def _of_time(ctx: _Sentence, s: int, e: int) -> bool:
    """A limiting word beside a day or a span («تنها در یک روز», "on Thursday alone"): it limits
    when, not which part of the whole."""
    for o in ctx.claims_within(max(0, s - _TIME_REACH), e + _TIME_REACH):
        if o.type == "date" or (o.type == "number" and o.value.get("unit") in ctx.t.span_units):
            return True
    return False


_TIME_REACH = 12


def _limited(ctx: _Sentence, c: Claim, people: bool = True) -> bool:
    """A word in the value's clause limits it to part of the event («به تنهایی», "alone"), or one
    right after it ("323 of the dead were Egyptians"). Right before the figure the word weighs it,
    not its scope ("only 195 members took part")."""
    n = ctx.doc.norm
    s0, s1 = _folded(ctx)
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    left, right = _clause_span(ctx.doc.text, s0, s1, a, b)
    return (
        any(
            not _of_time(ctx, s, e) and ctx.doc.text[e:a].strip()
            for s, e, _ in ctx.t.scope_markers.find(ctx.doc.text, left, right)
        )
        # ("Families of the dead are entitled to Rs 10 lakh": a sum, no part of the dead)
        or (people and next(iter(ctx.t.part_markers.find(ctx.doc.text, s0, a)), None) is not None)
        or ctx.t.part_after.match_at(ctx.doc.text, _past_space(ctx.doc.text, b)) is not None
        # (or inside the figure's own words, when its noun is the whole's: «207 من الضحايا»)
        or next(iter(ctx.t.part_after.find(ctx.doc.text, a, b)), None) is not None
        or bool(_ends_before(ctx.t.part_before, ctx.doc.text, a))  # "among them 12 firefighters"
        or (people and _whole_after(ctx, b))
        # ("34 died inside the stadium and the rest in hospital": the remainder is named after it)
        or next(iter(ctx.t.rest_markers.find(ctx.doc.text, b, min(s1, b + _REST_REACH))), None) is not None
    )


_REST_REACH = 60


_PER_PLACE_REACH = 60


def _per_place(ctx: _Sentence, c: Claim) -> str | None:
    """The place a count of a breakdown by place is told of: "92 people died in Jajarkot and 36 in
    neighboring Rukum West", «۹۲ نفر … در جاجرکوت و ۳۶ نفر در ناحیه همسایه روکوم غربی». A count
    with another figure after "and", each followed by a locative, is the first place's part, and
    the later one the later place's (``?`` where the place is no claim)."""
    n, text = ctx.doc.norm, ctx.doc.text
    s0, s1 = _folded(ctx)
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    left, right = _clause_span(text, s0, s1, a, b)
    numbers = [o for o in ctx.claims if o.type == "number"]
    nxt = next((o for o in numbers if n.norm_index(o.start) >= b), None)
    prev = next((o for o in reversed(numbers) if n.norm_index(o.end) <= a), None)
    for first_end, second_start, second_end, mine in (
        (
            b,
            nxt and n.norm_index(nxt.start),
            nxt and n.norm_index(nxt.end),
            (b, nxt and n.norm_index(nxt.start)),
        ),
        (prev and n.norm_index(prev.end), a, b, (b, right)),
    ):
        if first_end is None or second_start is None or second_start - first_end > _PER_PLACE_REACH:
            continue
        if first_end < left or second_start > right:
            continue
        between = text[first_end:second_start].split()
        after = text[second_end:right].split()[:_PER_PLACE_AFTER]
        if (
            len(between) > 1
            and between[-1] in ctx.t.list_joins
            and any(w in ctx.t.locatives for w in between[:-1])
            and any(w in ctx.t.locatives for w in after)
        ):
            lo, hi = mine
            place = next(
                (
                    o.value["place"]
                    for o in ctx.claims
                    if o.type == "place" and o.value.get("place") and lo <= n.norm_index(o.start) < hi
                ),
                None,
            )
            return place or _named_after_locative(ctx, lo, hi)
    return None


def _named_after_locative(ctx: _Sentence, lo: int, hi: int) -> str:
    """The skeleton key of the word right after the first locative in folded ``[lo, hi)``, a place
    no claim names («في جاجاركوت»: ``?:jrkt``, as the gazetteer-less «مقاطعة جاجاركوت» is keyed);
    ``?`` when none follows."""
    words = ctx.doc.text[lo:hi].split()
    at = next((i for i, w in enumerate(words) if w in ctx.t.locatives), None)
    if at is not None and at + 1 < len(words) and squash(words[at + 1]) in ctx.t.place_heads:
        at += 1  # («در ناحیه روکوم»: the head noun, then the name)
    if at is None or at + 1 >= len(words) or not words[at + 1].isalpha():
        return "?"
    return place_key_by(words[at + 1], lambda tok: skeleton_by(tok, ctx.t.translit))


_PER_PLACE_AFTER = 3  # words after the later figure that may hold its locative («۳۶ نفر در …»)


def _margin(ctx: _Sentence, c: Claim) -> bool:
    """A margin's word right before a count of votes, or one word before it (a hedge's verb: «بفارق
    يقارب ثلاثة ملايين»); or "by" after a word of winning in its clause ("won his own seat in
    Varanasi by 152,513 votes")."""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    word = LAST_WORD.search(text, max(0, a - _TRIGGER_REACH), a)
    for at in (a, word.start(1) if word else a):
        if _ends_before(ctx.t.margin_before, text, at):
            return True
    if not _ends_before(ctx.t.margin_won_by, text, a):
        return False
    left = _clause_span(text, *_folded(ctx), a, n.norm_index(c.end))[0]
    return next(iter(ctx.t.margin_win_words.find(text, left, a)), None) is not None


def _bodies(ctx: _Sentence, c: Claim) -> bool:
    """A count of bodies found: a body word right before the figure or right after it, or as its
    unit ("the bodies of two", «پیکر دو تن», «جثث 3 أشخاص», "12 bodies")."""
    n, text = ctx.doc.norm, ctx.doc.text
    if _ends_before(ctx.t.bodies_before, text, n.norm_index(c.start)):
        return True
    unit = fold(str(c.value.get("unit_text") or "")).strip()
    return bool(unit and ctx.t.bodies_after.lookup(unit)) or (
        ctx.t.bodies_after.match_at(text, _past_space(text, n.norm_index(c.end))) is not None
    )


def _whole_after(ctx: _Sentence, b: int) -> bool:
    """A word of a part and another figure right after the value (folded end ``b``), in a report
    of an occasion that carries no one aboard: «پنج نفر از شش خدمه هواپیمای گارد ساحلی» in a quake's
    report count part of a crew, not the quake's toll (of a crash, «۹۷ نفر از ۹۹ سرنشین» is the toll)."""
    main = ctx.main
    if main is None or "aboard" in (ctx.t.type_defs[main.type].get("roles") or ()):
        return False
    text = ctx.doc.text
    hit = ctx.t.part_or_whole.match_at(text, _past_space(text, b))
    if hit is None or hit[2] != "part_of":
        return False
    o = ctx.doc.norm.orig_index(_past_space(text, hit[1]))
    return any(x.type == "number" and x.start == o for x in ctx.claims)


def _clause(ctx: _Sentence, c: Claim) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """``(concept tokens, scope, plain words)`` of the value's clause (its sentence when the clause
    names no concept). Roles, people, outlets and the other values are blanked first."""
    doc = ctx.doc
    n = doc.norm
    s0, s1 = _coordinated(ctx, c) if c.type == "date" else _paired(ctx, c)
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    left, right = _clause_span(doc.text, s0, s1, a, b)
    narrow = None
    for k, (lo, hi) in enumerate(((left, right), (s0, s1))):
        tokens, scope, words = _tokens(ctx, c, lo, hi)
        if k and not narrow and scope and _joined_after(ctx, right, s1):
            # (a place of a later clause that a join opens is not the figure's: in "touching its
            # lowest level since 1985, and share prices fell sharply from Tokyo to Frankfurt" the
            # pound is no Japanese one; a relative clause still speaks of it, "…, which hit Y")
            scope = _tokens(ctx, c, s0, right)[1]
        narrow = narrow or scope
        if any((x.startswith("c:") and x not in ctx.t.not_subject) or x.startswith("n:") for x in tokens):
            break
    if not (narrow or scope):
        scope = _opening_place(ctx, c)
    # (the places of the figure's own clause, when it names any: «٥٣٧ وفاة، فيما رصدت … في أربع
    # دول مجاورة هي بوروندي وكينيا» counts Congo's dead, not the neighbours')
    return tokens, narrow or scope, words


def _opening_place(ctx: _Sentence, c: Claim) -> tuple[str, ...]:
    """The places of a sentence's opening phrase of place, set off by a comma before the figure's
    clause: "At the Mariinsky Palace, he announced $500 million": where the whole sentence holds."""
    text = ctx.doc.text
    s0, s1 = _folded(ctx)
    mark = _CLAUSE_END.search(text, s0, min(s1, ctx.doc.norm.norm_index(c.start)))
    words = text[s0 : mark.start()].split() if mark else []
    if not words or words[0] not in ctx.t.locatives:
        return ()
    return _tokens(ctx, c, s0, mark.start())[1]


def _joined_after(ctx: _Sentence, right: int, s1: int) -> bool:
    """The clause after folded ``right`` opens with a join word ("and", «و»): another clause of
    the sentence with its own subject."""
    words = _LETTERS.findall(ctx.doc.text, right, min(s1, right + _JOIN_REACH))
    return bool(words) and words[0] in ctx.t.list_joins


_JOIN_REACH = 12  # characters after a clause mark where the join that opens the next clause stands


def _coordinated(ctx: _Sentence, c: Claim) -> tuple[int, int]:
    """The part of the sentence that is a date's own conjunct when the sentence coordinates two
    dated things: "a pact signed in 2001 | and an agreement … signed in 1998", «… امضاشده در سال
    ۲۰۰۱ | و موافقت‌نامه عمومی … مصوب ۱۹۹۸». Two neighbouring dates (a twin in another calendar
    is no neighbour) are parted at the first conjunction after the earlier one: the dated thing
    comes before its date, as a list of agreements, founding years or past events is written.
    Only the nearest date on each side is looked at, so a sentence dense with dates stays linear."""
    dates, k = ctx.dates(), ctx.date_index(c)
    before = next((o for o in reversed(dates[:k]) if not _twins(o, c)), None)
    after = next((o for o in dates[k + 1 :] if not _twins(o, c)), None)
    return _conjunct(ctx, c, before, after)


def _conjunct(ctx: _Sentence, c: Claim, before, after, worded: bool = False) -> tuple[int, int]:
    """``c``'s sentence cut at the first conjunction after the value ``before`` it and at the first
    one before the value ``after`` it; ``worded``: only where the conjunct names something of its
    own besides its value."""
    n, text = ctx.doc.norm, ctx.doc.text
    lo, hi = _folded(ctx)
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    m = ctx.t.conjunctions.search(text, n.norm_index(before.end), a) if before is not None else None
    if m is not None and (not worded or _LETTERS.search(text, m.end(), a)):
        lo = max(lo, m.start())
    nxt = n.norm_index(after.start) if after is not None else b
    m = ctx.t.conjunctions.search(text, b, nxt) if after is not None else None
    if m is not None and (not worded or _LETTERS.search(text, m.end(), nxt)):
        hi = min(hi, m.start())
    return lo, hi


def _paired(ctx: _Sentence, c: Claim) -> tuple[int, int]:
    """The part of the sentence that is a figure's own when the next or the previous figure of its
    sentence, in the same unit, is parted from it by a conjunction: "Scotland voted 62% to remain |
    and Northern Ireland 55.8%" (each figure is its own place's). Only the nearest figure on each
    side is looked at, and a conjunction right before the next figure joins a list («27.25 بالمئة
    و28.25 بالمئة على الترتيب»): the conjunct must name something of its own."""
    unit = c.value.get("unit")
    if c.type != "number" or not unit:
        return _folded(ctx)
    same = [o for o in ctx.claims if o.type == "number" and o.value.get("unit") == unit]
    before = max((o for o in same if o.end <= c.start), key=lambda o: o.end, default=None)
    after = min((o for o in same if o.start >= c.end), key=lambda o: o.start, default=None)
    return _conjunct(ctx, c, before, after, worded=True)


def _tokens(ctx: _Sentence, c: Claim, lo: int, hi: int) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """Subject tokens of a clause; every value of the clause is blanked, so the result does not
    depend on which value asks, and is read once per clause."""
    if (lo, hi) not in ctx.tokens:
        ctx.tokens[(lo, hi)] = _read_tokens(ctx, c, lo, hi)
    return ctx.tokens[(lo, hi)]


def _read_tokens(ctx: _Sentence, c: Claim, lo: int, hi: int) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    doc, t = ctx.doc, ctx.t
    chars = list(doc.text[lo:hi])
    n = doc.norm

    def blank(s: int, e: int) -> None:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = " "

    places = []
    bodies = []  # the countries of the bodies that holders named in the clause speak for
    counted = []  # the words of the clause's counts of things, which may say what it measures
    bulk = []  # the words of its weights and volumes, which may name the stuff («۲۷۵۰ تن نیترات»)
    for o in ctx.claims_within(lo, hi):
        if o.type == "number" and o.value.get("unit") in t.counted_units:
            counted.append((n.norm_index(o.start), n.norm_index(o.end)))
        elif o.type == "number" and o.value.get("unit") in t.bulk_units:
            bulk.append((n.norm_index(o.start), n.norm_index(o.end)))
        if (
            o.type == "place"
            and o.value.get("place")
            and not _too_short(o.value["place"])
            and lo <= n.norm_index(o.start) < hi
            and not is_dateline(doc, o)  # «أنقرة - …»: where the report was filed
            and not _seat(ctx, n.norm_index(o.start))  # ("headquartered in Santa Clara": no part of a whole)
            and not _speakers_place(ctx, o, lo, n.norm_index(o.end), hi)
        ):
            places.append("p:" + o.value["place"])
        if o.type in ("number", "date", "source", "place", *_PERSON) or o is c:
            blank(n.norm_index(o.start), n.norm_index(o.end))
        if o.type == "person_role" and (o.value.get("scope") or {}).get("country"):
            # (the country of the body a holder speaks for places its figure as the body's own words
            # would: «المتحدث باسم وزارة الصحة السعودية … أكثر من 2760 حاجا», the Saudi ministry's)
            bodies.append(o.value["scope"]["country"])
    for s, e, _ in list(t.roles.find(doc.text, lo, hi)) + list(t.time_phrases.find(doc.text, lo, hi)):
        blank(s, e)  # (a role's words, and a time's: "at the end of" names no fall)
    whole = "".join(chars)
    told = []
    for s, e, _ in t.attributed.find(doc.text, lo, hi):
        # who told it, to its clause mark ("…, according to the ruling", «بر اساس حکم دادگاه، …»):
        # no thing the figure is of (but a country there still places it: «به گفته مقام‌های سعودی»)
        end = _told_end(ctx, e, hi)
        told.append((max(s, lo) - lo, end - lo))
        blank(s, end)
    text = "".join(chars)
    tokens, scope = set(), set()
    # Names first: a head noun that is also a concept («حزب», "party") still introduces one.
    tokens.update(f"n:{w}" for w in _names(ctx, text, lo))
    for s, e, cid in t.concepts.find(text):
        tokens.add("c:" + cid)
        text = text[:s] + " " * (e - s) + text[e:]
    for a, b in told:
        text = text[:a] + whole[a:b] + text[b:]  # (the told words back, for their countries only)
    # (a count's unit that names what is measured stays in the clause: "6.5 million devices were
    # hit, less than 1% of the total" is a share of devices)
    tokens.update(
        "c:" + cid
        for a, b in counted
        for _, _, cid in t.concepts.find(doc.text, max(a, lo), min(b, hi))
        if "c:" + cid in t.measure_of
    )
    # (a unit phrase that names the stuff weighed keeps it: «۲۷۵۰ تن نیترات» is of a chemical, as
    # "2,750 tonnes of ammonium nitrate" is)
    tokens.update(
        "c:" + cid for a, b in bulk for _, _, cid in t.concepts.find(doc.text, max(a, lo), min(b, hi))
    )
    for s, e, cc in t.countries.find(text):
        if name_of_another(doc.text, lo + s, lo + e, t.names_of):
            continue  # ("the Paris Agreement": no figure of France's)
        tokens.add("cc:" + cc)
        # ("Saudi Arabia and several other producers": the group's figure, not the country's)
        # (nor "Including Russia, the pledges come to 1.66 million bpd", «با احتساب سهم روسیه»)
        grouped = t.and_others.match_at(text, _past_space(text, e, 2)) or _ends_before(t.including, text, s)
        scope.add(_OTHERS if grouped else "cc:" + cc)
        text = text[:s] + " " * (e - s) + text[e:]
    tokens.update(places)
    scope.update(places)
    tokens.update(f"cc:{cc}" for cc in bodies)
    scope.update(f"cc:{cc}" for cc in bodies)
    words = " ".join(_WORD.findall(text))
    return tuple(sorted(tokens)), tuple(sorted(scope)), words


def _told_end(ctx: _Sentence, at: int, hi: int) -> int:
    """Where the words of who told a figure end: at the clause mark after them, or past each
    apposition that gives the teller's role ("according to Choi Seong-beom, chief of the Yongsan
    fire station", «به گفته علی احمدی، رئیس سازمان آتش‌نشانی،»), whose words are the teller's too."""
    text = ctx.doc.text
    while m := _CLAUSE_MARKS.search(text, at, hi) or _CLAUSE_END.search(text, at, hi):
        if m.group() not in ",،" or not _role_at(ctx, m.end(), hi):
            return m.start()
        at = m.end()
    return hi


def _role_at(ctx: _Sentence, pos: int, hi: int) -> bool:
    """A role opens the words at ``pos`` (after an article: "the chief of …")."""
    text = ctx.doc.text
    pos = _past_space(text, pos)
    if m := _ARTICLE.match(text, pos, hi):
        pos = m.end()
    return ctx.t.roles.match_at(text, pos, hi) is not None


_ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)


def _speakers_place(ctx: _Sentence, o: Claim, lo: int, at: int, hi: int) -> bool:
    """A place named with no locative in the words before a reporting verb, which give no figure
    or date: the speaker's words, not the scope of what they said ("Beirut Governor Marwan Abboud,
    who likened the district to Hiroshima, said about 300,000 people …"). A place after a locative
    still scopes ("In Turkey, officials said 50,000 died"), and so does one among what is told
    before the verb ("… sending the 2.6-km span into the Patapsco River, officials said")."""
    if o.value.get("locative"):
        return False
    m = ctx.t.said.search(ctx.doc.text, at, hi)
    if m is None:
        return False
    n = ctx.doc.norm
    return not any(
        x.type in ("number", "date") and lo <= n.norm_index(x.start) < m.start()
        for x in ctx.claims_within(lo, m.start())
    )


def _seat(ctx: _Sentence, at: int) -> bool:
    """A place right after "based in", «مستقر در», «ومقره» (and a head noun: «ومقره مدينة …»): where a
    body stands, which scopes none of its clause's figures or dates."""
    text = ctx.doc.text
    return any(
        side == "after" and len(text[e:at].split()) <= 1
        for _s, e, side in ctx.t.based.find(text, max(0, at - _SEAT_REACH), at)
    )


_SEAT_REACH = 40


def _too_short(place: str) -> bool:
    """A place the gazetteer lacks whose skeleton is a consonant or two ("Lee", "Cayo"): too short
    to tell it from another place, so no scope of the clause's figures."""
    return place.startswith("?:") and len(place) - 2 < _SHORT_SKELETON


_SHORT_SKELETON = 3


def _names(ctx: _Sentence, text: str, lo: int) -> list[str]:
    """Proper names in a (blanked) clause: a quoted word («یتی», "يتي"), the words after a head
    noun («شرکت …», «حزب …») or, in English, the capitalised words before one ("Yeti Airlines",
    "Crocus City Hall"). Written as folded words; ``align`` compares them across scripts."""
    orig = ctx.doc.article.text
    n = ctx.doc.norm
    out: list[str] = []
    for m in _QUOTED.finditer(text):
        if not _common_phrase(ctx, m.group(1), lo + m.start(1)):
            out.extend(_WORD.findall(m.group(1))[:_NAME_WORDS])
    named = _named_heads(ctx)
    for hs, e, _ in ctx.t.heads_before.find(text):
        got = _head_name(ctx, text, e)
        if not got:
            # «این حزب در سال ۱۹۹۶ … تأسیس شد»: a head with no name refers to the last one named.
            head = ctx.doc.text[lo + hs : lo + e]
            starts, names = named.get(head, ((), ()))
            i = bisect_left(starts, lo + hs)
            got = names[i - 1] if i else []
        out.extend(got)
    if ctx.doc.lang == "en":
        # "The PTI, which Khan founded": an acronym the article spelled out stands for its words.
        acronyms = _acronyms(ctx)
        for m in _ACRONYM_USE.finditer(orig, *n.orig_span(lo, lo + len(text))):
            out.extend(acronyms.get(m.group(), ()))
    for s, _e, _ in ctx.t.heads_after.find(text):
        out.extend(_capitalised_before(ctx, text, s, lo)[-_NAME_WORDS:])
    if ctx.doc.lang == "en":
        # "Ruihai, founded in 2011": the capitalised words before an appositive that dates them
        for s, _e, pred in ctx.t.predicates.find(text):
            comma = len(text[:s].rstrip())
            if pred in ctx.t.own_date and text[comma - 1 : comma] == ",":
                out.extend(_capitalised_before(ctx, text, comma - 1, lo)[-_NAME_WORDS:])
    return [w for w in dict.fromkeys(out) if len(w) > 1 and not ctx.t.countries.match_at(w, 0)]


def _common_phrase(ctx: _Sentence, quoted: str, at: int) -> bool:
    """A quoted phrase of common words, which another language translates rather than spells: the
    "red zone", «المنطقة الحمراء» (every word definite), «منطقه قرمز» (every word one hazm
    counts as common). Such words are no proper name (a name is spelled alike in every script)."""
    words = _WORD.findall(quoted)
    if not words:
        return False
    if ctx.t.article:
        return len(words) >= 2 and all(w.startswith(ctx.t.article) for w in words)
    if ctx.doc.lang == "fa":
        return all(w in fa_common() for w in words)
    orig = ctx.doc.article.text[ctx.doc.norm.orig_index(at) :]
    return not any(ch.isupper() for ch in orig[: len(quoted)])


def _capitalised_before(ctx: _Sentence, text: str, s: int, lo: int) -> list[str]:
    """The capitalised words right before a head noun at ``s`` ("Yeti Airlines", "Bharatiya Janata
    Party"), in order; ``text`` starts at folded offset ``lo`` of the article."""
    orig, n = ctx.doc.article.text, ctx.doc.norm
    words: list[str] = []
    window = text[max(0, s - _NAME_REACH) : s]
    for m in reversed(list(_WORD.finditer(window))):
        at = max(0, s - _NAME_REACH) + m.start() + lo
        if not orig[n.orig_index(at) : n.orig_index(at) + 1].isupper() or m.group() in ctx.t.stopwords:
            break
        if _POSSESSIVE_AFTER.match(window, m.end()):
            break  # ("Tusk's Civic Coalition": the Civic Coalition, its leader apart)
        words.insert(0, m.group())
    return words


def _nearest(positions: tuple[int, ...], at: int) -> int:
    """Distance from ``at`` to the nearest of sorted ``positions`` (a bisection: the main
    occasion merges every trigger of the article, so a scan per value would be quadratic)."""
    i = bisect_left(positions, at)
    return min(abs(positions[j] - at) for j in (i - 1, i) if 0 <= j < len(positions))


def _linkable(m: Mention, lo: int, hi: int) -> bool:
    """A mention with a trigger in original ``[lo, hi)`` that a figure can be linked to: the main
    one, a dated one, or one an ordinal sets apart."""
    return (m.main or bool(m.earliest) or m.ordinal in DISTINCT_ORDINALS) and _any_within(m.triggers, lo, hi)


def _any_within(positions: tuple[int, ...], lo: int, hi: int) -> bool:
    """Whether sorted ``positions`` hold one in ``[lo, hi)``."""
    i = bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


def _head_name(ctx: _Sentence, text: str, e: int) -> list[str]:
    """The name after a head noun: it runs until punctuation, a blanked value or a common word."""
    run = re.split(r"[^\w\s]|\s{2,}", text[e : e + _NAME_REACH].strip(), maxsplit=1)[0]
    out = []
    for w in _WORD.findall(run)[:_NAME_WORDS]:
        if w in ctx.t.stopwords:
            break
        out.append(w)
    out = [w for w in out if not ctx.t.countries.match_at(w, 0)]
    if ctx.doc.lang == "fa" and len(out) == 1 and out[0] in fa_common():
        return []  # («بانک بزرگ کشور»: a bank that is big; «حزب تحریک انصاف» keeps its two words)
    return out


def _unnamed_ages(ctx: _Sentence, made: list[Frame]) -> list[Frame]:
    """Ages of people a sentence does not name, two or more of them ("Two men aged 67 and 56 and a
    56-year-old woman were killed"): each is someone else's, so none is compared (``unnamed``)."""
    unnamed = [
        f
        for f in made
        if ctx.t.predicate_defs[f.predicate].get("per_person")
        and f.subject.get("kind") == "concepts"
        and not any(t.startswith("n:") for t in f.subject.get("tokens") or ())
    ]
    if len(unnamed) < 2:
        return made
    ids = {f.id for f in unnamed}
    return [
        dataclasses.replace(f, qualifiers={**f.qualifiers, "unnamed": True}) if f.id in ids else f
        for f in made
    ]


def _lead_people(doc: Doc, people: tuple[str, ...]) -> frozenset[str]:
    """The surnames among ``people`` that the headline or the first sentence names: whom the
    report is about."""
    first = doc.text[slice(*doc.sentences[0])] if doc.sentences else ""
    return frozenset(w for w in people if _has_word(doc.title, w) or _has_word(first, w))


def _has_word(text: str, w: str) -> bool:
    i = text.find(w)
    while i >= 0:
        if _whole_word(text, i, i + len(w)):
            return True
        i = text.find(w, i + 1)
    return False


def _named_heads(ctx: _Sentence) -> dict[str, tuple[list[int], list[list[str]]]]:
    """Every head noun of the article with the name after it: head → (starts, names), in text
    order (read once; a look-up is a bisection)."""
    cache = ctx.doc.__dict__.setdefault("_frame_cache", {})
    if "heads" not in cache:
        text = ctx.doc.text
        found: dict[str, tuple[list[int], list[list[str]]]] = {}
        for s, e, _ in ctx.t.heads_before.find(text):
            if _ends_before(ctx.t.demonstratives, text, s, _DEMONSTRATIVE_REACH):
                continue  # («این بانک رشد اقتصادی سوئیس را …»: the bank named before, no name after it)
            words = [w for w in _head_name(ctx, text, e) if not ctx.t.countries.match_at(w, 0)]
            if words:
                starts, names = found.setdefault(text[s:e], ([], []))
                starts.append(s)
                names.append(words)
        cache["heads"] = found
    return cache["heads"]


_DEMONSTRATIVE_REACH = 8

# "Pakistan Tehreek-e-Insaf (PTI)": capitalised words, then their initials in brackets.
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,6})\(([A-Z]{2,6})\)")
_ACRONYM_USE = re.compile(r"\b[A-Z]{2,6}\b")


def _acronyms(ctx: _Sentence) -> dict[str, tuple[str, ...]]:
    """Acronyms an English article defines, each with the folded words it stands for."""
    cache = ctx.doc.__dict__.setdefault("_frame_cache", {})
    if "acronyms" not in cache:
        found: dict[str, tuple[str, ...]] = {}
        for m in _ACRONYM_DEF.finditer(ctx.doc.article.text):
            words: list[str] = []
            for w in reversed(m.group(1).split()):
                if len(words) > len(m.group(2)) or w.endswith(("'s", "’s")):
                    break  # "Khan's Pakistan Tehreek-e-Insaf (PTI)": the owner is not the name
                words.insert(0, w)
            folded = [w for w in _WORD.findall(fold(" ".join(words))) if not ctx.t.countries.match_at(w, 0)]
            if folded and any(w[:1] == m.group(2)[:1] for w in words):
                found.setdefault(m.group(2), tuple(folded))
        cache["acronyms"] = found
    return cache["acronyms"]


_OPEN_END = "9999-12-31"


def _in_record(ctx: _Sentence, o: Claim) -> bool:
    """The date is a record's ("the deadliest since 1992"), measured from by a since trigger."""
    return any(p in ctx.t.since for _d, p in ctx.triggers.get(o.id, ()))


def _lasting(ctx: _Sentence, c: Claim) -> bool:
    """A compound duration before a noun that lasts: "a seven-day ultimatum" (a word between)."""
    n, text = ctx.doc.norm, ctx.doc.text
    b = n.norm_index(c.end)
    m = re.match(r"(\s+)(?:[^\W\d_]+\s+)?", text[b : b + _PER_REACH * 2])
    return m is not None and any(
        ctx.t.lasting.match_at(text, b + at) is not None for at in (m.end(1), m.end())
    )


def _recalled(ctx: _Sentence, c: Claim) -> bool:
    """A ``then_cues`` word («در آن زمان», «آنذاك», "at that time") in the figure's clause: a time
    a sentence before names. (Not "previously", «پیش‌تر»: «پیش‌تر از زیان ۱٫۸ میلیارد دلاری خبر
    داده بود» is this story's loss, told earlier.)"""
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    left, right = _clause_span(text, *_folded(ctx), a, b)
    return any(k == "then" for _, _, k in ctx.t.earlier.find(text, left, right))


def _portion(ctx: _Sentence, c: Claim) -> bool:
    """A part's measure: a ``portion_words`` word shortly before the figure in its clause."""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    left, _ = _clause_span(text, *_folded(ctx), a, a)
    return next(iter(ctx.t.portion_words.find(text, max(left, a - _PORTION_REACH), a)), None) is not None


_PORTION_REACH = 30  # characters before a measure in which its part's word stands


def _years_named(ctx: _Sentence, c: Claim) -> bool:
    """A year written right after a count of years names them («دو سال ۲۰۲۱ و ۲۰۲۲»)."""
    return any(
        o.type == "date"
        and o.value.get("precision") == "year"
        and c.start < o.start
        and o.end > c.end  # (or sharing the year's word: «دو [سال] ۲۰۲۱»)
        and not ctx.doc.article.text[c.end : o.start].strip()
        for o in ctx.claims
    )


def _partial(ctx: _Sentence, c: Claim) -> bool:
    """A running count: a ``partial_words`` phrase in the figure's clause before it."""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    s0, s1 = _folded(ctx)
    left, _ = _clause_span(text, s0, s1, a, a)
    if next(iter(ctx.t.partial_words.find(text, left, a)), None) is not None:
        return True
    # (the other side of a count set against it shares its state: «حصل حتى الآن على أكثر من 12.7
    # مليون صوت، مقابل نحو 10.5 ملايين صوت لجليلي»)
    ahead = ctx.t.vote_sides.get("against_before")
    if left > s0 and ahead is not None and ahead.search(text[left:a]):
        before, _ = _clause_span(text, s0, s1, left - 1, left - 1)
        return next(iter(ctx.t.partial_words.find(text, before, left)), None) is not None
    return False


def _unit_price(ctx: _Sentence, c: Claim) -> bool:
    """A price of one unit: a ``unit_price`` word right after the amount ("$79.89 a barrel"), or a
    word after it («42 دولارا نقدا عن كل سهم»), or a few words before it in its clause («برای هر سهم
    هول فودز ۴۲ دلار»)."""
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    b = _past_space(text, b)
    if ctx.t.unit_price.match_at(text, b) is not None:
        return True
    word = _WORD.match(text, b)
    if word is not None and ctx.t.unit_price.match_at(text, _past_space(text, word.end())) is not None:
        return True
    return any(
        len(text[e:a].split()) <= _PRICE_BEFORE_WORDS and not _CLAUSE_END.search(text, e, a)
        for _s, e, _k in ctx.t.unit_price.find(text, max(0, a - _PRICE_BEFORE_REACH), a)
    )


_PRICE_BEFORE_WORDS = 3
_PRICE_BEFORE_REACH = 40


def _time_anchor(ctx: _Sentence, c: Claim, predicate: str | None = None, daily: bool = False) -> dict | None:
    """When a quantity holds: the first date within reach in its sentence that is a year or month
    («تورم سال ۱۴۰۲»), or a day that is not the reported occasion's («بعد رفع الفائدة بمقدار 200
    نقطة أساس في 1 فبراير»: an earlier decision, not this one).

    A date that a founding or ending word owns ("a cycle that began in June 2023") says when that
    happened, not when the figure holds. A year after "since" stays an anchor: in "since 1992, when
    a jet … killed all 167 aboard" it is when the 167 died."""
    # Nor does the date of another occasion the sentence names anchor this one's figure: in «نحو
    # ٤٩.٨% … بعد أن كانت قد سجلت ٣٩.٩% في الجولة الأولى يوم ٢٨ يونيو» the 28th is the first round's.
    main = ctx.main.date if ctx.main is not None else None
    # (a measure of a day, as a temperature is, holds on its day, even yesterday's)
    daily = daily or bool(predicate and ctx.t.predicate_defs.get(predicate, {}).get("daily"))
    own = ctx.event_for(predicate, c.start) if predicate else None
    others = {m.date for _, m in ctx.mentions if m.date and own is not None and m is not own}
    others.discard(own.date if own is not None else None)  # two mentions of one earlier occasion
    found = [
        o
        for o in ctx.claims
        if o.type == "date"
        and o.value.get("earliest")
        and (
            o.value.get("precision") in ("year", "month")
            or (o.value.get("precision") == "day" and (daily or _other_day(ctx, o, main)))
        )
        and (abs(o.start - c.start) <= _TRIGGER_REACH * 2 or _opens_sentence(ctx, o, c))
        and o.id not in others
        and not _baseline(ctx, o)
        and not ctx.compared_before(o, c.start)
        and not _relative_between(ctx, c, o)
        and not (o.value.get("precision") == "day" and (_statement_day(ctx, o) or dated_line(ctx.doc, o)))
        and not any(
            (d < _FAR and p in ctx.t.own_date)
            # a measure's since word, even where another value took it ("cut on Thursday for the
            # first time since March 2020": "Thursday" is nearer)
            or (d % _FAR <= _TRIGGER_REACH and _measured_since(ctx, p, o))
            for d, p in ctx.triggers.get(o.id, ())
        )
    ]
    if not found:
        return None
    # A date of the figure's own clause first, the nearest («35.7% في فبراير، مقابل 29.8% في يناير»).
    n, text = ctx.doc.norm, ctx.doc.text

    def same_clause(o: Claim) -> bool:
        return not _CLAUSE_END.search(
            text, *sorted((n.norm_index(min(o.end, c.end)), n.norm_index(max(o.start, c.start))))
        )

    own = [o for o in found if same_clause(o)]
    if not own and any(
        o.type == "date" and o not in found and abs(o.start - c.start) <= _TRIGGER_REACH and same_clause(o)
        for o in ctx.dates()
    ):
        return None  # "by 600 basis points on Wednesday, after … on February 1": its own day is the news
    # (and first of all one with no comma between: in "the Emergency Economic Powers Act of 1977,
    # declaring the $1.2 trillion U.S. goods trade deficit of 2024 a national emergency" the deficit
    # is 2024's, the nearer 1977 the act's)
    near = [o for o in found if _unbroken(ctx, o, c)] or own
    if not near:
        # (a year to come in another clause is a plan's, not when a figure of its sentence holds:
        # "The decision, accepted by all 198 parties …, calls for tripling capacity by 2030")
        pub = ctx.doc.reference_date
        found = [
            o
            for o in found
            if (pub is None or o.value["earliest"] <= pub.isoformat())
            and not _figure_of_later_clause(ctx, c, o)
        ]
        if not found:
            return None
    # (else the sentence's first, or the first of the figure's own joined clause: in "A tentative
    # deal was reached on Sunday, Sept. 24, and members ratified it on Monday, Oct. 9, by 8,435
    # votes to 90" the count is the 9th's)
    # (or the occasion's own day there: none)
    joined = [m.end() for m in _CLAUSE_JOIN.finditer(ctx.doc.article.text, found[0].end, c.start)]
    later = [o for o in ctx.dates() if joined and joined[-1] <= o.start and o.end <= c.start]
    if not near and later and later[0] not in found:
        return None
    best = min(near, key=lambda o: abs(o.start - c.start)) if near else (later or found)[0]
    v = best.value
    # "2,750 tonnes … kept there since 2014": the figure holds from then on, not in 2014 alone;
    # but a figure of a clause on the date itself holds then: "a slowdown from December, when
    # monthly inflation peaked at 25.5%".
    since = v.get("marker") == "since" and not _in_record(ctx, best) and not _of_the_date(ctx, best, c)
    return {
        "earliest": v["earliest"],
        "latest": _OPEN_END if since else v["latest"],
        "precision": v.get("precision"),
        "claim": best.id,
    }


def _figure_of_later_clause(ctx: _Sentence, c: Claim, o: Claim) -> bool:
    """The date ``o`` stands in a clause after the figure ``c`` that has a figure of its own: "$42
    per share in cash, a premium of about 27 percent to the closing price on Thursday" (Thursday is
    the closing price's)."""
    if o.start < c.end:
        return False
    n, text = ctx.doc.norm, ctx.doc.text
    cut = _CLAUSE_END.search(text, n.norm_index(c.end), n.norm_index(o.start))
    if cut is None:
        return False
    at = n.orig_index(cut.end())
    return any(
        x.type == "number"
        and x is not c
        and x.value.get("kind") != "ordinal"
        and at <= x.start
        and x.end <= o.start
        for x in ctx.claims
    )


def _names_occasion(ctx: _Sentence, c: Claim) -> bool:
    """A bare year right after an occasion's word, which it names («انتخابات ۲۰۱۹», «لرئاسيات 2019»;
    not «توفي عام 1827», whose year noun makes it a date of its own)."""
    if not c.text.strip().isdigit():
        return False
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    return any(
        not text[e:a].strip() for _s, e, _k in ctx.t.event_types.find(text, max(0, a - _TRIGGER_REACH), a)
    )


def _given_before(ctx: _Sentence, c: Claim) -> str | None:
    """The given name written right before the surname nearest before a person's figure in its
    sentence ("Shehbaz Sharif, 72"; «مایک لینچ ۵۹ ساله»): a name's word, capitalised in
    English, that names no role and is no surname the article keys by itself."""
    n, text = ctx.doc.norm, ctx.doc.text
    lo, a = _folded(ctx)[0], n.norm_index(c.start)
    spans = [(s, e) for w in ctx.people for s, e in _word_at(text[:a], w) if s >= lo]
    if not spans:
        return None
    s, _e = max(spans)
    m = LAST_WORD.search(text, max(lo, s - _GIVEN_REACH), s)
    word = m.group(1) if m else None
    if word is None or not _name_word(ctx.t, word) or word in ctx.people:
        return None
    if ctx.t.roles.lookup(word) or ctx.t.honorifics.lookup(word):
        return None  # (nor a title: "Prince Philip, 99", «شاهزاده فیلیپ»)
    if ctx.doc.lang == "en" and not ctx.doc.article.text[n.orig_index(m.start(1))].isupper():
        return None
    # (in Persian and Arabic, only a name the article writes whole with its surname as a person's:
    # «یتجاوز سوبیانتو ۷۲ عاماً» has no given name, "exceeds" is a verb)
    if ctx.doc.lang != "en" and not _full_name(ctx, word, text[s:_e]):
        return None
    return word


_GIVEN_REACH = 30


def _full_name(ctx: _Sentence, given: str, surname: str) -> bool:
    """A person claim of the article (or a name the lexicon knows) writes ``given surname``."""
    whole = f"{given} {surname}"
    return (
        any(whole in name for name in ctx.full_names)
        or next(iter(ctx.t.known_names.find(whole)), None) is not None
    )


def _polled(ctx: _Sentence) -> bool:
    """The sentence names a poll (``poll_words``)."""
    return next(iter(ctx.t.poll_words.find(ctx.doc.text, *_folded(ctx))), None) is not None


def _minor(ctx: _Sentence, c: Claim) -> bool:
    """A word for a child right before the figure or right after it, a word at most between («کودک ۹
    ساله», "a 9-year-old child")."""
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    before = any(not text[e:a].strip() for _s, e, _k in ctx.t.minors.find(text, max(0, a - _MINOR_REACH), a))
    return before or any(
        len(text[b:s].split()) <= 1
        for s, _e, _k in ctx.t.minors.find(text, b, min(len(text), b + _MINOR_REACH))
    )


_MINOR_REACH = 24


_CLAUSE_JOIN = re.compile(r"[,،]\s*(?:and\s|و)")  # a comma and "and": a clause of its own follows


def _unbroken(ctx: _Sentence, o: Claim, c: Claim) -> bool:
    """No clause's mark nor join word stands between the claims ``o`` and ``c`` (the dots of "U.S."
    end no clause; a join word does: «تا سال ۲۰۳۰ به میزان ۴۳ درصد و تا سال ۲۰۳۵ …», the year after
    "and" is the next figure's; "1.2 percent for 2025 and 1.1 percent for 2026", the year before it
    the figure before)."""
    n = ctx.doc.norm
    lo, hi = sorted((n.norm_index(min(o.end, c.end)), n.norm_index(max(o.start, c.start))))
    between = _INITIAL_DOT.sub("", ctx.doc.text[lo:hi])
    joined = any(w in ctx.t.list_joins for w in _LETTERS.findall(between))
    return not _CLAUSE_END.search(between) and not _CLAUSE_MARKS.search(between) and not joined


def _month_named(ctx: _Sentence, c: Claim) -> int | None:
    """The Gregorian month with no year (an undated report's «في يوليو») named nearest a figure in
    its clause, with no mark or join word between: the month the figure is of."""
    unit = c.value.get("unit")
    best = None
    for o in ctx.claims:
        v = o.value
        month = (v.get("original") or {}).get("month")
        if o.type != "date" or v.get("earliest") or v.get("precision") != "month" or not month:
            continue
        if v.get("calendar") != "gregorian" or abs(o.start - c.start) > _TRIGGER_REACH:
            continue
        if not _unbroken(ctx, o, c):
            continue
        if o.start < c.start and _from_word_before(ctx, c):
            continue  # ("to 5.2% in July from 5.7% in June": July is the new figure's)
        if o.start < c.start and _ends_before(ctx.t.to_words, ctx.doc.text, ctx.doc.norm.norm_index(c.start)):
            continue  # («از ۴۰٫۴ درصد در اوت به ۳۹٫۷ درصد»: August is the figure the change started from)
        lo, hi = sorted((o.start, c.start))
        if any(k.type == "number" and lo < k.start < hi and k.value.get("unit") == unit for k in ctx.claims):
            continue  # (another figure of the unit between: the month is that one's)
        # (the words between them, not their starts: in «از ۴۰٫۴ درصد در اوت به ۳۹٫۷ درصد در
        # سپتامبر» September is nearer 39.7 than August is)
        gap = o.start - c.end if o.start >= c.end else c.start - o.end
        if best is None or gap < best[0]:
            best = (gap, int(month))
    return best[1] if best else None


def _period_compared(ctx: _Sentence, c: Claim, when: dict | None) -> str | None:
    """A rate of a month compared with the month before it ("rose 2.0% in October alone compared
    with September") is a monthly one; compared with the same month a year before, an annual one."""
    if c.value.get("unit") != "percent" or not when or when.get("precision") != "month":
        return None
    n = ctx.doc.norm
    for o in ctx.dates():
        v = o.value
        if v.get("precision") != "month" or not v.get("earliest") or not _baseline(ctx, o):
            continue
        if abs(n.norm_index(o.start) - n.norm_index(c.end)) > _TRIGGER_REACH:
            continue
        a, b = date.fromisoformat(when["earliest"]), date.fromisoformat(v["earliest"])
        months = (a.year - b.year) * 12 + a.month - b.month
        return {1: "c:monthly", 12: "c:annual"}.get(months)
    return None


def _opens_sentence(ctx: _Sentence, o: Claim, c: Claim) -> bool:
    """Date ``o`` opens the sentence of figure ``c`` after it, with a word before it at most ("On
    Feb. 28, 2022, days after the start of the invasion …, the central bank raised its key rate to
    20% from 9.5%", «در اسفند ۱۴۰۰ … از ۹.۵ درصد به ۲۰ درصد رسانده بود»), and no other date stands
    between: it dates the whole sentence, however long, but for a relative clause in it."""
    if o.start > c.start or len(ctx.doc.article.text[ctx.sent[0] : o.start].split()) > 1:
        return False
    n = ctx.doc.norm
    if next(iter(ctx.t.relative.find(ctx.doc.text, n.norm_index(o.end), n.norm_index(c.start))), None):
        return False  # ("On Sunday, March 12, regulators closed Signature Bank, which had $110 billion")
    end = o.end
    for d in sorted((d for d in ctx.dates() if o.end <= d.start < c.start), key=lambda d: d.start):
        if d.start - end > _BESIDE_GAP:
            return False
        end = max(end, d.end)  # (its twin in another calendar, in brackets: «اسفند ۱۴۰۰ (۲۸ فوریه ۲۰۲۲)»)
    return True


_BESIDE_GAP = 3  # characters between a date and its twin in another calendar: " (" or ", "


def _of_the_date(ctx: _Sentence, o: Claim, c: Claim) -> bool:
    """Figure ``c`` stands in a relative clause on date ``o`` ("December, when … peaked at 25.5%")."""
    if c.start < o.end:
        return False
    n = ctx.doc.norm
    return (
        next(iter(ctx.t.relative.find(ctx.doc.text, n.norm_index(o.end), n.norm_index(c.start))), None)
        is not None
    )


def _baseline(ctx: _Sentence, o: Claim) -> bool:
    """A year a change is measured from ("compared with 2019 levels", «نسبت به سطح سال ۲۰۱۹»,
    «مقارنة بمستويات عام ٢٠١٩»): the figure does not hold then."""
    before, after = ctx.t.baselines
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(o.start), n.norm_index(o.end)
    return bool(
        (before is not None and before.search(text, max(0, a - _BASELINE_REACH), a))
        or (after is not None and after.match(text, b))
    )


_BASELINE_REACH = 28  # characters before a year in which the phrase that makes it a baseline ends


_PHRASE_REACH = (
    32  # characters a phrase of time before a figure or a date may take ("since the beginning of")
)


def _same_day(ctx: _Sentence, c: Claim) -> dict | None:
    """«… (۹ آذر) … در همان روز ۴۲۰ میلیون دلار»: "on that same day" right before a figure puts it on
    the last day its sentence named before."""
    n = ctx.doc.norm
    a = n.norm_index(c.start)
    if not _ends_before(ctx.t.same_day, ctx.doc.text, a, _PHRASE_REACH):
        return None
    day = next(
        (
            o
            for o in reversed(ctx.dates())
            if n.norm_index(o.end) <= a and o.value.get("precision") == "day" and o.value.get("earliest")
        ),
        None,
    )
    if day is None:
        return None
    v = day.value
    return {"earliest": v["earliest"], "latest": v["latest"], "precision": "day", "claim": day.id}


def _day_joined(ctx: _Sentence, between: str) -> bool:
    """Nothing but a day's preposition (rules/predicates ``day_joins``: "on", «روز», «يوم») between a
    count and the day after it."""
    words = between.split()
    return bool(words) and " ".join(words) in ctx.t.day_joins


def _counted_by_day(ctx: _Sentence, c: Claim) -> bool:
    """Another count of the sentence is joined to a day of its own ("… 99 on Sunday")."""
    n, text = ctx.doc.norm, ctx.doc.text
    days = [n.norm_index(o.start) for o in ctx.dates() if o.value.get("precision") == "day"]
    for o in ctx.claims:
        if o is c or o.type != "number" or o.value.get("kind") == "ordinal":
            continue
        b = n.norm_index(o.end)
        if any(0 <= x - b <= _TOLD_REACH and _day_joined(ctx, text[b:x]) for x in days):
            return True
    return False


def _whole_of_a_count(ctx: _Sentence, c: Claim) -> str | None:
    """A figure right after another and a word of a part or a whole ("five of the six crew", "435
    of the state's 497 municipalities", «٤٣٥ بلدية من أصل ٤٩٧»; rules/predicates ``part_of`` and
    ``whole_words``): the whole that the first one counts part of. Which words said so, or None."""
    n, text = ctx.doc.norm, ctx.doc.text
    a = n.norm_index(c.start)
    lo = max(0, a - _FROM_REACH - _OWNER_REACH)
    before = text[lo:a].rstrip()
    owned = ctx.t.owned_tail.search(before) if ctx.t.owned_tail is not None else None
    if owned is not None:
        before = before[: owned.start()].rstrip()  # ("of the state's 497": the state's whole)
    for start, end, kind in ctx.t.part_or_whole.find(before):
        if end != len(before):
            continue
        head = n.orig_index(lo + start)  # where the word of a part opens, in the original text
        if any(o.type == "number" and o is not c and 0 <= head - o.end <= 2 for o in ctx.claims):
            return kind
    return None


def _told_on(ctx: _Sentence, c: Claim) -> dict | None:
    """The day a running count was given on, where its sentence says so though the day is recent:
    a figure compared with and its day ("rose to 114 on Monday, up from 112 on Sunday"), or a day
    with a when-clause that gives the figure ("since Thursday, when the authorities reported 44
    dead"). A toll that rose since is then no conflict with a later report's."""
    n, text = ctx.doc.norm, ctx.doc.text
    a, b = n.norm_index(c.start), n.norm_index(c.end)
    compared = _changed_from(ctx, c) == "compared"
    for o in ctx.dates():
        v = o.value
        if v.get("precision") != "day" or not v.get("earliest"):
            continue
        x, y = n.norm_index(o.start), n.norm_index(o.end)
        after = 0 <= x - b <= _TOLD_REACH and not _CLAUSE_END.search(text, b, x)
        # (or a day joined to the count by its preposition alone, in a sentence that tells the
        # count's rise day by day: "authorities counted 51 dead on Saturday, 99 on Sunday and 112
        # on Monday"; one count "rose to 41 on Saturday" is the report's, as «روز شنبه به ۴۱ نفر
        # رسید» is in another)
        after = after and (compared or (_day_joined(ctx, text[b:x]) and _counted_by_day(ctx, c)))
        lead = text[y:a]
        when = (
            0 <= a - y <= _TRIGGER_REACH
            and not _CLAUSE_END.search(lead.lstrip(" ,،"))
            and ctx.t.when_words.match_at(text, y + len(lead) - len(lead.lstrip(" ,،"))) is not None
        )
        # … or a statement's day before it («دولت در بیانیه‌ای که روز سه‌شنبه منتشر کرد اعلام کرد شمار
        # جان‌باختگان به ۴ نفر رسیده است», "officials said on Tuesday that the toll rose to 12")
        stated = y <= a and (
            _statement_day(ctx, o)
            or next(iter(ctx.t.told.find(text, y, min(a, y + _TOLD_NEAR))), None) is not None
        )
        if after or when or stated:
            # ("told": the day the count was given, though it is the occasion's own)
            return {
                "earliest": v["earliest"],
                "latest": v["latest"],
                "precision": "day",
                "claim": o.id,
                "told": True,
            }
    return None


def _day_after(ctx: _Sentence, c: Claim) -> bool:
    """Another date precise to a day after ``c`` in its sentence."""
    return any(
        o.type == "date" and o.start >= c.end and o.value.get("precision") == "day" for o in ctx.claims
    )


_TOLD_NEAR = 25  # characters between a statement's day and its word («بیانیه‌ای که روز …», "said on …")


def _statement_day(ctx: _Sentence, o: Claim) -> bool:
    """A day a word of speech right before it owns ("diplomats said on Tuesday, after … temperatures
    that peaked at 51.8"): when the figure was told, not when it held (nor is a dispatch's date,
    "KARACHI, May 28 —", see ``dated_line``)."""
    n, text = ctx.doc.norm, ctx.doc.text
    x = n.norm_index(o.start)
    return next(iter(ctx.t.told.find(text, max(0, x - _TOLD_NEAR), x)), None) is not None


_TOLD_REACH = 8  # characters between a figure compared with and its day ("112 on Sunday")


def _relative_between(ctx: _Sentence, c: Claim, o: Claim) -> bool:
    """A relative pronoun between figure ``c`` and a later date ``o``: the date is the relative
    clause's («٢٧٥٠ طنا … إلى السفينة التي رست في المرفأ عام ٢٠١٣»: the ship docked in 2013), but a
    since-date there still dates the figure ("2,750 tonnes that had been stored there since 2014")."""
    if o.start < c.end or o.value.get("marker") == "since":
        return False
    n = ctx.doc.norm
    end = n.norm_index(c.end)
    hit = next(iter(ctx.t.relative.find(ctx.doc.text, end, n.norm_index(o.start))), None)
    # (a relative clause on the figure's own noun dates it: "a reduction of 2 million bpd that the
    # group agreed in October"; one on a later noun does not: "… to the ship that docked in 2013")
    return hit is not None and len(_WORD.findall(ctx.doc.text, end, hit[0])) > _OWN_RELATIVE_WORDS


def _measured_since(ctx: _Sentence, pid: str, o: Claim) -> bool:
    """ "Inflation at its highest since 2017", "for the first time since 2014": the year a measure
    is compared with, not when the figure holds. (An occasion's record keeps its year as an
    anchor: in "the deadliest since 1992, when a jet … killed all 167 aboard" the 167 died then.)"""
    return (
        pid in ctx.t.since
        and ctx.t.predicate_defs[pid].get("subject") != "event"
        and _record(ctx, o, ctx.triggers.get(o.id, [])) == pid
    )


def _other_day(ctx: _Sentence, o: Claim, main: str | None) -> bool:
    """A stated day well before the publication that does not date the reported occasion."""
    pub = ctx.doc.reference_date
    v = o.value
    if o.id == main or v.get("relative") or pub is None:
        return False
    return date.fromisoformat(v["latest"]) < pub - timedelta(days=RECENT_DAYS)


def _place_value(pid: str, where: Claim | None, named: list[str]) -> dict:
    """An occasion's place; a town, listed or not, carries its kind and the places its article
    names, for a town the gazetteer lacks cannot be placed inside or apart from another."""
    kind = where.value.get("kind") if where else None
    if kind in _TOWNS or (where and where.value.get("unlisted")):
        value = {"id": pid, "kind": kind, "named": named}
        if where is not None and where.value.get("listed"):
            value["listed"] = True  # (one of several places a list names)
        return value
    return {"id": pid}


def _mention_frames(doc: Doc, t: FrameTables, mentions: list[Mention], claims: list[Claim]) -> list[Frame]:
    """Where each occasion took place (quoting the place's words), and what kind of visit it was."""
    out = []
    by_id = {c.id: c for c in claims if c.type == "place"}
    # Every place the article names: a report that names the other's place too does not place
    # the occasion apart from it, where the gazetteer cannot tell (findings/compare).
    named = sorted({c.value["place"] for c in by_id.values()})
    for m in mentions:
        base = {
            "article": m.article,
            "subject": {"kind": "event", "mention": m.id, "type": m.type, "main": m.main},
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "claims": (),
            "confidence": "exact",
            "reported_at": doc.article.published[:10] if doc.article.published else None,
            "place": m.places[0] if m.places else None,
        }
        # Every place the occasion is put in (a town, and the province named beside it): a report
        # that names none of the places the others name is compared (findings/frames).
        placed = "place" in (t.type_defs.get(m.type, {}).get("roles") or ())
        for i, pid in enumerate(m.places[:_EVENT_PLACES] if placed else ()):
            where = by_id.get(m.place_claims[i]) if i < len(m.place_claims) else None
            quoted = (
                {"text": where.text, "start": where.start, "end": where.end, "claims": (where.id,)}
                if where
                else {}
            )
            out.append(
                Frame(
                    id=f"{m.id}:frame:event_place" + (f":{i}" if i else ""),
                    predicate="event_place",
                    value=_place_value(pid, where, named),
                    **{**base, **quoted},
                )
            )
        s, e = doc.norm.norm_index(m.sentence[0]), doc.norm.norm_index(m.sentence[1])
        for cs, ce, cat in t.categories.find(doc.text, s, min(e, len(doc.text))):
            o_s, o_e = doc.norm.orig_span(cs, ce)
            out.append(
                Frame(
                    id=f"{m.id}:frame:visit_type:{o_s}",
                    predicate="visit_type",
                    value={"id": cat},
                    **{**base, "text": doc.article.text[o_s:o_e], "start": o_s, "end": o_e},
                )
            )
            break
    return out


def _based(ctx: _Sentence, cs: list[Claim]) -> list[Frame]:
    """Where a body is based: the place right after "headquartered in", «ومقرها», «مستقر در», or
    the first of the places right before "-based" ("Dallas, Texas-based"). The subject is the
    clause's words without the place, which is the value."""
    doc = ctx.doc
    lo, hi = _folded(ctx)
    places = sorted((c for c in cs if c.type == "place" and c.value.get("place")), key=lambda c: c.start)
    out = []
    for s, e, side in ctx.t.based.find(doc.text, lo, hi):
        o_s, o_e = doc.norm.orig_span(s, e)
        if side == "after":
            where = next((p for p in places if 0 <= p.start - o_e <= _BASED_REACH), None)
        else:
            near = [p for p in places if p.end <= o_s]
            where = near[-1] if near and o_s - near[-1].end <= 2 else None
            # (the first of a run joined by commas: "Dallas, Texas-based" is based in Dallas)
            while (
                where is not None
                and len(near) > 1
                and not doc.article.text[near[-2].end : where.start].strip(" ,،")
            ):
                near.pop()
                where = near[-1]
        if where is None:
            continue
        tokens, _scope, words = _clause(ctx, where)
        tokens = tuple(x for x in tokens if not x.startswith(("p:", "cc:")))
        named = sorted({p.value["place"] for p in places})
        value = {"id": where.value["place"], "kind": where.value.get("kind"), "named": named}
        if where.value.get("container"):
            value["in"] = where.value["container"]  # (what its report puts it in: «بلدة … بولاية كاليفورنيا»)
        out.append(_frame(ctx, where, "headquarters", value, (tokens, (), words), None))
    return out


_BASED_REACH = 24  # characters between the words and the place they give


def _located_frames(doc: Doc, claims: list[Claim]) -> list[Frame]:
    """What holds a place the gazetteer lacks, as the article states it ("Kanchanpur, in neighbouring
    Surkhet district", «كانتشانبور في منطقة دايلخ»): keyed on the place, so two reports that put
    one town in two districts disagree."""
    places = [c for c in claims if c.type == "place"]
    named = sorted({c.value["place"] for c in places})
    out = []
    for i, c in enumerate(places):
        inside = c.value.get("container")
        if not inside or not c.value.get("unlisted") or c.value.get("kind") in _SITE_KINDS:
            continue
        # (quoted by the container's words: what the reports disagree on)
        holder = next((o for o in places[i + 1 :] if o.value["place"] == inside), c)
        out.append(
            Frame(
                id=f"{c.id}:frame:located_in",
                predicate="located_in",
                subject={"kind": "place", "id": c.value["place"], "name": c.text},
                value={"id": inside, "kind": None, "named": named},
                article=c.article,
                text=holder.text,
                start=holder.start,
                end=holder.end,
                claims=(holder.id, c.id),
                confidence="lexicon",
                reported_at=doc.article.published[:10] if doc.article.published else None,
                place=inside,
            )
        )
    return out


_SITE_KINDS = frozenset({"facility", "landmark"})  # (a jail, a port: where an occasion was, not a town)


def _route_frames(doc: Doc, t: FrameTables, mentions: list[Mention], claims: list[Claim]) -> list[Frame]:
    """Where the vessel, plane or train of the article's occasion came from, was bound for and whose
    flag it flew (rules/events ``route``): "shortly after leaving the port of Baltimore for
    Colombo", «عازم بندر کلمبو», «أبحرت من طبرق», "the Singapore-flagged Dali", «ترفع علم سنغافورة».
    Only for a type with a ``route`` role, about its main occasion."""
    main = next((m for m in mentions if m.main), None)
    if main is None or "route" not in (t.type_defs.get(main.type, {}).get("roles") or ()) or not t.route:
        return []
    n, text = doc.norm, doc.text
    places = [c for c in claims if c.type == "place" and c.value.get("place")]
    named = sorted({c.value["place"] for c in places})
    # (a country named bare, "Singapore-flagged", is no place claim: its name is the place)
    spots = [(c.start, c.end, c.value["place"], c) for c in places]
    # ("the Panamanian-flagged tanker": its adjective too)
    for s, e, cc in sorted({*t.countries.find(text), *t.demonyms.find(text)}):
        o_s, o_e = n.orig_span(s, e)
        if not any(x[0] < o_e and o_s < x[1] for x in spots):  # (a place claim's words, or a name's)
            spots.append((o_s, o_e, cc, None))
    out = []
    seen: set[str] = set()
    left = None  # where the vessel set out from, once named
    ordered = sorted(spots, key=lambda x: (x[0], x[1]))
    for k, (start, end, pid, c) in enumerate(ordered):
        a, b = n.norm_index(start), n.norm_index(end)
        before = text[max(0, a - ROUTE_REACH) : a]
        role = next((r for r, pat in sorted(t.route.items()) if pat.search(before)), None)
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if (
            role == "destination"
            and nxt is not None
            and t.route_then is not None
            and t.route_then.match(text, b, n.norm_index(nxt[0]))
        ):
            role = "origin"  # («در مسیر تهران به کی‌یف», on the route from Tehran to Kyiv: the first is where it left)
        if role is None:
            role = next(
                (r for r, pat in sorted(t.route_after.items()) if pat.match(text, b, b + ROUTE_REACH)), None
            )
        if (
            role is None
            and left is not None
            and t.route_then is not None
            and t.route_then.match(text, left, a)
        ):
            role = "destination"  # ("leaving the port of Baltimore for Colombo")
        if role is None or role in seen or (c is None and role != "flag"):
            continue  # (the first named is the route's: a later "from" is another leg or a quote)
        if role == "flag" and c is not None and c.value.get("kind") != "country":
            continue  # (a flag is a country's: "officials in Miami flagged the vessel" is no flag)
        seen.add(role)
        if role == "origin":
            left = b
        out.append(
            Frame(
                id=f"{main.id}:frame:{role}",
                article=main.article,
                predicate=role,
                subject={"kind": "event", "mention": main.id, "type": main.type, "main": True},
                value=_place_value(pid, c, named),
                text=doc.article.text[start:end],
                start=start,
                end=end,
                claims=(c.id,) if c is not None else (),
                confidence="exact",
                reported_at=doc.article.published[:10] if doc.article.published else None,
                place=pid,
            )
        )
    return out


def _dated(t: FrameTables, m: Mention) -> bool:
    """Whether the occasion's type has a day of its own to compare (an outbreak has none: the days
    its reports give are of declarations about it)."""
    return "date" in (t.type_defs.get(m.type, {}).get("roles") or ())


def _header_frames(doc: Doc, t: FrameTables, claims: list[Claim], mentions: list[Mention]) -> list[Frame]:
    """The file header's date («date 2025-10-15») dates the main occasion when the text does not:
    it may agree with the other reports, never conflict (a publication date is no statement)."""
    main = next((m for m in mentions if m.main), None)
    header = next((c for c in claims if c.rule == "date.meta.header"), None)
    if main is None or main.date or header is None or not _dated(t, main):
        return []
    v = header.value
    if main.weekday and v.get("iso") and date.fromisoformat(v["iso"]).isoweekday() != main.weekday:
        return []  # the text names another day («ظهر یکشنبه» in a report of Monday): not the header's
    return [
        Frame(
            id=f"{header.article}:frame:event_date:{header.start}-{header.end}",
            article=header.article,
            predicate="event_date",
            subject={"kind": "event", "mention": main.id, "type": main.type, "main": True},
            value={k: v.get(k) for k in ("earliest", "latest", "iso", "precision", "calendar")},
            text=header.text,
            start=header.start,
            end=header.end,
            claims=(header.id,),
            confidence="lexicon",
            qualifiers={"source": "header"},
            reported_at=v.get("iso"),
        )
    ]
