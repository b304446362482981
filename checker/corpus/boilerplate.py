"""Find page furniture (share buttons, related links, subscription notices, category lines).

Patterns live in ``rules/boilerplate/<lang>.yaml``. They are matched on the folded text
(:func:`checker.normalize.normalize`) and the spans are mapped back with
``NormText.orig_span``, so the ranges returned are offsets into the original text. Files with
``scope: any`` (Turkish and English widget strings) apply to articles in every language; the
others apply to their own language, and all of them apply when the language is unknown.

A dateline («24.12.2025 - به‌روز رسانی : 24.12.2025») is not boilerplate: the date extractor
reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.errors import RulesError
from checker.normalize import fold, normalize
from checker.rules import Rules, load_rules, pointer

# Spaces inside a line; a phrase's words may be joined or split («بین الملل» = «بینالملل»).
_GAP = r"[^\S\n]*"
# What may stand around a phrase on its own line: bullets, colons, quotes, dashes, spaces.
_EDGE = r"[^\w\n]*"
# What ends the label of a labelled line («بیشتر بخوانید: …»); the fold turns «» into ".
_LABEL_END = r"[:\-|>\"]"
# What separates section names on a category line («جهان, خاورمیانه», "Home > World").
_SECTION_SEP = r"[,،|/>\"\-•·]"

_CACHE: dict[tuple[int, str | None], tuple[Rules, tuple[re.Pattern[str], ...]]] = {}


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of folded ``phrases``, longest first, spaces matching any gap."""
    folded = sorted({f for f in (fold(p).strip() for p in phrases) if f}, key=lambda s: (-len(s), s))
    return "|".join(_GAP.join(re.escape(w) for w in p.split()) for p in folded)


def _selected(rules: Rules, lang: str | None) -> list[tuple[str, dict]]:
    """The boilerplate files that apply to an article in ``lang``."""
    files = rules.files.get("boilerplate", {})
    return [
        (name, files[name])
        for name in sorted(files)
        if lang is None or name == lang or files[name].get("scope") == "any"
    ]


def _compile(rules: Rules, lang: str | None) -> tuple[re.Pattern[str], ...]:
    """One regex per kind of entry, over all files that apply, plus one per ``patterns`` entry."""
    selected = _selected(rules, lang)
    lines = [p for _, d in selected for g in d.get("lines", []) for p in g["phrases"]]
    labels = [p for _, d in selected for g in d.get("line_prefixes", []) for p in g["phrases"]]
    sections = [n for _, d in selected for n in d.get("section_names", {}).get("names", [])]
    sources: list[str] = []
    if lines:
        sources.append(rf"^{_EDGE}(?:{phrase_alternation(lines)}){_EDGE}$")
    if labels:
        sources.append(rf"^{_EDGE}(?:{phrase_alternation(labels)}){_GAP}{_LABEL_END}[^\n]*$")
    if sections:
        name = rf"(?:{phrase_alternation(sections)})"
        sources.append(rf"^{_GAP}{name}(?:{_GAP}{_SECTION_SEP}{_GAP}{name})*{_GAP}$")
    compiled = [re.compile(s, re.MULTILINE) for s in sources]
    for name, data in selected:
        for i, entry in enumerate(data.get("patterns", [])):
            try:
                compiled.append(re.compile(entry["regex"], re.MULTILINE))
            except re.error as exc:
                path = str(rules.root / "boilerplate" / f"{name}.yaml")
                raise RulesError(f"bad regex: {exc}", path, pointer(["patterns", i, "regex"])) from None
    return tuple(compiled)


def _patterns(rules: Rules, lang: str | None) -> tuple[re.Pattern[str], ...]:
    """Compiled patterns for ``lang``, built once per Rules object."""
    key = (id(rules), lang)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not rules:
        hit = (rules, _compile(rules, lang))
        _CACHE[key] = hit
    return hit[1]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort ``spans`` and merge those that overlap or touch; empty spans are dropped."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def find_boilerplate(text: str, lang: str | None, rules: Rules | None = None) -> list[tuple[int, int]]:
    """Boilerplate ranges of ``text``: original offsets, sorted and merged.

    Args:
        text: the original article text.
        lang: the article's language (``None``: every boilerplate file applies).
        rules: the loaded rules (default: :func:`checker.rules.load_rules`).

    Example:
        >>> text = "جهان, خاورمیانه\\nپوتین در مسکو بود.\\nBu haberi paylaşın"
        >>> [text[a:b] for a, b in find_boilerplate(text, "fa")]
        ['جهان, خاورمیانه', 'Bu haberi paylaşın']
    """
    rules = rules if rules is not None else load_rules()
    norm = normalize(text)
    spans = []
    for rx in _patterns(rules, lang):
        for m in rx.finditer(norm.text):
            if m.end() > m.start():
                spans.append(norm.orig_span(m.start(), m.end()))
    return merge_spans(spans)


def text_left(text: str, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether any non-space character of ``text`` lies outside ``ranges`` (sorted, merged)."""
    pos = 0
    for start, end in ranges:
        if text[pos:start].strip():
            return True
        pos = max(pos, end)
    return bool(text[pos:].strip())
