"""Load every lexicon under ``rules/``, validate it against ``schemas/rules/``, cache it.

Layout: ``rules/<family>/<lang>.yaml`` (one file per dimension × language),
``rules/<family>/concepts.yaml`` (language-independent facts about the concept ids),
and top-level ``rules/<name>.yaml`` (e.g. ``people.yaml``, ``thresholds.yaml``).
Each file is validated against ``schemas/rules/<family>.schema.json`` (or
``<family>.concepts.schema.json``, ``<name>.schema.json``). A bad file raises
:class:`RulesError` naming the file and the JSON pointer.

Overlays (``--rules DIR``) have the same layout. Each overlay file is merged over the file it
extends (mappings key by key, lists appended without repeats, other values replaced) and the
result is validated by that file's schema; an error names the overlay file.

Speed: YAML is read with libyaml's ``CSafeLoader`` when PyYAML has it, and the validated
tables are cached (pickle) under a key that hashes every rules and schema file, so a second
run skips both parsing and validation. Any change to a file changes the key.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from checker.errors import CheckerError, RulesError

LANGS = ("fa", "ar", "en")
_CACHE_FORMAT = b"checker.rules-cache/1"


def data_root(kind: str) -> Path:
    """Directory of ``rules`` or ``schemas``: ``$CHECKER_<KIND>``, the packaged copy, or the repo's."""
    env = os.environ.get(f"CHECKER_{kind.upper()}")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here / "_data" / kind, here.parent / kind):
        if cand.is_dir():
            return cand
    raise CheckerError(
        "E004", f"cannot find the {kind}/ directory", str(here.parent / kind), f"set CHECKER_{kind.upper()}"
    )


@cache
def schema_json(name: str) -> dict[str, Any]:
    """``schemas/<name>``, read once and checked as a Draft 2020-12 schema (checking costs more
    than the report it validates, and imports ``jsonschema``: a checked schema is remembered in
    the cache directory by its hash)."""
    path = data_root("schemas") / name
    try:
        raw = path.read_bytes()
        schema = json.loads(raw)
        digest = hashlib.sha256(raw).hexdigest()[:24]
        cache_file(f"schema-checked-{digest}", lambda: _check_schema(schema))
    except (OSError, ValueError) as exc:
        raise CheckerError("E004", f"schema cannot be read: {exc}", str(path)) from None
    except Exception as exc:  # jsonschema.SchemaError
        raise CheckerError("E004", f"schema is not valid Draft 2020-12: {exc}", str(path)) from None
    return schema  # type: ignore[no-any-return]


def _check_schema(schema: dict[str, Any]) -> bytes:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema)
    return b"ok"


@cache
def schema_validator(name: str):  # type: ignore[no-untyped-def]
    """A Draft 2020-12 ``jsonschema`` validator for ``schemas/<name>``, built once (~15 ms)."""
    from jsonschema import Draft202012Validator  # imported here: start-up does not need it

    return Draft202012Validator(schema_json(name))


class RecordCheck:
    """Many records validated against one schema, or against the item schema of one of its lists
    (``items_of``): the compiled ``jsonschema_rs`` validator says yes or no, many times faster;
    a record it rejects is read again by ``jsonschema``, which has the last word and gives the
    message and the path in its own terms. ``jsonschema`` is imported only then: a run whose
    records are all valid never loads it."""

    def __init__(self, name: str, items_of: str | None = None) -> None:
        import jsonschema_rs  # imported here: start-up does not need it

        whole = schema_json(name)
        self.name, self.items_of = name, items_of
        if items_of is None:
            self.schema = sub = whole
        else:
            self.schema = whole["properties"][items_of]["items"]
            sub = {"$schema": whole.get("$schema"), "$defs": whole.get("$defs", {}), **self.schema}
        self.fast = jsonschema_rs.validator_for(sub)
        self._slow: Any = None

    @property
    def slow(self):  # type: ignore[no-untyped-def]
        """The ``jsonschema`` validator of the same schema, built when first asked for."""
        if self._slow is None:
            whole = schema_validator(self.name)
            self._slow = whole if self.items_of is None else whole.evolve(schema=self.schema)
        return self._slow

    def iter_errors(self, record: Any) -> Iterator[Any]:
        """``jsonschema``'s errors of ``record`` (none, without asking it, when the fast one accepts)."""
        try:
            if self.fast.is_valid(record):
                return iter(())
        except (ValueError, TypeError, OverflowError):  # a value it cannot read (a 70-digit integer)
            pass
        return iter(self.slow.iter_errors(record))

    def first_error(self, record: Any) -> Any:
        """The first jsonschema error of ``record``, or None."""
        return next(self.iter_errors(record), None)


@cache
def record_check(name: str, items_of: str | None = None) -> RecordCheck:
    """The :class:`RecordCheck` of ``schemas/<name>`` (of its list ``items_of``), built once."""
    return RecordCheck(name, items_of)


