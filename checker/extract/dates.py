"""The date extractor: dates in the Gregorian, Jalali and Hijri calendars, in fa, ar and en.

It finds day-month-year dates written with month names («۱۵ اکتبر ۲۰۲۵», «۲۳ مهر ۱۴۰۴»,
«8 كانون الأول 2024», "October 15, 2025"), all-digit dates (24.12.2025, 1403/09/18), bare years
with a cue («در سال ۱۹۴۴», «عام 2023», "in 1944"), weekdays and relative expressions («دیروز»,
«العام الماضي», "last year"). Each becomes a ``date`` claim whose value is::

    {"iso": "2025-10-15" | "2025-10" | "1944" | None,  # Gregorian, truncated to the precision
     "precision": "day" | "month" | "year",
     "earliest": "YYYY-MM-DD" | None, "latest": "YYYY-MM-DD" | None,
     "calendar": "gregorian" | "jalali" | "hijri",
     "original": {"year": 1404, "month": 7, "day": 23},  # as written; absent parts omitted
     "weekday": "sunday" | None, "weekday_ok": True | False | None,
     "relative": None | {"relation": "yesterday", "resolved": True, "anchor": "2025-10-15"},
     "marker": None | "until" | "since"}

``iso`` is set only where the date is exactly one Gregorian day, month or year: a Jalali or
Hijri month or year («مهرماه ۱۴۰۴», «سال ۱۴۰۳») straddles Gregorian ones, so its ``iso`` is
``None`` and ``earliest``/``latest`` carry its span. A Hijri date is widened by one day each way.
A relative week ("last week") is a 13-day window with ``iso`` ``None``: any week (Saturday-,
Sunday- or Monday-based) before the reference date falls inside it.

Problems are diagnostics, never a silent ``None``: W201 impossible date (31 Mehr), W202 Hijri
outside 1343-1500, W204 relative dates without a reference date, W205 weekday mismatch.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from checker import calendars
from checker.calendars import CalendarDateError, CalendarRangeError, gregorian
from checker.errors import CATALOGUE
from checker.extract import date_patterns as dp
from checker.extract.base import Doc, dated_line
from checker.extract.lexicon import phrases_rx
from checker.model import WEEKDAY_IDS, Claim
from checker.normalize import fold
from checker.rules import Rules

# Years a written date may plausibly carry; «۲۳ مهر ۲۰۲۵» mixes a Jalali month with a Gregorian year.
PLAUSIBLE_YEARS = {"gregorian": (1000, 2199), "jalali": (1000, 1599), "hijri": (1000, 1599)}
_UNIT_PRECISION = {"days": "day", "weeks": "day", "months": "month", "years": "year"}

Result = tuple[dict[str, Any], tuple[str, ...]] | None


_NEXT_WORD = re.compile(r"\s*(\w+)")


def extract_dates(doc: Doc, rules: Rules) -> list[Claim]:
    """Date claims of ``doc``, sorted by start; problems go to ``doc.diagnostics``.

    Args:
        doc: the prepared article; ``doc.lang`` picks the lexicons («آذر» is Jalali month 9 in
            Persian, «آذار» is March in Arabic).
        rules: the loaded rules (``months``, ``weekdays``, ``relative``, ``calendar_cues``).
    """
    lex = dp.lexicon(rules, doc.lang)
    text = doc.text
    cands = [
        *dp.scan_months(text, lex, lambda i: _is_capital(doc, i)),
        *dp.scan_numeric(text, lex),
        *dp.scan_years(text, lex),
        *_scan_relative(text, lex),
        *_scan_weekdays(text, lex),
    ]
    claims: list[Claim] = []
    unresolved: list[str] = []
    prev: dp.Cand | None = None
    # ("in June this year", «در خرداد امسال», "in March last year": the month of that year)
    years_after = {
        r.start: _YEAR_OF[r.relation] for r in cands if r.kind == "relative" and r.relation in _YEAR_OF
    }
    for c in _non_overlapping(cands):
        if c.kind == "month" and c.year is None and c.day is None:
            gap = _YEAR_AFTER_MONTH.match(text, c.end)
            if gap is not None and gap.end() in years_after:
                c.flags = (*c.flags, f"year_offset:{years_after[gap.end()]}")
        if c.kind == "month" and c.year is None and _NEXT_WORD.match(text, c.end):
            # «23 مارس الماضي», «۴ اسفند گذشته»: a day without its year, said to be past (or to
            # come); «في أبريل/نيسان الماضي» a month
            after = _NEXT_WORD.match(text, c.end)
            tense = lex.modifiers.get(dp.key(after.group(1))) if after else None
            if tense:
                c.flags = (*c.flags, tense)
        if (
            "past" not in c.flags
            and c.kind == "month"
            and c.year is None
            and c.day is None
            and dp.search_end(lex.rx["since_past"], text, c.start - 20, c.start)
        ):
            c.flags = (*c.flags, "past")  # "its strongest level since January": a month begun already
        result = _resolve(doc, c)
        if result is None:
            continue
        value, flags = result
        # The year closing a range ("from 2001 to 2006") is an "until" of its own.
        value["marker"] = dp.find_marker(text, lex, c.start) or ("until" if "range_end" in flags else None)
        if "range_end" in flags:
            value["range"] = "end"
            if claims:  # «بين عامي 2001 و2006»: the range's first year is a start
                claims[-1].value["range"] = "start"
                claims[-1].value["marker"] = claims[-1].value.get("marker") or "since"
        if claims and _day_range(text, lex, prev, c, claims[-1].value, value):
            # "from April 19 to June 1", «از ۱۹ آوریل تا اول ژوئن»: a period, neither end an occasion's day
            claims[-1].value["range"], value["range"] = "start", "end"
            value["marker"] = value["marker"] or "until"
        _two_days(text, c, value, prev)
        claim = _claim(doc, c, value, flags)
        if value["relative"] is not None and not value["relative"]["resolved"]:
            unresolved.append(claim.text)
        claims.append(claim)
        prev = c
    _twin_weekdays(doc, lex, claims)
    claims = _same_years(doc, lex, claims)
    # ("SEOUL, Dec. 14 —": when the dispatch was filed, no date of what it tells)
    claims = [replace(c, flags=(*c.flags, "dateline")) if dated_line(doc, c) else c for c in claims]
    if unresolved:
        shown = ", ".join(f"\u2068{s}\u2069" for s in unresolved[:5])
        doc.diag("W204", f"{CATALOGUE['W204']}: {len(unresolved)} left unresolved ({shown})")
    return claims


def _same_years(doc: Doc, lex: dp.DateLexicon, claims: list[Claim]) -> list[Claim]:
    """«… بحلول عام ٢٠٣٠ … بحلول العام نفسه», "later that year": the year named last, again."""
    n, out = doc.norm, list(claims)
    for m in lex.rx["same_year"].finditer(doc.text):
        o = n.orig_index(m.start())
        # (the year written last: not one guessed for a month alone, "in February of that year")
        last = max(
            (c for c in claims if c.end <= o and c.value.get("earliest") and "year_inferred" not in c.flags),
            key=lambda c: c.start,
            default=None,
        )
        if last is None or any(c.start <= o < c.end for c in claims):
            continue
        year = int(last.value["earliest"][:4])
        span = (date(year, 1, 1), date(year, 12, 31))
        value = _value(str(year), "year", span, "gregorian", {})
        out.append(doc.claim("date", m.start(), m.end(), value, f"date.{doc.lang}.same_year", key="date"))
        # "in February of that year": the month alone right before is of that year too; so is a
        # day («در ۴ آوریل همان سال», "on April 4 of that year")
        guessed = next(
            (
                c
                for c in out
                if "year_inferred" in c.flags
                and c.value.get("precision") in ("month", "day")
                and c.value.get("calendar") == "gregorian"
                and 0 <= o - c.end <= _OF_GAP
            ),
            None,
        )
        if guessed is not None and guessed.value.get("precision") == "day":
            written = guessed.value.get("original") or {}
            try:
                day = (
                    date(year, written["month"], written["day"])
                    if written.get("month") and written.get("day")
                    else None
                )
            except ValueError:
                day = None  # (29 February of a common year)
            if day is not None:
                fixed = {
                    **guessed.value,
                    "iso": day.isoformat(),
                    "earliest": day.isoformat(),
                    "latest": day.isoformat(),
                }
                out[out.index(guessed)] = replace(
                    guessed, value=fixed, flags=tuple(f for f in guessed.flags if f != "year_inferred")
                )
        elif guessed is not None:
            k = int(guessed.value["earliest"][5:7])
            mspan = calendars.month_span("gregorian", year, k)
            fixed = _value(
                f"{year:04d}-{k:02d}", "month", mspan, "gregorian", guessed.value.get("original") or {}
            )
            out[out.index(guessed)] = replace(
                guessed, value=fixed, flags=tuple(f for f in guessed.flags if f != "year_inferred")
            )
    return sorted(out, key=lambda c: (c.start, c.end))


_OF_GAP = 5  # characters between a month and "that year" after it: " of "


def _twin_weekdays(doc: Doc, lex: dp.DateLexicon, claims: list[Claim]) -> None:
    """One day written in two calendars, the weekday before the first: «الخميس 3 ربيع الأول
    الموافق 29 سبتمبر» — the Gregorian date is a Thursday as stated too. And the word before the
    first says what the second is as well: «تا ۱۵ دی ۱۴۰۳ (۴ ژانویه ۲۰۲۵)», until both."""
    n = doc.norm
    for a, b in pairwise(claims):
        va, vb = a.value, b.value
        if (
            vb.get("precision") != "day"
            or va.get("iso") is None
            or va.get("iso") != vb.get("iso")
            or not lex.rx["twin"].fullmatch(doc.text, n.norm_index(a.end), n.norm_index(b.start))
        ):
            continue
        if va.get("weekday") is not None and va.get("weekday_ok") and vb.get("weekday") is None:
            vb["weekday"], vb["weekday_ok"] = va["weekday"], True
        if va.get("marker") and not vb.get("marker") and not va.get("range"):
            vb["marker"] = va["marker"]


def _claim(doc: Doc, c: dp.Cand, value: dict[str, Any], flags: tuple[str, ...]) -> Claim:
    claim = doc.claim("date", c.start, c.end, value, f"date.{doc.lang}.{c.rule}", key="date", flags=flags)
    end = _orig_span(doc, c)[1]
    if end == claim.end:
        return claim
    text = doc.article.text[claim.start : end]
    return replace(claim, end=end, text=text, id=f"{claim.article}:date:{claim.start}-{end}")


def _orig_span(doc: Doc, c: dp.Cand) -> tuple[int, int]:
    """Original span of a candidate, its end moved over marks the fold deleted.

    ``NormText.orig_span`` ends after the last *kept* character, which would cut the final
    hamza, tatweel or tanween off the quoted surface («الأربعاء», «هـ», «غداً»).
    """
    start, end = doc.norm.orig_span(c.start, c.end)
    original, limit = doc.article.text, doc.norm.orig_index(c.end)
    while end < limit and unicodedata.category(original[end]) in ("Mn", "Lm", "Lo"):
        end += 1
    return start, end


def _is_capital(doc: Doc, i: int) -> bool:
    return doc.article.text[doc.norm.orig_index(i)].isupper()


def _non_overlapping(cands: list[dp.Cand]) -> list[dp.Cand]:
    """Longest candidates first; a shorter one overlapping a kept one is dropped. Sorted by start.

    The characters kept candidates cover are marked in one byte array, so each test costs the
    candidate's length (a sorted list with insertions was quadratic on a text dense with dates)."""
    if not cands:
        return []
    taken = bytearray(max(c.end for c in cands) + 1)
    kept: list[dp.Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if taken.find(1, c.start, max(c.end, c.start + 1)) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _value(iso: str | None, precision: str, span: tuple[date, date] | None, calendar: str,
           original: dict[str, int], **extra: Any) -> dict[str, Any]:  # fmt: skip
    weekday = extra.get("weekday")
    return {
        "iso": iso,
        "precision": precision,
        "earliest": span[0].isoformat() if span else None,
        "latest": span[1].isoformat() if span else None,
        "calendar": calendar,
        "original": original,
        "weekday": WEEKDAY_IDS[weekday - 1] if weekday else None,
        "weekday_ok": extra.get("weekday_ok"),
        "relative": extra.get("relative"),
        "marker": None,
    }


def _reject(doc: Doc, c: dp.Cand, code: str, reason: str) -> None:
    surface = doc.article.text[slice(*_orig_span(doc, c))]
    doc.diag(code, f"{CATALOGUE[code]}: \u2068{surface}\u2069 ({reason})")


def _day_range(
    text: str, lex: dp.DateLexicon, prev: dp.Cand | None, c: dp.Cand, first: dict, second: dict
) -> bool:
    """Two dates of a month or a day that open and close one period: a range link between them
    ("to", «تا», «إلى»: the calendar cues' ``year_range_links``), a one-letter link glued to the
    second («بين 19 أبريل والأول من يونيو»), or a "from" before the first with an "until" before
    the second."""
    if prev is None or not 0 < c.start - prev.end <= dp.RANGE_GAP:
        return False
    if first.get("precision") not in ("day", "month") or second.get("precision") not in ("day", "month"):
        return False
    if (
        first.get("relative")
        or second.get("relative")
        or not (first.get("earliest") and second.get("earliest"))
    ):
        return False
    if first["earliest"] >= second["earliest"]:
        return False
    return (
        lex.rx["year_range"].match(text, prev.end, c.start) is not None
        # a one-letter link glued to the second date («والأول من يونيو»)
        or (not text[prev.end : c.start].strip() and lex.rx["year_range"].match(text, prev.end, c.start + 1))
        or (first.get("marker") == "since" and second.get("marker") == "until")
    )


# "23 and 24 June", «۲ و ۳ تیر», «يومي 23 و24 يونيو»: a day before a date's own, of its month
_FIRST_DAY = re.compile(r"(?<![\d.,/:٫])(\d{1,2})\s*(?:و|and|-|–)\s*\Z")
# "June 23-24": a day after a date's own, of its month
_LAST_DAY = re.compile(r"\s*[-–]\s*(\d{1,2})(?!\d|[.,٫]\d|[/:%])")


def _two_days(text: str, c: dp.Cand, value: dict[str, Any], prev: dp.Cand | None) -> None:
    """A date written with the day before or after it in one month ("June 23-24", «۲ و ۳ تیر»,
    «23 و24 يونيو») spans both days: the candidate and its value widen to them (a report that gives
    the first day alone agrees with it, one that gives a third does not). A day that ends the
    date before (``prev``: "on Jan. 6 and Jan. 13") is that date's."""
    if c.kind != "month" or not c.day or value.get("precision") != "day" or value.get("relative"):
        return
    if not (value.get("earliest") and value.get("latest")):
        return
    before = _FIRST_DAY.search(text, max(0, c.start - 8), c.start)
    if before and 0 < int(before.group(1)) < c.day and (prev is None or prev.end <= before.start(1)):
        start = date.fromisoformat(value["earliest"]) - timedelta(days=c.day - int(before.group(1)))
        value["earliest"], c.start = start.isoformat(), before.start(1)
        return
    after = _LAST_DAY.match(text, c.end)
    if after and c.day < int(after.group(1)) <= _MONTH_DAYS:
        end = date.fromisoformat(value["latest"]) + timedelta(days=int(after.group(1)) - c.day)
        value["latest"], c.end = end.isoformat(), after.end()


_MONTH_DAYS = 31


def _resolve(doc: Doc, c: dp.Cand) -> Result:
    if c.kind in ("relative", "weekday"):
        try:
            return _relative(doc, c) if c.kind == "relative" else _weekday(doc, c)
        except (OverflowError, CalendarRangeError) as exc:
            # «فردا» in an article published 9999-12-31: past what a date can hold.
            ref = doc.reference_date.isoformat() if doc.reference_date else "?"
            _reject(doc, c, "W208", f"counted from {ref}: {exc}")
            return None
    if c.kind == "month":
        if c.year is None:
            c.rule = "day_month" if c.day else "month"
        else:
            c.rule = "day_month_year" if c.day else "month_year"
    try:
        return _calendar_date(doc, c)
    except CalendarRangeError as exc:
        _reject(doc, c, "W202", str(exc))
    except CalendarDateError as exc:
        _reject(doc, c, "W201", str(exc))
    return None


def _calendar_date(doc: Doc, c: dp.Cand) -> Result:
    """A date in its own calendar → its Gregorian interval (raises CalendarError)."""
    cal = c.calendar
    original = {k: v for k, v in (("year", c.year), ("month", c.month), ("day", c.day)) if v is not None}
    if c.year is None:
        return _without_year(doc, c, original)
    lo_year, hi_year = PLAUSIBLE_YEARS[cal]
    if not lo_year <= c.year <= hi_year:
        raise CalendarDateError(f"year {c.year} is not plausible in the {cal} calendar")
    if c.day is not None and c.month is not None:
        day = calendars.to_gregorian(cal, c.year, c.month, c.day)
        return _day_value(doc, c, day, original, c.flags)
    if c.month is not None:
        span, iso = calendars.month_span(cal, c.year, c.month), f"{c.year:04d}-{c.month:02d}"
        precision = "month"
    else:
        span, iso, precision = calendars.year_span(cal, c.year), f"{c.year:04d}", "year"
    return _value(iso if cal == "gregorian" else None, precision, _widen(cal, span), cal, original), c.flags


def _widen(cal: str, span: tuple[date, date]) -> tuple[date, date]:
    u = timedelta(days=calendars.uncertainty_days(cal))
    return span[0] - u, span[1] + u


def _day_value(doc: Doc, c: dp.Cand, day: date, original: dict[str, int], flags: tuple[str, ...]) -> Result:
    ok = None
    span = _widen(c.calendar, (day, day))
    if c.weekday is not None:
        u = calendars.uncertainty_days(c.calendar)
        fits = [
            day + timedelta(days=k)
            for k in range(-u, u + 1)
            if (day + timedelta(days=k)).isoweekday() == c.weekday
        ]
        ok = bool(fits)
        if not ok:
            _reject(doc, c, "W205", f"{day.isoformat()} is a {WEEKDAY_IDS[day.isoweekday() - 1]}")
        elif u:
            # A lunar day whose stated weekday fits one day of its slack is that day: «الاثنين ٢٣
            # صفر ١٤٤٤» is Monday 19 September, not the Sunday or Tuesday beside it.
            span = (fits[0], fits[-1])
            day = min(fits, key=lambda d: abs((d - day).days))
    value = _value(day.isoformat(), "day", span, c.calendar, original, weekday=c.weekday, weekday_ok=ok)
    return value, flags


def _without_year(doc: Doc, c: dp.Cand, original: dict[str, int]) -> Result:
    """«۲۳ مهر»: the year nearest the reference date, else the day stays without a year."""
    assert c.month is not None
    if c.day is None:
        return _month_alone(doc, c, original)
    if c.day > calendars.max_month_days(c.calendar, c.month):
        raise CalendarDateError(f"month {c.month} never has {c.day} days in the {c.calendar} calendar")
    ref = doc.reference_date
    best = _nearest_year(c.calendar, c.month, c.day, ref, _tense(c), c.weekday) if ref else None
    if best is not None:
        return _day_value(doc, c, best, original, (*c.flags, "year_inferred"))
    if ref is not None and c.calendar != "hijri":
        raise CalendarDateError(f"no year near {ref.isoformat()} has this day")
    value = _value(None, "day", None, c.calendar, original, weekday=c.weekday)
    return value, (*c.flags, "year_missing")


def a_year_earlier(c: Claim, ref: date, slip_days: int | None = None) -> dict[str, Any] | None:
    """The value of a day (or a month named alone) whose year was guessed as the nearest to the
    publication ``ref`` (here a day to come, months ahead) read as the same day of the year before:
    a past verb tells of it («ماسک در ۵ اردیبهشت … موافقت کرده بود» in a report of October, the April
    before). None for
    a day whose year is written, whose weekday is stated (the guess weighed it), or which lies
    near enough to be a slip of the report (IN04)."""
    v = c.value
    o = v.get("original") or {}
    if "year_inferred" in c.flags and v.get("precision") == "month" and "month" in o and "day" not in o:
        return _month_a_year_earlier(v, o["month"], ref)
    if (
        "year_inferred" not in c.flags
        or v.get("precision") != "day"
        or v.get("weekday")
        or not v.get("iso")
        or "month" not in o
        or "day" not in o
    ):
        return None
    old = date.fromisoformat(v["iso"])
    if (old - ref).days <= (_SLIP_DAYS if slip_days is None else slip_days):
        return None
    day = _nearest_year(v.get("calendar") or "gregorian", o["month"], o["day"], ref, "past")
    if day is None or day > ref:
        return None
    shift = day - old
    return {
        **v,
        "iso": day.isoformat(),
        "earliest": (date.fromisoformat(v["earliest"]) + shift).isoformat(),
        "latest": (date.fromisoformat(v["latest"]) + shift).isoformat(),
    }


def told_since(doc: Doc, rules: Rules, c: Claim) -> bool:
    """A since word opens the clause the date stands in ("the first verdict since the military
    seized power on Feb. 1", «منذ أن استولى الجيش على السلطة في 1 فبراير»): what it tells happened
    before the report, so a day with a guessed year more than a month ahead is the last one before
    it (``rules/calendar_cues`` ``since_past``)."""
    words = {fold(w) for w in rules.lang("calendar_cues", doc.lang).get("since_past") or ()}
    if not words:
        return False
    a = doc.norm.norm_index(c.start)
    lo = doc.sentence_at(a)[0]
    before = doc.text[max(lo, a - _SINCE_REACH) : a]
    cut = max((m.end() for m in _SINCE_BREAK.finditer(before)), default=0)
    tokens = before[cut:].split()
    return any(w in words for w in tokens[-_SINCE_WORDS:])


# Days ahead within which a day in a since clause is still the report's slip ("since August 26" in a
# report of 7 August); further ahead it is last year's ("since … Feb. 1" in December).
SINCE_SLIP_DAYS = 31
_SINCE_REACH = 80  # characters before the date in which the since word of its clause stands
_SINCE_WORDS = 8  # words between them at most ("since the military seized power on")
_SINCE_BREAK = re.compile(r"[،,;:؛.()«»\"]")


def _month_a_year_earlier(v: dict[str, Any], month: int, ref: date) -> dict[str, Any] | None:
    """A month named alone, nearest the publication and so months ahead, told of by a past verb:
    the month of that name before the publication ("They last met in Moscow in March" in a report
    of October 2023 is March 2023)."""
    cal = v.get("calendar") or "gregorian"
    ahead = date.fromisoformat(v["earliest"]) + timedelta(days=calendars.uncertainty_days(cal))
    if (ahead - ref).days <= _MONTH_AHEAD_DAYS:
        return None
    year = calendars.from_gregorian(cal, ahead)[0] - 1
    try:
        lo, hi = _widen(cal, calendars.month_span(cal, year, month))
    except (CalendarDateError, CalendarRangeError):
        return None
    if hi > ref:
        return None
    iso = f"{year:04d}-{month:02d}" if cal == "gregorian" else None
    return {**v, "iso": iso, "earliest": lo.isoformat(), "latest": hi.isoformat()}


# Days ahead of the publication within which a past day with a guessed year is the report's slip;
# further ahead, last year's day was meant.
_SLIP_DAYS = 90
# A month named alone within two months ahead is still the coming one, whatever the verb ("had
# spoken … for the party's candidates in the May elections" in a report of March); further ahead,
# last year's ("shot down a Chinese surveillance balloon in February", in November).
_MONTH_AHEAD_DAYS = 62
# A relative year right after a month named alone («در خرداد امسال», "in June this year", "in March
# last year", «في يونيو من العام الماضي»): that year's month, whatever the nearer one.
_YEAR_OF = {"this_year": 0, "last_year": -1, "next_year": 1}
_YEAR_AFTER_MONTH = re.compile(r"\s*(?:(?:of|من)\s+)?")


def _month_alone(doc: Doc, c: dp.Cand, original: dict[str, int]) -> Result:
    """«در ماه فوریه», "in February": the month of that name nearest the reference date (its
    middle), as a month-precision date, one begun by then when told as past ("since January"); with
    no reference date, a month with no year («في يوليو» of an undated report), as a day with no
    year is: the month a figure beside it is of, though not when."""
    ref, month = doc.reference_date, c.month
    if month is None:
        return None
    if ref is None:
        return _value(None, "month", None, c.calendar, original), (*c.flags, "year_missing")
    spans = _around(c.calendar, ref, lambda y: calendars.month_span(c.calendar, y, month))
    offset = next((int(f.split(":")[1]) for f in c.flags if f.startswith("year_offset:")), None)
    if offset is not None:
        year = calendars.from_gregorian(c.calendar, ref)[0] + offset
        spans = [ys for ys in spans if ys[0] == year]
    elif _tense(c) == "past":
        spans = [ys for ys in spans if ys[1][0] <= ref]
    if not spans:
        return None
    year, span = min(spans, key=lambda ys: abs((ys[1][0] + (ys[1][1] - ys[1][0]) / 2 - ref).days))
    iso = f"{year:04d}-{c.month:02d}" if c.calendar == "gregorian" else None
    value = _value(iso, "month", _widen(c.calendar, span), c.calendar, original)
    return value, (*c.flags, "year_inferred")


def _nearest_year(
    cal: str, month: int, day: int, ref: date, tense: str | None = None, weekday: int | None = None
) -> date | None:
    """The day in the year nearest ``ref``; a ``past`` day is on or before it, a ``future`` one after.
    A stated ``weekday`` (ISO) that fits only a past year picks it over a nearer day to come:
    "Monday, March 28" in a report of December 2022 is 28 March 2022, not 2023. (A weekday that
    fits no near past day stays a slip for IN01 to show.)"""
    found = [d for _, d in _around(cal, ref, lambda y: calendars.to_gregorian(cal, y, month, day))]
    if weekday is not None and tense is None and found:
        u = calendars.uncertainty_days(cal)
        nearest = min(found, key=lambda d: abs((d - ref).days))
        fits = [
            d
            for d in found
            if d <= ref and any((d + timedelta(days=k)).isoweekday() == weekday for k in range(-u, u + 1))
        ]
        if nearest > ref and fits:
            found = fits
    if tense == "past":
        found = [d for d in found if d <= ref] or found
    elif tense == "future":
        found = [d for d in found if d >= ref] or found
    return min(found, key=lambda d: abs((d - ref).days), default=None)


def _tense(c: dp.Cand) -> str | None:
    return "past" if "past" in c.flags else "future" if "future" in c.flags else None


def _around(cal: str, ref: date, make) -> list:
    """``(year, make(year))`` for the years of ``cal`` before, at and after ``ref``'s, leaving out
    those ``make`` cannot build (a 30 Esfand in a common year, a year outside the calendar)."""
    try:
        ref_year = calendars.from_gregorian(cal, ref)[0]
    except CalendarRangeError:
        return []
    out = []
    for y in (ref_year - 1, ref_year, ref_year + 1):
        try:
            out.append((y, make(y)))
        except (CalendarDateError, CalendarRangeError):
            continue
    return out


def _scan_relative(text: str, lex: dp.DateLexicon) -> Iterator[dp.Cand]:
    """Relative expressions: «دیروز», «العام الماضي», "last year"."""
    for m in dp.iter_words(lex.rx["relative"], text):
        s, e = m.span()
        entry = lex.relatives[dp.key(m.group())]
        if entry.blocked_after is not None and entry.blocked_after.match(text, e):
            continue
        if entry.blocked_before is not None and dp.search_end(entry.blocked_before, text, s - 40, s):
            continue
        j = s - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j].isdigit():  # «۸۰ سال پیش» is a duration, not last year
            continue
        cal = lex.year_calendar if entry.unit == "years" else "gregorian"
        yield dp.Cand(
            s, e, "relative", cal, relation=entry.relation, offset=(entry.unit, entry.offset), rule="relative"
        )


