"""The claim store: articles, their extractions, events and findings in one DuckDB file.

``checker check --store S PATH…`` adds the articles of ``PATH…`` that the store has not seen (the
identity is a hash of the article's content, metadata and the rules: a changed file is extracted
again and replaces its older version, by article id) and checks the whole stored corpus. The
extractions of the other articles are read back, not recomputed.

Crash safety: extractions are committed in batches, each batch in one transaction with its
article rows, so a run killed midway leaves whole batches only; the next run skips what is
stored and extracts the rest. Nothing is counted twice: an article is stored under its key once.

What is recomputed each run: loading the files given on the command line, then alignment
(entities, article times, event linking, frame keys) and the findings over the whole stored
corpus, which keeps the findings identical to a run without a store.
"""

from __future__ import annotations

import base64
import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from checker.errors import CheckerError
from checker.model import Article, Diagnostic, Extraction
from checker.store import schema
from checker.store.serial import (
    article_key,
    dump_diagnostics,
    dump_extraction,
    jdoc,
    load_diagnostics,
    load_extraction,
    text_sha256,
)

BATCH = 256


class Store:
    """One open store. Use as a context manager; every write is its own transaction."""

    def __init__(self, path: str | Path, rules_digest: str = "", read_only: bool = False):
        try:
            import duckdb
        except ImportError:  # pragma: no cover - duckdb is a declared dependency
            raise CheckerError("E009", "duckdb is not installed", str(path), "pip install duckdb") from None
        self.path = Path(path)
        self.rules = rules_digest
        if read_only and not self.path.exists():
            raise CheckerError("E009", "store not found", str(path), "give an existing --store PATH")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # One thread: no DuckDB worker threads alive when --jobs forks the extraction workers.
            self.con = duckdb.connect(str(self.path), read_only=read_only, config={"threads": 1})
        except (duckdb.Error, OSError) as exc:
            msg = str(exc).splitlines()[0]
            raise CheckerError(
                "E009", f"cannot open the store: {msg}", str(path), "close the other checker using it"
            ) from None
        if not read_only:
            schema.migrate(self.con, str(path))
        self.run = 0
        self._keys: dict[str, str] | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # Runs and articles -------------------------------------------------------------------------

    def begin_run(self) -> int:
        row = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()
        self.run = int(row[0])
        self.con.execute(
            "INSERT INTO runs (id, started, rules) VALUES (?, ?, ?)", [self.run, _now(), self.rules]
        )
        return self.run

    def stored(self) -> dict[str, str]:
        """Stored article key → article id."""
        if self._keys is None:
            self._keys = dict(self.con.execute("SELECT key, id FROM articles").fetchall())
        return self._keys

    def key_of(self, article: Article) -> str:
        return article_key(article, self.rules)

    def add(self, batch: list[tuple[str, Extraction, list[Diagnostic]]]) -> None:
        """Store one batch of extractions (key, extraction, load diagnostics), in one transaction.

        An article stored under another key with the same id (a changed file) is replaced.
        """
        keys = self.stored()
        batch = [b for b in batch if b[0] not in keys]
        if not batch:
            return
        ids = {x.article.id for _, x, _ in batch}
        old = [k for k, aid in keys.items() if aid in ids]
        with _Staging() as st:
            for key, x, diags in batch:
                _stage(st, key, x, diags, self.rules, self.run)
            self.con.execute("BEGIN TRANSACTION")
            try:
                self._delete_articles(old)
                st.copy_into(self.con)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        for k in old:
            keys.pop(k, None)
        keys.update((key, x.article.id) for key, x, _ in batch)

    def _delete_articles(self, keys: list[str]) -> None:
        if not keys:
            return
        self.con.execute("CREATE OR REPLACE TEMP TABLE gone (key VARCHAR)")
        self.con.executemany("INSERT INTO gone VALUES (?)", [[k] for k in keys])
        for table, col in (
            ("claims", "article"),
            ("mentions", "article"),
            ("frames", "article"),
            ("articles", "key"),
        ):
            self.con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT key FROM gone)")

    def extractions(self) -> Iterator[tuple[Extraction, list[Diagnostic]]]:
        """Every stored article's extraction and load diagnostics, by article id."""
        cur = self.con.execute("SELECT extraction, load_diagnostics FROM articles ORDER BY id, key")
        while rows := cur.fetchmany(2048):
            for ext, diags in rows:
                yield (
                    load_extraction(base64.b64decode(ext)),
                    load_diagnostics(base64.b64decode(diags) if diags else None),
                )

    # Results of a run ---------------------------------------------------------------------------

    def findings(self) -> dict[str, dict[str, Any]]:
        """The findings of the last completed run, as a baseline: fingerprint → entry."""
        rows = self.con.execute("SELECT fingerprint, code, message FROM findings").fetchall()
        return {fp: {"fingerprint": fp, "code": code, "message": msg} for fp, code, msg in rows}

    def record(self, report: dict[str, Any], extracted: int, reused: int) -> None:
        """The run's events and findings replace the previous ones; one transaction."""
        first = dict(self.con.execute("SELECT fingerprint, first_run FROM findings").fetchall())
        with _Staging() as st:
            for e in report["events"]:
                st.row("events", [e["id"], e["type"], e["date"], e["place"], len(e["articles"]), jdoc(e)])
            for f in report["findings"]:
                fp = f["fingerprint"]
                row = [
                    fp,
                    f["code"],
                    f["severity"],
                    f["key"],
                    f["message"],
                    first.get(fp, self.run),
                    self.run,
                    jdoc(f),
                ]
                st.row("findings", row)
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute("DELETE FROM events")
                self.con.execute("DELETE FROM findings")
                st.copy_into(self.con)
                self.con.execute(
                    "UPDATE runs SET finished = ?, extracted = ?, reused = ?, articles = ?, findings = ? WHERE id = ?",
                    [_now(), extracted, reused, len(report["articles"]), len(report["findings"]), self.run],
                )
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _stage(st: _Staging, key: str, x: Extraction, diags: list[Diagnostic], rules: str, run: int) -> None:
    a = x.article
    blob = base64.b64encode(dump_extraction(x)).decode("ascii")
    ld = base64.b64encode(dump_diagnostics(diags)).decode("ascii") if diags else None
    st.row(
        "articles",
        [key, a.id, text_sha256(a), a.path, a.language, a.published, a.outlet, rules, run, blob, ld],
    )
    for c in x.claims:
        st.row("claims", [key, c.id, c.type, c.key, jdoc(c.as_dict())])
    for m in x.mentions:
        st.row("mentions", [key, m.id, m.type, m.earliest, m.latest, m.main])
    for f in x.frames:
        st.row("frames", [key, f.id, f.predicate, f.subject.get("kind"), jdoc(f.as_dict())])


class _Staging:
    """Rows written to CSV files, then loaded with COPY (DuckDB's fast path; row inserts are slow)."""

    def __init__(self) -> None:
        self.dir = tempfile.TemporaryDirectory(prefix="checker-store-")
        self.files: dict[str, Any] = {}
        self.writers: dict[str, Any] = {}

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        for f in self.files.values():
            f.close()
        self.dir.cleanup()

    def row(self, table: str, values: list[Any]) -> None:
        w = self.writers.get(table)
        if w is None:
            f = open(os.path.join(self.dir.name, f"{table}.csv"), "w", encoding="utf-8", newline="")  # noqa: SIM115
            self.files[table] = f
            w = self.writers[table] = csv.writer(f)
        w.writerow(["\\N" if v is None else v for v in values])

    def copy_into(self, con: Any) -> None:
        for table, f in self.files.items():
            f.flush()
            con.execute(
                f"COPY {table} FROM '{f.name}' (FORMAT csv, HEADER false, NULLSTR '\\N', QUOTE '\"', ESCAPE '\"')"
            )


def batched(items: Iterable[Any], n: int | None = None) -> Iterator[list[Any]]:
    n = n or BATCH
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
