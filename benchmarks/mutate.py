"""Mutations of the benchmark stories: contradictions to find and meaning-preserving edits to ignore.

Each mutation is a whole copy of one story's corpus with one change:

* a *contradiction* changes one anchor (a fact stated in two or more articles, from the gold file)
  in one article: a swapped person or place, a changed year, date (in the anchor's own calendar and
  digit script, weekday recomputed), count, magnitude, percentage or amount, an exact figure made an
  incompatible hedge, or a hedged figure made an incompatible exact one. Expected: a conflict or
  inconsistency finding whose evidence overlaps the changed span (`target`, in the mutated text).
* a *meaning-preserving* edit changes the form only: digit scripts, Arabic or Persian letters, ZWNJ,
  Arabic diacritics, a number in words, an alias form, a compatible hedge, the same date in another
  calendar or format, paragraph order, or unrelated articles added. Expected: no conflict or
  inconsistency finding that the unedited story's report does not have. `maps` aligns each edited
  article with its original text, so findings can be compared in the original's coordinates.

Deterministic: the same stories and seed give the same mutations, byte for byte.

    python benchmarks/mutate.py [--story NAME] [--heldout] [--seed N] [--list | --write DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import storylib

LEXICON = Path(__file__).resolve().parent / "mutation_lexicon.yaml"
DIGITS = {"latin": "0123456789", "persian": "۰۱۲۳۴۵۶۷۸۹", "arabic": "٠١٢٣٤٥٦٧٨٩"}
ANY_DIGIT = "0-9۰-۹٠-٩"
NUMBER = re.compile(rf"[{ANY_DIGIT}]+(?:[,٬][{ANY_DIGIT}]{{3}})*(?:[.٫/][{ANY_DIGIT}]+)?")
DATE_HEADER = re.compile(r"^ date \d{4}-\d{2}-\d{2}")
ZWNJ = "\u200c"
NUMERIC_KINDS = ("number", "count", "money", "percent", "magnitude", "year")
CONTRADICTION = "contradiction"
PRESERVING = "preserving"


@cache
def lexicon() -> dict:
    return yaml.safe_load(LEXICON.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- text rewriting


@dataclass(frozen=True)
class Segment:
    """A stretch of the new text and the stretch of the original it comes from."""

    new_start: int
    new_end: int
    old_start: int
    old_end: int
    copied: bool  # copied verbatim (positions map one to one) or replaced


def rewrite(raw: str, replacements: list[tuple[int, int, str]]) -> tuple[str, list[Segment]]:
    """Apply non-overlapping (start, end, text) replacements; return the text and its alignment."""
    out: list[str] = []
    segs: list[Segment] = []
    pos = new = 0
    for start, end, text in sorted(replacements):
        if start < pos:
            continue  # overlapping replacement: keep the first
        if start > pos:
            segs.append(Segment(new, new + start - pos, pos, start, True))
            out.append(raw[pos:start])
            new += start - pos
        segs.append(Segment(new, new + len(text), start, end, False))
        out.append(text)
        new += len(text)
        pos = end
    if pos < len(raw):
        segs.append(Segment(new, new + len(raw) - pos, pos, len(raw), True))
        out.append(raw[pos:])
    return "".join(out), segs


def to_original(segments: list[Segment], start: int, end: int) -> tuple[int, int]:
    """Map a span of the mutated text back onto the original text."""
    if not segments:
        return start, end

    def one(pos: int, is_end: bool) -> int:
        for seg in segments:
            inside = seg.new_start <= pos < seg.new_end or (is_end and seg.new_start < pos <= seg.new_end)
            if inside:
                if seg.copied:
                    return seg.old_start + (pos - seg.new_start)
                return seg.old_end if is_end else seg.old_start
        return segments[-1].old_end

    s, e = one(start, False), one(end, True)
    return (s, e) if s <= e else (e, s)


# --------------------------------------------------------------------------- numbers


def script_of(text: str, default: str = "latin") -> str:
    counts = {name: sum(text.count(d) for d in digits) for name, digits in DIGITS.items()}
    best = max(counts, key=lambda k: (counts[k], k == default))
    return best if counts[best] else default


def to_script(text: str, script: str) -> str:
    table = {}
    for digits in DIGITS.values():
        table.update({ord(a): b for a, b in zip(digits, DIGITS[script], strict=True)})
    return text.translate(table)


@dataclass(frozen=True)
class Num:
    value: float
    decimals: int
    script: str
    group: str | None  # thousands separator as written
    point: str


def parse_number(text: str) -> Num:
    script = script_of(text)
    latin = to_script(text, "latin")
    group = next((g for g in (",", "٬") if g in latin), None)
    point = next((p for p in (".", "٫", "/") if p in latin), ".")
    plain = latin.replace(",", "").replace("٬", "")
    whole, _, frac = plain.replace("٫", ".").replace("/", ".").partition(".")
    return Num(float(f"{whole}.{frac or 0}"), len(frac), script, group, point)


def format_number(value: float, like: Num) -> str:
    text = f"{value:.{like.decimals}f}"
    whole, _, frac = text.partition(".")
    if like.group:
        whole = f"{int(whole):,}".replace(",", like.group)
    text = whole + (like.point + frac if frac else "")
    return to_script(text, like.script)


def changed_value(kind: str, num: Num, down: bool = False) -> float:
    """The changed figure: half as much again, or (``down``) two thirds of it."""
    if kind == "magnitude":
        return num.value + 0.6
    if kind == "year":
        return num.value + 7
    new = num.value / 1.5 if down else num.value * 1.5
    if num.decimals:
        return round(new, num.decimals)
    step = -1 if down else 1
    return float(round(new) if round(new) != num.value else num.value + step)


def words_en(n: int) -> str:
    w = lexicon()["number_words"]["en"]
    if n < 20:
        return w["ones"][n]
    if n < 100:
        return w["tens"][n // 10] + (w["tens_joiner"] + w["ones"][n % 10] if n % 10 else "")
    rest = n % 100
    head = f"{w['ones'][n // 100]}{w['hundred_joiner']}{w['hundred']}"
    return head + (" " + words_en(rest) if rest else "")


def words_ar(n: int) -> str:
    w = lexicon()["number_words"]["ar"]
    if n < 20:
        return w["ones"][n]
    if n < 100:
        tens = w["tens"][n // 10]
        return f"{w['ones'][n % 10]}{w['and']}{tens}" if n % 10 else tens
    rest = n % 100
    return w["hundreds"][n // 100] + (w["and"] + words_ar(rest) if rest else "")


def number_in_words(n: int, lang: str) -> str | None:
    if not 0 < n < 1000:
        return None
    if lang == "fa":
        from persiantools import digits

        return digits.to_word(n)
    return words_ar(n) if lang == "ar" else words_en(n)


# --------------------------------------------------------------------------- dates


def _calendar_ymd(day: dt.date, calendar: str) -> tuple[int, int, int]:
    if calendar == "jalali":
        from persiantools.jdatetime import JalaliDate

        j = JalaliDate(day)
        return j.year, j.month, j.day
    if calendar == "hijri":
        from hijridate import Gregorian

        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return h.year, h.month, h.day
    return day.year, day.month, day.day


def _iso(date: str) -> tuple[dt.date, bool]:
    """The date and whether it has a day (a month-precision date is its first day)."""
    if len(date) == 7:
        return dt.date.fromisoformat(date + "-01"), False
    return dt.date.fromisoformat(date), True


def _months(calendar: str, lang: str) -> list[str]:
    table = lexicon()["months"][calendar]
    return table.get(lang) or next(iter(table.values()))


def _word(names: list[str], flags: int = 0) -> re.Pattern:
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w{ZWNJ}])(?:{alts})(?![\w{ZWNJ}])", flags)


def _month_word(name: str) -> re.Pattern:
    """A month's name as a whole word; an abbreviation's dot ends it ("Oct." before "29")."""
    if name.endswith("."):
        return re.compile(rf"(?<![\w{ZWNJ}]){re.escape(name)}")
    return _word([name])


def shift_months(day: dt.date, months: int) -> dt.date:
    idx = day.year * 12 + day.month - 1 + months
    return day.replace(year=idx // 12, month=idx % 12 + 1, day=min(day.day, 28))


def redate(text: str, lang: str, calendar: str, old: str, new_day: dt.date) -> str:
    """Rewrite the date written in `text` (in `calendar`) as `new_day`, token by token."""
    old_day, has_day = _iso(old)
    oy, om, od = _calendar_ymd(old_day, calendar)
    ny, nm, nd = _calendar_ymd(new_day, calendar)
    reps: list[tuple[int, int, str]] = []
    # (each form of the month the text writes: "October" or "Oct.", and «ديسمبر/كانون الأول» both)
    for months in (
        _months(calendar, lang),
        *lexicon().get("month_forms", {}).get(calendar, {}).get(lang, []),
    ):
        m = _month_word(months[om - 1]).search(text)
        if m and not any(s < m.end() and m.start() < e for s, e, _ in reps):
            reps.append((m.start(), m.end(), months[nm - 1]))
    weekdays = lexicon()["weekdays"][lang]
    m = _word(weekdays).search(text)
    if m:
        reps.append((m.start(), m.end(), weekdays[new_day.weekday()]))
    for m in NUMBER.finditer(text):
        num = parse_number(m.group())
        if num.decimals:
            continue
        if num.value == oy:
            reps.append((m.start(), m.end(), format_number(ny, num)))
        elif has_day and num.value == od:
            reps.append((m.start(), m.end(), format_number(nd, num)))
    return rewrite(text, reps)[0]


def render_date(day: dt.date, calendar: str, lang: str, script: str, weekday: bool, year: bool) -> str:
    y, m, d = _calendar_ymd(day, calendar)
    month = _months(calendar, lang)[m - 1]
    digits = lambda n: to_script(str(n), script)  # noqa: E731
    if lang == "en":
        text = f"{d} {month}" + (f" {y}" if year else "")
        return (f"{lexicon()['weekdays']['en'][day.weekday()]}, " if weekday else "") + text
    text = f"{digits(d)} {month}" + (f" {digits(y)}" if year else "")
    if year and calendar == "hijri":
        text += lexicon()["calendar_suffix"]["hijri"][lang]
    return (f"{lexicon()['weekdays'][lang][day.weekday()]} " if weekday else "") + text


# --------------------------------------------------------------------------- mutations


@dataclass
class Mutation:
    id: str
    story: str
    family: str  # "contradiction" or "preserving"
    kind: str
    description: str
    files: dict[str, str]  # file name -> text, the whole corpus of the mutated story
    maps: dict[str, list[Segment]] = field(default_factory=dict)  # article id -> alignment
    target: tuple[str, int, int] | None = None  # (article, start, end) in the mutated text
    added: tuple[str, ...] = ()  # ids of the unrelated articles added


class _Builder:
    """Collects one story's mutations, numbering them by kind."""

    def __init__(self, story: storylib.Story):
        self.story = story
        self.out: list[Mutation] = []
        self.base = {a.name: a.raw for a in story.articles.values()}
        self.seen: set = set()

    def _id(self, kind: str) -> str:
        n = sum(1 for m in self.out if m.kind == kind) + 1
        return f"{self.story.name}/{kind}/{n}"

    def replace(self, family: str, kind: str, article: str, span: tuple[int, int], text: str, why: str):
        art = self.story.articles[article]
        if art.raw[span[0] : span[1]] == text or (article, span, text) in self.seen:
            return
        self.seen.add((article, span, text))
        new, segs = rewrite(art.raw, [(span[0], span[1], text)])
        files = dict(self.base)
        files[art.name] = new
        target = (article, span[0], span[0] + len(text)) if family == CONTRADICTION else None
        self.out.append(
            Mutation(self._id(kind), self.story.name, family, kind, why, files, {article: segs}, target)
        )

    def edit_bodies(self, kind: str, why: str, langs: tuple[str, ...], edit) -> None:
        """Apply `edit(body) -> [(start, end, text)]` to the body of every article in `langs`."""
        files, maps = dict(self.base), {}
        for art in self.story.articles.values():
            if art.lang not in langs:
                continue
            start = art.body_start
            header = DATE_HEADER.match(art.raw)
            if header and start == 0:
                start = header.end()
            reps = [(start + s, start + e, t) for s, e, t in edit(art.raw[start:])]
            reps = [r for r in reps if art.raw[r[0] : r[1]] != r[2]]
            if reps:
                files[art.name], maps[art.id] = rewrite(art.raw, reps)
        if maps:
            self.out.append(Mutation(self._id(kind), self.story.name, PRESERVING, kind, why, files, maps))


