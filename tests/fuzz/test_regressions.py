"""The crash and loss classes the fuzzer found, each with its smallest input (regressions.yaml)."""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path

import pytest
import yaml

from tests.fuzz.harness import html_problems, md_problems, run_cli

CASES = yaml.safe_load((Path(__file__).parent / "regressions.yaml").read_text(encoding="utf-8"))["cases"]


def _name(key: str) -> str:
    # A key written as a bytes literal names a file with undecodable bytes.
    return os.fsdecode(ast.literal_eval(key)) if key.startswith("b'") else key


def _build(root: Path, files: dict) -> None:
    root.mkdir()
    for key, spec in files.items():
        path = root / _name(key)
        special = spec.get("special")
        if special == "fifo":
            os.mkfifo(path)
        elif special == "loop":
            os.symlink(path.name + ".b", path)
            os.symlink(path.name, path.with_name(path.name + ".b"))
        elif special == "dirlink":
            os.symlink(".", path)
        else:
            text = spec["text"]
            if "deep" in spec:
                text = text.replace("DEEP", "[" * spec["deep"] + "]" * spec["deep"])
            if "nines" in spec:
                text = text.replace("NINES", "9" * spec["nines"])
            path.write_text(text, encoding="utf-8", errors="surrogateescape")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_regression_case(case, tmp_path):
    root = tmp_path / "corpus"
    _build(root, case["files"])
    rc, out, err, crash = run_cli(root, tmp_path / "out")
    assert crash is None, crash
    assert rc in (0, 1), err
    assert "Traceback" not in err and "\x1b" not in err + out
    counts = re.search(r"(\d+) inputs: (\d+) read, (\d+) diagnosed, (\d+) skipped", err)
    assert counts, err
    total, *parts = map(int, counts.groups())
    assert total == sum(parts) and total >= len(case["files"]) - ("corpus.yaml" in case["files"])
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    codes = {d["code"] for d in report["diagnostics"]}
    expect = case["expect"]
    assert set(expect.get("codes", [])) <= codes, codes
    assert len(report["articles"]) == expect["articles"]
    assert not md_problems((tmp_path / "out" / "report.md").read_text(encoding="utf-8"))
    assert not html_problems((tmp_path / "out" / "report.html").read_text(encoding="utf-8"))
    paths = {a["path"] for a in report["articles"]} | {d.get("path") for d in report["diagnostics"]}
    for key, spec in case["files"].items():
        if key.startswith("corpus.") or spec.get("special") == "dirlink":
            continue
        shown = str(root / _name(key)).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        assert shown in paths, f"{key} is neither an article nor a diagnostic"