def pointer(path: Any) -> str:
    """JSON pointer for a jsonschema error path."""
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _schema_name(rel: Path) -> tuple[str, str, str]:
    """(family, stem, schema file) of a rules file given relative to its root."""
    if len(rel.parts) == 1:
        return rel.stem, "", f"rules/{rel.stem}.schema.json"
    family, stem = rel.parts[0], rel.stem
    suffix = ".concepts" if stem == "concepts" else ""
    return family, stem, f"rules/{family}{suffix}.schema.json"


def _yaml_files(root: Path) -> list[Path]:
    if not root.is_dir():
        raise CheckerError("E003", "rules directory not found", str(root), "give an existing directory")
    return sorted(root.rglob("*.yaml"))


def merge(base: Any, over: Any) -> Any:
    """``over`` laid on ``base``: mappings merged key by key, lists appended without repeats."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(over, list):
        return base + [x for x in over if x not in base]
    return over


class Rules:
    """All rules files, validated and keyed by family and file stem."""

    def __init__(self, root: Path, overlays: tuple[Path, ...] = ()):
        self.root = root
        self.overlays = overlays
        self.files: dict[str, dict[str, Any]] = {}
        self.digest = ""
        self._load()

    def _load(self) -> None:
        roots = (self.root, *self.overlays)
        listing = [(r, p) for r in roots for p in _yaml_files(r)]
        self.digest = _digest(listing)
        cached = _cache_read(self.digest)
        if cached is not None:
            self.files = cached
            return
        for root, path in listing:
            family, stem, schema = _schema_name(path.relative_to(root))
            fam = self.files.setdefault(family, {})
            # An overlay file only adds entries: it is validated merged over the file it extends.
            data = self._read(path)
            data = merge(fam[stem], data) if stem in fam else data
            errors = sorted(schema_validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
            if errors:
                err = errors[0]
                raise RulesError(err.message, str(path), pointer(err.absolute_path))
            fam[stem] = data
        _cache_write(self.digest, self.files)

    @staticmethod
    def _read(path: Path) -> Any:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "unknown place"
            raise RulesError(f"YAML syntax error at {where}", str(path)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesError(f"cannot read: {exc}", str(path)) from None

    def lang(self, family: str, lang: str) -> dict[str, Any]:
        """The ``rules/<family>/<lang>.yaml`` data, or ``{}`` when that language has none."""
        return self.files.get(family, {}).get(lang, {}) or {}

    def concepts(self, family: str) -> dict[str, Any]:
        """The ``rules/<family>/concepts.yaml`` data."""
        return self.files.get(family, {}).get("concepts", {}) or {}

    def top(self, name: str) -> dict[str, Any]:
        """A top-level ``rules/<name>.yaml``."""
        return self.files.get(name, {}).get("", {}) or {}


def _digest(listing: list[tuple[Path, Path]]) -> str:
    """sha256 over every rules file (name and bytes), every rules schema, and the cache format."""
    h = hashlib.sha256(_CACHE_FORMAT)
    schemas = data_root("schemas") / "rules"
    files = [(schemas, p) for p in sorted(schemas.glob("*.json"))] if schemas.is_dir() else []
    for root, path in [*files, *listing]:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise RulesError(f"cannot read: {exc.strerror}", str(path)) from None
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + str(len(data)).encode() + b"\0")
        h.update(data)
    return h.hexdigest()


def cache_dir() -> Path | None:
    """Where derived data is kept between runs (``CHECKER_CACHE_DIR``; empty: nowhere)."""
    env = os.environ.get("CHECKER_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None  # CHECKER_CACHE_DIR="" turns the cache off
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"


def cache_file(name: str, build: Callable[[], bytes]) -> bytes:
    """The bytes of ``name`` in the cache directory, built (and written atomically) when missing.
    Other derived data (hazm's common words) is kept next to the rules cache this way; without a
    cache directory it is built each time."""
    d = cache_dir()
    if d is not None:
        try:
            return (d / name).read_bytes()
        except OSError:
            pass
    data = build()
    if d is not None:
        try:
            d.mkdir(parents=True, exist_ok=True)
            tmp = d / f".{name}.{os.getpid()}.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, d / name)
        except OSError:
            pass
    return data


def _cache_read(digest: str) -> dict[str, Any] | None:
    d = cache_dir()
    if d is None:
        return None
    try:
        data = (d / f"rules-{digest}.pickle").read_bytes()
        return pickle.loads(data)
    except Exception:  # a missing or damaged cache only costs a full load
        return None


def _cache_write(digest: str, files: dict[str, Any]) -> None:
    d = cache_dir()
    if d is None:
        return
    try:
        d.mkdir(parents=True, exist_ok=True)
        tmp = d / f".rules-{digest}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(files, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, d / f"rules-{digest}.pickle")
    except OSError:
        pass  # a read-only home still runs, just without the cache


@lru_cache(maxsize=8)
def _load(root: str | None, overlays: tuple[str, ...]) -> Rules:
    return Rules(Path(root) if root else data_root("rules"), tuple(Path(o) for o in overlays))


def load_rules(root: str | None = None, overlays: tuple[str, ...] | list[str] = ()) -> Rules:
    """Load (once per root and overlays) and validate all rules files."""
    return _load(root, tuple(str(o) for o in overlays))


load_rules.cache_clear = _load.cache_clear  # type: ignore[attr-defined]
