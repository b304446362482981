"""Peak memory and CPU time of a check at the documented limits: one large article, many small ones.

Usage: python benchmarks/bench_limits.py [--big-mb 50] [--many 10000]

The large article is the seed articles repeated to ``--big-mb`` MB in one .txt file (real prose,
so every extractor has work at every position); the many small ones are copies of the seeds. Each
check runs in its own process (``python -m checker check``), so its peak resident memory (max RSS
of the child) is its own.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def run_check(corpus: Path, out: Path, extra: list[str]) -> tuple[float, float, int, str]:
    """(wall s, child CPU s, peak RSS MiB, last stderr lines) of one check in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "checker", "check", str(corpus), "--out", str(out), *extra],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    tail = " | ".join(done.stderr.strip().splitlines()[-3:])
    return time.monotonic() - t0, cpu, after.ru_maxrss // 1024, f"exit {done.returncode}: {tail}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big-mb", type=float, default=50.0)
    ap.add_argument("--many", type=int, default=10_000)
    ap.add_argument("--only", choices=("big", "many"))
    args = ap.parse_args(argv)
    if args.only is None:
        # Each in its own process: RUSAGE_CHILDREN's peak is the largest over every child waited
        # for, so a second check run from this process would report the first one's peak.
        for only in ("big", "many"):
            cmd = [
                sys.executable,
                __file__,
                "--only",
                only,
                "--big-mb",
                str(args.big_mb),
                "--many",
                str(args.many),
            ]
            subprocess.run(cmd, check=True)
        return 0
    seeds = _seeds()
    with tempfile.TemporaryDirectory(prefix="checker-limits-") as tmp:
        work = Path(tmp)
        if args.only == "big":
            big = work / "big"
            big.mkdir()
            body = "\n\n".join(s.split("\n", 1)[-1] for s in seeds)
            reps = int(args.big_mb * 1e6 // len(body.encode("utf-8"))) + 1
            (big / "big.txt").write_text(" date 2025-10-15 " + (body + "\n\n") * reps, encoding="utf-8")
            size = (big / "big.txt").stat().st_size / 1e6
            wall, cpu, rss, tail = run_check(big, work / "out-big", [])
            print(
                f"limits: one article of {size:.1f} MB: {cpu:.1f} s CPU, {wall:.1f} s wall, peak {rss} MiB ({tail})"
            )
            shutil.rmtree(big)
        if args.only == "many":
            many = work / "many"
            many.mkdir()
            for i in range(args.many):
                (many / f"{i:05d}.txt").write_text(seeds[i % len(seeds)], encoding="utf-8")
            wall, cpu, rss, tail = run_check(many, work / "out-many", [])
            print(
                f"limits: {args.many} small articles: {cpu:.1f} s CPU, {wall:.1f} s wall, peak {rss} MiB ({tail})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
