"""Compiled lexicons: one alternation regex per table, cached per (rules, language).

A table maps folded phrases to concept ids. ``Table.find`` yields ``(start, end, id)``
on folded text; spaces inside a phrase match any run of spaces or none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from checker.extract.base import WB_L, WB_R, phrase_pattern
from checker.normalize import fold
from checker.rules import Rules

_SPACES = re.compile(r"\s+")
_MEMO = 50_000


def squash(s: str) -> str:
    """The lookup form of a folded phrase: no spaces."""
    return _SPACES.sub("", s) if " " in s or "\n" in s else s


@dataclass(frozen=True)
class Table:
    """Folded phrase → id, with one compiled regex."""

    regex: re.Pattern[str]
    ids: dict[str, str]
    clitics: str = ""
    inflections: tuple[str, ...] = ()
    # Surface → id (or None) of what the regex matched before: the same words recur in every
    # article, and the look-up strips spaces, clitics and endings each time. Bounded by ``_MEMO``.
    memo: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

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
        ids: dict[str, str] = {}
        phrases = []
        for phrase, cid in entries:
            # A ZWNJ inside a phrase («کره‌ای») is written as a space, or not at all, as often.
            f = fold(phrase.replace("\u200c", " ")).strip()
            if f:
                ids.setdefault(squash(f), cid)
                phrases.append(f)
        body = phrase_pattern(phrases, lambda s: s)
        prefix = f"(?:[{re.escape(clitics)}](?=\\w{{2}}))?" if clitics else ""
        return cls(re.compile(f"{WB_L}{prefix}(?:{body}){suffix}{WB_R}"), ids, clitics, infl)

    def lookup(self, surface: str) -> str | None:
        key = squash(surface)
        found = self.ids.get(key)
        if found is None and self.clitics and key[:1] in self.clitics:
            found = self.ids.get(key[1:])
        for x in self.inflections:
            if found is not None:
                break
            if key.endswith(x):
                found = self.lookup(surface[: len(surface) - len(x)]) if len(key) > len(x) else None
        return found

    def find(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, str]]:
        end = len(text) if endpos is None else endpos
        memo = self.memo
        for m in self.regex.finditer(text, pos, end):
            surface = m.group()
            try:
                cid = memo[surface]
            except KeyError:
                cid = self.lookup(surface)
                if len(memo) >= _MEMO:
                    memo.clear()
                memo[surface] = cid
            if cid is not None:
                yield m.start(), m.end(), cid

    def match_at(self, text: str, pos: int, endpos: int | None = None) -> tuple[int, int, str] | None:
        """A match starting exactly at ``pos``."""
        m = self.regex.match(text, pos, len(text) if endpos is None else endpos)
        if not m:
            return None
        cid = self.lookup(m.group(0))
        return (m.start(), m.end(), cid) if cid else None


_CACHE: dict[tuple[int, str, str], object] = {}


def cached(rules: Rules, lang: str, name: str, build) -> object:
    """Build once per (rules object, language, table name)."""
    key = (id(rules), lang, name)
    if key not in _CACHE:
        _CACHE[key] = build()
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
