"""Match keys for names: one spelling for the many ways a name is written.

«الشیباني», «شیبانی» and «الشيباني» share a key; «ابو قصرة» and «ابوقصره» too.
"""

from __future__ import annotations

import re

from checker.normalize.common import fold

# Letters that Persian and Arabic (and transliterations) write differently for one sound.
_TRANSLIT = str.maketrans(
    {
        "پ": "ب",
        "چ": "ج",
        "ژ": "ز",
        "گ": "ج",
        "غ": "ج",
        "ڤ": "ف",
        "ف": "و",
        "ک": "ک",
        "ظ": "ز",
        "ذ": "ز",
        "ث": "س",
        "ص": "س",
        "ط": "ت",
    }
)
_NON_LETTER = re.compile(r"[^\w]+")
_JOIN_NEXT = {"ابو", "ابی", "ابن", "بن", "عبد", "ام", "abu", "abd", "bin", "ibn", "al", "el"}
_DOUBLE = re.compile(r"(.)\1+")


def raw_tokens(name: str) -> list[str]:
    """Folded tokens of a name with the article dropped and «ابو X» joined, letters as written."""
    words = [w for w in _NON_LETTER.split(fold(name)) if w]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _JOIN_NEXT and i + 1 < len(words):
            w = words[i + 1] if w in ("al", "el") else w + _strip_article(words[i + 1])
            i += 1
        out.append(_strip_article(w))
        i += 1
    return [w for w in out if w]


def name_tokens(name: str) -> list[str]:
    """Match tokens: :func:`raw_tokens` with letters that differ between Persian and Arabic spellings folded.

    >>> name_tokens("مرهف ابو قصرة")
    ['مرهف', 'ابوقسره']
    """
    return [_DOUBLE.sub(r"\1", w.translate(_TRANSLIT)) for w in raw_tokens(name)]


def _strip_article(word: str) -> str:
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    if word.startswith(("al-", "el-")):
        return word[3:]
    return word


def match_key(name: str) -> str:
    """A space-joined key; compare keys with rapidfuzz, anchored on the surname.

    >>> match_key("اسعد الشيباني") == match_key("اسعد شیبانی")
    True
    """
    return " ".join(name_tokens(name))


def skeleton(token: str) -> str:
    """The token without inner long vowels, for transliteration-tolerant comparison."""
    if len(token) <= 2:
        return token
    return token[0] + re.sub(r"[اویaeiou]", "", token[1:])


def isolate(text: str) -> str:
    """«text» wrapped in direction isolates, so Persian or Arabic inside an English line keeps its order."""
    return f"«\u2068{text}\u2069»"
