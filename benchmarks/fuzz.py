"""A long fuzz campaign: N generated bad inputs, judged in batches, a failing batch bisected.

Usage: python benchmarks/fuzz.py [--inputs 10000] [--batch 100] [--seed 1] [--jobs 2] [--timeout 300]

(``--timeout`` is CPU seconds per batch: a normal batch of 100 takes about 20.)

Input ``i`` of campaign ``seed`` is always the same bytes (``tests/fuzz/generators.input_for``).
Each batch is one corpus (the inputs plus two seed articles and a manifest) run by
``tests/fuzz/harness.py`` in its own process, twice (two write orders), with a time limit. A batch
with a crash, a timeout or a nondeterministic report is split in halves until the single input
that causes it is found; lost inputs and injections name their input already. The last line is::

    fuzz: N inputs, C crashes, L lost, T timeouts, I injection, D nondeterministic
"""

from __future__ import annotations

import argparse
import json
import resource
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("crash", "lost", "timeout", "injection", "nondeterministic")


def _cpu_limit(seconds: float):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (int(seconds), int(seconds) + 5))

    return apply


def run_batch(seed: int, indices: list[int], timeout: float) -> dict[str, list[str]]:
    """Judge the inputs ``indices`` in a fresh process.

    ``timeout`` is CPU seconds (``RLIMIT_CPU``), so that a machine busy with other work does not
    turn a slow batch into a "timeout"; wall time is bounded too, at ten times as much.
    """
    cmd = [sys.executable, "-m", "tests.fuzz.harness", str(seed), *map(str, indices)]
    try:
        done = subprocess.run(
            cmd, cwd=ROOT, capture_output=True, text=True, timeout=10 * timeout, check=False,
            preexec_fn=_cpu_limit(timeout),
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return {"timeout": [f"batch of {len(indices)} over {10 * timeout:g} s of wall time"]}
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return {"timeout": [f"batch of {len(indices)} over {timeout:g} CPU seconds"]}
    if done.returncode != 0 or not done.stdout.strip():
        return {"crash": [f"harness exit {done.returncode}: {done.stderr[-800:]}"]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def bisect(seed: int, indices: list[int], kind: str, timeout: float) -> list[int]:
    """The inputs that alone reproduce ``kind`` (halving the batch while a half still fails)."""
    if len(indices) == 1:
        return indices
    half = len(indices) // 2
    found = []
    for part in (indices[:half], indices[half:]):
        if run_batch(seed, part, timeout).get(kind):
            found += bisect(seed, part, kind, timeout)
    # Only together do they fail (an interaction): report the whole batch.
    return found or indices


def campaign(
    seed: int, n: int, batch: int, jobs: int, timeout: float, start: int = 0
) -> dict[str, list[str]]:
    end = start + n
    batches = [list(range(i, min(end, i + batch))) for i in range(start, end, batch)]
    totals: dict[str, list[str]] = {k: [] for k in KINDS}
    started = time.monotonic()

    def one(b: list[int]) -> tuple[list[int], dict[str, list[str]]]:
        return b, run_batch(seed, b, timeout)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for k, (b, found) in enumerate(pool.map(one, batches), 1):
            for kind in KINDS:
                items = found.get(kind) or []
                if items and kind in ("crash", "timeout", "nondeterministic"):
                    culprits = bisect(seed, b, kind, timeout)
                    items = [f"inputs {culprits}: {items[0][:600]}"]
                totals[kind] += items
            bad = {kind: len(v) for kind, v in found.items() if v}
            print(
                f"batch {k}/{len(batches)} inputs {b[0]}-{b[-1]}: {bad or 'clean'} "
                f"({time.monotonic() - started:.0f} s)",
                file=sys.stderr,
                flush=True,
            )
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0, help="number of the first input (to rerun a range)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=300.0, help="CPU seconds per batch (two runs)")
    args = ap.parse_args(argv)
    totals = campaign(args.seed, args.inputs, args.batch, args.jobs, args.timeout, args.start)
    for kind in KINDS:
        for item in totals[kind][:20]:
            print(f"{kind}: {item}")
    c = {k: len(v) for k, v in totals.items()}
    print(
        f"fuzz: {args.inputs} inputs, {c['crash']} crashes, {c['lost']} lost, {c['timeout']} timeouts, "
        f"{c['injection']} injection, {c['nondeterministic']} nondeterministic"
    )
    return 0 if not any(c.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
