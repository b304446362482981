"""Date lexicons compiled into regexes, and the scanners for calendar dates.

Everything works on the *folded* text of a :class:`~checker.extract.base.Doc`. A scanner starts
from a cheap anchor (a month name, a run of digits, a 4-digit year) and grows the span left and
right with small anchored regexes, so the whole text is passed over by a few fast ``finditer``
calls. :mod:`checker.extract.dates` scans weekdays and relative expressions with the same
helpers and turns candidates into claims. What the words mean lives in ``rules/months``,
``rules/weekdays``, ``rules/relative`` and ``rules/calendar_cues``; nothing lexical is here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from checker.errors import RulesError
from checker.extract.base import phrase_pattern
from checker.normalize import fold
from checker.rules import Rules

# "No letter after": digits may touch a word («۱۵اکتبر»), letters may not.
NLA = r"(?![^\W\d])"
_SPACES = re.compile(r"\s+")
_TOKENS = re.compile(r"\s+|.")


def key(surface: str) -> str:
    """Lookup form of a folded phrase: spaces removed (ZWNJ is gone after folding anyway)."""
    return _SPACES.sub("", surface)


def _alt(phrases: Iterable[str] | None) -> str:
    """Like :func:`~checker.extract.base.phrase_pattern`, but as a prefix tree.

    «مهر|مه|مرداد» becomes «م(?:ه(?:ر|)|رداد)»: ``re`` then tests a handful of branches per
    position instead of every phrase, which makes the month scan about 2.5× faster. Longer
    phrases come before the empty branch, so the longest phrase wins as in ``phrase_pattern``.
    """
    root: dict[str, dict] = {}
    for phrase in {fold(p).strip() for p in phrases or () if p and p.strip()}:
        node = root
        for tok in _TOKENS.findall(phrase):
            node = node.setdefault(" " if tok.isspace() else tok, {})
        node[""] = {}
    return _emit(root) if root else phrase_pattern([], fold)


def _emit(node: dict[str, dict]) -> str:
    alts = [(r"\s*" if t == " " else re.escape(t)) + _emit(child) for t, child in sorted(node.items()) if t]
    if "" in node:
        alts.append("")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _index(pairs: Iterable[tuple[str, Any]], where: str) -> dict[str, Any]:
    """Folded-phrase → value, refusing a phrase listed with two different values."""
    out: dict[str, Any] = {}
    for phrase, value in pairs:
        k = key(fold(phrase))
        if k in out and out[k] != value:
            raise RulesError(f"phrase {phrase!r} has two meanings: {out[k]} and {value}", where)
        out[k] = value
    return out


@dataclass(frozen=True)
class Relative:
    """One entry of ``rules/relative/<lang>.yaml``."""

    relation: str
    unit: str
    offset: int
    blocked_after: re.Pattern[str] | None
    blocked_before: re.Pattern[str] | None


@dataclass
class Cand:
    """A candidate date expression on folded text, before validation."""

    start: int
    end: int
    kind: str  # month | numeric | year | relative | weekday
    calendar: str = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relation: str | None = None
    offset: tuple[str, int] | None = None
    rule: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateLexicon:
    """Compiled date tables and regexes for one language."""

    lang: str
    months: dict[str, tuple[str, int]]
    ambiguous_months: frozenset[str]
    need_capital: bool
    weekdays: dict[str, int]
    ambiguous_weekdays: frozenset[str]
    modifiers: dict[str, str]
    eras: dict[str, str]
    markers: dict[str, str]
    relatives: dict[str, Relative]
    year_ranges: dict[str, tuple[int, int]]
    numeric_ranges: dict[str, tuple[int, int]]
    month_day: bool
    day_words: dict[str, int]
    rx: dict[str, re.Pattern[str]]
    year_calendar: str = "gregorian"  # the calendar «سال آینده» counts in
    after_day_only: frozenset[str] = frozenset()  # «سنبله», «میزان»: a month only after a day


_CACHE: dict[tuple[int, str], tuple[Rules, DateLexicon]] = {}
RANGE_GAP = 12  # characters between the two years of a range, its link word included


def lexicon(rules: Rules, lang: str) -> DateLexicon:
    """The compiled lexicon for ``lang``, built once per Rules object."""
    hit = _CACHE.get((id(rules), lang))
    if hit is None or hit[0] is not rules:
        hit = (rules, _build(rules, lang))
        _CACHE[(id(rules), lang)] = hit
    return hit[1]


def _build(rules: Rules, lang: str) -> DateLexicon:
    mo, wk = rules.lang("months", lang), rules.lang("weekdays", lang)
    cue, rel = rules.lang("calendar_cues", lang), rules.lang("relative", lang)
    mods = wk.get("modifiers", {})
    month_pairs = [
        (p, (cal, int(n)))
        for cal, table in mo.get("calendars", {}).items()
        for n, ps in table.items()
        for p in ps
    ]
    weekday_pairs = [(p, int(n)) for n, ps in wk.get("weekdays", {}).items() for p in ps]
    return DateLexicon(
        lang=lang,
        months=_index(month_pairs, f"rules/months/{lang}.yaml"),
        ambiguous_months=frozenset(key(fold(p)) for p in mo.get("ambiguous", [])),
        need_capital=bool(mo.get("ambiguous_need_capital")),
        weekdays=_index(weekday_pairs, f"rules/weekdays/{lang}.yaml"),
        ambiguous_weekdays=frozenset(key(fold(p)) for p in wk.get("ambiguous", [])),
        modifiers=_index([(p, k) for k in ("past", "future") for p in mods.get(k, [])], "weekdays"),
        eras=_index([(p, c) for c, ps in cue.get("eras", {}).items() for p in ps], "calendar_cues"),
        markers=_index([(p, k) for k, ps in cue.get("markers", {}).items() for p in ps], "calendar_cues"),
        relatives=_relatives(rel.get("relative", {}), lang),
        year_ranges={c: (r[0], r[1]) for c, r in cue.get("year_ranges", {}).items()},
        numeric_ranges={c: (r[0], r[1]) for c, r in cue.get("numeric_year_ranges", {}).items()},
        month_day=bool(mo.get("month_day")),
        day_words={key(fold(w)): int(d) for w, d in mo.get("day_words", {}).items()},
        rx=_regexes(mo, wk, cue, rel.get("relative", {}), _counted_nouns(rules, lang)),
        year_calendar=rel.get("year_calendar", "gregorian"),
        after_day_only=frozenset(key(fold(p)) for p in mo.get("after_day_only", [])),
    )


def _relatives(entries: dict[str, Any], lang: str) -> dict[str, Relative]:
    pairs = []
    for rid, e in entries.items():
        unit = next(u for u in ("days", "weeks", "months", "years") if u in e)
        after = re.compile(rf"\s*(?:{_alt(e['not_before'])}){NLA}") if e.get("not_before") else None
        before = re.compile(rf"(?:{_alt(e['not_after'])})\s*\Z") if e.get("not_after") else None
        entry = Relative(rid, unit, int(e[unit]), after, before)
        pairs.extend((p, entry) for p in e["phrases"])
    return _index(pairs, f"rules/relative/{lang}.yaml")


def _counted_nouns(rules: Rules, lang: str) -> list[str]:
    """The nouns and measure words a number counts (``rules/units``): «نفر», "people", "dollars"."""
    units = rules.lang("units", lang).get("units") or {}
    return [p for u in units.values() for p in u.get("phrases") or []]


def _regexes(mo: dict, wk: dict, cue: dict, rel: dict, counted: list[str]) -> dict[str, re.Pattern[str]]:
    months = _alt(p for t in mo.get("calendars", {}).values() for ps in t.values() for p in ps)
    wd = _alt(p for ps in wk.get("weekdays", {}).values() for p in ps)
    mods = wk.get("modifiers", {})
    mod_alt = _alt(mods.get("past", []) + mods.get("future", []))
    mod_before, mod_after = (mod_alt, _alt([])) if mods.get("position") == "before" else (_alt([]), mod_alt)
    era = _alt(p for ps in cue.get("eras", {}).values() for p in ps)
    ynoun, suf = _alt(cue.get("year_nouns")), _alt(mo.get("day_suffixes"))
    mwords = mo.get("month_words", {})
    # «اول ژوئن», «الأول من يونيو»: a word for the day, linked like a number
    dwords = _alt(mo.get("day_words", {}))
    lead = (
        rf"(?:(?:{_alt(wk.get('prefixes'))})\s+){{0,2}}(?P<wd>{wd})\s*[,،]?\s*"
        rf"(?:(?:{_alt(wk.get('date_links'))})\s+)?"
    )
    year = (
        rf"(?:\s*[,،]?\s*(?:(?:{_alt(mo.get('year_links'))})\s+)?(?:(?:{ynoun})\s*)?"
        rf"(?P<y>\d{{4}})(?!\d)(?:\s*(?P<era>{era}){NLA})?)?"
    )
    src = {
        "month": rf"(?P<m>{months})(?:\s*(?:{_alt(mwords.get('after'))}))?{NLA}",
        "month_left": rf"(?:{lead})?(?:(?:(?P<d>\d{{1,2}})(?:{suf})?|(?P<dw>{dwords}){NLA})\s*"
        rf"(?:(?:{_alt(mo.get('day_links'))})\s*)?)?"
        rf"(?:(?:{_alt(mwords.get('before'))})\s*)?\Z",
        "month_right": rf"(?:\s+(?P<d2>\d{{1,2}})(?:{suf})?(?!\d))?{year}",
        "month_right_noday": year,
        # «21 مارس/آذار 2023», «۲۱ مارس (آذار) ۲۰۲۳»: one month in two naming traditions.
        "month_twin": rf"\s*[/(]\s*(?P<m2>{months})(?:\s*\))?",
        "month_word_left": rf"(?:{_alt(mwords.get('before'))})\s*\Z",
        "alone_left": rf"(?:{_alt(mo.get('alone_after'))})\s*(?:(?:{_alt(mwords.get('before'))})\s*)?\Z",
        "month_blocked": rf"\s*(?:{_alt(mo.get('not_before'))}){NLA}",
        "numeric": r"(?P<n1>\d{1,4})(?P<sep>[./-])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{1,4})(?!\d|[./-]\d)"
        rf"(?:\s*(?P<era>{era}){NLA})?",
        "lead": rf"{lead}\Z",
        # Not the year of 2024/10 or 2024-10-15, but «۲۰۲۴-۲۰۲۵» still starts with a year.
        "year": rf"\d{{4}}(?!\d|[./-]\d{{1,2}}(?!\d))(?:\s*(?P<era>{era}){NLA})?",
        "year_left": rf"(?:(?P<yn>{ynoun})\s*|(?P<prep>{_alt(cue.get('year_prepositions'))})\s+)\Z",
        # A preposition that makes a bare number a year only when a stop or a link follows it
        # ("the forecast for 2025, …"; "for 2000 tents" is a count).
        "year_left_stop": _or_never(cue.get("year_prepositions_before_stop"), r"(?<!\w)(?:{})\s+\Z"),
        # A counted noun right after a number a preposition cued, or after the range it opens: a
        # count, no year ("attended by 2000 people", «از ۱۵۰۰ تا ۲۰۰۰ نفر», «تا ۲۰۰۰ دلار»).
        "year_counted": _or_never(
            counted, rf"(?:\s*(?:{_alt(cue.get('year_range_links'))})\s*\d{{4}})?\s*(?:{{}}){NLA}"
        ),
        # A bare number opening a range of years: the word before it, and the link and year after.
        "range_first_left": _or_never(
            (cue.get("year_range_opens") or []) + (cue.get("year_range_from") or []), r"(?<!\w)(?:{})\s+\Z"
        ),
        "range_second": rf"\s*(?:{_alt(cue.get('year_range_links'))})\s*(?P<y2>\d{{4}})(?!\d)",
        # "since", «منذ»: what follows it has begun by the time of the report
        "since_past": _or_never(cue.get("since_past"), r"(?<!\w)(?:{})\s+\Z"),
        "year_left_firm": _or_never(cue.get("year_prepositions_firm"), r"(?<!\w)(?:{})\s+\Z"),
        "year_stop": rf"\s*(?:[.,;:)!?،؛]|\Z|(?:{_alt(cue.get('year_range_links'))})(?!\w))",
        # The second year of a range, right after the first ("from 2001 to 2006", «بين عامي 2001 و2006»).
        "year_range": rf"\s*(?:{_alt(cue.get('year_range_links'))})\s*\Z",
        # … but a pair joined by "and" is a range only after "between" ("in 2018 and 2019": two years).
        "year_pair": _or_never(cue.get("year_pair_links"), r"\s*(?:{})\s*\Z"),
        "range_open": _or_never(cue.get("year_range_opens"), r"(?<!\w)(?:{})\s+(?:\S+\s+)?\Z"),
        "decade_left": _or_never(cue.get("decade_words"), r"(?<!\w)(?:{})\s*\Z"),
        "decade_right": _or_never(cue.get("decade_suffixes"), r"(?:{})(?!\w)"),
        "same_year": _or_never(cue.get("same_year"), r"(?<!\w)(?:{})(?!\w)"),
        # One day in two calendars, between the two dates: «… 1444 هـ الموافق», ", corresponding to".
        # (the second day in round or square brackets: «۳ شهریور (۲۵ اوت)», «۳ شهریور [۲۵ اوت]»)
        "twin": rf"[\s,،/(\[-]*(?:{_alt(cue.get('twin_links'))})?[\s,،/(\[:-]*\Z",
        "weekday": rf"(?:{wd}){NLA}",
        "weekday_left": rf"(?:(?P<mod>{mod_before})\s+)?(?:(?:{_alt(wk.get('prefixes'))})\s+){{0,2}}\Z",
        "weekday_right": rf"(?:\s+(?:{_alt(wk.get('suffixes'))}){NLA})?(?:\s+(?P<mod>{mod_after}){NLA})?",
        "weekday_blocked": rf"(?:{_alt(wk.get('not_after'))})\s*\Z",
        # a word of what is to come before (or, verb last, after) a bare weekday in its clause
        "to_come_before": _or_never(wk.get("to_come_before"), r"(?<!\w)(?:{})(?!\w)(?P<rest>[^.,;:!?،؛]*)\Z"),
        "to_come_after": _or_never(wk.get("to_come_after"), r"(?P<rest>[^.,;:!?،؛]*?)(?<!\w)(?:{})(?!\w)"),
        "relative": rf"(?:{_alt(p for e in rel.values() for p in e['phrases'])}){NLA}",
        "marker": rf"(?:{_alt(p for ps in cue.get('markers', {}).values() for p in ps)})\s*\Z",
    }
    return {name: re.compile(pattern) for name, pattern in src.items()}


def _or_never(phrases: list[str] | None, template: str) -> str:
    """``template`` with the phrases' alternation in its ``{}``, or a pattern that never matches
    when a language lists none."""
    return template.replace("{}", _alt(phrases)) if phrases else r"(?!x)x"


def starts_token(text: str, i: int) -> bool:
    """Whether a match may start at ``i``: a number not inside a number, a word not inside a word.

    A digit may follow a letter because Persian and Arabic glue «و», «ب» to numbers («و20 أيار»).
    """
    if i == 0:
        return True
    prev = text[i - 1]
    if text[i].isdigit():
        return not prev.isdigit()
    return not (prev.isalpha() or prev == "_")


def iter_words(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer`` keeping only matches with no letter right before them.

    The check is done here rather than by a leading lookbehind, which would stop ``re`` from
    skipping ahead to the characters a match can start with (about 3× slower).
    """
    pos, end = 0, len(text)
    while pos <= end:
        m = rx.search(text, pos)
        if m is None:
            return
        s = m.start()
        if not starts_token(text, s):
            pos = s + 1
            continue
        yield m
        pos = max(m.end(), s + 1)


