"""Extractions to bytes and back, exactly: tuples stay tuples, dicts keep their key order.

An extraction is stored as ``zlib(marshal(fields))``: marshal keeps every built-in type as it was
(a JSON round trip would turn tuples into lists, and ``str()`` of a value would change), it never
runs code when loading, and it is several times faster than JSON. The store also keeps each claim
and frame as a JSON document for SQL queries and export; those are not read back into the run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import marshal
import zlib
from typing import Any

from checker.model import Article, Claim, Diagnostic, Extraction, Frame, Mention

# Bump when the model's fields change: stored extractions of another layout are extracted again.
LAYOUT = 3
_MARSHAL_VERSION = 4


def _fields(obj: Any) -> tuple:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))


def dump_extraction(x: Extraction) -> bytes:
    plain = (
        _fields(x.article),
        tuple(_fields(c) for c in x.claims),
        tuple(_fields(d) for d in x.diagnostics),
        tuple(_fields(m) for m in x.mentions),
        tuple(_fields(f) for f in x.frames),
    )
    return zlib.compress(marshal.dumps(plain, _MARSHAL_VERSION), 1)


def load_extraction(data: bytes) -> Extraction:
    article, claims, diagnostics, mentions, frames = marshal.loads(zlib.decompress(data))
    return Extraction(
        article=Article(*article),
        claims=tuple(Claim(*c) for c in claims),
        diagnostics=tuple(Diagnostic(*d) for d in diagnostics),
        mentions=tuple(Mention(*m) for m in mentions),
        frames=tuple(Frame(*f) for f in frames),
    )


def dump_diagnostics(diags: list[Diagnostic]) -> bytes:
    return marshal.dumps(tuple(_fields(d) for d in diags), _MARSHAL_VERSION)


def load_diagnostics(data: bytes | None) -> list[Diagnostic]:
    return [Diagnostic(*d) for d in marshal.loads(data)] if data else []


def article_key(article: Article, rules_digest: str) -> str:
    """The identity of an article in the store: its content and metadata under one set of rules.

    A changed text, a changed header or other rules give another key, so the article is extracted
    again; the same file read again gives the same key.
    """
    h = hashlib.sha256()
    h.update(f"{LAYOUT}\0{rules_digest}\0".encode())
    h.update(marshal.dumps(_fields(article), _MARSHAL_VERSION))
    return h.hexdigest()


def text_sha256(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def jdoc(value: Any) -> str:
    """A compact, stable JSON document (for the claims, frames, events and findings tables)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=list)
