"""When was an article written? Its published date, or bounds from its own text.

An undated article is bounded by (1) the latest past event it dates (it was written after it),
(2) the terms of the office-holders it names as serving (``rules/people.yaml``), (3)
anniversary arithmetic: «ستحتفل العام المقبل بالذكرى الثمانين لإقامة العلاقات الدبلوماسية», with
1944 known from another article of the corpus, puts the article in 2023, (4) plans and deadlines
it looks forward to («تمدید آتش بس تا 31 دسامبر 2025», "scheduled for March 2026": it was written
before them, ``rules/time_cues``), (5) a day and month it gives with a weekday and no year
(«یکشنبه ۲۶ اسفند»): the first such day since its earliest bound, and (6) the weekday its lead
reports («عصر روز پنجشنبه»): the news of the lead is not older than the article's background, so
the article was written on or after the first such weekday since its earliest bound.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from checker.align.context import ArticleTime
from checker.align.subjects import SubjectSpace, signature
from checker.calendars import CALENDARS, CalendarError, from_gregorian, to_gregorian, uncertainty_days
from checker.extract.lexicon import Table, cached
from checker.model import Claim, Extraction
from checker.normalize import fold
from checker.normalize.keys import isolate as q
from checker.rules import Rules

# Share of the anniversary sentence's concepts that the founding fact must also name.
_CONCEPT_SHARE = 2 / 3
_RELATIVE_YEARS = {"next_year": 1, "last_year": -1, "this_year": 0}


def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s else None
    except ValueError:
        return None


def _cue_table(rules: Rules, lang: str, family: str, field: str) -> Table:
    """One list of cue phrases of ``rules/<family>/<lang>.yaml``, compiled once."""
    return cached(
        rules,
        lang,
        f"{family}.{field}",
        lambda: Table.build([(p, field) for p in rules.lang(family, lang).get(field) or []]),
    )  # type: ignore[return-value]


def future_table(rules: Rules, lang: str) -> Table:
    return _cue_table(rules, lang, "events", "future_cues")


def article_time(
    x: Extraction, rules: Rules, history: list[tuple[Claim, tuple[str, ...], str]], space: SubjectSpace
) -> ArticleTime:
    """Publication date, or an estimate with its evidence."""
    published = _d((x.article.published or "")[:10])
    t = ArticleTime(published=published)
    if published:
        return t
    lang = x.article.language or "fa"
    _past_events(x, rules, lang, t)
    _office_terms(x, rules, t)
    _anniversaries(x, rules, lang, history, space, t)
    _plans(x, rules, lang, t)
    _weekday_days(x, rules, lang, t)
    _lead_weekday(x, t)
    return t


def _bound(t: ArticleTime, kind: str, when: date, claim: Claim, why: str) -> None:
    if any(
        e["kind"] == kind and e["date"] == when.isoformat() and e["bound"] == why.split(":")[0]
        for e in t.evidence
    ):
        return
    t.evidence.append(
        {
            "kind": kind,
            "claim": claim.id,
            "text": claim.text,
            "bound": why.split(":")[0],
            "date": when.isoformat(),
            "explanation": why.split(":", 1)[1].strip(),
        }
    )
    if why.startswith("earliest"):
        t.earliest = max(t.earliest, when) if t.earliest else when
    else:
        t.latest = min(t.latest, when) if t.latest else when


def _past_events(x: Extraction, rules: Rules, lang: str, t: ArticleTime) -> None:
    future = future_table(rules, lang)
    best: tuple[date, Claim] | None = None
    future_in: dict[tuple[int, int], bool] = {}  # per sentence: dense dates stay linear
    for c in x.claims:
        v = c.value
        if c.type != "date" or not v.get("earliest") or v.get("marker") == "until":
            continue
        if c.sentence not in future_in:
            sentence = fold(x.article.text[c.sentence[0] : c.sentence[1]])
            future_in[c.sentence] = next(iter(future.find(sentence)), None) is not None
        if future_in[c.sentence]:
            continue
        when = _d(v["earliest"])
        if when and (best is None or when > best[0]):
            best = (when, c)
    if best:
        _bound(
            t,
            "past_event",
            best[0],
            best[1],
            f"earliest: the article reports {q(best[1].text)} as past, so it was written on or after {best[0].isoformat()}",
        )


def _office_terms(x: Extraction, rules: Rules, t: ArticleTime) -> None:
    people = rules.top("people").get("people") or {}
    concepts = rules.concepts("roles").get("concepts") or {}
    for c in x.claims:
        v = c.value
        p = people.get(v.get("person") or "")
        if c.type != "person_role" or not p or {"former", "late", "past"} & set(v.get("modifiers") or []):
            continue
        terms = [
            o
            for o in p.get("offices") or []
            if o["role"] == v["role"] and o.get("country") in (None, v.get("country"))
        ]
        if not terms or not all(o.get("from") for o in terms):
            continue
        role = concepts.get(v["role"], {}).get("display", v["role"])
        start = min(_d(o["from"]) for o in terms)  # type: ignore[type-var]
        ends = [_d(o.get("to")) for o in terms]
        _bound(
            t,
            "office_term",
            start,
            c,
            f"earliest: {p['display']} is named as {role}, an office taken on {start.isoformat()}",
        )
        if all(ends):
            end = max(ends)  # type: ignore[type-var]
            _bound(
                t,
                "office_term",
                end,
                c,
                f"latest: {p['display']} is named as {role}, an office left on {end.isoformat()}",
            )


def _anniversaries(
    x: Extraction, rules: Rules, lang: str, history, space: SubjectSpace, t: ArticleTime
) -> None:
    """«the 80th anniversary … next year» + a founding year from the corpus → the article's year."""
    threshold = rules.top("thresholds").get("subjects", {}).get("align_min", 0.45)
    sigs: dict[tuple[int, int], tuple] = {}  # per sentence, once: dense ordinals stay linear
    years = _relative_years(x)
    for c in x.claims:
        v = c.value
        if c.type != "number" or v.get("kind") != "ordinal":
            continue
        if c.sentence not in sigs:
            sigs[c.sentence] = signature(fold(x.article.text[c.sentence[0] : c.sentence[1]]), lang, rules)
        sig = sigs[c.sentence]
        if "c:anniversary" not in sig:
            continue
        offset = years.get(c.sentence)
        if offset is None:
            continue
        base = _founding_year(sig, history, space, threshold, x.article.id)
        if base is None:
            continue
        year = base[0] + int(v["value"]) - offset
        if not 1 <= year <= 9999:  # «the 15000th anniversary»: no such year (issue 9)
            continue
        why = f"the {int(v['value'])}th anniversary of a {base[0]} event (claim {base[1].id}) falls in {year + offset}"
        _bound(t, "anniversary", date(year, 1, 1), c, f"earliest: {why}, so the article is from {year}")
        _bound(t, "anniversary", date(year, 12, 31), c, f"latest: {why}, so the article is from {year}")


