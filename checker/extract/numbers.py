"""Number claims: a number with its hedge, unit and subject, read as an interval.

«بیش از چهار هزار جوان سوری … مشغول به تحصیل» → (4000, ∞) students; «7 في المائة» → 7 percent;
«الذكرى الثمانين» → ordinal 80; «بین ۵۸ تا ۸۷ هزار» → [58000, 87000]. Numbers themselves come
from :mod:`checker.extract.number_words`; hedges, units and stop-words from ``rules/hedges``,
``rules/units`` and ``rules/numbers``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from checker.extract.base import Doc, phrase_pattern
from checker.extract.number_words import Number, NumberLexicon, as_json_number, find_numbers, number_lexicon
from checker.model import Claim
from checker.normalize import fold
from checker.rules import Rules

_Range = tuple[int, "Number", "Number"]  # (start of the opening word, low number, high number)
_CLAUSE_REACH = 400
_CLAUSE_END = re.compile(r"[!?؟؛;:\n]|\.(?!\d)")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_LEAD = re.compile(r"[\s\"'(-]*")
_IDENT = re.compile(r"(?:https?://|www\.|@|[^\W\d_]-\d|\+\d)")


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

    nums = [n for n in find_numbers(text, ctx.lex, decimal_at) if _plausible(text, ctx, n, taken)]
    claims: list[Claim] = []
    done = -1
    i = 0
    while i < len(nums):
        n = nums[i]
        pair = nums[i + 1] if i + 1 < len(nums) else None
        rng = _range(text, ctx, n, pair) if pair and n.start >= done else None
        built = _read(doc, ctx, n, rng) if n.start >= done else None
        if built:
            claims.append(built[0])
            done = built[1]
        i += 2 if rng and built else 1
    return claims


def _plausible(text: str, ctx: Ctx, n: Number, taken: Sequence[tuple[int, int]]) -> bool:
    """Not a date, a clock time, a label («ماده ۵»), an identifier ("G20", "F-16") or a URL."""
    if any(a < n.end and n.start < b for a, b in taken):
        return False
    if ctx.label_before.search(text, max(0, n.start - 30), n.start) or ctx.label_after.match(text, n.end):
        return False
    if n.written == "words":
        return True
    lo = text.rfind(" ", 0, n.start) + 1
    hi = text.find(" ", n.end)
    chunk = text[lo : hi if hi >= 0 else len(text)]
    return not _IDENT.search(chunk)


def _range(text: str, ctx: Ctx, a: Number, b: Number) -> _Range | None:
    """``(start, low, high)`` when ``a`` and ``b`` form a range: «بین ۵۸ تا ۸۷ هزار», "5-10"."""
    if a.ordinal or b.ordinal or b.start <= a.end:
        return None
    start = None
    for open_re, join_re in ctx.ranges:
        m = open_re.search(text, max(0, a.start - 20), a.start)
        if m and join_re.fullmatch(text, a.end, b.start):
            start = m.start()
            break
    if start is None and ctx.bare_join.fullmatch(text, a.end, b.start):
        if ctx.no_range_after.search(text, max(0, a.start - 20), a.start):
            return None
        start = a.start
    if start is None:
        return None
    low = a.value
    if b.scale and not a.scale and a.written != "mixed" and a.value * b.scale <= b.value:
        low = a.value * b.scale  # «بین ۵۸ تا ۸۷ هزار»: the scale after the second number applies to both
    return (start, replace(a, value=low), b) if low < b.value else None


def _read(doc: Doc, ctx: Ctx, n: Number, rng: _Range | None) -> tuple[Claim, int] | None:
    """The claim for one number (or range) and the folded offset where it ends."""
    text = doc.text
    tail = _glued_tail(text, ctx, rng[2] if rng else n)
    if tail is None:
        return None
    num_end, ordinal_sfx, abbr = tail
    ordinal = n.ordinal or ordinal_sfx or (n.article and ctx.ordinal_noun(text, n.start))
    s, e, unit, u_span = _unit(text, ctx, n, num_end, bool(ordinal and not rng))
    if n.weak and not unit:
        return None
    hedge, s, e = _hedge(text, ctx, min(s, rng[0]) if rng else s, e, rng is not None)
    clause = _clause(doc, n.start, e)
    unit = ctx.refine(text, unit, clause)
    kind = "ordinal" if ordinal else ("percent" if ctx.is_percent(unit) else "cardinal")
    scale = abbr or Decimal(1)
    low, high = (rng[1].value, rng[2].value * scale) if rng else (n.value * scale, n.value * scale)
    val = _interval(ctx, hedge, low, high, kind)
    val.update(_unit_fields(doc, unit, u_span))
    val.update(_subject(doc, ctx, unit, u_span, (s, e), clause, num_end))
    val["written"] = _written(n, rng)
    how = "range" if rng else (kind if kind != "cardinal" else val["written"])
    return doc.claim("number", s, e, val, f"number.{doc.lang}.{how}", key="number"), e


def _unit(
    text: str, ctx: Ctx, n: Number, num_end: int, look_back: bool
) -> tuple[int, int, str | None, tuple[int, int] | None]:
    """``(start, end, unit, unit span)``: a sign before ("$5", «٪۷»), the counted noun after
    («۸۰ سال»), or for an ordinal the noun before it («الذكرى الثمانين»)."""
    s, e = n.start, num_end
    unit, sign_start = ctx.sign(text, n.start)
    u_span = None
    if sign_start is not None:
        s, u_span = sign_start, (sign_start, n.start)
    found = ctx.unit_after(text, num_end)
    if found:
        unit, u_span = found
        e = u_span[1]
    elif look_back and (before := ctx.unit_before(text, n.start)):
        unit, u_span = before
        s = u_span[0]
    return s, e, unit, u_span


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


def _hedge(text: str, ctx: Ctx, s: int, e: int, is_range: bool) -> tuple[str | None, int, int]:
    if is_range:
        return "range", s, e
    m = ctx.hedge_before.search(text, max(0, s - 40), s)
    if m:
        return ctx.hedges[_squash(m.group("h"))], m.start("h"), e
    m = ctx.hedge_after.match(text, e)
    if m:
        return ctx.hedges[_squash(m.group("h"))], s, m.end("h")
    return None, s, e


def _clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Folded span of the clause around ``[start, end)``: the sentence cut at «؛», ":" …"""
    s0, s1 = doc.sentence_at(start)
    if s1 <= s0:
        s0, s1 = 0, len(doc.text)
    text = doc.text
    # Bounded look-around: a clause is short, and an unsplit text must not make this quadratic.
    lo = max(s0, start - _CLAUSE_REACH)
    for m in _CLAUSE_END.finditer(text, lo, start):
        lo = m.end()
    hi = max(end, min(s1, end + _CLAUSE_REACH))
    m = _CLAUSE_END.search(text, end, hi)
    return lo, m.start() if m else hi


