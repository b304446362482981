"""report.md, rendered with Jinja2 from the shared context (checker.report.context).

Every value printed by the template is escaped for Markdown by the environment (``finalize``),
the way HTML autoescaping works: pipes, backslashes, backticks, emphasis and link brackets,
``<``/``>``/``&`` (so no raw HTML), and line breaks (so a table row stays one row). Text from
an article has its bidi controls and control characters removed and is isolated (U+2068…U+2069).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from markupsafe import Markup

from checker.report.wording import clean

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#~!])")


def md(value: Any) -> str:
    """One inline Markdown value, escaped: it cannot open a tag, a link, code or a new table cell."""
    if isinstance(value, Markup):
        return str(value)
    s = clean("" if value is None else value).replace("\r", " ").replace("\n", " ").replace("\t", " ")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@cache
def _env():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from checker.report.templates_cache import template_cache

    env = Environment(
        loader=PackageLoader("checker.report", "templates"),
        bytecode_cache=template_cache(),
        autoescape=False,  # Markdown escaping is done by ``finalize`` for every printed value
        finalize=md,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["safe_md"] = Markup
    return env


def render_markdown(report: dict[str, Any], ctx: dict[str, Any] | None = None) -> str:
    """Summary, findings (what matters first), articles, events, duplicates, diagnostics."""
    if ctx is None:
        from checker.report.context import build_context

        ctx = build_context(report, {})
    text = _env().get_template("report.md.j2").render(**ctx)
    return re.sub(r"\n{3,}", "\n\n", text)
