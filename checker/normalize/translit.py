"""Consonant skeletons, so a name written in Latin letters meets its Persian or Arabic spelling.

"Eskandar Momeni", «اسکندر مومنی» and «إسكندر مؤمني» all reduce to ``skndr mn``: letters map to
consonant classes (``rules/transliteration.yaml``), vowels and doubled letters drop out. This is a
matching aid only, never shown to a reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.rules import Rules

_LATIN = re.compile(r"[a-z]")
DOUBLE = re.compile(r"(.)\1+")  # a letter written twice, read once


def is_latin(token: str) -> bool:
    return bool(_LATIN.search(token))


@dataclass(frozen=True)
class SkeletonTables:
    arabic: dict[str, str]
    a_vowels: frozenset[str]
    a_initial: dict[str, str]
    a_final: dict[str, str]
    a_digraphs: tuple[tuple[str, str], ...]
    digraphs: tuple[tuple[str, str], ...]
    latin: dict[str, str]
    l_drop: frozenset[str]
    l_initial: dict[str, str]
    l_final: dict[str, str]
    l_silent_final: tuple[str, ...]


@lru_cache(maxsize=4)
def _tables(rules: Rules) -> SkeletonTables:
    t = rules.top("transliteration")
    return SkeletonTables(
        arabic=t.get("arabic_script") or {},
        a_vowels=frozenset(t.get("arabic_vowels") or []),
        a_initial=t.get("arabic_initial") or {},
        a_final=t.get("arabic_final") or {},
        a_digraphs=tuple(sorted((t.get("arabic_digraphs") or {}).items())),
        digraphs=tuple(sorted((t.get("latin_digraphs") or {}).items(), key=lambda kv: -len(kv[0]))),
        latin=t.get("latin") or {},
        l_drop=frozenset((t.get("latin_vowels") or []) + (t.get("latin_semivowels") or [])),
        l_initial=t.get("latin_initial") or {},
        l_final=t.get("latin_final") or {},
        l_silent_final=tuple(t.get("latin_silent_final") or ()),
    )


def skeleton_tables(rules: Rules) -> SkeletonTables:
    """The transliteration tables :func:`skeleton_by` reads (picklable: a stage's compiled tables
    may hold them)."""
    return _tables(rules)


@lru_cache(maxsize=1 << 17)  # (words recur across articles: the omission check asks for each article's)
def skeleton(token: str, rules: Rules) -> str:
    """The consonant skeleton of one folded name token (see :func:`keys.raw_tokens`), in either script."""
    return skeleton_by(token, _tables(rules))


def skeleton_by(token: str, t: SkeletonTables) -> str:
    """:func:`skeleton` with the tables given."""
    if is_latin(token):
        return DOUBLE.sub(r"\1", _latin(token, t))
    for src, dst in t.a_digraphs:
        token = token.replace(src, dst)
    out = []
    last = len(token) - 1
    for i, ch in enumerate(token):
        if i == 0 and ch in t.a_initial:
            out.append(t.a_initial[ch])
        elif i == last and ch in t.a_final:
            out.append(t.a_final[ch])
        elif ch not in t.a_vowels:
            out.append(t.arabic.get(ch, ""))
    return DOUBLE.sub(r"\1", "".join(out))


def _latin(token: str, t: SkeletonTables) -> str:
    silent = next(
        (x for x in t.l_silent_final if token.endswith(x) and token[: -len(x)][-1:] in t.l_drop), ""
    )
    if silent and len(token) > len(silent) + 1:
        token = token[: -len(silent)]  # "Hugh" is «هيو»
    first = t.l_initial.get(token[:1], "")
    last = t.l_final.get(token[-1:], "")
    for src, dst in t.digraphs:
        token = token.replace(src, dst.upper())  # upper case marks letters already mapped
    out = [ch.lower() if ch.isupper() else ("" if ch in t.l_drop else t.latin.get(ch, "")) for ch in token]
    if first and token[:1] == token[:1].lower():
        out[0] = first
    if last and len(out) > 1 and token[-1:] == token[-1:].lower():
        out[-1] = last
    return "".join(out)


def skeleton_tokens(tokens: list[str], rules: Rules) -> list[str]:
    """Skeletons of a name's tokens, empty ones dropped."""
    return [sk for sk in (skeleton(t, rules) for t in tokens) if sk]


def reread(token: str, rules: Rules) -> str:
    """A Latin token with each letter of rules/transliteration ``latin_readings`` read the other way
    where it is not already written so ("celik" → "chelik"; the c of "chelik" stays; "thomas" →
    "tomas")."""
    readings = rules.top("transliteration").get("latin_readings") or {}
    longest = sorted(readings, key=lambda src: (-len(src), src))
    out, i = [], 0
    while i < len(token):
        src = next((s for s in longest if token.startswith(s, i)), None)
        if src is None or (token.startswith(readings[src], i) and len(readings[src]) > len(src)):
            out.append(token[i])
            i += 1
        else:
            out.append(readings[src])
            i += len(src)
    return "".join(out)
