"""Reports: schema-valid, written atomically, byte-identical across runs and article orders."""

from __future__ import annotations

import json
import shutil

from checker.cli import main
from checker.pipeline import check
from checker.report.build import validate_report
from tests.helpers import SEEDS


def test_check_writes_json_and_md(tmp_path, capsys):
    code = main(["check", str(SEEDS), "--out", str(tmp_path), "--html"])
    assert code == 0  # the seeds hold warnings and info, no error
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    validate_report(report)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "# checker report" in md and "CF01" in md and "Sergei Shoigu" in md
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_fail_on_thresholds(tmp_path, capsys):
    assert main(["check", str(SEEDS), "--out", str(tmp_path), "--fail-on", "warning"]) == 1
    assert main(["check", str(SEEDS), "--out", str(tmp_path), "--fail-on", "never"]) == 0


def test_two_runs_are_byte_identical(tmp_path, capsys):
    main(["check", str(SEEDS), "--out", str(tmp_path / "a")])
    main(["check", str(SEEDS), "--out", str(tmp_path / "b")])
    assert (tmp_path / "a" / "report.json").read_bytes() == (tmp_path / "b" / "report.json").read_bytes()
    assert (tmp_path / "a" / "report.md").read_bytes() == (tmp_path / "b" / "report.md").read_bytes()


def test_article_order_does_not_change_findings():
    files = sorted(SEEDS.glob("*.txt"))
    a = check(files).report
    b = check(list(reversed(files))).report
    assert [f["fingerprint"] for f in a["findings"]] == [f["fingerprint"] for f in b["findings"]]


def test_an_article_never_conflicts_with_its_copy(tmp_path):
    for f in SEEDS.glob("*.txt"):
        d = tmp_path / f.stem
        d.mkdir()
        shutil.copy(f, d / f.name)
        shutil.copy(f, d / ("copy_" + f.name))
        report = check([d]).report
        assert not [x for x in report["findings"] if x["type"] in ("conflict", "inconsistency")], f.name


def test_invalid_report_is_refused():
    import pytest

    from checker.errors import CheckerError

    report = check([SEEDS / "002_4212da3186e38a21.txt"]).report
    report["findings"].append({"code": "bad"})
    with pytest.raises(CheckerError) as err:
        validate_report(report)
    assert err.value.code == "E005"
    # (the compiled validator rejects the record; jsonschema words the error and its path)
    n = len(report["findings"]) - 1
    assert f"at /findings/{n}: " in str(err.value) and "is a required property" in str(err.value)
    report["findings"].pop()
    report["articles"][0]["id"] = 5
    with pytest.raises(CheckerError) as err:
        validate_report(report)
    assert "at /articles/0/id: 5 is not of type 'string'" in str(err.value)


def test_corpus_with_nothing_readable_is_an_error(tmp_path, capsys):
    only_empty = tmp_path / "only_empty"
    only_empty.mkdir()
    (only_empty / "x.txt").write_text("", encoding="utf-8")
    assert main(["check", str(only_empty), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "E002" in err[0] and str(only_empty) in err[0]
    empty = tmp_path / "none"
    empty.mkdir()
    assert main(["check", str(empty), "--out", str(tmp_path / "out2")]) == 2
    assert not (tmp_path / "out").exists() and not (tmp_path / "out2").exists()