def _preceded_by_hedge(raw: str, start: int, lang: str) -> bool:
    before = raw[max(0, start - 24) : start].rstrip()
    return any(m.end() == len(before) for m in _word(lexicon()["hedges"][lang], re.I).finditer(before))


def _contradictions(b: _Builder, anchor: dict) -> None:
    story, kind, art_id = b.story, anchor["kind"], anchor["article"]
    art = story.articles[art_id]
    s, e = story.locate(anchor)
    text = art.raw[s:e]
    lang = art.lang
    where = f"{art_id} «{text}»"
    if kind in ("person", "place"):
        b.replace(
            CONTRADICTION,
            f"swapped_{kind}",
            art_id,
            (s, e),
            anchor["swap_with"],
            f"{where} -> «{anchor['swap_with']}»",
        )
    elif kind == "date":
        old_day, has_day = _iso(anchor["date"])
        shifts = [("changed_date_days", old_day + dt.timedelta(days=5))] if has_day else []
        shifts.append(("changed_date_month", shift_months(old_day, 1 if has_day else 2)))
        for mkind, new_day in shifts:
            new = redate(text, lang, anchor["calendar"], anchor["date"], new_day)
            b.replace(CONTRADICTION, mkind, art_id, (s, e), new, f"{where} -> «{new}» ({anchor['calendar']})")
    elif kind == "hedge":
        new = _unhedged(text, lang, anchor.get("value"), art)
        if new:
            b.replace(CONTRADICTION, "hedge_vs_exact", art_id, (s, e), new, f"{where} -> «{new}»")
    elif kind in NUMERIC_KINDS:
        m = NUMBER.search(text)
        if not m:
            return
        num = parse_number(m.group())
        # A count may rise from one report to a later one (a death toll, arrests): a higher figure
        # in the latest report, or a lower one in the earliest, is no contradiction. So the latest
        # report's count goes down, the earliest's bound goes up ("more than"), any other's the
        # other way; a figure that cannot move with time is contradicted either way.
        order = _order(story, anchor)
        down = kind in _COUNTS and order == "latest"
        changed = changed_value(kind, num, down)
        new = text[: m.start()] + format_number(changed, num) + text[m.end() :]
        b.replace(CONTRADICTION, f"changed_{kind}", art_id, (s, e), new, f"{where} -> «{new}»")
        # (a figure that words open, «یک میلیون و ۸۳۳ هزار», takes the bound before all of it)
        opened = bool(text[: m.start()].strip())
        at = s if opened else s + m.start()
        if kind in _COUNTS and not _preceded_by_hedge(art.raw, at, lang):
            bound = lexicon()["lower_bound" if order == "earliest" else "upper_bound"][lang]
            span = (at, s + m.end())
            bounded = f"{bound} {art.raw[span[0] : span[1]]}"
            b.replace(CONTRADICTION, "exact_vs_hedge", art_id, span, bounded, f"{where} -> «{bounded}»")


