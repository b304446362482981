"""Sentence boundaries on folded text, as ``(start, end)`` pairs.

A full stop between digits («24.12.2025», «۲٫۵») does not end a sentence, one after a number
and before a space does ("… on February 1. Annual inflation …"); line breaks (LF, CR or CRLF)
do (headlines and datelines are lines of their own), the dot of an initialism ("p.m.", "U.S.")
before a comma or a lower-case word does not, and neither does a single break inside a hard-wrapped
paragraph: one after a comma, or one before a lower-case letter ("… in Turkey's Bartin\nprovince,
on Friday"), when the caller gives ``lower`` (the folded text has lost the case).

A "sentence" longer than :data:`MAX_SENTENCE` characters (a table pasted as text, a run of
digits or letters with no full stop) is cut at a space near that length. Later stages read a
claim's sentence once per claim; without the cap a text with no full stop makes that quadratic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A full stop, «!» or «?» that touches no digit (or follows one and comes before a space), with
# closing quotes and brackets; or a run of line breaks. The break character comes first and the
# digit tests after it (``(?<!\d.)``): a pattern that opens on a class lets ``re`` skip to the
# candidates in C, where a leading lookbehind made it try every character (about 15× faster).
_END = re.compile(r"[.!?؟\r\n](?:(?<=[\r\n])[\r\n]*|(?<!\d.)(?!\d)[\"')\]]*|(?<=\d.)(?=\s)[\"')\]]*)")
# Five times the longest sentence of the seeds (398 characters): a real sentence is not cut.
MAX_SENTENCE = 2000
_SPACE = re.compile(r"\s")


def split_sentences(
    text: str,
    lower: Callable[[int], bool] | None = None,
    abbreviations: frozenset[str] = frozenset(),
    numbered: frozenset[str] = frozenset(),
    openers: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Split folded ``text`` into sentences, trimming surrounding spaces.

    ``lower(i)`` says whether the character at ``i`` was a lower-case letter in the original.
    ``abbreviations``: folded words whose dot ends no sentence before a name ("Gen. Rodolphe
    Haykal", "Gov. Gavin Newsom"; rules/roles ``honorifics`` and role phrases that end in a dot)
    or before a title ("U.S. President Joe Biden": the dotted initialisms of rules/countries).
    ``openers``: folded words that open a sentence more often than they follow a person's initial
    ("… in group A. The team …": rules/people_cues ``initial_not_before``).
    ``numbered``: folded words whose dot ends no sentence before a number ("Dec. 3", "Sept. 11":
    the dotted month abbreviations of rules/months).

    >>> split_sentences("سلام. خوبی؟\\nبله")
    [(0, 5), (6, 11), (12, 15)]
    >>> split_sentences("held in the\\nprovince, on\\n\\nFriday", lambda i: True)
    [(0, 24), (26, 32)]
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        brk = m.group(0)
        if brk[0] in "\r\n" and _wrapped(text, m.start(), m.end(), brk, lower):
            continue
        if brk == "." and (
            _initialism(text, m.start(), lower)
            or _person_initial(text, m.start(), lower, openers)
            or _titled(text, m.start(), abbreviations, lower)
            or _numbered(text, m.start(), numbered)
        ):
            continue
        _push(text, start, m.end() if brk[0] not in "\r\n" else m.start(), out)
        start = m.end()
    _push(text, start, len(text), out)
    return out


def _wrapped(text: str, a: int, b: int, brk: str, lower: Callable[[int], bool] | None) -> bool:
    """A single line break inside a paragraph: after a comma, or before a lower-case letter."""
    if brk.count("\n") + brk.replace("\r\n", "").count("\r") != 1 or a == 0 or b >= len(text):
        return False
    before = text[a - 1]
    if before in ",،":
        return True
    if before in '.!?؟:;؛"»)' or not (before.isalnum() or before == "'"):
        return False
    return lower is not None and text[b].isalpha() and lower(b)


_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([^\W\d_]+)\Z")
# (a dotted initialism: "u.s" of "U.S. Trade Representative Katherine Tai")
_DOTTED_BEFORE = re.compile(r"(?:^|(?<=\s))([^\W\d_](?:\.[^\W\d_])+)\Z")


def _titled(text: str, dot: int, abbreviations: frozenset[str], lower: Callable[[int], bool] | None) -> bool:
    """The dot of a title before a name: "Gen." in "army chief Gen. Rodolphe Haykal". The next
    word must start with a capital where case is known."""
    if not abbreviations:
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 8), dot) or _DOTTED_BEFORE.search(text, max(0, dot - 8), dot)
    if m is None or m.group(1) not in abbreviations:
        return False
    nxt = _AFTER.match(text, dot + 1)
    return nxt is not None and nxt.group(1).isalpha() and not (lower is not None and lower(nxt.start(1)))


def _numbered(text: str, dot: int, numbered: frozenset[str]) -> bool:
    """The dot of a month's abbreviation before its day: "impeached on Dec. 14 by 204 votes"."""
    if not numbered:
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 8), dot)
    nxt = _AFTER.match(text, dot + 1)
    return m is not None and m.group(1) in numbered and nxt is not None and nxt.group(1).isdigit()


_INITIAL = re.compile(r"(?:^|[\s.])[^\W\d_]\Z")
_AFTER = re.compile(r"[ \t]*(\S)")


def _initialism(text: str, dot: int, lower: Callable[[int], bool] | None) -> bool:
    """The dot of "p.m.", "U.S." or "e.g." before a comma or a lower-case word: no sentence end
    ("at about 7 p.m., ran into a loop line", "U.S. officials said")."""
    if not _INITIAL.search(text, max(0, dot - 3), dot):
        return False
    nxt = _AFTER.match(text, dot + 1)
    if nxt is None:
        return False
    ch, at = nxt.group(1), nxt.start(1)
    if at == dot + 1 and ch.isalpha() and text[at + 1 : at + 2] == ".":
        return True  # inside the initialism: the "p." of "p.m."
    return ch in ",،;" or (lower is not None and ch.isalpha() and lower(at))


_LONE_CAPITAL = re.compile(r"(?:^|(?<=[\s.]))[a-z]\Z")
_WORD_AFTER = re.compile(r" ([a-z]{2,}|[a-z](?=\.))")


def _person_initial(
    text: str, dot: int, lower: Callable[[int], bool] | None, openers: frozenset[str]
) -> bool:
    """The dot of a person's initial before the rest of the name: "Governor P. Nandalal
    Weerasinghe", "A. B. Smith" (a capital letter alone, a capitalised word after it)."""
    if lower is None or not _LONE_CAPITAL.search(text, max(0, dot - 2), dot) or lower(dot - 1):
        return False
    nxt = _WORD_AFTER.match(text, dot + 1)
    return nxt is not None and not lower(nxt.start(1)) and nxt.group(1) not in openers


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE:
        cut = _cut(text, a, a + MAX_SENTENCE)
        _push(text, a, cut, out)
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))


def _cut(text: str, a: int, limit: int) -> int:
    """The last space in the second half of ``text[a:limit]``, or ``limit`` when there is none."""
    lo = a + MAX_SENTENCE // 2
    last = None
    for m in _SPACE.finditer(text, lo, limit):
        last = m.start()
    return last if last is not None else limit
