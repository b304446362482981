"""Persian: hazm's character refinement (inside the shared fold) and hazm's tokenizers.

The fold in :mod:`checker.normalize.common` applies hazm's 1:1 translation table
(``hazm.constants.TRANSLATION_SRC/DST``: Arabic ي/ى/ك → ی/ک, presentation forms) so offsets
survive. hazm's full ``Normalizer`` is *not* used on text we extract from: it rewrites digits into
Persian digits and splits «24.12.2025» and «۴٬۰۰۰» (LIBRARIES.md). It is used for a readable
display form of short phrases, where offsets do not matter.
"""

from __future__ import annotations

from functools import lru_cache

from checker.normalize.common import NormText, normalize


def normalize_fa(text: str) -> NormText:
    """Offset-preserving fold of Persian text."""
    return normalize(text, "fa")


@lru_cache(maxsize=1)
def _normalizer():
    from hazm import Normalizer  # lazy: importing hazm costs about half a second

    return Normalizer(persian_numbers=False, correct_spacing=True, seperate_mi=True)


def display_form(phrase: str) -> str:
    """hazm's readable spelling of a short phrase («میشود» → «می‌شود»); never used for offsets."""
    return _normalizer().normalize(phrase)


def words(text: str) -> list[str]:
    """hazm's word tokens of a (folded) Persian text."""
    from hazm import word_tokenize

    return word_tokenize(text)