_COUNTS = ("count", "number")
_PUBLISHED = re.compile(r"^(?:published:\s*[\"']?| date )(\d{4}-\d{2}-\d{2})", re.M)


def _order(story: storylib.Story, anchor: dict) -> str | None:
    """Whether the anchor's article is the ``latest`` or the ``earliest`` of the articles that
    state its fact (by their publication days, all known and that one strictly apart), else None."""
    days = {}
    for a in story.gold.get("anchors") or []:
        if a.get("fact") == anchor.get("fact"):
            m = _PUBLISHED.search(story.articles[a["article"]].raw)
            days[a["article"]] = m.group(1) if m else None
    mine = days.pop(anchor["article"], None)
    if mine is None or not days or None in days.values():
        return None
    if all(mine > d for d in days.values()):
        return "latest"
    if all(mine < d for d in days.values()):
        return "earliest"
    return None


def _unhedged(text: str, lang: str, value, art: storylib.Article) -> str | None:
    """A hedged figure made an exact one outside its range: three quarters of it, or half as much
    again for an upper bound ("less than 1%" holds 0.75%, not 1.5%). None when no listed hedge
    opens the figure ("More than 1.8 million" with the hedge kept would be no contradiction)."""
    lex = lexicon()
    hedge = _word(lex["hedges"][lang], re.I).search(text)
    if not hedge:
        return None
    factor = 1.5 if hedge.group().lower() in lex["upper_hedges"][lang] else 0.75
    rest = text[hedge.end() :].lstrip()
    m = NUMBER.search(rest)
    if m and not _compound(rest, m, lang):
        num = parse_number(m.group())
        new_value = round(num.value * factor, num.decimals)
        if new_value == num.value:
            # ("about 2 thousand" at three quarters is 1.5 thousand, not 2 again: no contradiction)
            num = replace(num, decimals=num.decimals + 1)
            new_value = round(num.value * factor, num.decimals)
        return rest[: m.start()] + format_number(new_value, num) + rest[m.end() :]
    if value is None:
        return None
    # (a figure in words, or digits with words around them: «بیش از یک میلیون بشکه», «۲ هزار و
    # ۷۶۰»: the whole figure in digits, and the unit words after it kept)
    x = float(value) * factor
    figure = str(round(x)) if x >= 10 or x == round(x) else f"{x:.2f}".rstrip("0")
    script = script_of(art.raw[art.body_start :], "persian" if lang == "fa" else "latin")
    tail = _unit_tail(rest, lang)
    return to_script(figure, script) + (" " + tail if tail else "")


