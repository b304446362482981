"""``checker store stats|export|gc``: inspect and maintain a store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from checker.store import Store, schema

_DOC_TABLES = {"claims": "doc", "frames": "doc", "events": "doc", "findings": "doc"}
_ORDER = {"claims": "article, id", "frames": "article, id", "events": "id", "findings": "fingerprint"}


def stats(path: str) -> str:
    """One line per table with its row count, then the schema version and the last runs."""
    with Store(path, read_only=True) as st:
        lines = [f"store {path}: schema version {schema.version(st.con)} (this checker: {schema.VERSION})"]
        for table in schema.TABLES:
            n = st.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            lines.append(f"  {table:<10} {n}")
        runs = st.con.execute(
            "SELECT id, started, finished, extracted, reused, articles, findings FROM runs ORDER BY id DESC LIMIT 5"
        ).fetchall()
        for rid, started, finished, extracted, reused, articles, findings in runs:
            state = f"finished {finished}" if finished else "did not finish"
            lines.append(
                f"  run {rid}: started {started}, {state}; {extracted or 0} extracted, {reused or 0} reused, "
                f"{articles or 0} articles, {findings or 0} findings"
            )
        stale = st.con.execute("SELECT count(DISTINCT rules) FROM articles").fetchone()[0]
        if stale > 1:
            lines.append(f"  articles were extracted under {stale} versions of the rules")
    return "\n".join(lines) + "\n"


def export(path: str, table: str) -> Iterator[str]:
    """The rows of ``table`` as JSON lines, in a stable order."""
    with Store(path, read_only=True) as st:
        if table in _DOC_TABLES:
            cur = st.con.execute(f"SELECT doc FROM {table} ORDER BY {_ORDER[table]}")
            while rows := cur.fetchmany(4096):
                for (doc,) in rows:
                    yield doc + "\n"
            return
        cur = st.con.execute(
            "SELECT id, key, sha256, path, language, published, outlet, run FROM articles ORDER BY id, key"
        )
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(4096):
            for row in rows:
                yield (
                    json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, sort_keys=True) + "\n"
                )


def gc(path: str, missing: bool = False) -> str:
    """Drop rows no article owns (and, with ``missing``, articles whose file is gone); compact."""
    with Store(path) as st:
        dropped = 0
        if missing:
            rows = st.con.execute("SELECT key, path FROM articles").fetchall()
            gone = [k for k, p in rows if p and not p.startswith("<") and not os.path.exists(p)]
            st.con.execute("BEGIN TRANSACTION")
            st._delete_articles(gone)
            st.con.execute("COMMIT")
            dropped = len(gone)
        orphans = 0
        st.con.execute("BEGIN TRANSACTION")
        for table in ("claims", "mentions", "frames", "scope_keys", "keyed"):
            n = st.con.execute(
                f"DELETE FROM {table} WHERE article NOT IN (SELECT key FROM articles)"
            ).fetchone()
            orphans += n[0] if n else 0
        st.con.execute("COMMIT")
        st.con.execute("CHECKPOINT")
    return f"store {path}: {dropped} articles dropped, {orphans} orphan rows removed, compacted\n"
