"""A report to read: names, groups by cause, words instead of keys, duplicates, provenance, API."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

import checker
from checker.pipeline import check
from checker.report.wording import quantity_words
from tests.helpers import SEEDS

OLD = "003_23d814b1d62127e7"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    out = tmp_path_factory.mktemp("read")
    result = check(str(SEEDS), out_dir=str(out), formats=("json", "md", "html"))
    return out, result.report


def test_articles_have_outlet_and_headline(seeds):
    _, report = seeds
    arts = {a["id"]: a for a in report["articles"]}
    tabnak = arts["000_9165c48caa1174e4"]
    assert tabnak["outlet"] == "Tabnak" and tabnak["outlet_source"] == "lexicon"
    assert "Tabnak" not in tabnak["cited"] and "IRNA" in tabnak["cited"]  # kept apart
    assert arts["002_4212da3186e38a21"]["headline"] == "دیدار پوتین با وزرای خارجه و دفاع سوریه در مسکو"
    assert arts["004_7f8bfc129643d9e9"]["outlet"] == "Aran News"
    assert all(a["headline"] for a in report["articles"])
    assert arts["001_393da0c5ffcd2c4c"]["outlet"] is None  # SANA is cited, not the outlet


def test_one_older_article_group_holds_the_three_office_conflicts(seeds):
    out, report = seeds
    cf01 = [f for f in report["findings"] if f["code"] == "CF01"]
    assert len(cf01) == 3 and all(f["cause"]["older"] == [OLD] for f in cf01)
    groups = [g for g in report["groups"] if g["kind"] == "older_articles"]
    assert len(groups) == 1 and sorted(groups[0]["findings"]) == sorted(f["id"] for f in cf01)
    assert groups[0]["gap"] == "about 2 years"
    md = (out / "report.md").read_text(encoding="utf-8")
    head = md.index("### One older article explains 3 office conflicts")
    assert head < md.index("#### CF01")  # the cause is said at the top, before its findings
    assert md.index("## Warnings") < md.index("## Information") < md.index("## Articles")


def test_omissions_of_one_pair_form_one_finding(seeds):
    """OM01 already lists every name one set of reports leaves out: one finding, not one per name,
    so the report needs no group of omission cards."""
    _, report = seeds
    om = [f for f in report["findings"] if f["code"] == "OM01"]
    pairs = [
        (tuple(f["missing_in"]), tuple(sorted(a for v in f["values"] for a in v["articles"]))) for f in om
    ]
    assert om and len(pairs) == len(set(pairs))
    assert any(len(f["values"]) >= 2 for f in om)
    assert not [g for g in report["groups"] if g["kind"] == "omissions" and len(g["findings"]) < 2]


def test_readers_see_words_not_keys_or_intervals(seeds):
    out, _ = seeds
    for name in ("report.md", "report.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert "(80, ∞)" not in text and "quantity:year" not in text and "event:" not in text, name
        assert "more than 80 years" in text, name
    assert (
        quantity_words({"low": 80, "high": None, "hedge": "more_than", "unit": "year"})
        == "more than 80 years"
    )
    assert quantity_words({"low": 4000, "high": 4000, "unit": "person"}) == "4,000 people"
    # (a unit with no listed words is pluralised as English does: no "88,966 spectator")
    assert quantity_words({"low": 88966, "high": 88966, "unit": "spectator"}) == "88,966 spectators"
    assert quantity_words({"low": 12, "high": 12, "unit": "company"}) == "12 companies"
    assert quantity_words({"low": 40, "high": 40, "unit": "km"}) == "40 km"
    assert quantity_words({"low": 58000, "high": 87000, "low_inclusive": True, "high_inclusive": True}) == (
        "between 58,000 and 87,000"
    )


def test_no_silent_caps(seeds):
    _, report = seeds
    md = (seeds[0] / "report.md").read_text(encoding="utf-8")
    quotes = sum(len(v["evidence"]) for f in report["findings"] for v in f["values"])
    assert md.count(", line ") == quotes


def test_duplicates_are_reported_once(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    for i in range(3):
        text = (SEEDS / "002_4212da3186e38a21.txt").read_text(encoding="utf-8")
        (corpus / f"copy{i}.txt").write_text(text.replace("مسکو", "مسکو", 1) + "\n", encoding="utf-8")
    report = check(corpus, out_dir=tmp_path / "o", formats=("json", "md")).report
    dups = report["duplicates"]
    assert len(dups) == 1 and dups[0]["kept"] == "002_4212da3186e38a21"
    assert dups[0]["copies"] == ["copy0", "copy1", "copy2"]
    md = (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
    assert "## Duplicates" in md and "3 copies" in md
    assert {a["id"]: a["duplicate_of"] for a in report["articles"]}["copy1"] == "002_4212da3186e38a21"


def test_different_articles_are_not_duplicates(seeds):
    assert seeds[1]["duplicates"] == []


def test_provenance(seeds):
    _, report = seeds
    p = report["provenance"]
    assert p["version"] == checker.__version__ and len(p["rules_sha256"]) == 64
    for item in p["inputs"]:
        assert item["sha256"] == hashlib.sha256(Path(item["path"]).read_bytes()).hexdigest()
    assert len(p["inputs"]) == 5


def test_extract_stays_a_function():
    import checker.extract.dates

    first = checker.extract("Russian Foreign Minister Sergei Lavrov met reporters.", lang="en")
    assert callable(checker.extract) and not isinstance(checker.extract, type(checker))
    second = checker.extract("Russian Foreign Minister Sergei Lavrov met reporters.", lang="en")
    assert [c.id for c in first.claims] == [c.id for c in second.claims]
    from checker.extract import base  # the subpackage is still importable

    assert base.Doc


def test_check_takes_str_or_path_single_or_list(tmp_path):
    one = str(SEEDS / "002_4212da3186e38a21.txt")
    a = check(one, out_dir=str(tmp_path / "a")).report
    b = check([Path(one)], out_dir=tmp_path / "b").report
    assert a["summary"] == b["summary"] and a["summary"]["articles"] == 1
    assert (tmp_path / "a" / "report.json").is_file()
    assert (
        json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))["summary"]["articles"] == 1
    )


def test_rules_cache_follows_the_files(tmp_path, monkeypatch):
    from checker.rules import load_rules

    root = tmp_path / "rules"
    shutil.copytree(Path(__file__).parent.parent / "rules", root)
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))
    load_rules.cache_clear()
    cold = load_rules(str(root))
    assert list((tmp_path / "cache").glob("rules-*.pickle"))
    load_rules.cache_clear()
    warm = load_rules(str(root))
    assert warm.files == cold.files and warm.digest == cold.digest
    th = root / "thresholds.yaml"
    th.write_text(th.read_text(encoding="utf-8") + "\nbogus_key: 1\n", encoding="utf-8")
    load_rules.cache_clear()
    from checker.errors import RulesError

    with pytest.raises(RulesError):  # a changed file is validated again, not read from the cache
        load_rules(str(root))
    load_rules.cache_clear()


def test_date_estimates_show_the_binding_bounds_with_quotes(seeds):
    out, _ = seeds
    md = (out / "report.md").read_text(encoding="utf-8")
    section = md[md.index("has no date") : md.index("## Events")]
    assert "The bounds that bind:" in section and "الذكرى الثمانين" in section
    assert "(claim " not in md  # claim ids are internal keys
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Other bounds (" in html


def test_near_identical_copies_are_duplicates_and_other_articles_are_not():
    from checker.report.duplicates import find_duplicates

    base = (SEEDS / "001_393da0c5ffcd2c4c.txt").read_text(encoding="utf-8")
    texts = {
        "a": base,
        "b": base.replace("2025", "2026", 1),  # a republished copy with another date
        "c": base + "\nیک جمله تازه در پایان.",
        "d": (SEEDS / "000_9165c48caa1174e4.txt").read_text(encoding="utf-8"),
    }
    assert find_duplicates(texts) == [
        {"kept": "a", "copies": ["b", "c"], "similarity": pytest.approx(0.99, abs=0.01)}
    ]
    assert find_duplicates(dict(reversed(texts.items()))) == find_duplicates(texts)  # order-free


def test_a_right_to_left_outlet_name_is_isolated_from_the_date_after_it():
    from checker.report.context import _unique_short_names

    arts = [
        {"id": "a", "outlet": "هسبريس", "published": "2023-09-10", "language": "ar"},
        {"id": "b", "outlet": "هسبريس", "published": "2023-09-11", "language": "ar"},
        {"id": "c", "outlet": "Atlas Wire", "published": "2023-09-10", "language": "en"},
        {"id": "d", "outlet": "Atlas Wire", "published": "2023-09-11", "language": "en"},
    ]
    short = _unique_short_names(arts)
    assert short["a"] == "\u2068هسبريس\u2069 (2023-09-10)"  # shown as written, not "(10-09-2023) هسبريس"
    assert short["c"] == "Atlas Wire (2023-09-10)"


def test_a_large_run_leaves_the_article_texts_out_of_report_html(tmp_path, monkeypatch):
    """Up to ``VIEWS_MAX`` articles, report.html holds the quoted articles' texts and each quote
    links into them; beyond it (two here, against the seeds' five) it holds neither the texts nor
    links to them, and says so: the page of a 10,000-article run stays a page."""
    from checker.report import context

    small = check(str(SEEDS), out_dir=str(tmp_path / "small"), formats=("html",))
    page = (small.out_dir / "report.html").read_text(encoding="utf-8")
    assert 'class="quote" href="#q-' in page and '<div class="text"' in page
    monkeypatch.setattr(context, "VIEWS_MAX", 2)
    large = check(str(SEEDS), out_dir=str(tmp_path / "large"), formats=("html",))
    page = (large.out_dir / "report.html").read_text(encoding="utf-8")
    assert 'href="#q-' not in page and '<div class="text"' not in page
    assert "texts of this run's 5 articles are not shown" in page
    assert len(page) < len((small.out_dir / "report.html").read_text(encoding="utf-8"))


def test_a_long_section_of_contents_lists_each_code_once(tmp_path, monkeypatch):
    """The contents list each card of a section up to ``TOC_MAX``; beyond it (one here) each code
    once, with its count and a link to its first card (or group): a run of hundreds of errors opens
    on a summary, not on a wall of links. (Set to none here: the seeds' sections are short.)"""
    from checker.report import context

    def contents(out: str) -> str:
        page = (tmp_path / out / "report.html").read_text(encoding="utf-8")
        return page[page.index('<nav id="toc"') : page.index("</nav>")]

    check(str(SEEDS), out_dir=str(tmp_path / "small"), formats=("html",))
    assert "office-holder conflict:" not in contents("small")
    monkeypatch.setattr(context, "TOC_MAX", 0)
    check(str(SEEDS), out_dir=str(tmp_path / "long"), formats=("html",))
    toc = contents("long")
    assert re.search(r'<a href="#older-[^"]+">CF01 office-holder conflict: [^<]+</a> \(3\)', toc)
    assert toc.count(">CF01 ") == 1 and re.search(r">AG01 [^<]+</a> \(\d+\)", toc)
