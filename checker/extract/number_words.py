"""Numbers written in words, digits or both, found with exact folded spans.

The words live in ``rules/numbers/<lang>.yaml``. They are compiled into one token regex per
language; a small grammar then folds each run of adjacent tokens into numbers:
«دو هزار و بیست و پنج» → 2025, «ثلاثة وعشرين» → 23, «ثلاث مئة» → 300, «۴ هزار» → 4000,
"twenty-five" → 25, «هشتادمین» → 80 (ordinal). A run the grammar cannot read as one number
is split («پنج و ده» → 5, 10) rather than summed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from checker.extract.number_tables import NumberLexicon, number_lexicon, squash
from checker.normalize import fold
from checker.rules import Rules

# Which places of a three-digit group a word fills (bits: units, tens, hundreds); a second word
# for a filled place ends the number.
_U, _T, _H = 1, 2, 4
_PADDED = re.compile(r"0\d\d")  # a three-digit group with a leading zero («۰۲۱» in «۱۴ هزار و ۰۲۱»)
_SLOTS = {"unit": _U, "teen": _T | _U, "ten": _T, "hundred": _H, "digits": _H | _T | _U}
_ZERO, _ONE, _TWO, _HUNDRED, _THOUSAND = Decimal(0), Decimal(1), Decimal(2), Decimal(100), Decimal(1000)
_MAX_DIGITS = 15


class Token(NamedTuple):
    """A number word or digit string in folded text (clitics such as «و»/«ب» excluded)."""

    start: int
    end: int
    cat: str  # digits | unit | teen | ten | hundred | scale | dual
    value: Decimal | None  # None for a digit string that is no plain number ("10:30", "0912")
    ordinal: bool = False
    article: bool = False
    weak: bool = False
    plural: bool = False
    glued_left: bool = False  # «وپنج» in «بیستوپنج»: must follow a number through a glued joiner
    glued_right: bool = False
    construct: bool = False  # «مليونا»: two of the scale when no number comes before it


@dataclass(frozen=True)
class Number:
    """A number read from one or more tokens, with its folded span."""

    start: int
    end: int
    value: Decimal
    ordinal: bool
    written: str  # words | digits | mixed
    weak: bool  # a lone weak word («یک», "one"): a number only before a counted noun
    article: bool  # the first word carries the Arabic article («الثمانين»)
    scale: Decimal | None  # the last scale applied («۸۷ هزار» → 1000), for ranges


def parse_digits(s: str, lex: NumberLexicon, decimal_dot: bool = False) -> Decimal | None:
    """The value of a folded digit string, or ``None`` when it is no plain number.

    ``4,000`` → 4000 and ``2.5`` → 2.5 everywhere; ``2.500`` → 2500 where the language groups
    with dots (unless ``decimal_dot``: the dot was «٫»); ``۲/۵`` → 2.5 in Persian. Times
    (``10:30``), dates (``24.12.2025``), codes with a leading zero and lists (``1,2``) → ``None``.
    """
    if ":" in s or len(s) > _MAX_DIGITS + 6:
        return None
    if "/" in s:
        if not (lex.slash_decimal and re.fullmatch(r"\d+/\d{1,2}", s)):
            return None
        s = s.replace("/", ".")
        decimal_dot = True
    whole, frac = _split_decimal(s, lex, decimal_dot)
    if whole is None:
        return None
    if (len(whole) > 1 and whole[0] == "0") or len(whole) > _MAX_DIGITS:
        return None
    return Decimal(whole + ("." + frac if frac else ""))


def _split_decimal(s: str, lex: NumberLexicon, decimal_dot: bool) -> tuple[str | None, str]:
    """``(integer digits, fraction digits)`` with grouping marks removed."""
    if "," in s and "." in s:
        mark = "." if s.rfind(".") > s.rfind(",") else ","
        head, frac = s.rsplit(mark, 1)
        group = "," if mark == "." else "."
        return (_ungroup(head, group), frac) if mark not in head else (None, "")
    if "," in s:
        return _ungroup(s, ","), ""
    if s.count(".") > 1:
        return _ungroup(s, "."), ""
    if "." in s:
        head, frac = s.split(".")
        if lex.dot_thousands and not decimal_dot and len(frac) == 3 and 1 <= len(head) <= 3 and head != "0":
            return head + frac, ""
        return head, frac
    return s, ""


def _ungroup(s: str, mark: str) -> str | None:
    groups = s.split(mark)
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return "".join(groups)
    return None


def tokens(text: str, lex: NumberLexicon, decimal_at: Callable[[int], bool] | None = None) -> list[Token]:
    """Every number token in folded ``text``; blockers («نخست وزیر», «الأحد») yield none."""
    out: list[Token] = []
    n = len(text)
    for m, a, b in _matches(text, lex):
        blocker, d = m.group("b", "d")
        if blocker:
            continue
        gl = a > 0 and text[a - 1].isalpha()
        if d:
            gl = gl and not _clitic_before(text, a, lex.digit_clitics)
            dot = d.find(".")
            dec = decimal_at is not None and dot >= 0 and decimal_at(a + dot)
            value = parse_digits(d, lex, dec)
            if value is None and _PADDED.fullmatch(d):
                out.append(Token(a, b, "padded", Decimal(d), glued_left=gl))  # «۱۴ هزار و ۰۲۱»
                continue
            out.append(Token(a, b, "digits", value, glued_left=gl))
            continue
        w = lex.words[squash(m.group("w"))]
        # «بالذكرى»: the article belongs to the word's surface, the «ب» before it does not.
        clitics = lex.article_clitics.get(m.group("p") or "")
        start = m.start("w") if clitics is None else m.start("p") + clitics
        ordinal, art = w.ordinal or bool(m.group("o")), clitics is not None
        gr = b < n and text[b].isalpha()
        out.append(
            Token(start, b, w.cat, Decimal(w.value), ordinal, art, w.weak, w.plural, gl, gr, w.construct)
        )
    return out


def _clitic_before(text: str, a: int, clitics: tuple[str, ...]) -> bool:
    """A digit clitic written onto the digits at ``a`` («و7»), with no letter before it."""
    for c in clitics:
        b = a - len(c)
        if b >= 0 and text.startswith(c, b) and not (b and (text[b - 1].isalnum() or text[b - 1] == "_")):
            return True
    return False


def _matches(text: str, lex: NumberLexicon) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matches of ``lex.token_re.finditer(text)`` with their spans, found by ``lex.scan_re``:
    one pass over the text that tries the token regex only where a token can begin. A match
    overlapping the one before is dropped, as ``finditer`` would not have tried it."""
    end = 0
    first = lex.token_re.match(text)
    if first:
        end = first.end()
        yield first, 0, end
    pos, n = 0, len(text)
    while pos <= n:
        m = lex.scan_re.search(text, pos)
        if m is None:
            return
        a, b = m.span("t")
        pos = m.end() if m.end() > m.start() else m.start() + 1
        if a >= end:
            end = b
            yield m, a, b
        else:
            # Linear time: a match inside the token before it is dropped anyway, so skip to where
            # the next kept token can begin instead of trying every character of a long run
            # («1,1,1,…», where each try would read to the end of the run again).
            pos = max(pos, end - 1)


