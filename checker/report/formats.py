"""Every output format, rendered from the report dict (report.json), never from internal objects.

| format      | file                         |
|-------------|------------------------------|
| json        | report.json                  |
| md          | report.md                    |
| html        | report.html                  |
| sarif       | report.sarif (SARIF 2.1.0)   |
| junit       | report.junit.xml             |
| github      | report.github.txt (workflow annotations, also printed by the CLI) |
| claimreview | report.claimreview.jsonld    |
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

FILES = {
    "json": "report.json",
    "md": "report.md",
    "html": "report.html",
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
    "github": "report.github.txt",
    "claimreview": "report.claimreview.jsonld",
}


def render_one(
    report: dict[str, Any],
    fmt: str,
    texts: dict[str, str],
    fail_on: str = "error",
    ctx: dict[str, Any] | None = None,
) -> str:
    """The text of one format (``ctx``: the templates' context, when already built)."""
    if fmt == "json":
        from checker.report.claims import dumps

        return dumps(report)
    if fmt in ("md", "html"):
        from checker.report.context import build_context

        if ctx is None:
            ctx = build_context(report, texts if fmt == "html" else {})
        if fmt == "md":
            ctx = {**ctx, "article_views": []}  # (the article texts are shown in report.html only)
            from checker.report.markdown import render_markdown

            return render_markdown(report, ctx)
        from checker.report.html import render_html

        return render_html(report, ctx)
    if fmt == "sarif":
        from checker.report.sarif import render_sarif

        return render_sarif(report)
    if fmt == "junit":
        from checker.report.junit import render_junit

        return render_junit(report, fail_on)
    if fmt == "github":
        from checker.report.github import render_github

        return render_github(report, fail_on)
    if fmt == "claimreview":
        from checker.report.claimreview import render_claimreview

        return render_claimreview(report)
    raise ValueError(f"unknown format {fmt!r}")


def render(
    report: dict[str, Any], formats: Sequence[str], texts: dict[str, str], fail_on: str = "error"
) -> Iterator[tuple[str, str | Iterator[str]]]:
    """``(file name, text)`` for each format, in the order given, each once (report.json as an
    iterator of pieces)."""
    ctx = None
    for fmt in dict.fromkeys(formats):
        if fmt == "json":  # streamed: report.json of a large run is never one string
            from checker.report.claims import iter_dumps

            yield FILES[fmt], iter_dumps(report)
            continue
        if fmt in ("md", "html") and ctx is None:  # one context for both
            from checker.report.context import build_context

            ctx = build_context(report, texts if "html" in formats else {})
        yield FILES[fmt], render_one(report, fmt, texts, fail_on, ctx)
