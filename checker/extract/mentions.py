"""Event mentions: the occasions an article names, typed by ``rules/events``.

An article may name several: the quake it reports («زلزله‌ای به بزرگی ۶٫۱ ریشتر … خوی را لرزاند»)
and an earlier one it recalls («زلزله ۵ دی ۱۳۸۲ بم»). Every sentence's trigger words give typed
candidates; candidates of the reported occasion (the *main* event) are merged into one mention,
while a candidate dated well before the publication, or set apart by an ordinal ("another quake",
«دومین زلزله»), stays a mention of its own.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from checker.extract.base import (
    RECENT_DAYS,
    Doc,
    dated_line,
    edition_year,
    is_dateline,
    name_after_year,
    one_word_apart,
    yearless_day,
)
from checker.extract.dates import ANOTHER_CLAUSE
from checker.extract.frame_tables import CASUALTY, ROUTE_REACH, FrameTables, offset_after, spoken_by
from checker.extract.people_names import surname
from checker.extract.places import name_of_another
from checker.model import DISTINCT_ORDINALS, TO_COME_RELATIONS, Claim, Mention, part_of
from checker.normalize import fold, match_key

_LEAD_SENTENCES = 3
# How far before a trigger an ordinal may stand («دومین زلزله», "a second powerful quake").
_ORDINAL_REACH = 24
# A reported occasion is dated by a date this close to the publication (a night-time event, time zones).
_BEFORE_DAYS, _AFTER_DAYS = 7, 3
_SHORT_SPAN_DAYS = 3
_ORDINAL_AFTER = 12
_ORDINAL_WORDS = 2
_CLAUSE_MARK = re.compile(r"[،,;:؛.()«»\"]")
# A date's clause ends at these; a comma, stop or colon between digits groups or parts a figure or
# a time ("rose to 1,297 on Sunday", "7.2", "8:29") and ends none.
_DATE_CLAUSE_MARK = re.compile(r"[،;؛()«»\"]|(?<!\d)[,.:]|[,.:](?!\d)")
_SPACE = re.compile(r"\s*")
_NEAR_REACH = 24
# How far a superlative's since word may be from it, and a date from the since word.
_RECORD_REACH = 60
# «اليوم السبت 13 رمضان 1445 هـ الموافق 23 مارس 2024»: "today" may stand this far before the date it marks.
_TODAY_REACH = 48


def _iso(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s else None
    except ValueError:
        return None


def extract_mentions(doc: Doc, claims: list[Claim], t: FrameTables) -> list[Mention]:
    """The article's event mentions, main occasion first, then in text order."""
    text = doc.text
    n = doc.norm
    starts = [c.start for c in claims]
    # A trigger inside a date is the date's word («۱۰ بهمن ۱۴۰۲»: Bahman, not an avalanche).
    # … and so is one inside a place's name («رأس الحكمة» is no verdict).
    dated = sorted(
        (n.norm_index(c.start), n.norm_index(c.end)) for c in claims if c.type in ("date", "place")
    )
    date_starts = [a for a, _ in dated]
    figures = frozenset(n.norm_index(c.start) for c in claims if c.type == "number")
    own: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence → own-date trigger spans
    records: dict[tuple[int, int], list[tuple[int, int, bool]]] = {}  # sentence → superlative…since spans
    raw = []
    for s, e, typ in t.event_types.find(text):
        k = bisect_right(date_starts, s) - 1
        if typ not in t.type_defs or (k >= 0 and dated[k][1] > s):
            continue
        if text[e : e + 1] == "-" and text[e + 1 : e + 2].isalpha():
            continue  # "hurricane-force winds", "quake-hit towns": a modifier, not an occasion
        sent = doc.sentence_at(s)
        if _round_of_another(t, text, s, e, typ, sent):
            continue
        typ = _by_actor(text, t, typ, s, e, sent)
        if _figure_object(t, text, s, e, figures):
            continue  # ("received more than 20.7 million votes": things received, no meeting)
        if sent not in own:
            # A founding or ending word that is part of an event word («سقوط هواپیما») is the event's.
            events = [(a, b) for a, b, typ in t.event_types.find(text, *sent) if typ in t.type_defs]
            own[sent] = [
                (*n.orig_span(a, b), pid)
                for a, b, pid in t.predicates.find(text, *sent)
                if pid in t.own_date and not any(x < b and a < y for x, y in events)
            ]
            records[sent] = _records(doc, t, sent, dated)
        # (the day a truce takes effect is the truce's: a word of its own start claims no date; nor
        # does a start word the occasion word is the subject of: "the outage began on Friday")
        mine = [
            (a, b)
            for a, b, pid in own[sent]
            if typ not in (t.predicate_defs[pid].get("occasion_of") or ())
            and not (t.predicate_defs[pid].get("occasion_start") and _subject_of(doc, e, a))
        ]
        # (an act done at the occasion does not keep a day of the report's own days for itself:
        # "signed a treaty on Wednesday, June 19, during Putin's first visit" dates the visit)
        keep_recent = {(a, b) for a, b, pid in own[sent] if not t.predicate_defs[pid].get("occasion_act")}
        cand = _candidate(doc, claims, starts, t, s, e, typ, sent, mine, records[sent], keep_recent)
        if spoken_by(t, text, s, e, *sent):
            # «وقالت المحكمة إن …», "the court said": who speaks, not an occasion; the dates and
            # places of what it said are not its own.
            cand["dates"], cand["places"] = [], []
        raw.append(cand)
    if not raw:
        return []
    _objects_on(raw)
    _first_rounds(doc, raw, t)
    _nearest_dates(doc, t, raw)
    _own_places(doc, raw, t)
    newest = max(
        (
            _iso(c.value.get("latest"))
            for c in claims
            if c.type == "date" and c.value.get("latest") and not c.value.get("relative")
        ),
        default=None,
    )
    for c in raw:
        c["historical"] = c["recalled"] or _historical(doc, c, t, newest)
    _lead_in_a_series(raw, t, text)
    main_type = _main_type(raw, t, doc.title)
    if main_type is not None:
        _before_the_lead(doc, raw, t, main_type)
        triggered = set(own)
        tried = _attempts(doc, claims, starts, t, main_type, triggered, raw)
        # (a word of the main type with a day of its own stays: "Castillo was removed on Dec. 7, 2022, …,
        # after a first attempt, on Friday, Dec. 6, had failed")
        day = {a["sent"]: a["dates"][0].id if a["dates"] else None for a in tried}
        raw = [
            c
            for c in raw
            if c["sent"] not in day
            or (c["type"] == main_type and c["dates"] and c["dates"][0].id != day[c["sent"]])
        ] + tried
        raw += _referring(doc, claims, starts, t, main_type, dated, triggered)
    return _merge(doc, raw, main_type, t)


_SERIES = ("second", "third")  # ordinals that may number the reported occasion in a series


def _lead_in_a_series(raw: list[dict], t: FrameTables, text: str) -> None:
    """A lead whose first word of a type numbers its occasion in a series («دومین دیدار ترامپ و
    کیم», "the second summit between …") reports that occasion, the latest of the series: the
    ordinal tells no other occasion apart, and the lead's words of the type with that ordinal
    lose it. Only a definite ordinal numbers it (rules/events ``series_ordinals``): "a second
    referendum" a petition demands, «ثاني انهيار مصرفي», are others. (Later in the report, "a
    second quake" is another one too. Nor is a round a series: «دور دوم» is a runoff.)"""
    firsts: dict[str, dict] = {}
    for c in sorted((c for c in raw if c["lead"] and not c["historical"]), key=lambda c: c["span"][0]):
        firsts.setdefault(c["type"], c)
    for typ, first in firsts.items():
        ordinal = first["ordinal"]
        a, e = first["span"]
        numbered = next(iter(t.series.find(text, max(0, a - _ORDINAL_REACH), e + _ORDINAL_AFTER)), None)
        if ordinal in _SERIES and numbered is not None and t.rounds.match_at(text, a) is None:
            for c in raw:
                if c["lead"] and c["type"] == typ and c["ordinal"] == ordinal:
                    c["ordinal"] = None


def _round_of_another(t: FrameTables, text: str, s: int, e: int, typ: str, sent: tuple[int, int]) -> bool:
    """A round's phrase right before a word of another type names that occasion's round, not an
    election's: "the first round of indirect nuclear talks", «الجولة الأولى من المحادثات», «دور
    نخست گفت‌وگوهای غیرمستقیم»."""
    hit = t.rounds.match_at(text, s)
    if hit is None or hit[1] != e:
        return False
    return any(
        k != typ and k in t.type_defs and len(text[e:a].split()) <= _ROUND_OF_WORDS
        for a, _b, k in t.event_types.find(text, e, min(sent[1], e + _ROUND_OF_REACH))
    )


_ROUND_OF_WORDS = 4  # words between a round's phrase and the occasion it is of ("of indirect nuclear")
_ROUND_OF_REACH = 48


def _referring(doc: Doc, claims, starts, t: FrameTables, main_type: str, dated, triggered) -> list[dict]:
    """Sentences that name the reported occasion again with no trigger of their own («وعقدت
    الجلستان داخل سجن أديالا في مدينة راولبندي», "the incident happened in …"): they tell where it
    happened, and not when (a date there is often another thing's: "the venue, opened in 2009"),
    but for an incident word's own day."""
    out = []
    date_starts = [a for a, _ in dated]
    for s, e, typ in t.referring.find(doc.text):
        k = bisect_right(date_starts, s) - 1
        sent = doc.sentence_at(s)
        if typ == CASUALTY and (
            "killed" not in (t.type_defs[main_type].get("roles") or ()) or sent[0] >= _headline_end(doc.text)
        ):
            # (the dead of a disaster, an accident or an attack, not of a meeting; counted in the
            # headline: in the body, "Four deaths have been reported in North Carolina" counts a
            # part of a storm that struck Florida)
            continue
        if typ not in ("*", CASUALTY, main_type) or sent in triggered or (k >= 0 and dated[k][1] > s):
            continue
        triggered.add(sent)
        # (a superlative there is measured against another occasion, with its own place: «وتُعد هذه
        # الكارثة من الأسوأ …، بعد كارثة الملعب الوطني في ليما عام 1964»)
        cand = _candidate(doc, claims, starts, t, s, e, main_type, sent, [], _records(doc, t, sent, dated))
        # An incident word's day in its own clause is the occasion's («این حادثه شامگاه شنبه ۷ آبان
        # رخ داد», "the disaster struck on Oct. 29"); a year is as often another's ("the 2014 one").
        # A word of the occasion's place ("flew over the disaster area on Saturday", «زار موقع
        # الحادث») names where, and the day there is the visit's.
        own = [
            d
            for d in cand["dates"]
            if typ == "*"
            and d.value.get("precision") == "day"
            and not _across(doc, *cand["span"], d)
            and not _incident_place(doc.text, s, e, t)
        ]
        cand.update(
            dates=own,
            # (only where a locative puts it: "the disaster has set off a row between New Delhi and
            # the state" names no place of the disaster, whose type may take a struck place)
            places=[p for p in cand["places"] if _located(p)],
            today=[],
            weekday=None,
            people=[],
            ordinal=None,
            lead=False,
            historical=False,
            referred=True,
        )
        out.append(cand)
    return out


def _incident_place(text: str, s: int, e: int, t: FrameTables) -> bool:
    """Whether the incident word at ``s:e`` of ``text`` is part of a name of its place ("the
    disaster area", «محل حادثه», «موقع الحادث»)."""
    before, after = t.incident_places
    return bool(
        (before is not None and before.search(text, max(0, s - 40), s))
        or (after is not None and after.match(text, e))
    )


def _headline_end(text: str) -> int:
    """Where the headline a text opens with ends: a first block (up to a blank line) with no
    sentence in it, «11300 قتيل في درنة»; 0 when the text opens with its body."""
    m = _BLOCK.search(text)
    return m.end() if m and not _TERMINAL.search(m.group()) else 0


