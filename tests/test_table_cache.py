"""Built lexicon tables are kept on disk with their compiled regex code (checker.table_cache):
a pattern read back equals the one ``re`` compiles, and a warm start extracts what a cold one does."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from checker import table_cache
from checker.corpus import load_corpus
from checker.pipeline import extract_article
from checker.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent

_PATTERNS = [
    (r"(?<![\w])(?:تهران|دمشق|مسکو)(?P<tail>\s*ها)?", 0),
    (r"\b(?:Sept?\.|Dec\.)\s+(\d{1,2})\b", re.IGNORECASE),
    (r"([A-Z][a-z]+)\s+\1", 0),
    (r"[^\W\d_]{2,}|[۰-۹]+", re.MULTILINE),
    (r"(?:[وب](?=\w\w)|)(?:سوريا|روسيا)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_a_pattern_read_back_is_the_one_re_compiles(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    back = pickle.loads(table_cache.dumps(rx))
    assert back == rx and back.groupindex == rx.groupindex and back.groups == rx.groups
    text = "Sept. 12 و تهرانها dec. 3 Abbas Abbas وسوريا ۱۲۳ Moscow"
    assert [m.span() for m in back.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_a_warm_start_extracts_what_a_cold_one_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    files = [*sorted((ROOT / "seeds").glob("*.txt"))[:2], ROOT / "benchmarks/stories/derna_flood/en_wire.md"]
    runs, kept = [], []
    for _ in range(2):
        load_rules.cache_clear()  # a new Rules object: nothing built in this process is reused
        rules = load_rules()
        kept.append(rules)
        articles, _ = load_corpus(files, rules=rules)
        runs.append([extract_article(a, rules) for a in articles])
    assert runs[0] == runs[1]
    tables = sorted((tmp_path / "cache").glob("tables-*.pickle"))
    assert len(tables) >= 20
    assert all(p.read_bytes() != table_cache._UNCACHEABLE for p in tables)


def test_the_cache_builds_once_and_survives_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    rules = load_rules()
    calls = []

    def build() -> dict:
        calls.append(1)
        return {"rx": re.compile(r"(?P<n>\d+)\s*km")}

    first = table_cache.load_or_build(rules, "en", "test-table", build)
    again = table_cache.load_or_build(rules, "en", "test-table", build)
    assert again == first and len(calls) == 1
    for p in tmp_path.glob("tables-*.pickle"):
        p.write_bytes(b"\x80\x05garbage")
    assert table_cache.load_or_build(rules, "en", "test-table", build) == first and len(calls) == 2
    monkeypatch.setenv("CHECKER_CACHE_DIR", "")  # no cache directory: built every time
    table_cache.load_or_build(rules, "en", "test-table", build)
    assert len(calls) == 3


def test_tables_no_run_has_read_for_a_month_are_pruned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    rules = load_rules()
    table_cache.load_or_build(rules, "en", "kept", lambda: {"a": 1})
    (kept,) = tmp_path.glob("tables-*.pickle")
    stale = tmp_path / "tables-0000.pickle"
    stale.write_bytes(b"old")
    for p in (kept, stale):
        os.utime(p, (0, 0))  # last read in 1970: stale on any clock
    table_cache.load_or_build(rules, "en", "kept", lambda: {"a": 1})  # read: marked as in use
    monkeypatch.setattr(table_cache, "_PRUNED", set())  # (a later run)
    table_cache.load_or_build(rules, "en", "new", lambda: {"b": 2})  # built: prunes
    assert kept.exists() and not stale.exists()
    stale.write_bytes(b"old")
    os.utime(stale, (0, 0))
    table_cache.load_or_build(rules, "en", "newer", lambda: {"c": 3})  # built: this run has pruned
    assert stale.exists()


def test_a_memo_keeps_answers_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    rules = load_rules()
    memo = table_cache.Memo.load(rules, "test-memo")
    assert memo == {}
    memo["Ali Abbas"] = "ali_abbas"
    memo["Nobody Known"] = None
    memo.save()
    (path,) = tmp_path.glob("memo-*.pickle")
    again = table_cache.Memo.load(rules, "test-memo")
    assert again == {"Ali Abbas": "ali_abbas", "Nobody Known": None}
    os.utime(path, (0, 0))
    again.save()  # nothing added: not written again
    assert path.stat().st_mtime == 0
    assert table_cache.Memo.load(rules, "other-memo") == {}  # one memo per name
    path.write_bytes(b"\x80\x05garbage")
    assert table_cache.Memo.load(rules, "test-memo") == {}  # a damaged memo is an empty one
    monkeypatch.setenv("CHECKER_CACHE_DIR", "")
    off = table_cache.Memo.load(rules, "test-memo")
    off["x"] = 1
    off.save()
    assert off == {"x": 1} and len(list(tmp_path.glob("memo-*.pickle"))) == 1


def test_a_warm_check_reports_what_a_cold_one_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names bound to the people lexicon are remembered between runs (the memo): the second run
    binds them from it, and its report is the first's."""
    import json

    from checker.pipeline import check

    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    reports = []
    for _ in range(2):
        load_rules.cache_clear()
        reports.append(json.dumps(check([ROOT / "benchmarks/stories/niger_coup"]).report, sort_keys=True))
    assert reports[0] == reports[1]
    (memo,) = (tmp_path / "cache").glob("memo-*.pickle")
    assert len(pickle.loads(memo.read_bytes())) >= 5
