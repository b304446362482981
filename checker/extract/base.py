"""The document every extractor reads, and helpers to turn folded matches into claims."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from checker.model import Article, Claim, Diagnostic
from checker.normalize import NormText


@dataclass
class Doc:
    """One article prepared for extraction.

    Attributes:
        article: the article (``article.text`` is the original text).
        lang: ``fa``, ``ar`` or ``en``.
        norm: folded text; boilerplate is blanked with spaces (same length), so
            extractors never see it and offsets still map back.
        sentences: ``(start, end)`` of each sentence in *folded* offsets.
        reference_date: the article's publication date, when known.
        diagnostics: extractors append W… diagnostics here.
    """

    article: Article
    lang: str
    norm: NormText
    sentences: list[tuple[int, int]]
    reference_date: date | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # The headline, folded as the text is: it names the occasion the article reports (a .md file's
    # title is in its front matter, not in the text, so it yields no claim of its own).
    title: str = ""

    @property
    def text(self) -> str:
        """The folded text extractors match against."""
        return self.norm.text

    def sentence_at(self, i: int) -> tuple[int, int]:
        """Folded ``(start, end)`` of the sentence holding folded index ``i``."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sentences[mid]
            if i < s:
                hi = mid - 1
            elif i >= e:
                lo = mid + 1
            else:
                return s, e
        return (i, i)

    def claim(
        self,
        type_: str,
        start: int,
        end: int,
        value: dict[str, Any],
        rule: str,
        key: str = "",
        flags: tuple[str, ...] = (),
    ) -> Claim:
        """Build a claim from a *folded* span; offsets are mapped back to the original."""
        o_start, o_end = self.norm.orig_span(start, end)
        s_start, s_end = self.sentence_at(start)
        sent = self.norm.orig_span(s_start, s_end) if s_end > s_start else (o_start, o_end)
        return Claim(
            id=f"{self.article.id}:{type_}:{o_start}-{o_end}",
            article=self.article.id,
            type=type_,
            key=key,
            value=value,
            text=self.article.text[o_start:o_end],
            start=o_start,
            end=o_end,
            sentence=sent,
            rule=rule,
            flags=flags,
        )

    def diag(self, code: str, message: str) -> None:
        """Record a W… diagnostic against this article."""
        self.diagnostics.append(
            Diagnostic(code=code, message=message, article=self.article.id, path=self.article.path)
        )


def phrase_pattern(phrases: list[str] | tuple[str, ...], fold_fn) -> str:
    """A regex matching any of ``phrases`` after folding, longest first.

    Spaces inside a phrase match any run of spaces or none («رئیس جمهور» = «رئیسجمهور»),
    because the seeds lost their ZWNJ and ZWNJ is deleted by the fold. The phrases are compiled
    as a prefix trie rather than a flat alternation: with hundreds of names a flat alternation
    makes the engine try every branch at every position.
    """
    words = sorted({fold_fn(p).strip() for p in phrases if p and p.strip()})
    trie: dict = {}
    for phrase in words:
        node = trie
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _trie_regex(trie) if trie else r"(?!x)x"


