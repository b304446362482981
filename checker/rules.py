"""Load every lexicon under ``rules/``, validate it against ``schemas/rules/``, cache it.

Layout: ``rules/<family>/<lang>.yaml`` (one file per dimension × language),
``rules/<family>/concepts.yaml`` (language-independent facts about the concept ids),
and top-level ``rules/<name>.yaml`` (e.g. ``people.yaml``, ``thresholds.yaml``).
Each file is validated against ``schemas/rules/<family>.schema.json`` (or
``<family>.concepts.schema.json``, ``<name>.schema.json``). A bad file raises
:class:`RulesError` naming the file and the JSON pointer.
"""

from __future__ import annotations

import json
import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from checker.errors import CheckerError, RulesError

LANGS = ("fa", "ar", "en")
# libyaml when present: 8x faster than the pure-Python loader on the rules (same data).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
def schema_validator(name: str) -> Draft202012Validator:
    """A Draft 2020-12 validator for ``schemas/<name>``, built once (building costs ~15 ms)."""
    path = data_root("schemas") / name
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as exc:
        raise CheckerError("E004", f"schema cannot be read: {exc}", str(path)) from None
    except Exception as exc:  # jsonschema.SchemaError
        raise CheckerError("E004", f"schema is not valid Draft 2020-12: {exc}", str(path)) from None
    return Draft202012Validator(schema)


def pointer(path: Any) -> str:
    """JSON pointer for a jsonschema error path."""
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


class Rules:
    """All rules files, validated and keyed by family and file stem."""

    def __init__(self, root: Path):
        self.root = root
        self.files: dict[str, dict[str, Any]] = {}
        self._load()

    def _load(self) -> None:
        if not self.root.is_dir():
            raise CheckerError("E003", "rules directory not found", str(self.root), "set CHECKER_RULES")
        for path in sorted(self.root.rglob("*.yaml")):
            rel = path.relative_to(self.root)
            if len(rel.parts) == 1:
                family, stem, schema = rel.stem, "", f"rules/{rel.stem}.schema.json"
            else:
                family, stem = rel.parts[0], path.stem
                suffix = ".concepts" if stem == "concepts" else ""
                schema = f"rules/{family}{suffix}.schema.json"
            data = self._read(path)
            validator = schema_validator(schema)
            errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
            if errors:
                err = errors[0]
                raise RulesError(err.message, str(path), pointer(err.absolute_path))
            self.files.setdefault(family, {})[stem] = data

    @staticmethod
    def _read(path: Path) -> Any:
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
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


@lru_cache(maxsize=4)
def load_rules(root: str | None = None) -> Rules:
    """Load (once) and validate all rules files."""
    return Rules(Path(root) if root else data_root("rules"))
