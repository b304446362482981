"""Counted nouns that were read wrong: seconds (a marathon's "2 hours and 35 seconds", «ساعتان و٣٥
ثانية», «۲ ساعت و ۳۵ ثانیه»: one compound time, not 35 of the hours before it), and two nouns of
people joined ("50 women and children", «٥٠ من النساء والأطفال», «۵۰ زن و کودک»: 50 people, not 50
women). Written for this test, in our own words."""

from __future__ import annotations

import pytest

from tests.helpers import extraction_of, md


def _numbers(tmp_path, lang: str, text: str) -> dict[str, tuple]:
    x = extraction_of(tmp_path, f"{lang}.md", md(lang, "2023-10-09", text))
    return {c.text: (c.value["value"], c.value["unit"]) for c in x.claims if c.type == "number"}


@pytest.mark.parametrize(
    ("lang", "text", "quoted", "value"),
    [
        ("ar", "قطع العداء مسافة السباق في زمن قدره ساعتان و٣٥ ثانية.", "ساعتان و٣٥ ثانية", (7235, "second")),
        ("fa", "او مسافت ماراتن را در ۲ ساعت و ۳۵ ثانیه طی کرد.", "۲ ساعت و ۳۵ ثانیه", (7235, "second")),
        ("en", "The record was broken by 34 seconds.", "34 seconds", (34, "second")),
    ],
)
def test_seconds_are_counted(tmp_path, lang, text, quoted, value):
    assert _numbers(tmp_path, lang, text)[quoted] == value


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [
        ("en", "Under the deal, 50 women and children are to be freed.", "50 women and children"),
        ("ar", "وينص الاتفاق على الإفراج عن ٥٠ من النساء والأطفال.", "٥٠ من النساء والأطفال"),
        ("fa", "قرار است ۵۰ زن و کودک آزاد شوند.", "۵۰ زن و کودک"),
        # (minors are children: «النساء والقاصرين», "women and minors")
        ("ar", "مقابل ٥٠ من النساء والقاصرين الفلسطينيين.", "٥٠ من النساء والقاصرين"),
        ("en", "In exchange for 50 Palestinian women and minors.", "50 Palestinian women and minors"),
    ],
)
def test_two_nouns_of_people_joined_count_people(tmp_path, lang, text, quoted):
    assert _numbers(tmp_path, lang, text)[quoted] == (50, "person")


def test_one_noun_of_people_keeps_its_unit(tmp_path):
    assert _numbers(tmp_path, "en", "The 24 women were freed on Friday.")["24 women"] == (24, "woman")
