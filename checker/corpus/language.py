"""Tell Persian, Arabic and English apart with weighted cues from ``rules/language/*.yaml``.

Three kinds of cue add to a language's score: letters (per occurrence, on the raw text:
Persian پ چ ژ گ ی ک, Arabic ة ى ي ك), function words («است», «را», «في», «التي», "the"), and
word prefixes (the Arabic article «ال»). Letters alone would mislead twice over: Persian typed
on old cp1256 systems writes Arabic ي/ك, and Persian sites retype Arabic quotations with
Persian ی/ک. So the letters that both languages may carry weigh little and function words weigh
most; words are matched after a light fold (ي→ی, ك→ک, marks dropped) that keeps hamza and ى,
because folding those would make Arabic «أن»/«على» equal Persian «آن»/«علی».

>>> detect_language("اين گزارش را خبرگزاري ايرنا منتشر كرده است.")[0]
'fa'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pyarabic import araby

from checker.rules import Rules, load_rules

# Below this score a text has no usable signal (one name, a number, a Turkish share line).
MIN_SCORE = 2.0
# Confidence reaches its full value once the winner has this much evidence.
SATURATION = 12.0

_TOKEN = re.compile(r"[^\W\d_]+")
# Sentence ends, line breaks, quotation marks and a colon before a quotation cut a text into
# pieces, so that a quotation gets a language of its own.
_PIECE_BREAK = re.compile(r"[«»“”\"\n]|[.!?؟؛:](?=\s|$)")


_MARKS = re.compile(
    "[" + "".join(sorted(set(araby.TASHKEEL) | set(araby.HARAKAT) | {araby.SHADDA, araby.TATWEEL})) + "]"
)
# Quotations: what others said, often in another language (an Arabic statement quoted in Persian).
_QUOTED = re.compile(r"«[^«»\n]{1,3000}»|“[^“”\n]{1,3000}”|\"[^\"\n]{1,3000}\"")
# How much a quotation counts towards the language of the text around it.
QUOTE_WEIGHT = 0.25
# Whole documents are judged on their first part: enough evidence, and long files stay cheap.
MAX_CHARS = 60_000


def light_fold(text: str) -> str:
    """The fold used for language cues: ي→ی, ك→ک, ZWNJ→space, marks dropped, lower case.

    ``str.replace`` and one regex are several times faster here than ``str.translate`` with a
    dict, which matters because every article passes through this.

    >>> light_fold("كتابي")
    'کتابی'
    """
    text = text.replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ").replace("\u200d", " ")
    return _MARKS.sub("", text).lower()


@dataclass(frozen=True)
class Cues:
    """Compiled cues of every language file, in a fixed language order."""

    langs: tuple[str, ...]
    letters: tuple[tuple[int, str, float], ...]
    words: dict[str, tuple[tuple[int, float], ...]]
    lang_words: tuple[dict[str, float], ...]
    prefixes: tuple[tuple[int, str, int, float], ...]
    proclitics: tuple[tuple[int, frozenset[str]], ...]
    # token → its weights; filled as tokens are met (most tokens recur across articles).
    memo: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)


_CACHE: dict[int, tuple[Rules, Cues]] = {}


def cues(rules: Rules | None = None) -> Cues:
    """Compile (once per Rules object) the cues of ``rules/language/*.yaml``."""
    rules = rules if rules is not None else load_rules()
    hit = _CACHE.get(id(rules))
    if hit is not None and hit[0] is rules:
        return hit[1]
    files = rules.files.get("language", {})
    langs = tuple(sorted(files))
    letters, prefixes, proclitics = [], [], []
    words: dict[str, list[tuple[int, float]]] = {}
    lang_words: list[dict[str, float]] = []
    for li, lang in enumerate(langs):
        data = files[lang]
        for group in data.get("letters", []):
            letters.extend((li, ch, float(group["weight"])) for ch in group["chars"])
        own: dict[str, float] = {}
        for group in data["function_words"]:
            for word in group["words"]:
                own[light_fold(word)] = max(own.get(light_fold(word), 0.0), float(group["weight"]))
        for word, weight in own.items():
            words.setdefault(word, []).append((li, weight))
        lang_words.append(own)
        for p in data.get("prefixes", []):
            prefixes.append((li, light_fold(p["prefix"]), int(p.get("min_rest", 2)), float(p["weight"])))
        if data.get("proclitics"):
            proclitics.append((li, frozenset(light_fold(c) for c in data["proclitics"])))
    compiled = Cues(
        langs=langs,
        letters=tuple(letters),
        words={w: tuple(v) for w, v in words.items()},
        lang_words=tuple(lang_words),
        prefixes=tuple(prefixes),
        proclitics=tuple(proclitics),
    )
    _CACHE[id(rules)] = (rules, compiled)
    return compiled


def scores(text: str, rules: Rules | None = None) -> dict[str, float]:
    """Evidence for each language in ``text`` (higher is stronger; 0 means none)."""
    c = cues(rules)
    text = text[:MAX_CHARS]
    total = [0.0] * len(c.langs)
    for li, ch, weight in c.letters:
        total[li] += text.count(ch) * weight
    memo = c.memo
    if len(memo) > 500_000:  # keep memory bounded on huge, varied corpora
        memo.clear()
    for tok, n in Counter(_TOKEN.findall(light_fold(text))).items():
        hits = memo.get(tok)
        if hits is None:
            hits = memo[tok] = _token_weights(tok, c)
        for li, weight in hits:
            total[li] += n * weight
    return dict(zip(c.langs, total, strict=True))


def _token_weights(tok: str, c: Cues) -> tuple[tuple[int, float], ...]:
    """What one token says: a function word, a clitic plus a function word, or a prefixed word."""
    out = list(c.words.get(tok, ()))
    if not out and len(tok) > 2:
        # «وفي», «فإن»: a joined conjunction in front of a function word.
        for li, clitics in c.proclitics:
            w = c.lang_words[li].get(tok[1:])
            if tok[0] in clitics and w:
                out.append((li, w))
    seen: set[int] = set()
    for li, prefix, min_rest, weight in c.prefixes:
        if li not in seen and tok.startswith(prefix) and len(tok) - len(prefix) >= min_rest:
            out.append((li, weight))
            seen.add(li)
    return tuple(out)


def _frame_scores(text: str, rules: Rules | None) -> dict[str, float]:
    """Scores in which quotations count for little, unless the text is all quotation.

    The language of a text is that of its own voice: a Persian paragraph quoting a long Arabic
    statement is Persian.
    """
    if not _QUOTED.search(text):
        return scores(text, rules)
    frame = scores(_QUOTED.sub(" ", text), rules)
    if max(frame.values(), default=0.0) < MIN_SCORE:
        return scores(text, rules)
    quoted = scores(" ".join(m.group() for m in _QUOTED.finditer(text)), rules)
    return {lang: frame[lang] + QUOTE_WEIGHT * quoted[lang] for lang in frame}


def detect_language(text: str, rules: Rules | None = None) -> tuple[str | None, float]:
    """The language of ``text`` and a confidence in [0, 1]; ``(None, 0.0)`` without a signal.

    Examples:
        >>> detect_language("التقى الرئيس الروسي نظيره السوري في الكرملين.")
        ('ar', 0.812)
        >>> detect_language("Bu haberi paylaşın")
        (None, 0.0)
    """
    ranked = sorted(((s, lang) for lang, s in _frame_scores(text, rules).items()), reverse=True)
    if not ranked:
        return None, 0.0
    best, lang = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if best < MIN_SCORE or best <= second:
        return None, 0.0
    confidence = (best - second) / best * min(1.0, best / SATURATION)
    return lang, round(confidence, 3)


def _pieces(text: str) -> list[tuple[int, int]]:
    """Non-blank stretches of ``text`` between sentence ends, line breaks and quotation marks."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PIECE_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = []
    for a, b in out:
        seg = text[a:b]
        stripped = seg.strip()
        if stripped:
            a += len(seg) - len(seg.lstrip())
            trimmed.append((a, a + len(stripped)))
    return trimmed


def language_spans(text: str, rules: Rules | None = None) -> list[tuple[int, int, str]]:
    """Sentence-level languages: ``(start, end, lang)`` with neighbours of one language merged.

    A sentence or quotation without its own signal takes the language of the whole text; where
    that is unknown too, it is left out. An Arabic quotation inside a Persian paragraph gets its
    own ``ar`` span.
    """
    default = detect_language(text, rules)[0]
    spans: list[tuple[int, int, str]] = []
    for a, b in _pieces(text):
        lang = detect_language(text[a:b], rules)[0] or default
        if lang is None:
            continue
        if spans and spans[-1][2] == lang:
            spans[-1] = (spans[-1][0], b, lang)
        else:
            spans.append((a, b, lang))
    return spans
