"""Start-up figures: `checker --help` (a fresh interpreter each time) and loading the rules.

Usage: python benchmarks/bench_startup.py [--runs 5]

Prints, for `checker --help`, the median wall time and the child's CPU time (user+sys from
os.wait4), and for the rules the CPU time (time.process_time) of a cold load (cache off, every
file parsed with CSafeLoader and validated) and of a warm load (the validated tables read from
the cache keyed by the hash of the files), each measured side by side in fresh processes.
Targets from issue 7: `checker --help` < 0.3 s; rules < 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RULES = """
import time
t = time.process_time(); w = time.perf_counter()
from checker.rules import load_rules
load_rules()
print(time.process_time() - t, time.perf_counter() - w)
"""


def _child(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall, cpu of the child, stdout) of one fresh process."""
    w = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    out = proc.stdout.read().decode() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - w, usage.ru_utime + usage.ru_stime, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    env = dict(os.environ)
    helps = [_child([sys.executable, "-m", "checker", "--help"], env) for _ in range(runs)]
    print(
        f"checker --help: median wall {statistics.median(h[0] for h in helps):.3f} s, "
        f"median CPU {statistics.median(h[1] for h in helps):.3f} s ({runs} runs)"
    )
    with tempfile.TemporaryDirectory() as cache:
        for label, cache_dir in (("cold (no cache)", ""), ("warm (cache)", cache)):
            env2 = {**env, "CHECKER_CACHE_DIR": cache_dir}
            if cache_dir:
                _child([sys.executable, "-c", _RULES], env2)  # fill the cache
            figures = [_child([sys.executable, "-c", _RULES], env2)[2].split() for _ in range(runs)]
            cpu = statistics.median(float(f[0]) for f in figures)
            wall = statistics.median(float(f[1]) for f in figures)
            print(f"rules load, {label}: median CPU {cpu:.3f} s, wall {wall:.3f} s ({runs} runs)")


if __name__ == "__main__":
    main()
