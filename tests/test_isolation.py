"""A bug met in one article stays with that article: the run goes on and says so.

Each test plants a bug that fires only when an article holding a marker word is present, in one
stage after another (extraction, alignment, findings, rendering), and checks that the other
articles are still checked, that the marked one gets an internal-error diagnostic, and that
``--strict`` fails on it. A bug that no article explains stops the run with one line and exit 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import checker.align
import checker.findings
import checker.pipeline
import checker.report.formats
from checker.cli import main
from tests.helpers import SEEDS

MARK = "Zqxv"  # a word no real article holds


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The seeds plus one article carrying the marker, as its own file."""
    root = tmp_path / "in"
    root.mkdir()
    for p in sorted(SEEDS.iterdir()):
        if p.is_file():
            (root / p.name).write_bytes(p.read_bytes())
    (root / "marked.txt").write_text(
        f"The minister of {MARK} met his counterpart in Geneva on 3 May 2024. More than 40 people attended.\n",
        encoding="utf-8",
    )
    return root


def _marked(texts) -> bool:
    return any(MARK in t for t in texts)


def _run(corpus: Path, out: Path, capsys, *extra: str) -> tuple[int, dict, str]:
    code = main(
        [
            "check",
            str(corpus),
            "--out",
            str(out),
            "--format",
            "json",
            "--format",
            "md",
            "--format",
            "html",
            *extra,
        ]
    )
    err = capsys.readouterr().err
    report = (
        json.loads((out / "report.json").read_text(encoding="utf-8"))
        if (out / "report.json").exists()
        else {}
    )
    return code, report, err


def _clean(corpus: Path, tmp_path: Path, capsys) -> dict:
    return _run(corpus, tmp_path / "clean", capsys)[1]


def _diag(report: dict, code: str) -> list[dict]:
    return [d for d in report["diagnostics"] if d["code"] == code]


def _titles(report: dict) -> list[str]:
    return sorted(f["fingerprint"] for f in report["findings"] if "marked" not in json.dumps(f))


def test_a_bug_in_extraction_is_w121(corpus, tmp_path, capsys, monkeypatch):
    clean = _clean(corpus, tmp_path, capsys)
    real = checker.pipeline.extract_numbers

    def buggy(doc, *args, **kwargs):
        if MARK in doc.article.text:
            raise ZeroDivisionError
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(checker.pipeline, "extract_numbers", buggy)
    code, report, _ = _run(corpus, tmp_path / "out", capsys)
    [d] = _diag(report, "W121")
    assert d["article"] == "marked" and "ZeroDivisionError" in d["message"]
    assert "internal error (a bug in checker)" in d["message"]
    assert _titles(report) == _titles(clean)
    assert code == _run(corpus, tmp_path / "clean2", capsys)[0]
    assert _run(corpus, tmp_path / "strict", capsys, "--strict")[0] == 1


@pytest.mark.parametrize("stage", ["align", "findings"])
def test_a_bug_in_align_or_findings_is_confined_to_its_article(stage, corpus, tmp_path, capsys, monkeypatch):
    clean = _clean(corpus, tmp_path, capsys)
    calls = []
    if stage == "align":
        real = checker.align.build_context

        def buggy(extractions, rules):
            calls.append(len(extractions))
            if any(x.claims for x in extractions if MARK in x.article.text):
                raise KeyError("a key")
            return real(extractions, rules)

        monkeypatch.setattr(checker.align, "build_context", buggy)
    else:
        real = checker.findings.run_checks

        def buggy(ctx):
            calls.append(len(ctx.extractions))
            if any(x.claims for x in ctx.extractions.values() if MARK in x.article.text):
                raise IndexError
            return real(ctx)

        monkeypatch.setattr(checker.findings, "run_checks", buggy)
    code, report, err = _run(corpus, tmp_path / "out", capsys)
    [d] = _diag(report, "W122")
    assert d["article"] == "marked"
    assert "internal error (a bug in checker)" in d["message"] and "keeps no claims" in d["message"]
    assert ("KeyError" if stage == "align" else "IndexError") in d["message"]
    assert "a key" not in d["message"]  # an exception's text may quote the article: never shown
    # every article is still reported, the marked one with no claims; the others' findings are intact
    assert sorted(a["id"] for a in report["articles"]) == sorted(a["id"] for a in clean["articles"])
    assert _titles(report) == _titles(clean)
    assert code in (0, 1) and "Traceback" not in err and (tmp_path / "out" / "report.html").exists()
    assert len(calls) <= 2 + 2 * len(clean["articles"]).bit_length()  # found by bisection
    assert _run(corpus, tmp_path / "strict", capsys, "--strict")[0] == 1


def test_a_bug_in_a_renderer_is_confined_and_every_format_is_written(corpus, tmp_path, capsys, monkeypatch):
    clean = _clean(corpus, tmp_path, capsys)
    real = checker.report.formats.render

    def buggy(report, formats, texts, fail_on):
        for name, text in real(report, formats, texts, fail_on):
            if name == "report.md" and _marked(texts.values()):
                raise ValueError
            yield name, text

    monkeypatch.setattr(checker.report.formats, "render", buggy)
    code, report, err = _run(corpus, tmp_path / "out", capsys)
    [d] = _diag(report, "W122")
    assert d["article"] == "marked" and "left out of the report" in d["message"]
    assert code in (0, 1) and "Traceback" not in err
    assert "marked" not in [a["id"] for a in report["articles"]]
    assert _titles(report) == _titles(clean)
    for name in ("report.json", "report.md", "report.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert "W122" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")


def test_a_bug_no_article_explains_stops_with_one_line(corpus, tmp_path, capsys, monkeypatch):
    def buggy(extractions, rules):
        raise RuntimeError("secret article text")

    monkeypatch.setattr(checker.align, "build_context", buggy)
    code, report, err = _run(corpus, tmp_path / "out", capsys)
    assert code == 2 and report == {}
    [line] = err.strip().splitlines()[-1:]
    assert line.startswith("checker: E010 internal error (a bug in checker)")
    assert "RuntimeError" in line and "secret" not in line and "Traceback" not in err
