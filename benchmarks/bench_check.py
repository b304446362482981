"""Scaling of the whole check (load → extract → align → find → report) on synthetic corpora.

Usage: python benchmarks/bench_check.py [--sizes 1000 10000] [--seed 7]

Each corpus is built from the seeds: every copy gets a new id and a shifted publication date
(the header date and the event dates that equal it move together), and one copy in ten gets a
random contradiction (a year moved, a number changed, or two known people's names swapped). Each
size runs in its own process so that its peak memory (max RSS) is its own. The script prints the
time and peak memory per size and the ratio time(10k) / time(1k); alignment must not grow
quadratically (target ratio <= 12).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from subrun import run_one_size  # noqa: E402

_HEADER = re.compile(r"^(\s*date )(\d{4}-\d{2}-\d{2})")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)")
_NUMBER = re.compile(r"(?<![\d.])([1-9]\d?)(?![\d.])")


def synthesize(n: int, out: Path, seed: int) -> None:
    """Write ``n`` articles made from the seeds into ``out``."""
    import yaml

    rng = random.Random(seed)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    people = yaml.safe_load((ROOT / "rules" / "people.yaml").read_text(encoding="utf-8"))["people"]
    names = [a for p in people.values() for a in p["aliases"].get("fa", []) if " " in a]
    base = date(2020, 1, 1)
    for i in range(n):
        k = i % len(texts)
        text = texts[k]
        shift = timedelta(days=rng.randrange(0, 2000))
        m = _HEADER.match(text)
        if m:
            old = m.group(2)
            new = (base + shift).isoformat()
            text = _HEADER.sub(lambda mm, new=new: mm.group(1) + new, text, count=1).replace(old, new)
        if rng.random() < 0.1:
            text = _contradict(text, rng, names)
        (out / f"{i:06d}_{seeds[k].stem}.txt").write_text(text, encoding="utf-8")


def _contradict(text: str, rng: random.Random, names: list[str]) -> str:
    kind = rng.choice(("year", "number", "name"))
    if kind == "year":
        spots = list(_YEAR.finditer(text))
        if spots:
            m = rng.choice(spots)
            return text[: m.start()] + str(int(m.group(1)) + rng.randint(1, 3)) + text[m.end() :]
    if kind == "number":
        spots = list(_NUMBER.finditer(text))
        if spots:
            m = rng.choice(spots)
            return text[: m.start()] + str(int(m.group(1)) + rng.randint(5, 40)) + text[m.end() :]
    present = [a for a in names if a in text]
    if present:
        a = rng.choice(present)
        return text.replace(a, rng.choice(names), 1)
    return text


def run_one(n: int, seed: int) -> dict:
    """Build a corpus of ``n`` and time one full check on it (in this process)."""
    from checker.pipeline import check

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        synthesize(n, corpus, seed)
        t0 = time.process_time()
        result = check([corpus], out_dir=Path(tmp) / "out")
        elapsed = time.process_time() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    s = result.report["summary"]
    return {
        "articles": n,
        "seconds": elapsed,
        "peak_mb": peak_mb,
        "claims": s["claims"],
        "events": s["events"],
        "findings": s["findings"],
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed)))
        return
    results = []
    for n in args.sizes:
        r = run_one_size(__file__, n, args.seed)
        results.append(r)
        print(
            f"{r['articles']:>6} articles: {r['seconds']:8.1f} s, peak {r['peak_mb']:7.0f} MB, {r['claims']} claims, {r['events']} events, findings {r['findings']}"
        )
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(
            f"time({b['articles']}) / time({a['articles']}) = {b['seconds'] / a['seconds']:.2f} (target <= 12 for 10x the articles)"
        )


if __name__ == "__main__":
    main()
