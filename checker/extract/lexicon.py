"""Compiled lexicons: one alternation regex per table, cached per (rules, language).

A table maps folded phrases to concept ids. ``Table.find`` yields ``(start, end, id)``
on folded text; spaces inside a phrase match any run of spaces or none.

A phrase starts where no word character stands before it. The regex does not say so with a
lookbehind: a pattern that opens on an assertion makes ``re`` start a match attempt at every
character of the text. It opens instead on the character before the phrase, a *gap*: a class
of characters, which ``re`` skips to in one C loop, so only the positions after a space or a
punctuation mark are tried (lexicon scans run about twice as fast).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from checker.extract.base import WB_R, non_word, phrase_pattern
from checker.normalize import fold
from checker.rules import Rules
from checker.table_cache import load_or_build

_SPACES = re.compile(r"\s+")
_MEMO = 50_000
# A lexicon regex without its gap, for a class of proclitics: "(?:[وب](?=\w{2}))?" is spelt as a
# branch, "(?:[وب](?=\w\w)|)", which matches the same in the same order and costs re less.
_CLITIC = "(?:[{}](?=\\w\\w)|)"


def squash(s: str) -> str:
    """The lookup form of a folded phrase: no spaces."""
    return _SPACES.sub("", s) if " " in s or "\n" in s else s


@dataclass(frozen=True)
class Table:
    """Folded phrase → id, with one compiled regex."""

    regex: re.Pattern[str]
    ids: dict[str, str | None]
    clitics: str = ""
    inflections: tuple[str, ...] = ()
    # Surface → id (or None) of what the regex matched before: the same words recur in every
    # article, and the look-up strips spaces, clitics and endings each time. Bounded by ``_MEMO``.
    memo: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    # The text last scanned whole and its phrases: several stages scan one article's folded text
    # for the same table (names, titles, sources), and the second scan is a copy of the first.
    # (one slot, replaced whole: a reader never sees one text with another's phrases)
    last: list = field(default_factory=lambda: [(None, ())], compare=False, repr=False)

    @classmethod
    def build(
        cls,
        entries: Iterable[tuple[str, str]],
        clitics: str = "",
        suffix: str = "",
        inflections: Iterable[str] = (),
    ) -> Table:
        """Compile ``(phrase, id)`` pairs; ``clitics`` are letters that may be glued in front («وسوريا»),
        ``inflections`` endings that may be glued behind («زمین‌لرزه‌ای»)."""
        infl = tuple(sorted({fold(x) for x in inflections if x}, key=len, reverse=True))
        if infl:
            suffix += "(?:" + "|".join(re.escape(x) for x in infl) + ")?"
        ids: dict[str, str | None] = {}
        phrases = []
        for phrase, cid in entries:
            # A ZWNJ inside a phrase («کره‌ای») is written as a space, or not at all, as often.
            f = fold(phrase.replace("\u200c", " ")).strip()
            if f:
                ids.setdefault(squash(f), cid)
                phrases.append(f)
        body = phrase_pattern(phrases, lambda s: s)
        prefix = _CLITIC.format(re.escape(clitics)) if clitics else ""
        return cls(re.compile(f"[{non_word()}](?:{prefix}(?:{body}){suffix}{WB_R})"), ids, clitics, infl)

    def lookup(self, surface: str) -> str | None:
        key = squash(surface)
        if key in self.ids:
            return self.ids[key]  # (a phrase listed as naming nothing, «ارزش», is no «ارز» with its «ش»)
        found = None
        if found is None and self.clitics and key[:1] in self.clitics:
            found = self.ids.get(key[1:])
        for x in self.inflections:
            if found is not None:
                break
            if key.endswith(x):
                found = self.lookup(surface[: len(surface) - len(x)]) if len(key) > len(x) else None
        return found

    def find(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, str]]:
        """``(start, end, id)`` of each phrase in ``text[pos:endpos]``, leftmost first and not
        overlapping: what ``finditer`` gives for the regex with a lookbehind in place of the gap."""
        if pos == 0 and endpos is None:
            seen, hits = self.last[0]
            if seen is not text and seen != text:
                hits = tuple(self._scan(text, 0, None))
                self.last[0] = (text, hits)
            return iter(hits)
        return self._scan(text, pos, endpos)

    def _scan(self, text: str, pos: int, endpos: int | None) -> Iterator[tuple[int, int, str]]:
        end = len(text) if endpos is None else endpos
        shift = 0
        if pos == 0:
            # A phrase may open the text, with no character before it to be its gap.
            text, pos, end, shift = " " + text[:end], 1, end + 1, 1
        search, memo = self.regex.search, self.memo
        at = pos - 1
        while m := search(text, at, end):
            gap, e = m.start(), m.end()
            if text[gap] > "\uffff" and _astral_word(text[gap]):  # the test inlined: rare
                at = gap + 1
                continue
            at = e - 1  # the next phrase may start right after this one, its last character the gap
            surface = text[gap + 1 : e]
            try:
                cid = memo[surface]
            except KeyError:
                cid = self.lookup(surface)
                if len(memo) >= _MEMO:
                    memo.clear()
                memo[surface] = cid
            if cid is not None:
                yield gap + 1 - shift, e - shift, cid

    def match_at(self, text: str, pos: int, endpos: int | None = None) -> tuple[int, int, str] | None:
        """A match starting exactly at ``pos``."""
        end = len(text) if endpos is None else endpos
        shift = 0
        if pos == 0:
            text, pos, end, shift = " " + text[:end], 1, end + 1, 1
        m = self.regex.match(text, pos - 1, end)
        if not m or _astral_word(text[pos - 1]):
            return None
        cid = self.lookup(text[pos : m.end()])
        return (pos - shift, m.end() - shift, cid) if cid else None


def _astral_word(ch: str) -> bool:
    """A word character outside the Basic Multilingual Plane: the gap class lets it through."""
    return ch > "\uffff" and ch.isalnum()


_CACHE: dict[tuple[int, str, str], object] = {}


def cached(rules: Rules, lang: str, name: str, build) -> object:
    """Build once per (rules object, language, table name), and once per rules and code version
    across runs (:mod:`checker.table_cache`)."""
    key = (id(rules), lang, name)
    if key not in _CACHE:
        _CACHE[key] = load_or_build(rules, lang, name, build)
    return _CACHE[key]


def phrases_rx(words, pattern: str) -> re.Pattern[str] | None:
    """``pattern`` with its ``%s`` filled by an alternation of the folded ``words``, longest first
    (None for no words): phrases around a value that a caller tests with ``search`` or ``match``."""
    body = "|".join(
        sorted({re.escape(fold(w).strip()) for w in words or () if w.strip()}, key=len, reverse=True)
    )
    return re.compile(pattern % body) if body else None


def clitics(rules: Rules, lang: str) -> str:
    """The proclitic letters of ``lang`` (``rules/morphology``), folded."""
    return "".join(fold(c) for c in rules.lang("morphology", lang).get("proclitics") or [])


def with_lam(rules: Rules, lang: str, entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``entries`` and, for a phrase with the definite article, its form after «ل», which drops the
    article's alif (``rules/morphology`` ``article_after_lam``: «للوكالة» is «ل» + «الوكالة»,
    «للبقاء» is «ل» + «البقاء»); the single-letter proclitics cannot spell that."""
    morph = rules.lang("morphology", lang)
    article, lam = morph.get("article"), morph.get("article_after_lam")
    if not (article and lam):
        return entries
    return entries + [(lam + n[len(article) :], i) for n, i in entries if n.startswith(article)]


