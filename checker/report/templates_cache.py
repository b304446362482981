"""Jinja's compiled templates, kept in the cache directory so a run does not compile them again."""

from __future__ import annotations

from typing import Any

from checker.rules import cache_dir


def template_cache() -> Any:
    """A jinja2 ``FileSystemBytecodeCache`` under the cache directory, or None without one."""
    from jinja2 import FileSystemBytecodeCache

    d = cache_dir()
    if d is None:
        return None
    try:
        (d / "templates").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only home still runs, just without the cache
    return FileSystemBytecodeCache(str(d / "templates"))