def _interval(ctx: Ctx, hedge: str | None, low: Decimal, high: Decimal, kind: str) -> dict[str, Any]:
    """The interval a hedge makes of the number ``x = low`` (or of ``low``–``high`` for a range).

    Semantics come from rules/hedges/concepts.yaml: «بیش از ۸۰» → (80, ∞), «حدود ۱۴» → [12.6, 15.4].
    """
    sem = ctx.hedge_concepts["exact" if kind == "ordinal" else hedge or "exact"]
    tol = Decimal(str(sem.get("tolerance", ctx.default_tolerance)))
    x = low
    bounds = {"x": x, "x-tol": x * (1 - tol), "x+tol": x * (1 + tol), "first": low, "second": high}
    lo, hi = bounds.get(sem["low"]), bounds.get(sem["high"])
    return {
        "value": as_json_number(x),
        "low": None if lo is None else as_json_number(lo),
        "high": None if hi is None else as_json_number(hi),
        "low_inclusive": bool(sem["low_inclusive"]) and lo is not None,
        "high_inclusive": bool(sem["high_inclusive"]) and hi is not None,
        "hedge": hedge,
        "kind": kind,
    }


def _unit_fields(doc: Doc, unit: str | None, u_span: tuple[int, int] | None) -> dict[str, Any]:
    surface = None
    if u_span:
        a, b = doc.norm.orig_span(*u_span)
        surface = doc.article.text[a:b]
    return {"unit": unit, "unit_text": surface}