def _relative_years(x: Extraction) -> dict[tuple[int, int], int]:
    """Per sentence, the year offset of its first relative year («next year» → 1), in one pass."""
    out: dict[tuple[int, int], int] = {}
    for d in x.claims:
        rel = d.value.get("relative") if d.type == "date" else None
        if rel and rel.get("relation") in _RELATIVE_YEARS:
            out.setdefault(d.sentence, _RELATIVE_YEARS[rel["relation"]])
    return out


def _founding_year(sig, history, space: SubjectSpace, threshold: float, own: str):
    """The dated fact whose subject holds most of the anniversary's concepts (across languages)."""
    del space, threshold
    core = {s for s in sig if s.startswith("c:") and s != "c:anniversary"}
    if len(core) < 2:
        return None
    best = None
    for claim, hsig, aid in history:
        if aid == own or claim.value.get("precision") != "year" or not claim.value.get("iso"):
            continue
        score = len(core & set(hsig)) / len(core)
        if score >= _CONCEPT_SHARE and (
            best is None or score > best[0] or (score == best[0] and claim.id < best[1].id)
        ):
            best = (score, claim)
    if best is None:
        return None
    return int(best[1].value["iso"][:4]), best[1]


# How far before a date a plan word may stand («قرار است این نشست در ۵ اسفند», "scheduled for").
_PLAN_WINDOW = 30
# … and before a day with its weekday, which a plan names after whom it is with ("is due to meet
# Polish President Andrzej Duda on Tuesday, 21 February")
_AHEAD_WINDOW = 60


def _plan_before(plans: Table, text: str, c: Claim, window: int = _PLAN_WINDOW) -> tuple[str, tuple | None]:
    """The folded words before date ``c`` in its clause (at most ``window`` characters), and the
    plan word among them (or None)."""
    lo = max(c.sentence[0], c.start - window)
    near = fold(text[lo : c.start])
    cue = next(iter(plans.find(near)), None)
    if cue and any(p in near[cue[1] :] for p in ".،,;؛:"):
        cue = None  # the plan word belongs to another clause
    return near, cue


