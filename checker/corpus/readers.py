"""Readers for the four article formats: .txt, .md (front matter), .json and .jsonl.

A reader turns a decoded file into :class:`RawDoc` records (text plus metadata, not yet an
Article: ids, language and boilerplate are settled by the loader, which sees the whole corpus)
and file-level diagnostics. Readers never raise for a bad file: they report and go on.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from checker.corpus.encoding import decode_bytes
from checker.corpus.manifest import check_meta, clean_text, json_int, load_yaml
from checker.limits import DEFAULT, MIB, Limits, depth_exceeds
from checker.model import Diagnostic
from checker.rules import RecordCheck

SUFFIXES = (".txt", ".md", ".json", ".jsonl")

# Scraped .txt files may open with " date 2025-10-15 " before the first sentence, on the same line.
_HEADER = re.compile(r"\A[ \t]*(?i:date)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)[ \t]*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass
class RawDoc:
    """One article as read from a file, before the loader settles id, language and boilerplate.

    Attributes:
        path: the file, as the user's path names it.
        text: the article text (for .md the body after the front matter).
        default_id: the id to use when neither the article nor the manifest gives one.
        meta: checked metadata fields (id, title, outlet, url, published, language).
        line: the line of a .jsonl file the article came from.
        header: ``(start, end)`` of a ``date YYYY-MM-DD`` header at the top of a .txt file.
        header_date: the header's date when it is a real date.
        notes: ``(code, message)`` diagnostics that belong to this article.
        multi: whether the file holds several articles (a manifest id cannot apply then).
        plain: a plain text file, which may open with labelled field lines ("Title: …"; see
            :mod:`checker.corpus.header_fields`).
    """

    path: str
    text: str
    default_id: str
    meta: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    header: tuple[int, int] | None = None
    header_date: str | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)
    multi: bool = False
    plain: bool = False


Result = tuple[list[RawDoc], list[Diagnostic]]


def _stem(path: Path) -> str:
    # A ':' would make claim ids ("<article>:<type>:<start>-<end>") ambiguous.
    return clean_text(path.stem).replace(":", "_")


def display_path(path: Path) -> str:
    """The path as the report shows it: lone surrogates (undecodable bytes) replaced by U+FFFD."""
    return clean_text(str(path))


def _clean(value: Any) -> Any:
    """Decoded JSON/YAML with lone surrogates replaced in every string (depth already checked)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def read_txt(text: str, path: Path, validator: RecordCheck, limits: Limits = DEFAULT) -> Result:
    """Plain text; a leading ``date YYYY-MM-DD`` header gives ``published`` and is boilerplate.

    A text file that opens with YAML front matter of fields (as a .md file may) is read as one:
    its fields are the article's metadata and the text is the body after it. Anything else
    between two ``---`` lines is text."""
    if _fields(text, limits, validator):
        return read_md(text, path, validator, limits)
    doc = RawDoc(display_path(path), text, _stem(path), plain=True)
    m = _HEADER.match(text)
    if m:
        doc.header = (0, m.end())
        try:
            doc.header_date = date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            msg = f"header date {m.group(1)} is not a real date (fix: write the header as 'date YYYY-MM-DD')"
            doc.notes.append(("W207", msg))
    return [doc], []


def _fields(text: str, limits: Limits, validator: RecordCheck) -> bool:
    """Whether ``text`` opens with front matter that is a flat enough mapping of fields."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return False
    try:
        raw = load_yaml(m.group(1))
        return isinstance(raw, dict) and bool(raw) and not depth_exceeds(raw, limits.max_depth)
    except yaml.YAMLError:
        return bool(_plain_fields(m.group(1), validator))  # (read so, with a warning: see read_md)
    except RecursionError:
        return False


_FIELD_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")


def _plain_fields(block: str, validator: RecordCheck) -> dict[str, str] | None:
    """Front matter that YAML rejects but whose every line is ``field: value`` with a field of an
    article (a title that holds a colon or quotes: «title: البيت الأبيض: صفقة "نيبون ستيل" …»): each
    line's field and the rest of the line as its value; None when some line is no such pair."""
    known = (validator.schema.get("properties") or {}).keys()
    out: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FIELD_LINE.fullmatch(line)
        if m is None or m.group(1) in out or m.group(1) not in known:
            return None
        out[m.group(1)] = m.group(2)
    return out or None


