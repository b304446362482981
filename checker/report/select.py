"""Selection, severity overrides, baselines and provenance: what a run keeps and how it is judged.

A baseline file records accepted findings by fingerprint (content, not offsets)::

    {"format": "checker.baseline/1",
     "findings": [{"fingerprint": "…", "code": "CF01", "message": "…"}, …]}

Against a baseline each finding is ``new``, ``unchanged`` or ``updated``, and a baseline entry
that the run no longer finds is ``absent`` (a stale entry, listed in the report). ``updated`` is
SARIF's word for a result found before that has changed: here, the same question (code and key)
with the same values, now told by other articles (a new report that agrees with one side of a
known conflict). A finding whose values changed is ``new``. Only new findings fail.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from checker import __version__
from checker.errors import CheckerError
from checker.findings.base import SEVERITY_RANK, canonical
from checker.model import Extraction, Finding
from checker.report.claims import dumps

BASELINE_FORMAT = "checker.baseline/1"


def apply_settings(findings: list[Finding], settings: Any) -> list[Finding]:
    """Drop what --select/--ignore leave out, apply per-code severities, keep the report's order."""
    kept = [
        dataclasses.replace(f, severity=settings.severity_of(f.code, f.severity))
        for f in findings
        if settings.keeps(f.code)
    ]
    return sorted(kept, key=lambda f: (-SEVERITY_RANK[f.severity], f.code, f.key, f.id))


def baseline_document(report: dict[str, Any]) -> str:
    """The baseline file for a report: every finding, by fingerprint, sorted."""
    entries = sorted(
        (baseline_entry(f) for f in report["findings"]), key=lambda e: (e["code"], e["fingerprint"])
    )
    doc = {"format": BASELINE_FORMAT, "findings": entries}
    return dumps(doc)


def load_baseline(path: str | Path) -> dict[str, Any]:
    """``{"file": path, "entries": {fingerprint: entry}}``; a bad file is one E008 line."""
    p = Path(path)
    hint = "make one with `checker baseline PATH… --out FILE`"
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckerError("E008", "baseline file not found", str(p), hint) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CheckerError("E008", f"baseline file cannot be read: {exc}", str(p), hint) from None
    if not isinstance(doc, dict) or doc.get("format") != BASELINE_FORMAT:
        raise CheckerError("E008", f"not a {BASELINE_FORMAT} file", str(p), hint)
    items = doc.get("findings")
    if not isinstance(items, list) or not all(isinstance(e, dict) and "fingerprint" in e for e in items):
        raise CheckerError("E008", "baseline findings must be objects with a fingerprint", str(p), hint)
    return {"file": str(p), "entries": {e["fingerprint"]: e for e in items}}


def stored_baseline(file: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
    """A baseline of earlier findings (a store's): ``{"file": file, "entries": {fingerprint: entry}}``."""
    return {"file": file, "entries": {f["fingerprint"]: baseline_entry(f) for f in findings}}


def values_digest(finding: dict[str, Any]) -> str:
    """What a finding says, without who says it: a hash of its code, key and values."""
    values = sorted(canonical(v["value"]) for v in finding["values"])
    return _digest([finding["code"], finding["key"], values])


def sides(finding: dict[str, Any]) -> dict[str, str]:
    """Which value each cited article gives (a hash; an article that gives two has both in it)."""
    told: dict[str, list[str]] = {}
    for v in finding["values"]:
        for a in v.get("articles") or ():
            told.setdefault(a, []).append(canonical(v["value"]))
    return {a: _digest(sorted(vs)) for a, vs in sorted(told.items())}


def _digest(x: Any) -> str:
    return hashlib.sha256(canonical(x).encode()).hexdigest()[:16]


def baseline_entry(finding: dict[str, Any]) -> dict[str, Any]:
    """What a baseline keeps of a finding: its fingerprint and, to tell an update, what it says
    and which article says which value."""
    return {
        "fingerprint": finding["fingerprint"],
        "code": finding["code"],
        "key": finding["key"],
        "values": values_digest(finding),
        "sides": sides(finding),
        "message": finding["message"],
    }


def _same_sides(entry: dict[str, Any], now: dict[str, str]) -> bool:
    """No article that both the entry and the finding cite changed sides."""
    old = entry.get("sides") or {}
    return all(old[a] == now[a] for a in old.keys() & now.keys())


def mark_baseline(findings: list[dict[str, Any]], baseline: dict[str, Any]) -> dict[str, Any]:
    """Set ``baseline_state`` on each finding; the report's ``baseline`` section (with absent entries).

    A finding not in the baseline that says what an entry the run did not re-find says (code, key
    and values), with no article on another side than before, is that entry ``updated``; entries
    of older files (without these) are never updated."""
    entries = baseline["entries"]
    found = {f["fingerprint"] for f in findings}
    left: dict[str, list[str]] = {}  # values digest → the entries the run did not re-find
    for fp in sorted(entries):
        if fp not in found and entries[fp].get("values"):
            left.setdefault(entries[fp]["values"], []).append(fp)
    updated: set[str] = set()
    for f in findings:
        if f["fingerprint"] in entries:
            f["baseline_state"] = "unchanged"
            continue
        candidates = left.get(values_digest(f), [])
        now = sides(f) if candidates else {}
        was = next((fp for fp in candidates if fp not in updated and _same_sides(entries[fp], now)), None)
        if was is not None:
            updated.add(was)
        f["baseline_state"] = "new" if was is None else "updated"
    absent = [
        {"fingerprint": fp, "code": e.get("code", ""), "message": e.get("message", "")}
        for fp, e in sorted(entries.items())
        if fp not in found and fp not in updated
    ]
    return {"file": baseline["file"], "absent": absent}


def provenance(extractions: list[Extraction], rules: Any) -> dict[str, Any]:
    """Tool version, a hash of the rules, and a sha256 of each input file."""
    paths = sorted({x.article.path for x in extractions})
    inputs = []
    for p in paths:
        try:
            digest = hashlib.sha256(Path(p).read_bytes()).hexdigest()
        except OSError:
            digest = None
        inputs.append({"path": p, "sha256": digest})
    return {
        "tool": "checker",
        "version": __version__,
        "rules_sha256": getattr(rules, "digest", "") or None,
        "inputs": inputs,
    }
