"""Offset-preserving normalization: a folded copy of the text plus a map back."""

from checker.normalize.common import NormText, fold, normalize
from checker.normalize.keys import match_key, name_tokens

__all__ = ["NormText", "fold", "match_key", "name_tokens", "normalize"]