def _too_deep(what: str, limits: Limits, outcome: str = "it was not read") -> str:
    return (
        f"{what} is nested more than {limits.max_depth} levels deep, which no article needs; {outcome} "
        "(fix: write each article as one flat object)"
    )


def read_md(text: str, path: Path, validator: RecordCheck, limits: Limits = DEFAULT) -> Result:
    """Markdown with optional YAML front matter; the text is the body after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return [RawDoc(display_path(path), text, _stem(path))], []
    body = text[m.end() :]
    if not body.strip():
        msg = "has front matter but no article text after it (fix: add the text below the closing '---')"
        return [], [Diagnostic("W101", msg, path=display_path(path))]
    doc = RawDoc(display_path(path), body, _stem(path))
    try:
        raw = load_yaml(m.group(1))
        deep = depth_exceeds(raw, limits.max_depth)
    except RecursionError:
        raw, deep = None, True
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        plain = _plain_fields(m.group(1), validator)
        if plain is None:
            msg = f"front matter is not valid YAML{where} ({problem}); it was ignored (fix: correct it)"
            doc.notes.append(("W106", clean_text(msg)))
            return [doc], []
        msg = (
            f"front matter is not valid YAML{where} ({problem}); each line was read as 'field: value'"
            " (fix: put a value that holds a colon or quotes in quotes)"
        )
        doc.notes.append(("W106", clean_text(msg)))
        raw, deep = plain, False
    if deep:
        doc.notes.append(("W117", _too_deep("front matter", limits, "it was ignored")))
        return [doc], []
    if raw is not None and not isinstance(raw, dict):
        msg = "front matter is not a mapping of fields; it was ignored (fix: write 'field: value' lines)"
        doc.notes.append(("W106", msg))
        return [doc], []
    doc.meta, problems = check_meta(_clean(raw or {}), validator)
    doc.notes.extend(("W106", p) for p in problems)
    return [doc], []


def _from_object(
    obj: Any, path: Path, default_id: str, line: int | None, validator: RecordCheck
) -> tuple[RawDoc | None, Diagnostic | None]:
    """One article from a decoded JSON value, or the diagnostic that says why not."""
    where = f"line {line}: " if line else ""
    shown = display_path(path)
    if not isinstance(obj, dict):
        msg = f"{where}JSON value is not an article object (fix: write one object with 'text' per article)"
        return None, Diagnostic("W105", msg, path=shown, line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        msg = f"{where}field 'text' is missing or not a string; article skipped (fix: give the text)"
        return None, Diagnostic("W106", msg, path=shown, line=line)
    if not text.strip():
        msg = f"{where}field 'text' is empty; article skipped (fix: add the text or drop the article)"
        return None, Diagnostic("W101", msg, path=shown, line=line)
    meta, problems = check_meta(obj, validator)
    doc = RawDoc(shown, text, default_id, meta=meta, line=line)
    doc.notes.extend(("W106", p) for p in problems)
    return doc, None


def _loads(text: str, limits: Limits) -> Any:
    """``json.loads`` with long integers allowed, strings cleaned, and nesting bounded.

    Raises:
        json.JSONDecodeError: invalid JSON.
        RecursionError: nested deeper than ``limits.max_depth`` (or than Python can parse).
    """
    data = json.loads(text, parse_int=json_int)
    if depth_exceeds(data, limits.max_depth):
        raise RecursionError
    return _clean(data)


def read_json(text: str, path: Path, validator: RecordCheck, limits: Limits = DEFAULT) -> Result:
    """One article object (or a list of them)."""
    shown = display_path(path)
    try:
        data = _loads(text, limits)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno} (fix: correct the syntax)"
        return [], [Diagnostic("W105", msg, path=shown, line=exc.lineno)]
    except RecursionError:
        return [], [Diagnostic("W117", _too_deep("JSON value", limits), path=shown)]
    items = data if isinstance(data, list) else [data]
    if not items:
        msg = "holds an empty list, no article (fix: put article objects in the list, or remove the file)"
        return [], [Diagnostic("W101", msg, path=shown)]
    docs, diags = [], []
    for i, obj in enumerate(items, 1):
        default_id = _stem(path) if len(items) == 1 else f"{_stem(path)}-{i}"
        doc, diag = _from_object(obj, path, default_id, None, validator)
        if doc:
            doc.multi = len(items) > 1
            docs.append(doc)
        if diag:
            diags.append(diag)
    return docs, diags


def read_jsonl(text: str, path: Path, validator: RecordCheck, limits: Limits = DEFAULT) -> Result:
    """One article object per line; a bad line is reported (W105) and the others still load."""
    docs, diags = [], []
    shown = display_path(path)
    # split("\n"), not splitlines(): JSON strings may hold U+2028, which splitlines would cut.
    for lineno, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            obj = _loads(raw, limits)
        except json.JSONDecodeError as exc:
            msg = (
                f"line {lineno} is not valid JSON: {exc.msg} at column {exc.colno} (fix: correct or drop it)"
            )
            diags.append(Diagnostic("W105", msg, path=shown, line=lineno))
            continue
        except RecursionError:
            msg = f"line {lineno}: " + _too_deep("JSON value", limits)
            diags.append(Diagnostic("W117", msg, path=shown, line=lineno))
            continue
        doc, diag = _from_object(obj, path, f"{_stem(path)}-{lineno}", lineno, validator)
        if doc:
            doc.multi = True
            docs.append(doc)
        if diag:
            diags.append(diag)
    if not docs and not diags:
        msg = "holds only blank lines, no article (fix: write one article object per line, or remove it)"
        diags.append(Diagnostic("W101", msg, path=shown))
    return docs, diags


_READERS: dict[str, Callable[[str, Path, RecordCheck, Limits], Result]] = {
    ".txt": read_txt,
    ".md": read_md,
    ".json": read_json,
    ".jsonl": read_jsonl,
}


def read_bytes(path: Path, limits: Limits = DEFAULT) -> tuple[bytes | None, Diagnostic | None]:
    """The bytes of a regular file, or the diagnostic that says why it was not read.

    The file is opened without blocking and checked on its open descriptor, so a FIFO, a device
    or a socket is reported (W115) rather than read (a FIFO with no writer would hang the run),
    and a file over the size limit is reported (W116) before its bytes are loaded.
    """
    shown = display_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        # The catalogue has no "unreadable" code; W103 (cannot be decoded) is the nearest.
        why = exc.strerror or type(exc).__name__
        msg = f"could not be read: {why} (fix: check that the file exists, is readable and is no link loop)"
        return None, Diagnostic("W103", msg, path=shown)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            msg = "is not a regular file (a FIFO, device or socket); not read (fix: pass regular files only)"
            return None, Diagnostic("W115", msg, path=shown)
        if info.st_size > limits.max_file_bytes:
            return None, _too_large(shown, info.st_size, limits)
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limits.max_file_bytes:  # grew while being read
                return None, _too_large(shown, total, limits)
        return b"".join(chunks), None
    except OSError as exc:
        msg = f"could not be read: {exc.strerror or type(exc).__name__} (fix: check the file)"
        return None, Diagnostic("W103", msg, path=shown)
    finally:
        os.close(fd)


def _too_large(shown: str, size: int, limits: Limits) -> Diagnostic:
    mb, limit = size / MIB, limits.max_file_bytes / MIB
    msg = f"is {mb:.1f} MiB, over the {limit:g} MiB limit; not read (fix: split it, or raise --max-file-mb)"
    return Diagnostic("W116", msg, path=shown)


def read_file(path: Path, validator: RecordCheck, limits: Limits = DEFAULT) -> Result:
    """Read, decode and parse one file of a supported type."""
    data, problem = read_bytes(path, limits)
    if data is None:
        return [], [problem] if problem else []
    shown = display_path(path)
    decoded = decode_bytes(data)
    del data
    if decoded.text is None:
        return [], [Diagnostic(decoded.code or "W103", decoded.message, path=shown)]
    docs, diags = _READERS[path.suffix.lower()](decoded.text, path, validator, limits)
    if decoded.code:
        for doc in docs:
            doc.notes.insert(0, (decoded.code, decoded.message))
        if not docs:
            diags.append(Diagnostic(decoded.code, decoded.message, path=shown))
    if shown != str(path):
        note = "file name is not valid UTF-8; shown with U+FFFD in its place (fix: rename the file)"
        for doc in docs:
            doc.notes.append(("W111", note))
        if not docs:
            diags.append(Diagnostic("W111", note, path=shown))
    return docs, diags