def _plans(x: Extraction, rules: Rules, lang: str, t: ArticleTime) -> None:
    """A date the article looks forward to bounds it from above: a deadline («تا پایان سال ۲۰۲۵»,
    «تمدید آتش بس تا 31 دسامبر 2025») or a planned event ("scheduled for March 2026").

    The date must follow a plan word closely (same clause), or be marked "until" in a sentence
    that holds one. A bound earlier than the article's earliest bound is a contradiction, so the
    date is taken for a past plan and left out.
    """
    plans = _cue_table(rules, lang, "time_cues", "plan")
    text = x.article.text
    best: tuple[date, Claim, str] | None = None
    for c in x.claims:
        v = c.value
        if c.type != "date" or not v.get("latest") or v.get("relative") or v.get("marker") == "since":
            continue
        near, cue = _plan_before(plans, text, c)
        if cue is None and v.get("marker") == "until":
            cue = next(iter(plans.find(fold(text[c.sentence[0] : c.sentence[1]]))), None)
            near = fold(text[c.sentence[0] : c.sentence[1]])
        when = _d(v["latest"])
        if cue is None or when is None or (t.earliest and when < t.earliest):
            continue
        if best is None or when < best[0]:
            best = (when, c, near[cue[0] : cue[1]])
    if best:
        _bound(
            t,
            "plan",
            best[0],
            best[1],
            f"latest: the article looks forward to {q(best[1].text)} (after {q(best[2])}) as a plan or deadline, "
            f"so it was written on or before {best[0].isoformat()}",
        )


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The lead: the opening that reports the news (headline and first paragraph), before the background.
_LEAD_CHARS = 500


def _weekday_days(x: Extraction, rules: Rules, lang: str, t: ArticleTime) -> None:
    """«بامداد یکشنبه ۲۶ اسفند», a day and month with its weekday and no year, with an earliest
    bound: the news is not older than the background, and such a day falls on its weekday only
    every few years, so the article was written on or after the first one since that bound (26
    Esfand was a Sunday in 1403: 2025-03-16). Such a day after a plan word ("is due to meet … on
    Tuesday, 21 February") is still ahead: the article was written on or before it."""
    if t.earliest is None:
        return
    plans = _cue_table(rules, lang, "time_cues", "plan")
    best: tuple[date, Claim] | None = None
    ahead: tuple[date, Claim] | None = None
    for c in x.claims:
        v = c.value
        o = v.get("original") or {}
        if c.type != "date" or "year_missing" not in c.flags or v.get("weekday") not in _WEEKDAYS:
            continue
        if not o.get("month") or not o.get("day") or v.get("calendar") not in CALENDARS:
            continue
        if uncertainty_days(v["calendar"]):
            continue  # (a lunar day may be a day off, and its weekday with it)
        when = _first_on_weekday(
            v["calendar"], o["month"], o["day"], _WEEKDAYS.index(v["weekday"]), t.earliest - _DAYS_BEFORE
        )
        if when and when < t.earliest:
            continue  # (a day of the weeks before a later date the article gives: no bound)
        if when and _plan_before(plans, x.article.text, c, _AHEAD_WINDOW)[1] is not None:
            # ("he is due to meet Duda on Tuesday, 21 February": a day still ahead, before which
            # the article was written)
            if ahead is None or when < ahead[0]:
                ahead = (when, c)
        elif when and (best is None or when > best[0]):
            best = (when, c)
    if ahead and not (best and best[0] > ahead[0]):
        _bound(
            t,
            "weekday",
            ahead[0],
            ahead[1],
            f"latest: the article looks forward to {q(ahead[1].text)}, a day that fell on its weekday on"
            f" {ahead[0].isoformat()}, the first time since {t.earliest.isoformat()}, the earliest bound;"
            f" so it was written on or before {ahead[0].isoformat()}",
        )
    if best:
        _bound(
            t,
            "weekday",
            best[0],
            best[1],
            f"earliest: the article dates its news {q(best[1].text)}, a day that fell on its weekday on"
            f" {best[0].isoformat()}, the first time since {t.earliest.isoformat()}, the earliest bound;"
            f" so it was written on or after {best[0].isoformat()}",
        )


_WEEKDAY_YEARS = 12  # a day of the year falls on each weekday within this many years
# A day and weekday may be of the weeks before the latest date an article gives («پنجشنبه ۱۳ مهر»
# beside «سه‌شنبه ۱۸ مهر ۱۴۰۲»): one that fits them bounds nothing.
_DAYS_BEFORE = timedelta(days=31)


def _first_on_weekday(calendar: str, month: int, day: int, weekday: int, since: date) -> date | None:
    year = from_gregorian(calendar, since)[0]
    for y in range(year, year + _WEEKDAY_YEARS):
        try:
            when = to_gregorian(calendar, y, month, day)
        except CalendarError:
            continue  # (30 Esfand of a common year, 29 February)
        if when >= since and when.weekday() == weekday:
            return when
    return None


