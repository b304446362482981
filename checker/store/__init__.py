"""The claim store: articles, their extractions, events and findings in one DuckDB file.

``checker check --store S PATH…`` adds the articles of ``PATH…`` that the store has not seen (the
identity is a hash of the article's content, metadata and the rules: a changed file is extracted
again and replaces its older version, by article id), then checks them with their stored
neighbours: the articles that share a blocking key with them (:mod:`checker.align.scope`), found
through the ``scope_keys`` index. The extractions of the neighbours are read back, not
recomputed; alignment and the findings run over the given articles and their neighbours only.

Crash safety: extractions are committed in batches, each batch in one transaction with its
article rows and keys, so a run killed midway leaves whole batches only; the next run skips what
is stored and extracts the rest. Nothing is counted twice: an article is stored under its key once.

The findings and events of a run replace the stored ones it re-found (``members`` says which
articles each cites); those among articles it did not check are kept.
"""

from __future__ import annotations

import base64
import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
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
# The most values a look-up lists as parameters (Store._among); 57 → 2,000 keys read back from a
# 100,000-article store: 0.03 → 0.37 s listed, 0.45 → 0.50 s joined; 10,000: 1.02 listed, 0.49 joined.
_LISTED = 1000
# The log a bulk fill lets grow before DuckDB folds it into the file (its default is 16 MiB): each
# fold rewrites the last row group of ``articles``, and a fill of 10,000 articles spent 12% of its
# parent's CPU folding at the default (48.1 s against 42.4 s; the same at 1 GB).
BULK_LOG = "256MB"


