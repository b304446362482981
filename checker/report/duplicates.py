"""Identical and near-identical copies of an article, found once and reported once.

Method (a report-level grouping; extraction and alignment are untouched):

1. Each article's text becomes a set of word 3-shingles after folding case and digits (a
   republished copy that only changes a date or a figure still counts as a copy).
2. Candidates share one of their eight smallest shingle hashes (a bottom-k sketch, crc32 so
   the result is the same in every process). That keeps the work near linear in the corpus.
3. A candidate pair is a copy when the Jaccard similarity of the shingle sets is at least
   ``THRESHOLD``. Copies are joined transitively; the smallest id of a group is kept, the rest
   are listed as its copies.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict

THRESHOLD = 0.9
_SKETCH = 8
_MIN_SHINGLES = 5
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(_DIGIT.sub("0", text.casefold()))
    return frozenset(zlib.crc32(" ".join(words[i : i + 3]).encode()) for i in range(max(len(words) - 2, 0)))


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def find_duplicates(texts: dict[str, str]) -> list[dict]:
    """``[{"kept": id, "copies": [id, …], "similarity": lowest Jaccard in the group}]``, sorted."""
    sets = {aid: shingles(t) for aid, t in texts.items()}
    buckets: dict[int, list[str]] = defaultdict(list)
    for aid in sorted(sets):
        if len(sets[aid]) >= _MIN_SHINGLES:
            for h in sorted(sets[aid])[:_SKETCH]:
                buckets[h].append(aid)
    parent = {aid: aid for aid in sets}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    compared: set[tuple[str, str]] = set()
    for ids in buckets.values():
        reps: list[str] = []  # one member per group met in this bucket: copies join transitively
        for aid in ids:
            for rep in reps:
                pair = (rep, aid)
                if root(rep) == root(aid) or pair in compared:
                    continue
                compared.add(pair)
                if _jaccard(sets[rep], sets[aid]) >= THRESHOLD:
                    a, b = sorted((root(rep), root(aid)))
                    parent[b] = a
            if all(root(r) != root(aid) for r in reps):
                reps.append(aid)
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(sets):
        groups[root(aid)].append(aid)
    out = []
    for kept, members in sorted(groups.items()):
        if len(members) < 2:
            continue
        sims = [_jaccard(sets[kept], sets[m]) for m in members[1:]]
        out.append({"kept": kept, "copies": members[1:], "similarity": round(min(sims), 3)})
    return out
