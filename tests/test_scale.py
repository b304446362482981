"""Scale: the store, --jobs and the dask engine give the same findings as a plain run.

The corpus is every article of seeds/, tests/fixtures/unseen/ and benchmarks/stories/ (45
articles: enough that --jobs 2 really forks). Findings are compared by fingerprint, reports by
their JSON.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checker.cli import main
from checker.config import DEFAULTS
from checker.engine import Engine
from checker.errors import CheckerError
from checker.pipeline import check
from checker.store import Store, schema

ROOT = Path(__file__).resolve().parent.parent


def _corpus(dest: Path) -> Path:
    dest.mkdir()
    files = [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted((ROOT / "tests" / "fixtures" / "unseen").rglob("*.txt")),
        *sorted(p for p in (ROOT / "benchmarks" / "stories").glob("*/*") if p.suffix in (".txt", ".md")),
    ]
    for f in files:
        shutil.copy(f, dest / f"{f.parent.name}__{f.name}")
    return dest


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="module")
def plain(corpus: Path) -> dict:
    return check([corpus]).report


def _prints(report: dict) -> list[str]:
    return sorted(f["fingerprint"] for f in report["findings"])


def _settings(**kw) -> object:
    return dataclasses.replace(DEFAULTS, **kw)


def test_corpus_has_findings(plain: dict) -> None:
    assert len(plain["articles"]) >= 40 and len(plain["findings"]) >= 10


def test_jobs_output_is_byte_identical(corpus: Path, plain: dict) -> None:
    two = check([corpus], engine=Engine("local", 2)).report
    assert json.dumps(two, sort_keys=True) == json.dumps(plain, sort_keys=True)


def test_store_gives_the_same_findings(corpus: Path, plain: dict, tmp_path: Path) -> None:
    s = _settings(store=str(tmp_path / "s.duckdb"))
    first = check([corpus], settings=s)
    again = check([corpus], settings=s)
    assert first.extracted == len(plain["articles"]) and again.extracted == 0
    assert _prints(first.report) == _prints(again.report) == _prints(plain)
    assert {f["baseline_state"] for f in first.report["findings"]} == {"new"}
    assert {f["baseline_state"] for f in again.report["findings"]} == {"unchanged"}
    # Everything but the baseline marks is the report of a run without a store.
    for r in (first.report, again.report):
        r = {k: v for k, v in r.items() if k != "baseline"}
        assert r["summary"].pop("scope") == dict.fromkeys(
            ("given", "checked", "stored"), len(plain["articles"])
        )
        for f in r["findings"]:
            f.pop("baseline_state")
        assert json.dumps(r, sort_keys=True) == json.dumps(plain, sort_keys=True)


def _one_apart(corpus: Path, name: str, tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    """``corpus`` without the article ``name`` (directory ``old``), that article alone (``new``),
    and the files of its story."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    for f in sorted(corpus.iterdir()):
        shutil.copy(f, (new if f.name == name else old) / f.name)
    story = name.split("__")[0]
    return old, new, sorted(corpus.glob(f"{story}__*"))


def _cites(report: dict, aid: str) -> set[str]:
    return {
        f["fingerprint"]
        for f in report["findings"]
        if any(aid in (v.get("articles") or ()) for v in f["values"])
    }


# The undated Assad-era seed against the 2025 reports, and a flood told in three languages.
@pytest.mark.parametrize("name", ["seeds__003_23d814b1d62127e7.txt", "derna_flood__en_wire.md"])
def test_a_new_article_is_checked_with_its_neighbours_only(
    corpus: Path, plain: dict, tmp_path: Path, name: str
) -> None:
    old, new, story = _one_apart(corpus, name, tmp_path)
    s = _settings(store=str(tmp_path / "s.duckdb"))
    check([old], settings=s)
    result = check([new], settings=s)
    assert result.extracted == 1
    scope = result.report["summary"]["scope"]
    assert scope["given"] == 1 and scope["stored"] == len(plain["articles"])
    assert scope["checked"] < scope["stored"] / 4  # not the whole store
    checked = {a["id"] for a in result.report["articles"]}
    assert {f.stem for f in story} <= checked  # every other report of its story
    # Whatever its story alone shows about it, the check against the store shows too.
    alone = tmp_path / "alone"
    alone.mkdir()
    for f in story:
        shutil.copy(f, alone / f.name)
    aid = Path(name).stem
    assert _cites(check([alone]).report, aid) <= _cites(result.report, aid)
    states = {f["baseline_state"] for f in result.report["findings"]}
    assert "new" in states and "unchanged" in states
    # --whole-store checks every stored article: the findings of a run without a store.
    whole = check([new], settings=_settings(store=s.store, whole_store=True))
    assert whole.extracted == 0 and _prints(whole.report) == _prints(plain)


