"""The store's tables, and the migrations that bring an older store up to date.

``meta.schema_version`` says which migrations a store has had. Each migration runs in the
transaction that records its version, so a store is never left half-migrated.
"""

from __future__ import annotations

from typing import Any

from checker.errors import CheckerError

# Version 1: articles with their extraction, claims, mentions, frames, events, findings, runs.
_V1 = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started VARCHAR, finished VARCHAR, rules VARCHAR,
    extracted INTEGER, reused INTEGER, articles INTEGER, findings INTEGER);
CREATE TABLE IF NOT EXISTS articles (
    key VARCHAR PRIMARY KEY, id VARCHAR, sha256 VARCHAR, path VARCHAR, language VARCHAR,
    published VARCHAR, outlet VARCHAR, rules VARCHAR, run INTEGER,
    extraction VARCHAR, load_diagnostics VARCHAR);
CREATE TABLE IF NOT EXISTS claims (
    article VARCHAR, id VARCHAR, type VARCHAR, key VARCHAR, doc VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    article VARCHAR, id VARCHAR, type VARCHAR, earliest VARCHAR, latest VARCHAR, main BOOLEAN);
CREATE TABLE IF NOT EXISTS frames (
    article VARCHAR, id VARCHAR, predicate VARCHAR, subject_kind VARCHAR, doc VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR, type VARCHAR, date VARCHAR, place VARCHAR, articles INTEGER, doc VARCHAR);
CREATE TABLE IF NOT EXISTS findings (
    fingerprint VARCHAR PRIMARY KEY, code VARCHAR, severity VARCHAR, key VARCHAR, message VARCHAR,
    first_run INTEGER, last_run INTEGER, doc VARCHAR);
"""

# Version 2: indexes for look-ups by article and by key.
_V2 = """
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article);
CREATE INDEX IF NOT EXISTS frames_article ON frames (article);
CREATE INDEX IF NOT EXISTS frames_predicate ON frames (predicate);
"""

# Version 3: what an incremental check looks up. ``scope_keys`` holds each article's blocking keys
# (checker.align.scope) and its day; ``members`` the articles each stored finding and event cites,
# so a run replaces only the findings and events of the articles it checked. A store of version 2
# has its articles' keys filled in by the next check (``Store.unkeyed``).
_V3 = """
CREATE TABLE IF NOT EXISTS scope_keys (article VARCHAR, key VARCHAR, day DATE);
CREATE INDEX IF NOT EXISTS scope_keys_key ON scope_keys (key);
CREATE INDEX IF NOT EXISTS scope_keys_article ON scope_keys (article);
CREATE TABLE IF NOT EXISTS keyed (article VARCHAR PRIMARY KEY);
CREATE TABLE IF NOT EXISTS members (kind VARCHAR, id VARCHAR, article VARCHAR);
CREATE INDEX IF NOT EXISTS members_article ON members (article);
CREATE INDEX IF NOT EXISTS members_id ON members (id);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
VERSION = len(MIGRATIONS)
TABLES = ("articles", "claims", "mentions", "frames", "scope_keys", "events", "findings", "members", "runs")


def version(con: Any) -> int:
    # (duckdb_tables() rather than information_schema.tables, a view that costs a one-article
    # check 9 ms to plan against 0.7)
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'meta'").fetchone()[0]
    if not exists:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: Any, where: str) -> int:
    """Apply the missing migrations; the version the store is now at."""
    have = version(con)
    if have > VERSION:
        raise CheckerError(
            "E009",
            f"store schema version {have} is newer than this checker's ({VERSION})",
            where,
            "upgrade checker, or give another --store",
        )
    for n in range(have, VERSION):
        con.execute("BEGIN TRANSACTION")
        for stmt in filter(str.strip, MIGRATIONS[n].split(";")):
            con.execute(stmt)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(n + 1)])
        con.execute("COMMIT")
    return VERSION