def _number_words(lang: str) -> set[str]:
    return {w.lower() for w in lexicon()["figure_words"][lang]} | set(lexicon()["multipliers"][lang])


def _compound(rest: str, m: re.Match, lang: str) -> bool:
    """Digits that are one part of a figure in words: «یک میلیون و ۸۳۳ هزار», «۲ هزار و ۷۶۰»."""
    words = _number_words(lang)
    before = rest[: m.start()].split()
    after = rest[m.end() :].split()[:2]
    return any(w.lower() in words for w in before) or (
        len(after) == 2 and after[0] in lexicon()["multipliers"][lang] and after[1].lower() in words
    )


def _unit_tail(rest: str, lang: str) -> str:
    """The words after a figure: what it counts («تن» in «هزار تن», "years" in "eight years")."""
    words, tokens = _number_words(lang), rest.split()
    while tokens and (tokens[0].lower() in words or NUMBER.fullmatch(tokens[0])):
        tokens.pop(0)
    return " ".join(tokens)


def _anchor_edits(b: _Builder, anchor: dict) -> None:
    story, kind, art_id = b.story, anchor["kind"], anchor["article"]
    art = story.articles[art_id]
    s, e = story.locate(anchor)
    text, lang = art.raw[s:e], art.lang
    where = f"{art_id} «{text}»"
    form_kind = {"person": "alias", "place": "alias", "date": "date_form"}.get(kind, "number_words")
    for form in anchor.get("forms", []):
        b.replace(PRESERVING, form_kind, art_id, (s, e), form, f"{where} -> «{form}»")
    if kind in ("count", "number"):
        m = NUMBER.search(text)
        if m:
            num = parse_number(m.group())
            span = (s + m.start(), s + m.end())
            words = None if num.decimals else number_in_words(int(num.value), lang)
            if words and not anchor.get("forms"):
                b.replace(PRESERVING, "number_words", art_id, span, words, f"{where} -> «{words}»")
            if not _preceded_by_hedge(art.raw, span[0], lang):
                about = lexicon()["approximately"][lang]
                b.replace(
                    PRESERVING,
                    "hedge_compatible",
                    art_id,
                    span,
                    f"{about} {m.group()}",
                    f"{where} -> «{about} {m.group()}»",
                )
    if kind == "date":
        _other_calendar(b, anchor, (s, e), text, lang)