def _written(n: Number, rng: _Range | None) -> str:
    kinds = {n.written, rng[2].written} if rng else {n.written}
    return kinds.pop() if len(kinds) == 1 else "mixed"


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
        if fold(m.group()) in ctx.stop:
            if out or not lead:
                break
            pos = m.end()
            continue
        if any(r.match(text, m.start()) for r in (ctx.hedge_start, ctx.lex.token_re, ctx.cue_re)):
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
) -> dict[str, str | None]:
    """What is counted: the noun and its modifiers («جوان سوری»); for durations, what lasts."""
    text, (s, e), limit = doc.text, span, int(ctx.subject.get("max_words", 3))
    dimension = ctx.dimension(unit)
    words: list[tuple[int, int]] = []
    if dimension == "duration":
        for where in ctx.subject.get("duration_order") or ["link", "after", "head"]:
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
        return {"subject": None, "subject_key": None}
    a, b = doc.norm.orig_span(words[0][0], words[-1][1])
    subject = doc.article.text[a:b]
    key = " ".join(w for w in fold(subject).split() if w not in ctx.stop)
    return {"subject": subject, "subject_key": key or None}


class Ctx:
    """Everything a language needs beyond number words, compiled once per ``Rules`` object."""

    def __init__(self, rules: Rules, lang: str) -> None:
        self.lex = lex = number_lexicon(rules, lang)
        nums = lex.data
        ords, labels = nums.get("ordinals") or {}, nums.get("labels") or {}
        self.subject: dict[str, Any] = nums.get("subject") or {}
        self.stop = frozenset(fold(w) for w in nums.get("stopwords") or [])
        self.adjective_endings = tuple(fold(x) for x in self.subject.get("adjective_endings") or [])
        self.duration_links = re.compile(rf"\s*(?:{_alt(self.subject.get('duration_links'))})\s+")
        self.of_links = re.compile(rf"\s*(?:{_alt(self.subject.get('of_links'))})\s+")
        self.ord_noun = _before(f"(?:{_prefixes(lex)})?(?:{_alt(ords.get('nouns'))})")
        self.label_before = _before(_alt(labels.get("before")))
        self.label_after = re.compile(rf"\s*(?:{_alt(labels.get('after'))})(?!\w)")
        self.digit_suffix = re.compile(rf"(?:{_alt(ords.get('digit_suffixes'))})(?!\w)")
        abbrs = [(a, str(v)) for v, forms in (nums.get("scale_abbreviations") or {}).items() for a in forms]
        self.scale_abbr = re.compile(rf"(?:{_alt([a for a, _ in abbrs])})(?!\w)")
        self.abbrs = dict(abbrs)
        self._units(rules.lang("units", lang), rules.concepts("units").get("concepts") or {})
        self._hedges(rules.lang("hedges", lang), rules.concepts("hedges"))

    def _units(self, data: dict[str, Any], concepts: dict[str, Any]) -> None:
        units = data.get("units") or {}
        unit_body, self.units = _table(_pairs(units, "phrases"))
        sign_body, self.signs = _table(_pairs(units, "before"))
        cue_body, self.cues = _table(_pairs(units, "cues"))
        self.window = int(data.get("window", 0))
        # English puts adjectives between the number and its noun: "4,000 young Syrian students".
        mid = rf"(?P<mid>(?:[^\W\d_][\w'-]*\s+){{0,{self.window}}}?)" if self.window else "(?P<mid>)"
        noun = rf"(?P<p>{_prefixes(self.lex)})?(?P<u>{unit_body})"
        conn = _alt(data.get("connectors"))
        self.unit_re = re.compile(rf"(?:\s*|-)(?:(?:{conn})\s+)?{mid}{noun}(?!\w)")
        self.unit_back = _before(noun)
        self.sign_re = re.compile(rf"(?:{sign_body})\s*\Z")
        self.cue_re = re.compile(rf"(?<!\w)(?:{cue_body})(?!\w)")
        self.unit_concepts = concepts

    def _hedges(self, data: dict[str, Any], concepts: dict[str, Any]) -> None:
        hedges = data.get("hedges") or {}
        before, after = _pairs(hedges, "before"), _pairs(hedges, "after")
        any_body, self.hedges = _table(before + after)
        self.hedge_before = _before(f"(?P<h>{_table(before)[0]})")
        self.hedge_after = re.compile(rf"\s*(?P<h>{_table(after)[0]})(?!\w)")
        self.hedge_start = re.compile(rf"(?:{any_body})(?!\w)")
        join = lambda phrases: re.compile(rf"\s*(?:{_alt(phrases)})\s*")  # noqa: E731
        self.ranges = [(_before(_alt(r["open"])), join(r["join"])) for r in data.get("ranges") or []]
        self.bare_join = join(data.get("bare_joins"))
        self.no_range_after = _before(_alt(data.get("no_range_after")))
        self.hedge_concepts: dict[str, Any] = concepts.get("concepts") or {}
        self.default_tolerance = float(concepts.get("default_tolerance", 0.1))

    def _unit_span(self, m: re.Match[str]) -> tuple[str, tuple[int, int]]:
        # «بالذكرى»: the article belongs to the noun's surface, the «ب» before it does not.
        clitics = self.lex.article_clitics.get(m.group("p") or "")
        start = m.start("u") if clitics is None else m.start("p") + clitics
        return self.units[_squash(m.group("u"))], (start, m.end("u"))

    def unit_after(self, text: str, e: int) -> tuple[str, tuple[int, int]] | None:
        """The counted noun after the number («سال», «جوان», "young Syrian students")."""
        m = self.unit_re.match(text, e)
        if not m or any(fold(w) in self.stop for w in m.group("mid").split()):
            return None
        return self._unit_span(m)

    def unit_before(self, text: str, s: int) -> tuple[str, tuple[int, int]] | None:
        """A noun before an ordinal: «الذكرى الثمانين», «دور دوم»."""
        m = self.unit_back.search(text, max(0, s - 40), s)
        return self._unit_span(m) if m else None

    def sign(self, text: str, s: int) -> tuple[str | None, int | None]:
        """A unit sign right before the number: "$5", «٪۷»."""
        m = self.sign_re.search(text, max(0, s - 6), s)
        return (self.signs[_squash(m.group())], m.start()) if m else (None, None)

    def ordinal_noun(self, text: str, s: int) -> bool:
        return bool(self.ord_noun.search(text, max(0, s - 40), s))

    def refine(self, text: str, unit: str | None, clause: tuple[int, int]) -> str | None:
        """A cue in the clause that narrows the unit: person → student («… مشغول به تحصیل»)."""
        for m in self.cue_re.finditer(text, *clause) if unit else ():
            cue = self.cues.get(_squash(m.group()))
            if cue and self.unit_concepts.get(cue, {}).get("parent") == unit:
                return cue
        return unit

    def is_percent(self, unit: str | None) -> bool:
        return bool(unit) and self.unit_concepts.get(unit, {}).get("kind") == "percent"

    def dimension(self, unit: str | None) -> str | None:
        return self.unit_concepts.get(unit, {}).get("dimension") if unit else None


