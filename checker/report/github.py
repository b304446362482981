"""GitHub Actions workflow annotations: ``::error file=…,line=…,col=…,title=…::message``.

Escaping follows the runner's rules: in the message ``%``, CR and LF are percent-encoded; in a
property value ``:`` and ``,`` are too. Findings accepted by a baseline are left out; so are those
below both ``--fail-on`` and ``warning`` (agreements would drown the rest).
"""

from __future__ import annotations

from typing import Any

from checker.findings.base import SEVERITY_RANK
from checker.report.wording import clean

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(f: dict[str, Any], articles: dict[str, dict]) -> str:
    props = [f"title={escape_property(f['code'] + ' ' + f['severity'])}"]
    ev = next((e for v in f["values"] for e in v.get("evidence", [])), None)
    if ev is not None:
        path = articles.get(ev["article"], {}).get("path", ev["article"])
        props = [
            f"file={escape_property(clean(path))}",
            f"line={ev.get('line', 1)}",
            f"col={ev.get('column', 1)}",
            *props,
        ]
    message = f"{clean(f['message'])} [{f['id']}]"
    return f"::{_LEVEL[f['severity']]} {','.join(props)}::{escape_data(message)}"


def render_github(report: dict[str, Any], fail_on: str = "error") -> str:
    floor = (
        SEVERITY_RANK["warning"]
        if fail_on == "never"
        else min(SEVERITY_RANK[fail_on], SEVERITY_RANK["warning"])
    )
    articles = {a["id"]: a for a in report["articles"]}
    lines = [
        annotation(f, articles)
        for f in report["findings"]
        if SEVERITY_RANK[f["severity"]] >= floor and f.get("baseline_state", "new") == "new"
    ]
    return "\n".join(lines) + ("\n" if lines else "")
