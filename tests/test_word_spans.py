"""``frames._word_at`` finds a word with ``str.find``; it must give what the regex it replaced gives,
``(?<![\\w-‐])[clitics]?word(?![\\w-‐])`` under ``re.finditer``, on any text (a pattern per name
cost a compile each, a few per cent of extraction)."""

from __future__ import annotations

import random
import re

from checker.extract.frames import _word_at


def _by_regex(text: str, word: str, clitics: str) -> list[tuple[int, int]]:
    glued = f"[{re.escape(clitics)}]?" if clitics else ""
    return [m.span() for m in re.finditer(r"(?<![\w\-‐])" + glued + re.escape(word) + r"(?![\w\-‐])", text)]


def test_the_spans_are_the_regex_s_on_random_texts():
    rng = random.Random(64)
    alphabet = "ابو و-‐ _1x"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        word = "".join(rng.choice("ابو") for _ in range(rng.randint(1, 3)))
        for clitics in ("", "وب"):
            assert _word_at(text, word, clitics) == _by_regex(text, word, clitics), (text, word, clitics)


def test_names_in_running_text():
    text = "Srettha Thavisin, 62, met Srettha-like fans; وسرتا و سرتا"
    for word, clitics in (("Srettha", ""), ("سرتا", "وب"), ("Thavisin", "")):
        assert _word_at(text, word, clitics) == _by_regex(text, word, clitics)
