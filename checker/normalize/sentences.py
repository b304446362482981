"""Sentence boundaries on folded text, as ``(start, end)`` pairs.

A full stop between digits («24.12.2025», «۲٫۵») does not end a sentence; line breaks
always do (headlines and datelines are lines of their own).
"""

from __future__ import annotations

import re

_END = re.compile(r"(?<!\d)[.!?؟](?!\d)[\"')\]]*|[\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split folded ``text`` into sentences, trimming surrounding spaces.

    >>> split_sentences("سلام. خوبی؟\\nبله")
    [(0, 5), (6, 11), (12, 15)]
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        _push(text, start, m.end() if m.group(0)[0] not in "\n" else m.start(), out)
        start = m.end()
    _push(text, start, len(text), out)
    return out


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))
