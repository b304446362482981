"""The command line: exit codes, one-line errors, and bad input that never loses the rest."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "001_393da0c5ffcd2c4c.txt"


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Path:
    """One good article beside the five kinds of bad input the issue names."""
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(SEED, d / "good.txt")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\xff\xfe\x00" * 50)
    (d / "legacy.txt").write_bytes(
        "وزير الخارجية السوري فيصل المقداد في موسكو يوم 15 آذار 2023.".encode("cp1256")
    )
    (d / "boiler.txt").write_text("Bu haberi paylaşın\nموضوعات مرتبط\n", encoding="utf-8")
    good = json.dumps(
        {
            "id": "j1",
            "text": "Russian Foreign Minister Sergei Lavrov met his Syrian counterpart.",
            "language": "en",
        }
    )
    (d / "lines.jsonl").write_text(good + "\n{not json\n", encoding="utf-8")
    return d


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_bad_input_becomes_diagnostics_and_the_rest_is_checked(bad_corpus, capsys):
    code, out, err = _run(["claims", str(bad_corpus), "--format", "json"], capsys)
    assert code == 0
    doc = json.loads(out)
    ids = {a["id"] for a in doc["articles"]}
    assert {"good", "legacy", "j1"} <= ids
    assert any(c["article"] == "good" for c in doc["claims"])
    assert any(c["article"] == "j1" and c["type"] == "person_role" for c in doc["claims"])
    assert any(c["article"] == "legacy" and c["type"] == "date" for c in doc["claims"])
    by_file = {Path(d["path"]).name: d for d in doc["diagnostics"] if d.get("path")}
    assert {"empty.txt", "binary.txt", "boiler.txt", "lines.jsonl"} <= set(by_file)
    assert by_file["lines.jsonl"]["line"] == 2
    assert "Traceback" not in err


def test_strict_turns_diagnostics_into_exit_1(bad_corpus, capsys):
    code, _, _ = _run(["claims", str(bad_corpus), "--strict"], capsys)
    assert code == 1


def test_missing_path_is_one_line_and_exit_2(tmp_path, capsys):
    code, _, err = _run(["claims", str(tmp_path / "nope")], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "nope" in lines[0] and lines[0].startswith("checker: E001")


def test_broken_rules_file_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "thresholds.yaml").write_text("names: {surname_min: 500}\n", encoding="utf-8")
    monkeypatch.setenv("CHECKER_RULES", str(rules))
    from checker.rules import load_rules

    load_rules.cache_clear()
    try:
        code, _, err = _run(["claims", str(SEED)], capsys)
    finally:
        load_rules.cache_clear()
    assert code == 2
    assert "thresholds.yaml" in err and "E003" in err and len(err.strip().splitlines()) == 1


def test_formats_jsonl_and_table(capsys):
    code, out, _ = _run(["claims", str(SEED), "--format", "jsonl"], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["kind"] in ("claim", "diagnostic") for r in rows)
    code, out, _ = _run(["claims", str(SEED), "--format", "table"], capsys)
    assert code == 0 and "person_role" in out


def test_out_file_is_written(tmp_path, capsys):
    target = tmp_path / "claims.json"
    code, out, _ = _run(["claims", str(SEED), "--out", str(target)], capsys)
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["claims"]


def test_python_dash_m_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "claims", str(SEED), "--format", "table"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "source" in proc.stdout


def test_the_command_leaves_at_once_with_its_output_whole(tmp_path):
    # (the command skips the interpreter's teardown: what it printed and wrote must be complete)
    def run(*args):
        return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True)

    lines = run("claims", str(SEED.parent), "--format", "jsonl")
    assert lines.returncode == 0, lines.stderr
    claims = [json.loads(x) for x in lines.stdout.splitlines()]
    whole = json.loads(run("claims", str(SEED.parent)).stdout)
    assert len([c for c in claims if c["kind"] == "claim"]) == len(whole["claims"]) > 100
    out = tmp_path / "out"
    checked = run("check", str(SEED.parent), "--out", str(out), "--fail-on", "warning")
    assert checked.returncode == 1 and "checker: wrote" in checked.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["findings"]["warning"] >= 1
    assert (out / "report.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
