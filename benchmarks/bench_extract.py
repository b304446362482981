"""Extraction throughput on one core, against hazm's Normalizer and dateparser's search_dates.

Usage: python benchmarks/bench_extract.py [--mb 5] [--dateparser-seconds 60]

The seeds are repeated until the corpus holds at least ``--mb`` MB of UTF-8 article text. Times are
CPU seconds (``time.process_time``: the machine is shared). Three
figures are printed in KB/s (1 KB = 1000 bytes of UTF-8): the whole extraction (normalize, dates,
numbers, people, sources), hazm's Normalizer alone, and dateparser's ``search_dates`` alone.
dateparser is far slower, so it runs on a prefix of the same corpus for at most
``--dateparser-seconds`` and its rate is measured on what it processed.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.corpus import load_corpus  # noqa: E402
from checker.pipeline import extract_article  # noqa: E402
from checker.rules import load_rules  # noqa: E402


def corpus(mb: float):
    articles, _ = load_corpus([ROOT / "seeds"])
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        a = articles[i % len(articles)]
        out.append(dataclasses.replace(a, id=f"{a.id}~{i}"))
        size += len(a.text.encode("utf-8"))
        i += 1
    return out, size


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--mb", type=float, default=5.0)
    p.add_argument("--dateparser-seconds", type=float, default=60.0)
    args = p.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    rules = load_rules()
    articles, size = corpus(args.mb)
    for lang in sorted({a.language for a in articles}):  # warm-up: compile each language's lexicons once
        extract_article(next(a for a in articles if a.language == lang), rules)
    t0 = time.process_time()
    claims = sum(len(extract_article(a, rules).claims) for a in articles)
    t_extract = time.process_time() - t0

    from hazm import Normalizer

    normalizer = Normalizer()
    normalizer.normalize(articles[0].text)
    t0 = time.process_time()
    for a in articles:
        normalizer.normalize(a.text)
    t_hazm = time.process_time() - t0

    from dateparser.search import search_dates

    t0, done = time.process_time(), 0
    for a in articles:
        search_dates(a.text, languages=[a.language or "fa"])
        done += len(a.text.encode("utf-8"))
        if time.process_time() - t0 > args.dateparser_seconds:
            break
    t_dp = time.process_time() - t0

    kb = size / 1000
    print(f"corpus: {len(articles)} articles, {kb:,.0f} KB of UTF-8 text, one core")
    print(f"checker extraction : {kb / t_extract:8.0f} KB/s  ({t_extract:.2f} s, {claims} claims)")
    print(f"hazm Normalizer    : {kb / t_hazm:8.0f} KB/s  ({t_hazm:.2f} s)")
    print(f"dateparser search  : {done / 1000 / t_dp:8.1f} KB/s  ({t_dp:.2f} s on {done / 1000:,.0f} KB)")
    print(f"extraction / hazm  : {t_hazm / t_extract:.2f}x (target: >= 1.00x)")


if __name__ == "__main__":
    main()
