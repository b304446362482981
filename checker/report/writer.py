"""Atomic file writes: a report is never left half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from checker.errors import CheckerError


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same directory."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise CheckerError(
            "E006", f"cannot write: {exc.strerror}", str(path), "choose a writable --out"
        ) from None
