"""Arabic: pyarabic's character classes (inside the shared fold) and its hamza folding for keys.

The fold in :mod:`checker.normalize.common` deletes pyarabic's ``TASHKEEL``/``HARAKAT`` and
``TATWEEL`` and expands its ``LIGUATURES`` while keeping an offset map; this module offers the
pyarabic spellings where offsets do not matter. pyarabic's default ``normalize_hamza`` turns
«أحمد» into «ءحمد»; ``method="tasheel"`` is the one that folds hamza the way readers expect.
"""

from __future__ import annotations

from pyarabic import araby

from checker.normalize.common import NormText, normalize


def normalize_ar(text: str) -> NormText:
    """Offset-preserving fold of Arabic text."""
    return normalize(text, "ar")


def display_form(phrase: str) -> str:
    """pyarabic's clean spelling: no tashkeel or tatweel, ligatures expanded."""
    return araby.normalize_ligature(araby.strip_tatweel(araby.strip_tashkeel(phrase)))


def hamza_key(word: str) -> str:
    """Hamza folded with pyarabic's ``tasheel`` method («أحمد» → «احمد»)."""
    return araby.normalize_hamza(word, method="tasheel")
