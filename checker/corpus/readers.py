"""Readers for the four article formats: .txt, .md (front matter), .json and .jsonl.

A reader turns a decoded file into :class:`RawDoc` records (text plus metadata, not yet an
Article: ids, language and boilerplate are settled by the loader, which sees the whole corpus)
and file-level diagnostics. Readers never raise for a bad file: they report and go on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from checker.corpus.encoding import decode_bytes
from checker.corpus.manifest import check_meta, load_yaml
from checker.model import Diagnostic

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


Result = tuple[list[RawDoc], list[Diagnostic]]


def _stem(path: Path) -> str:
    # A ':' would make claim ids ("<article>:<type>:<start>-<end>") ambiguous.
    return path.stem.replace(":", "_")


def read_txt(text: str, path: Path, validator: Draft202012Validator) -> Result:
    """Plain text; a leading ``date YYYY-MM-DD`` header gives ``published`` and is boilerplate."""
    del validator
    doc = RawDoc(str(path), text, _stem(path))
    m = _HEADER.match(text)
    if m:
        doc.header = (0, m.end())
        try:
            doc.header_date = date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            msg = f"header date {m.group(1)} is not a real date (fix: write the header as 'date YYYY-MM-DD')"
            doc.notes.append(("W207", msg))
    return [doc], []


def read_md(text: str, path: Path, validator: Draft202012Validator) -> Result:
    """Markdown with optional YAML front matter; the text is the body after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return [RawDoc(str(path), text, _stem(path))], []
    body = text[m.end() :]
    if not body.strip():
        msg = "has front matter but no article text after it (fix: add the text below the closing '---')"
        return [], [Diagnostic("W101", msg, path=str(path))]
    doc = RawDoc(str(path), body, _stem(path))
    try:
        raw = load_yaml(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        doc.notes.append(("W106", f"front matter is not valid YAML{where}; it was ignored (fix: correct it)"))
        return [doc], []
    if raw is not None and not isinstance(raw, dict):
        msg = "front matter is not a mapping of fields; it was ignored (fix: write 'field: value' lines)"
        doc.notes.append(("W106", msg))
        return [doc], []
    doc.meta, problems = check_meta(raw or {}, validator)
    doc.notes.extend(("W106", p) for p in problems)
    return [doc], []


def _from_object(
    obj: Any, path: Path, default_id: str, line: int | None, validator: Draft202012Validator
) -> tuple[RawDoc | None, Diagnostic | None]:
    """One article from a decoded JSON value, or the diagnostic that says why not."""
    where = f"line {line}: " if line else ""
    if not isinstance(obj, dict):
        msg = f"{where}JSON value is not an article object (fix: write one object with 'text' per article)"
        return None, Diagnostic("W105", msg, path=str(path), line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        msg = f"{where}field 'text' is missing or not a string; article skipped (fix: give the text)"
        return None, Diagnostic("W106", msg, path=str(path), line=line)
    if not text.strip():
        msg = f"{where}field 'text' is empty; article skipped (fix: add the text or drop the article)"
        return None, Diagnostic("W101", msg, path=str(path), line=line)
    meta, problems = check_meta(obj, validator)
    doc = RawDoc(str(path), text, default_id, meta=meta, line=line)
    doc.notes.extend(("W106", p) for p in problems)
    return doc, None


def read_json(text: str, path: Path, validator: Draft202012Validator) -> Result:
    """One article object (or a list of them)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno} (fix: correct the syntax)"
        return [], [Diagnostic("W105", msg, path=str(path), line=exc.lineno)]
    items = data if isinstance(data, list) else [data]
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


def read_jsonl(text: str, path: Path, validator: Draft202012Validator) -> Result:
    """One article object per line; a bad line is reported (W105) and the others still load."""
    docs, diags = [], []
    # split("\n"), not splitlines(): JSON strings may hold U+2028, which splitlines would cut.
    for lineno, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            msg = (
                f"line {lineno} is not valid JSON: {exc.msg} at column {exc.colno} (fix: correct or drop it)"
            )
            diags.append(Diagnostic("W105", msg, path=str(path), line=lineno))
            continue
        doc, diag = _from_object(obj, path, f"{_stem(path)}-{lineno}", lineno, validator)
        if doc:
            doc.multi = True
            docs.append(doc)
        if diag:
            diags.append(diag)
    return docs, diags


_READERS: dict[str, Callable[[str, Path, Draft202012Validator], Result]] = {
    ".txt": read_txt,
    ".md": read_md,
    ".json": read_json,
    ".jsonl": read_jsonl,
}


def read_file(path: Path, validator: Draft202012Validator) -> Result:
    """Read, decode and parse one file of a supported type."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        # The catalogue has no "unreadable" code; W103 (cannot be decoded) is the nearest.
        msg = f"could not be read: {exc.strerror} (fix: check that the file exists and is readable)"
        return [], [Diagnostic("W103", msg, path=str(path))]
    decoded = decode_bytes(data)
    if decoded.text is None:
        return [], [Diagnostic(decoded.code or "W103", decoded.message, path=str(path))]
    docs, diags = _READERS[path.suffix.lower()](decoded.text, path, validator)
    if decoded.code:
        for doc in docs:
            doc.notes.insert(0, (decoded.code, decoded.message))
        if not docs:
            diags.append(Diagnostic(decoded.code, decoded.message, path=str(path)))
    return docs, diags