def _lead_weekday(x: Extraction, t: ArticleTime) -> None:
    """«عصر روز پنجشنبه» in the lead, with an earliest bound from a past event or an office term:
    the reported news is not older than the background it is told against, so the article was
    written on or after the first such weekday since that bound. A weekday alone narrows nothing."""
    if t.earliest is None:
        return
    days = {
        c.value["weekday"]: c
        for c in x.claims
        if c.type == "date"
        and c.sentence[0] < _LEAD_CHARS
        and (c.value.get("relative") or {}).get("relation") == "weekday"
        and c.value.get("weekday") in _WEEKDAYS
    }
    if len(days) != 1:
        return  # two weekdays in the lead: no single news day
    ((name, c),) = days.items()
    wanted = _WEEKDAYS.index(name)
    base = t.earliest
    first = date.fromordinal(base.toordinal() + (wanted - base.weekday()) % 7)
    if first == base:
        return
    _bound(
        t,
        "weekday",
        first,
        c,
        f"earliest: the lead reports its news on {q(c.text)} ({name}); that day is not before "
        f"{base.isoformat()}, the earliest bound, so the article was written on or after {first.isoformat()}",
    )


# A day written without a year in an undated report is within this many days before the latest
# day the report may have been written, or this many after it (a day still ahead).
_YEARLESS_BEFORE = 330
_YEARLESS_AFTER = 60


def date_yearless(x: Extraction, t: ArticleTime) -> Extraction:
    """The extraction with each frame of a day written without a year ("on Monday, 20 February",
    ``value["yearless"]``) dated by the article's estimate: the one such day (on its weekday, when
    one is stated) from a little under a year before the estimate's earliest day to two months
    after its latest (with no latest, its earliest, for a day with its weekday); and the occasion
    it dates. A frame no estimate dates so, or of no occasion, is left out: nothing compares a day
    of no year."""
    if not any(f.value.get("yearless") for f in x.frames):
        return x
    days: dict[str, date | None] = {}
    frames = []
    for f in x.frames:
        yearless = f.value.get("yearless")
        if not yearless:
            frames.append(f)
            continue
        day = _day_of_estimate(t, f.value.get("calendar") or "gregorian", yearless)
        days[f.claims[0]] = day
        if f.subject.get("kind") != "event":
            continue  # (a bare day of words alone, "the committee met on Thursday, 21 September", is too loose a key)
        if day is not None:
            iso = day.isoformat()
            value = {k: v for k, v in f.value.items() if k != "yearless"}
            value.update(earliest=iso, latest=iso, iso=iso)
            if yearless.get("weekday"):
                value["weekday"] = yearless["weekday"]
            frames.append(dataclasses.replace(f, value=value))
    # (and the occasion that day dates, for linking it with the other reports')
    mentions = tuple(
        dataclasses.replace(m, earliest=day.isoformat(), latest=day.isoformat())
        if m.date and m.earliest is None and (day := days.get(m.date)) is not None
        else m
        for m in x.mentions
    )
    return dataclasses.replace(x, frames=tuple(frames), mentions=mentions)


def _weekday_near_base(t: ArticleTime) -> bool:
    """The estimate's earliest day, a weekday's first fall after the bound the article's other
    dates give, lies within a year of that bound (so the year is the bound's or the next)."""
    base = max(
        (
            date.fromisoformat(e["date"])
            for e in t.evidence
            if e["bound"] == "earliest" and e["kind"] != "weekday"
        ),
        default=None,
    )
    return base is not None and t.earliest is not None and (t.earliest - base).days <= _WEEKDAY_REACH


_WEEKDAY_REACH = 366


def _day_of_estimate(t: ArticleTime, calendar: str, yearless: dict) -> date | None:
    """The one day of the window; an estimate bounded only from below (by the weekday days it
    gives, among others) dates a day only on its stated weekday, near that bound."""
    lo, hi = t.bounds
    if lo is None or (hi is None and not yearless.get("weekday")):
        return None
    if hi is None and not _weekday_near_base(t):
        # (a weekday's first fall since a year the article recalls long past, "the worst since 1914",
        # bounds when it was written, but dates nothing: "Friday, November 19" fell on a Friday in
        # 1915 and in 2010 alike)
        return None
    hi = (hi or lo) + timedelta(days=_YEARLESS_AFTER)
    lo = lo - timedelta(days=_YEARLESS_BEFORE)
    found = []
    for year in range(from_gregorian(calendar, lo)[0], from_gregorian(calendar, hi)[0] + 1):
        try:
            day = to_gregorian(calendar, year, yearless["month"], yearless["day"])
        except CalendarError:
            continue
        if lo <= day <= hi and (
            not yearless.get("weekday") or _WEEKDAYS[day.weekday()] == yearless["weekday"]
        ):
            found.append(day)
    return found[0] if len(found) == 1 else None
