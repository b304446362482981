"""The documented limits of one run, and the per-article time budget.

=====================  ==========================================  =============================
limit                  default                                     beyond it
=====================  ==========================================  =============================
file size              64 MiB (``--max-file-mb``)                  W116, the file is not read
nesting of JSON/YAML   32 levels (an article is one flat object)   W117, the document is skipped
article time budget    60 s + 20 s per MB of text, CPU time        W118, the article keeps no
                       (``--article-seconds`` sets the base)       claims
=====================  ==========================================  =============================

The budget is a safety net, not a schedule: every extractor is linear in the size of its
article, so with the default budget no real article comes near it, and output does not depend on
the machine's speed. It counts CPU time of the process (``ITIMER_PROF``), so a loaded machine
does not stop an article early. It is enforced only where ``SIGPROF`` exists and only in the main
thread (elsewhere an article simply runs to its end).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one run accepts.

    Attributes:
        max_file_bytes: a larger input file is not read (W116).
        max_depth: deeper nesting in a JSON value or YAML front matter is refused (W117).
        article_seconds: CPU seconds every article may take to extract, plus ``seconds_per_mb``
            for each megabyte of its text; ``0`` turns the budget off.
    """

    max_file_bytes: int = 64 * MIB
    max_depth: int = 32
    article_seconds: float = 60.0
    seconds_per_mb: float = 20.0

    def budget(self, text_chars: int) -> float:
        """CPU seconds allowed for an article of ``text_chars`` characters (0: no budget)."""
        if self.article_seconds <= 0:
            return 0.0
        return self.article_seconds + self.seconds_per_mb * text_chars / 1_000_000


DEFAULT = Limits()


class BudgetExceeded(Exception):
    """Raised inside an article's extraction when its CPU budget runs out."""


def _on_timer(signum: int, frame: object) -> None:
    del signum, frame
    raise BudgetExceeded


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the block once it has used ``seconds`` of CPU time."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and hasattr(signal, "SIGPROF")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    old = signal.signal(signal.SIGPROF, _on_timer)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def depth_exceeds(value: object, limit: int) -> bool:
    """Whether ``value`` (decoded JSON or YAML) nests more than ``limit`` levels (no recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    seen: set[int] = set()
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list | tuple):
            if depth > limit:
                return True
            if id(item) in seen:  # a YAML alias met again: its depth is already counted
                continue
            seen.add(id(item))
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False