def _scan_weekdays(text: str, lex: dp.DateLexicon) -> Iterator[dp.Cand]:
    """A weekday on its own: «روز پنجشنبه», «عصر پنجشنبه», «الخميس», "last Tuesday"."""
    rx = lex.rx
    for m in dp.iter_words(rx["weekday"], text):
        s, e = m.span()
        if dp.search_end(rx["weekday_blocked"], text, s - 30, s):
            continue
        left = dp.search_end(rx["weekday_left"], text, s - 60, s)
        right = rx["weekday_right"].match(text, e)
        start = left.start() if left else s
        if dp.key(m.group()) in lex.ambiguous_weekdays and start == s and right["mod"] is None:
            continue
        mod = (left and left["mod"]) or right["mod"]
        relation = {"past": "last_weekday", "future": "next_weekday"}.get(
            lex.modifiers.get(dp.key(mod or "")), "weekday"
        )
        if relation == "weekday" and _to_come(text, rx, start, right.end()):
            # ("talks will resume on Monday", «قرار است روز پنجشنبه …»: the coming one, which in a
            # report of a Monday is that day, as "next Monday" is not)
            relation = "coming_weekday"
        wd = lex.weekdays[dp.key(m.group())]
        yield dp.Cand(start, right.end(), "weekday", weekday=wd, relation=relation, rule="weekday")


