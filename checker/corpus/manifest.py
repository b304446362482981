"""Article metadata: checking it against ``schemas/article.schema.json``, and corpus manifests.

A manifest is ``corpus.json`` or ``corpus.yaml`` in a directory::

    articles:
      000_tabnak.txt: {outlet: Tabnak, published: 2025-10-15, language: fa}
      sub/003.txt: {title: …, url: https://…}

Keys are file names relative to the manifest. The manifest is checked as a whole when it is
first needed; any fault raises ``E007`` with the file and the fix, because a curated file is
cheaper to correct than a run is to repeat.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from checker.errors import CheckerError
from checker.limits import depth_exceeds
from checker.model import Diagnostic
from checker.rules import RecordCheck

MANIFEST_NAMES = ("corpus.json", "corpus.yaml", "corpus.yml")
META_FIELDS = ("id", "title", "outlet", "url", "published", "language")
_TOP_KEYS = {"articles", "description"}
_FIX = {
    "id": "use a non-empty id without ':' or line breaks",
    "text": "give the article text as a string",
    "title": "give the title as a string",
    "outlet": "give the outlet name as a non-empty string",
    "url": "give an absolute http(s) URL",
    "published": "write the date as YYYY-MM-DD",
    "language": "use fa, ar or en, or leave it out to detect the language",
}


class _MetaLoader(yaml.SafeLoader):
    """YAML loader for metadata: timestamps stay text (``2025-13-45`` must become a W106, not a
    crash), an integer too long for Python stays text, and an alias may name only a scalar.

    Metadata is a flat mapping of short fields; an alias of a list or mapping is how a "billion
    laughs" bomb grows exponentially, so it is refused with a YAML error (W106 or E007).
    """

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            node = self.anchors.get(event.anchor)
            if node is not None and not isinstance(node, yaml.ScalarNode):
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    f"alias *{event.anchor} names a list or mapping (not allowed here)",
                    event.start_mark,
                )
        return super().compose_node(parent, index)

    def construct_yaml_int(self, node):  # type: ignore[no-untyped-def]
        try:
            return super().construct_yaml_int(node)
        except ValueError:
            return self.construct_scalar(node)


_MetaLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
_MetaLoader.add_constructor("tag:yaml.org,2002:int", _MetaLoader.construct_yaml_int)


_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Python refuses to turn more digits than this into an int (sys.get_int_max_str_digits).
_MAX_INT_DIGITS = 4000


def clean_text(value: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD (one character for one: offsets keep).

    Undecodable bytes in a file name arrive as lone surrogates («\\udcff»), and JSON may spell
    one («\\\\ud800»); neither can be written as UTF-8, so they must not reach the report.
    """
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def json_int(digits: str) -> int | float:
    """A JSON integer; one too long for Python's int (5,000 digits) becomes a float (inf)."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else float(digits)


def load_yaml(text: str) -> Any:
    """Parse YAML metadata (front matter, manifests) with dates left as strings."""
    # Safe: _MetaLoader is a SafeLoader with one constructor changed.
    return yaml.load(text, Loader=_MetaLoader)


def _plain(key: str, value: Any) -> Any:
    """YAML gives dates as ``date`` objects and numeric ids as ints: make them strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    text = text if len(text) <= 60 else text[:57] + "…"
    # Direction isolates keep Persian/Arabic values from scrambling an English line.
    return f"\u2068{text}\u2069" if not text.isascii() else text


def check_meta(raw: dict[str, Any], validator: RecordCheck) -> tuple[dict[str, Any], list[str]]:
    """Validate one article's metadata; return the good known fields and a message per bad field.

    ``null`` counts as absent; unknown fields are ignored; ``published`` keeps only its date.
    ``text`` is checked but not returned (the readers take it themselves).
    """
    meta = {k: _plain(k, v) for k, v in raw.items() if v is not None}
    bad: dict[str, str] = {}
    for err in validator.iter_errors(meta):
        if err.absolute_path:
            name = str(err.absolute_path[0])
            bad.setdefault(name, f"field '{name}' has an invalid value {_short(meta.get(name))}")
    pub = meta.get("published")
    if "published" not in bad and isinstance(pub, str):
        try:
            date.fromisoformat(pub[:10])
        except ValueError:
            bad["published"] = f"field 'published' is not a real date: {_short(pub)}"
    messages = [f"{msg} (fix: {_FIX.get(name, 'correct or drop it')})" for name, msg in sorted(bad.items())]
    clean = {k: meta[k] for k in META_FIELDS if k in meta and k not in bad}
    if "published" in clean:
        clean["published"] = clean["published"][:10]
    return clean, messages


