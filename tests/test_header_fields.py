"""A scraped .txt file that opens with labelled lines ("Title: …", «منبع: …», «التاريخ: …»): the
lines are the article's fields, boilerplate to the extractors, in any of the three languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.corpus import load_corpus
from checker.corpus.header_fields import read_header
from checker.pipeline import extract_corpus
from checker.rules import Rules, load_rules

EN_BODY = "ANKARA — Recep Tayyip Erdogan won the runoff on Sunday with 52.18 percent of the vote.\n"
FA_BODY = "رجب طیب اردوغان روز یکشنبه با ۵۲.۱۸ درصد آرا در دور دوم انتخابات پیروز شد.\n"
AR_BODY = "فاز رجب طيب أردوغان بجولة الإعادة يوم الأحد بنسبة 52.18 في المئة من الأصوات.\n"


@pytest.fixture
def rules(loader_rules: Rules) -> Rules:
    return loader_rules


def _load(tmp_path: Path, text: str, rules: Rules, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [art], diags = load_corpus([str(path)], rules=rules)
    return art, diags


@pytest.mark.parametrize(
    ("text", "title", "outlet", "published"),
    [
        (
            "Title: Erdogan wins runoff\nSource: Anadolu\nDate: 2023-05-28\n\n" + EN_BODY,
            "Erdogan wins runoff",
            "Anadolu",
            "2023-05-28",
        ),
        # a Jalali date in Persian digits under a Persian label
        (
            "عنوان: اردوغان برنده شد\nمنبع: ایرنا\nتاریخ: ۱۴۰۲/۰۳/۰۷\n" + FA_BODY,
            "اردوغان برنده شد",
            "ایرنا",
            "2023-05-28",
        ),
        # day first, as Arabic sites write it; the day (28) cannot be a month
        (
            "العنوان: فوز أردوغان\nالمصدر: الأناضول\n\nالتاريخ: 28/05/2023\n\n" + AR_BODY,
            "فوز أردوغان",
            "الأناضول",
            "2023-05-28",
        ),
        # labels need not be in the article's language
        ("Title: اردوغان برنده شد\nDate: 2023-05-28\n" + FA_BODY, "اردوغان برنده شد", None, "2023-05-28"),
    ],
)
def test_labelled_lines_are_fields_and_boilerplate(rules, tmp_path, text, title, outlet, published):
    art, diags = _load(tmp_path, text, rules)
    assert diags == []
    assert (art.title, art.outlet, art.published, art.published_source) == (
        title,
        outlet,
        published,
        "header",
    )
    body = text.index(EN_BODY if "ANKARA" in text else FA_BODY if "اردوغان روز" in text else AR_BODY)
    assert art.boilerplate and art.boilerplate[0][0] == 0 and art.boilerplate[-1][1] <= body
    # every labelled line is boilerplate, the body none of it
    for line_start in (0, text.index("\n") + 1):
        assert any(a <= line_start < b for a, b in art.boilerplate)
    assert not any(b > body for _, b in art.boilerplate)


def test_labels_are_never_claims(tmp_path):
    """Extraction skips the header: no claim quotes "Title", "Source" or the header's date."""
    text = "Title: Erdogan wins runoff\nSource: Anadolu\nDate: 2023-05-28\n\n" + EN_BODY
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [x], _ = extract_corpus([str(tmp_path)], rules=load_rules())
    body = text.index("ANKARA")
    assert x.claims and all(c.start >= body for c in x.claims)
    assert x.article.published == "2023-05-28"


@pytest.mark.parametrize(
    "text",
    [
        "Tehran: the minister said on Sunday that talks would resume.\n",  # a place, not a label
        "The board said on Sunday:\nTitle: not a header once the text has begun\n",
    ],
)
def test_only_known_labels_at_the_top(rules, tmp_path, text):
    art, _ = _load(tmp_path, text, rules)
    assert art.title is None and art.published is None and art.boilerplate == ()


def test_a_date_it_cannot_read_stays_text(rules, tmp_path):
    """03/04/2023 may be March or April: no published date, and the line stays text for the date
    extractor to read; the other labelled lines are still fields."""
    text = "Date: 03/04/2023\nTitle: Talks resume\n\n" + EN_BODY
    art, diags = _load(tmp_path, text, rules)
    assert art.published is None and art.title == "Talks resume" and diags == []
    assert not any(a == 0 for a, _ in art.boilerplate)
    assert read_header("Date: May 28, 2023\n" + EN_BODY, rules).fields == {}


def test_the_manifest_wins_and_a_bad_field_is_one_line(rules, tmp_path):
    text = "Source: Anadolu\nDate: 2023-05-28\nURL: not-a-url\n\n" + EN_BODY
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.json").write_text(
        json.dumps({"articles": {"a.txt": {"outlet": "AP"}}}), encoding="utf-8"
    )
    [art], diags = load_corpus([str(tmp_path)], rules=rules)
    assert (art.outlet, art.published, art.url) == ("AP", "2023-05-28", None)
    [d] = diags
    assert (
        d.code == "W106" and d.path == str(tmp_path / "a.txt") and "url" in d.message and "fix:" in d.message
    )


def test_an_arabic_labels_date_is_day_first(rules):
    assert read_header("تاريخ النشر: 03/11/2024\n" + AR_BODY, rules).fields == {"published": "2024-11-03"}
    assert read_header("Date: 11/28/2024\n" + EN_BODY, rules).fields == {"published": "2024-11-28"}
