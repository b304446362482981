"""Settings for ``checker check``: defaults, a config file, then the command line, in that order.

A config file is ``--config FILE``, or the first ``checker.toml`` or ``pyproject.toml`` with a
``[tool.checker]`` table found from the current directory upwards. Keys (all optional)::

    [tool.checker]
    format = ["json", "md", "sarif"]     # what `check` writes
    fail-on = "error"                    # error | warning | info | never
    select = ["CF", "IN01"]              # codes or code prefixes to report (default: all)
    ignore = ["AG"]                      # codes or code prefixes to drop
    severity = { CF01 = "error" }        # per-code severity override
    baseline = "checker-baseline.json"   # accepted findings: only new ones fail
    rules = ["newsroom-rules"]           # overlay directories (same layout and schemas as rules/)
    thresholds = { events = { merge_window_days = 2 } }   # laid over rules/thresholds.yaml
    out = "reports/latest"
    lang = "fa"
    strict = false
    store = "checker-store.duckdb"       # keep extractions, events and findings (incremental checks)
    whole_store = false                  # with a store: check every stored article, not only the neighbourhood
    jobs = 2                             # extraction processes (default: the cores)
    engine = "local"                     # local | dask (the `dask` extra)
    scheduler = "tcp://10.0.0.5:8786"    # with engine = "dask": a running scheduler (default: a LocalCluster)

Relative paths in a config file are read from the file's directory. In ``checker.toml`` the
keys sit at the top level (a ``[tool.checker]`` table is accepted too).
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

from checker.errors import CheckerError

FORMATS = ("json", "md", "html", "sarif", "junit", "github", "claimreview")
SEVERITIES = ("error", "warning", "info")
FAIL_ON = (*SEVERITIES, "never")
LANGS = ("fa", "ar", "en")
ENGINES = ("local", "dask")


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything that shapes one ``check`` run. The defaults are the documented ones."""

    formats: tuple[str, ...] = ("json", "md", "html")
    fail_on: str = "error"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    baseline: str | None = None
    rules: tuple[str, ...] = ()
    thresholds: tuple[tuple[str, Any], ...] = ()
    out: str = "reports/latest"
    lang: str | None = None
    strict: bool = False
    store: str | None = None
    whole_store: bool = (
        False  # with a store: check every stored article, not only the given and their neighbours
    )
    jobs: int | None = None  # None: the API extracts in this process; the CLI defaults to the cores
    engine: str = "local"
    scheduler: str | None = None
    source: str | None = None  # the config file these came from, for messages

    def keeps(self, code: str) -> bool:
        """True when ``code`` passes --select and --ignore (prefixes match, like ruff)."""
        if self.select and not any(code.startswith(s) for s in self.select):
            return False
        return not any(code.startswith(s) for s in self.ignore)

    def severity_of(self, code: str, default: str) -> str:
        return dict(self.severity).get(code, default)


DEFAULTS = Settings()


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``checker.toml``, or ``pyproject.toml`` with ``[tool.checker]``, upwards from ``start``."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        if (d / "checker.toml").is_file():
            return d / "checker.toml"
        py = d / "pyproject.toml"
        if py.is_file() and "[tool.checker" in py.read_text(encoding="utf-8", errors="replace"):
            return py
    return None


