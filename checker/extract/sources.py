"""Cited outlets and agencies, with the chain of citation.

«به گزارش تابناک به نقل از ایرنا» is Tabnak citing IRNA: the claim for IRNA carries the chain
``["tabnak", "irna"]``. Names and cues come from ``rules/sources/<lang>.yaml``; a Persian or
Arabic article may also name an outlet in Latin letters (Reuters), so English names are always
searched too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from checker.extract.base import Doc
from checker.extract.lexicon import Table, cached, clitics, flat
from checker.model import Claim
from checker.normalize import fold
from checker.rules import Rules

# How far a cue may stand from the name it introduces («به گزارش خبرگزاری X»).
_CUE_REACH = 40
# ... and how many words may stand between ("citing the state news agency IRNA").
_CUE_WORDS = 4
_BETWEEN = re.compile(r"[\s،,:\"'(]*")
_PAREN_GAP = re.compile(r"\s*[(\[-]?\s*")


@dataclass(frozen=True)
class SourceTables:
    names: Table
    cues: Table
    display: dict[str, str]
    links: frozenset[str] = frozenset()  # «عن» between two outlets: the second is the first's source


def source_tables(rules: Rules, lang: str) -> SourceTables:
    """Compiled tables for ``lang`` (cached)."""

    def build() -> SourceTables:
        langs = [lang] + (["en"] if lang != "en" else [])
        names = [(p, sid) for lg in langs for p, sid in flat(rules.lang("sources", lg).get("sources"))]
        cues = flat(rules.lang("sources", lang).get("cues"))
        concepts = rules.concepts("sources").get("sources") or {}
        cl = clitics(rules, lang)
        return SourceTables(
            Table.build(names, cl),
            Table.build(cues, cl),
            {k: v.get("display", k) for k, v in concepts.items()},
            frozenset(fold(w) for w in rules.lang("sources", lang).get("links") or ()),
        )

    return cached(rules, lang, "sources", build)  # type: ignore[return-value]


def extract_sources(doc: Doc, rules: Rules) -> list[Claim]:
    """``source`` claims: one per named outlet, with its cue and chain."""
    t = source_tables(rules, doc.lang)
    text = doc.text
    cues = list(t.cues.find(text))
    hits = _merge_repeats(text, list(t.names.find(text)))
    claims = []
    chain_of: dict[int, list[str]] = {}
    for i, (s, e, sid) in enumerate(hits):
        cue = _cue_before(text, cues, s)
        relation = cue[2] if cue else "mentioned"
        if i and relation != "citing" and text[hits[i - 1][1] : s].split() in ([w] for w in t.links):
            relation = "citing"  # «صحيفة الأهرام عن وكالة أنباء الشرق الأوسط»
        chain = [sid]
        if relation == "citing":
            prev = _previous_in_sentence(doc, hits, i)
            if prev is not None:
                chain = [*chain_of.get(prev, [hits[prev][2]]), sid]
        chain_of[i] = chain
        start = cue[0] if cue else s
        value = {
            "source": sid,
            "display": t.display.get(sid, sid),
            "relation": relation,
            "chain": chain,
            "cited_by": chain[-2] if len(chain) > 1 else None,
        }
        claims.append(doc.claim("source", start, e, value, f"source.{doc.lang}.{relation}", f"source:{sid}"))
    return claims


def _merge_repeats(text: str, hits):
    """«خبرگزاری رسمی سوریه (سانا)»: a name and its acronym side by side are one mention."""
    out = []
    for h in hits:
        if out and out[-1][2] == h[2] and _PAREN_GAP.fullmatch(text[out[-1][1] : h[0]]):
            end = h[1] + (1 if text[h[1] : h[1] + 1] == ")" else 0)
            out[-1] = (out[-1][0], end, h[2])
        else:
            out.append(h)
    return out


def _cue_before(text: str, cues, pos: int):
    """The cue whose end stands just before ``pos`` (allowing «خبرگزاری»-like words between).

    ``cues`` come from one scan, in text order and not overlapping, so their ends are sorted: only
    those ending within ``_CUE_REACH`` before ``pos`` are looked at (linear over an article)."""
    best = None
    lo = bisect_left(cues, pos - _CUE_REACH, key=lambda c: c[1])
    for c in cues[lo : bisect_right(cues, pos, key=lambda c: c[1])]:
        if c[1] <= pos <= c[1] + _CUE_REACH and not re.search(r"[.؟!\n؛]", text[c[1] : pos]):
            gap = text[c[1] : pos]
            if len(gap.split()) <= _CUE_WORDS or _BETWEEN.fullmatch(gap):
                best = c
    return best


def _previous_in_sentence(doc: Doc, hits, i: int) -> int | None:
    sent = doc.sentence_at(hits[i][0])
    for j in range(i - 1, -1, -1):
        if doc.sentence_at(hits[j][0]) != sent:
            return None  # hits are in text order: the sentence has no earlier one
        if hits[j][2] != hits[i][2]:
            return j
    return None