def test_look_ups_listed_or_joined_find_the_same(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store looks a few keys up as a list of parameters and many through a temporary table
    (Store._among): both ways give one check the same neighbours, findings and stored rows."""
    import checker.store as store_module

    old, new, _ = _one_apart(corpus, "derna_flood__en_wire.md", tmp_path)
    got = []
    for listed in (store_module._LISTED, 0):
        monkeypatch.setattr(store_module, "_LISTED", listed)
        s = _settings(store=str(tmp_path / f"s{listed}.duckdb"))
        check([old], settings=s)
        result = check([new], settings=s)
        with Store(s.store, read_only=True) as st:
            rows = st.con.execute("SELECT count(*) FROM members").fetchone()[0]
        got.append((result.report["summary"]["scope"], _prints(result.report), rows))
    assert got[0][0]["checked"] < got[0][0]["stored"]
    assert got[0] == got[1]


def test_a_check_replaces_only_the_findings_of_what_it_checked(corpus: Path, tmp_path: Path) -> None:
    old, new, _ = _one_apart(corpus, "derna_flood__en_wire.md", tmp_path)
    s = _settings(store=str(tmp_path / "s.duckdb"))
    first = check([old], settings=s)
    check([new], settings=s)
    with Store(s.store, read_only=True) as st:
        kept = {fp for (fp,) in st.con.execute("SELECT fingerprint FROM findings").fetchall()}
        members = st.con.execute("SELECT count(DISTINCT id) FROM members WHERE kind = 'finding'").fetchone()[
            0
        ]
    far = {
        f["fingerprint"]
        for f in first.report["findings"]
        if all(
            a.startswith(("wga_strike_end__", "grenfell_tower_fire__"))
            for v in f["values"]
            for a in v["articles"]
        )
    }
    assert far and far <= kept  # findings of stories the new article shares nothing with stay
    assert members == len(kept)


def test_a_changed_file_is_extracted_again_and_replaces_the_old(corpus: Path, tmp_path: Path) -> None:
    work = shutil.copytree(corpus, tmp_path / "c")
    s = _settings(store=str(tmp_path / "s.duckdb"))
    before = check([work], settings=s)
    f = sorted(work.glob("seeds__*.txt"))[0]
    f.write_text(f.read_text(encoding="utf-8").replace("۱۳", "۱۴", 1) + "\n", encoding="utf-8")
    after = check([work], settings=s)
    assert after.extracted == 1
    assert after.report["summary"]["articles"] == before.report["summary"]["articles"]
    assert _prints(after.report) == _prints(check([work]).report)
    with Store(s.store, read_only=True) as st:
        n = st.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        assert n[0] == n[1] == before.report["summary"]["articles"]


_KILLER = """
import os, signal, sys
sys.path.insert(0, {root!r})
import checker.store as store
store.BATCH = 4
calls = 0
real = store.Store.add
def add(self, batch):
    global calls
    real(self, batch)
    calls += 1
    if calls == 3:
        os.kill(os.getpid(), signal.SIGKILL)
store.Store.add = add
from checker.cli import main
sys.exit(main(["check", {corpus!r}, "--store", {store!r}, "--out", {out!r}, "-j", "1", "-q"]))
"""


def test_a_killed_run_leaves_a_store_the_next_run_completes(
    corpus: Path, plain: dict, tmp_path: Path
) -> None:
    db = tmp_path / "s.duckdb"
    code = _KILLER.format(root=str(ROOT), corpus=str(corpus), store=str(db), out=str(tmp_path / "o"))
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, timeout=300)
    assert proc.returncode == -9, proc.stderr.decode()
    with Store(db, read_only=True) as st:
        kept = st.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        unfinished = st.con.execute("SELECT count(*) FROM runs WHERE finished IS NULL").fetchone()[0]
    assert kept == 12 and unfinished == 1  # three whole batches of four, nothing of the fourth
    result = check([corpus], settings=_settings(store=str(db)))
    assert result.extracted == len(plain["articles"]) - kept
    assert _prints(result.report) == _prints(plain)
    with Store(db, read_only=True) as st:
        claims = st.con.execute("SELECT count(*), count(DISTINCT article || id) FROM claims").fetchone()
        arts = st.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    assert claims[0] == claims[1] == plain["summary"]["claims"]
    assert arts[0] == arts[1] == len(plain["articles"])


def test_migrations_bring_an_older_store_up_to_date(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    for stmt in filter(str.strip, schema.MIGRATIONS[0].split(";")):
        con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()
    with Store(db) as st:
        assert schema.version(st.con) == schema.VERSION
    with Store(db) as st:
        st.con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(CheckerError, match="E009"):
        Store(db)


def test_a_store_without_blocking_keys_gets_them_on_its_next_check(tmp_path: Path) -> None:
    # A store of schema version 2 kept no blocking keys: its articles get them once, then meet.
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    for f in seeds:
        shutil.copy(f, (new if f == seeds[3] else old) / f.name)
    db = str(tmp_path / "s.duckdb")
    check([old], settings=_settings(store=db))
    with Store(db) as st:
        st.con.execute("DELETE FROM scope_keys")
        st.con.execute("DELETE FROM keyed")
    result = check([new], settings=_settings(store=db))
    assert result.report["summary"]["scope"] == {"given": 1, "checked": len(seeds), "stored": len(seeds)}
    with Store(db, read_only=True) as st:
        assert st.con.execute("SELECT count(*) FROM keyed").fetchone()[0] == len(seeds)


def test_store_add_fills_a_store_without_checking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    assert main(["store", "add", str(db), str(ROOT / "seeds"), "-j", "1"]) == 0
    assert "5 articles given, 5 extracted and stored" in capsys.readouterr().err
    assert main(["store", "add", str(db), str(ROOT / "seeds"), "-j", "1"]) == 0
    assert "0 extracted and stored, 5 already stored" in capsys.readouterr().err
    with Store(db, read_only=True) as st:
        assert st.con.execute("SELECT count(*) FROM findings").fetchone()[0] == 0
    assert main(["store", "add", str(db), str(tmp_path / "none")]) == 2
    assert "E001" in capsys.readouterr().err


def test_a_check_leaves_its_writes_in_the_log_and_gc_folds_them_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Folding one article into the file costs a check more than the rest of its work; the next
    # open replays the log, so nothing is lost, and ``store gc`` (or DuckDB past 16 MiB) folds it in.
    db, wal = tmp_path / "s.duckdb", tmp_path / "s.duckdb.wal"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    out = ["--out", str(tmp_path / "o"), "-q"]
    assert main(["store", "add", str(db), *map(str, seeds[:3]), "-j", "1", "-q"]) == 0
    assert not wal.exists() or wal.stat().st_size == 0  # store add folds its writes in
    filled = tmp_path / "filled.duckdb"
    shutil.copy(db, filled)
    assert main(["check", str(seeds[3]), "--store", str(db), *out]) in (0, 1)
    assert wal.stat().st_size > 0
    with Store(db, read_only=True) as st:
        assert st.count() == 4 and st.con.execute("SELECT count(*) FROM runs").fetchone()[0] == 2
    assert main(["store", "gc", str(db)]) == 0
    assert not wal.exists() or wal.stat().st_size == 0
    assert main(["check", str(seeds[4]), "--store", str(db), *out]) in (0, 1)
    with Store(db, read_only=True) as st:
        assert st.count() == 5 and st.con.execute("SELECT count(*) FROM runs").fetchone()[0] == 3
    # A copy of the file from before the log's checkpoint, with the log: the error says what to do.
    shutil.copy(filled, db)
    capsys.readouterr()
    assert main(["store", "stats", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "E009" in err[0] and "s.duckdb.wal" in err[0]


def test_a_clean_check_never_loads_jsonschema(tmp_path: Path) -> None:
    # Records are validated by jsonschema_rs; jsonschema is asked only about a record it rejects.
    code = (
        "import sys; from checker.cli import main; "
        f"main(['check', {str(ROOT / 'seeds')!r}, '--out', {str(tmp_path)!r}, '-q']); "
        "print('jsonschema' in sys.modules)"
    )
    env = {**os.environ, "CHECKER_CACHE_DIR": str(tmp_path / "cache")}
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
        for _ in range(2)
    ]
    assert runs[1].stdout.strip() == "False", runs[1].stderr  # (the first checks the schemas once)


def test_store_add_uses_the_rules_the_checks_use(tmp_path: Path) -> None:
    # A config's thresholds are part of an article's identity: what `store add` stored under them,
    # `check` with the same config reads back instead of extracting again.
    cfg = tmp_path / "checker.toml"
    cfg.write_text("thresholds = { events = { merge_window_days = 2 } }\n", encoding="utf-8")
    db, seeds = str(tmp_path / "s.duckdb"), str(ROOT / "seeds")
    assert main(["store", "add", db, seeds, "-j", "1", "-q", "--config", str(cfg)]) == 0
    args = [
        "check",
        seeds,
        "--store",
        db,
        "--config",
        str(cfg),
        "--out",
        str(tmp_path / "o"),
        "-q",
        "-j",
        "1",
    ]
    assert main([*args, "--fail-on", "never"]) == 0
    with Store(db, read_only=True) as st:
        runs = st.con.execute("SELECT extracted, reused FROM runs ORDER BY id").fetchall()
    assert runs == [(5, 0), (0, 5)]


def test_store_commands(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, out = tmp_path / "s.duckdb", tmp_path / "o"
    claims = tmp_path / "claims.jsonl"
    args = ["check", str(corpus), "--store", str(db), "--out", str(out), "-j", "2", "-q"]
    assert main([*args, "--claims-out", str(claims), "--fail-on", "never"]) == 0
    assert "| Store | " in (out / "report.md").read_text(encoding="utf-8")
    lines = claims.read_text(encoding="utf-8").splitlines()
    assert len(lines) == json.loads((out / "report.json").read_text())["summary"]["claims"]
    assert all(json.loads(line)["kind"] == "claim" for line in lines)
    capsys.readouterr()
    assert main(["store", "stats", str(db)]) == 0
    text = capsys.readouterr().out
    assert f"schema version {schema.VERSION}" in text and "run 1:" in text
    assert main(["store", "export", str(db), "findings"]) == 0
    exported = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert exported and all("fingerprint" in f for f in exported)
    assert main(["store", "gc", str(db), "--missing"]) == 0
    assert "0 articles dropped" in capsys.readouterr().out


def test_bad_jobs_and_missing_store_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ROOT / "seeds"), "--jobs", "0", "--out", str(tmp_path)]) == 2
    assert "E008" in capsys.readouterr().err
    assert main(["store", "stats", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "E009" in err[0]


def test_dask_engine_gives_the_same_findings(corpus: Path, plain: dict) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'checker[dask]')")
    report = check([corpus], engine=Engine("dask", 2)).report
    assert _prints(report) == _prints(plain)
    assert json.dumps(report, sort_keys=True) == json.dumps(plain, sort_keys=True)


def test_report_json_is_streamed_with_the_same_bytes(plain: dict) -> None:
    from checker.report.claims import dumps, iter_dumps

    for doc in (plain, {}, {"a": [], "b": {"x": [1, {"y": "z\nw"}]}, "c": [1, [2, 3], {}]}):
        assert "".join(iter_dumps(doc)) == dumps(doc)


def test_the_report_is_validated_record_by_record(plain: dict) -> None:
    from checker.report.build import validate_report

    bad = json.loads(json.dumps(plain))
    bad["findings"][1]["severity"] = "huge"
    with pytest.raises(CheckerError, match="/findings/1/severity"):
        validate_report(bad)


def test_the_report_keeps_only_cited_claims(plain: dict) -> None:
    cited = {
        ev["claim"] for f in plain["findings"] for v in f["values"] for ev in v["evidence"] if ev.get("claim")
    }
    kept = {c["id"] for c in plain["claims"]}
    frames = {f["id"] for f in plain["frames"]}  # evidence of a frame with no claim names the frame
    assert cited <= kept | frames and len(kept) < plain["summary"]["claims"]


def test_a_stored_conflict_retold_by_a_new_article_is_updated(tmp_path: Path) -> None:
    # The store's findings are the baseline of a store check: the same conflict, now also told
    # by the new article, is `updated` and does not fail the run; the old entry is not absent.
    db, corpus = tmp_path / "s.duckdb", tmp_path / "c"
    shutil.copytree(ROOT / "seeds", corpus)
    out = ["--out", str(tmp_path / "o"), "--fail-on", "warning", "-q"]
    assert main(["check", str(corpus), "--store", str(db), *out]) == 1  # the seeds' conflicts, new
    retold = tmp_path / "zz_retold.txt"
    told = (corpus / "003_23d814b1d62127e7.txt").read_text(encoding="utf-8")
    retold.write_text(told + "\nنقلته وكالة أخرى.\n", encoding="utf-8")
    assert main(["check", str(retold), "--store", str(db), *out]) == 0
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))
    states = {f["baseline_state"] for f in report["findings"] if f["code"] == "CF01"}
    assert "updated" in states and "new" not in states
    assert not [e for e in report["baseline"]["absent"] if e["code"] == "CF01"]


def test_a_bulk_fill_folds_its_log_in_less_often(tmp_path: Path) -> None:
    # (store add: each fold rewrites the last row group of the articles; a check keeps DuckDB's
    # 16 MiB, so that the log a later open replays stays small)
    db = tmp_path / "s.duckdb"
    with Store(db, bulk=True) as st:
        bulk = st.con.execute("SELECT current_setting('checkpoint_threshold')").fetchone()[0]
    with Store(db, checkpoint=False) as st:
        check_log = st.con.execute("SELECT current_setting('checkpoint_threshold')").fetchone()[0]
    assert bulk == "244.1 MiB" and check_log == "16.0 MiB"
