"""Built lexicon tables kept on disk between runs.

A one-article check spends most of its time building the lexicon tables (alternation regexes of
every place, role and event word) and, above all, in ``re`` compiling them: about 5 CPU seconds
in a fresh process, against well under one to read and check the article. ``re`` cannot save a
compiled pattern, and pickling one saves only its source, which is compiled again on load.

So the tables are pickled with each pattern's *compiled code*: the list of opcodes that
``re``'s own compiler makes from the pattern (``re._compiler._code``), which ``_sre.compile``
turns back into the same Pattern without parsing or compiling anything. This leans on two
private parts of CPython's ``re``; the cache key holds the interpreter's version and ``_sre``'s
MAGIC (which changes whenever the opcodes do), and any failure (another interpreter, a damaged
file, an object that cannot be pickled) falls back to building the table as before. A loaded
pattern equals the one ``re.compile`` makes (tests/test_table_cache.py).

The key also holds the rules digest (every rules and schema file) and a hash of this package's
source, so a change to either builds the tables again. Files live next to the rules cache
(``CHECKER_CACHE_DIR``; empty turns both off).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import re
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from checker.rules import Rules, cache_dir, cache_file

try:  # CPython's regex engine and compiler; elsewhere nothing is cached
    import _sre
    from re import _compiler, _parser

    _ENGINE = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython
    _ENGINE = ""

_FORMAT = b"checker.tables/1"
# A file holding only this marks a table that cannot be pickled: it is built each run.
_UNCACHEABLE = b"-"


def compiled(pattern: str, flags: int) -> tuple:
    """What ``_sre.compile`` needs to make the Pattern ``re.compile(pattern, flags)`` makes."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]  # (opcodes are int subclasses that refuse pickling)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (pattern, flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _restore(parts: tuple) -> re.Pattern[str]:
    return _sre.compile(*parts)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern:
            return _restore, (compiled(obj.pattern, obj.flags),)
        return NotImplemented


def dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buf.getvalue()


@cache
def _source_digest() -> str:
    """A hash of every module of this package: a changed builder builds its tables again."""
    h = hashlib.sha256(_FORMAT + _ENGINE.encode())
    root = Path(__file__).resolve().parent  # the checker package
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


# Tables no run has read for this long (other versions of checker or of the rules) are removed.
STALE_DAYS = 30


def _touch(name: str) -> None:
    """Mark a table file as read (its modification time), so pruning keeps what is in use."""
    d = cache_dir()
    if d is not None:
        with contextlib.suppress(OSError):
            os.utime(d / name)


# The directories this process has pruned: once each is enough (a run that builds many tables,
# after an upgrade, read a large cache directory once per table: 1.6 s of a 1,000-article check).
_PRUNED: set[Path] = set()


def _prune() -> None:
    """Remove the table files no run has read for ``STALE_DAYS`` (when a table is built, once per
    process and directory)."""
    d = cache_dir()
    if d is None or d in _PRUNED:
        return
    _PRUNED.add(d)
    old = time.time() - STALE_DAYS * 86400
    for path in (*d.glob("tables-*.pickle"), *d.glob("memo-*.pickle")):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < old:
                path.unlink()


def _key(rules: Rules, lang: str, name: str) -> str | None:
    """The file key of a table or memo of these rules and this package's source (None: no cache)."""
    digest = getattr(rules, "digest", "")
    if not _ENGINE or not digest:
        return None
    return hashlib.sha256(f"{digest}\0{_source_digest()}\0{lang}\0{name}".encode()).hexdigest()[:40]


def load_or_build(rules: Rules, lang: str, name: str, build: Callable[[], Any]) -> Any:
    """The table ``name`` of ``lang``: from the cache, or built (and cached for the next run)."""
    key = _key(rules, lang, name)
    if key is None:
        return build()
    built: list[Any] = []

    def make() -> bytes:
        built.append(build())
        _prune()
        try:
            return dumps(built[0])
        except Exception:  # an unpicklable table (a closure): build it each run
            return _UNCACHEABLE

    name = f"tables-{key}.pickle"
    data = cache_file(name, make)
    if built:
        return built[0]
    _touch(name)
    if data == _UNCACHEABLE:
        return build()
    try:
        return pickle.loads(data)
    except Exception:  # a damaged file only costs a build
        return build()


# A memo stops growing on disk at this many entries (it then only serves what it holds).
MEMO_MAX = 200_000


class Memo(dict[str, Any]):
    """Answers of a pure function of the rules (``name``), kept between runs as tables are.

    ``Memo.load(rules, name)`` holds what earlier runs computed; ``save()`` writes it back when
    this run added to it (atomically; two runs racing lose only entries, never the file)."""

    def __init__(self, key: str | None, data: dict[str, Any]):
        super().__init__(data)
        self._key = key
        self._loaded = len(data)

    @classmethod
    def load(cls, rules: Rules, name: str) -> Memo:
        key = _key(rules, "", name)
        d = cache_dir()
        data: dict[str, Any] = {}
        if key is not None and d is not None:
            with contextlib.suppress(Exception):  # missing or damaged: start empty
                loaded = pickle.loads((d / f"memo-{key}.pickle").read_bytes())
                if isinstance(loaded, dict):
                    data = loaded
                    _touch(f"memo-{key}.pickle")
        return cls(key, data)

    def save(self) -> None:
        d = cache_dir()
        if self._key is None or d is None or len(self) == self._loaded or self._loaded >= MEMO_MAX:
            return
        with contextlib.suppress(OSError):
            d.mkdir(parents=True, exist_ok=True)
            tmp = d / f".memo-{self._key}.{os.getpid()}.tmp"
            tmp.write_bytes(pickle.dumps(dict(self), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, d / f"memo-{self._key}.pickle")