def _other_calendar(b: _Builder, anchor: dict, span: tuple[int, int], text: str, lang: str) -> None:
    day, has_day = _iso(anchor["date"])
    if not has_day:
        return
    cal = anchor["calendar"]
    other = {
        ("fa", "jalali"): "gregorian",
        ("fa", "gregorian"): "jalali",
        ("ar", "gregorian"): "hijri",
        ("ar", "hijri"): "gregorian",
        ("en", "gregorian"): "gregorian",
    }.get((lang, cal))
    if other is None:
        return
    y = _calendar_ymd(day, cal)[0]
    has_year = any(parse_number(m.group()).value == y for m in NUMBER.finditer(text))
    weekday = _word(lexicon()["weekdays"][lang]).search(text) is not None
    new = render_date(day, other, lang, script_of(text), weekday, has_year)
    kind = "date_format" if other == cal else "date_calendar"
    b.replace(
        PRESERVING, kind, anchor["article"], span, new, f"{anchor['article']} «{text}» -> «{new}» ({other})"
    )


def _body_edits(b: _Builder) -> None:
    def digits(script):
        return lambda body: [
            (m.start(), m.end(), to_script(m.group(), script)) for m in re.finditer(rf"[{ANY_DIGIT}]+", body)
        ]

    for script in DIGITS:
        b.edit_bodies(
            f"digits_{script}",
            f"every digit of the fa and ar articles in {script} digits",
            ("fa", "ar"),
            digits(script),
        )

    def letters(pairs):
        return lambda body: [(i, i + 1, pairs[c]) for i, c in enumerate(body) if c in pairs]

    b.edit_bodies(
        "letters_arabic_in_fa",
        "Arabic ي and ك in the Persian articles",
        ("fa",),
        letters({"ی": "ي", "ک": "ك"}),
    )
    b.edit_bodies(
        "letters_persian_in_ar",
        "Persian ی and ک in the Arabic articles",
        ("ar",),
        letters({"ي": "ی", "ك": "ک"}),
    )
    b.edit_bodies(
        "zwnj_space",
        "every ZWNJ written as a space",
        ("fa",),
        lambda body: [(m.start(), m.end(), " ") for m in re.finditer(ZWNJ, body)],
    )
    b.edit_bodies(
        "zwnj_dropped",
        "every ZWNJ dropped",
        ("fa",),
        lambda body: [(m.start(), m.end(), "") for m in re.finditer(ZWNJ, body)],
    )
    joins = lexicon()["zwnj_joins"]
    b.edit_bodies(
        "zwnj_added",
        "ZWNJ written into joined words",
        ("fa",),
        lambda body: [(m.start(), m.end(), joins[m.group()]) for m in _word(list(joins)).finditer(body)],
    )

    def diacritics(body):
        marks = "\u064e\u0650\u064f"
        return [
            (m.start() + 1, m.start() + 1, marks[i % 3])
            for i, m in enumerate(re.finditer(r"[\u0621-\u064a]{3,}", body))
        ]

    b.edit_bodies(
        "diacritics", "an Arabic short vowel after the first letter of each word", ("ar",), diacritics
    )