def flat(mapping: dict[str, list[str]] | None) -> list[tuple[str, str]]:
    """``{id: [phrase, …]}`` → ``[(phrase, id), …]``."""
    return [(p, cid) for cid, phrases in (mapping or {}).items() for p in phrases or []]


def country_entries(
    rules: Rules, lang: str, fields=("names", "adjectives", "capitals"), ambiguous: bool = False
) -> list[tuple[str, str]]:
    """``(phrase, ISO code)`` for every country name of ``lang`` in ``fields`` (``rules/countries``).

    Names of countries that ``rules/countries`` does not list come from the places gazetteer
    (``rules/places``: every ISO 3166 country), so that a story from anywhere names its countries;
    names the gazetteer marks ambiguous («مالی», "Chad») are left out of that part unless
    ``ambiguous`` (for a place where only a country can stand: «رئیس‌جمهور پیشین پرو»)."""
    countries = rules.lang("countries", lang).get("countries") or {}
    out = [(p, cc) for cc, e in countries.items() for f in fields for p in e.get(f) or []]
    if "names" in fields:
        out.extend(_gazetteer_countries(rules, lang, frozenset(countries), ambiguous))
    return out


def _gazetteer_countries(
    rules: Rules, lang: str, known: frozenset[str], keep_ambiguous: bool
) -> list[tuple[str, str]]:
    kinds = rules.concepts("places").get("places") or {}
    data = rules.lang("places", lang)
    ambiguous = set() if keep_ambiguous else {fold(w) for w in data.get("ambiguous") or ()}
    out = []
    for section in ("hand", "names"):
        for pid, names in (data.get(section) or {}).items():
            if pid in known or (kinds.get(pid) or {}).get("kind") != "country":
                continue
            out.extend((n, pid) for n in names if fold(n) not in ambiguous)
    return out
