"""Character folding shared by all languages, with an offset map to the original.

The folded text is what extractors read; lexicon phrases pass through the same
``fold`` so that patterns and text agree. Every folding step is either 1:1
(``str.translate``), a deletion (diacritics, tatweel, ZWNJ, bidi controls) or a
small expansion (ligatures); the map records, for each folded character, the index of
the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyarabic import araby

# Digits in the three scripts become ASCII digits.
_DIGITS = {ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})


def hazm_path(name: str) -> Path | None:
    """A file of the installed hazm package (``constants.py``, ``data/words.dat``), found without
    importing hazm: ``hazm/__init__`` imports its chunker and with it NLTK, half a second of every
    start-up, and these files need none of it. None when hazm is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("hazm")
    return Path(spec.origin).parent / name if spec and spec.origin else None


def _hazm_constants():  # type: ignore[no-untyped-def]
    """``hazm.constants``, read from its file (see :func:`hazm_path`)."""
    import importlib.util

    path = hazm_path("constants.py")
    if path is None:  # pragma: no cover - hazm is a declared dependency
        import hazm.constants

        return hazm.constants
    spec = importlib.util.spec_from_file_location("checker._hazm_constants", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _one_to_one() -> dict[int, str]:
    table: dict[int, str] = {}
    # hazm's Persian character refinement is 1:1: presentation forms, Arabic ي/ى/ك → ی/ک …
    hazm = _hazm_constants()
    for src, dst in zip(hazm.TRANSLATION_SRC, hazm.TRANSLATION_DST, strict=True):
        table[ord(src)] = dst
    table.update(_DIGITS)
    # Hamza and alef variants fold for matching (أحمد = احمد, مؤسسه = موسسه).
    for alef in (araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_MADDA, araby.ALEF_WASLA):
        table[ord(alef)] = araby.ALEF
    table[ord(araby.WAW_HAMZA)] = "و"
    table[ord(araby.YEH_HAMZA)] = "ی"
    table[ord(araby.ALEF_MAKSURA)] = "ی"
    table[ord(araby.YEH)] = "ی"
    table[ord(araby.TEH_MARBUTA)] = "ه"
    table[0x06C0] = "ه"  # ۀ heh with yeh above
    table[0x06D5] = "ه"
    table[0x066B] = "."  # Arabic decimal separator
    table[0x066C] = ","  # Arabic thousands separator
    table[0x060C] = "،"
    for (
        ws
    ) in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v":
        table[ord(ws)] = " "
    for quote in "«»“”„":
        table[ord(quote)] = '"'
    for dash in "‐‑‒–—―":
        table[ord(dash)] = "-"
    # Lower-case Latin without changing lengths (str.lower can grow "İ"), and drop its accents:
    # "Kütahya" is "Kutahya", "Bartın" "Bartin", "Erdoğan" "Erdogan" (wires write both).
    for cp in range(0x41, 0x250):
        ch = chr(cp)
        low = ch.lower() if len(ch.lower()) == 1 else ch
        base = unicodedata.normalize("NFD", low)[0]
        if base.isascii() and base.isalpha():
            low = base
        if low != ch:
            table[cp] = low
    table[0x130] = table[0x131] = "i"  # İ, ı
    for ch, plain in zip("łŁøØđĐħĦ", "llooddhh", strict=True):
        table[ord(ch)] = plain
    return table


TABLE = _one_to_one()
# Most characters map to themselves, so replacing only the ones that change is about 8x faster
# than str.translate with a dict table (which looks up every character).
_MAPPED = {chr(k): v for k, v in TABLE.items()}
_MAPPED_RX = re.compile("[" + re.escape("".join(sorted(_MAPPED))) + "]")
# No character maps to one that maps on (tests/test_normalize.py), so one str.replace per distinct
# character is the same as one pass over the text, and cheaper than a Python call per character.


def _map_chars(text: str) -> str:
    for ch in set(_MAPPED_RX.findall(text)):
        text = text.replace(ch, _MAPPED[ch])
    return text


# Characters removed: tashkeel and other marks, tatweel, bidi controls, ZWNJ/ZWJ, BOM, soft hyphen,
# and the bare hamza (so رؤسای, رئیس and رييس all meet).
_DELETE = (
    "".join(sorted(set(araby.TASHKEEL) | set(araby.HARAKAT) | {araby.SHADDA}))
    + "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    + araby.TATWEEL
    + "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad"
    + araby.HAMZA
)
_EXPAND = {lig: "لا" for lig in araby.LIGUATURES}
_SPECIAL = re.compile("[" + _DELETE + "".join(_EXPAND) + "]+")


@dataclass(frozen=True)
class NormText:
    """A folded copy of ``original`` with a map back.

    ``src[i]`` is the index in ``original`` of the character that produced ``text[i]``;
    ``src`` is ``None`` when folding kept every position (the common case).
    """

    text: str
    original: str
    src: array | None = None

    def orig_index(self, i: int) -> int:
        """Original index of folded index ``i`` (``i == len(text)`` maps to the end)."""
        if self.src is None:
            return i
        if i >= len(self.src):
            return len(self.original)
        return self.src[i]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` that folded ``[start, end)`` came from."""
        if self.src is None:
            return start, min(end, len(self.original))
        n = len(self.src)
        end = min(end, n)
        if end <= start:
            o = self.orig_index(start)
            return o, o
        last = self.src[end - 1] + 1
        # Marks deleted right after the span (a final hamza, tanween, tatweel) belong to its word.
        nxt = self.src[end] if end < n else len(self.original)
        if nxt > last and all(_is_mark(c) for c in self.original[last:nxt]):
            last = nxt
        return self.src[start], last

    def norm_index(self, orig: int) -> int:
        """Smallest folded index whose original index is at or after ``orig``.

        A bisection of the offset map, in C: cheaper than building a table of every original index,
        which cost more per article than all its look-ups."""
        if self.src is None:
            return orig
        return bisect_left(self.src, orig) if orig > 0 else 0


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn" or ch in (araby.TATWEEL, araby.HAMZA)


def fold(text: str) -> str:
    """Fold ``text`` for matching, without an offset map.

    >>> fold("رئيسجمهور ۱۲")
    'رییسجمهور 12'
    """
    return _fold_short(text) if len(text) <= _SHORT else normalize(text).text


_SHORT = 80  # words and phrases recur across articles: their folds are memoised, whole texts are not


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return normalize(text).text


def normalize(text: str, lang: str | None = None) -> NormText:
    """Fold ``text`` (all languages share one fold so that cross-language keys meet).

    ``lang`` is accepted for symmetry with the per-language modules; the fold is
    designed so that applying it to Persian, Arabic or English is safe.
    """
    del lang
    t = _map_chars(text)
    if not _SPECIAL.search(t):
        return NormText(t, text, None)
    pieces: list[str] = []
    identity = _counting(len(t))
    src = array("i")
    pos = 0
    for m in _SPECIAL.finditer(t):
        a, b = m.span()
        pieces.append(t[pos:a])
        src.extend(identity[pos:a])  # a slice of an array copies in C
        for k in range(a, b):
            rep = _EXPAND.get(t[k])
            if rep:
                pieces.append(rep)
                src.extend(array("i", [k] * len(rep)))
        pos = b
    pieces.append(t[pos:])
    src.extend(identity[pos : len(t)])
    return NormText("".join(pieces), text, src)


# 0, 1, 2, … kept from text to text and grown as they grow, up to _COUNTED numbers (4 MB): a slice of
# it is a copy in C, where array("i", range(n)) costs about 0.1 µs a number, most of the fold.
_COUNT = array("i")
_COUNTED = 1 << 20


def _counting(n: int) -> array:
    """An array that starts 0, 1, …, n - 1 (and may go on)."""
    if n <= len(_COUNT):
        return _COUNT
    if n > _COUNTED:
        return array("i", range(n))
    _COUNT.extend(range(len(_COUNT), min(max(n, 2 * len(_COUNT)), _COUNTED)))
    return _COUNT
