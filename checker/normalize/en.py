"""English: the shared fold lower-cases Latin letters without changing lengths ("İ" stays one character)."""

from __future__ import annotations

from checker.normalize.common import NormText, normalize


def normalize_en(text: str) -> NormText:
    """Offset-preserving fold of English text."""
    return normalize(text, "en")
