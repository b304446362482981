"""Held-out style checks: contradictions injected into copies of real articles must be caught,
and edits that keep the meaning must raise no new conflict."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from checker.pipeline import check
from tests.helpers import SEEDS, new_problems
from tests.test_seed_claims import S000, S001, S004

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _corpus(tmp_path: Path, aid: str, edit) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, d / f.name)
    text = (SEEDS / f"{aid}.txt").read_text(encoding="utf-8")
    new = edit(text)
    assert new != text, "the edit must change the text"
    (d / f"zz_{aid}_edited.txt").write_text(new, encoding="utf-8")
    return d


def _problems(report) -> set[tuple[str, str]]:
    return {(f["code"], f["key"]) for f in report["findings"] if f["type"] in ("conflict", "inconsistency")}


@pytest.fixture(scope="module")
def baseline():
    return check([SEEDS]).report


def _edited_problems(report, aid) -> list[dict]:
    return [
        f
        for f in report["findings"]
        if f["type"] in ("conflict", "inconsistency")
        and any(f"zz_{aid}_edited" in v["articles"] for v in f["values"])
        and f["severity"] in ("error", "warning")
    ]


CONTRADICTIONS = [
    (
        "swapped minister",
        S001,
        lambda t: t.replace("اسعد شیبانی، وزیر امور خارجه", "فیصل مقداد، وزیر امور خارجه"),
    ),
    ("changed year", S000, lambda t: t.replace("از سال ۱۹۹۳", "از سال ۱۹۹۶")),
    ("changed Jalali date", S004, lambda t: t.replace("یکشنبه 18 آذر 1403", "یکشنبه 20 آذر 1403")),
    ("changed Gregorian date", S001, lambda t: t.replace("۸ دسامبر ۲۰۲۴", "۱۱ دسامبر ۲۰۲۴")),
    ("exact against hedged", S000, lambda t: t.replace("بیش از ۸۰ سال", "۶۰ سال")),
    (
        "unknown minister swapped in",
        S001,
        lambda t: t.replace("مرهف ابو قصرة، وزیر دفاع", "کریم حدادی، وزیر دفاع"),
    ),
]


@pytest.mark.parametrize(("name", "aid", "edit"), CONTRADICTIONS, ids=[c[0] for c in CONTRADICTIONS])
def test_injected_contradiction_is_caught(tmp_path, name, aid, edit):
    report = check([_corpus(tmp_path, aid, edit)]).report
    assert _edited_problems(report, aid), name


def _shuffle_paragraphs(text: str) -> str:
    lines = text.split("\n")
    head, body = lines[:1], lines[1:]
    random.Random(3).shuffle(body)
    return "\n".join(head + body)


MEANING_KEPT = [
    ("Persian digits to Latin", S001, lambda t: t.translate(LATIN_DIGITS)),
    ("Latin digits to Persian", S004, lambda t: t.translate(PERSIAN_DIGITS)),
    ("Arabic letters", S000, lambda t: t.replace("ی", "ي").replace("ک", "ك")),
    (
        "ZWNJ restored",
        S000,
        lambda t: t.replace("رئیسجمهور", "رئیس\u200cجمهور").replace("میکنند", "می\u200cکنند"),
    ),
    ("diacritics", S001, lambda t: t.replace("سوریه", "سوریِه").replace("روسیه", "روسیَه")),
    ("number words", S000, lambda t: t.replace("چهار هزار", "۴۰۰۰")),
    (
        "alias forms",
        S000,
        lambda t: t.replace("جولانی", "احمد الشرع").replace("الشرع افزود", "احمد شرع افزود"),
    ),
    ("compatible hedge", S001, lambda t: t.replace("بیش از ۸۰ سال قدمت", "حدود ۸۵ سال قدمت")),
    ("date format", S001, lambda t: t.replace("۱۵ اکتبر ۲۰۲۵", "2025-10-15")),
    ("paragraph order", S004, _shuffle_paragraphs),
]


@pytest.mark.parametrize(("name", "aid", "edit"), MEANING_KEPT, ids=[c[0] for c in MEANING_KEPT])
def test_meaning_preserving_edit_raises_no_new_conflict(tmp_path, baseline, name, aid, edit):
    report = check([_corpus(tmp_path, aid, edit)]).report
    found = new_problems(report, baseline, f"zz_{aid}_edited")
    assert not found, (name, [(f["code"], f["message"]) for f in found])
