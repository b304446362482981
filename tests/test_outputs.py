"""Every output format on the seeds: SARIF against the official schema, JUnit parsed, GitHub
annotations escaped, ClaimReview checked against schema.org types; baselines, selection, config."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest
from jsonschema.validators import validator_for

from checker.cli import main
from checker.config import FORMATS, Settings
from checker.pipeline import check
from tests.helpers import SEEDS

ROOT = Path(__file__).parent.parent
OLD = "003_23d814b1d62127e7"  # the undated 2023 article


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("all")
    result = check(str(SEEDS), out_dir=str(out), settings=Settings(formats=FORMATS))
    return out, result.report


def sarif_validator():
    schema = json.loads((ROOT / "schemas" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_sarif(doc: dict) -> None:
    errors = list(sarif_validator().iter_errors(doc))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_every_format_is_written(seeds_out):
    out, _ = seeds_out
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            "report.json",
            "report.md",
            "report.html",
            "report.sarif",
            "report.junit.xml",
            "report.github.txt",
            "report.claimreview.jsonld",
        ]
    )


def test_sarif_validates_and_has_one_result_per_finding(seeds_out):
    out, report = seeds_out
    doc = json.loads((out / "report.sarif").read_text(encoding="utf-8"))
    validate_sarif(doc)
    run = doc["runs"][0]
    assert len(run["results"]) == len(report["findings"])
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    for res, f in zip(run["results"], report["findings"], strict=True):
        assert res["ruleId"] == f["code"] and rules[f["code"]]["help"]["text"]
        assert res["partialFingerprints"]["checkerFingerprint/v1"] == f["fingerprint"]
        region = res["locations"][0]["physicalLocation"]["region"]
        ev = f["values"][0]["evidence"][0]
        assert region["charOffset"] == ev["start"] and region["charLength"] == ev["end"] - ev["start"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        # The offsets point at the quoted words in the file itself.
        path = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        text = Path(unquote(path.removeprefix("file://"))).read_text(encoding="utf-8")
        assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == ev["text"]
        lines = text.split("\n")
        assert lines[region["startLine"] - 1][region["startColumn"] - 1 :].startswith(ev["text"][:5])
        assert "baselineState" not in res
    conflict = next(r for r in run["results"] if r["ruleId"] == "CF01")
    assert conflict["relatedLocations"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == [d["code"] for d in report["diagnostics"]]
    described = {n["id"] for n in run["tool"]["driver"]["notifications"]}
    assert {n["descriptor"]["id"] for n in notes} <= described


def test_sarif_with_baseline_has_states(tmp_path):
    base = tmp_path / "base.json"
    assert main(["baseline", str(SEEDS), "--out", str(base), "-q"]) == 0
    doc = json.loads(base.read_text(encoding="utf-8"))
    doc["findings"].append({"fingerprint": "0" * 32, "code": "CF03", "message": "gone"})
    base.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "out"
    main(["check", str(SEEDS), "--out", str(out), "--format", "sarif", "--baseline", str(base), "-q"])
    sarif = json.loads((out / "report.sarif").read_text(encoding="utf-8"))
    validate_sarif(sarif)
    states = [r["baselineState"] for r in sarif["runs"][0]["results"]]
    assert states.count("absent") == 1 and "new" not in states and states.count("unchanged") > 0


def test_junit_is_parsed_like_gitlab_and_jenkins_do(tmp_path):
    main(["check", str(SEEDS), "--out", str(tmp_path), "--format", "junit", "--fail-on", "warning", "-q"])
    root = ET.parse(tmp_path / "report.junit.xml").getroot()
    assert root.tag == "testsuites"
    cases = root.findall("testsuite/testcase")
    failures = root.findall("testsuite/testcase/failure")
    assert int(root.get("tests")) == len(cases) > 0
    assert int(root.get("failures")) == len(failures) == 3  # the three CF01 warnings
    for suite in root.findall("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))
    assert all(c.get("file") and c.get("line") and c.get("classname").startswith("checker.") for c in cases)


def test_github_annotations_escape_properties_and_data():
    from checker.report.github import annotation, escape_data, escape_property

    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    f = {
        "code": "CF01",
        "severity": "error",
        "id": "CF01-000000000000",
        "message": "x\ny: 5%",
        "values": [
            {"evidence": [{"article": "a", "line": 3, "column": 4, "text": "t", "start": 0, "end": 1}]}
        ],
    }
    line = annotation(f, {"a": {"path": "dir,x/a:b.txt"}})
    assert line.startswith("::error file=dir%2Cx/a%3Ab.txt,line=3,col=4,title=CF01 error::")
    assert "\n" not in line and line.endswith("x%0Ay: 5%25 [CF01-000000000000]")


def test_github_format_prints_annotations(capsys, tmp_path):
    code = main(["check", str(SEEDS), "--out", str(tmp_path), "--format", "github", "-q"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and len(lines) == 3 and all(x.startswith("::warning file=") for x in lines)


# schema.org: the types used, and the properties each may carry (from schema.org's definitions).
SCHEMA_ORG = {
    "ClaimReview": {
        "claimReviewed",
        "itemReviewed",
        "reviewRating",
        "reviewBody",
        "creativeWorkStatus",
        "identifier",
        "author",
        "url",
        "datePublished",
    },
    "Claim": {"name", "appearance", "firstAppearance", "author", "datePublished", "text"},
    "NewsArticle": {"url", "headline", "publisher", "datePublished", "inLanguage", "text", "identifier"},
    "Organization": {"name", "url"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
}


def _check_node(node: dict) -> None:
    t = node["@type"]
    assert t in SCHEMA_ORG, t
    assert set(node) - {"@type"} <= SCHEMA_ORG[t], (t, set(node) - SCHEMA_ORG[t])
    for v in node.values():
        for child in v if isinstance(v, list) else [v]:
            if isinstance(child, dict):
                _check_node(child)


def test_claimreview_drafts_one_per_conflict(seeds_out):
    out, report = seeds_out
    doc = json.loads((out / "report.claimreview.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org"
    conflicts = [f for f in report["findings"] if f["type"] == "conflict"]
    assert len(doc["@graph"]) == len(conflicts) == 3
    for node in doc["@graph"]:
        _check_node(node)
        assert node["@type"] == "ClaimReview" and node["creativeWorkStatus"] == "Draft"
        assert "ratingValue" not in node["reviewRating"]
        claim = node["itemReviewed"]
        assert claim["@type"] == "Claim" and len(claim["appearance"]) >= 2
        assert any("datePublished" in a for a in claim["appearance"])


def test_baseline_turns_the_next_run_green_and_a_changed_article_fails_alone(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    base = tmp_path / "base.json"
    out = str(tmp_path / "out")
    assert main(["check", str(corpus), "--out", out, "--fail-on", "warning", "-q"]) == 1
    assert main(["baseline", str(corpus), "--out", str(base), "-q"]) == 0
    assert (
        main(["check", str(corpus), "--out", out, "--fail-on", "warning", "--baseline", str(base), "-q"]) == 0
    )
    changed = corpus / "001_393da0c5ffcd2c4c.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("اسعد شیبانی", "فیصل مقداد"), encoding="utf-8"
    )
    args = ["check", str(corpus), "--out", out, "--fail-on", "warning", "--baseline", str(base), "-q"]
    assert main(args) == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    failing = [f for f in report["findings"] if f["baseline_state"] == "new" and f["severity"] != "info"]
    assert failing
    for f in failing:
        assert "001_393da0c5ffcd2c4c" in {a for v in f["values"] for a in v["articles"]}
    assert report["baseline"]["absent"]  # the stale entries are listed


def test_bad_baseline_is_one_line_exit_2(tmp_path, capsys):
    bad = tmp_path / "b.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["check", str(SEEDS), "--out", str(tmp_path), "--baseline", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "E008" in err[0] and "b.json" in err[0]


def test_select_ignore_and_severity_override(tmp_path, capsys):
    r = check(SEEDS, settings=Settings(select=("CF",), severity=(("CF01", "error"),)))
    assert {f["code"] for f in r.report["findings"]} == {"CF01"}
    assert {f["severity"] for f in r.report["findings"]} == {"error"}
    r = check([SEEDS], settings=Settings(ignore=("AG", "OM")))
    assert not [f for f in r.report["findings"] if f["code"][:2] in ("AG", "OM")]
    assert main(["check", str(SEEDS), "--out", str(tmp_path), "--severity", "CF01=error", "-q"]) == 1
    assert main(["check", str(SEEDS), "--out", str(tmp_path), "--select", "XX9"]) == 2
    assert "XX9" in capsys.readouterr().err


def test_config_files(tmp_path, monkeypatch, capsys):
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.checker]\nformat = ["json", "junit"]\nfail-on = "warning"\nout = "rep"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(proj)
    assert main(["check", str(SEEDS), "-q"]) == 1
    assert sorted(p.name for p in (proj / "rep").iterdir()) == ["report.json", "report.junit.xml"]
    (proj / "checker.toml").write_text('fail-on = "never"\nformat = ["md"]\n', encoding="utf-8")
    assert main(["check", str(SEEDS), "-q", "--out", str(tmp_path / "o2")]) == 0
    assert [p.name for p in (tmp_path / "o2").iterdir()] == ["report.md"]
    other = tmp_path / "other.toml"
    other.write_text("[tool.checker]\nbogus = 1\n", encoding="utf-8")
    assert main(["check", str(SEEDS), "--config", str(other)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "other.toml" in err[0] and "bogus" in err[0]


def test_rules_overlay_is_validated_and_used(tmp_path, capsys):
    over = tmp_path / "newsroom" / "sources"
    over.mkdir(parents=True)
    (tmp_path / "newsroom" / "sources" / "concepts.yaml").write_text(
        'sources:\n  my_paper: {display: "My Paper", kind: outlet, country: IR, state: false}\n',
        encoding="utf-8",
    )
    (over / "fa.yaml").write_text("sources:\n  my_paper: [روزنامه من]\n", encoding="utf-8")
    from checker.rules import load_rules

    try:
        rules = load_rules(overlays=(str(tmp_path / "newsroom"),))
    except Exception as exc:  # the overlay's shape must be the one the schema asks for
        pytest.fail(f"overlay refused: {exc}")
    assert "my_paper" in rules.concepts("sources")["sources"]
    assert "irna" in rules.concepts("sources")["sources"]  # merged, not replaced
    assert "روزنامه من" in rules.lang("sources", "fa")["sources"]["my_paper"]
    assert rules.lang("sources", "fa")["cues"]["report"]
    bad = tmp_path / "bad" / "sources"
    bad.mkdir(parents=True)
    (bad / "concepts.yaml").write_text("sources:\n  x: {display: 3}\n", encoding="utf-8")
    assert main(["check", str(SEEDS), "--out", str(tmp_path / "o"), "--rules", str(tmp_path / "bad")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "concepts.yaml" in err[0] and "E003" in err[0]


def test_explain_version_and_stdin(capsys, monkeypatch, tmp_path):
    import io

    assert main(["explain", "CF01"]) == 0
    assert "office-holder" in capsys.readouterr().out
    assert main(["explain", "ZZ99"]) == 2
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and "checker 0.1.0" in capsys.readouterr().out
    data = (SEEDS / "001_393da0c5ffcd2c4c.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["check", "-", "--out", str(tmp_path), "--format", "json", "-q"]) == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in report["articles"]] == ["stdin"]


def test_ci_prints_one_line_per_failing_finding(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    assert main(["check", str(SEEDS), "--out", str(tmp_path), "--fail-on", "warning", "-q"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(": CF01 [warning] " in x and ".txt:" in x for x in lines)


def test_help_shows_defaults(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "default: reports/latest" in out and "default: json md html" in out and "default: error" in out


def test_the_readme_config_example_is_valid():
    import re
    import tomllib

    from checker.config import settings_from
    from checker.findings import CATALOGUE

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, flags=re.S).group(1)
    table = tomllib.loads(block)["tool"]["checker"]
    s = settings_from(table, "README", frozenset(CATALOGUE))
    assert s.fail_on == "warning" and s.severity == (("CF01", "error"),) and s.ignore == ("AG",)
    r = check(SEEDS, settings=Settings(thresholds=tuple(table["thresholds"].items())))
    assert r.report["summary"]["articles"] == 5
    with pytest.raises(Exception) as err:
        check(SEEDS, settings=Settings(thresholds=(("events", {"merge_window_days": "x"}),)))
    assert "E003" in str(err.value)


def test_progress_bar_only_for_a_person_at_a_terminal(monkeypatch):
    import argparse
    import io

    from checker.cli import _progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    args = argparse.Namespace(quiet=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.stderr", Tty())
    bar = _progress(args)
    assert bar is not None and list(bar([1, 2, 3])) == [1, 2, 3]
    monkeypatch.setenv("CI", "true")
    assert _progress(args) is None
    monkeypatch.delenv("CI")
    assert _progress(argparse.Namespace(quiet=True)) is None
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert _progress(args) is None


def test_claims_reads_stdin(capsys, monkeypatch):
    import io

    data = b"Russian Foreign Minister Sergei Lavrov met reporters in Moscow."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["claims", "-", "--format", "jsonl", "-q"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and all(x["article"] == "stdin" for x in lines if x["kind"] == "claim")


def test_a_report_retold_by_another_outlet_updates_the_known_findings(tmp_path):
    # The same conflicts, now also told by a sixth article: `updated` (SARIF's word), not new.
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    base = tmp_path / "base.json"
    assert main(["baseline", str(corpus), "--out", str(base), "-q"]) == 0
    told = (corpus / "003_23d814b1d62127e7.txt").read_text(encoding="utf-8")
    (corpus / "zz_retold.txt").write_text(told + "\nنقلته وكالة أخرى.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = [
        "check",
        str(corpus),
        "--out",
        str(out),
        "--baseline",
        str(base),
        "--format",
        "json",
        "--format",
        "sarif",
    ]
    assert main([*args, "--fail-on", "warning", "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    conflicts = [f for f in report["findings"] if f["code"] == "CF01"]
    assert conflicts and all(f["baseline_state"] in ("updated", "unchanged") for f in conflicts)
    assert any(f["baseline_state"] == "updated" and "zz_retold" in str(f["values"]) for f in conflicts)
    sarif = json.loads((out / "report.sarif").read_text(encoding="utf-8"))
    validate_sarif(sarif)
    assert "updated" in {r.get("baselineState") for r in sarif["runs"][0]["results"]}
    updated = {f["fingerprint"] for f in report["findings"] if f["baseline_state"] == "updated"}
    absent = {e["fingerprint"] for e in report["baseline"]["absent"]}
    assert updated and not updated & absent


def test_updated_means_the_same_values_told_by_other_articles():
    from checker.report.select import baseline_entry, mark_baseline

    def finding(fp, told, key="syria|foreign_minister"):
        values = [{"value": v, "articles": arts} for v, arts in told.items()]
        return {"fingerprint": fp, "code": "CF01", "key": key, "message": "", "values": values}

    before = [
        finding("a", {"x": ["1"], "y": ["2"]}),
        finding("b", {"p": ["1"], "q": ["2"]}, "k2"),
        finding("c", {"m": ["1"], "n": ["2"]}, "k3"),
        finding("d", {"s": ["1"], "t": ["2"]}, "k4"),
    ]
    entries = {f["fingerprint"]: baseline_entry(f) for f in before}
    entries["old"] = {"code": "CF01", "message": ""}  # a baseline file without digests
    now = [
        finding("a", {"x": ["1"], "y": ["2"]}),
        finding("b2", {"q": ["2", "3"], "p": ["1"]}, "k2"),  # a third article sides with q
        finding("c2", {"m": ["1"], "n": ["2"], "o": ["3"]}, "k3"),  # a third value
        finding("d2", {"s": ["2", "3"], "t": ["1"]}, "k4"),  # the two articles swapped sides
    ]
    marked = mark_baseline(now, {"file": "f", "entries": entries})
    assert [f["baseline_state"] for f in now] == ["unchanged", "updated", "new", "new"]
    assert [e["fingerprint"] for e in marked["absent"]] == ["c", "d", "old"]