# Keyed by id(rules); the entry keeps the Rules object alive so that its id cannot be reused.
_CONTEXTS: dict[tuple[int, str], tuple[Rules, Ctx]] = {}


def context(rules: Rules, lang: str) -> Ctx:
    """The compiled tables for ``lang``, built once per ``Rules`` object."""
    key = (id(rules), lang)
    if key not in _CONTEXTS:
        _CONTEXTS[key] = (rules, Ctx(rules, lang))
    return _CONTEXTS[key][1]


def _squash(s: str) -> str:
    return "".join(s.split())


def _table(pairs: list[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """An alternation of folded phrases and a map from each (space-free) phrase to its id."""
    ids: dict[str, str] = {}
    for phrase, cid in pairs:
        ids.setdefault(_squash(fold(phrase)), cid)
    return _alt([p for p, _ in pairs]), ids


def _pairs(mapping: dict[str, Any], field: str) -> list[tuple[str, str]]:
    """``{id: {field: [phrase, …]}}`` → ``[(phrase, id), …]``."""
    return [(p, cid) for cid, entry in mapping.items() for p in (entry or {}).get(field) or []]


def _alt(phrases: list[str] | None) -> str:
    return phrase_pattern(phrases or [], fold)


def _before(body: str) -> re.Pattern[str]:
    """A pattern for a phrase that ends where the number starts (search with ``endpos``)."""
    return re.compile(rf"(?<!\w)(?:{body})\s*\Z")


def _prefixes(lex: NumberLexicon) -> str:
    pfx = lex.data.get("prefixes") or {}
    return _alt([*(pfx.get("article") or {}), *(pfx.get("plain") or [])])