def _shuffle(b: _Builder, rng: random.Random) -> None:
    files, maps = dict(b.base), {}
    for art in b.story.articles.values():
        body = art.raw[art.body_start :]
        parts = [m.span() for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", body)]
        if len(parts) < 3:  # one line per paragraph, as in the seeds
            parts = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", body)]
        if len(parts) < 3:
            continue
        order = list(range(1, len(parts)))
        while order == sorted(order):
            rng.shuffle(order)
        text, segs, pos = art.raw[: art.body_start], [], art.body_start
        if art.body_start:
            segs.append(Segment(0, art.body_start, 0, art.body_start, True))
        for n, idx in enumerate([0, *order]):
            s, e = parts[idx]
            if n:
                text += "\n\n"
                pos += 2
            segs.append(Segment(pos, pos + e - s, art.body_start + s, art.body_start + e, True))
            text += body[s:e]
            pos += e - s
        files[art.name], maps[art.id] = text + "\n", segs
    if maps:
        b.out.append(
            Mutation(
                b._id("paragraph_order"),
                b.story.name,
                PRESERVING,
                "paragraph_order",
                "paragraphs after the first shuffled in every article",
                files,
                maps,
            )
        )


def _unrelated(b: _Builder, others: list[storylib.Story]) -> None:
    pool = [s for s in others if s.name != b.story.name and not s.heldout]
    if not pool:
        return
    names = sorted(s.name for s in pool)
    pick = next((n for n in names if n > b.story.name), names[0])
    other = next(s for s in pool if s.name == pick)
    files, added = dict(b.base), []
    for art in other.articles.values():
        name = f"x_{other.name}_{art.name}"
        files[name] = art.raw
        added.append(Path(name).stem)
    b.out.append(
        Mutation(
            b._id("unrelated_added"),
            b.story.name,
            PRESERVING,
            "unrelated_added",
            f"the {len(added)} articles of {other.name} added to the corpus",
            files,
            {},
            None,
            tuple(added),
        )
    )


def generate(story: storylib.Story, others: list[storylib.Story] = (), seed: int = 0) -> list[Mutation]:
    """Every mutation of one story, in a fixed order."""
    rng = random.Random(f"{seed}:{story.name}")
    b = _Builder(story)
    for anchor in story.gold.get("anchors") or []:
        _contradictions(b, anchor)
    for anchor in story.gold.get("anchors") or []:
        _anchor_edits(b, anchor)
    _body_edits(b)
    _shuffle(b, rng)
    _unrelated(b, list(others))
    return b.out


def write(mutation: Mutation, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in sorted(mutation.files.items()):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--story", action="append", help="only this story (repeatable)")
    ap.add_argument("--heldout", action="store_true", help="include the held-out stories")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--write", type=Path, help="write each mutated corpus under DIR/<story>/<kind>/<n>/")
    args = ap.parse_args(argv)
    try:
        stories = storylib.discover()
    except storylib.GoldError as exc:
        print(f"mutate: {exc}", file=sys.stderr)
        return 2
    chosen = [
        s for s in stories if (args.heldout or not s.heldout) and (not args.story or s.name in args.story)
    ]
    total = 0
    for story in chosen:
        for mut in generate(story, stories, args.seed):
            total += 1
            if args.write:
                write(mut, args.write / mut.id)
            elif not story.heldout:
                print(f"{mut.id}\t{mut.family}\t{mut.description}")
    print(f"mutations: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
