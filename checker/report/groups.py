"""Findings that share one root cause, grouped under it.

- ``older_articles``: office conflicts (CF01) that the articles' dates explain, with the same
  older articles, form one group that says so at the top. The cause comes from the finding
  (``cause`` in report.json), never from re-reading its text.
- ``omissions``: the omissions (OM01) of one pair of reports of one event form one group that
  lists the names left out.

Each finding stays in ``findings`` (with its own fingerprint for baselines); a group only lists
finding ids, so a reader sees one heading per cause.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any


def _gid(kind: str, parts: list[str]) -> str:
    return f"{kind}-" + hashlib.sha256("\0".join([kind, *parts]).encode()).hexdigest()[:10]


def group_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Groups of two or more findings sharing a cause, in a stable order."""
    older: dict[tuple, list[dict]] = defaultdict(list)
    omitted: dict[tuple, list[dict]] = defaultdict(list)
    for f in findings:
        cause = f.get("cause")
        if cause and cause.get("kind") == "older_articles":
            older[tuple(cause["older"])].append(f)
        elif f["code"] in ("OM01", "OM02") and f["values"]:
            present = tuple(sorted({a for v in f["values"] for a in v["articles"]}))
            omitted[(present, tuple(f["missing_in"]))].append(f)
    groups = []
    for old, items in sorted(older.items()):
        gaps = sorted({f["cause"].get("gap") for f in items if f["cause"].get("gap")})
        groups.append(
            {
                "id": _gid("older", list(old)),
                "kind": "older_articles",
                "older": list(old),
                "newer": sorted({a for f in items for a in f["cause"]["newer"]}),
                "gap": gaps[0] if len(gaps) == 1 else (", ".join(gaps) or None),
                "findings": [f["id"] for f in items],
            }
        )
    for (present, missing), items in sorted(omitted.items()):
        if len(items) < 2:
            continue
        groups.append(
            {
                "id": _gid("omissions", [*present, "|", *missing]),
                "kind": "omissions",
                "present_in": list(present),
                "missing_in": list(missing),
                "names": [f["values"][0]["display"] for f in items],
                "findings": [f["id"] for f in items],
            }
        )
    return groups
