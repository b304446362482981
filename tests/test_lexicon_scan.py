"""Lexicon tables find what a phrase regex with word-boundary lookarounds finds, in every window.

``Table`` opens its regex on the character before a phrase (a fast class) instead of a lookbehind;
these tests hold it to the plain reading: ``(?<!\\w)`` + clitic + phrase + ending + ``(?!\\w)``, run
with ``finditer`` (leftmost, not overlapping) or ``match``.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.base import WB_L, WB_R, non_word, phrase_pattern
from checker.extract.lexicon import Table

PHRASES = [("وزیر", "m"), ("وزیر خارجه", "fm"), ("سوریه", "sy"), ("ab", "x"), ("ab cd", "y"), ("b", "z")]
CLITICS = "وب"
INFLECTIONS = ("ای", "s")
TABLE = Table.build(PHRASES, CLITICS, inflections=INFLECTIONS)
_ENDINGS = "(?:" + "|".join(re.escape(x) for x in sorted(INFLECTIONS, key=len, reverse=True)) + ")?"
PLAIN = re.compile(
    f"{WB_L}(?:[{CLITICS}](?=\\w{{2}}))?(?:{phrase_pattern([p for p, _ in PHRASES], str)}){_ENDINGS}{WB_R}"
)
# Pieces that glue into phrases, half-phrases and separators; the astral ones are a word letter
# («𝐀») and a symbol (an emoji): only the second may stand before a phrase.
PIECES = st.sampled_from(
    [
        "وزیر",
        "خارجه",
        "سوریه",
        "و",
        "ب",
        "ای",
        "ab",
        "cd",
        "b",
        "s",
        " ",
        "  ",
        "\n",
        ".",
        "_",
        "1",
        "𝐀",
        "😀",
    ]
)


def plain_find(text: str, pos: int, end: int) -> list[tuple[int, int, str]]:
    hits = ((m.start(), m.end(), TABLE.lookup(m.group())) for m in PLAIN.finditer(text, pos, end))
    return [h for h in hits if h[2] is not None]


def plain_match_at(text: str, pos: int) -> tuple[int, int, str] | None:
    m = PLAIN.match(text, pos)
    cid = TABLE.lookup(m.group()) if m else None
    return (m.start(), m.end(), cid) if cid else None


@given(st.lists(PIECES, max_size=30).map("".join), st.data())
@settings(max_examples=400)
def test_find_is_the_plain_scan_in_any_window(text: str, data) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert list(TABLE.find(text, pos, end)) == plain_find(text, pos, end)
    assert list(TABLE.find(text)) == plain_find(text, 0, len(text))


@given(st.lists(PIECES, max_size=30).map("".join), st.data())
@settings(max_examples=400)
def test_match_at_is_the_plain_match(text: str, data) -> None:
    pos = data.draw(st.integers(0, len(text)))
    assert TABLE.match_at(text, pos) == plain_match_at(text, pos)


def test_edges() -> None:
    assert list(TABLE.find("وزیر خارجه")) == [(0, 10, "fm")]  # a phrase that opens the text
    assert list(TABLE.find("ووزیر")) == [(0, 5, "m")]  # a glued proclitic
    assert list(TABLE.find("ab cd.b")) == [(0, 5, "y"), (6, 7, "z")]  # back to back, one mark between
    assert list(TABLE.find("😀ab 𝐀ab")) == [(1, 3, "x")]  # an emoji is a gap, an astral letter is not
    assert TABLE.match_at("𝐀ab", 1) is None
    assert TABLE.match_at("😀ab", 1) == (1, 3, "x")


def test_non_word_is_what_re_calls_a_non_word_character_in_the_bmp() -> None:
    gap, word = re.compile(f"[{non_word()}]"), re.compile(r"\w")
    for c in range(0x10000):
        assert (gap.match(chr(c)) is None) == (word.match(chr(c)) is not None), hex(c)
    assert gap.match("😀") and gap.match("𝐀")  # every astral character: Table.find tells them apart
