"""``load_corpus``: files and directories in, Articles and diagnostics out.

Only a path that does not exist (E001) or a broken manifest (E007) stops the run; every
other problem is a diagnostic against its file (and line), and the rest of the corpus loads.
Output is deterministic: articles sorted by id, diagnostics by (path, line, code).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.corpus.boilerplate import find_boilerplate, merge_spans, text_left
from checker.corpus.header_fields import read_header
from checker.corpus.language import detect_language
from checker.corpus.manifest import MANIFEST_NAMES, ManifestIndex, check_meta, clean_text
from checker.corpus.readers import SUFFIXES, RawDoc, display_path, read_file
from checker.errors import CheckerError, internal_error
from checker.limits import DEFAULT, Limits
from checker.model import Article, Diagnostic
from checker.rules import LANGS, Rules, load_rules, record_check


def _q(value: str) -> str:
    """Quote a value for an English message; isolate it when it holds right-to-left text."""
    return f"'{value}'" if value.isascii() else f"'\u2068{value}\u2069'"


@dataclass
class Tally:
    """How the inputs of a run ended up; ``inputs == read + diagnosed + skipped``.

    Attributes:
        inputs: every file (and unreadable directory or directory link) met under the paths.
        read: files that gave at least one article.
        diagnosed: files that gave no article, only diagnostics.
        skipped: files passed over by design (hidden, manifests, other types inside a directory).
    """

    inputs: int = 0
    read: int = 0
    diagnosed: int = 0
    skipped: int = 0

    def line(self) -> str:
        return f"{self.inputs} inputs: {self.read} read, {self.diagnosed} diagnosed, {self.skipped} skipped"


def _walk(root: Path, tally: Tally, diags: list[Diagnostic]) -> list[Path]:
    """Files under ``root``, recursively; hidden entries and manifests are counted as skipped.

    Links to directories are not followed (a link loop would never end); each is reported
    (W112), as is a directory that cannot be listed (W103).
    """
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        tally.inputs += 1
        tally.diagnosed += 1
        msg = f"directory could not be listed: {exc.strerror or type(exc).__name__} (fix: check its permissions)"
        diags.append(Diagnostic("W103", msg, path=display_path(Path(exc.filename or root))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        base = Path(dirpath)
        kept = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            if os.path.islink(base / d):
                tally.inputs += 1
                tally.diagnosed += 1
                msg = "is a link to a directory, not followed (fix: pass the directory it points to)"
                diags.append(Diagnostic("W112", msg, path=display_path(base / d)))
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in filenames:
            if not name.startswith(".") and name not in MANIFEST_NAMES:
                found.append(base / name)
            else:
                tally.inputs += 1
                tally.skipped += 1
    return sorted(found, key=lambda p: p.as_posix())


def _real(path: Path) -> str:
    """A key naming the file itself, so that a file reached twice is read once (never raises)."""
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError, ValueError):
        return os.path.abspath(path)


def _collect(
    paths: Sequence[str | Path], index: ManifestIndex, tally: Tally, diags: list[Diagnostic]
) -> Iterator[tuple[Path, Path, bool]]:
    """``(file, root, named_explicitly)`` for every file to read, each file once."""
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if not path.exists() and not os.path.lexists(path):
            hint = "check the path; pass directories or .txt/.md/.json/.jsonl files"
            raise CheckerError("E001", "path not found", display_path(path), hint)
        if path.is_dir():
            items = [(f, path, False) for f in _walk(path, tally, diags)]
        elif path.name in MANIFEST_NAMES:
            # A manifest named on its own stands for the files it lists.
            entries = index.in_dir(path.parent) or {}
            items = [(path.parent / rel, path.parent, True) for rel in sorted(entries)]
        else:
            items = [(path, path.parent, True)]
        for file, root, explicit in items:
            key = _real(file)
            if key not in seen:
                seen.add(key)
                yield file, root, explicit


def _merge_manifest(doc: RawDoc, entry: dict[str, Any]) -> None:
    """The article's own fields win; the manifest fills the gaps (its id only for one-article files)."""
    for name, value in entry.items():
        if name == "id" and doc.multi:
            continue
        doc.meta.setdefault(name, value)


def _assign_ids(docs: list[RawDoc]) -> Iterator[tuple[RawDoc, str, Diagnostic | None]]:
    """Give each document its id; a repeated id gets ``~2``, ``~3``… and a W110."""
    taken: dict[str, RawDoc] = {}
    for doc in docs:
        base = doc.meta.get("id") or doc.default_id
        aid, n = base, 1
        while aid in taken:
            n += 1
            aid = f"{base}~{n}"
        diag = None
        if aid != base:
            first = taken[base]
            where = first.path + (f" line {first.line}" if first.line else "")
            msg = (
                f"duplicate article id {_q(base)} (first used by {where}); renamed {_q(aid)} "
                "(fix: give every article a unique id)"
            )
            diag = Diagnostic("W110", msg, article=aid, path=doc.path, line=doc.line)
        taken[aid] = doc
        yield doc, aid, diag


def _language(doc: RawDoc, forced: str | None, rules: Rules) -> tuple[str | None, str]:
    """Language and its source: forced by the caller, given in metadata, or detected."""
    if forced:
        return forced, "forced"
    if doc.meta.get("language"):
        return doc.meta["language"], "metadata"
    return detect_language(doc.text, rules)[0], "detected"


