"""``load_corpus``: files and directories in, Articles and diagnostics out.

Only a path that does not exist (E001) or a broken manifest (E007) stops the run; every
other problem is a diagnostic against its file (and line), and the rest of the corpus loads.
Output is deterministic: articles sorted by id, diagnostics by (path, line, code).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from checker.corpus.boilerplate import find_boilerplate, merge_spans, text_left
from checker.corpus.language import detect_language
from checker.corpus.manifest import MANIFEST_NAMES, ManifestIndex
from checker.corpus.readers import SUFFIXES, RawDoc, read_file
from checker.errors import CheckerError
from checker.model import Article, Diagnostic
from checker.rules import LANGS, Rules, load_rules, schema_validator


def _q(value: str) -> str:
    """Quote a value for an English message; isolate it when it holds right-to-left text."""
    return f"'{value}'" if value.isascii() else f"'\u2068{value}\u2069'"


def _walk(root: Path) -> list[Path]:
    """Supported-looking files under ``root``, recursively, hidden entries and manifests skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        for name in filenames:
            if not name.startswith(".") and name not in MANIFEST_NAMES:
                found.append(base / name)
    return sorted(found, key=lambda p: p.as_posix())


def _collect(paths: Sequence[str | Path], index: ManifestIndex) -> Iterator[tuple[Path, Path, bool]]:
    """``(file, root, named_explicitly)`` for every file to read, each file once."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            hint = "check the path; pass directories or .txt/.md/.json/.jsonl files"
            raise CheckerError("E001", "path not found", str(given), hint)
        if path.is_dir():
            items = [(f, path, False) for f in _walk(path)]
        elif path.name in MANIFEST_NAMES:
            # A manifest named on its own stands for the files it lists.
            entries = index.in_dir(path.parent) or {}
            items = [(path.parent / rel, path.parent, True) for rel in sorted(entries)]
        else:
            items = [(path, path.parent, True)]
        for file, root, explicit in items:
            key = file.resolve()
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
    if not text_left(doc.text, ranges):
        msg = (
            "article has no text left after boilerplate removal (fix: check the file holds the article body)"
        )
        diags.append(Diagnostic("W107", msg, article=aid, path=doc.path, line=doc.line))
    published, published_source = doc.meta.get("published"), "metadata"
    if published is None and doc.header_date:
        published, published_source = doc.header_date, "header"
    article = Article(
        id=aid,
        text=doc.text,
        path=doc.path,
        language=lang,
        language_source=lang_source,
        title=doc.meta.get("title"),
        outlet=doc.meta.get("outlet"),
        url=doc.meta.get("url"),
        published=published,
        published_source=published_source if published else None,
        boilerplate=tuple(ranges),
        line=doc.line,
    )
    return article, diags


def _read_all(paths: Sequence[str | Path]) -> tuple[list[RawDoc], list[Diagnostic]]:
    """Read every file under ``paths`` with its manifest metadata; documents sorted by (path, line)."""
    validator = schema_validator("article.schema.json")
    index = ManifestIndex(validator)
    docs: list[RawDoc] = []
    diags: list[Diagnostic] = []
    for file, root, explicit in _collect(paths, index):
        if file.suffix.lower() not in SUFFIXES:
            if explicit:
                kind = _q(file.suffix or "(none)")
                msg = f"unsupported file type {kind} (fix: use .txt, .md, .json or .jsonl)"
                diags.append(Diagnostic("W109", msg, path=str(file)))
            continue
        found, problems = read_file(file, validator)
        entry = index.entry(file, root)
        for doc in found:
            _merge_manifest(doc, entry)
        docs.extend(found)
        diags.extend(problems)
    docs.sort(key=lambda d: (d.path, d.line or 0))
    return docs, diags


def load_corpus(
    paths: Sequence[str | Path], lang: str | None = None, *, rules: Rules | None = None
) -> tuple[list[Article], list[Diagnostic]]:
    """Load every article under ``paths``.

    Args:
        paths: files and directories (directories are read recursively, in sorted order;
            hidden entries are skipped and only .txt/.md/.json/.jsonl files are read).
        lang: force this language (fa, ar, en) for every article.
        rules: the loaded rules (default: :func:`checker.rules.load_rules`).

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
    docs, diags = _read_all(paths)
    articles: list[Article] = []
    for doc, aid, dup in _assign_ids(docs):
        article, own = _build(doc, aid, lang, rules)
        articles.append(article)
        diags.extend(own)
        if dup:
            diags.append(dup)
    articles.sort(key=lambda a: a.id)
    diags.sort(key=lambda d: (d.path or "", d.line or 0, d.code, d.message))
    return articles, diags