def _to_come(text: str, rx: dict, s: int, e: int) -> bool:
    """A word of what is to come stands before the weekday at ``[s, e)`` in its clause, within
    ``_TO_COME_REACH`` characters, or (where the verb comes last) after it, with no «که» between."""
    before = rx["to_come_before"].search(text, max(0, s - _TO_COME_REACH), s)
    # (the words between the cue and the weekday: a cue may hold such a word itself, «من المقرر أن»)
    if before is not None and not ANOTHER_CLAUSE.search(before["rest"]):
        return True
    after = rx["to_come_after"].match(text, e, min(len(text), e + _TO_COME_REACH))
    return after is not None and not ANOTHER_CLAUSE.search(after["rest"])


_TO_COME_REACH = 60
# Words that open another clause between the cue and the weekday: "will investigate the crash that
# happened on Sunday", «روز یکشنبه گفت که … خواهد رفت».
_CLAUSE_WORDS = ("که", "أن", "الذي", "التي", "بعد", "عندما", "that", "which", "who", "after", "when", "since")
# Folded, as the text they are looked for in («أن» is «ان» there).
ANOTHER_CLAUSE = phrases_rx(_CLAUSE_WORDS, r"(?<!\w)(?:%s)(?!\w)")


def _relative(doc: Doc, c: dp.Cand) -> Result:
    """«دیروز», «العام الماضي», "next week" against the reference date."""
    assert c.offset is not None
    unit, n = c.offset
    ref = doc.reference_date
    rel = {"relation": c.relation, "resolved": ref is not None, "anchor": ref.isoformat() if ref else None}
    precision = _UNIT_PRECISION[unit]
    if ref is None:
        return _value(None, precision, None, "gregorian", {}, relative=rel), ()
    if unit == "days":
        day = ref + timedelta(days=n)
        span, iso = (day, day), day.isoformat()
    elif unit == "weeks":
        span, iso = (ref + timedelta(days=7 * n - 6), ref + timedelta(days=7 * n + 6)), None
    elif unit == "months":
        y, m0 = divmod(ref.year * 12 + ref.month - 1 + n, 12)
        span, iso = gregorian.month_span(y, m0 + 1), f"{y:04d}-{m0 + 1:02d}"
    else:
        if c.calendar != "gregorian":
            year = calendars.from_gregorian(c.calendar, ref)[0] + n
            span = calendars.year_span(c.calendar, year)
            return _value(None, precision, span, c.calendar, {"year": year}, relative=rel), ()
        span, iso = gregorian.year_span(ref.year + n), f"{ref.year + n:04d}"
    return _value(iso, precision, span, "gregorian", {}, relative=rel), ()


def _weekday(doc: Doc, c: dp.Cand) -> Result:
    """A bare weekday: the latest such day on or before the reference date (news style)."""
    assert c.weekday is not None
    ref = doc.reference_date
    rel = {"relation": c.relation, "resolved": ref is not None, "anchor": ref.isoformat() if ref else None}
    if ref is None:
        return _value(None, "day", None, "gregorian", {}, weekday=c.weekday, relative=rel), ()
    if c.relation == "next_weekday":
        day = ref + timedelta(days=(c.weekday - ref.isoweekday()) % 7 or 7)
    elif c.relation == "coming_weekday":
        day = ref + timedelta(days=(c.weekday - ref.isoweekday()) % 7)
    else:
        back = (ref.isoweekday() - c.weekday) % 7
        day = ref - timedelta(days=back or (7 if c.relation == "last_weekday" else 0))
    value = _value(day.isoformat(), "day", (day, day), "gregorian", {}, weekday=c.weekday, relative=rel)
    return value, ()
