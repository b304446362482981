"""Selection, severity overrides, baselines and provenance: what a run keeps and how it is judged.

A baseline file records accepted findings by fingerprint (content, not offsets)::

    {"format": "checker.baseline/1",
     "findings": [{"fingerprint": "…", "code": "CF01", "message": "…"}, …]}

Against a baseline each finding is ``new`` or ``unchanged``, and a baseline entry that the run
no longer finds is ``absent`` (a stale entry, listed in the report). Only new findings fail.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from checker import __version__
from checker.errors import CheckerError
from checker.findings.base import SEVERITY_RANK
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
        (
            {"fingerprint": f["fingerprint"], "code": f["code"], "message": f["message"]}
            for f in report["findings"]
        ),
        key=lambda e: (e["code"], e["fingerprint"]),
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


def mark_baseline(findings: list[dict[str, Any]], baseline: dict[str, Any]) -> dict[str, Any]:
    """Set ``baseline_state`` on each finding; the report's ``baseline`` section (with absent entries)."""
    entries = baseline["entries"]
    seen = set()
    for f in findings:
        state = "unchanged" if f["fingerprint"] in entries else "new"
        f["baseline_state"] = state
        seen.add(f["fingerprint"])
    absent = [
        {"fingerprint": fp, "code": e.get("code", ""), "message": e.get("message", "")}
        for fp, e in sorted(entries.items())
        if fp not in seen
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
