"""Run one size of a benchmark in a fresh process, so that each size's peak memory is its own.

The benchmark script is called again with ``--one N --seed S`` and prints its figures as one JSON
line last; this returns that line as a dict.
"""

from __future__ import annotations

import json
import subprocess
import sys


def run_one_size(script: str, n: int, seed: int) -> dict:
    proc = subprocess.run(
        [sys.executable, script, "--one", str(n), "--seed", str(seed)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])