def load_config(path: Path) -> dict[str, Any]:
    """The checker table of a TOML file, with relative paths made absolute."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CheckerError("E008", f"cannot read the config file: {exc.strerror}", str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CheckerError("E008", f"config file is not valid TOML: {exc}", str(path)) from None
    table = data.get("tool", {}).get("checker")
    if table is None:
        table = {} if path.name == "pyproject.toml" else {k: v for k, v in data.items() if k != "tool"}
    base = path.resolve().parent
    for key in ("baseline", "out", "store"):
        if isinstance(table.get(key), str):
            table[key] = str(base / table[key])
    if isinstance(table.get("rules"), list):
        table["rules"] = [str(base / r) if isinstance(r, str) else r for r in table["rules"]]
    return table


def _fail(where: str, key: str, msg: str) -> CheckerError:
    return CheckerError("E008", f"{key}: {msg}", where, "see `checker check --help` for the allowed values")


def _str_list(where: str, key: str, value: Any, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, key, "expected a list of strings")
    for v in value:
        if allowed is not None and v not in allowed:
            raise _fail(where, key, f"{v!r} is not one of {', '.join(allowed)}")
    return tuple(dict.fromkeys(value))


def _codes(where: str, key: str, value: Any, known: frozenset[str]) -> tuple[str, ...]:
    codes = tuple(v.upper() for v in _str_list(where, key, value))
    for c in codes:
        if not any(k.startswith(c) for k in known):
            raise _fail(where, key, f"{c!r} matches no finding code (see `checker explain`)")
    return codes


def _choice(where: str, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _fail(where, key, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def settings_from(
    table: dict[str, Any], where: str, known: frozenset[str], base: Settings = DEFAULTS
) -> Settings:
    """``base`` with the keys of ``table`` (a config table or the command line's values) laid over it."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if value is None:
            continue
        k = key.replace("-", "_")
        if k == "format" or k == "formats":
            out["formats"] = _str_list(where, key, value, FORMATS)
        elif k == "fail_on":
            out["fail_on"] = _choice(where, key, value, FAIL_ON)
        elif k in ("select", "ignore"):
            out[k] = _codes(where, key, value, known)
        elif k == "severity":
            out["severity"] = _severity(where, value, known)
        elif k in ("baseline", "out", "store", "scheduler"):
            out[k] = str(value)
        elif k == "jobs":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise _fail(where, key, "expected a whole number of processes, 1 or more")
            out["jobs"] = value
        elif k == "engine":
            out["engine"] = _choice(where, key, value, ENGINES)
        elif k == "rules":
            out["rules"] = _str_list(where, key, value)
        elif k == "thresholds":
            if not isinstance(value, dict):
                raise _fail(where, key, "expected a table")
            out["thresholds"] = tuple(sorted(value.items()))
        elif k == "lang":
            out["lang"] = _choice(where, key, value, LANGS)
        elif k in ("strict", "whole_store"):
            if not isinstance(value, bool):
                raise _fail(where, key, "expected true or false")
            out[k] = value
        else:
            raise _fail(where, key, "unknown setting")
    return dataclasses.replace(base, **out)


def _severity(where: str, value: Any, known: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """A table ``{CODE = "error"}`` or a list of ``CODE=severity`` strings."""
    if isinstance(value, list):
        pairs = []
        for item in value:
            code, sep, sev = str(item).partition("=")
            if not sep:
                raise _fail(where, "severity", f"{item!r} is not CODE=SEVERITY")
            pairs.append((code.strip(), sev.strip()))
        value = dict(pairs)
    if not isinstance(value, dict):
        raise _fail(where, "severity", "expected a table of CODE = severity")
    out = {}
    for code, sev in value.items():
        code = code.upper()
        if code not in known:
            raise _fail(where, "severity", f"{code!r} is not a finding code (see `checker explain`)")
        out[code] = _choice(where, f"severity.{code}", sev, SEVERITIES)
    return tuple(sorted(out.items()))


def resolve(cli: dict[str, Any], config: str | None, known: frozenset[str]) -> Settings:
    """Defaults, then the config file (``config`` or the nearest one), then the command line."""
    path = Path(config) if config else find_config()
    base = DEFAULTS
    if path is not None:
        if config and not path.is_file():
            raise CheckerError("E008", "config file not found", str(path), "give an existing --config FILE")
        base = settings_from(load_config(path), str(path), known)
        base = dataclasses.replace(base, source=str(path))
    return settings_from(cli, "command line", known, base)


def in_ci() -> bool:
    """True when the ``CI`` variable says so (GitHub Actions, GitLab CI and Jenkins set it)."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
