"""Render extracted claims as JSON, JSON Lines or a table; validate against the schemas first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import orjson

from checker.errors import CheckerError
from checker.model import Diagnostic, Extraction
from checker.rules import RecordCheck, pointer, record_check

FORMAT_VERSION = "checker.claims/1"


def claim_lines(extractions: list[Extraction]) -> Iterator[str]:
    """Every claim as one JSON line (``"kind": "claim"``, as :func:`to_jsonl` writes them), each
    validated against claim.schema.json as it is written: a large corpus never becomes one dict."""
    validator = record_check("claim.schema.json")
    for x in extractions:
        for c in x.claims:
            d = c.as_dict(x.article.text)
            _valid(validator, c.id, d)
            yield json.dumps({"kind": "claim", **d}, ensure_ascii=False, sort_keys=True) + "\n"


def _valid(validator: RecordCheck, cid: str, d: dict[str, Any]) -> None:
    err = validator.first_error(d)
    if err is not None:
        raise CheckerError(
            "E005", f"claim {cid} fails claim.schema.json at {pointer(err.absolute_path)}: {err.message}"
        )


def claims_document(extractions: list[Extraction], diagnostics: list[Diagnostic]) -> dict[str, Any]:
    """The claims of a corpus as one JSON-able dict, validated claim by claim."""
    validator = record_check("claim.schema.json")
    articles = []
    claims = []
    for x in extractions:
        meta = x.article.meta()
        meta["published_source"] = x.article.published_source
        articles.append(meta)
        for c in x.claims:
            d = c.as_dict(x.article.text)
            _valid(validator, c.id, d)
            claims.append(d)
    return {
        "format": FORMAT_VERSION,
        "articles": articles,
        "claims": claims,
        "diagnostics": [d.as_dict() for d in diagnostics],
    }


def dumps(doc: dict[str, Any]) -> str:
    """Deterministic JSON: sorted keys, real UTF-8, a final newline."""
    return indented(doc) + "\n"


def indented(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)``, the same text.

    The standard library's encoder runs in Python once ``indent`` is set, and writing the claims
    of a 10,000-article run took a tenth of the check. orjson writes the same text in Rust but for
    floats: it never writes an exponent (``1e-05`` is its ``0.00001``), writes no ``NaN`` or
    ``Infinity`` (a manifest's over-long integer becomes ``inf``), and refuses integers beyond 64
    bits and keys that are no strings. A value that holds one of those is written by ``json``: the
    two write it compactly first (``json`` in C, then), and orjson's indented text is taken when
    the compact texts are the same, since indenting adds the same white space to the same tokens."""
    try:
        compact = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except (TypeError, orjson.JSONEncodeError):
        compact = None
    if compact is not None and compact.decode() == json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ):
        return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)


def iter_dumps(doc: dict[str, Any]) -> Iterator[str]:
    """The text of :func:`dumps` (the same bytes), one top-level item at a time, so that a large
    report is never one string in memory."""
    if not doc:
        yield "{}\n"
        return
    yield "{"
    for n, key in enumerate(sorted(doc)):
        value = doc[key]
        yield ("," if n else "") + "\n  " + json.dumps(key, ensure_ascii=False) + ": "
        if isinstance(value, list) and value:
            yield "["
            for i, item in enumerate(value):
                text = indented(item)
                yield ("," if i else "") + "\n    " + text.replace("\n", "\n    ")
            yield "\n  ]"
        else:
            yield indented(value).replace("\n", "\n  ")
    yield "\n}\n"


def to_jsonl(doc: dict[str, Any]) -> str:
    """One claim per line, then one line per diagnostic (``"kind": "diagnostic"``)."""
    lines = [json.dumps({"kind": "claim", **c}, ensure_ascii=False, sort_keys=True) for c in doc["claims"]]
    lines += [
        json.dumps({"kind": "diagnostic", **d}, ensure_ascii=False, sort_keys=True)
        for d in doc["diagnostics"]
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def to_table(doc: dict[str, Any]) -> str:
    """A plain-text table for reading in a terminal."""
    rows = [("article", "type", "span", "value", "text")]
    for c in doc["claims"]:
        rows.append(
            (c["article"], c["type"], f"{c['start']}-{c['end']}", summary(c), c["text"].replace("\n", " "))
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    out = ["  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows]
    for d in doc["diagnostics"]:
        where = d.get("path") or d.get("article") or ""
        line = f":{d['line']}" if d.get("line") else ""
        out.append(f"{d['code']} {where}{line}: {d['message']}")
    return "\n".join(out) + "\n"


def summary(c: dict[str, Any]) -> str:
    """A short human reading of a claim's value."""
    v = c["value"]
    t = c["type"]
    if t == "date":
        return str(v.get("iso") or (v.get("relative") or {}).get("relation"))
    if t == "number":
        return interval_text(v) + (f" {v['unit']}" if v.get("unit") else "")
    if t == "person_role":
        return f"{v.get('person') or v['match_key']} = {v.get('country') or '?'}:{v['role']}"
    if t == "attendance":
        return f"{v.get('person') or v['match_key']} {v['relation']}"
    if t == "source":
        return " ← ".join(v["chain"][::-1]) if len(v["chain"]) > 1 else v["source"]
    return ""


def interval_text(v: dict[str, Any]) -> str:
    """``(4000, ∞)``, ``[58000, 87000]`` or ``7``."""
    lo, hi = v.get("low"), v.get("high")
    if lo is not None and lo == hi:
        return _n(lo)
    left = ("[" if v.get("low_inclusive") else "(") + ("−∞" if lo is None else _n(lo))
    right = ("∞" if hi is None else _n(hi)) + ("]" if v.get("high_inclusive") else ")")
    return f"{left}, {right}"


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
