"""What the gazetteer costs: rules load time with and without rules/places, and extraction with
and without place claims, measured side by side in CPU seconds (time.process_time).

Usage: python benchmarks/bench_places.py [--rounds 5] [--copies 30]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import checker.pipeline as pipeline  # noqa: E402
import checker.rules as rules_mod  # noqa: E402
from checker.corpus import load_corpus  # noqa: E402
from checker.rules import load_rules  # noqa: E402


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def load_times(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "rules"
        shutil.copytree(ROOT / "rules", bare)
        shutil.rmtree(bare / "places")
        runs = {
            "pure-Python YAML, no places": (bare, yaml.SafeLoader),
            "libyaml, no places": (bare, yaml.CSafeLoader),
            "libyaml, with places": (ROOT / "rules", yaml.CSafeLoader),
        }
        best = dict.fromkeys(runs, float("inf"))
        for _ in range(rounds):
            for name, (root, loader) in runs.items():
                rules_mod._LOADER = loader
                best[name] = min(best[name], cpu(lambda root=root: rules_mod.Rules(root)))
        rules_mod._LOADER = yaml.CSafeLoader
    for name, secs in best.items():
        print(f"rules load ({name}): {secs:.2f} CPU s")


def extraction(rounds: int, copies: int) -> None:
    rules = load_rules()
    articles, _ = load_corpus([ROOT / "seeds"])
    corpus = [dataclasses.replace(a, id=f"{a.id}~{i}") for i in range(copies) for a in articles]
    kb = sum(len(a.text.encode("utf-8")) for a in corpus) / 1000
    for a in articles:  # compile every table first
        pipeline.extract_article(a, rules)
    real = pipeline.extract_places
    best = {"with places": float("inf"), "without places": float("inf")}
    for _ in range(rounds):
        for name, fn in (("with places", real), ("without places", lambda doc, rules: [])):
            pipeline.extract_places = fn
            best[name] = min(best[name], cpu(lambda: [pipeline.extract_article(a, rules) for a in corpus]))
    pipeline.extract_places = real
    for name, secs in best.items():
        print(f"extraction {name}: {kb / secs:.0f} KB/s ({secs:.2f} CPU s on {kb:.0f} KB)")
    print(f"place extraction costs {best['with places'] / best['without places'] - 1:.0%} of extraction time")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--copies", type=int, default=30)
    args = p.parse_args()
    load_times(args.rounds)
    extraction(args.rounds, args.copies)


if __name__ == "__main__":
    main()
