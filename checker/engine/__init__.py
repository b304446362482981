"""Where extraction runs: in this process, on forked workers (``--jobs N``), or on Dask.

Every engine maps :func:`checker.pipeline.extract_isolated` over the articles and hands back the
extractions in the order of the articles, so that what follows (align, findings, report) sees the
same input whichever engine ran: the output is byte-identical to ``--jobs 1``.

Forked workers inherit the rules already loaded and compiled in the parent (one load, no pickling
of the rules); each worker receives articles in chunks and returns their extractions.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from checker.limits import Limits
from checker.model import Article, Extraction
from checker.rules import Rules

# Below this many articles per worker a pool costs more than it saves: run in this process.
_MIN_PER_WORKER = 8
_CHUNK = 16

# What forked workers read: set in the parent just before the fork, inherited by copy-on-write.
_SHARED: tuple[Rules, Limits] | None = None


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Engine:
    """Where extraction runs.

    Attributes:
        kind: ``local`` (this machine's processes) or ``dask`` (a dask.distributed cluster).
        jobs: local: worker processes (1: in this process); dask: workers of the LocalCluster.
        scheduler: dask: the address of a running scheduler (default: start a LocalCluster).
    """

    kind: str = "local"
    jobs: int = 1
    scheduler: str | None = None

    def extract(
        self,
        articles: Sequence[Article],
        rules: Rules,
        limits: Limits,
        progress: Callable[[Iterable[Extraction]], Iterable[Extraction]] | None = None,
    ) -> Iterator[Extraction]:
        """The extraction of each article, in the order of ``articles``."""
        if self.kind == "dask":
            from checker.engine.dask import extract_on_dask

            out: Iterable[Extraction] = extract_on_dask(articles, rules, limits, self.jobs, self.scheduler)
        else:
            out = extract_local(articles, rules, limits, self.jobs)
        yield from progress(out) if progress else out


def extract_local(
    articles: Sequence[Article], rules: Rules, limits: Limits, jobs: int
) -> Iterator[Extraction]:
    """On ``jobs`` forked processes that inherit the compiled rules; in order."""
    from checker.pipeline import extract_isolated

    jobs = max(1, min(jobs, len(articles) // _MIN_PER_WORKER or 1))
    if jobs == 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (extract_isolated(a, rules, limits) for a in articles)
        return
    global _SHARED
    _SHARED = (rules, limits)
    # The workers' garbage collector would walk every inherited object (the rules, the compiled
    # tables) and so copy their pages; frozen, they are left alone (gc.freeze, for forking servers).
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_extract_shared, articles, chunksize=_CHUNK)
    finally:
        _SHARED = None
        gc.unfreeze()


def _extract_shared(article: Article) -> Extraction:
    from checker.pipeline import extract_isolated

    assert _SHARED is not None, "a worker forked without the shared rules"
    rules, limits = _SHARED
    return extract_isolated(article, rules, limits)
