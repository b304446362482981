"""Subjects of facts, so that «کمیسیون همکاری‌های مشترک» and «کمیتهٔ مشترک» are one key.

A subject is a bag of tokens taken from a claim's sentence (or, for numbers, from the phrase
the number quantifies). Words named in ``rules/concepts/<lang>.yaml`` become concept ids shared
across languages (``c:committee``), country names become ``cc:SY``, other words are stemmed
(hazm for Persian) and stop-words dropped. Two subjects are compared by an IDF-weighted Dice
overlap in which two tokens also count as one when rapidfuzz finds them close
(«همکاری» / «همکار»).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from checker.extract.lexicon import Table, cached, clitics, country_entries
from checker.normalize import fold
from checker.rules import Rules

_WORD = re.compile(r"[^\W\d_]{2,}")
_MAX_POSTING = 200
Signature = tuple[str, ...]


def _tables(rules: Rules, lang: str) -> tuple[Table, Table, Table, frozenset[str], str, tuple[str, ...]]:
    def build():
        c = rules.lang("concepts", lang)
        cl = clitics(rules, lang)
        concepts = Table.build([(p, cid) for cid, ps in (c.get("concepts") or {}).items() for p in ps], cl)
        ctab = Table.build(country_entries(rules, lang), cl)
        stop = {fold(w) for w in c.get("stopwords") or []}
        stop |= {fold(w) for w in rules.lang("people_cues", lang).get("not_name") or []}
        roles = rules.lang("roles", lang).get("roles") or {}
        rtab = Table.build([(p, rid) for rid, e in roles.items() for p in e.get("phrases", [])], cl)
        suffixes = tuple(
            sorted(
                (fold(x) for x in rules.lang("morphology", lang).get("suffixes") or []), key=len, reverse=True
            )
        )
        return concepts, ctab, rtab, frozenset(stop), cl, suffixes

    return cached(rules, lang, "subjects", build)  # type: ignore[return-value]


def _stem(word: str, clitic: str, suffixes: tuple[str, ...]) -> str:
    """Light stemming from ``rules/morphology``: an article or clitic in front, a plural or ezafe behind.

    hazm's Stemmer was tried first; it cuts names («پوتین» → «پوت») and is inconsistent between
    a word and its plural («همکاری» → «همکار», «همکاری‌های» → «همکاری»), so subject matching lost
    more than it gained.
    """
    if clitic and word[0] in clitic and len(word) > 4:
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    for suf in suffixes:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def signature(text: str, lang: str, rules: Rules, skip: Iterable[tuple[int, int]] = ()) -> Signature:
    """Tokens of a subject phrase (folded ``text``), sorted and unique."""
    concepts, countries, roles, stop, clitic, suffixes = _tables(rules, lang)
    chars = list(text)
    for a, b in skip:
        chars[a:b] = " " * (b - a)
    text = "".join(chars)
    out: set[str] = set()
    # A role names the speaker («رئیس‌جمهور روسیه گفت»), not the fact: blank it.
    for s, e, _ in list(roles.find(text)):
        text = text[:s] + " " * (e - s) + text[e:]
    for table, prefix in ((concepts, "c:"), (countries, "cc:")):
        for s, e, cid in list(table.find(text)):
            out.add(prefix + cid)
            text = text[:s] + " " * (e - s) + text[e:]
    for w in _WORD.findall(text):
        if w not in stop:
            st = _stem(w, clitic, suffixes)
            if st not in stop and len(st) > 1:
                out.add(st)
    return tuple(sorted(out))


class SubjectSpace:
    """IDF weights over a set of signatures, and the similarity between two of them."""

    def __init__(self, signatures: Iterable[Signature], fuzz_min: float = 85.0):
        sigs = list(signatures)
        df: dict[str, int] = defaultdict(int)
        for sig in set(sigs):
            for t in sig:
                df[t] += 1
        n = max(1, len(set(sigs)))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.fuzz_min = fuzz_min
        self._cache: dict[tuple[Signature, Signature], float] = {}

    def weight(self, token: str) -> float:
        return self.idf.get(token, 1.0)

    def similarity(self, a: Signature, b: Signature) -> float:
        """IDF-weighted Dice overlap in [0, 1], with fuzzy token matches."""
        if not a or not b:
            return 0.0
        if a == b:
            return 1.0
        key = (a, b) if a < b else (b, a)
        if key not in self._cache:
            self._cache[key] = self._compute(a, b)
        return self._cache[key]

    def neutral_similarity(self, a: Signature, b: Signature) -> float:
        """Dice over the language-neutral tokens only (concepts, countries, units, years).

        Words of different languages never meet, so across languages only these tokens can; two
        subjects must share two concepts (a unit or a country alone is no subject) and name no
        different year.
        """
        na = {t for t in a if ":" in t}
        nb = {t for t in b if ":" in t}
        years_a, years_b = {t for t in na if t.startswith("t:")}, {t for t in nb if t.startswith("t:")}
        shared = na & nb
        if years_a != years_b or sum(t.startswith("c:") for t in shared) < 2:
            return 0.0
        wa, wb = sum(self.weight(t) for t in na), sum(self.weight(t) for t in nb)
        return 2 * sum(self.weight(t) for t in shared) / (wa + wb)

    def _compute(self, a: Signature, b: Signature) -> float:
        sb = set(b)
        shared = 0.0
        for t in a:
            if t in sb:
                shared += 2 * self.weight(t)
            elif ":" not in t and len(t) >= 4:
                best = max((u for u in b if ":" not in u), key=lambda u: fuzz.ratio(t, u), default=None)
                if best is not None and fuzz.ratio(t, best) >= self.fuzz_min:
                    shared += self.weight(t) + self.weight(best)
        total = sum(self.weight(t) for t in a) + sum(self.weight(t) for t in b)
        return min(1.0, shared / total) if total else 0.0


def group_signatures(
    space: SubjectSpace, sigs: Iterable[Signature], threshold: float, similarity=None
) -> dict[Signature, int]:
    """Cluster distinct signatures (union-find).

    Blocking: two signatures are compared only when they share a token, and a token shared by more
    than ``_MAX_POSTING`` signatures («روسیه») is too common to propose pairs, so the work stays
    near-linear in the number of distinct signatures.
    """
    distinct = sorted(set(sigs))
    parent = list(range(len(distinct)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[str, list[int]] = defaultdict(list)
    for i, sig in enumerate(distinct):
        candidates = {j for t in sig if len(postings[t]) <= _MAX_POSTING for j in postings[t]}
        for j in sorted(candidates):
            if find(i) != find(j) and (similarity or space.similarity)(sig, distinct[j]) >= threshold:
                parent[find(i)] = find(j)
        for t in sig:
            postings[t].append(i)
    return {sig: find(i) for i, sig in enumerate(distinct)}