_BLOCK = re.compile(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*")
_TERMINAL = re.compile(r"[.!?؟。]\s*$|[.!?؟]\s", re.M)


def _attempts(doc: Doc, claims, starts, t: FrameTables, main_type: str, triggered, raw) -> list[dict]:
    """A sentence that tells of a failed first try and names no occasion of the main type by an
    ordinal of its own ("A first attempt on Saturday, Dec. 7, collapsed when most lawmakers walked
    out, leaving 195 to cast ballots") is an earlier occasion of that type, dated by its own date;
    its other occasion words («ballots», a figurative «collapsed») are that try's."""
    out = []
    tried = {c["sent"] for c in raw if c["ordinal"] == "attempt"}
    for s, e, oid in t.ordinals.find(doc.text):
        sent = doc.sentence_at(s)
        if oid != "attempt" or doc.norm.orig_span(*sent) in tried:
            continue
        triggered.add(sent)
        cand = _candidate(doc, claims, starts, t, s, e, main_type, sent, [], [])
        cand.update(ordinal="attempt", historical=False)
        out.append(cand)
    return out


_ROUND_GAP = 12  # a round phrase this close to a trigger is its round («دور نخست این انتخابات»)


def _first_rounds(doc: Doc, raw: list[dict], t: FrameTables) -> None:
    """In a report of a later round («جولة الإعادة», "the runoff"), a trigger that is or stands
    beside a first round's phrase («في الجولة الأولى يوم 28 يونيو», «دور نخست این انتخابات») names the
    first round: an occasion of its own, with its own date and figures (turnout 39.9% then, 49.8% now)."""
    rounds = _resolved(list(t.rounds.find(doc.text)))
    if not any(r[2] == "later" for r in rounds):
        return
    for c in raw:
        if not t.type_defs[c["type"]].get("rounds"):
            continue
        s, e = doc.norm.norm_index(c["span"][0]), doc.norm.norm_index(c["span"][1])
        lo, hi = (doc.norm.norm_index(x) for x in c["sent"])
        inside = [r for r in rounds if lo <= r[0] < hi]  # (the next sentence's round is not this one's)
        near = [r for r in inside if r[0] - _ROUND_GAP <= e and s <= r[1] + _ROUND_GAP]
        if not near and inside and all(r[3] for r in inside):
            # A sentence that names a round only by «تلك الجولة», "that round" is all about it:
            # "Pezeshkian led that round with 10.4 million votes".
            near = inside
        elif not near and inside and all(r[2] == "first" for r in inside) and inside[0][1] <= s:
            # … and so is one that opens on the first round and names no other: «وكانت الجولة
            # الأولى … قد سجلت أدنى نسبة مشاركة في انتخابات رئاسية منذ الثورة … وتصدرها بزشكيان»
            near = inside
        nearest = min(near, key=lambda r: (max(r[0] - s, s - r[1], 0), r[0]))[2] if near else None
        if nearest == "first":
            c["ordinal"] = "first_round"
        elif nearest == "later" and c["ordinal"] in _ROUND_ORDINALS:
            # («در دور دوم انتخابات»: the report's own round, whose «دوم» sets no other occasion apart)
            c["ordinal"] = None


# Ordinals a later round's own phrase carries ("second round", «دور نهایی»).
_ROUND_ORDINALS = ("second", "last")


def _resolved(rounds: list[tuple[int, int, str]]) -> list[tuple[int, int, str, bool]]:
    """A round named again («تلك الجولة», "that round") is the round named last before it:
    ``(start, end, round, named again)``."""
    out: list[tuple[int, int, str, bool]] = []
    last = None
    for s, e, kind in rounds:
        again = kind == "same"
        if again:
            if last is None:
                continue
            kind = last
        out.append((s, e, kind, again))
        last = kind
    return out


def _nearest_dates(doc: Doc, t: FrameTables, raw: list[dict]) -> None:
    """A date in a sentence with triggers of two types, or of two rounds, is the nearest one's: in
    "the visit came days after the court issued a warrant on March 17", the 17th is the warrant's,
    not the visit's."""
    for cands in _by_sentence(raw):
        _parted_dates(doc, cands)
        if len({(c["type"], c["ordinal"] == "first_round") for c in cands}) < 2:
            continue

        def gap(c: dict, d: Claim) -> int:
            s, e = c["span"]
            return max(s - d.end, d.start - e, 0)

        for c in cands:
            c["dates"] = [
                d
                for d in c["dates"]
                if all(
                    gap(c, d) <= gap(o, d) or _paired(doc, t, c, o, d)
                    for o in cands
                    if (o["type"], o["ordinal"]) != (c["type"], c["ordinal"]) and d in o["dates"]
                )
            ]


_SEMICOLON = re.compile(r"[;؛]")


def _parted_dates(doc: Doc, cands: list[dict]) -> None:
    """A date past a semicolon and another trigger is that trigger's: «این سومین زلزلهٔ مرگبار …
    است؛ زلزلهٔ ۱ سرطان ۱۴۰۱ (ژوئن ۲۰۲۲) در پکتیکا …» dates the Paktika quake, not the third."""
    text = doc.article.text
    for c in cands:
        s, e = c["span"]
        c["dates"] = [
            d
            for d in c["dates"]
            if not any(
                o is not c
                and d in o["dates"]
                and (
                    (
                        e <= o["span"][0]
                        and o["span"][1] <= d.start
                        and _SEMICOLON.search(text, e, o["span"][0])
                    )
                    or (
                        d.end <= o["span"][0]
                        and o["span"][1] <= s
                        and _SEMICOLON.search(text, o["span"][1], s)
                    )
                )
                for o in cands
            )
        ]


def _paired(doc: Doc, t: FrameTables, c: dict, o: dict, d: Claim) -> bool:
    """``c`` and the nearer ``o`` name one occasion and its date together: a conjunction, a few
    words at most, joins them on the date's side ("the magnitude 9.0 earthquake and tsunami of
    March 11, 2011", «زمین‌لرزه ۹ ریشتری و سونامی ۲۰ اسفند ۱۳۸۹»); or ``o`` is the setting of ``c``
    (rules/events ``setting_words``: "capsized in a violent storm … on Monday night")."""
    ce, (os_, oe) = c["span"][1], o["span"]
    between = doc.article.text[ce:os_] if ce <= os_ <= oe <= d.start else None
    if between is None or _COMMA.search(between) or len(between.split()) > _PAIRED_WORDS:
        return False
    n = doc.norm
    a, b = n.norm_index(ce), n.norm_index(os_)
    return (
        t.conjunctions.search(doc.text, a, b) is not None
        or t.setting_words.search(doc.text, a, b) is not None
    )


_PAIRED_WORDS = 3


def _by_sentence(raw: list[dict]) -> list[list[dict]]:
    """The candidates grouped by their sentence, in first-seen order."""
    by_sent: dict[tuple[int, int], list[dict]] = {}
    for c in raw:
        by_sent.setdefault(c["sent"], []).append(c)
    return list(by_sent.values())


def _own_places(doc: Doc, raw: list[dict], t: FrameTables) -> None:
    """A sentence that names a dated occasion beside another gives each the places written after
    its own trigger: in "the 2018 Camp Fire in California, …, and the 1918 Cloquet fire in
    Wisconsin", Wisconsin is the 1918 fire's place, not the 2018 one's (a place before every trigger
    stays the first one's); in "The crash is the deadliest … since November 12, 2001, when Flight
    587 went down in Queens", Queens is 2001's; in "The visit coincided with Russian missile strikes
    on Monday that hit a children's hospital in Kyiv", the strikes'. So does one that puts an
    occasion apart from the one before it ("The kidnapping came hours after a bomb at a bus station
    in Nyanya": Nyanya is the bomb's)."""
    for cands in _by_sentence(raw):
        dated = {c["dates"][0].id for c in cands if c["dates"]}
        # (one dated beside occasions of another kind, or long before the report: "The visit coincided
        # with Russian missile strikes on Monday …", "… since November 12, 2001, when Flight 587 went
        # down in Queens"; not the aftershocks told with their quake, nor a court and its order)
        kinds = len({c["type"] for c in cands}) > 1 and bool(dated)
        if (
            len(dated) < 2
            and not kinds
            and not _recalled_beside(doc, cands)
            and not any(_apart(doc, t, c) for c in cands[1:])
        ):
            continue
        cands = sorted(cands, key=lambda c: c["span"][0])
        for i, c in enumerate(cands):
            lo = c["span"][0] if i else -1
            hi = cands[i + 1]["span"][0] if i + 1 < len(cands) else float("inf")
            c["places"] = [p for p in c["places"] if lo <= p.start < hi]


def _recalled_beside(doc: Doc, cands: list[dict]) -> bool:
    """One candidate of several is dated long before the publication (an occasion recalled)."""
    pub = doc.reference_date
    if pub is None or len(cands) < 2:
        return False
    return any(
        (when := _iso(c["dates"][0].value.get("latest"))) is not None
        and (pub - when).days > _LONG_BEFORE_DAYS
        for c in cands
        if c["dates"]
    )


_LONG_BEFORE_DAYS = 365


def _apart(doc: Doc, t: FrameTables, c: dict) -> bool:
    """An apart cue ends right before the candidate's trigger ("hours after a bomb")."""
    s = c["span"][0]
    return any(e >= s - _APART_REACH for _a, e, _k in t.apart.find(doc.text, max(0, s - 40), s))


_APART_REACH = 12  # ("weeks after gunmen", "hours after a bomb": an article or a word between)


def _by_actor(text: str, t: FrameTables, typ: str, s: int, e: int, sent: tuple[int, int]) -> str:
    """The type a trigger names, by who acts before it in its sentence ("Soldiers … removed
    President …": a coup, though a congress removes presidents by a motion), or, where a verb comes
    first, right after it («أقال البرلمان الرئيس»)."""
    seen = {typ}
    while True:
        becomes, actors, right_after = t.actors.get(typ, (typ, None, False))
        if actors is None or becomes not in t.type_defs or becomes in seen:
            return typ
        nxt = _SPACE.match(text, e).end()  # (the next word's start; no copy of the rest of the text)
        after = right_after and any(a == nxt for a, _b, _k in actors.find(text, e, min(sent[1], nxt + 40)))
        if next(iter(actors.find(text, sent[0], s)), None) is None and not after:
            return typ
        # (and on: a holder soldiers removed was removed by no motion but in a coup)
        typ = becomes
        seen.add(typ)


def _candidate(
    doc: Doc,
    claims: list[Claim],
    starts: list[int],
    t: FrameTables,
    s: int,
    e: int,
    typ: str,
    sent,
    own: list[tuple[int, int]],
    records: list[tuple[int, int, bool]],
    keep_recent: set[tuple[int, int]] | None = None,
) -> dict:
    o_s, o_e = doc.norm.orig_span(s, e)
    so, eo = doc.norm.orig_span(*sent) if sent[1] > sent[0] else (o_s, o_e)
    inside = [c for c in claims[bisect_left(starts, so) : bisect_left(starts, eo)] if c.end <= eo]
    ordinal = None
    for os_, oe, oid in t.ordinals.find(doc.text, max(sent[0], s - _ORDINAL_REACH), s):
        # "the second major quake", «دومین سفر»: at most two words between, and no comma; in «الرئيس
        # السابق جون ماهاما في الانتخابات» «السابق» is the president's (former), not the election's.
        between = doc.text[oe:s]
        if (
            s - oe <= _ORDINAL_REACH
            and len(between.split()) <= _ORDINAL_WORDS
            and not _CLAUSE_MARK.search(between)
            and not _counts_days(doc, t, os_, s)
            and not _ranked(doc, t, oe, s, e)
            and not _no_longer(doc, t, os_, oe, sent)
            and not _in_date(doc, inside, os_)  # («٢٠ يناير/كانون الثاني ٢٠٠٩ اليمين»: a month's name)
        ):
            ordinal = oid
    # … or right after it («زلزله دوم», «الهزة الثانية»)
    after = next(iter(t.ordinals.find(doc.text, e, min(sent[1], e + _ORDINAL_AFTER))), None)
    if ordinal is None and any(a == s for a, _b, _k in t.distinct.find(doc.text, s, e + _ORDINAL_AFTER)):
        ordinal = "another"  # «پس‌لرزه‌ای به بزرگی ۴٫۹»: an aftershock, not the quake
    if (
        ordinal is None
        and after is not None
        and not doc.text[e : after[0]].strip()
        and not _no_longer(doc, t, after[0], after[1], sent)
        and not _in_date(doc, inside, after[0])  # "sentenced last month": a date, not the last sentencing
    ):
        ordinal = after[2]
    # "his first foreign trip since taking office", «نخستین سفر خارجی … پس از تحلیف او در مجلس»: what
    # follows the since word is the occasion the first is counted from, with its own date and place.
    # So for a later count («سومین زلزلهٔ مرگبار … از زمان بازگشت طالبان … در اگست ۲۰۲۱», "the
    # third deadly quake since the Taliban's return in August 2021").
    # (not a bare «از», "from": «نخستین سفر او از تهران به بغداد» is a trip from Tehran)
    if ordinal in _COUNTED:
        hit = next(iter(t.since_words.find(doc.text, e, min(sent[1], e + _RECORD_REACH))), None)
        if hit is not None and hit[1] - hit[0] > 2 and not _CLAUSE_MARK.search(doc.text, e, hit[0]):
            records = [*records, (*doc.norm.orig_span(hit[0], hit[1]), False)]
    # (and a count later in the sentence: "The eruption is the fourth on the peninsula since 2021,
    # and the second of 2023 after lava emerged at Litli-Hrutur in July": July and Litli-Hrutur are
    # the earlier one's)
    for _a, b, oid in t.ordinals.find(doc.text, e, sent[1]):
        if oid in _COUNTED:
            reach = min(sent[1], b + _COUNT_SINCE_REACH)
            hit = next(iter(t.since_words.find(doc.text, b, reach)), None) or next(
                iter(t.behind_words.find(doc.text, b, reach)), None
            )
            if hit is not None and hit[1] - hit[0] > 2 and not _CLAUSE_MARK.search(doc.text, b, hit[0]):
                records = [*records, (*doc.norm.orig_span(hit[0], hit[1]), False)]
    dates = [
        c
        for c in inside
        if c.type == "date"
        and (c.value.get("earliest") or yearless_day(c) is not None)
        and (
            not c.value.get("relative")
            or _day_relative(c)
            or _relation(c) in _PAST_PERIODS
            or _relation(c) in TO_COME_RELATIONS
        )
        and c.value.get("marker") != "until"
        and not c.value.get("range")  # "who governed from 2001 to 2006": a term, not an occasion
        # "a hearing in the jail where he has been held since September": when a state began,
        # said after the occasion, is not its date (but "the deadliest crash since 1992" is the
        # date of the crash it recalls: see _recorded).
        and not (
            c.value.get("marker") == "since"
            and c.start >= o_e
            and not _in_record(c, records)
            and not _began(doc, t, typ, o_e, c)
        )
        and not c.rule.startswith("date.meta")
        # (``keep_recent``: the words of ``own`` that keep a day of the report's own days too)
        and not _claimed(
            doc, t, c, o_s, own if not _recent(doc, c) else [x for x in own if x in (keep_recent or ())]
        )
        and not _recorded(c, o_s, records)
        and not _in_record(c, [r for r in records if r[2]])
        and not _names_year(doc, t, c, o_s)
        and not _companion(doc, t, e, c)
        and not _scheduled(doc, t, c, sent)
        and not _sequenced(doc, t, c, o_s, inside)
        and not _said_ahead(doc, o_e, c)
        and not _said_to_come(doc, t, c, s, e, sent)
        # (a day named relative to when quoted words were spoken, «"evil visited this community
        # today"», Malloy said of Friday in a report of Saturday: not the publication's day)
        and not (c.value.get("relative") and _in_quote(doc, c))
        and not _compared_day(doc, t, e, c)
    ]
    # "The CBI registered a case on Tuesday over the triple-train crash": the Tuesday is the case's.
    # (Such a date still bounds the occasion, which came before it: a quake named "after" a cut of
    # February 2023 is no occasion of the report's days.)
    cut = _object_of(doc, t, s, e, sent)
    # (a place is cut off only by a demonstrative with its object mark, «این حمله را … خواند»: after
    # "after", «بعد», the place before may be the occasion's too, «انتشال جثتين من مياه نهر
    # باتابسكو بعد انهيار جسر بالتيمور»)
    place_cut = max(
        (
            x
            for a, b, k in t.event_types.find(doc.text, sent[0], e)
            if k == typ
            and a <= s
            and (x := cut if a == s else _object_of(doc, t, a, b, sent)) is not None
            and any(d == x for d, _e, _k in t.demonstratives.find(doc.text, x, a))
        ),
        default=None,
    )
    # (another occasion's word after this one's: a specific occasion of another family, «وتزامن
    # الانفجار مع انعقاد … المحادثات … في مسقط», or one an earlier cue sets apart, "earlier this month
    # a court in Tehran"; not one inside a date or a place, «۱۷ بهمن ۱۴۰۱», nor one coordinated with
    # it, "an earthquake and strong aftershocks struck Herat province", nor a generic one, «ملخص
    # القرار في قصر السلام»)
    taken = [(doc.norm.norm_index(c.start), doc.norm.norm_index(c.end)) for c in inside if c.type in _NAMED]
    family = t.type_defs[typ].get("family")
    apart = [x for x, _y, _k in t.apart.find(doc.text, e, sent[1])]
    later = [
        a
        for a, _b, k in t.event_types.find(doc.text, e, sent[1])
        if a >= e
        and k in t.type_defs
        and not any(x <= a < y for x, y in taken)
        and not (len(doc.text[e:a].split()) <= _COORDINATED_WORDS and t.conjunctions.search(doc.text, e, a))
        and (
            (t.type_defs[k].get("family") != family and int(t.type_defs[k].get("rank", 0)) <= _SPECIFIC_RANK)
            or any(
                kind == "earlier" and _short_gap(doc.text[x:a])
                for _w, x, kind in t.earlier.find(doc.text, max(e, a - _EARLIER_REACH), a)
            )
        )
    ]
    # (a date of another verb, in an earlier conjunct, dates nothing when the trigger's own date is
    # one the dates stage could not place: «اعتُقل … في 24 فبراير 2022، وصدر بحقه في يناير الماضي
    # حكم» in an undated report, whose «يناير الماضي» has no year yet)
    unplaced = [
        c for c in inside if c.type == "date" and not c.value.get("earliest") and yearless_day(c) is None
    ]
    if unplaced:
        dates = [
            d
            for d in dates
            if _earlier_conjunct(doc, t, o_s, o_e, d, dates)
            or not _earlier_conjunct(doc, t, o_s, o_e, d, [*dates, *unplaced])
        ]
    bounds = [] if cut is None else [d for d in dates if d.end <= doc.norm.orig_index(cut)]
    dates = [d for d in dates if d not in bounds]
    # "the gunmen who carried out the attack were arrested in Bryansk on Saturday": the word
    # describes people, and what the sentence dates and places is what was done to them.
    doers = _of_doers(doc, t, s)
    if doers:
        dates = [d for d in dates if _attached(doc, o_e, d)]
    reacted = _reacted(doc, t, s, e, sent, inside)
    if reacted:
        # ("Jaitley defended the decision on Wednesday", «… روز چهارشنبه از این تصمیم دفاع کرد»: the
        # day is the reaction's, after the occasion)
        bounds, dates = [*bounds, *dates], []
    today = [c.end for c in inside if c.type == "date" and _relation(c) == "today"]
    # An occasion of one person names them often by the surname alone ("Truss sacked Kwarteng on
    # Friday"): a holder the article names elsewhere, whose surname the sentence writes.
    named_again = _named_again(doc, claims, inside, sent) if t.type_defs[typ].get("one_person") else []
    future = any(k == "future" for _a, _b, k in t.future.find(doc.text, *sent)) or any(
        _relation(d) in TO_COME_RELATIONS for d in dates
    )
    lead = sent in doc.sentences[:_LEAD_SENTENCES]  # (not .index(): a scan per trigger)
    weekday = None
    if not dates and not doers:
        hit = next(iter(t.weekdays.find(doc.text, max(sent[0], cut or 0), sent[1])), None)
        weekday = int(hit[2]) if hit else None
    return {
        "type": typ,
        "span": (o_s, o_e),
        "sent": (so, eo),
        # Stated dates first, then a day named relative to the publication ("on Sunday", «دیروز»).
        # (a date in the trigger's own clause before one across a comma: «… ولاية أمريكية عام 1959،
        # متجاوزة موجة التسونامي التي ضربت مدينة هيلو عام 1960» dates the tsunami 1960)
        # (a date in an earlier conjunct is another verb's when the trigger's own conjunct has one:
        # "detained in March 2023 and sentenced last month", «اعتُقل … في مارس ٢٠٢٣، وصدر بحقه
        # الشهر الماضي حكم»: the sentence is of last month)
        "dates": sorted(
            dates,
            key=lambda c: (
                _earlier_conjunct(doc, t, o_s, o_e, c, dates),
                not _beside(doc, o_s, o_e, c),
                bool(c.value.get("relative")),
                _across(doc, o_s, o_e, c),
                abs(c.start - o_s),
            ),
        ),
        "today": today,
        "bounds": bounds,
        # "ahead of local elections", «پیش از انتخابات», «قبل الانتخابات»: what came before it is
        # told, and it may still lie ahead
        "before_it": _ahead_of_word(doc, t, s, sent),
        # (the sentence's written-out dates, its own or not: a sentence dated only years back tells
        # of the past, "cut ties in 2016 after protesters stormed Saudi missions")
        "told": [
            c
            for c in inside
            if c.type == "date" and c.value.get("latest") and not c.value.get("relative") and c.start < o_s
        ],
        "weekday": weekday,
        # «هذا الزلزال الأعنف في المغرب منذ زلزال أكادير»: Agadir is the earlier quake's place; so
        # is any place after the record's since word ("the deadliest in France since November 13,
        # 2015, when gunmen killed 130 people … in Paris").
        # (none when the word is the object of an act to come: "the party would challenge the
        # ruling in the Islamabad High Court" places the appeal, not the verdict)
        # (nor from a sentence of a journey's other legs: «در ادامه این سفر به نجف و کربلا … می‌رود»)
        # (nor when the word is of a text it issued: «بیانیه … نشست … در تهران با انتقاد روبه‌رو شد»)
        "places": []
        if _object_to_come(doc, t, s, sent)
        or next(iter(t.itinerary.find(doc.text, *sent)), None) is not None
        or _text_of(doc, t, s, sent)
        else [
            p
            for p in _places(doc, t, inside, typ, s)
            if not _recorded(p, o_s, records, sent[1])
            and (not doers or _attached(doc, o_e, p))
            # (nor where a reaction was voiced: «ووصف … ترامب الهجوم في كلمة من البيت الأبيض»)
            and (not reacted or _attached(doc, o_e, p))
            and not _voiced_at(doc, t, p, s, sent)
            and not _charged_at(doc, t, typ, s, p)
            and not _recalled_at(doc, t, e, p)
            # (a place before an object cue is the act's: «پس از ریاست بر جلسه … در لندن، این حمله
            # را … خواند», the meeting in London, not the attack; so for the word's later mentions
            # in the sentence, «… و گفت که این حمله کار یک فرد بوده»)
            and (place_cut is None or p.start >= doc.norm.orig_index(place_cut))
            # (a place after another occasion's word is that one's: "The ruling comes as …: earlier
            # this month a court in Tehran began trying …")
            and not any(e <= a < doc.norm.norm_index(p.start) for a in later)
            # (nor one after an apart cue: "The attack came almost exactly eight years after … drove a
            # truck into a Christmas market at Berlin's Breitscheidplatz")
            and not any(e <= x < doc.norm.norm_index(p.start) for x in apart)
        ],
        # (countries and provinces of any role: a town's name may be many another thing's, «دورا»)
        "named": [
            c
            for c in inside
            if c.type == "place" and c.value.get("country") and c.value.get("kind") in ("country", "province")
        ],
        "people": [c.id for c in inside if c.type in ("person_role", "attendance")] + named_again,
        # (who they are, by the last word of the name: "Liz Truss" and «تراس» in one article)
        "surnames": {surname(c) for c in inside if c.type == "person_role" and c.value.get("match_key")}
        | {surname(c) for c in claims if c.id in named_again},
        "ordinal": ordinal,
        "lead": lead,
        # the figures of its sentence, by unit: two sentences of one kind of occasion on one day
        # that give one unit different figures tell of two ("sentenced in July to 16 years" and
        # "sentenced in July to six and a half years": two defendants)
        "figures": frozenset(
            (c.value["unit"], c.value.get("low"), c.value.get("high"))
            for c in inside
            if c.type == "number" and c.value.get("unit")
        ),
        # «اجتماعه المقبل», "the next meeting": an occasion to come is not the one reported
        "future": future,
        # an occasion a record counts from ("a first since the climate talks began in
        # Berlin in 1995"): recalled, never the reported one (undated, so no figure attaches to it)
        "recalled": any(b <= o_s <= b + _RECORD_REACH for _, b, _m in records)
        # (or one an earlier cue stands right before: "Trump was previously indicted in New York", "in
        # a separate case, a court …": not the reported occasion, nor its places)
        or any(
            k == "earlier" and _short_gap(doc.text[e:s])
            for _, e, k in t.earlier.find(doc.text, max(sent[0], s - _EARLIER_REACH), s)
        )
        or _judged(doc, t, typ, s, sent),
    }


_EARLIER_REACH = 25  # characters from an earlier cue to the occasion's word ("in a separate case, a court")
# Letters of a word that may stand between them ("was", "had been", "a"): in "previously undisclosed
# talks" the talks are the reported ones.
_GAP_WORD_MAX = 4


def _judged(doc: Doc, t: FrameTables, typ: str, s: int, sent: tuple[int, int]) -> bool:
    """The occasion a court's ruling, named before it in its sentence, judged: a charge cue stands
    between the two ("sentenced him to 21 years … for killing 77 people in a bomb attack", «قضت
    محكمة … بعد إدانته بقتل ٧٧ شخصاً في هجومين»): what was judged, not the reported occasion."""
    if t.type_defs[typ].get("family") == "court":
        return False
    cues = [a for a, _b, _k in t.charges.find(doc.text, sent[0], s)]
    return bool(cues) and any(
        t.type_defs.get(other, {}).get("family") == "court"
        for _a, _b, other in t.event_types.find(doc.text, sent[0], cues[-1])
    )


def _charged_at(doc: Doc, t: FrameTables, typ: str, s: int, p: Claim) -> bool:
    """A charge cue stands between a court's word at folded ``s`` (or opens with it) and the place
    after it: where the judged acts were, not where the court sat («الحكم على تشارلز تايلور بالسجن
    50 عاما بتهم جرائم حرب في سيراليون», "sentenced … for killing 77 people in Oslo")."""
    if t.type_defs[typ].get("family") != "court":
        return False
    at = doc.norm.norm_index(p.start)
    return at > s and next(iter(t.charges.find(doc.text, s, at)), None) is not None


def _recalled_at(doc: Doc, t: FrameTables, e: int, p: Claim) -> bool:
    """A cue of an earlier occasion stands between the occasion's word ending at folded ``e`` and
    the place after it: the place is the recalled one's («این حادثه یادآور ربوده شدن ۲۷۶ دختر … در
    شهر چیبوک در ایالت بورنو در سال ۲۰۱۴»)."""
    at = doc.norm.norm_index(p.start)
    return at > e and any(k == "earlier" for _a, _b, k in t.earlier.find(doc.text, e, at))


def _short_gap(gap: str) -> bool:
    return all(len(w) <= _GAP_WORD_MAX for w in _WORDS.findall(gap))


def _object_to_come(doc: Doc, t: FrameTables, s: int, sent: tuple[int, int]) -> bool:
    """A future cue ends at most ``_OBJECT_WORDS`` words before an occasion's word, no clause mark
    between ("would challenge the ruling", «سيطعن في الحكم»), and that word is the trigger at folded
    ``s`` or stands before it in its clause: the occasion is the object of an act to come, whose
    place the clause gives ("… the ruling in the Islamabad High Court", whose "Court" is a word of
    the occasion's type too)."""
    text = doc.text
    for _a, b, k in t.future.find(text, sent[0], s):
        if k != "future":
            continue
        for w, _e, typ in t.event_types.find(text, b, min(sent[1], b + _OBJECT_REACH)):
            if (
                w <= s
                and typ in t.type_defs
                and len(text[b:w].split()) <= _OBJECT_WORDS
                and not _CLAUSE_MARK.search(text, b, s)
            ):
                return True
    return False


def _sequenced(doc: Doc, t: FrameTables, d: Claim, trigger: int, inside: list[Claim]) -> bool:
    """A sequence word or an offset between a date and the trigger after it (original offset
    ``trigger``): "sworn in on March 14 and nine days later called an election", «أدى اليمين في 14
    مارس، قبل أن يدعو إلى انتخابات»: the occasion came after the date's act, on another day. (A
    day only: a month or a year may hold the acts that follow within it, "arrested in October 2015
    and later sentenced to 10 years" is as likely dated by that year in another report.)"""
    if d.value.get("precision") != "day":
        return False
    n, text = doc.norm, doc.text
    if d.end > trigger:
        # ("The storm came a day after François Bayrou was named prime minister on Friday": the
        # Friday is the other act's, after the apart cue, in its clause; not in "The quake, which
        # came days after heavy rains, struck on Monday")
        # (nor one another occasion's word stands before: "17 days after … died in a stampede …
        # on Jan. 29" dates that stampede, which the extraction tells apart)
        at = n.norm_index(d.start)
        cue = next(iter(t.apart.find(text, n.norm_index(trigger), at)), None)
        if cue is None:
            # («وجاء التصويت بعدما لجأ بارنييه يوم الاثنين إلى المادة ٤٩.٣»: Monday is the act the
            # clause after the cue tells, which came before the vote)
            cue = next((x for x in t.sequence.find(text, n.norm_index(trigger), at) if x[2] == "after"), None)
        return (
            cue is not None
            and not _CLAUSE_MARK.search(text, cue[1], at)
            and next(iter(t.event_types.find(text, cue[1], at)), None) is None
        )
    a, b = n.norm_index(d.end), n.norm_index(trigger)
    if any(k == "then" for _x, _y, k in t.sequence.find(text, a, b)):
        return True
    if next(iter(t.apart.find(text, a, b)), None) is not None:
        return True  # ("grounded its jets on Monday, a day after one of the planes crashed")
    return any(
        o.type == "number"
        and o.value.get("unit") in t.span_units
        and d.end <= o.start
        and o.end <= trigger
        and offset_after(t, text, n.norm_index(o.end))
        for o in inside
    )


def _scheduled(doc: Doc, t: FrameTables, d: Claim, sent: tuple[int, int]) -> bool:
    """A schedule word at most ``_SCHEDULE_WORDS`` words before the date in its sentence ("their
    scheduled close on Friday", «موعد الاختتام الرسمي يوم الجمعة»): when it was to happen, not
    when it did."""
    n, text = doc.norm, doc.text
    a = n.norm_index(d.start)
    return any(
        len(text[y:a].split()) <= _SCHEDULE_WORDS
        for _x, y, _ in t.scheduled.find(text, max(sent[0], a - _OBJECT_REACH), a)
    )


_SCHEDULE_WORDS = 3


def _objects_on(raw: list[dict]) -> None:
    """A date an occasion word's object cue makes another act's ("Islamic State on Thursday
    claimed responsibility for the twin bombings …, the deadliest attack …") is that act's for the
    occasion words after it in its sentence too: it only bounds them."""
    cut: dict[tuple[int, int], list[tuple[int, list]]] = defaultdict(list)
    for c in raw:
        if c["bounds"]:
            cut[c["sent"]].append((c["span"][0], c["bounds"]))
    for c in raw:
        for at, bounds in cut.get(c["sent"], ()):
            if c["span"][0] > at and any(d in bounds for d in c["dates"]):
                c["bounds"] = [*c["bounds"], *(d for d in c["dates"] if d in bounds)]
                c["dates"] = [d for d in c["dates"] if d not in bounds]


def _no_longer(doc: Doc, t: FrameTables, os_: int, oe: int, sent: tuple[int, int]) -> bool:
    """The ordinal word is "no longer" here: a negated verb follows it in its sentence («کووید-۱۹
    دیگر وضعیت اضطراری جهانی نیست»), so it sets no occasion apart."""
    return (
        t.negated is not None
        and doc.text[os_:oe].strip() in t.no_longer_words
        and t.negated.search(doc.text, oe, sent[1]) is not None
    )


def _named_again(doc: Doc, claims: list[Claim], inside: list[Claim], sent) -> list[str]:
    """Holders named elsewhere in the article whose surname (of four letters or more) stands as
    a word in the sentence: the first claim of each surname."""
    here = {c.id for c in inside}
    words = set(re.findall(r"\w+", match_key(doc.article.text[slice(*doc.norm.orig_span(*sent))])))
    out: dict[str, str] = {}
    for c in claims:
        name = surname(c) if c.type == "person_role" else ""
        if len(name) >= _SURNAME_MIN and name in words and c.id not in here:
            out.setdefault(name, c.id)
    return sorted(out.values())


def _of_doers(doc: Doc, t: FrameTables, s: int) -> bool:
    """A doer cue ends at most ``_DOER_WORDS`` words before the trigger at folded ``s``, no clause
    mark between ("who carried out the attack", «عاملان مستقیم حمله»)."""
    text = doc.text
    return any(
        len(text[b:s].split()) <= _DOER_WORDS and not _CLAUSE_MARK.search(text[b:s])
        for _a, b, _k in t.doers.find(text, max(0, s - _DOER_REACH), s)
    )


def _reacted(
    doc: Doc, t: FrameTables, s: int, e: int, sent: tuple[int, int], inside: Sequence[Claim] = ()
) -> bool:
    """A verb of a reaction makes the trigger at folded ``[s, e)`` its object: right before it
    ("defended the decision", «أدان الهجوم») or, in Persian, right after it («از این تصمیم دفاع
    کرد»), a few words at most and no clause mark between (rules/events ``reaction_cues``). The
    subject a verb-first clause puts between them is passed over: a role and its holder of
    ``inside`` («ووصف الرئيس الأمريكي دونالد ترامب الهجوم»)."""
    text = doc.text
    n = doc.norm
    subjects = [(n.norm_index(c.start), n.norm_index(c.end)) for c in inside if c.type == "person_role"]

    def near(a: int, b: int) -> bool:
        between = _QUOTED.sub("q", text[a:b])  # (what it was called, quoted: «… را «اقدامی شرورانه» خواند»)
        if _CLAUSE_MARK.search(between):
            return False
        words = len(between.split())
        words -= sum(len(text[x:y].split()) for x, y in subjects if a <= x and y <= b)
        return words <= _REACTION_WORDS

    # (the reach runs back over such a subject ending within it)
    lo = min([s - _OBJECT_REACH, *(x - _OBJECT_REACH for x, y in subjects if s - _OBJECT_REACH <= y <= s)])
    return any(near(b, s) for _a, b, _k in t.reactions_before.find(text, max(sent[0], lo), s)) or any(
        near(e, a) for a, _b, _k in t.reactions_after.find(text, e, min(sent[1], e + _OBJECT_REACH))
    )


def _said_ahead(doc: Doc, o_e: int, c: Claim) -> bool:
    """A day still to come after the trigger ending at original ``o_e``, in another clause: what
    was agreed or said about what is ahead ("Cardinals meeting … agreed that his body would be
    moved on Wednesday"), not the occasion's day."""
    return (
        c.start >= o_e
        and _relation(c) in TO_COME_RELATIONS
        and ANOTHER_CLAUSE.search(doc.text, doc.norm.norm_index(o_e), doc.norm.norm_index(c.start))
        is not None
    )


def _said_to_come(doc: Doc, t: FrameTables, c: Claim, s: int, e: int, sent: tuple[int, int]) -> bool:
    """The day dates a reporting verb a few words after it, and the occasion's word at folded
    ``[s, e)`` stands in what was said, told as still to come, a future or modal cue in its clause:
    "On Thursday he announced that … the lying in state would be extended" dates the announcement,
    not the lying in state."""
    text = doc.text
    at = doc.norm.norm_index(c.end)
    if at > s:
        return False
    said = t.said.search(text, at, s)
    if said is None or len(text[at : said.start()].split()) > _SAID_TO_COME_WORDS:
        return False
    for a, b, k in t.planned.find(text, said.end(), min(sent[1], e + _OBJECT_REACH)):
        if k == "future" and not _CLAUSE_MARK.search(text, *((b, s) if b <= s else (e, a))):
            return True
    return False


_SAID_TO_COME_WORDS = 3  # ("on Thursday he announced", «الخميس أعلن»)


def _voiced_at(doc: Doc, t: FrameTables, p: Claim, s: int, sent: tuple[int, int]) -> bool:
    """Place ``p`` stands right after words of a statement or a speech ("in a televised statement
    from the White House", «در سخنانی در کاخ سفید»; rules/events ``venue_cues``): where it was
    voiced, not where the occasion at folded ``s`` happened, unless the trigger is those words."""
    at = doc.norm.norm_index(p.start)
    # ("the"; or the voiced place's own head and name before a wider one: «في كلمة بمدينة واكو
    # بولاية تكساس», in a speech in the city of Waco in the state of Texas)
    return any(
        b <= at
        and not a <= s < b
        and len(doc.text[b:at].split()) <= _VENUE_WORDS
        and not _CLAUSE_MARK.search(doc.text, b, at)
        for a, b, _k in t.venues.find(doc.text, max(sent[0], at - _VENUE_REACH), at)
    )


_VENUE_REACH = 60
_VENUE_WORDS = 3  # words between a venue's cue and a place it names
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")
_REACTION_WORDS = 2  # words between a reaction's verb and the occasion's word ("the", «این»)


def _attached(doc: Doc, o_e: int, c: Claim) -> bool:
    """A claim right after the trigger ending at original ``o_e``, in its phrase: a few words, no
    clause mark ("the attack in Krasnogorsk on March 22")."""
    between = doc.article.text[o_e : c.start] if c.start >= o_e else None
    return (
        between is not None and len(between.split()) <= _ATTACHED_WORDS and not _CLAUSE_MARK.search(between)
    )


_DOER_WORDS = 2
_DOER_REACH = 40
_ATTACHED_WORDS = 3
_SURNAME_MIN = 4
_OBJECT_REACH = 40
_OBJECT_WORDS = 3


def _earlier_conjunct(doc: Doc, t: FrameTables, o_s: int, o_e: int, d: Claim, dates: list[Claim]) -> bool:
    """``d`` stands before the trigger at original ``[o_s, o_e)`` with a conjunction between ("…
    in March 2023 and sentenced", «… ٢٠٢٣، وصدر»), and another date is the trigger's own: after
    that conjunction, or at most ``_OWN_AFTER_WORDS`` words after the trigger, no clause mark
    between ("sentenced last month")."""
    if d.end > o_s or not _conjoined(doc, t, d.end, o_s):
        return False
    text = doc.article.text
    return any(
        (o.end <= o_s and o.start >= d.end and not _conjoined(doc, t, o.end, o_s))
        or (
            o.start >= o_e
            and len(text[o_e : o.start].split()) <= _OWN_AFTER_WORDS
            and not _CLAUSE_MARK.search(text[o_e : o.start])
        )
        for o in dates
        if o is not d
    )


def _in_date(doc: Doc, inside: list[Claim], at: int) -> bool:
    """The folded offset ``at`` falls inside a date claim of ``inside``."""
    o = doc.norm.orig_index(at)
    return any(c.type == "date" and c.start <= o < c.end for c in inside)


def _conjoined(doc: Doc, t: FrameTables, a: int, b: int) -> bool:
    """A conjunction ("and", «و») or a comma stands between original offsets ``a`` and ``b``."""
    n = doc.norm
    lo, hi = n.norm_index(a), n.norm_index(b)
    return t.conjunctions.search(doc.text, lo, hi) is not None or _COMMA.search(doc.text, lo, hi) is not None


_COMMA = re.compile(r"[,،;؛]")


_OWN_AFTER_WORDS = 2
# Past periods named relative to the publication that can date an occasion: "sentenced last month".
_PAST_PERIODS = frozenset({"last_month", "last_year"})


def _beside(doc: Doc, o_s: int, o_e: int, d: Claim) -> bool:
    """A day counted from the publication right beside the trigger at original ``[o_s, o_e)``: right
    before it ("Tuesday's vote") or after it, a word at most between ("A Swedish appeals court on
    Tuesday upheld the life sentence … over the executions in Iran in 1988": the court's day is
    Tuesday, the year another occasion's; but in "said later on Monday that the vote would take
    place on June 28" Monday is the saying's)."""
    if not d.value.get("relative") or d.value.get("precision") != "day":
        return False
    text = doc.article.text
    before = d.end <= o_s
    between = text[d.end : o_s] if before else text[o_e : d.start]
    return len(between.split()) <= (0 if before else _BESIDE_WORDS) and not _CLAUSE_MARK.search(between)


_BESIDE_WORDS = 1


def _across(doc: Doc, o_s: int, o_e: int, d: Claim) -> bool:
    """A clause mark stands between the trigger at original ``[o_s, o_e)`` and the date."""
    text = doc.article.text
    between = text[d.end : o_s] if d.end <= o_s else text[o_e : d.start]
    return bool(_CLAUSE_MARK.search(between))


_BEGAN_WORDS = 4


def _began(doc: Doc, t: FrameTables, typ: str, o_e: int, d: Claim) -> bool:
    """A long occasion's own clause dates its start with "since" («آتش از روز سه‌شنبه …», "the
    fire, burning since Tuesday"): a few words after its trigger, no clause mark between."""
    between = doc.article.text[o_e : d.start]
    return (
        int(t.type_defs[typ].get("span_days", 0)) > _SHORT_SPAN_DAYS
        and len(between.split()) <= _BEGAN_WORDS
        and not _CLAUSE_MARK.search(between)
    )


def _counts_days(doc: Doc, t: FrameTables, os_: int, s: int) -> bool:
    """An ordinal of the occasion's days or phases, not of occasions: "the second day of the
    truce" (the unit between), «اليوم الثاني لوقف إطلاق النار», «روز دوم آتش‌بس» (the unit right
    before the ordinal)."""
    lo = max(0, os_ - _UNIT_BEFORE)
    return any(a >= os_ or not doc.text[b:os_].strip() for a, b, _ in t.ordinal_units.find(doc.text, lo, s))


def _ranked(doc: Doc, t: FrameTables, oe: int, s: int, e: int) -> bool:
    """The ordinal ranks the occasion: a superlative between them ("the second-largest bank
    failure", «ثاني أكبر انهيار») or right after the trigger («دومین ورشکستگی بزرگ»)."""
    words = re.findall(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*", doc.text[oe:s])
    after = re.match(r"\s*([^\W\d_]+(?:\u200c[^\W\d_]+)*)", doc.text[e : e + 24])
    return any(w in t.rank_words for w in words) or bool(after and after.group(1) in t.rank_words)


_UNIT_BEFORE = 12  # characters before an ordinal in which its unit word may end («اليوم» الثاني)


def _text_of(doc: Doc, t: FrameTables, s: int, sent: tuple[int, int]) -> bool:
    """A document noun a few words before the trigger at folded ``s``, in its clause: "the final
    statement of the summit", «بیانیه مشترک پایانی نشست», «البيان الختامي للقمة»; or one that
    opens the sentence, its subject («بیانیه … که … «مذاکرات دوجانبه» …، در تهران …»)."""
    text = doc.text
    return any(
        (len(text[b:s].split()) <= _OBJECT_WORDS and not _CLAUSE_MARK.search(text, b, s))
        or len(text[sent[0] : a].split()) < _OPENING_WORDS
        for a, b, _ in t.documents.find(text, sent[0], s)
    )


_OPENING_WORDS = 3  # a document noun among a sentence's first words is its subject ("The joint statement")


def _object_of(doc: Doc, t: FrameTables, s: int, e: int, sent: tuple[int, int]) -> int | None:
    """Where an object cue ("over", "into", "condemned", «در پی», «بشأن») stands a few words before
    the trigger at folded ``[s, e)``, or None: the occasion word is then the object of another act,
    and a date or weekday before the cue is that act's. So is a demonstrative right before the
    trigger with an object mark a few words after it («این حمله را … خواند»): the cut is at the
    demonstrative."""
    text = doc.text
    at = None
    for a, b, _ in t.objects.find(text, max(sent[0], s - _OBJECT_REACH), s):
        if len(text[b:s].split()) <= _OBJECT_WORDS:
            at = a
    if at is None:
        this = [
            a
            for a, b, _ in t.demonstratives.find(text, max(sent[0], s - _OBJECT_REACH), s)
            if not text[b:s].strip()
        ]
        mark = next(iter(t.object_marks.find(text, e, min(sent[1], e + _OBJECT_REACH))), None)
        if this and mark is not None and len(text[e : mark[0]].split()) < _OBJECT_WORDS:
            at = this[-1]
    return at


def _situation_s(doc: Doc, t: FrameTables, place: Claim) -> bool:
    """A place right after a situation's noun and a locative ("pressing him … over the war in
    Ukraine", «إنهاء الحرب في أوكرانيا»; rules/events ``situations``): where that situation is, not
    where the occasion of the sentence happened."""
    text = doc.text
    a = doc.norm.norm_index(place.start)
    for _, e, _ in t.situations.find(text, max(0, a - _SITUATION_REACH), a):
        words = text[e:a].split()
        if len(words) == 1 and words[0] in t.locatives:
            return True
    return False


_SITUATION_REACH = 30  # characters before a place in which a situation's noun and a locative stand


def _depth(place: Claim) -> int:
    """How specific a place is: a town the gazetteer lacks («ضاحية كراسنوغورسك») is a town."""
    if place.value.get("unlisted"):
        return 1 if place.value.get("kind") == "province" else 9
    return len(place.value.get("ancestors") or ())


def _places(doc: Doc, t: FrameTables, inside: list[Claim], typ: str, trigger: int) -> list[Claim]:
    """Where the occasion of a sentence happened: places after a locative, not "near" ones; for a
    type whose verb takes the place as object («… را لرزاند»), any place below a country in the
    trigger's clause or after it (folded ``trigger``)."""
    # A town the gazetteer lacks counts even "near" it ("near the town of Pazarcik"): reports meet
    # on its name or are apart (findings/compare), while a listed place near the occasion (a city
    # it was "near") would put it inside that place.
    # (a place in a person's role, «دیمیتری پسکوف، سخنگوی کرملین», is whose spokesman he is)
    roles = [(c.start, c.end) for c in inside if c.type == "person_role"]
    near = _near_list(doc, t, [c for c in inside if c.type == "place"])
    alternatives = _alternatives(doc, t, [c for c in inside if c.type == "place"])
    # ("also felt in the neighbouring provinces of Farah and Badghis": both felt)
    felt = _with_listed(doc, t, [c for c in inside if c.type == "place"], _felt)
    places = [
        c
        for c in inside
        if c.type == "place"
        and not any(a <= c.start and c.end <= b for a, b in roles)
        # ("Kerala Chief Minister Pinarayi Vijayan": in English the place right before a role is its
        # office's; in Persian and Arabic a role's place follows it, «دادگاهی در روسیه خبرنگار …»)
        and not (
            doc.lang == "en"
            and any(0 < a - c.end <= 2 and not doc.article.text[c.end : a].strip() for a, _ in roles)
        )
        and (c.id not in near or (c.value.get("unlisted") and _depth(c) > 1))
        and c.id not in felt
        and c.id not in alternatives
        and not _ordered(doc, t, c)
        and not _occasion_name(doc, t, c)
        and not _situation_s(doc, t, c)
        # ("…, the Kremlin said": the Kremlin speaks, it is not where the quake struck)
        and not name_of_another(
            doc.text, doc.norm.norm_index(c.start), doc.norm.norm_index(c.end), t.speaking
        )
    ]
    # A facility in the sentence is where its occasion happened, with or without a locative: "an
    # explosion ripped through the port of Beirut", «انفجار بندر بیروت».
    # (not where its plane was bound, nor the city of that airport: «متجهة إلى مطار غاتويك في لندن»)
    routed = _routed(doc, t, places)
    roles = t.type_defs[typ].get("roles") or ()
    if t.moved_to is not None and ("killed" in roles or "sentence" in roles) and "route" not in roles:
        # ("the bodies … landed in the southern Indian city of Kochi": where the victims were taken;
        # "later moved him to a prison in Attock": where the convict was taken; a plane's own
        # landing may be its occasion's place, so not for a type with a route)
        moved = _with_listed(doc, t, places, _moved_to)
        # (and the place that holds one, named right after it: "a prison in Attock, in Punjab province")
        moved |= {
            c.id
            for c in places
            for m in places
            if m.id in moved
            and 0 < c.start - m.end <= _HOLDER_GAP
            and m.value.get("container") == c.value.get("place")
        }
        places = [c for c in places if c.id not in moved]
    located = [c for c in places if _located(c) and c.id not in routed]
    if not t.type_defs[typ].get("struck_places"):
        return located
    struck = [
        c
        for c in places
        if _depth(c)
        and not is_dateline(doc, c)
        and not _on_route(doc, t, c)
        # («بعد خسارة فريق أريما … أمام غريمه بيرسيبايا سورابايا بنتيجة 3-2، إذ اقتحم … وتدافعا»: a
        # team's town in a clause before the stampede's is not where it struck)
        and not _CLAUSE_MARK.search(doc.text, doc.norm.norm_index(c.end), trigger)
    ]
    if any(_depth(c) for c in located) or not struck:
        return located
    return struck + located  # «استان کهرمان‌مرعش در جنوب ترکیه را لرزاند»: the province, then the country


def _routed(doc: Doc, t: FrameTables, places: list[Claim]) -> set[str]:
    """The places on a route (``_on_route``) and each place right after one, joined to it by a
    locative or a comma alone ("bound for Gatwick airport in London")."""
    out: set[str] = set()
    last = None
    for c in sorted(places, key=lambda c: c.start):
        between = doc.article.text[last.end : c.start] if last is not None else ""
        chained = last is not None and last.id in out and len(between.split()) <= 1 and "." not in between
        if _on_route(doc, t, c) or chained:
            out.add(c.id)
        last = c
    return out


def _moved_to(doc: Doc, t: FrameTables, c: Claim) -> bool:
    """A place a word of moving stands before (``FrameTables.moved_to``)."""
    return t.moved_to is not None and t.moved_to.search(_before_place(doc, c, _MOVED_REACH)) is not None


def _before_place(doc: Doc, c: Claim, reach: int) -> str:
    """The folded text of ``reach`` characters right before the place claim ``c``."""
    a = doc.norm.norm_index(c.start)
    return doc.text[max(0, a - reach) : a]


_MOVED_REACH = 80
_HOLDER_GAP = 8  # characters between a place and the one named as holding it (", in ")


def _on_route(doc: Doc, t: FrameTables, c: Claim) -> bool:
    """A place a route word stands right before ("landslides blocked the main highway to Mexico
    City", "bound for Colombo"): where a road or a voyage leads, not where the occasion struck."""
    before = _before_place(doc, c, ROUTE_REACH)
    return any(pat.search(before) for pat in t.route.values())


_SUBJECT_GAP = re.compile(r"[^\W\d_]+")
_SUBJECT_WORDS = 2  # words between an occasion word and its verb ("the outage that began", «العطل الذي بدأ»)


def _subject_of(doc: Doc, trigger_end: int, word_start: int) -> bool:
    """The occasion word right before a verb is its subject: at most two words between, no clause
    mark. ``trigger_end`` is in the folded text, ``word_start`` in the original."""
    end = doc.norm.orig_index(trigger_end)
    between = doc.article.text[end:word_start]
    return (
        word_start - end >= 0
        and not _CLAUSE_MARK.search(between)
        and len(_SUBJECT_GAP.findall(between)) <= _SUBJECT_WORDS
    )


def _located(place: Claim) -> bool:
    """A place after a locative, or a facility: where an occasion happened, whatever its type."""
    return bool(place.value.get("locative")) or place.value.get("kind") in _SITES


_NAME_QUOTE = re.compile(r"\s*[«\"“'‘]\s*\Z")
_NAME_REACH = 30


def _occasion_name(doc: Doc, t: FrameTables, place: Claim) -> bool:
    """A place's name quoted right after an occasion word is the occasion's name: «توفان «دورا»»,
    «الإعصار "دورا"» name a storm, not the town of Dura."""
    text = doc.text
    a = doc.norm.norm_index(place.start)
    q = _NAME_QUOTE.search(text, max(0, a - _NAME_REACH), a)
    if q is None:
        return False
    return any(
        e == q.start() and cid != "-"
        for _, e, cid in t.event_types.find(text, max(0, a - _NAME_REACH), q.start())
    )


def _relation(c: Claim) -> str | None:
    rel = c.value.get("relative") or {}
    return rel.get("relation") if rel.get("resolved") else None


# Relative dates precise to a day that can date an occasion: "on Sunday", «دیروز», "today".
_DAY_RELATIONS = {"weekday", "last_weekday", "yesterday", "day_before_yesterday", "today"}


def _day_relative(c: Claim) -> bool:
    return _relation(c) in _DAY_RELATIONS and c.value.get("precision") == "day"


def _future_sentence(doc: Doc, t: FrameTables, d: Claim) -> bool:
    n = doc.norm
    a, b = n.norm_index(d.sentence[0]), min(n.norm_index(d.sentence[1]), len(doc.text))
    return any(k == "future" for _a, _b, k in t.future.find(doc.text, a, b))


_SITES = frozenset({"facility", "landmark"})
_FELT_REACH = 40
_CLAUSE_BREAKS = frozenset(",،;؛.:\n")


def _felt(doc: Doc, t: FrameTables, place: Claim) -> bool:
    """ "was felt in Cyprus", «سمع دوي الانفجار في جزيرة قبرص», «در قبرص احساس شد»: a place where
    the occasion was felt or heard, in the same clause, before the place or (verb last) after it.
    So is a place that says where what the sentence names comes from, right after the words: "a
    ship registered in Panama", "owned by a company in Japan", «السفينة المسجلة في بنما»."""
    n, text = doc.norm, doc.text
    a, b = n.norm_index(place.start), n.norm_index(place.end)
    lo, hi = (n.norm_index(x) for x in place.sentence)
    # (the reach runs from the phrase's end: "tsunami warnings in Japan's Okinawa prefecture and
    # in the Philippines")
    for s, e, kind in t.felt_words.find(text, max(lo, a - 2 * _FELT_REACH), min(hi, b + _FELT_REACH)):
        gap = text[e:a] if e <= a else text[b:s] if s >= b else ""
        if kind == "described" and e > a:
            continue  # ("registered in Panama", «المسجلة في بنما»: the words come first)
        if (e <= a or s >= b) and len(gap) <= _FELT_REACH and not _CLAUSE_BREAKS.intersection(gap):
            return True
    return False


_ORDER_REACH = 100  # characters from an order's word to the place in what it orders


def _ordered(doc: Doc, t: FrameTables, place: Claim) -> bool:
    """ "ordered Israel to take all measures within its power to prevent acts of genocide in Gaza",
    «أمرت … إسرائيل باتخاذ جميع التدابير … لمنع … في قطاع غزة»: a place in what is ordered or
    demanded, in the same clause after the word (or, verb last, before it: «در غزه جلوگیری کند»),
    is where the ordered act is to happen, not where the order was given."""
    n, text = doc.norm, doc.text
    a, b = n.norm_index(place.start), n.norm_index(place.end)
    lo, hi = (n.norm_index(x) for x in place.sentence)
    after = not t.verb_final
    for s, e, _ in t.ordered_words.find(text, max(lo, a - _ORDER_REACH), min(hi, b + _ORDER_REACH)):
        gap = text[e:a] if after else text[b:s]
        if (
            (e <= a if after else s >= b)
            and len(gap) <= _ORDER_REACH
            and not _CLAUSE_BREAKS.intersection(gap)
        ):
            return True
    return False


def _near_list(doc: Doc, t: FrameTables, places: list[Claim]) -> set[str]:
    """The places beside an occasion (``_near``), and those listed right after one: «در اطراف
    شهرهای وینیا دل مار و والپارایسو», "around Viña del Mar and Valparaíso" puts both around it."""
    return _with_listed(doc, t, places, _near)


def _with_listed(doc: Doc, t: FrameTables, places: list[Claim], test) -> set[str]:
    """Ids of the places that pass ``test(doc, t, place)``, and of those listed right after one."""
    out: set[str] = set()
    prev = None
    for c in sorted(places, key=lambda c: c.start):
        joined = prev is not None and prev.id in out and _joined(doc, t, prev, c)
        if joined or test(doc, t, c):
            out.add(c.id)
        prev = c
    return out


def _alternatives(doc: Doc, t: FrameTables, places: list[Claim]) -> set[str]:
    """Places on either side of an "or" in one clause ("at a police station in Nkandla, his home in
    KwaZulu-Natal, or in Johannesburg", «در کراچی یا لاهور»): alternatives, neither where it was."""
    out: set[str] = set()
    ordered = sorted(places, key=lambda c: c.start)
    n = doc.norm
    for a, b in itertools.combinations(ordered, 2):
        x, y = n.norm_index(a.end), n.norm_index(b.start)
        if (
            0 <= y - x <= _OR_GAP
            and not re.search(r"[.;:؛()]", doc.text[x:y])
            and next(iter(t.or_words.find(doc.text, x, y)), None) is not None
        ):
            out.update((a.id, b.id))
    return out


_OR_GAP = 60  # characters between two places an "or" makes alternatives


def _joined(doc: Doc, t: FrameTables, a: Claim, b: Claim) -> bool:
    """Nothing but a list's join between two places ("X and Y", «X و Y», "X, Y")."""
    between = doc.text[doc.norm.norm_index(a.end) : doc.norm.norm_index(b.start)]
    words = re.findall(r"[^\W\d_]+", between)
    return (
        len(between) <= _JOIN_GAP
        and all(w in t.list_joins for w in words)
        and not re.search(r"[.;:؛()]", between)
    )


_JOIN_GAP = 8


def _near(doc: Doc, t: FrameTables, place: Claim) -> bool:
    """«قرب مدينة غازي عنتاب», "near Elbistan": beside the occasion, not around it."""
    n = doc.norm
    a = n.norm_index(place.start)
    # (a bracket read past: "44 km (27 miles) from the city of Khost")
    before = _BRACKETED.sub("", doc.text[max(0, a - _NEAR_REACH - _BRACKET_REACH) : a])
    if len(before) > _NEAR_REACH:
        before = before[-_NEAR_REACH:].split(" ", 1)[-1]  # (from a word's start)
    near = next(iter(t.near_words.find(before)), None)
    # «قرب بلدة إيغيل في إقليم الحوز», "near Ighil in Al Haouz province": the province holds it.
    return near is not None and not any(w in t.locatives for w in before[near[1] :].split())


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_BRACKET_REACH = 30


_COUNTED = frozenset({"first", "second", "third"})  # ordinals that count from an occasion
_COUNT_SINCE_REACH = 24  # characters from such an ordinal to its since word ("the second of 2023 after")


def _records(
    doc: Doc, t: FrameTables, sent: tuple[int, int], named: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Superlatives measured from a date, each up to its since word ("deadliest crash since"):
    the date after them is the record's, not the date of an occasion named before them. The flag
    marks a measure's record ("the first cut since March 2020", "inflation's highest since 1998"),
    whose date dates no occasion at all, unlike an occasion's ("the deadliest crash since 1992,
    when …"). ``named``: the folded spans of the sentence's dates and places, sorted."""
    n, out = doc.norm, []
    for a, b, pid in t.predicates.find(doc.text, *sent):
        # (not a word of a date or a place's name: «24 جمادى الأولى 1444 هـ» is a month, no first)
        k = bisect_right(named, (a, len(doc.text))) - 1
        if pid in t.since and not (k >= 0 and named[k][1] > a):
            # (from the phrase's start: "first since" holds its since word)
            reach = min(sent[1], b + _RECORD_REACH)
            measured = t.predicate_defs[pid].get("subject") != "event"
            # (an occasion's record may name the one ranked above it: "among the deadliest, after
            # the 1964 tragedy in Lima"; a measure's "the second of 2023 after …" is a count since)
            hit = next(iter(t.since_words.find(doc.text, a, reach)), None) or (
                None if measured else next(iter(t.behind_words.find(doc.text, b, reach)), None)
            )
            if hit is not None:
                out.append((*n.orig_span(a, hit[1]), measured))
    return out


def _compared_day(doc: Doc, t: FrameTables, e: int, d: Claim) -> bool:
    """A date after a word that sets a figure against another's (``compared_words``) between the
    occasion's word (folded end ``e``) and it: «عدد المشاركين في الاحتجاجات … بنحو ١٣٦ ألف شخص، مقابل
    ٢٨٢ ألفا في اليوم الأول للحركة في ١٧ نوفمبر», "down from 282,000 … on Nov. 17", is the day of
    the figure it is compared with, when no occasion's word comes between («… مقابل أربعة على نقض
    حكم "رو" … الصادر عام ١٩٩٢» dates that ruling)."""
    a = doc.norm.norm_index(d.start)
    if a <= e:
        return False
    hit = None
    for hit in t.from_words.find(doc.text, max(e, a - _COMPARED_REACH), a):  # noqa: B007 (the last)
        pass
    return (
        hit is not None
        and hit[2] == "compared"
        and next(iter(t.event_types.find(doc.text, hit[1], a)), None) is None
    )


_COMPARED_REACH = 60  # characters from a word of comparison to the day of the figure it compares


def _recorded(d: Claim, trigger: int, records: list[tuple[int, int, bool]], reach: int | None = None) -> bool:
    """A date right after "the deadliest … since" belongs to the record, not to an occasion named
    before the superlative («انفجار … في أسوأ كارثة … منذ عام 2014»). An event word inside the
    phrase or after it may be the earlier occasion itself ("the deadliest crash since 1992, when
    …", "since the 1939 Erzincan earthquake"): the date stays with it. (``reach``: up to where,
    an original offset, instead of a few words.)"""
    return _in_record(d, [r for r in records if trigger < r[0]], reach)


def _in_record(d: Claim, records: list[tuple[int, int, bool]], reach: int | None = None) -> bool:
    return any(b <= d.start <= (b + _RECORD_REACH if reach is None else reach) for _, b, _m in records)


_OWN_WORDS = 3  # a founding word and its date stand a few words apart at most


def _names_year(doc: Doc, t: FrameTables, d: Claim, trigger: int) -> bool:
    """A year before a capitalised name is the name's ("the 1.5C goal of the 2015 Paris
    Agreement"), unless the occasion's word stands in that phrase ("the 1918 Cloquet fire")."""
    end = name_after_year(doc.article.text, d, t.year_name)
    return end is not None and not d.end <= trigger < end


def _claimed(doc: Doc, t: FrameTables, d: Claim, trigger: int, own: list[tuple[int, int]]) -> bool:
    """A date nearer a founding or ending word than to the event word is that word's («the PTI,
    which Khan founded in 1996, … election symbol»): it does not date the event. A word after the
    date claims it only a few words on: in «بالگرد … ظهر یکشنبه ۳۰ اردیبهشت هنگام بازگشت از مراسم
    افتتاح سد … دچار سانحه شد» the Sunday is the crash's, not the opening's."""
    # (from the date's end to an event word after it: a Persian verb follows its date, «تراس روز
    # پنجشنبه ۲۱ مهر کوارتنگ را برکنار کرد», after a «سقوط کرد» that stands nearer the date's start)
    mine = trigger - d.end if trigger >= d.end else abs(d.start - trigger)
    text = doc.article.text
    if trigger < d.start and len(text[trigger : d.start].split()) <= 1:
        return False  # (a day right after the occasion's word: «همه‌پرسی روز دوشنبه ۳ مهر به استقلال …»)
    for a, b in own:
        if trigger < a and b <= d.start and _its_object(t, text, trigger, a):
            continue  # (the occasion's own object: «الاستفتاء على الاستقلال الذي جرى يوم الاثنين 25 أيلول»)
        # (the gap between the date and the word, on whichever side: «از ۱۶ فروردین اجرا می‌شود»)
        gap = a - d.end if a >= d.end else d.start - b if b <= d.start else 0
        # (… unless a clause mark parts the date from the event word and not from this one: "a
        # vessel built in 2007, struck the reef")
        parted = trigger >= d.end and b <= d.start and _CLAUSE_MARK.search(text, d.end, trigger) is not None
        if min(abs(d.start - a), abs(d.end - b), gap) >= mine and not (
            parted and _CLAUSE_MARK.search(text, b, d.start) is None
        ):
            continue
        # (a word before its date takes its object between: «توقيع صفقة … في 23 فبراير»)
        if a < d.end or len(text[d.end : a].split()) <= _OWN_WORDS:
            return True
    return False


def _its_object(t: FrameTables, text: str, trigger: int, a: int) -> bool:
    """The word at ``a`` is the object of the occasion word at ``trigger``, a preposition of its
    object between ("the referendum on independence", «الاستفتاء على الاستقلال»)."""
    return t.object_of is not None and t.object_of.match(fold(text[trigger:a])) is not None


def _recent(doc: Doc, d: Claim) -> bool:
    """A day of the report's own days (``RECENT_DAYS`` before its publication or after): the
    reported occasion's, which a dated fact's word (frames) does not keep for itself."""
    pub, earliest = doc.reference_date, _iso(d.value.get("earliest"))
    return pub is not None and earliest is not None and earliest > pub - timedelta(days=RECENT_DAYS)


def _before_the_lead(doc: Doc, raw: list[dict], t: FrameTables, main_type: str) -> None:
    """Words of the main type dated a week or more before the day the lead gives it right after its
    word ("A magnitude 6.4 earthquake struck … on Monday, February 20"; later, "the February 6
    earthquakes, a magnitude 7.8 tremor …") tell of an earlier occasion of that type, whatever the
    type's reporting span: they are recalled, not the reported one."""
    if "date" not in (t.type_defs[main_type].get("roles") or ()):
        return
    days = [
        day
        for c in raw
        if c["lead"] and c["type"] == main_type
        for d in c["dates"][:1]
        if _after_trigger(doc, d, c, relative=True) and (day := _iso(d.value.get("earliest"))) is not None
    ]
    if not days:
        return
    lead = min(days)
    for c in raw:
        if c["type"] != main_type or c["lead"] or not c["dates"]:
            continue
        latest = _iso(c["dates"][0].value.get("latest"))
        if latest is not None and (lead - latest).days > _BEFORE_DAYS:
            c["historical"] = True


def _historical(doc: Doc, cand: dict, t: FrameTables, newest: date | None = None) -> bool:
    """Dated well before the publication (or, in an undated article, well before the newest date it
    gives): an earlier occasion the article recalls."""
    pub = doc.reference_date or newest
    dates = cand["dates"] or cand.get("bounds")
    if pub is None:
        return False
    span = int(t.type_defs[cand["type"]].get("span_days", 7))
    before = pub - timedelta(days=max(span, _BEFORE_DAYS))
    if not dates:
        # Undated, in a sentence whose every date before its word is long past: an occasion of
        # that past ("The two countries cut ties in 2016 after protesters stormed …").
        told = [_iso(d.value.get("latest")) for d in cand.get("told") or ()]
        return bool(told) and all(x is not None and x < before for x in told)
    latest = _iso(dates[0].value.get("latest"))
    return (latest is not None and latest < before) or _year_told_past_ahead(doc, cand, dates[0])


def _year_told_past_ahead(doc: Doc, cand: dict, d: Claim) -> bool:
    """A year after the publication's, in a sentence with no word of what is to come and not
    right after "ahead of" ("In 2020, a pipeline explosion in Qingdao killed 62 people" in a report
    of 2015): an occasion told as past, so not the one the report tells of (that has its days);
    an earlier one dated with a slip, which the other reports' dates for it show."""
    pub = doc.reference_date
    return (
        pub is not None
        and doc.article.published_source in ("metadata", "header")
        and d.value.get("precision") == "year"
        and not d.value.get("relative")
        and d.value.get("marker") != "until"
        and not cand["future"]
        and not cand["before_it"]
        and int(d.value["earliest"][:4]) > pub.year
    )


def _main_type(raw: list[dict], t: FrameTables, title: str = "") -> str | None:
    """The type of the occasion the article reports: named in its lead, the most specific first.
    An occasion in a sentence of the future, or right after "ahead of" («پیش از», «قبل»), is the
    report's only when nothing else is named; and one that only ever follows "ahead of", in an
    article with a headline, only when the headline names it: a report of a rate rise "ahead of
    local elections on March 31" is of no election, a preview headed "Turks vote on Sunday" is."""
    current = [c for c in raw if not c["historical"] and c["ordinal"] not in DISTINCT_ORDINALS]
    # (not a type of one person: "Grenfell council leader quits …" names the fire's sequel, and
    # the lead's fire, by rank, stays the occasion)
    headline = (
        {
            typ
            for _s, _e, typ in t.event_types.find(title)
            if typ in t.type_defs and not t.type_defs[typ].get("one_person")
        }
        if title
        else set()
    )
    past = [c for c in current if not c["future"] and not c["before_it"]]
    if past:
        current = past
    elif title and all(c["before_it"] for c in current) and not headline & {c["type"] for c in current}:
        return None
    if not current:
        return None
    lead = [c for c in current if c["lead"]]
    rank = {k: int(v.get("rank", 9)) for k, v in t.type_defs.items()}
    # The headline names the occasion: of the lead's types, those it names come first ("Regulators
    # seize First Republic Bank in … bank failure" over the "stampede of customers" of its first sentence).
    lead = [c for c in lead if c["type"] in headline] or lead
    # (a part of an occasion that goes on for days, named in the lead too, is an episode of it:
    # "heavy fighting … with air strikes", the strikes are the fighting's)
    lasting = {c["type"] for c in lead if t.type_defs[c["type"]].get("lasts_days")}
    lead = [c for c in lead if not set(t.type_defs[c["type"]].get("part_of") or ()) & lasting] or lead
    if lead:
        return min(lead, key=lambda c: (rank[c["type"]], c["span"][0]))["type"]
    counts: dict[str, int] = defaultdict(int)
    for c in current:
        # (a type that is the news only in the lead — sanctions, tariffs — is background elsewhere)
        if not t.type_defs[c["type"]].get("lead_only"):
            counts[c["type"]] += 1
    return min(counts, key=lambda k: (-counts[k], rank[k], k)) if counts else None


def _figure_object(t: FrameTables, text: str, s: int, e: int, figures: frozenset[int]) -> bool:
    """A trigger (rules/events ``figure_objects``: "received") with a figure right after it."""
    hit = t.figure_objects.match_at(text, s)
    return hit is not None and hit[1] == e and _SPACE.match(text, e).end() in figures


def _merge(doc: Doc, raw: list[dict], main_type: str | None, t: FrameTables) -> list[Mention]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    # An occasion to come, told of after the lead and dated after the publication, is another one
    # when the report is of one that happened ("Baku is to host COP29 in November 2024" in a
    # report of COP28's close).
    happened = any(not c["future"] for c in raw if main_type and c["type"] == main_type)
    own = _holders(raw, main_type, t)
    met = _lead_participants(raw, main_type, t)
    for c in raw:
        if (
            main_type
            and part_of(t.type_defs, c["type"], main_type)
            and not c["historical"]
            and c["ordinal"] not in DISTINCT_ORDINALS
            and not (happened and not c["lead"] and _to_come(doc, c))
            and not (own is not None and c["surnames"] and not c["surnames"] & own)
            # ("Trump announced the talks on Monday while hosting Netanyahu at the White House", in
            # a report of Araghchi's talks with Witkoff: two others' meeting)
            and not (met and not c["lead"] and len(c["surnames"]) >= _PAIR_MET and not c["surnames"] & met)
        ):
            groups[("main", main_type)].append(c)
        elif t.type_defs[c["type"]].get("lead_only"):
            continue  # («the funds frozen under sanctions since 2019»: a state of things, not an occasion)
        elif c["ordinal"] == "first_round" and not c["historical"]:
            groups[("round", c["type"])].append(c)  # one first round, however many sentences name it
        else:
            d = c["dates"][0].value if c["dates"] else {}
            groups[("other", c["type"], d.get("earliest"), d.get("latest"), c["ordinal"])].append(c)
    for key in [k for k in groups if k[0] == "other"]:
        for n, part in enumerate(_by_figures(groups[key])[1:], 1):
            groups[(*key, n)] = part
            groups[key] = [c for c in groups[key] if c not in part]
    if main_type and ("main", main_type) in groups:
        _another_days(groups, main_type)
        _apart_from_main(doc, groups, main_type, t)
        _with_its_sentence(groups, main_type)
    out = [_mention(doc, key[0] == "main", cands, t, key[1]) for key, cands in groups.items() if cands]
    return sorted(out, key=lambda m: (not m.main, m.start))


def _by_figures(cands: list[dict]) -> list[list[dict]]:
    """Candidates of one kind and day split where their sentences give one unit different
    figures, and share none of that unit: each part one occasion (in text order)."""
    parts: list[list[dict]] = []
    for c in cands:
        home = next((p for p in parts if not any(_figures_apart(c, o) for o in p)), None)
        if home is None:
            parts.append([c])
        else:
            home.append(c)
    return parts


def _figures_apart(a: dict, b: dict) -> bool:
    if a["sent"] == b["sent"]:
        return False
    units = {f[0] for f in a["figures"]} & {f[0] for f in b["figures"]}
    return any(
        not ({f for f in a["figures"] if f[0] == u} & {f for f in b["figures"] if f[0] == u}) for u in units
    )


def _holders(raw: list[dict], main_type: str | None, t: FrameTables) -> frozenset[str] | None:
    """Who the reported occasion befell, for a type of one person (``one_person``: a resignation):
    the people the lead's first sentence of that type names. A sentence of the type naming only others
    tells of another's ("Braverman quit as home secretary on Wednesday", in a report of the prime
    minister's resignation). When the lead's first word of the type names no one ("she announced
    her resignation"), every sentence of the type that names someone tells of another's. None for
    other types, or when the lead names no occasion of the type."""
    if main_type is None or not t.type_defs[main_type].get("one_person"):
        return None
    # (the first sentence that names it: a lead's next sentence may tell of another's)
    first = min(
        (c for c in raw if c["lead"] and c["type"] == main_type), key=lambda c: c["span"][0], default=None
    )
    return frozenset(first["surnames"]) if first is not None else None


def _lead_participants(raw: list[dict], main_type: str | None, t: FrameTables) -> frozenset[str]:
    """For a type whose later sentences of others tell of their own occasion (``others_apart``: a
    meeting), the people the lead's words of it name."""
    if main_type is None or not t.type_defs[main_type].get("others_apart"):
        return frozenset()
    return frozenset(x for c in raw if c["lead"] and c["type"] == main_type for x in c["surnames"])


_SPECIFIC_RANK = 3  # a type's rank (rules/events) up to which its word names an occasion of its own
_COORDINATED_WORDS = 3  # words between two occasions' words an "and" joins ("and strong")
_PHRASE_WORDS = 2  # plain words between two words of one occasion's name ("round of the election")
_NAMED = ("date", "place")  # claims whose words are no occasion's
_PAIR_MET = 1  # people a sentence names for its meeting to be theirs


def _to_come(doc: Doc, c: dict) -> bool:
    """A sentence of the future whose occasion is dated after the publication ("in November 2024",
    in a report of December 2023)."""
    pub = doc.reference_date
    when = _iso(c["dates"][0].value.get("earliest")) if c["future"] and c["dates"] else None
    return pub is not None and when is not None and when > pub


def _another_days(groups: dict[tuple, list[dict]], main_type: str) -> None:
    """A day in a sentence that tells of another occurrence is that one's, not the main occasion's,
    though a word of the main type stands in it too: "Fresh blasts shook the site on Saturday,
    Aug. 15, … sodium cyanide scattered by the explosions"."""
    # (only the other occurrence's own day, the one nearest its word: in "Castillo was removed
    # on Dec. 7, 2022, …, after a first attempt, on Monday, March 28, 2022, had failed" Dec. 7 stays)
    other = {
        (c["sent"], c["dates"][0].id)
        for key, cs in groups.items()
        if key[0] == "other"
        for c in cs
        if c["ordinal"] in DISTINCT_ORDINALS and c["dates"]
    }
    main = groups[("main", main_type)]
    for k, c in enumerate(main):
        if any((c["sent"], d.id) in other for d in c["dates"]):
            main[k] = {**c, "dates": [d for d in c["dates"] if (c["sent"], d.id) not in other]}


def _with_its_sentence(groups: dict[tuple, list[dict]], main_type: str) -> None:
    """An undated word of a part of the main type («votes») in a sentence that names another
    occasion of the main type goes with that occasion: "Vizcarra was impeached on Nov. 9, 2020, by
    105 votes" — the votes are the 2020 motion's."""
    main = groups[("main", main_type)]
    others = {
        c["sent"]: key
        for key, cs in groups.items()
        if key[0] == "other"
        for c in cs
        if c["type"] == main_type
    }
    for c in list(main):
        if c["type"] != main_type and not c["dates"] and c["sent"] in others:
            main.remove(c)
            groups[others[c["sent"]]].append(c)


def _apart_from_main(doc: Doc, groups: dict[tuple, list[dict]], main_type: str, t: FrameTables) -> None:
    """A sentence of the main type (or of a part of it) whose own day lies further from the main
    occasion's day than the type stays current is another occasion: in a report of the acting
    president's impeachment on 27 December, "Yoon himself was impeached on Dec. 14 by 204 votes"
    recalls another vote. Before the main day, half that span is enough: an occasion is reported
    from its start, so "a stampede in Malang on Oct. 1", four weeks before a crush on 29 October,
    is another one."""
    main = groups[("main", main_type)]
    # (not the day of a sentence that sets another word of the main type beside the dated one, "the
    # crush came 17 days after … a stampede … on Jan. 29": the earliest day may be the recalled one's)
    # (words of one phrase count once: «دور دوم انتخابات ریاست‌جمهوری», "the second round of the
    # presidential election", name one occasion)
    words = Counter(c["sent"] for c in _phrase_heads(doc, [c for c in main if c["type"] == main_type]))
    plain = [c for c in main if words[c["sent"]] < 2]
    when = _event_date(doc, plain, t) or _event_date(doc, main, t)
    day = _iso(when.value.get("iso")) if when is not None else None
    if day is None:
        return
    for c in list(main):
        d = c["dates"][0].value if c["dates"] else {}
        own = _iso(d.get("iso")) if d.get("precision") == "day" and not d.get("relative") else None
        span = int(t.type_defs[c["type"]].get("span_days", 0))
        if own is not None and ((own - day).days > span or (day - own).days > span // 2):
            main.remove(c)
            groups[("other", c["type"], d.get("earliest"), d.get("latest"), c["ordinal"])].append(c)


def _phrase_heads(doc: Doc, cands: list[dict]) -> list[dict]:
    """The first of each run of candidates a few plain words apart (no figure, no punctuation)."""
    heads: list[dict] = []
    last: dict | None = None
    for c in sorted(cands, key=lambda c: c["span"]):
        gap = (
            doc.text[last["span"][1] : c["span"][0]]
            if last is not None and last["sent"] == c["sent"]
            else None
        )
        if gap is None or len(gap.split()) > _PHRASE_WORDS or not all(w.isalpha() for w in gap.split()):
            heads.append(c)
        last = c
    return heads


def _mention(doc: Doc, main: bool, cands: list[dict], t: FrameTables, typ: str) -> Mention:
    first = min(cands, key=lambda c: c["span"][0])
    ordered = sorted(cands, key=lambda c: c["span"][0])
    when = _event_date(doc, cands, t) if main else next((c["dates"][0] for c in ordered if c["dates"]), None)
    weekday = next((c["weekday"] for c in cands if c["weekday"]), None) if when is None else None
    # (a part's places are its own: the buildings that fell in Antakya are not where the quake struck)
    places = [p for c in cands if c["type"] == typ for p in c["places"]]
    places.sort(key=lambda p: (-_depth(p), p.start))
    first_place: dict[str, str] = {}  # place id → the first claim naming it, most specific first
    for p in places:
        if p.value.get("place"):
            first_place.setdefault(p.value["place"], p.id)
    s, e = first["span"]
    return Mention(
        id=f"{doc.article.id}:event:{s}",
        article=doc.article.id,
        type=typ,
        start=s,
        end=e,
        text=doc.article.text[s:e],
        sentence=first["sent"],
        main=main,
        date=when.id if when else None,
        earliest=when.value.get("earliest") if when else None,
        latest=when.value.get("latest") if when else None,
        weekday=weekday,
        places=tuple(first_place),
        place_claims=tuple(first_place.values()),
        participants=tuple(dict.fromkeys(p for c in cands for p in c["people"])),
        ordinal=next((c["ordinal"] for c in cands if c["ordinal"]), None),
        triggers=tuple(sorted(c["span"][0] for c in cands)),
        ahead=_ahead(doc, cands, t) if main else (),
        countries=_countries_named(doc, cands, t),
    )


def _countries_named(doc: Doc, cands: list[dict], t: FrameTables) -> tuple[str, ...]:
    """The countries the candidates' sentences name (by name: "five Iranians" among the dead
    place nothing)."""
    n = doc.norm
    found = set()
    for so, eo in sorted({c["sent"] for c in cands}):
        found.update(code for _, _, code in t.countries.find(doc.text, n.norm_index(so), n.norm_index(eo)))
    return tuple(sorted(found))


_AHEAD_SLACK = {"hijri": 2}  # days a date may lie past the publication (time zones; a lunar month's start)


def _ahead(doc: Doc, cands: list[dict], t: FrameTables) -> tuple[str, ...]:
    """The written-out dates of the main occasion's sentences that lie after the publication, in
    sentences with no word of what is to come: an occasion reported as past cannot be dated after
    the report («… collapsed on April 26» in a report of 6 April)."""
    return _after_publication(doc, t, [d for c in cands for d in c["dates"]])


def past_days_ahead(doc: Doc, claims: list[Claim], t: FrameTables) -> set[str]:
    """The ids of written-out dates that a past verb makes past days (``_past_clause``: «… روز
    شنبه ۲۲ مهر … تصویب کردند», "toured the site on Friday, Aug. 21") and that lie after the
    publication, whatever occasion they date, in an article with or without one."""
    past = [d for d in claims if d.type == "date" and _since(doc, t, d)]
    if t.verb_final or t.past_before is not None:
        past += [d for d in claims if d.type == "date" and not _since(doc, t, d) and _past_clause(doc, t, d)]
    return set(_after_publication(doc, t, past, years=True, months=True, twins=_twins_of(doc, claims)))


def _twins_of(doc: Doc, claims: list[Claim]) -> dict[str, Claim]:
    """Date id → the date it repeats in another calendar, in brackets right after it ("16 and 17
    June (27 and 28 Khordad)"): what stands before the first stands before the twin."""
    dates = [c for c in claims if c.type == "date"]
    text = doc.article.text
    return {b.id: a for a, b in itertools.pairwise(dates) if _TWIN_OPEN.fullmatch(text[a.end : b.start])}


_TWIN_OPEN = re.compile(r"\s*\(\s*")


def _since(doc: Doc, t: FrameTables, d: Claim) -> bool:
    """ "Held since July 26", «منذ الأربعاء 26 يوليو»: a day something began is a past one. Only
    after a word that means nothing else (``since_past``): "from", «اعتبارا من» and «از» also open
    a period to come («اعتبارا من ٥ فبراير», «از ۱۶ فروردین اجرا می‌شود»), and a range's start may
    be planned ("from August 10 to 20")."""
    if d.value.get("marker") != "since" or d.value.get("range"):
        return False
    a = doc.norm.norm_index(d.start)
    return any(e >= a - _SINCE_GAP for _s, e, _k in t.since_past.find(doc.text, max(0, a - _SINCE_REACH), a))


_SINCE_REACH = 12
_SINCE_GAP = 6  # (characters between the word and the date: a space, «يوم», "the")


def _after_publication(
    doc: Doc,
    t: FrameTables,
    dates: list[Claim],
    years: bool = False,
    months: bool = False,
    twins: dict[str, Claim] | None = None,
) -> tuple[str, ...]:
    """The ids of ``dates`` that lie after the publication. A bare year names a plan as often ("the
    2026 polls"): only with ``years``, for dates a past verb or a "since" governs ("was elected in
    2028" in a report of 2023), and never a year that is a name's ("the 2026 World Cup"). A month
    whose year was guessed only with ``months``, for one a past verb governs: it may be last
    year's ("They last met in March", in October). ``twins``: a date's bracketed twin in another
    calendar → the date (an ahead-of word before the date stands before its twin too)."""
    pub = doc.reference_date
    if pub is None or doc.article.published_source not in ("metadata", "header"):
        return ()
    out = set()
    for d in dates:
        when = _iso(d.value.get("earliest"))
        slack = _AHEAD_SLACK.get(d.value.get("calendar") or "", 1)
        precision = d.value.get("precision")
        if (
            when is not None
            and (
                precision in ("day", "month")
                or (
                    years
                    and precision == "year"
                    and "year_inferred" not in d.flags
                    and name_after_year(doc.article.text, d, t.year_name) is None
                    and not edition_year(doc.article.text, d, t.edition)
                )
            )
            and (when - pub).days > slack
            and not d.value.get("relative")
            and d.value.get("marker") != "until"
            # (a month whose year the text leaves out may be last year's: «… در ژوئن به رکورد ۲۱٫۳
            # درصد رسیده بود» in January 2024 is no slip, whatever year was guessed for it)
            and not (d.value.get("precision") == "month" and "year_inferred" in d.flags and not months)
            and not dated_line(doc, d)
            and not _future_sentence(doc, t, d)
            and not _ahead_of(doc, t, (twins or {}).get(d.id, d))
            and not _set_for(doc, t, d)
            and not _occasion_dated(doc, t, d)
        ):
            out.add(d.id)
    return tuple(sorted(out))


def _occasion_dated(doc: Doc, t: FrameTables, d: Claim) -> bool:
    """The date names an occasion as a modifier before its word, with no tense of its own
    ("campaigning for the June 8 general election"): an occasion's word right after it, or after
    one word that is no function word ("on Sunday in a meeting" is a day of its own). Where
    modifiers follow the noun («انتخابات ۱۸ خرداد», «نشست روز یکشنبه») the same order is an
    adverbial as often, so only a language whose modifiers come first is read so
    (rules/morphology ``modifiers_first``)."""
    if not t.modifiers_first:
        return False
    n, text = doc.norm, doc.text
    b = n.norm_index(d.end)
    for s, _e, k in t.event_types.find(text, b, min(len(text), b + _DATED_REACH)):
        words = text[b:s].split()
        if k in t.type_defs and not _CLAUSE_MARK.search(text, b, s):
            return len(words) <= _DATED_WORDS and not any(w in t.stopwords for w in words)
    return False


_DATED_WORDS = 1  # ("the June 8 general election": one word between)
_DATED_REACH = 30


def _companion(doc: Doc, t: FrameTables, e: int, d: Claim) -> bool:
    """A companion word ("alongside", «در کنار», «إلى جانب») between the trigger ending at folded
    ``e`` and the later date ``d``, in one clause: the date is of the thing it introduces."""
    a = doc.norm.norm_index(d.start)
    if a <= e or _CLAUSE_MARK.search(doc.text, e, a):
        return False
    return next(iter(t.companions.find(doc.text, e, a)), None) is not None


def _ahead_of_word(doc: Doc, t: FrameTables, s: int, sent: tuple[int, int]) -> bool:
    """An ``ahead_of`` word ends at most ``_BEFORE_IT_WORDS`` words before the trigger at folded
    ``s``, no clause mark between."""
    lo = max(sent[0], s - _AHEAD_OF_REACH)
    return any(
        len(doc.text[e:s].split()) <= _BEFORE_IT_WORDS and not _CLAUSE_MARK.search(doc.text, e, s)
        for _a, e, _k in t.ahead_of.find(doc.text, lo, s)
    )


_BEFORE_IT_WORDS = 1  # ("ahead of local elections", «قبل الانتخابات»: the occasion's word, or one before it)


def _ahead_of(doc: Doc, t: FrameTables, d: Claim) -> bool:
    """An ``ahead_of`` word stands at most ``_AHEAD_OF_WORDS`` words before the date, no clause
    mark between: "ahead of local elections on March 31" («پیش از انتخابات محلی ۳۱ مارس»)."""
    a = doc.norm.norm_index(d.start)
    lo = max(doc.sentence_at(a)[0], a - _AHEAD_OF_REACH)
    return any(
        len(doc.text[e:a].split()) <= _AHEAD_OF_WORDS and not _CLAUSE_MARK.search(doc.text, e, a)
        for _s, e, _k in t.ahead_of.find(doc.text, lo, a)
    )


def _set_for(doc: Doc, t: FrameTables, d: Claim) -> bool:
    """A ``set_for`` word right before the date ("set his funeral for Saturday, April 26"), or a
    ``set_after`` one right after it («… ۳۱ ژانویه (۱۱ بهمن) را روز دوم اعتصاب … اعلام کردند»)."""
    a, b = doc.norm.norm_index(d.start), doc.norm.norm_index(d.end)
    return (
        t.set_for is not None and t.set_for.search(doc.text, max(0, a - _SET_FOR_REACH), a) is not None
    ) or (t.set_after is not None and t.set_after.match(doc.text, b) is not None)


_SET_FOR_REACH = 12  # characters before the date: the word and its spaces
# (words from an ahead-of word to the date: a Persian or Arabic noun phrase of several words, «پیش از
# دور دوم انتخابات ریاست‌جمهوری مصر در روزهای ۱۶ و ۱۷ ژوئن», "ahead of local elections on March 31")
_AHEAD_OF_WORDS = 8
_AHEAD_OF_REACH = 90


def _past_clause(doc: Doc, t: FrameTables, d: Claim) -> bool:
    """The date's verb is past: where the verb comes last, the first verb after the date in its
    sentence is one of ``past_verbs`` («… روز دوشنبه ۱۷ شهریور وضعیت اضطراری اعلام کرد»); elsewhere a
    past verb stands a few words before the date in its clause (``past_before``: "toured the site
    on Friday, Aug. 21"), with no modal there."""
    if t.verb_final:
        # (the first verb after the date is the date's: «روز جمعه ۱۸ فروردین … اعلام کردند تولید …
        # کاهش می‌دهند» dates the announcement; a present or future verb first, «… برگزار می‌شود», no past)
        b = doc.norm.norm_index(d.end)
        hi = doc.sentence_at(b)[1]
        first = next(iter(t.past_verbs.find(doc.text, b, hi)), None)
        present = _PRESENT.search(doc.text, b, first[0] if first else hi)
        return first is not None and present is None
    pb = t.past_before
    left, right = _date_clause(doc, d)
    a, b = doc.norm.norm_index(d.start), doc.norm.norm_index(d.end)
    if pb is None or any(
        next(iter(pb.modals.find(doc.text, x, y)), None) for x, y in ((left, a), (b, right))
    ):
        return False  # (outside the date's own words: "May 5" holds no modal)
    words = _WORDS.findall(doc.text, left, a)
    counted = 0
    for i in range(len(words) - 1, -1, -1):  # (the verb nearest the date)
        w = words[i]
        if w in pb.uncounted:
            continue
        counted += 1
        if counted > pb.reach:
            break
        w = w[1:] if w[:1] in pb.proclitics and w[1:] in pb.words else w  # («ووقع»: «و» + «وقع»)
        regular = bool(pb.ending) and w.endswith(pb.ending) and len(w) > len(pb.ending) + 2
        if w in pb.words or regular:
            # ("which is held in Oslo on December 10": a present passive is no past; nor is "to
            # cut output from May 1", a plan)
            present = i > 0 and (words[i - 1] in pb.present or words[i - 1] in pb.infinitive)
            return (w in pb.words or w not in pb.not_) and not present
    return False


_WORDS = re.compile(r"[^\W\d_]+")
_PRESENT = re.compile(r"(?<!\w)می[\s\u200c]")  # (Persian «می‌» before a verb: present or imperfect)


def _today(when: Claim, today: list[int]) -> bool:
    """The date is marked as today («اليوم السبت …», «امروز یکشنبه …»)."""
    return _relation(when) == "today" or any(0 <= when.start - e <= _TODAY_REACH for e in today)


def _risen(doc: Doc, t: FrameTables, when: Claim, trigger: int) -> bool:
    """A running count's rise in the date's clause: the day is the update's ("The number … confirmed
    dead rose to 114 on Monday"), whatever day the report is of. Not when the occasion's word stands
    between the rise and the day: «ارتفاع حصيلة ضحايا الانفجار الذي دمر مرفأ بيروت مساء الثلاثاء»
    dates the blast (``trigger``: the word's original offset)."""
    left, right = _date_clause(doc, when)
    n = doc.norm
    at = n.norm_index(trigger)
    rises = [(s, e) for s, e, _ in t.rise.find(doc.text, left, right)]
    a, b = n.norm_index(when.start), n.norm_index(when.end)
    # (nor when the day stands in a relative clause on the occasion's word, before the rise: "The
    # death toll from the earthquake that struck … late on Friday rose to 2,122 on Sunday")
    own = at < a and next(iter(t.relative.find(doc.text, at, a)), None) is not None
    rises = [(s, e) for s, e in rises if not (e <= at < a) and not (own and b <= s)]
    # (and a figure it rose to, beside the rise word: «طوفان … شامگاه یکشنبه ۱۹ شهریور به سواحل شرقی
    # لیبی رسید» is a storm that reached the coast, and «… رده ۴ و بادهایی با سرعت ۲۴۰ کیلومتر … به
    # خشکی رسید» one that made landfall, on the occasion's day)
    text = doc.text[:a] + " " * (b - a) + doc.text[b:]  # (the date's own digits are no figure)
    return any(
        any(ch.isdigit() for ch in text[max(left, s - _RISE_REACH) : min(right, e + _RISE_REACH)])
        for s, e in rises
    )


_RISE_REACH = 40  # characters around a rise word in which the figure it rose to stands


def _elsewhere(doc: Doc, t: FrameTables, when: Claim, cand: dict, home: set[str]) -> bool:
    """A day whose clause (or else sentence) names only countries the lead does not is the day the
    occasion came there, not the reported one: in a report of a storm's landfall in Florida, "In
    Cuba, where the storm first struck on Sept. 27" (``home``: the countries the lead names)."""
    n = doc.norm
    left, right = _date_clause(doc, when)
    there = _countries_in(doc, t, n.orig_index(left), n.orig_index(right), cand["named"])
    there = there or _countries_in(doc, t, *cand["sent"], cand["named"])
    return bool(there) and not there & home


def _countries_in(doc: Doc, t: FrameTables, so: int, eo: int, named: list[Claim]) -> set[str]:
    """Countries named between original offsets ``so`` and ``eo``: by name, or as the country of a
    province named there («ولاية فلوريدا»)."""
    n = doc.norm
    lo, hi = n.norm_index(so), n.norm_index(eo)
    # (not in whom it is told by: "according to the U.S. Geological Survey" names a source)
    told = min((e for _, e, _ in t.attributed.find(doc.text, lo, hi)), default=hi)
    out = {cc for s, _, cc in t.countries.find(doc.text, lo, hi) if s < told}
    return out | {p.value["country"] for p in named if so <= p.start < eo and n.norm_index(p.start) < told}


def _date_clause(doc: Doc, when: Claim) -> tuple[int, int]:
    n, text = doc.norm, doc.text
    a, b = n.norm_index(when.start), n.norm_index(when.end)
    lo, hi = doc.sentence_at(a)
    left = max((m.end() for m in _DATE_CLAUSE_MARK.finditer(text, lo, a)), default=lo)
    right = next((m.start() for m in _DATE_CLAUSE_MARK.finditer(text, b, hi)), hi)
    if left > lo and right < hi and text[left - 1] == "(" and text[right] == ")" and not text[left:a].strip():
        # a date in brackets beside another («تا روز دوشنبه ۱۶ بهمن ۱۴۰۲ (۵ فوریه ۲۰۲۴) به ۱۱۲ نفر
        # رسید») is in the clause of the brackets
        left = max((m.end() for m in _DATE_CLAUSE_MARK.finditer(text, lo, left - 1)), default=lo)
        right = next((m.start() for m in _DATE_CLAUSE_MARK.finditer(text, right + 1, hi)), hi)
    return left, right


def _stated(doc: Doc, t: FrameTables, when: Claim, dates: Sequence[Claim] = ()) -> bool:
    """A reporting verb or words of a statement (rules/events ``venue_cues``) in the date's clause:
    the day is when something was said («مقام‌های ایالت روز یکشنبه … اعلام کردند», "officials
    announced on Sunday", "told a news conference on Friday"); or what was said opens
    right after the day («أعلنت السلطات …، يوم الأحد، أن حصيلة …»)."""
    left, right = _date_clause(doc, when)
    return (
        t.said.search(doc.text, left, right) is not None
        # (words of a statement: "told a news conference on Friday that …")
        or next(iter(t.venues.find(doc.text, left, right)), None) is not None
        or _said_before_commas(doc, t, when, left, right)
        or _told_after(doc, t, when, dates)
    )


def _said_before_commas(doc: Doc, t: FrameTables, when: Claim, left: int, right: int) -> bool:
    """The day stands alone between commas right after a clause with a reporting verb: «أعلنت لجنة
    الانتخابات في سريلانكا، الأحد 22 سبتمبر 2024، فوز …», the day the commission announced it."""
    text = doc.text
    lo, hi = doc.sentence_at(doc.norm.norm_index(when.start))
    a = doc.norm.norm_index(when.start)
    if not (lo < left and right < hi and text[left - 1] in ",،" and text[right] in ",،"):
        return False
    if len(text[left:a].split()) > 1:
        return False  # (a word of its own before the day: the clause is more than the day)
    prev = max((m.end() for m in _CLAUSE_MARK.finditer(text, lo, left - 1)), default=lo)
    return t.said.search(text, prev, left - 1) is not None


def _in_quote(doc: Doc, d: Claim) -> bool:
    """The date stands inside a quotation of a few words or more in its sentence ("the real
    verdict" someone said will come on Nov. 5), not in the report's own narration."""
    text = doc.article.text
    lo, hi = d.sentence
    for m in _QUOTATION.finditer(text, lo, hi):
        if m.start() < d.start and d.end < m.end() and len(m.group().split()) >= _QUOTE_WORDS:
            return True
    return False


_QUOTATION = re.compile(r"\"[^\"\n]+\"|“[^”\n]+”|«[^«»\n]+»")
_QUOTE_WORDS = 4


def _said_on(doc: Doc, t: FrameTables, when: Claim, dates: Sequence[Claim] = ()) -> bool:
    """A reporting verb right before the day, a preposition at most between, or right after it and
    its twin in another calendar: "…, the Coast Guard said on Thursday, June 22", «گارد ساحلی روز
    پنجشنبه ۱ تیر ۱۴۰۲ (۲۲ ژوئن ۲۰۲۳) اعلام کرد» is when it was said, in the lead too, not when
    the occasion was."""
    text, n = doc.text, doc.norm
    a = n.norm_index(when.start)
    for m in t.said.finditer(text, max(0, a - _SAID_REACH), a):
        gap = text[m.end() : a].split()
        if len(gap) <= 1 and all(len(w) <= _PREPOSITION_LEN and w.isalpha() for w in gap):
            return True
    b = n.norm_index(_twin_end(doc, when, dates))  # («… ۱۴۰۲ (۲۲ ژوئن ۲۰۲۳) اعلام کرد»)
    m = t.said.search(text, b, min(len(text), b + _SAID_REACH))
    return m is not None and not text[b : m.start()].strip(" ()،,")


_SAID_REACH = 24
_PREPOSITION_LEN = 3  # ("on", «في»)


def _told_after(doc: Doc, t: FrameTables, when: Claim, dates: Sequence[Claim] = ()) -> bool:
    """What was said opens right after the day: «قبل أن يعلن في ١٩ مايو أن المحققين …»; or right
    after its twin in another calendar, which one word links to it («يوم الخميس ١١ ربيع الآخر ١٤٤٥
    هـ الموافق ٢٦ أكتوبر ٢٠٢٣، أن …», one of ``dates``)."""
    if t.told_after is None:
        return False
    return t.told_after.match(doc.text, doc.norm.norm_index(_twin_end(doc, when, dates))) is not None


def _twin_end(doc: Doc, when: Claim, dates: Sequence[Claim]) -> int:
    """Where the day ends with the twins one word links after it, in other calendars (original offset)."""
    end = when.end
    for d in sorted(dates, key=lambda d: d.start):
        if d.start > end and one_word_apart(doc.article.text, end, d.start):
            end = d.end
    return end


def _told_day(doc: Doc, t: FrameTables, when: Claim, cand: dict) -> bool:
    """The report's own day, marked as today or as when something was said: an update's. Not a
    day written out in full a few words after the occasion's word ("A magnitude 6.4 earthquake
    struck … on Monday, February 20, 2023, killing three people, the minister said"): the
    occasion's own."""
    tdef = t.type_defs[cand["type"]]
    return (
        _update_day(doc, when, tdef)
        and not _after_trigger(doc, when, cand)
        and (
            _today(when, cand["today"])
            or ("date" in (tdef.get("roles") or ()) and _stated(doc, t, when, cand["dates"]))
        )
    )


_TRIGGER_DAY_WORDS = 10  # words between an occasion's word and the full day that dates it
_CLAUSE_BREAK = re.compile(r"[,،;؛.\n]")
_DIGIT = re.compile(r"\d")


def _after_trigger(doc: Doc, when: Claim, cand: dict, relative: bool = False) -> bool:
    if (when.value.get("relative") and not relative) or when.start < cand["span"][1]:
        return False
    gap = doc.article.text[cand["span"][1] : when.start]
    # (no figure between: «ارتفعت حصيلة قتلى الحريق إلى 111 قتيلا الأربعاء» dates the toll's rise)
    return len(gap.split()) <= _TRIGGER_DAY_WORDS and not _CLAUSE_BREAK.search(gap) and not _DIGIT.search(gap)


def _update_day(doc: Doc, when: Claim, tdef: dict) -> bool:
    """A follow-up report of a long occasion (an attack, a quake) may date its update «امروز یکشنبه
    … به ۱۳۷ نفر رسید» on its own publication day: that day then says when it was reported, not
    when the occasion happened. Marked as today, it never dates the occasion; unmarked, it does
    only when no other date does (a crash "on Sunday" in a report of that Sunday). A meeting
    reported the same day is dated by it."""
    pub = doc.reference_date
    return (
        pub is not None
        and int(tdef.get("span_days", 0)) > _SHORT_SPAN_DAYS
        and when.value.get("iso") == pub.isoformat()
        and doc.article.published_source != "dateline"
    )


def _owns(doc: Doc, t: FrameTables, d: Claim, c: dict) -> bool:
    """The day is written onto the occasion word a few words after it ("Thursday's general election")."""
    if t.date_owner is None or d.end > c["span"][0]:
        return False
    gap = doc.text[doc.norm.norm_index(d.end) : doc.norm.norm_index(c["span"][0])]
    return t.date_owner.match(gap) is not None


def _event_date(doc: Doc, cands: list[dict], t: FrameTables) -> Claim | None:
    """The date of the reported occasion: a day-precise date in a sentence naming it, near the
    publication date; a dispatch dateline at the start of a line ranks last. A date after the
    publication in a sentence that tells of the past («… سقوط کرد») still dates it: the
    comparison with the other reports then shows the slip."""
    pub = doc.reference_date
    ranked = []
    own_lead: Claim | None = None  # the first day of the lead written right after the occasion's word
    updates: dict[tuple[int, int], int] = {}  # sentence → where its first update's day stands
    # (the first sentence that places the occasion: paragraphs after the first may come in any order)
    firsts = sorted((c for c in cands if c["lead"]), key=lambda c: c["span"][0])
    home_sent, home = None, set()
    for c in firsts:
        home = _countries_in(doc, t, *c["sent"], c["named"])
        if home:
            home_sent = c["sent"]
            break

    # Sentences with a day of an update or a statement («أعلنت السلطات …، يوم الأحد، أن حصيلة ضحايا
    # تصادم … مساء الجمعة … بلغت 275»): a rise there is that day's, and another day of the
    # sentence dates the occasion.
    told = {
        doc.sentence_at(doc.norm.norm_index(d.start))
        for c in cands
        for d in c["dates"]
        if _told_day(doc, t, d, c)
    }
    for c in cands:
        # A fire is still reported nine days on ("The fire on August 8 destroyed …"): as long as
        # its type stays current (``span_days``), and a week at least.
        before = max(_BEFORE_DAYS, int(t.type_defs[c["type"]].get("span_days", 0)))
        for d in c["dates"]:
            if d.value.get("precision") != "day":
                continue
            when = _iso(d.value.get("iso") or d.value.get("earliest"))
            if when is None and pub is None and yearless_day(d) is not None:
                when = date.max  # (a day of no year in an undated report: after any dated one)
            if when is None or (pub and (pub - when).days > before):
                continue
            if pub and (when - pub).days > _AFTER_DAYS and _future_sentence(doc, t, d):
                continue
            if _in_quote(doc, d):
                continue  # («وقال إن "الحكم الحقيقي سيصدره الشعب في 5 نوفمبر"»: what someone said will come)
            struck = t.type_defs[c["type"]].get("struck_places")  # (not a route, nor a measure's target)
            if struck and home and c["sent"] != home_sent and _elsewhere(doc, t, d, c, home):
                continue
            update = _update_day(doc, d, t.type_defs[c["type"]]) and not _after_trigger(doc, d, c)
            long = int(t.type_defs[c["type"]].get("span_days", 0)) > _SHORT_SPAN_DAYS
            sent = doc.sentence_at(doc.norm.norm_index(d.start))
            risen = long and not (sent in told and not update) and _risen(doc, t, d, c["span"][0])
            if long and (
                (
                    not c["lead"]
                    and ((d.value.get("relative") and _stated(doc, t, d)) or _told_after(doc, t, d))
                )
                or _said_on(doc, t, d, c["dates"])
            ):
                # «گابریل بوریچ روز شنبه … وضعیت اضطراری اعلام کرد تا ارتش … در مهار آتش کمک کند»: a
                # day named only as a weekday, on which something was declared of a long occasion
                # outside the lead, is the declaration's, not when the occasion began; so is any day
                # right before what was said («قبل أن يعلن في ١٩ مايو أن المحققين …»)
                continue
            if _told_day(doc, t, d, c) or risen:
                # «امروز یکشنبه … به ۱۳۷ نفر رسید», «مقام‌ها روز یکشنبه … اعلام کردند»: the day of
                # the update or of the statement, not of the occasion
                updates[sent] = min(d.start, updates.get(sent, d.start))
                continue
            # A dateline's day ("ISTANBUL, March 21 —") opens its line and a dash follows it; a day
            # early in a paragraph («واجتاح الحريق البلدة في 8 أغسطس») is the text's own.
            dateline = dated_line(doc, d)
            lunar = d.value.get("calendar") == "hijri"  # ±1 day: a solar date beside it says more
            # An occasion comes before what is said of it later (an announcement, a day of mourning):
            # the earliest date near the publication dates it.
            # (an incident word's day only when no word of the occasion's own type gives one: «أعلن
            # حالة الكارثة الأربعاء» is the day a state of disaster was declared)
            # (a short occasion's own lead sentence dates it before a day told later: «… روز
            # چهارشنبه ۲۴ آبان … دیدار کردند», then «… روز سه‌شنبه ۲۳ آبان … وارد سان‌فرانسیسکو شده بود»,
            # the day the visitor arrived)
            later = not long and not c["lead"]
            if (
                own_lead is None
                and c["lead"]
                and "date" in (t.type_defs[c["type"]].get("roles") or ())
                and _after_trigger(doc, d, c, relative=True)
            ):
                own_lead = d
            ranked.append(
                (
                    (bool(dateline), c.get("referred", False), update, later, when, lunar, d.start),
                    d,
                    c["lead"],
                )
            )
    # Of the days named relative to the publication ("on Sunday"), only the first counts: the lead
    # dates the occasion, a later "declaring Monday a day of mourning" names another day. When the
    # first is an update's day ("rose to 41 on Saturday"), the next one in the lead dates it ("The
    # blast struck … on Tuesday"), unless it follows the update in its sentence ("up from 47 on
    # Friday", an earlier update's day).
    first = min((d.start for c in cands for d in c["dates"] if d.value.get("relative")), default=None)
    relative = [r for r in ranked if r[1].value.get("relative")]
    owned = [r[1].start for r in relative if any(_owns(doc, t, r[1], c) for c in cands)]
    if owned:
        first = min(owned)  # "won a landslide in Thursday's general election" on Friday: Thursday
    if first is not None and not any(r[1].start == first for r in relative):
        first = min(
            (
                r[1].start
                for r in relative
                if r[2]
                and r[1].start < updates.get(doc.sentence_at(doc.norm.norm_index(r[1].start)), r[1].start + 1)
            ),
            default=None,
        )
    datelines = {r[1].id for r in ranked if r[0][0]}  # (a dispatch's dateline is no lead's own day)
    ranked = [r for r in ranked if not r[1].value.get("relative") or r[1].start == first]
    best = min(ranked, key=lambda r: r[0])[1] if ranked else None
    if (
        own_lead is not None
        and best is not None
        and own_lead.id not in datelines
        and _days_apart(best, own_lead) > _BEFORE_DAYS
    ):
        # (a long occasion too is the one its lead dates right after its word, "A magnitude 6.4
        # earthquake struck … on Monday, February 20", «الزلزال الذي ضرب ولاية هاتاي … مساء أمس
        # الاثنين», not an occasion of weeks before that a later paragraph recalls, "damaged on
        # February 6")
        return own_lead
    return _followed(doc, t, cands, best) or best


def _followed(doc: Doc, t: FrameTables, cands: list[dict], best: Claim | None) -> Claim | None:
    """An earlier day written right after the occasion's word, later in the sentence of ``best``, a
    day named relative to the publication: ``best`` is then the day of what followed the occasion
    ("Divers searched … on Wednesday, looking for … after the vessel … capsized … on Monday
    night"), and the occasion's own day is that one."""
    if best is None or not best.value.get("relative"):
        return None
    sent = doc.sentence_at(doc.norm.norm_index(best.start))
    own = [
        d
        for c in cands
        if c["span"][0] > best.end
        for d in c["dates"]
        if d.start > c["span"][0]
        and d.value.get("precision") == "day"
        and doc.sentence_at(doc.norm.norm_index(d.start)) == sent
        and _earlier(d, best)
        and _after_trigger(doc, d, c, relative=True)
    ]
    return min(own, key=lambda d: d.start) if own else None


def _earlier(a: Claim, b: Claim) -> bool:
    x, y = _claim_day(a), _claim_day(b)
    return bool(x and y and x < y)


def _days_apart(a: Claim, b: Claim) -> int:
    x, y = _claim_day(a), _claim_day(b)
    return abs((x - y).days) if x and y else 0


def _claim_day(c: Claim) -> date | None:
    """The day a date claim names, or the first of its span."""
    return _iso(c.value.get("iso") or c.value.get("earliest"))