def search_end(rx: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The leftmost match of ``rx`` (anchored with ``\\Z``) in ``text[lo:hi]`` that starts a word."""
    pos = max(lo, 0)
    while pos <= hi:
        m = rx.search(text, pos, hi)
        if m is None:
            return None
        s = m.start()
        if s == hi or starts_token(text, s):
            return m
        pos = s + 1
    return None


def _calendar_for(year: int, ranges: dict[str, tuple[int, int]]) -> str | None:
    return next((cal for cal, (lo, hi) in ranges.items() if lo <= year <= hi), None)


def scan_months(text: str, lex: DateLexicon, capital_at: Callable[[int], bool]) -> Iterator[Cand]:
    """Dates written with a month name: «۲۳ مهر ۱۴۰۴», «مهرماه ۱۴۰۴», "October 15, 2025".

    ``capital_at(i)`` tells whether folded index ``i`` is a capital letter in the original.
    """
    rx = lex.rx
    for m in iter_words(rx["month"], text):
        k = key(m.group("m"))
        cal, month = lex.months[k]
        ms = m.start("m")
        if k in lex.ambiguous_months and (
            (lex.need_capital and not capital_at(ms)) or rx["month_blocked"].match(text, m.end("m"))
        ):
            continue
        left = search_end(rx["month_left"], text, ms - 80, ms)
        day = int(left["d"]) if left and left["d"] else None
        if left and left["dw"]:
            day = lex.day_words[key(left["dw"])]
        after_day = day is None and lex.month_day
        right = (rx["month_right"] if after_day else rx["month_right_noday"]).match(text, m.end())
        twin = rx["month_twin"].match(text, m.end()) if not right.group() else None
        if twin is not None and lex.months[key(twin["m2"])][1] == month:
            right = (rx["month_right"] if after_day else rx["month_right_noday"]).match(text, twin.end())
        if day is None and right.groupdict().get("d2"):
            day = int(right["d2"])
        if day is None and k in lex.after_day_only:
            continue
        year = int(right["y"]) if right["y"] else None
        if day is None and year is None:
            if twin is not None and lex.months[key(twin["m2"])][1] == month:
                # «مارس/آذار»: a month with its other name is a month, whatever else «مارس» means
                yield Cand(ms, twin.end(), "month", cal, None, month, None, None)
                continue
            alone = _alone(text, m, lex, capital_at)
            if alone is not None:
                yield Cand(alone, m.end(), "month", cal, None, month, None, None)
            continue
        if day == 0 or (day or 0) > 31:
            continue
        wd = lex.weekdays[key(left["wd"])] if left and left["wd"] else None
        start = left.start() if left else ms
        yield Cand(start, right.end(), "month", cal, year, month, day, wd)


def _alone(text: str, m: re.Match[str], lex: DateLexicon, capital_at: Callable[[int], bool]) -> int | None:
    """Where a month named with no day or year begins, when it is a date: «در فوریه», «دی ماه»,
    «في شهر يناير», "in February". It needs a month word or one of ``alone_after`` before it; an
    ambiguous name («دی», «مارس») needs the month word, and an English name its capital ("in May",
    "since March", never "they may")."""
    rx, ms = lex.rx, m.start("m")
    if lex.need_capital and not capital_at(ms):
        return None
    word = search_end(rx["month_word_left"], text, ms - 12, ms)
    if m.end() > m.end("m") or word is not None:
        return word.start() if word is not None else ms
    if key(m.group("m")) in lex.ambiguous_months and not lex.need_capital:
        return None  # «مارس» alone may be "practice"; a capitalised "March" after "in" is the month
    return ms if search_end(rx["alone_left"], text, ms - 24, ms) is not None else None


def scan_numeric(text: str, lex: DateLexicon) -> Iterator[Cand]:
    """All-digit dates: 2025-10-15, 24.12.2025, 1403/09/18, 1446/05/12 هـ."""
    for m in lex.rx["numeric"].finditer(text):
        s = m.start()
        if not starts_token(text, s) or (s > 1 and text[s - 1] in "./-" and text[s - 2].isdigit()):
            continue
        n1, n2, n3 = m["n1"], m["n2"], m["n3"]
        if len(n1) == 4 and len(n3) <= 2:
            year, first, second, kind = int(n1), int(n2), int(n3), "ymd"
        elif len(n1) <= 2 and len(n3) == 4:
            year, first, second, kind = int(n3), int(n1), int(n2), "dmy"
        else:
            continue
        era = lex.eras.get(key(m["era"])) if m["era"] else None
        cal = era or _calendar_for(year, lex.numeric_ranges)
        if cal is None:
            continue
        lead = search_end(lex.rx["lead"], text, s - 60, s)
        wd = lex.weekdays[key(lead["wd"])] if lead else None
        c = Cand(lead.start() if lead else s, m.end(), "numeric", cal, year, weekday=wd)
        if kind == "ymd":
            c.month, c.day, c.rule = first, second, "numeric_ymd"
        else:
            _order_day_month(c, first, second, lex.lang)
        yield c


def _order_day_month(c: Cand, first: int, second: int, lang: str) -> None:
    """D/M/Y, except M/D/Y in English when only that reading is valid; both valid → ``latent``."""
    dm_ok, md_ok = second <= 12 and 1 <= first <= 31, first <= 12 and 1 <= second <= 31
    if dm_ok and (lang != "en" or not md_ok or first == second):
        c.day, c.month, c.rule = first, second, "numeric_dmy"
    elif dm_ok:
        c.day, c.month, c.rule, c.flags = first, second, "numeric_dmy", ("latent",)
    elif md_ok:
        c.day, c.month, c.rule = second, first, "numeric_mdy"
        c.flags = () if lang == "en" else ("latent",)
    else:
        c.day, c.month, c.rule = first, second, "numeric_dmy"


def scan_years(text: str, lex: DateLexicon) -> Iterator[Cand]:
    """Bare years with a cue: «سال ۱۹۹۳», «۱۴۴۵ هجری قمری», «عام 2023», "in 1944", and the year
    that closes a range opened by one ("from 2001 to 2006")."""
    prev: Cand | None = None
    for m in lex.rx["year"].finditer(text):
        s = m.start()
        year = int(m.group()[:4])
        # «و2006»: the link may be glued to the year.
        ranged = (
            prev is not None
            and 0 < s - prev.end <= RANGE_GAP
            and lex.rx["year_range"].match(text, prev.end, s) is not None
            and prev.year is not None
            and prev.year < year
        )
        if not ranged and (
            not starts_token(text, s) or (s > 1 and text[s - 1] in "./-" and text[s - 2].isdigit())
        ):
            continue
        if year % 10 == 0 and (
            lex.rx["decade_right"].match(text, s + 4) or search_end(lex.rx["decade_left"], text, s - 20, s)
        ):
            continue  # "the 1960s", «دهه ۱۹۶۰»: a decade, no year
        era = lex.eras.get(key(m["era"])) if m["era"] else None
        left = search_end(lex.rx["year_left"], text, s - 30, s)
        stopped = (
            not (era or left or ranged)
            and lex.rx["year_stop"].match(text, m.end()) is not None
            and search_end(lex.rx["year_left_stop"], text, s - 30, s) is not None
        )
        if not (era or left or ranged or stopped) and not _opens_range(text, lex, s, m.end(), year):
            continue
        if (
            not (era or ranged or (left and left["yn"]))
            and lex.rx["year_counted"].match(text, m.end())
            and search_end(lex.rx["year_left_firm"], text, s - 30, s) is None
        ):
            continue
        cal = era or (prev.calendar if ranged and prev else _calendar_for(year, lex.year_ranges))
        if cal is not None:
            start = left.start() if left and left["yn"] else s
            paired = (
                ranged
                and lex.rx["year_pair"].match(text, prev.end, s) is not None
                and search_end(lex.rx["range_open"], text, prev.start - 30, prev.start) is None
            )
            prev = Cand(
                start,
                m.end(),
                "year",
                cal,
                year,
                rule="year",
                flags=("range_end",) if ranged and not paired else (),
            )
            yield prev


def _opens_range(text: str, lex: DateLexicon, s: int, e: int, year: int) -> bool:
    """A bare number that opens a range of years: after a range word ("between", «از», «بين») and
    before a link and a later year of the same century («از ۲۰۰۱ تا ۲۰۰۶», "between 2001 and
    2006"), with no counted noun after the pair ("between 1500 and 2000 people" is a count)."""
    right = lex.rx["range_second"].match(text, e)
    if right is None or search_end(lex.rx["range_first_left"], text, s - 30, s) is None:
        return False
    later = int(right["y2"])
    return year < later <= year + _RANGE_YEARS and not lex.rx["year_counted"].match(text, e)


_RANGE_YEARS = 100


def find_marker(text: str, lex: DateLexicon, start: int) -> str | None:
    """``until`` or ``since`` when a marker word stands right before ``start``."""
    m = search_end(lex.rx["marker"], text, start - 40, start)
    if m is None or m.start() == start:
        return None
    return lex.markers.get(key(m.group()))