class _Reader:
    """Reads tokens left to right into one number; ``take`` refuses a token that cannot continue it."""

    __slots__ = ("count", "cur", "last_scale", "ordinal", "slots", "total")

    def __init__(self) -> None:
        self.total = _ZERO
        self.cur = _ZERO
        self.slots = 0
        self.last_scale: Decimal | None = None
        self.ordinal = False
        self.count = 0

    def take(self, t: Token, joined: bool) -> bool:
        cat = t.cat
        if t.value is None or (self.ordinal and not (cat == "ten" and not self.slots & _T)):
            return False
        if cat == "digits":
            ok = self._digits(t.value, joined)
        elif cat == "padded":
            # (a group padded with zeros only after a thousand and its joiner: 14,021 in words)
            ok = self.last_scale == _THOUSAND and self._digits(t.value, joined)
        elif cat in ("scale", "dual"):
            ok = self._scale(t)
        else:
            ok = self._small(t)
        if ok:
            self.count += 1
            self.ordinal = self.ordinal or t.ordinal
        return ok

    def _digits(self, v: Decimal, joined: bool) -> bool:
        # Digits open a number («۴ هزار») or follow a scale and a joiner («۲ هزار و ۵۰۰»).
        after_scale = joined and self.last_scale is not None and self.cur == 0 and v < self.last_scale
        if self.count and not after_scale:
            return False
        self.cur, self.slots = v, _SLOTS["digits"]
        return True

    def _small(self, t: Token) -> bool:
        v = t.value or _ZERO
        if v == _HUNDRED and self.slots == _U and self.cur < 10:
            self.cur *= _HUNDRED  # «ثلاث مئة», "three hundred"
            self.slots = _H
            return True
        slot = _SLOTS[t.cat]
        if slot & self.slots or (t.cat == "hundred" and self.slots):
            return False
        self.cur += v
        self.slots |= slot
        return True

    def _scale(self, t: Token) -> bool:
        v = t.value or _ONE
        if self.last_scale is not None and v > self.last_scale and self.total + self.cur < v:
            # A larger scale after a group of smaller ones multiplies the whole group: «۱۳۴٫۹ هزار
            # میلیارد یوان» (134.9 thousand billion), «دو هزار و پانصد میلیارد», «ألف مليار».
            self.total = (self.total + self.cur) * v
            self.cur, self.slots, self.last_scale = _ZERO, 0, v
            return True
        if self.last_scale is not None and v >= self.last_scale:
            return False
        if t.cat == "dual":
            if self.cur:
                return False
            self.cur = _TWO
        elif self.cur == 0:
            if self.total or t.plural:
                return False  # «آلاف» alone is "thousands of", not a number
            self.cur = _TWO if t.construct else _ONE  # «مليونا برميل»: two million barrels
        self.total += self.cur * v
        self.cur, self.slots, self.last_scale = _ZERO, 0, v
        return True

    def number(self, toks: list[Token]) -> Number:
        digits = [t.cat == "digits" for t in toks]
        written = "digits" if all(digits) else ("mixed" if any(digits) else "words")
        return Number(
            toks[0].start,
            toks[-1].end,
            self.total + self.cur,
            self.ordinal,
            written,
            len(toks) == 1 and toks[0].weak,
            toks[0].article,
            self.last_scale,
        )


