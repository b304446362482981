"""Load a corpus: files and directories of .txt/.md/.json/.jsonl articles, one Article each.

Public API:
    load_corpus(paths, lang=None, *, rules=None) -> (articles, diagnostics)
    detect_language(text, rules=None) -> (lang | None, confidence)
    language_spans(text, rules=None) -> [(start, end, lang), ...]
    find_boilerplate(text, lang, rules=None) -> [(start, end), ...]
    decode_bytes(data) -> Decoded
"""

from checker.corpus.boilerplate import find_boilerplate
from checker.corpus.encoding import Decoded, decode_bytes
from checker.corpus.language import detect_language, language_spans
from checker.corpus.loader import load_corpus

__all__ = ["Decoded", "decode_bytes", "detect_language", "find_boilerplate", "language_spans", "load_corpus"]