def _units(phrase: str) -> list[str]:
    """Characters, with any run of spaces as one unit."""
    out: list[str] = []
    for ch in phrase:
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            out.append(" ")
        else:
            out.append(ch)
    return out


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for unit in sorted((k for k in node if k), key=lambda k: (k == " ", k)):
        head = r"\s*" if unit == " " else re.escape(unit)
        branches.append(head + _trie_regex(node[unit]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # Greedy optional: the longest phrase wins, as with a longest-first alternation.
        return f"(?:{body})?"
    return body


# Word boundaries that work for Persian/Arabic letters as well as Latin.
WB_L = r"(?<![\w])"
WB_R = r"(?![\w])"


@functools.cache
def non_word() -> str:
    """``\\W`` as a character class body: every BMP character that is no word character, and
    every astral one. The regex engine looks an explicit class up in a bitmap, which is several
    times faster than testing the ``\\W`` category of each character. (Shared by the lexicon
    tables and the number-word scan, which both find a phrase by the character before it.)"""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        ch = chr(cp)
        if not (ch.isalnum() or ch == "_"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    ranges.append((0x10000, 0x10FFFF))
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")  # the next word after a position, its spaces skipped
LAST_WORD = re.compile(r"([^\W\d_]+)\s+\Z")  # the last word before a position, with its spaces
# Where a clause ends: punctuation, a line break, brackets and quotes (a full stop not in a decimal).
CLAUSE_END = re.compile(r"[،,;:؛!?؟\n()«»\"]|\.(?!\d)")
_DATELINE_PLACE = re.compile(r"[^\n]{0,40}?\s[-—–]\s")
_FILED_ALSO = re.compile(r"(?:[^\W\d_][^\n/,]{0,30}/)+")


def is_dateline(doc: Doc, c: Claim) -> bool:
    """«أنقرة - …», "KRASNOGORSK, Russia — …": where the report was filed, not what happened there."""
    text = doc.article.text
    before = line_before(text, c.start).strip()
    # ("ANKARA/ISTANBUL, Feb 6 —": a dispatch filed from two places)
    return (not before or _FILED_ALSO.fullmatch(before) is not None) and _DATELINE_PLACE.match(
        text, c.end
    ) is not None


_DATELINE_REACH = 40
_DASH_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")


def one_word_apart(text: str, end: int, start: int) -> bool:
    """At most one word, and punctuation, between ``end`` and ``start`` of the original ``text``,
    within ``LINKED_GAP`` characters: two dates one word links («… ١٤٤٥ هـ الموافق ٢٦ أكتوبر»,
    «… (۵ فوریه)», «… یعنی …»)."""
    return end <= start <= end + LINKED_GAP and _ONE_WORD.fullmatch(text, end, start) is not None


LINKED_GAP = 16  # characters between two dates one word links
_ONE_WORD = re.compile(r"[\s,،/(:\-]*[^\W\d_]*[\s,،/(:\-]*")


def dated_line(doc: Doc, d: Claim) -> bool:
    """A dispatch's date ("ISTANBUL, March 21 —", "DUBAI, May 20 (Reuters) —"): it opens its line
    and a dash follows it. It says when the report was filed, not when the occasion happened."""
    text = doc.article.text
    return len(line_before(text, d.start, _DATELINE_REACH + 1)) <= _DATELINE_REACH and bool(
        _DASH_AFTER.match(text, d.end)
    )


# A capitalised name after a year, up to four words, and a lower-case head noun after it ("the 1918
# Cloquet fire"). The words before the year that make it the name's are the language's
# (rules/morphology ``year_name_determiners``).
_YEAR_BEFORE_NAME = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+[a-z][\w-]*)?")


def year_name_pattern(determiners) -> re.Pattern[str] | None:
    """The words right before a year that may make it a name's year, or None (none listed)."""
    words = sorted({w for w in determiners or () if w.strip()}, key=len, reverse=True)
    if not words:
        return None
    alts = "|".join(rf"\b{re.escape(w)}" if w[0].isalnum() else re.escape(w) for w in words)
    return re.compile(rf"(?:{alts})\s+\Z", re.I)


def name_after_year(text: str, d: Claim, before: re.Pattern[str] | None) -> int | None:
    """Where the capitalised name after a year written in digits ends (its head noun included), or
    None: the year is the name's, when what was named came to be. ``before``: the words that must
    stand right before the year (``year_name_pattern``)."""
    if before is None or d.value.get("precision") != "year" or not d.text[:1].isdigit():
        return None
    if not before.search(text, max(0, d.start - _DETERMINER_REACH), d.start):
        return None  # ("in 2015 Paris hosted the talks": no name's year)
    m = _YEAR_BEFORE_NAME.match(text, d.end)
    return m.end() if m else None


_DETERMINER_REACH = 12  # characters before a year where its determiner is looked for


def edition_pattern(heads) -> re.Pattern[str] | None:
    """The names of an edition right before its year ("Expo 2030"), or None (none listed)."""
    words = sorted({w for w in heads or () if w.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})[ \t\u200c]*\Z", re.I)


def edition_year(text: str, d: Claim, heads: re.Pattern[str] | None) -> bool:
    """A year written in digits right after an edition's name ("Expo 2030", «جام جهانی ۲۰۲۶»)."""
    if heads is None or d.value.get("precision") != "year" or not d.text[:1].isdigit():
        return False
    return heads.search(text, max(0, d.start - _EDITION_REACH), d.start) is not None


_EDITION_REACH = 40  # characters before a year where an edition's name may end


def line_before(text: str, pos: int, reach: int = 200) -> str:
    """The text of ``pos``'s line before it, looked at no further back than ``reach`` (a long line
    with many claims must not be rescanned from its start for each)."""
    lo = max(0, pos - reach)
    return text[text.rfind("\n", lo, pos) + 1 if "\n" in text[lo:pos] else lo : pos]


# Days before the publication whose dates belong to the reported occasion, not to history.
RECENT_DAYS = 2


def yearless_day(c: Claim) -> dict | None:
    """The month, day and weekday of a day written without a year in an article with no date to
    infer it from ("on Monday, 20 February" in an undated report), or None for any other date."""
    v, o = c.value, c.value.get("original") or {}
    if "year_missing" not in c.flags or v.get("precision") != "day" or not o.get("month") or not o.get("day"):
        return None
    if v.get("calendar") not in ("gregorian", "jalali"):
        return None  # (a lunar day may be a day off either way)
    out = {"month": o["month"], "day": o["day"]}
    if v.get("weekday"):
        out["weekday"] = v["weekday"]
    return out
