"""The documentation of every code, for `checker explain` and the SARIF rules."""

from __future__ import annotations

import re

_CODE = re.compile(r"^[A-Z]{2}\d{2}$")


def finding_docs() -> dict[str, tuple[str, str]]:
    """``{code: (title, documentation)}`` for the finding codes, from the catalogue and the checks' docstrings."""
    from checker.findings import CATALOGUE, CHECKS

    docs: dict[str, str] = {}
    for module in CHECKS:
        for value in vars(module).values():
            if isinstance(value, str) and _CODE.match(value) and value in CATALOGUE:
                docs.setdefault(value, (module.__doc__ or "").strip())
    return {code: (title, docs.get(code, "")) for code, title in CATALOGUE.items()}


def explain(code: str) -> str | None:
    """The documentation of one finding, error or diagnostic code; None when there is no such code."""
    from checker.errors import CATALOGUE as ERRORS

    code = code.upper()
    if code in ERRORS:
        kind = (
            "error: stops the run (exit 2)"
            if code.startswith("E")
            else "diagnostic: one article, the run goes on"
        )
        return f"{code}: {ERRORS[code]}\n\n{kind}\n"
    docs = finding_docs()
    if code not in docs:
        return None
    title, doc = docs[code]
    return f"{code}: {title}\n\n{doc}\n" if doc else f"{code}: {title}\n"


def all_codes() -> list[str]:
    from checker.errors import CATALOGUE as ERRORS
    from checker.findings import CATALOGUE

    return sorted({*CATALOGUE, *ERRORS})