def _build(doc: RawDoc, aid: str, forced: str | None, rules: Rules) -> tuple[Article, list[Diagnostic]]:
    """The Article for one document, with its own diagnostics."""
    diags = [Diagnostic(code, msg, article=aid, path=doc.path, line=doc.line) for code, msg in doc.notes]
    lang, lang_source = _language(doc, forced, rules)
    if lang is None:
        msg = "language could not be detected (fix: add a 'language' field or force one with --lang)"
        diags.append(Diagnostic("W108", msg, article=aid, path=doc.path, line=doc.line))
    ranges = find_boilerplate(doc.text, lang, rules)
    if doc.header:
        ranges = merge_spans([*ranges, doc.header])
    meta = dict(doc.meta)
    if doc.plain:
        head = read_header(doc.text, rules)
        if head.spans:
            ranges = merge_spans([*ranges, *head.spans])
            fields, problems = check_meta(head.fields, record_check("article.schema.json"))
            meta = {**fields, **meta}  # (a manifest's fields come first)
            diags.extend(
                Diagnostic("W106", f"header line: {p}", article=aid, path=doc.path, line=doc.line)
                for p in problems
            )
    if not text_left(doc.text, ranges):
        msg = (
            "article has no text left after boilerplate removal (fix: check the file holds the article body)"
        )
        diags.append(Diagnostic("W107", msg, article=aid, path=doc.path, line=doc.line))
    published, published_source = meta.get("published"), "metadata"
    if "published" not in doc.meta and "published" in meta:
        published_source = "header"
    if published is None and doc.header_date:
        published, published_source = doc.header_date, "header"
    article = Article(
        id=aid,
        text=doc.text,
        path=doc.path,
        language=lang,
        language_source=lang_source,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        published=published,
        published_source=published_source if published else None,
        boilerplate=tuple(ranges),
        line=doc.line,
    )
    return article, diags


def _read_all(
    paths: Sequence[str | Path], limits: Limits, tally: Tally
) -> tuple[list[RawDoc], list[Diagnostic]]:
    """Read every file under ``paths`` with its manifest metadata; documents sorted by (path, line)."""
    validator = record_check("article.schema.json")
    index = ManifestIndex(validator)
    docs: list[RawDoc] = []
    diags: list[Diagnostic] = []
    for file, root, explicit in _collect(paths, index, tally, diags):
        tally.inputs += 1
        if file.suffix.lower() not in SUFFIXES:
            if explicit:
                kind = _q(clean_text(file.suffix or "(none)"))
                msg = f"unsupported file type {kind} (fix: use .txt, .md, .json or .jsonl)"
                diags.append(Diagnostic("W109", msg, path=display_path(file)))
                tally.diagnosed += 1
            else:
                tally.skipped += 1
            continue
        found, problems = _read_one(file, validator, limits)
        entry = index.entry(file, root)
        for doc in found:
            _merge_manifest(doc, entry)
        docs.extend(found)
        diags.extend(problems)
        if found:
            tally.read += 1
        else:
            tally.diagnosed += 1
    diags.extend(index.diagnostics)
    docs.sort(key=lambda d: (d.path, d.line or 0))
    return docs, diags


def _read_one(file: Path, validator, limits: Limits) -> tuple[list[RawDoc], list[Diagnostic]]:  # type: ignore[no-untyped-def]
    """One file's documents and diagnostics; a bug met while reading it is a W120, not a crash."""
    try:
        found, problems = read_file(file, validator, limits)
    except Exception as exc:
        return [], [
            Diagnostic(
                "W120",
                internal_error(exc, "reading this file", "the file was left out"),
                path=display_path(file),
            )
        ]
    if not found and not problems:
        msg = "no article found in this file (fix: check that it holds article text)"
        problems = [Diagnostic("W101", msg, path=display_path(file))]
    return found, problems


def load_corpus(
    paths: Sequence[str | Path],
    lang: str | None = None,
    *,
    rules: Rules | None = None,
    limits: Limits = DEFAULT,
    tally: Tally | None = None,
) -> tuple[list[Article], list[Diagnostic]]:
    """Load every article under ``paths``.

    Args:
        paths: files and directories (directories are read recursively, in sorted order;
            hidden entries are skipped and only .txt/.md/.json/.jsonl files are read).
        lang: force this language (fa, ar, en) for every article.
        rules: the loaded rules (default: :func:`checker.rules.load_rules`).
        limits: file size and nesting limits (:mod:`checker.limits`).
        tally: filled with how many inputs were read, diagnosed and skipped.

    Returns:
        Articles sorted by id, and diagnostics sorted by (path, line, code). Empty lists when
        nothing could be read: the caller decides whether that is an error.

    Raises:
        CheckerError: E001 for a path that does not exist, E007 for an invalid manifest,
            E008 for an unsupported ``lang``.
    """
    if lang is not None and lang not in LANGS:
        raise CheckerError("E008", f"unsupported language {_q(lang)}", None, f"use one of {', '.join(LANGS)}")
    rules = rules if rules is not None else load_rules()
    tally = tally if tally is not None else Tally()
    docs, diags = _read_all(paths, limits, tally)
    articles: list[Article] = []
    for doc, aid, dup in _assign_ids(docs):
        try:
            article, own = _build(doc, aid, lang, rules)
        except Exception as exc:
            msg = internal_error(exc, "preparing this article", "the article was left out")
            diags.append(Diagnostic("W120", msg, article=aid, path=doc.path, line=doc.line))
            continue
        articles.append(article)
        diags.extend(own)
        if dup:
            diags.append(dup)
    articles.sort(key=lambda a: a.id)
    diags.sort(key=lambda d: (d.path or "", d.line or 0, d.code, d.message))
    return articles, diags
