"""Number claims: a number with its hedge, unit and subject, read as an interval.

«بیش از چهار هزار جوان سوری … مشغول به تحصیل» → (4000, ∞) students; «7 في المائة» → 7 percent;
«الذكرى الثمانين» → ordinal 80; «بین ۵۸ تا ۸۷ هزار» → [58000, 87000]. Numbers themselves come
from :mod:`checker.extract.number_words`; hedges, units and stop-words from ``rules/hedges``,
``rules/units`` and ``rules/numbers``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from operator import le
from typing import Any

from checker.extract.base import NEXT_WORD, Doc
from checker.extract.number_tables import Ctx, context, fold_word, squash
from checker.extract.number_words import Number, as_json_number, find_numbers
from checker.model import Claim
from checker.rules import Rules

_Range = tuple[int, "Number", "Number"]  # (start of the opening word, low number, high number)
_CLAUSE_REACH = 400
# How far around a number its word is read for identifiers («G20», «@x1»).
_WORD_REACH = 200
# «؟», "!", ":" … or a dot that is no decimal point; written as one character class first so that
# the regex engine skips to candidates without trying every position.
_CLAUSE_END = re.compile(r"[!?؟؛;:\n.](?:(?<!\.)|(?!\d))")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*+")
_LEAD = re.compile(r"[\s\"'(-]*")
_IDENT = re.compile(r"(?:https?://|www\.|@|[^\W\d_]-\d|\+\d)")
_ONE = Decimal(1)


def extract_numbers(doc: Doc, rules: Rules, taken: Sequence[tuple[int, int]] = ()) -> list[Claim]:
    """Number claims of one document.

    Args:
        doc: the document; its folded text is read, offsets are mapped back by ``Doc.claim``.
        rules: loaded rules (``rules/numbers``, ``rules/hedges``, ``rules/units`` are used).
        taken: folded ``(start, end)`` spans already claimed (dates such as «سال ۱۹۹۳»);
            a number overlapping one is skipped.

    Returns:
        ``number`` claims in text order, never overlapping. Each span covers the hedge, the
        number and its unit («بیش از ۸۰ سال»); the value holds the interval the hedge makes
        (``low``/``high``, ``None`` for ∞), the kind, unit, subject and how it was written.
    """
    ctx = context(rules, doc.lang)
    text = doc.text
    original = doc.article.text

    def decimal_at(i: int) -> bool:
        return original[doc.norm.orig_index(i)] == "٫"

    spans = _Taken(taken)
    sentences = _Sentences(doc)
    every = find_numbers(text, ctx.lex, decimal_at)
    found = [
        n
        for n in every
        if _plausible(text, ctx, n, spans)
        and not (
            ctx.not_as_written
            and n.written == "words"
            and _word_of(doc, n.start, n.end) in ctx.not_as_written
        )
    ]
    # (a model's numbers: after a capitalised name that follows a count, or after a maker's label)
    named = sorted(
        [n for n in found if _designation(doc, ctx, sentences, n)]
        + [
            n
            for n in every
            if _model_labelled(text, ctx, n.start, n.end) and not spans.overlaps(n.start, n.end)
        ],
        key=lambda n: n.start,
    )
    # (a model's designation written again without its maker: «بوينغ 737-800» … «طائرات 737-800»)
    # (and a pair no range is written as: "737-800 jets", a first figure of three digits or more that
    # no count rounds to)
    models = {tok for n in named if "-" in (tok := _token(text, n.start, n.end)) or "‐" in tok}
    # (and with the word after it: "Boeing 737 MAX 8" … "The 737 MAX, the newest version")
    worded = {w for n in named if (w := _with_word_after(text, n))}
    seen = {id(x) for x in named}
    named += [
        n
        for n in found
        if id(n) not in seen
        and (
            (tok := _token(text, n.start, n.end)) in models
            or _designation_pair(tok)
            or _with_word_after(text, n) in worded
        )
    ]
    apart = {id(n) for n in named}
    nums = [n for n in found if id(n) not in apart]
    own = _dual_units(text, ctx, nums, spans) | _past_designations(text, ctx, nums, named)
    if own:
        nums = sorted([*nums, *(n for n, _ in own.values())], key=lambda n: n.start)
    claims: list[Claim] = []
    done = -1
    i = 0
    last: tuple[Number, Claim, int] | None = None  # the last figure with a scale word, its claim and end
    while i < len(nums):
        n = nums[i]
        pair = nums[i + 1] if i + 1 < len(nums) else None
        rng = _range(text, ctx, n, pair) if pair and n.start >= done else None
        after = nums[i + 2 if rng else i + 1] if i + (2 if rng else 1) < len(nums) else None
        near = (nums[i - 1].end if i else None, after.start if after else None)
        elided = _elided_unit(sentences, n, last) if rng is None else None
        dual = own.get(n.start)
        built = (
            _read(doc, ctx, sentences, n, rng, near, elided, dual and dual[1]) if n.start >= done else None
        )
        if built:
            claims.append(built[0])
            done = built[1]
            if n.scale is not None and n.scale >= _ELIDED_SCALE:
                last = (n, built[0], built[1])  # (not "the first round" between two millions)
        i += 2 if rng and built else 1
    return _compounds(doc, ctx, claims)


def _dual_units(text: str, ctx: Ctx, nums: list[Number], spans: _Taken) -> dict[int, tuple[Number, tuple]]:
    """Duals that count two of their unit by themselves («بالسجن عامين», «مقتل شخصين»), outside any
    number found: start → (the number, (its unit, the unit's span))."""
    if ctx.unit_duals is None:
        return {}
    numbers = _Taken([(n.start, n.end) for n in nums])
    out = {}
    for m in ctx.unit_duals.finditer(text):
        s, e = m.start("u"), m.end("u")
        if spans.overlaps(s, e) or numbers.overlaps(s, e):
            continue
        n = Number(s, e, Decimal(2), False, "words", False, bool(m.group("p")), None)
        out[s] = (n, (ctx.dual_units[squash(m.group("u"))], (s, e)))
    return out


_DESIGNATION_GAP = re.compile(r"(?:[ ]+[^\W\d_][\w-]*)*[ ]+")
_DESIGNATION_REACH = 40  # characters between a count and its model's first number, or two of them


def _past_designations(text: str, ctx: Ctx, nums: list[Number], named: list[Number]) -> dict:
    """A count whose noun follows a model's name: "171 Boeing 737 Max 9 aircraft" counts 171
    aircraft. start → (the number, (its unit, the unit's span))."""
    out = {}
    j = 0
    for n in nums:
        while j < len(named) and named[j].start < n.end:
            j += 1
        end = None
        k = j
        # (the model's words and numbers, one after another)
        while (
            k < len(named)
            and named[k].start - (end or n.end) <= _DESIGNATION_REACH
            and _DESIGNATION_GAP.fullmatch(text[end or n.end : named[k].start])
        ):
            end, k = named[k].end, k + 1
        found = ctx.unit_after(text, end) if end is not None and not ctx.unit_after(text, n.end) else None
        if found:
            out[n.start] = (n, found)
    return out


_COMPOUND_REACH = 24  # characters before a duration where the join to its first part may end


def _compounds(doc: Doc, ctx: Ctx, claims: list[Claim]) -> list[Claim]:
    """One duration told in two units is one figure: "one hour and 45 minutes" is 105 minutes,
    «حدود یک ساعت و ۴۵ دقیقه» about 105, and «ساعة و45 دقيقة» too (a bare «ساعة» is one hour)."""
    if not ctx.compound_joins:
        return claims
    out: list[Claim] = []
    for c in claims:
        whole = _compound(doc, ctx, out[-1] if out else None, c)
        if whole is None:
            out.append(c)
        elif out and whole.start <= out[-1].start:
            out[-1] = whole
        else:
            out.append(whole)
    return out


def _compound(doc: Doc, ctx: Ctx, prev: Claim | None, c: Claim) -> Claim | None:
    """``c`` (a smaller unit) joined to the larger unit before it, or ``None``."""
    v, text = c.value, doc.text
    fraction = ctx.fraction(v.get("unit"))
    small = ctx.days(v.get("unit"))
    if (small is None and fraction is None) or v.get("hedge") or v.get("kind") != "cardinal":
        return None
    if v.get("low") != v.get("high"):
        return None
    b_start = doc.norm.norm_index(c.start)
    lo = max(0, b_start - _COMPOUND_REACH)  # (a bounded look back: no copy of the text before)
    lead = lo + len(text[lo:b_start].rstrip())
    join = next((j for j in ctx.compound_joins if text[max(0, lead - len(j)) : lead] == j), None)
    if join is None or (lead > len(join) and text[lead - len(join) - 1].isalnum()):
        return None
    at = lo + len(text[lo : lead - len(join)].rstrip())  # where the first part ends
    if fraction is not None:
        return _with_fraction(doc, ctx, prev, c, at, fraction)
    if prev is not None and doc.norm.norm_index(prev.end) == at:
        pv = prev.value
        big, hedge, first = ctx.days(pv.get("unit")), pv.get("hedge"), pv.get("value")
        if pv.get("kind") != "cardinal" or hedge == "range" or first is None:
            return None
        s = doc.norm.norm_index(prev.start)
    else:
        m = ctx.unit_one.search(text, max(0, at - 20), at) if ctx.unit_one is not None else None
        if m is None:
            return None
        big, first = ctx.days(ctx.one_units[squash(m.group("u"))]), 1
        hedge, s, _ = _hedge(text, ctx, m.start(), at, False)
    if big is None or big <= small:
        return None
    total = (Decimal(str(first)) * (Decimal(str(big)) / Decimal(str(small)))).quantize(
        Decimal("0.001")
    ) + Decimal(str(v["value"]))
    val = {**v, **_interval(ctx, hedge, total.normalize(), total.normalize(), "cardinal")}
    val["written"] = "mixed"
    e = doc.norm.norm_index(c.end)
    return doc.claim("number", s, e, val, f"number.{doc.lang}.compound", key="number")


def _with_fraction(
    doc: Doc, ctx: Ctx, prev: Claim | None, c: Claim, at: int, fraction: tuple[str, float]
) -> Claim | None:
    """A sum in its currency and that currency's fraction joined after it, ending at folded ``at``:
    one sum in the currency («۱۰ دلار و ۹۱ سنت», «34 دولارا و36 سنتا» are $10.91 and $34.36)."""
    if prev is None or doc.norm.norm_index(prev.end) != at:
        return None
    pv = prev.value
    currency, share = fraction
    if pv.get("unit") != currency or pv.get("kind") != "cardinal" or pv.get("low") != pv.get("high"):
        return None
    if pv.get("value") is None or pv.get("hedge") == "range":
        return None
    total = (Decimal(str(pv["value"])) + Decimal(str(c.value["value"])) * Decimal(str(share))).normalize()
    val = {**pv, **_interval(ctx, pv.get("hedge"), total, total, "cardinal"), "written": "mixed"}
    s, e = doc.norm.norm_index(prev.start), doc.norm.norm_index(c.end)
    return doc.claim("number", s, e, val, f"number.{doc.lang}.compound", key="number")


_ELIDED_REACH = 60  # folded characters from a figure with its unit to a bare one of the same scale


def _elided_unit(sentences: _Sentences, n: Number, last: tuple[Number, Claim, int] | None) -> str | None:
    """The unit a bare figure leaves to the figure before it, both with one scale word, close by in
    one sentence: "16.3 million votes to Jalili's 13.5 million", «١٦ مليون صوت مقابل ١٣ مليونا»."""
    if last is None or n.scale is None or n.scale < _ELIDED_SCALE:
        return None
    before, claim, end = last
    unit = claim.value.get("unit")
    if (
        unit is None
        or before.scale != n.scale
        or n.start - end > _ELIDED_REACH
        or sentences.at(before.start) != sentences.at(n.start)
    ):
        return None
    return unit


_ELIDED_SCALE = 1000  # thousands, millions, billions


def _counts_own(doc: Doc, ctx: Ctx, span: tuple[int, int], clause: tuple[int, int], num_end: int) -> bool:
    """A noun after a bare figure that it counts («٩٫٠٢ مليون مولود»: births), not a phrase with a
    preposition written onto it («٦٫٩٤ مليون لأودينغا»: Odinga's)."""
    subject, _key = _subject(doc, ctx, None, None, span, clause, num_end)
    if subject is None:
        return False
    first = fold_word(subject).split()[0]
    glued = bool(ctx.preposition_clitics) and first.startswith(ctx.preposition_clitics)
    return not (glued and len(first) > _CLITIC_WORD)


_CLITIC_WORD = 2  # letters a word must have besides a preposition written onto it


def _plausible(text: str, ctx: Ctx, n: Number, taken: _Taken) -> bool:
    """Not a date, a clock time, a label («ماده ۵»), an identifier ("G20", "F-16") or a URL. (A
    label's word before a counted noun's number is the noun's verb's: «توقف پرواز ۱۷۱ فروند»
    grounds 171 planes.)"""
    if taken.overlaps(n.start, n.end):
        return False
    if (
        ctx.label_after.match(text, n.end) and not _ONE_DECIMAL.fullmatch(text, n.start, n.end)
    ) or _model_labelled(text, ctx, n.start, n.end):
        # (a clock time's minutes are two digits: «به بزرگی ۶.۸ صبح روز سه‌شنبه» is a magnitude)
        return False
    if n.written == "words":
        return True
    # The word around the number, but no more than _WORD_REACH characters each side: a text
    # with no spaces would otherwise make every number read the whole text.
    lo = text.rfind(" ", max(0, n.start - _WORD_REACH), n.start) + 1
    lo = max(lo, n.start - _WORD_REACH)
    hi = text.find(" ", n.end, n.end + _WORD_REACH)
    chunk = text[lo : hi if hi >= 0 else min(len(text), n.end + _WORD_REACH)]
    return not _IDENT.search(chunk)


_ONE_DECIMAL = re.compile(r"\d+[.,٫]\d")  # a figure with one decimal digit: no clock time


def _token(text: str, start: int, end: int) -> str:
    """The hyphen-joined run of letters and digits the number at ``start``–``end`` stands in."""
    a, b = start, end
    while a > 0 and (text[a - 1].isalnum() or (text[a - 1] in "-‐" and a > 1 and text[a - 2].isalnum())):
        a -= 1
    while b < len(text) and (
        text[b].isalnum() or (text[b] in "-‐" and b + 1 < len(text) and text[b + 1].isalnum())
    ):
        b += 1
    return text[a:b]


def _with_word_after(text: str, n: Number) -> str | None:
    """The number's token and the word right after it ("737 MAX"), or None with no word there."""
    m = _WORD_AFTER.match(text, n.end)
    return f"{_token(text, n.start, n.end)} {m.group(1)}" if m else None


_WORD_AFTER = re.compile(r"[ ]([^\W\d_]+)")


def _designation_pair(tok: str) -> bool:
    """Two figures a hyphen joins that no range is written as: a first of three digits or more that
    no count rounds to ("737-800"), as against "300-400" or "125-150"."""
    m = _PAIR.match(tok)
    return m is not None and int(m.group(1)) % 5 != 0


_PAIR = re.compile(r"(\d{3,})[-‐]\d{2,}\Z")


def _model_labelled(text: str, ctx: Ctx, start: int, end: int) -> bool:
    """A label's word before the number at ``start``–``end`` («ماده ۵», "Boeing 737"), or before
    the number the number's hyphen joins it to ("Boeing 737-800", «بوينغ 737-800»), unless a unit
    follows it."""
    if ctx.label_before.search(text, max(0, start - 30), start):
        return not ctx.unit_after(text, end)
    joined = _HYPHENED.search(text, max(0, start - _HYPHENED_REACH), start)
    return bool(joined and ctx.label_before.search(text, max(0, joined.start() - 30), joined.start()))


_HYPHENED = re.compile(r"(?<![\w.,])\d+[-‐–]\Z")
_HYPHENED_REACH = 12

_CAPITALISED_BEFORE = re.compile(r"([^\W\d_]+)[ ]\Z")
_NUMBER_BEFORE = re.compile(r"(?<![\w,.])\d(?:[\d,.]*\d)?[ ]\Z")


def _designation(doc: Doc, ctx: Ctx, sentences: _Sentences, n: Number) -> bool:
    """A number in a model's name: right after a capitalised word that itself follows a number
    ("171 Boeing 737 Max 9 jets": neither 737 nor 9 counts the jets). Not after a unit's sign
    ("Rs 10 lakh"), nor after a list's comma ("Iraq 211,000, UAE 144,000"), nor after a name of
    two words ("Saudi Arabia 500,000"). A script without capitals needs the number before the word
    to be a model's, after a maker's label, and no unit after this one: «بوئینگ ۷۳۷ مکس ۹ ناوگان»
    (but «بوئینگ ۷۳۷ حامل ۹ خدمه» carries 9 crew)."""
    if n.written == "words":
        return False
    text, original = doc.text, doc.article.text
    m = _CAPITALISED_BEFORE.search(text, max(0, n.start - 30), n.start)
    if m is None or ctx.sign(text, n.start)[0]:
        return False
    initial = original[doc.norm.orig_index(m.start(1))]
    cased = initial.isupper() or initial.islower()
    if cased and not initial.isupper():
        return False
    first = sentences.at(n.start)[0]
    model = _NUMBER_BEFORE.search(text, max(first, m.start(1) - 30), m.start(1))
    if model is None or cased:
        return model is not None
    return not ctx.unit_after(text, n.end) and _model_labelled(text, ctx, model.start(), model.end() - 1)


class _Taken:
    """Spans already claimed, asked «does ``[start, end)`` overlap one?» in log time."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the spans up to each index
        far = -1
        for _, b in ordered:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start


_PERCENT = ("%", "٪")


def _range(text: str, ctx: Ctx, a: Number, b: Number) -> _Range | None:
    """``(start, low, high)`` when ``a`` and ``b`` form a range: «بین ۵۸ تا ۸۷ هزار», "5-10"."""
    if a.ordinal or b.ordinal or b.start <= a.end:
        return None
    end = a.end
    if text[end : end + 1] in _PERCENT and text[b.end : b.end + 1] == text[end]:
        end += 1  # («ما بين 58.3% و60.7%», "between 58.3% and 60.7%": the sign on each end)
    # («بين خمس سنوات و20 سنة», "between five years and 20 years": each end with its noun, the same)
    ends = [end]
    unit_a = ctx.unit_after(text, end)
    if unit_a and (unit_b := ctx.unit_after(text, b.end)) and unit_a[0] == unit_b[0]:
        ends.append(unit_a[1][1])
    # ("between $6 and $8 a barrel": the same sign before each end)
    sign_a, at_a = ctx.sign(text, a.start)
    sign_b, at_b = ctx.sign(text, b.start)
    signed = sign_a is not None and sign_a == sign_b
    a_at, b_at = (at_a, at_b) if signed else (a.start, b.start)
    start = None
    for open_re, join_re in ctx.ranges:
        if any(join_re.fullmatch(text, x, b_at) for x in ends) and (
            m := open_re.search(text, max(0, a_at - 20), a_at)
        ):
            start = m.start()
            break
    either = ctx.either_join.fullmatch(text, end, b_at)
    if start is None and (either or ctx.bare_join.fullmatch(text, end, b_at)):
        # "rose from 2 to 3" is a change, but "from two or three" is not, nor is "from two to three
        # months to at least a year" (the change goes to what follows the second end)
        if (
            not either
            and ctx.no_range_after.search(text, max(0, a_at - 20), a_at)
            and not _onward(text, ctx, b)
        ):
            return None
        if "words" in (a.written, b.written) and a.written != b.written:
            return None  # «لليلة واحدة إلى 27.25 بالمئة»: "one" night, then the figure, no range
        start = a.start
    if start is None:
        return None
    low = a.value
    if b.scale and not a.scale and a.written != "mixed" and a.value * b.scale <= b.value:
        low = a.value * b.scale  # «بین ۵۸ تا ۸۷ هزار»: the scale after the second number applies to both
    return (start, replace(a, value=low), b) if low < b.value else None


def _onward(text: str, ctx: Ctx, b: Number) -> bool:
    """A join to a further figure follows ``b`` (and its unit): "from two to three months to at least
    a year" goes from the range of ``a`` and ``b`` onward, and "to curb inflation" is no figure."""
    unit = ctx.unit_after(text, b.end)
    m = ctx.bare_join.match(text, unit[1][1] if unit else b.end)
    if m is None or m.end() == m.start():
        return False
    rest = m.end()
    return bool(
        ctx.hedge_start.match(text, rest) or ctx.lex.token_re.match(text, rest) or ctx.unit_after(text, rest)
    )


class _Sentences:
    """``Doc.sentence_at`` by bisection where the sentences are sorted and disjoint (as split)."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.spans, self.starts = doc, doc.sentences, [s for s, _ in doc.sentences]
        ends = [e for _, e in self.spans]
        self.sorted = all(map(le, self.starts, ends)) and all(map(le, ends, self.starts[1:]))

    def at(self, i: int) -> tuple[int, int]:
        """Folded ``(start, end)`` of the sentence holding ``i``, else ``(i, i)``."""
        if not self.sorted:
            return self.doc.sentence_at(i)
        k = bisect_right(self.starts, i) - 1
        return self.spans[k] if k >= 0 and i < self.spans[k][1] else (i, i)


def _read(
    doc: Doc,
    ctx: Ctx,
    sentences: _Sentences,
    n: Number,
    rng: _Range | None,
    near: tuple[int | None, int | None] = (None, None),
    elided: str | None = None,
    own: tuple[str, tuple[int, int]] | None = None,
) -> tuple[Claim, int] | None:
    """The claim for one number (or range) and the folded offset where it ends; ``near`` holds
    where the number before ends and where the one after starts (``None``: there is none);
    ``elided`` is the unit the figure before leaves to this one, should it have none of its own;
    ``own``: the unit and its span that a dual word is by itself («عامين»)."""
    text = doc.text
    tail = _glued_tail(text, ctx, rng[2] if rng else n)
    if tail is None:
        return None
    num_end, ordinal_sfx, abbr = tail
    ordinal = n.ordinal or ordinal_sfx or (n.article and ctx.ordinal_noun(text, n.start))
    # ("six and a half years": the half stands between the number and its noun)
    half = _half(text, ctx, n, rng, num_end, ordinal)
    num_end = half[0] if half else num_end
    s, e, unit, u_span = (
        (n.start, max(num_end, own[1][1]), *own)
        if own
        else _unit(text, ctx, n, num_end, bool(ordinal and not rng), rng[0] if rng else None)
    )
    if n.weak and not unit:
        return None
    if not half and unit and (late := _half(text, ctx, n, rng, e, ordinal)) and late[1] == _ONE:
        half, e = late, late[0]  # («شش سال و نیم», «ست سنوات ونصف»: after the noun)
    # (a noun linked before the number has its hedge between them: "a crew of fewer than 22")
    linked = (
        u_span is not None and not ordinal and u_span[1] < n.start and bool(text[u_span[1] : n.start].strip())
    )
    at = n.start if linked else (min(s, rng[0]) if rng else s)
    hedged = _hedge(text, ctx, at, e, rng is not None)
    if not (hedged[0] and ctx.dimension(unit) == "duration" and _spans(text, ctx, hedged[1])):
        hedge, s, e = hedged[0], min(s, hedged[1]), hedged[2]
    else:
        hedge = None
    clause = _clause(text, sentences.at(n.start), n.start, e)
    # ("16.3 million votes to Jalili's 13.5 million": votes too; not «٩٫٠٢ مليون مولود», which
    # counts a noun of its own)
    took = (
        unit is None
        and not ordinal
        and elided is not None
        and not _counts_own(doc, ctx, (s, e), clause, num_end)
    )
    if took:
        unit = elided
    if unit in ctx.cue_parents:
        unit = ctx.refine(text, unit, _conjunct(text, ctx, clause, s, e, near))
    kind = "ordinal" if ordinal else ("percent" if ctx.is_percent(unit) else "cardinal")
    scale = abbr or _ONE
    low, high = (rng[1].value, rng[2].value * scale) if rng else (n.value * scale, n.value * scale)
    if half:
        low = high = (low + _HALF) * half[1]
    val = _interval(ctx, hedge, low, high, kind)
    val["unit"] = unit
    val["unit_text"] = _surface(doc, *u_span) if u_span else None
    if took:
        val["unit_elided"] = True  # (a list reads it as a figure with no unit of its own)
    val["subject"], val["subject_key"] = _subject(doc, ctx, unit, u_span, (s, e), clause, num_end)
    val["written"] = written = n.written if not rng or rng[2].written == n.written else "mixed"
    how = "range" if rng else (kind if kind != "cardinal" else written)
    return doc.claim("number", s, e, val, f"number.{doc.lang}.{how}", key="number"), e


def _unit(
    text: str, ctx: Ctx, n: Number, num_end: int, look_back: bool, opens: int | None = None
) -> tuple[int, int, str | None, tuple[int, int] | None]:
    """``(start, end, unit, unit span)``: a sign before ("$5", «٪۷»), the counted noun after
    («۸۰ سال»), or for an ordinal the noun before it («الذكرى الثمانين»); for a range that
    ``opens`` with a word, the sign before that word ("aged between 50 and 80"). A sign outweighs
    a different noun after the number ("$1.2 billion last year" is dollars)."""
    s, e = n.start, num_end
    score = _SCORE.search(text, max(0, n.start - _SCORE_REACH), n.start)
    if score and not n.ordinal and Decimal(score.group(1)) >= n.value:
        return s, e, None, None  # ("6-2 on Monday", «6-2 يوم الاثنين»: a score's second half counts no days)
    unit, sign_start = ctx.sign(text, n.start)
    u_span = None
    if sign_start is not None:
        s, u_span = sign_start, (sign_start, n.start)
    elif h := ctx.hedge_before.search(text, max(0, n.start - 40), n.start):
        # ("died at the age of fewer than 96", "aged over 60": the phrase before the hedge)
        unit, sign_start = ctx.sign(text, h.start("h"))
        if sign_start is not None:
            s, u_span = sign_start, (sign_start, h.start("h"))
    elif opens is not None and opens < n.start:
        unit, sign_start = ctx.sign(text, opens)
        if sign_start is not None:
            s, u_span = sign_start, (sign_start, opens)
    found = ctx.unit_after(text, num_end)
    if found and unit is not None and found[0] != unit:
        found = None  # the sign wins: "$1.2 billion last year" is money, not a duration
    if found:
        unit, u_span = found
        e = u_span[1]
        both = _joined_people(text, ctx, unit, e)
        if both is not None:
            # ("50 women and children": a count of people, not of women)
            unit, u_span = _PEOPLE, (u_span[0], both)
            e = both
    elif look_back and (before := ctx.unit_before(text, n.start)):
        unit, u_span = before
        s = u_span[0]
    elif (
        unit is None
        and not look_back
        and (linked := _linked_before(text, ctx, n.start))
        and ctx.dimension(linked[0]) != "duration"  # (not «العام الـ2023»)
    ):
        unit, u_span = linked
        s = u_span[0]
    return s, e, unit, u_span


_PEOPLE = "person"


def _joined_people(text: str, ctx: Ctx, unit: str, end: int) -> int | None:
    """The end of a second noun of people joined to the counted one ("women and children", «النساء
    والأطفال», «زن و کودک»): the figure counts both."""
    if not ctx.people_joins or ctx.dimension(unit) != "people" or unit == _PEOPLE:
        return None
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    for j in ctx.people_joins:
        k = i + len(j)
        # (a join of letters is a word, or a letter glued to the next: «والأطفال»)
        if text.startswith(j, i) and (len(j) == 1 or text[k : k + 1] == " "):
            other = ctx.unit_after(text, k)
            if other and other[0] != unit and ctx.dimension(other[0]) == "people":
                # ("91 passengers and eight crew": a second count of its own, no join)
                between = text[k : other[1][0]]
                if any(ch.isdigit() for ch in between) or any(
                    squash(fold_word(w)) in ctx.lex.words for w in between.split()
                ):
                    return None
                return other[1][1]
    return None


_SCORE = re.compile(r"(?<![\d.,])(\d{1,3})\s?[-–]\s?\Z")  # a score's first half right before: "6-", "4 -"
_SCORE_REACH = 6


_HALF = Decimal("0.5")


def _half(text: str, ctx: Ctx, n: Number, rng, at: int, ordinal) -> tuple[int, Decimal] | None:
    """Where a half that ``n`` takes ends, when one follows ``at`` ("six and a half", «سال و نیم»),
    and the scale after it ("two and a half million": 2.5 times a million; 1 with none): a whole
    number's half, never a range's, an ordinal's or one with a scale of its own («دو میلیون و
    نیم» is no 2,000,000.5)."""
    if ctx.half is None or rng or ordinal or n.scale is not None or n.value != n.value.to_integral_value():
        return None
    m = ctx.half.match(text, at)
    if m is None:
        return None
    nxt = NEXT_WORD.match(text, m.end())
    w = ctx.lex.words.get(squash(nxt.group(1))) if nxt else None
    if w is not None and w.cat == "scale" and not w.plural:
        return nxt.end(), Decimal(w.value)
    return None if w is not None else (m.end(), _ONE)


def _linked_before(text: str, ctx: Ctx, start: int) -> tuple[str, tuple[int, int]] | None:
    """A counted noun linked to the number after it ("a crew of 22"), a hedge between them or not
    ("a crew of fewer than 22")."""
    found = ctx.unit_linked_before(text, start)
    if found is None and (h := ctx.hedge_before.search(text, max(0, start - 40), start)):
        found = ctx.unit_linked_before(text, h.start("h"))
    return found


def _glued_tail(text: str, ctx: Ctx, n: Number) -> tuple[int, bool, Decimal | None] | None:
    """Letters written onto digits: an ordinal suffix ("80th"), a unit ("5km", «۷درصد»), a scale
    after a currency sign ("$5bn"); any other glued letters make an identifier → ``None``."""
    e = n.end
    if n.written == "words" or e >= len(text) or not text[e].isalpha():
        return e, False, None
    m = ctx.digit_suffix.match(text, e)
    if m:
        return m.end(), True, None
    if ctx.unit_after(text, e):
        return e, False, None
    a = ctx.scale_abbr.match(text, e)
    if a and ctx.sign(text, n.start)[0]:
        return a.end(), False, Decimal(ctx.abbrs[a.group()])
    return None


_NEXT_WORD = re.compile(r"\s+[^\W\d_]+")


def _hedge(text: str, ctx: Ctx, s: int, e: int, is_range: bool) -> tuple[str | None, int, int]:
    if is_range:
        return "range", s, e
    m = ctx.hedge_before.search(text, max(0, s - 40), s)
    if (
        m
        and (text[max(0, m.start("h") - _CLOSER_REACH) : m.start("h")].split() or [""])[-1]
        in ctx.hedge_not_after
    ):
        m = None  # («من هم في سن الخامسة والستين فما فوق 13.50%»: "and above" closes the age before it)
    # (an article stands only before a number word: "more than a million", not "over a 10-day span"
    # nor "under a $1.6 billion deal")
    if m and (not text[m.end("h") : s].strip() or text[s : s + 1].isalpha()):
        return _hedge_of(text, ctx, m), m.start("h"), e
    m = ctx.verb_first.search(text, max(0, s - _VERB_FIRST_REACH), s) if ctx.verb_first is not None else None
    before = text[max(0, m.start("h") - _VERB_FIRST_REACH) : m.start("h")].split()[-1:] if m else []
    if (
        m
        and squash(m.group("h")) in ctx.hedges
        and not (before and before[0] in ctx.verb_first_not_after)
        and not ctx.verb_first_not_through.intersection(text[m.end("h") : s].split())
    ):
        return _hedge_of(text, ctx, m), s, e
    m = ctx.hedge_after.match(text, e)
    # (unless the word after it makes it the next figure's: «20 قتيلا وأكثر من 450 جريحا»)
    nxt = _NEXT_WORD.match(text, m.end("h")) if m else None
    if m and not (nxt and ctx.hedge_before.search(text, m.start("h"), nxt.end())):
        return ctx.hedges[squash(m.group("h"))], s, m.end("h")
    for hid, before, after in ctx.hedge_around:
        b = before.search(text, max(0, s - 20), s)
        a = b and after.match(text, e)  # (no slice of the rest of the text per number)
        if b and a:
            # («نباید از ۳۰۰ کیلوگرم فراتر رود», must not pass 300: at most)
            if hid in _NEGATED and ctx.negator is not None and _negated(text, ctx, b.start()):
                hid = _NEGATED[hid]
            return hid, b.start(), a.end("h")
    return None, s, e


_CLOSER_REACH = 12  # characters before a hedge where a word that makes it close the figure before may stand
_VERB_FIRST_REACH = 96  # characters before a figure where a verb of exceeding and its subject may stand

# A hedge of exceeding, negated, bounds the figure: "not to enrich above 3.67 percent" is at most
_NEGATED = {"more_than": "at_most", "less_than": "at_least"}
_NEGATION_REACH = 60  # characters before the hedge where its negator may stand …
_NEGATION_WORDS = 4  # … with at most this many words between them, in one clause
_NEGATION_STOP = re.compile(r"[!?؟؛;:\n.,،]")


def _hedge_of(text: str, ctx: Ctx, m: re.Match[str]) -> str:
    """The hedge its ``h`` group names, turned to its bound when a negator stands before it."""
    hid = ctx.hedges[squash(m.group("h"))]
    if hid in _NEGATED and ctx.negator is not None and _negated(text, ctx, m.start("h")):
        hid = _NEGATED[hid]
    return hid


def _negated(text: str, ctx: Ctx, h: int) -> bool:
    """A negator (``rules/hedges`` ``negators``) stands a few words before the hedge at ``h``, in its
    clause."""
    lo = max(0, h - _NEGATION_REACH)
    for stop in _NEGATION_STOP.finditer(text, lo, h):
        lo = stop.end()
    last = None
    for last in ctx.negator.finditer(text, lo, h):  # noqa: B007 (the last one counts)
        pass
    return last is not None and len(text[last.end() : h].split()) <= _NEGATION_WORDS


def _spans(text: str, ctx: Ctx, s: int) -> bool:
    """The hedge word at ``s`` is one that before a duration tells the span something takes
    ("will withdraw gradually over 60 days"), with no word before it that makes it "more than"
    ("in power for over 60 years")."""
    word = text[s : s + 12].split(maxsplit=1)
    return (
        bool(word)
        and squash(word[0]) in ctx.span_words
        and not ctx.span_unless.search(text, max(0, s - 20), s)
    )


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """Folded span of the clause around ``[start, end)`` in its sentence, cut at «؛», ":" …"""
    s0, s1 = sentence
    if s1 <= s0:
        s0, s1 = 0, len(text)
    # Bounded look-around: a clause is short, and an unsplit text must not make this quadratic.
    lo = max(s0, start - _CLAUSE_REACH)
    for m in _CLAUSE_END.finditer(text, lo, start):
        lo = m.end()
    hi = max(end, min(s1, end + _CLAUSE_REACH))
    m = _CLAUSE_END.search(text, end, hi)
    return lo, m.start() if m else hi


def _conjunct(
    text: str, ctx: Ctx, clause: tuple[int, int], s: int, e: int, near: tuple[int | None, int | None]
) -> tuple[int, int]:
    """The part of the clause that belongs to the number at ``[s, e)`` alone: cut at the comma
    or joiner that parts it from the number before or after in the clause («۱۲۰ نفر کشته و
    بیش از ۸۰۰ نفر زخمی شده‌اند»: the cue «زخمی شده‌اند» is the 800's)."""
    lo, hi = clause
    prev, nxt = near
    if prev is not None and lo < prev <= s:
        lo = prev  # (a cue before the number before is that number's: «سه نفر کشته … که حال چهار نفر از آنان وخیم»)
        for m in ctx.conjunct_sep.finditer(text, prev, s):
            lo = m.end()
    if nxt is not None and e <= nxt < hi and (m := ctx.conjunct_sep.search(text, e, nxt)):
        hi = m.start()
    return lo, hi


def _interval(ctx: Ctx, hedge: str | None, low: Decimal, high: Decimal, kind: str) -> dict[str, Any]:
    """The interval a hedge makes of the number ``x = low`` (or of ``low``–``high`` for a range).

    Semantics come from rules/hedges/concepts.yaml: «بیش از ۸۰» → (80, ∞), «حدود ۱۴» → [12.6, 15.4].
    """
    sem, below, above = ctx.spread("exact" if kind == "ordinal" else hedge or "exact")
    x = low
    lo, hi = _bound(sem["low"], x, below, above, high), _bound(sem["high"], x, below, above, high)
    if (sem["low"], sem["high"]) == ("x-tol", "x+tol") and lo is not None and hi is not None:
        lo, hi = _to_its_digits(x, lo, hi)
    return {
        "value": as_json_number(x),
        "low": None if lo is None else as_json_number(lo),
        "high": None if hi is None else as_json_number(hi),
        "low_inclusive": bool(sem["low_inclusive"]) and lo is not None,
        "high_inclusive": bool(sem["high_inclusive"]) and hi is not None,
        "hedge": hedge,
        "kind": kind,
    }


def _to_its_digits(x: Decimal, lo: Decimal, hi: Decimal) -> tuple[Decimal, Decimal]:
    """ "About" a figure written with decimals is about it to within ten units of its last digit,
    where that is narrower than the hedge's share: "about 55.6%" turnout is 54.6% to 56.6%, not
    50% to 61% (the writer kept the tenth); "about 2.5%" keeps the share, 2.25% to 2.75%."""
    exponent = x.normalize().as_tuple().exponent  # (1.16 million is 1.16E+6: whole units)
    if not isinstance(exponent, int) or exponent >= 0:
        return lo, hi
    reach = Decimal(_DIGITS_REACH).scaleb(exponent)
    return max(lo, x - reach), min(hi, x + reach)


_DIGITS_REACH = 10  # units of the last written digit an "about" figure may be off by


def _bound(name: str, x: Decimal, below: Decimal, above: Decimal, second: Decimal) -> Decimal | None:
    """One end of the interval: ``x``, ``x·(1−tol)``, ``x·(1+tol)``, the range's ends, or ``None`` (∞)."""
    if name in ("x", "first"):
        return x
    if name == "x-tol":
        return x * below
    if name == "x+tol":
        return x * above
    return second if name == "second" else None


def _word_of(doc: Doc, start: int, end: int) -> str:
    """The whole original word the folded span ``[start, end)`` stands in, letters the fold dropped
    included (the hamza of «أثناء», folded «اثنا»)."""
    a, b = doc.norm.orig_span(start, end)
    text = doc.article.text
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    while b < len(text) and (text[b].isalpha() or unicodedata.category(text[b]) == "Mn"):
        b += 1
    return text[a:b]


def _surface(doc: Doc, start: int, end: int) -> str:
    """The original text of the folded span ``[start, end)``."""
    a, b = doc.norm.orig_span(start, end)
    return doc.article.text[a:b]


def _words(
    text: str, ctx: Ctx, start: int, end: int, limit: int, lead: bool = False, suffixes: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Consecutive words from ``start`` (only spaces between), up to a stop-word or ``limit``;
    with ``lead``, stop-words before the first word are skipped ("of the vote" → "vote");
    with ``suffixes``, only words ending so are taken (adjectives such as «سوری»)."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _WORD.finditer(text, start, end):
        if (
            text[pos : m.start()].strip()
            or len(out) >= limit
            or (suffixes and not m.group().endswith(suffixes))
        ):
            break
        if fold_word(m.group()) in ctx.stop:
            if out or not lead:
                break
            pos = m.end()
            continue
        if ctx.word_stop.match(text, m.start()):
            break  # a hedge, the next number or a clause cue begins here
        out.append(m.span())
        pos = m.end()
    return out


def _subject(
    doc: Doc,
    ctx: Ctx,
    unit: str | None,
    u_span: tuple[int, int] | None,
    span: tuple[int, int],
    clause: tuple[int, int],
    num_end: int,
) -> tuple[str | None, str | None]:
    """``(subject, subject key)``: what is counted, the noun and its modifiers («جوان سوری»);
    for durations, what lasts."""
    text, (s, e), limit = doc.text, span, ctx.max_words
    dimension = ctx.dimension(unit)
    words: list[tuple[int, int]] = []
    if dimension == "duration":
        for where in ctx.duration_order:
            if where == "head" and clause[0] < s:
                words = _words(text, ctx, _LEAD.match(text, clause[0]).end(), s, limit)
            elif where == "link" and (link := ctx.duration_links.match(text, e)):
                words = _words(text, ctx, link.end(), clause[1], limit, lead=True)
            elif where == "after":
                words = _words(text, ctx, e, clause[1], limit)
            if words:
                break
    elif dimension == "ratio":
        # «۷ درصد از آرا», "7 percent of the vote"; only Persian and Arabic put bare modifiers after.
        link = ctx.of_links.match(text, e)
        words = _words(text, ctx, link.end(), clause[1], limit, lead=True) if link else []
        words = words or (_words(text, ctx, e, clause[1], limit) if not ctx.window else [])
    elif u_span and u_span[0] >= num_end:
        # The noun with the adjectives before it (English) or after it (Persian, Arabic).
        first = _LEAD.match(text, num_end).end() if ctx.window else u_span[0]
        tail = _words(text, ctx, u_span[1], clause[1], limit - 1, suffixes=ctx.adjective_endings)
        words = [(first, u_span[1]), *tail]
    else:
        words = _words(text, ctx, e, clause[1], limit)
    if not words:
        return None, None
    subject = _surface(doc, words[0][0], words[-1][1])
    key = " ".join([w for w in fold_word(subject).split() if w not in ctx.stop])
    return subject, key or None
