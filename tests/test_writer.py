"""Atomic, durable report writes: a run killed at any point leaves the old file or the new one."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.report.writer import write_atomic

ROOT = Path(__file__).resolve().parent.parent

# A child that rewrites one file forever, alternating two large, different contents.
_WRITER = """
import sys
from pathlib import Path
from checker.report.writer import write_atomic
target = Path(sys.argv[1])
a, b = "A" * 4_000_000 + "\\n", "B" * 6_000_000 + "\\n"
print("ready", flush=True)
while True:
    write_atomic(target, a)
    write_atomic(target, b)
"""


def test_write_is_mode_0644_and_replaces_the_file(tmp_path):
    target = tmp_path / "sub" / "report.json"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text(encoding="utf-8") == "two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_undecodable_name_in_the_text_does_not_stop_the_write(tmp_path):
    target = tmp_path / "r.md"
    write_atomic(target, "a \udcff b")
    assert target.read_bytes() == b"a \xff b"


def test_unwritable_directory_is_e006(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(CheckerError) as info:
        write_atomic(blocker / "report.json", "x")
    assert info.value.code == "E006"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("delay", [0.0, 0.03, 0.07, 0.13, 0.21])
def test_sigkill_during_writes_leaves_a_whole_file(tmp_path, delay):
    target = tmp_path / "report.json"
    target.write_text("old\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target)], stdout=subprocess.PIPE, env=env, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    data = target.read_bytes()
    assert data in (b"old\n", b"A" * 4_000_000 + b"\n", b"B" * 6_000_000 + b"\n")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_a_check_leaves_the_old_report_or_a_valid_new_one(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text('{"old": true}\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.5, 1.5, 3.0):
        child = subprocess.Popen(
            [sys.executable, "-m", "checker", "check", str(ROOT / "seeds"), "--out", str(out), "--html"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report == {"old": True} or len(report["articles"]) == 5
