"""report.html: one self-contained page rendered with Jinja2 (autoescape) from the shared context.

No external resources. The page's Content-Security-Policy allows only its own style and
script, by their sha256 hashes, so markup that came from an article could not run even if it
escaped the template (it cannot: every value is autoescaped, URLs are http(s) only, ids and
anchors are hashes). The script adds the filters and opens an article at a clicked quote;
without it the page still reads top to bottom.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files
from typing import Any


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


@cache
def _assets() -> dict[str, str]:
    root = files("checker.report") / "templates"
    style = (root / "report.css").read_text(encoding="utf-8")
    script = (root / "report.js").read_text(encoding="utf-8")
    csp = (
        f"default-src 'none'; style-src '{_csp_hash(style)}'; script-src '{_csp_hash(script)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return {"style": style, "script": script, "csp": csp}


@cache
def _env():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from checker.report.templates_cache import template_cache

    return Environment(
        loader=PackageLoader("checker.report", "templates"),
        bytecode_cache=template_cache(),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: dict[str, Any], ctx: dict[str, Any] | None = None) -> str:
    from markupsafe import Markup

    if ctx is None:
        from checker.report.context import build_context

        ctx = build_context(report, {})
    a = _assets()
    page = (
        _env()
        .get_template("report.html.j2")
        .render(**ctx, style=Markup(a["style"]), script=Markup(a["script"]), csp=a["csp"])
    )
    return page.rstrip("\n") + "\n"
