"""Extraction as a map over articles on a dask.distributed cluster (``--engine dask``).

The rules are sent to the workers once (scattered, broadcast); each task extracts one chunk of
articles and returns the extractions, gathered back in the order of the articles. Alignment and
findings then run in this process, exactly as with the local engine, so the findings are the
same. A LocalCluster of ``jobs`` worker processes is started unless ``scheduler`` names a
running one. Needs the ``dask`` extra: ``pip install 'checker[dask]'``.

Workers run tasks on threads, where the per-article CPU budget (a signal timer) cannot be set:
on Dask an article is not stopped by --article-seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from checker.errors import CheckerError
from checker.limits import Limits
from checker.model import Article, Extraction
from checker.rules import Rules

_CHUNK = 32


def extract_on_dask(
    articles: Sequence[Article], rules: Rules, limits: Limits, jobs: int, scheduler: str | None
) -> Iterator[Extraction]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise CheckerError(
            "E008", "--engine dask needs dask.distributed", None, "pip install 'checker[dask]'"
        ) from None
    if not articles:
        return
    chunks = [list(articles[i : i + _CHUNK]) for i in range(0, len(articles), _CHUNK)]
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(
                n_workers=max(1, jobs),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,  # a local cluster is an implementation detail: no log lines
            )
            client = Client(cluster)
    except OSError as exc:
        raise CheckerError(
            "E008", f"cannot reach the dask scheduler: {exc}", scheduler, "give a running --scheduler ADDRESS"
        ) from None
    try:
        shared = client.scatter((rules, limits), broadcast=True)
        futures = client.map(_extract_chunk, chunks, shared=shared, pure=False)
        for fut in futures:  # in the order of the articles
            yield from fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _extract_chunk(chunk: list[Article], shared: tuple[Rules, Limits]) -> list[Extraction]:
    from checker.pipeline import extract_isolated

    rules, limits = shared
    return [extract_isolated(a, rules, limits) for a in chunk]