def _runs(text: str, lex: NumberLexicon, toks: list[Token]) -> list[tuple[list[Token], list[bool]]]:
    """Tokens split into runs separated only by spaces, hyphens or joiners; each with joined flags."""
    runs: list[tuple[list[Token], list[bool]]] = []
    for t in toks:
        prev = runs[-1][0][-1] if runs else None
        gap = lex.sep_re.fullmatch(text, prev.end, t.start) if prev and prev.end <= t.start else None
        if prev and gap and not (prev.glued_right and not lex.glue_re.fullmatch(text, prev.end, t.start)):
            runs[-1][0].append(t)
            runs[-1][1].append(bool(gap.group().strip(" -\n")))
        else:
            runs.append(([t], [False]))
    return runs


def _glue_ok(run: list[Token], i: int, text: str, lex: NumberLexicon) -> bool:
    """A token glued to a letter must be glued through a joiner to its neighbour (not «صدور»)."""
    t = run[i]
    if t.cat == "digits":
        return not t.glued_left
    if t.glued_left and not (i and lex.glue_re.fullmatch(text, run[i - 1].end, t.start)):
        return False
    return not (
        t.glued_right and not (i + 1 < len(run) and lex.glue_re.fullmatch(text, t.end, run[i + 1].start))
    )


def _codes(run: list[Token], joined: list[bool]) -> set[int]:
    """Digit groups chained by spaces or hyphens that make a phone number, a date or a code
    ("0912 345 6789", "2025-10-15"), not quantities: three or more, or two with a non-number."""
    out: set[int] = set()
    chain: list[int] = []
    for i in range(len(run) + 1):
        if i < len(run) and run[i].cat == "digits" and (not chain or not joined[i]):
            chain.append(i)
            continue
        if len(chain) >= 3 or (len(chain) == 2 and any(run[k].value is None for k in chain)):
            out.update(chain)
        chain = [i] if i < len(run) and run[i].cat == "digits" else []
    return out


def read_run(run: list[Token], joined: list[bool]) -> list[Number]:
    """Numbers in one run of tokens: the longest readable prefix, then the rest."""
    out: list[Number] = []
    i = 0
    while i < len(run):
        reader = _Reader()
        j = i
        while j < len(run) and reader.take(run[j], joined[j] and j > i):
            j += 1
        if j == i:
            i += 1
            continue
        out.append(reader.number(run[i:j]))
        i = j
    return out


def find_numbers(
    text: str, lex: NumberLexicon, decimal_at: Callable[[int], bool] | None = None
) -> list[Number]:
    """Every number in folded ``text``, in order, with folded spans.

    Args:
        text: folded text (:func:`checker.normalize.fold`).
        lex: the language's lexicon from :func:`number_lexicon`.
        decimal_at: tells whether the dot at a folded index was the decimal separator «٫».

    Returns:
        Numbers, including weak ones (flagged) and ordinals; dates, times and codes are left out.

    >>> lex = number_lexicon(load_rules(), "fa")  # doctest: +SKIP
    >>> [n.value for n in find_numbers("دو هزار و بیست و پنج", lex)]  # doctest: +SKIP
    [Decimal('2025')]
    """
    out: list[Number] = []
    for run, joined in _runs(text, lex, tokens(text, lex, decimal_at)):
        if len(run) == 1:  # most runs: no codes, nothing to split
            if _glue_ok(run, 0, text, lex):
                out.extend(read_run(run, joined))
            continue
        codes = _codes(run, joined)
        keep = [_glue_ok(run, i, text, lex) and i not in codes for i in range(len(run))]
        start = 0
        for i in range(len(run) + 1):
            if i == len(run) or not keep[i]:
                out.extend(read_run(run[start:i], joined[start:i]))
                start = i + 1
    return out


def words_to_number(text: str, lang: str, rules: Rules) -> int | float | None:
    """The value of ``text`` when the whole of it is one number, else ``None``.

    Args:
        text: unfolded text, e.g. «دو هزار و بیست و پنج», «ثلاث مئة», "twenty-five".
        lang: ``fa``, ``ar`` or ``en``.
        rules: loaded rules.

    Returns:
        ``int`` when integral, else ``float``; ``None`` when ``text`` is not exactly one number.

    >>> words_to_number("دو هزار و بیست و پنج", "fa", load_rules())  # doctest: +SKIP
    2025
    """
    folded = fold(text).strip()
    nums = find_numbers(folded, number_lexicon(rules, lang))
    if len(nums) != 1 or nums[0].start != 0 or nums[0].end != len(folded):
        return None
    return as_json_number(nums[0].value)


def as_json_number(v: Decimal) -> int | float:
    """``int`` when integral, else ``float`` (JSON has no decimals)."""
    return int(v) if v == v.to_integral_value() else float(v)
