"""JUnit XML, as GitLab and Jenkins read it: one test suite per code, one test case per finding.

A finding that fails the run (at or above ``--fail-on`` and not accepted by the baseline) is a
``<failure>``; the others pass, with their message in ``<system-out>``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Any

from checker.findings.base import SEVERITY_RANK
from checker.report.wording import clean


def fails(f: dict[str, Any], fail_on: str) -> bool:
    if fail_on == "never" or f.get("baseline_state", "new") != "new":
        return False
    return SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[fail_on]


def _details(f: dict[str, Any], articles: dict[str, dict]) -> str:
    lines = [clean(f["explanation"])]
    for v in f["values"]:
        lines.append(f"- {clean(v.get('display'))}")
        for ev in v.get("evidence", []):
            path = articles.get(ev["article"], {}).get("path", ev["article"])
            lines.append(f"    {clean(path)}:{ev.get('line', 1)}:{ev.get('column', 1)} «{clean(ev['text'])}»")
    return "\n".join(lines)


def render_junit(report: dict[str, Any], fail_on: str = "error") -> str:
    articles = {a["id"]: a for a in report["articles"]}
    by_code: dict[str, list[dict]] = defaultdict(list)
    for f in report["findings"]:
        by_code[f["code"]].append(f)
    root = ET.Element("testsuites", name="checker")
    total = failures = 0
    for code in sorted(by_code):
        items = by_code[code]
        n_fail = sum(fails(f, fail_on) for f in items)
        suite = ET.SubElement(
            root, "testsuite", name=code, tests=str(len(items)), failures=str(n_fail), errors="0", skipped="0"
        )
        for f in items:
            ev = next((e for v in f["values"] for e in v.get("evidence", [])), None)
            case = ET.SubElement(
                suite, "testcase", classname=f"checker.{code}", name=f"{clean(f['message'])} [{f['id']}]"
            )
            if ev is not None:
                case.set("file", clean(articles.get(ev["article"], {}).get("path", ev["article"])))
                case.set("line", str(ev.get("line", 1)))
            if fails(f, fail_on):
                failure = ET.SubElement(
                    case, "failure", message=clean(f["message"]), type=f"{code} {f['severity']}"
                )
                failure.text = _details(f, articles)
            else:
                ET.SubElement(case, "system-out").text = f"{f['severity']}: {_details(f, articles)}"
        total += len(items)
        failures += n_fail
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
