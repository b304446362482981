"""report.html, rendered from the report JSON: one self-contained page, no scripts, no downloads."""

from __future__ import annotations

from html import escape as _escape
from typing import Any

from checker.report.safe import neutralize_bidi


def escape(text: str) -> str:
    """HTML-escaped text with bidi controls neutralised (an article's U+202E cannot flip the page)."""
    return _escape(neutralize_bidi(text))


_CSS = """body{font-family:system-ui,'Noto Sans Arabic','Vazirmatn',sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:start;vertical-align:top}
.error{border-inline-start:6px solid #c0392b}.warning{border-inline-start:6px solid #e67e22}.info{border-inline-start:6px solid #2980b9}
.finding{padding:.5rem 1rem;margin:1rem 0;background:#fafafa}.q{unicode-bidi:isolate;font-size:1.05em}code{font-size:.85em;color:#555}"""


def render_html(report: dict[str, Any]) -> str:
    s = report["summary"]
    f = s["findings"]
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        "<title>checker report</title>",
        f"<style>{_CSS}</style></head><body><h1>checker report</h1>",
        f"<p>{s['articles']} articles · {s['events']} events · {s['claims']} claims · "
        f"<b>{f['error']}</b> errors · <b>{f['warning']}</b> warnings · {f['info']} info · {s['diagnostics']} diagnostics</p>",
        "<h2>Articles</h2><table><tr><th>id</th><th>language</th><th>date</th><th>event</th><th>sources</th></tr>",
    ]
    for a in report["articles"]:
        srcs = "; ".join(x["display"] for x in a["sources"]) or "—"
        parts.append(
            f"<tr><td>{escape(a['id'])}</td><td>{escape(str(a['language']))}</td><td>{escape(a.get('time_label') or '')}</td>"
            f"<td>{escape(str(a.get('event')))}</td><td>{escape(srcs)}</td></tr>"
        )
    parts.append("</table>")
    parts.extend(_estimates(report))
    parts.append(
        "<h2>Events</h2><table><tr><th>event</th><th>articles</th><th>date</th><th>place</th><th>participants</th></tr>"
    )
    for e in report["events"]:
        people = ", ".join(p["display"] for p in e["participants"]) or "—"
        cells = (e["id"], ", ".join(e["articles"]), e["date"] or "—", e["place"] or "—", people)
        parts.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>")
    parts.append("</table><h2>Findings</h2>")
    for x in report["findings"]:
        parts.append(_finding(x))
    if report["diagnostics"]:
        parts.append("<h2>Diagnostics</h2><ul>")
        for d in report["diagnostics"]:
            parts.append(
                f"<li><code>{escape(d['code'])}</code> {escape(str(d.get('path') or d.get('article')))}: {escape(d['message'])}</li>"
            )
        parts.append("</ul>")
    parts.append("</body></html>\n")
    return "".join(parts)


def _estimates(report: dict[str, Any]) -> list[str]:
    out = []
    for a in report["articles"]:
        est = a.get("date_estimate")
        if est:
            items = "".join(
                f"<li>{escape(ev['bound'])} {escape(ev['date'])}: {escape(ev['explanation'])}</li>"
                for ev in est["evidence"]
            )
            out.append(
                f"<p><b>{escape(a['id'])}</b> has no date; estimated {escape(est['earliest'] or '…')} to {escape(est['latest'] or '…')}:</p><ul>{items}</ul>"
            )
    return out


def _finding(x: dict[str, Any]) -> str:
    rows = []
    for v in x["values"]:
        quotes = "".join(
            f"<li>{escape(ev['article'])} [{ev['start']}:{ev['end']}] «<span class='q' dir='auto'>{escape(ev['text'])}</span>»</li>"
            for ev in v.get("evidence", [])[:6]
        )
        rows.append(
            f"<li><b>{escape(v['display'])}</b> ({escape(', '.join(v['articles']))})<ul>{quotes}</ul></li>"
        )
    missing = f"<p>Missing in: {escape(', '.join(x['missing_in']))}</p>" if x["missing_in"] else ""
    return (
        f"<div class='finding {escape(x['severity'])}'><h3>{escape(x['code'])} · {escape(x['severity'])} · "
        f"<span dir='auto'>{escape(x['message'])}</span></h3><p dir='auto'>{escape(x['explanation'])}</p>"
        f"<ul>{''.join(rows)}</ul>{missing}<code>{escape(x['key'])} · {escape(x['id'])}</code></div>"
    )