class Store:
    """One open store. Use as a context manager; every write is its own transaction."""

    def __init__(
        self,
        path: str | Path,
        rules_digest: str = "",
        read_only: bool = False,
        checkpoint: bool = True,
        bulk: bool = False,
    ):
        """``checkpoint=False`` leaves this connection's writes in the store's write-ahead log
        (``PATH.wal``) when it closes, instead of folding them into the file.

        Folding one new article in costs a check more than all its other work (0.4 CPU s against
        a 20,000-article store: DuckDB rewrites the row group it was appended to). The log is
        replayed by the next open, cheaply, and DuckDB folds it in itself once it passes its
        ``checkpoint_threshold`` (16 MiB, some thirty one-article runs). ``checker store add`` and
        ``store gc`` fold it in; a copy of the store is the file and its ``.wal`` together.
        ``bulk=True`` (``store add``) lets the log grow to ``BULK_LOG`` between folds."""
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
            fix = (
                f"restore {self.path.name} together with its {self.path.name}.wal (or move the .wal aside,"
                " losing the runs it holds)"
                if "WAL" in msg
                else "close the other checker using it"
            )
            raise CheckerError("E009", f"cannot open the store: {msg}", str(path), fix) from None
        if not read_only:
            schema.migrate(self.con, str(path))
            if not checkpoint:
                self.con.execute("PRAGMA disable_checkpoint_on_shutdown")
            if bulk:
                self.con.execute(f"SET checkpoint_threshold = '{BULK_LOG}'")
        self.run = 0

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

    def stored(self, keys: Iterable[str]) -> dict[str, str]:
        """Which of the article ``keys`` are stored: key → article id (an indexed look-up)."""
        with self._among("wanted", keys) as (among, args):
            return dict(
                self.con.execute(f"SELECT key, id FROM articles WHERE key IN {among}", args).fetchall()
            )

    def key_of(self, article: Article) -> str:
        return article_key(article, self.rules)

    def add(self, batch: list[Stored]) -> None:
        """Store one batch of extractions, in one transaction.

        An article stored under another key with the same id (a changed file) is replaced.
        """
        have = self.stored([b.key for b in batch])
        batch = [b for b in batch if b.key not in have]
        if not batch:
            return
        with self._among("ids", {b.extraction.article.id for b in batch}) as (among, args):
            old = [
                k
                for (k,) in self.con.execute(f"SELECT key FROM articles WHERE id IN {among}", args).fetchall()
            ]
        with _Staging() as st:
            for b in batch:
                _stage(st, b, self.rules, self.run)
            self.con.execute("BEGIN TRANSACTION")
            try:
                self._delete_articles(old)
                st.copy_into(self.con)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise

    def _delete_articles(self, keys: list[str]) -> None:
        if not keys:
            return
        self.con.execute("CREATE OR REPLACE TEMP TABLE gone (key VARCHAR)")
        self.con.executemany("INSERT INTO gone VALUES (?)", [[k] for k in keys])
        for table, col in (
            ("claims", "article"),
            ("mentions", "article"),
            ("frames", "article"),
            ("scope_keys", "article"),
            ("keyed", "article"),
            ("articles", "key"),
        ):
            self.con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT key FROM gone)")

    def unkeyed(self) -> list[tuple[str, Extraction]]:
        """Articles stored before the store kept blocking keys (schema version 2): key, extraction."""
        # (``keyed`` holds stored articles only, each once: as many rows as ``articles``, and every
        # article is keyed, without joining the two; then the keys first, since a scan that also
        # read every extraction would read the whole store)
        keyed = self.con.execute("SELECT count(*) FROM keyed").fetchone()[0]
        if keyed >= self.count():
            return []
        keys = [
            k
            for (k,) in self.con.execute(
                "SELECT key FROM articles ANTI JOIN keyed ON key = article"
            ).fetchall()
        ]
        if not keys:
            return []
        with self._among("unkeyed", keys) as (among, args):
            rows = self.con.execute(
                f"SELECT key, extraction FROM articles WHERE key IN {among} ORDER BY key", args
            ).fetchall()
        return [(k, load_extraction(base64.b64decode(ext))) for k, ext in rows]

    def set_keys(self, rows: list[tuple[str, list[str], date | None]]) -> None:
        """Blocking keys of stored articles (article key, its keys, its day); one transaction."""
        with _Staging() as st:
            for key, skeys, day in rows:
                _stage_keys(st, key, skeys, day)
            self.con.execute("BEGIN TRANSACTION")
            try:
                st.copy_into(self.con)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise

    def count(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM articles").fetchone()[0])

    def neighbours(self, keys: list[str], window_days: int, max_shared: int) -> set[str]:
        """The stored articles (keys) that share a blocking key with the articles ``keys`` within
        ``window_days`` of their day (any day when either has none), leaving out blocking keys that
        more than ``max_shared`` other articles hold there; the articles themselves included."""
        with self._among("given", keys) as (among, args):
            rows = self.con.execute(
                f"""
                WITH mine AS (
                    SELECT DISTINCT key, day FROM scope_keys WHERE article IN {among}),
                near AS (
                    SELECT m.key AS via, m.day AS on_day, s.article
                    FROM scope_keys s JOIN mine m ON s.key = m.key
                    WHERE m.day IS NULL OR s.day IS NULL
                       OR s.day BETWEEN m.day - CAST(? AS INTEGER) AND m.day + CAST(? AS INTEGER)),
                specific AS (
                    SELECT via, on_day FROM near GROUP BY via, on_day HAVING count(DISTINCT article) <= ?)
                SELECT DISTINCT n.article FROM near n JOIN specific o
                    ON n.via = o.via AND n.on_day IS NOT DISTINCT FROM o.on_day
                """,
                [*args, window_days, window_days, max_shared + 1],
            ).fetchall()
        return {a for (a,) in rows} | set(keys)

    def extractions(self, keys: Iterable[str] | None = None) -> Iterator[tuple[Extraction, list[Diagnostic]]]:
        """The stored extractions and load diagnostics, by article id: of ``keys``, or of all."""
        sql = "SELECT extraction, load_diagnostics FROM articles{} ORDER BY id, key"
        if keys is None:
            cur = self.con.execute(sql.format(""))
            rows: Iterable[tuple[str, str | None]] = (
                r for batch in iter(lambda: cur.fetchmany(2048), []) for r in batch
            )
        else:
            with self._among("wanted", keys) as (among, args):
                rows = self.con.execute(sql.format(f" WHERE key IN {among}"), args).fetchall()
        for ext, diags in rows:
            yield (
                load_extraction(base64.b64decode(ext)),
                load_diagnostics(base64.b64decode(diags) if diags else None),
            )

    @contextmanager
    def _among(self, name: str, values: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
        """The set of ``values`` for an ``IN`` look-up: SQL and its parameters.

        Up to ``_LISTED`` values are a list of parameters, which DuckDB filters the scan with; a
        semi-join against a temporary table (for more) reads every row's wanted columns once it
        passes some fifty values: 57 extractions read back from a 100,000-article store took
        0.45 s that way, 0.03 s listed. Past a few thousand values the join is the cheaper."""
        vals = sorted(set(values))
        if len(vals) <= _LISTED:
            yield "(" + ", ".join("?" * len(vals)) + ")" if vals else "(SELECT NULL WHERE false)", vals
            return
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (v VARCHAR)")
        self.con.execute(f"INSERT INTO {name} SELECT unnest(?)", [vals])
        try:
            yield f"(SELECT v FROM {name})", []
        finally:
            self.con.execute(f"DROP TABLE IF EXISTS {name}")

    # Results of a run ---------------------------------------------------------------------------

    def findings(self, within: set[str] | None = None) -> list[dict[str, Any]]:
        """The stored findings (as report.json has them), in fingerprint order. With ``within``
        (article ids), only those every cited article of which is in it (what a run over
        ``within`` re-finds)."""
        sql = "SELECT doc FROM findings"
        if within is not None:
            sql += f" WHERE fingerprint IN ({self._inside('finding', within)})"
        return [json.loads(doc) for (doc,) in self.con.execute(sql + " ORDER BY fingerprint").fetchall()]

    def _inside(self, kind: str, within: set[str]) -> str:
        """SQL selecting the ids of ``kind`` whose members are all in ``within`` (article ids); it
        reads the temporary table ``inside``, made here."""
        self.con.execute("CREATE OR REPLACE TEMP TABLE inside (v VARCHAR)")
        if within:
            self.con.execute("INSERT INTO inside SELECT unnest(?)", [sorted(within)])
        return (
            f"SELECT id FROM members WHERE kind = '{kind}' AND id IN "
            f"(SELECT id FROM members WHERE kind = '{kind}' AND article IN (SELECT v FROM inside)) "
            "GROUP BY id HAVING bool_and(article IN (SELECT v FROM inside))"
        )

    def record(
        self, report: dict[str, Any], extracted: int, reused: int, within: set[str] | None = None
    ) -> None:
        """The run's events and findings replace the stored ones it re-found: all of them, or with
        ``within`` (the article ids the run checked) those that cite only these articles; one
        transaction."""
        with self._among("found", [f["fingerprint"] for f in report["findings"]]) as (among, args):
            first = dict(
                self.con.execute(
                    f"SELECT fingerprint, first_run FROM findings WHERE fingerprint IN {among}", args
                ).fetchall()
            )
        with _Staging() as st:
            for e in report["events"]:
                st.row("events", [e["id"], e["type"], e["date"], e["place"], len(e["articles"]), jdoc(e)])
                for a in e["articles"]:
                    st.row("members", ["event", e["id"], a])
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
                for a in sorted({a for v in f["values"] for a in v.get("articles") or ()}):
                    st.row("members", ["finding", fp, a])
            self.con.execute("BEGIN TRANSACTION")
            try:
                self._forget(report, within)
                st.copy_into(self.con)
                self._finished(extracted, reused, len(report["articles"]), len(report["findings"]))
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise

    def _finished(self, extracted: int, reused: int, articles: int, findings: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished = ?, extracted = ?, reused = ?, articles = ?, findings = ? WHERE id = ?",
            [_now(), extracted, reused, articles, findings, self.run],
        )

    def finish_ingest(self, extracted: int, given: int) -> None:
        """Close a run that only added articles (``checker store add``): no findings were made."""
        self._finished(extracted, given - extracted, given, 0)

    def _forget(self, report: dict[str, Any], within: set[str] | None) -> None:
        """Delete the stored events and findings a run's report replaces (in its transaction)."""
        if within is None:
            for table in ("events", "findings", "members"):
                self.con.execute(f"DELETE FROM {table}")
            return
        for kind, table, col, ids in (
            ("event", "events", "id", [e["id"] for e in report["events"]]),
            ("finding", "findings", "fingerprint", [f["fingerprint"] for f in report["findings"]]),
        ):
            self.con.execute("CREATE OR REPLACE TEMP TABLE stale (v VARCHAR)")
            self.con.execute(f"INSERT INTO stale {self._inside(kind, within)}")
            if ids:
                self.con.execute("INSERT INTO stale SELECT unnest(?)", [ids])
            if kind == "finding" and report["findings"]:
                # A stored finding on the same question (code and key) that cites a checked article
                # is answered again by this run, which saw that article with its neighbours.
                asked = sorted({(f["code"], f["key"]) for f in report["findings"]})
                self.con.execute("CREATE OR REPLACE TEMP TABLE asked (code VARCHAR, key VARCHAR)")
                self.con.execute(
                    "INSERT INTO asked SELECT unnest(?), unnest(?)",
                    [[c for c, _ in asked], [k for _, k in asked]],
                )
                self.con.execute(
                    "INSERT INTO stale SELECT f.fingerprint FROM findings f JOIN asked q "
                    "ON f.code = q.code AND f.key = q.key WHERE f.fingerprint IN (SELECT id FROM members "
                    "WHERE kind = 'finding' AND article IN (SELECT v FROM inside))"
                )
            self.con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT v FROM stale)")
            self.con.execute(f"DELETE FROM members WHERE kind = '{kind}' AND id IN (SELECT v FROM stale)")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Stored:
    """What the store keeps of one article: its key, extraction, load diagnostics and blocking
    keys (checker.align.scope) with its day."""

    key: str
    extraction: Extraction
    diagnostics: list[Diagnostic]
    scope_keys: list[str]
    day: date | None


def _stage_keys(st: _Staging, key: str, skeys: list[str], day: date | None) -> None:
    st.row("keyed", [key])
    for k in skeys:
        st.row("scope_keys", [key, k, day.isoformat() if day else None])


def _stage(st: _Staging, b: Stored, rules: str, run: int) -> None:
    key, x, diags = b.key, b.extraction, b.diagnostics
    _stage_keys(st, key, b.scope_keys, b.day)
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
