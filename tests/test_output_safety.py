"""Nothing from an article (text, title, outlet, URL, file name, id) can add markup, a link, a
table cell, an ANSI escape or a direction override to any output."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.cli import main
from checker.report.markdown import md
from checker.report.wording import clean
from tests.helpers import SEEDS

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>| `code` \\ [link](javascript:alert(3)) \x1b[31mRED\x1b[0m \u202eRTL\u202c"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    corpus = d / "corpus"
    shutil.copytree(SEEDS, corpus)
    article = {
        "id": 'evil"><svg onload=alert(4)>|x',
        "title": EVIL,
        "outlet": "Evil | <b>Paper</b>\x1b[2J",
        "url": 'https://example.org/"><script>alert(5)</script>',
        "published": "2025-10-16",
        "language": "en",
        "text": (
            f"{EVIL}\nRussian Foreign Minister Sergei Lavrov <script>alert(6)</script> | met "
            "Syrian Foreign Minister Asaad al-Shaibani in Moscow \u202eon Thursday\u202c.\n"
        ),
    }
    (corpus / "evil<img src=x>.json").write_text(json.dumps(article), encoding="utf-8")
    out = d / "out"
    code = main(
        ["check", str(corpus), "--out", str(out), "-q", "--fail-on", "never"]
        + [
            x
            for f in ("json", "md", "html", "sarif", "junit", "github", "claimreview")
            for x in ("--format", f)
        ]
    )
    assert code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    evil_id = next(a["id"] for a in report["articles"] if a["id"].startswith("evil"))
    assert any(evil_id in v["articles"] for f in report["findings"] for v in f["values"]), (
        "no evidence quoted"
    )
    return out


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self.scripts += tag == "script"


def test_html_has_no_markup_from_articles(hostile):
    page = (hostile / "report.html").read_text(encoding="utf-8")
    p = _Collect()
    p.feed(page)
    assert p.scripts == 1  # the page's own script, allowed by its CSP hash
    for tag, attrs in p.tags:
        assert tag not in ("img", "svg", "iframe", "object", "embed"), tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):
                assert value.startswith(("#", "https://", "http://")), value
    assert "&lt;script&gt;alert(1)" in page and "<b>Paper" not in page
    assert "\x1b" not in page and "\u202e" not in page


def test_markdown_tables_stay_tables_and_carry_no_html(hostile):
    text = (hostile / "report.md").read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text and "<svg" not in text and "<b>" not in text
    assert not re.search(r"(?<!\\)\]\(javascript:", text) and "\x1b" not in text and "\u202e" not in text
    for table in re.findall(r"(?:^\|.*\n)+", text, flags=re.M):
        rows = table.strip("\n").split("\n")
        widths = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
        assert len(widths) == 1, rows


def test_machine_formats_stay_valid(hostile):
    from tests.test_outputs import validate_sarif

    validate_sarif(json.loads((hostile / "report.sarif").read_text(encoding="utf-8")))
    ET.parse(hostile / "report.junit.xml")
    for line in (hostile / "report.github.txt").read_text(encoding="utf-8").splitlines():
        assert line.startswith("::") and "\x1b" not in line
    doc = json.loads((hostile / "report.claimreview.jsonld").read_text(encoding="utf-8"))
    for node in doc["@graph"]:
        for a in node["itemReviewed"]["appearance"]:
            assert a.get("url", "https://").startswith(("https://", "http://"))


def test_terminal_lines_carry_no_escapes(tmp_path, capsys, monkeypatch):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.json").write_text(json.dumps({"id": "a", "text": "\x1b[2J", "language": "en"}), encoding="utf-8")
    monkeypatch.setenv("CI", "1")
    main(["check", str(d), "--out", str(tmp_path / "o"), "-v"])
    out = capsys.readouterr()
    assert "\x1b" not in out.out + out.err


def test_escapers():
    assert md("a|b\\c`d\n<x>&") == "a\\|b\\\\c\\`d &lt;x&gt;&amp;"
    assert clean("a\u202eb\u2066c\x1b[0m") == "abc [0m"
    from checker.report.claimreview import safe_url

    assert safe_url("javascript:alert(1)") is None and safe_url("https://x.org/a") == "https://x.org/a"


def test_a_shortened_heading_closes_the_isolates_it_cuts():
    from checker.report.wording import isolate, shorten

    message = "Russia's president: Vladimir Putin in 5 articles (" + ", ".join(
        isolate("رئیس‌جمهور سوریه: دمشق به " * 3) for _ in range(6)
    )
    title = shorten(message, 200)
    assert len(title) <= 202 and title.endswith("…")
    assert title.count("\u2068") == title.count("\u2069")
    assert shorten("short", 200) == "short"
