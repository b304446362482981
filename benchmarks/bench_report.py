"""Every output format on a large corpus, and the baseline cycle, with timings.

Usage: python benchmarks/bench_report.py [--size 2000] [--seed 7]

1. Builds a corpus of ``size`` articles from the seeds (benchmarks/bench_check.py: new ids,
   shifted dates, one in ten with a contradiction).
2. Runs `checker check` writing every format; validates report.sarif against the official
   SARIF 2.1.0 schema, parses report.junit.xml, checks the ClaimReview drafts; prints the CPU
   time of the check and of rendering each format, and the size of each file.
3. `checker baseline` on it, then `check --baseline`: the exit code must turn 0.
4. One article changed: the new failing findings must all involve that article.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from bench_check import synthesize

    from checker.cli import main as cli
    from checker.config import FORMATS, Settings
    from checker.pipeline import check
    from checker.report.formats import FILES, render_one
    from tests.test_outputs import _check_node, validate_sarif

    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        synthesize(args.size, corpus, args.seed)
        t = time.process_time()
        result = check(corpus, settings=Settings(formats=()))
        print(
            f"check of {args.size} articles: {time.process_time() - t:.1f} s CPU; "
            f"{len(result.report['findings'])} findings, {len(result.report['duplicates'])} duplicate groups"
        )
        texts = {p.stem: p.read_text(encoding="utf-8") for p in corpus.iterdir()}
        out.mkdir()
        for fmt in FORMATS:
            t = time.process_time()
            text = render_one(result.report, fmt, texts, "error")
            name = FILES[fmt]
            (out / name).write_text(text, encoding="utf-8")
            print(f"  {fmt:12s} {time.process_time() - t:6.2f} s CPU  {len(text.encode()) / 1e6:7.2f} MB")
        validate_sarif(json.loads((out / "report.sarif").read_text(encoding="utf-8")))
        ET.parse(out / "report.junit.xml")
        for node in json.loads((out / "report.claimreview.jsonld").read_text(encoding="utf-8"))["@graph"]:
            _check_node(node)
        print("  SARIF valid, JUnit parsed, ClaimReview types checked")
        base = Path(tmp) / "baseline.json"
        common = ["--out", str(out), "--format", "json", "-q", "--fail-on", "warning"]
        first = cli(["check", str(corpus), *common])
        cli(["baseline", str(corpus), "--out", str(base), "-q"])
        second = cli(["check", str(corpus), *common, "--baseline", str(base)])
        print(f"  exit code without baseline {first}, with baseline {second}")
        victim = sorted(corpus.glob("*001_393da0c5ffcd2c4c.txt"))[0]
        victim.write_text(
            victim.read_text(encoding="utf-8").replace("اسعد شیبانی", "فیصل مقداد"), encoding="utf-8"
        )
        third = cli(["check", str(corpus), *common, "--baseline", str(base)])
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        new = [f for f in report["findings"] if f["baseline_state"] == "new" and f["severity"] != "info"]
        mine = [f for f in new if victim.stem in {a for v in f["values"] for a in v["articles"]}]
        print(
            f"  one article changed ({victim.name}): exit {third}; {len(new)} new failing findings, "
            f"{len(mine)} of them involve it"
        )


if __name__ == "__main__":
    main()
