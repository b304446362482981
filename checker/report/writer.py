"""Atomic, durable file writes: a report is the old one or the new one, never a torn one.

Each file is written to a temporary file in its own directory (a rename is atomic only within
one file system), flushed, fsynced, given mode 0644, and renamed over the target; the directory
is then fsynced so that the rename itself survives a crash. A run killed at any point leaves the
previous file intact (plus, at worst, a hidden ``.report.json.*.tmp``: it is not removed by a
later run, which could not tell it from the temporary file of a run still going).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from checker.errors import CheckerError

MODE = 0o644
_TMP_SUFFIX = ".tmp"


def _encode(text: str) -> bytes:
    # An undecodable file name comes in as a lone surrogate («\udcff»); write its bytes back as
    # they were rather than failing the whole report.
    return text.encode("utf-8", errors="surrogateescape")


def _fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (not possible on every platform: skipped there)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str | bytes | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, streamed one after the other) to ``path`` atomically and
    durably, with mode 0644.

    Raises:
        CheckerError: E006 when the directory or the file cannot be written.
    """
    pieces = [text] if isinstance(text, str | bytes) else text
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TMP_SUFFIX, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            for piece in pieces:
                fh.write(piece if isinstance(piece, bytes) else _encode(piece))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, MODE)
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(path.parent)
    except OSError as exc:
        raise CheckerError(
            "E006", f"cannot write: {exc.strerror or exc}", str(path), "choose a writable --out"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
