"""SARIF 2.1.0: one result per finding, for GitHub code scanning and other SARIF readers.

- ``ruleId`` is the code; the rules carry help text from the code catalogue and the checks' docs.
- The first piece of evidence is the location (article path, ``charOffset``/``charLength`` in
  Unicode code points, ``startLine``/``startColumn``); the rest of the evidence, and the other
  values of a conflict, are ``relatedLocations``.
- ``partialFingerprints`` carry the finding's content fingerprint; ``baselineState`` is set when
  the report was compared with a baseline, and absent baseline entries become ``absent`` results.
- Per-article diagnostics (``W…``) are tool-execution notifications, described from
  checker/errors.py.
- GitHub's upload limits are kept: at most 25,000 results per run and 1,000 related locations
  per result; anything left out is counted in a run notification, never dropped silently.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from checker import __version__
from checker.report.wording import clean

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
MAX_RESULTS = 25_000
MAX_RELATED = 1_000
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# Offsets are into the article text. For a .txt file that is the file itself; for .md, .json and
# .jsonl the article is inside the file, so the location names the file and the article (a logical
# location) and carries the quote as its message, without a region that would point elsewhere.
_PLAIN = (".txt",)


def _uri(path: str) -> str:
    """A relative URI for a path under the working directory (what code scanning expects), else file://."""
    p = PurePath(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return "file://" + quote(p.as_posix(), safe="/")
    return quote(p.as_posix(), safe="/")


def _location(
    ev: dict[str, Any], articles: dict[str, dict], lid: int | None = None, text: str | None = None
) -> dict:
    art = articles.get(ev["article"], {})
    path = art.get("path") or ev["article"]
    phys: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if path.endswith(_PLAIN):
        phys["region"] = {
            "charOffset": ev["start"],
            "charLength": ev["end"] - ev["start"],
            "startLine": ev.get("line", 1),
            "startColumn": ev.get("column", 1),
            "snippet": {"text": clean(ev["text"])},
        }
    loc: dict[str, Any] = {
        "physicalLocation": phys,
        "logicalLocations": [{"name": clean(ev["article"]), "kind": "article"}],
    }
    text = text or (None if path.endswith(_PLAIN) else ev["text"])
    if lid is not None:
        loc["id"] = lid
    if text:
        loc["message"] = {"text": clean(text)}
    return loc


def _rules(codes: list[str]) -> list[dict[str, Any]]:
    from checker.report.codes import finding_docs

    docs = finding_docs()
    out = []
    for code in codes:
        title, doc = docs.get(code, (code, ""))
        out.append(
            {
                "id": code,
                "name": "".join(w.capitalize() for w in title.split(":")[0].split()),
                "shortDescription": {"text": title},
                "fullDescription": {"text": doc or title},
                "help": {"text": doc or title, "markdown": doc or title},
                "helpUri": f"https://checker.invalid/codes/{code}",
            }
        )
    return out


def _result(f: dict[str, Any], articles: dict[str, dict], rule_index: dict[str, int]) -> dict[str, Any]:
    evidence = [(v, ev) for v in f["values"] for ev in v.get("evidence", [])]
    result: dict[str, Any] = {
        "ruleId": f["code"],
        "ruleIndex": rule_index[f["code"]],
        "level": _LEVEL[f["severity"]],
        "message": {"text": clean(f["message"])},
        "partialFingerprints": {"checkerFingerprint/v1": f["fingerprint"]},
        "properties": {"findingId": f["id"], "type": f["type"], "explanation": clean(f["explanation"])},
    }
    if evidence:
        result["locations"] = [_location(evidence[0][1], articles)]
    related = [
        _location(ev, articles, i, f"{v.get('display', '')}: {ev['text']}")
        for i, (v, ev) in enumerate(evidence[1:], start=1)
    ]
    if len(related) > MAX_RELATED:
        result["properties"]["relatedLocationsLeftOut"] = len(related) - MAX_RELATED
        related = related[:MAX_RELATED]
    if related:
        result["relatedLocations"] = related
    if "baseline_state" in f:
        result["baselineState"] = f["baseline_state"]
    return result


def _descriptors() -> list[dict[str, Any]]:
    """The error and diagnostic codes of checker/errors.py, as notification descriptors."""
    from checker.errors import CATALOGUE

    return [{"id": c, "shortDescription": {"text": t}} for c, t in sorted(CATALOGUE.items())]


def _diagnostic(d: dict[str, Any]) -> dict[str, Any]:
    """A per-article diagnostic (W…) as a tool-execution notification on its file."""
    note: dict[str, Any] = {
        "level": "warning",
        "message": {"text": clean(d["message"])},
        "descriptor": {"id": d["code"]},
    }
    path = d.get("path")
    if path:
        phys: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
        if d.get("line"):
            phys["region"] = {"startLine": d["line"]}
        note["locations"] = [{"physicalLocation": phys}]
    return note


def sarif_document(report: dict[str, Any]) -> dict[str, Any]:
    from checker.findings import CATALOGUE

    codes = sorted(CATALOGUE)
    rule_index = {c: i for i, c in enumerate(codes)}
    articles = {a["id"]: a for a in report["articles"]}
    findings = report["findings"]
    results = [_result(f, articles, rule_index) for f in findings[:MAX_RESULTS]]
    for e in (report.get("baseline") or {}).get("absent", []):
        if len(results) >= MAX_RESULTS:
            break
        if e["code"] in rule_index:
            results.append(
                {
                    "ruleId": e["code"],
                    "ruleIndex": rule_index[e["code"]],
                    "message": {"text": clean(e["message"]) or e["code"]},
                    "partialFingerprints": {"checkerFingerprint/v1": e["fingerprint"]},
                    "baselineState": "absent",
                }
            )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "checker",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": _rules(codes),
                "notifications": _descriptors(),
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    notes = [_diagnostic(d) for d in report["diagnostics"]]
    left = len(findings) + len((report.get("baseline") or {}).get("absent", [])) - len(results)
    if left > 0:
        text = f"{left} results left out to stay within 25,000 per run; see report.json"
        notes.append({"level": "warning", "message": {"text": text}})
    run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notes}]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_sarif(report: dict[str, Any]) -> str:
    return json.dumps(sarif_document(report), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
