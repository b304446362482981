"""report.md, rendered from the report JSON only (never from internal objects)."""

from __future__ import annotations

import re
from typing import Any

from checker.report.safe import neutralize_bidi

_FSI, _PDI = "\u2068", "\u2069"
_TITLES = {"error": "Errors", "warning": "Warnings", "info": "Information"}


# Markdown syntax that text from an article must not start: a raw tag, a link or image, code,
# a table cell. One pass escapes them all, an article's own «\|» included, so it cannot undo one.
_MD_SPECIAL = re.compile(r"[\\|`\[\]<>]")
_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


def _cell(s: Any) -> str:
    """Text for one line or table cell: markup escaped, line breaks folded, bidi neutralised."""
    text = _BREAKS.sub(" ", neutralize_bidi(str("" if s is None else s)))
    return _MD_SPECIAL.sub(
        lambda m: "&lt;" if m.group() == "<" else "&gt;" if m.group() == ">" else "\\" + m.group(), text
    )


def _quote(text: str) -> str:
    return f"«{_FSI}{_cell(text)}{_PDI}»"


def render_markdown(report: dict[str, Any]) -> str:
    """Summary table, articles, events, findings by severity, diagnostics."""
    s = report["summary"]
    f = s["findings"]
    out = [
        "# checker report",
        "",
        "| | |",
        "|---|---|",
        f"| Articles | {s['articles']} |",
        f"| Events | {s['events']} |",
        f"| Claims | {s['claims']} |",
        f"| Findings | {f['error']} errors, {f['warning']} warnings, {f['info']} info |",
        f"| Diagnostics | {s['diagnostics']} |",
        "",
        "## Articles",
    ]
    out += _table(
        ("id", "language", "date", "event", "sources"),
        [
            (
                a["id"],
                a["language"],
                a.get("time_label"),
                a.get("event"),
                "; ".join(x["display"] for x in a["sources"]) or "—",
            )
            for a in report["articles"]
        ],
    )
    out += _estimates(report)
    out += ["", "## Events"]
    out += _table(
        ("event", "articles", "date", "place", "participants"),
        [
            (
                e["id"],
                ", ".join(e["articles"]),
                e["date"] or "—",
                e["place"] or "—",
                ", ".join(p["display"] for p in e["participants"]) or "—",
            )
            for e in report["events"]
        ],
    )
    for sev in ("error", "warning", "info"):
        items = [x for x in report["findings"] if x["severity"] == sev]
        if items:
            out += ["", f"## {_TITLES[sev]} ({len(items)})"]
            for x in items:
                out += _finding(x, report.get("codes", {}))
    if report["diagnostics"]:
        out += ["", "## Diagnostics", "", "| article | code | message |", "|---|---|---|"]
        for d in report["diagnostics"]:
            where = d.get("path") or d.get("article") or ""
            line = f":{d['line']}" if d.get("line") else ""
            out.append(f"| {_cell(where)}{line} | {_cell(d['code'])} | {_cell(d['message'])} |")
    return "\n".join(out) + "\n"


def _table(headers: tuple[str, ...], rows: list[tuple]) -> list[str]:
    """A Markdown table, cells escaped."""
    out = ["", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return out


def _estimates(report: dict[str, Any]) -> list[str]:
    out = []
    for a in report["articles"]:
        est = a.get("date_estimate")
        if not est:
            continue
        out += [
            "",
            f"**{_cell(a['id'])}** has no date; estimated {est['earliest'] or '…'} to {est['latest'] or '…'}:",
        ]
        for ev in est["evidence"]:
            out.append(f"- {_cell(ev['bound'])} {_cell(ev['date'])}: {_cell(ev['explanation'])}")
    return out


def _finding(x: dict[str, Any], codes: dict[str, str]) -> list[str]:
    out = [
        "",
        f"### {x['code']} {_cell(x['message'])}",
        "",
        f"*{codes.get(x['code'], x['type'])}* · key {_cell(x['key'])} · id `{x['id']}`",
        "",
        _cell(x["explanation"]),
        "",
    ]
    for v in x["values"]:
        out.append(f"- **{_cell(v['display'])}** ({_cell(', '.join(v['articles']))})")
        for ev in v.get("evidence", [])[:6]:
            out.append(f"  - {_cell(ev['article'])} \\[{ev['start']}:{ev['end']}\\] {_quote(ev['text'])}")
        if len(v.get("evidence", [])) > 6:
            out.append(f"  - … and {len(v['evidence']) - 6} more")
    if x["missing_in"]:
        out.append(f"- **missing in:** {_cell(', '.join(x['missing_in']))}")
    return out