def _invalid(path: Path, message: str, hint: str) -> CheckerError:
    return CheckerError("E007", f"manifest is invalid: {message}", str(path), hint)


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise _invalid(path, f"cannot be read ({exc})", "save it as UTF-8") from None
    try:
        data = json.loads(text, parse_int=json_int) if path.suffix == ".json" else load_yaml(text)
    except RecursionError:
        raise _invalid(
            path, "it is nested too deeply", "write it as {articles: {<file>: {fields}}}"
        ) from None
    except json.JSONDecodeError as exc:
        raise _invalid(path, f"JSON syntax error at line {exc.lineno}", "correct the JSON syntax") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise _invalid(path, f"YAML syntax error{where}", "correct the YAML syntax") from None
    if depth_exceeds(data, 8):
        raise _invalid(path, "it is nested too deeply", "write it as {articles: {<file>: {fields}}}")
    return data


def load_manifest(
    path: Path, validator: RecordCheck, missing: list[Diagnostic] | None = None
) -> dict[str, dict[str, Any]]:
    """Read and check a manifest; map each named file (relative POSIX path) to its metadata.

    An entry naming a file that does not exist is left out and reported in ``missing`` (W113):
    the rest of the corpus is still worth checking.
    """
    data = _parse(path)
    hint = "write it as {articles: {<file name>: {title, outlet, url, published, language, id}}}"
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise _invalid(path, "it has no 'articles' mapping", hint)
    extra = sorted(set(data) - _TOP_KEYS)
    if extra:
        raise _invalid(path, f"unknown top-level key '{extra[0]}'", "keep only 'articles' and 'description'")
    entries: dict[str, dict[str, Any]] = {}
    for name, raw in data["articles"].items():
        rel = PurePosixPath(str(name))
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            raise _invalid(path, f"entry '{name}' is not a file name under the manifest's directory", hint)
        if not (path.parent / rel).is_file():
            msg = f"manifest entry '{name}' names a file that does not exist (fix: remove the entry or add the file)"
            if missing is None:
                raise _invalid(
                    path,
                    f"entry '{name}' names a file that does not exist",
                    "remove the entry or add the file",
                )
            missing.append(Diagnostic("W113", clean_text(msg), path=clean_text(str(path))))
            continue
        if raw is not None and not isinstance(raw, dict):
            raise _invalid(path, f"entry '{name}' is not a mapping of fields", hint)
        clean, problems = check_meta(raw or {}, validator)
        if problems:
            raise _invalid(path, f"entry '{name}': {problems[0]}", "correct the entry")
        entries[rel.as_posix()] = clean
    return entries


class ManifestIndex:
    """Finds the manifest entry for a file: the nearest manifest between the file and its root."""

    def __init__(self, validator: RecordCheck):
        self.validator = validator
        self._dirs: dict[Path, dict[str, dict[str, Any]] | None] = {}
        self.diagnostics: list[Diagnostic] = []  # entries naming missing files (W113)

    def in_dir(self, directory: Path) -> dict[str, dict[str, Any]] | None:
        """The checked entries of ``directory``'s manifest, or ``None`` when it has none."""
        key = directory
        if key not in self._dirs:
            found = [directory / n for n in MANIFEST_NAMES if (directory / n).is_file()]
            if len(found) > 1:
                fix = "keep one manifest per directory"
                raise _invalid(found[1], f"{found[0].name} is in the same directory", fix)
            self._dirs[key] = load_manifest(found[0], self.validator, self.diagnostics) if found else None
        return self._dirs[key]

    def entry(self, file: Path, root: Path) -> dict[str, Any]:
        """Metadata for ``file`` from the nearest manifest at or below ``root`` (``{}`` if none)."""
        directory = file.parent
        while True:
            entries = self.in_dir(directory)
            if entries is not None:
                rel = file.relative_to(directory).as_posix()
                if rel in entries:
                    return entries[rel]
            # Paths are built from ``root`` downwards, so plain equality finds it (resolving is slow).
            if directory == root or directory.parent == directory:
                return {}
            directory = directory.parent
