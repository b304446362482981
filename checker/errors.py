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
    "E009": "claim store cannot be opened, is in use, or is of a newer version",
    "E010": "internal error that no single article explains",
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
    "W111": "file name is not valid UTF-8",
    "W112": "link to a directory not followed",
    "W113": "manifest entry names a missing file",
    "W115": "not a regular file (FIFO, device, socket)",
    "W116": "file is over the size limit",
    "W117": "JSON or YAML nested too deeply",
    "W118": "article ran over its time budget",
    "W120": "internal error while reading or preparing a file",
    "W121": "internal error while extracting an article",
    "W122": "internal error while aligning an article or reporting it",
    "W201": "impossible date",
    "W202": "date outside the calendar library's range",
    "W203": "role without a person",
    "W204": "relative date without a reference date",
    "W205": "weekday does not match the date",
    "W206": "ambiguous month word left unread",
    "W207": "header date is invalid",
    "W208": "relative date falls outside the calendar's range",
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


def internal_error(
    exc: BaseException,
    doing: str,
    outcome: str = "it was left out",
    fix: str = "report this bug with the file",
) -> str:
    """The message of a W120, W121 or W122: a bug in ``checker``, named by exception type and place.

    Only the type and the innermost ``checker`` frame are given (file, line, function): an
    exception's text may quote the article or hold a memory address, and the report must stay
    free of both.

    >>> internal_error(ZeroDivisionError(), "reading this file")[:42]
    'internal error (a bug in checker) while re'
    """
    place = "?"
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        name = code.co_filename.replace("\\", "/")
        if "/checker/" in name:
            place = f"checker/{name.rsplit('/checker/', 1)[1]}:{tb.tb_lineno} in {code.co_name}"
        tb = tb.tb_next
    return (
        f"internal error (a bug in checker) while {doing}: {type(exc).__name__} at {place}; "
        f"{outcome} (fix: {fix})"
    )
