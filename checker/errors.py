"""One catalogue of codes.

``E…`` codes stop the run: the CLI prints one line and exits 2.
``W…`` codes are per-article diagnostics: recorded in the report, the run goes on.
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # Errors: the run cannot go on.
    "E001": "path not found",
    "E002": "no articles found",
    "E003": "rules file is invalid",
    "E004": "schema file is missing or invalid",
    "E005": "report does not validate against its schema",
    "E006": "output cannot be written",
    "E007": "manifest is invalid",
    "E008": "bad command-line value",
    # Diagnostics: one article (or one line of a file) has a problem.
    "W101": "file is empty",
    "W102": "file is binary, not text",
    "W103": "file could not be decoded",
    "W104": "file was decoded as a legacy code page",
    "W105": "malformed JSON line",
    "W106": "article metadata is invalid",
    "W107": "article has no text after boilerplate removal",
    "W108": "language could not be detected",
    "W109": "unsupported file type",
    "W110": "duplicate article id",
    "W201": "impossible date",
    "W202": "date outside the calendar library's range",
    "W203": "role without a person",
    "W204": "relative date without a reference date",
    "W205": "weekday does not match the date",
    "W206": "ambiguous month word left unread",
    "W207": "header date is invalid",
}


class CheckerError(Exception):
    """An error that stops the run, with a code, a path and a hint for the user."""

    def __init__(self, code: str, message: str, path: str | None = None, hint: str | None = None):
        self.code = code
        self.message = message
        self.path = path
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """The single line the CLI prints: ``checker: E003 rules/roles/fa.yaml: … (fix: …)``."""
        where = f"{self.path}: " if self.path else ""
        fix = f" ({self.hint})" if self.hint else ""
        return f"{self.code} {where}{self.message}{fix}"


class RulesError(CheckerError):
    """A rules file failed to load or to validate."""

    def __init__(self, message: str, path: str, pointer: str = "", hint: str | None = None):
        where = f"{path}#{pointer}" if pointer else path
        super().__init__("E003", message, where, hint or "correct the file and run again")
