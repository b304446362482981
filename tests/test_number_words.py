"""Number words and digit strings: our own parser, cross-checked against persiantools and pyarabic."""

from __future__ import annotations

import shutil
import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from persiantools import digits as pt_digits
from pyarabic import number as pa_number

from checker.extract.base import Doc
from checker.extract.number_words import find_numbers, number_lexicon, parse_digits, tokens, words_to_number
from checker.extract.numbers import extract_numbers
from checker.model import Article
from checker.normalize import fold, normalize
from checker.rules import Rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    root = tmp_path_factory.mktemp("rules")
    for family in ("numbers", "hedges", "units"):
        shutil.copytree(ROOT / "rules" / family, root / family)
    return Rules(root)


def _claims(rules: Rules, text: str, lang: str) -> list[str]:
    norm = normalize(text)
    doc = Doc(
        article=Article(id="t", text=text, path="t"), lang=lang, norm=norm, sentences=[(0, len(norm.text))]
    )
    return [c.text for c in extract_numbers(doc, rules)]


WORDS = [
    ("fa", "چهار هزار", 4000),
    ("fa", "هشتاد", 80),
    ("fa", "دو هزار و بیست و پنج", 2025),
    ("fa", "صد و پنجاه", 150),
    ("fa", "یک میلیون", 1_000_000),
    ("fa", "۴ هزار", 4000),
    ("fa", "سه میلیارد", 3_000_000_000),
    ("fa", "هشتادمین", 80),
    ("fa", "هشتادم", 80),
    ("fa", "نخستین", 1),
    ("fa", "اولین", 1),
    ("fa", "سومین", 3),
    ("fa", "سی‌ام", 30),
    ("fa", "بیست و پنجمین", 25),
    ("fa", "یکصد و بیست و سه میلیون و چهارصد هزار", 123_400_000),
    ("fa", "۲ هزار و ۵۰۰", 2500),
    ("fa", "دو میلیون و پانصد هزار", 2_500_000),
    ("ar", "سبعة", 7),
    ("ar", "أربعة آلاف", 4000),
    ("ar", "اربعة آلاف", 4000),
    ("ar", "ثلاثة وعشرين", 23),
    ("ar", "ثلاث مئة", 300),
    ("ar", "ثلاثمائة", 300),
    ("ar", "الثمانين", 80),
    ("ar", "الحادي عشر", 11),
    ("ar", "الحادي والعشرون", 21),
    ("ar", "مليون", 1_000_000),
    ("ar", "ثلاثة ملايين", 3_000_000),
    ("ar", "ألفين", 2000),
    ("ar", "خمسة عشر ألفا", 15000),
    ("ar", "مئتان وخمسون", 250),
    ("ar", "٤ آلاف", 4000),
    ("en", "four thousand", 4000),
    ("en", "eighty", 80),
    ("en", "twenty-five", 25),
    ("en", "3 million", 3_000_000),
    ("en", "eightieth", 80),
    ("en", "twenty-fifth", 25),
    ("en", "two hundred and fifty thousand", 250_000),
    ("en", "one million two hundred thousand", 1_200_000),
    ("en", "2.5 billion", 2_500_000_000),
]


@pytest.mark.parametrize(("lang", "text", "value"), WORDS)
def test_words(rules: Rules, lang: str, text: str, value: int) -> None:
    assert words_to_number(text, lang, rules) == value


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("fa", "پنج و ده", [5, 10]),  # two numbers, not 15
        ("fa", "بیست سی", [20, 30]),
        ("ar", "خمسة و 10", [5, 10]),
        ("en", "five and ten", [5, 10]),
        ("en", "four thousand thousand", [4000, 1000]),
        ("fa", "۵ و ۱۰", [5, 10]),
    ],
)
def test_runs_that_are_not_one_number_split(rules: Rules, lang: str, text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(fold(text), number_lexicon(rules, lang))] == values


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "صدا"),
        ("fa", "صدور"),
        ("fa", "سهم"),
        ("fa", "دهه"),
        ("fa", "هزاران"),
        ("fa", "یکی"),
        ("fa", "سیم"),
        ("ar", "آلاف"),
        ("ar", "عشرات"),
        ("ar", "الأحد"),
        ("en", "thousands"),
        ("en", "someone"),
        ("en", "often"),
    ],
)
def test_words_that_only_contain_number_words(rules: Rules, lang: str, text: str) -> None:
    assert find_numbers(fold(text), number_lexicon(rules, lang)) == []


def test_article_and_clitics_stay_out_of_the_span(rules: Rules) -> None:
    text = fold("بالذكرى الثمانين وعشرين")
    nums = find_numbers(text, number_lexicon(rules, "ar"))
    assert [(text[n.start : n.end], n.article) for n in nums] == [("الثمانین", True), ("عشرین", False)]


def test_a_number_word_that_begins_with_a_clitic_letter_keeps_it(rules: Rules) -> None:
    # «واحد» is "one", not «و» + «احد»: the whole word is read first, so the span starts on it
    text = fold("(واحد وخمسون عاما)")
    nums = find_numbers(text, number_lexicon(rules, "ar"))
    assert [(text[n.start : n.end], n.value) for n in nums] == [("واحد وخمسون", 51)]


def test_weak_words_are_flagged(rules: Rules) -> None:
    nums = find_numbers(fold("یک موفقیت"), number_lexicon(rules, "fa"))
    assert [(n.value, n.weak) for n in nums] == [(1, True)]
    assert [n.weak for n in find_numbers(fold("یک میلیون"), number_lexicon(rules, "fa"))] == [False]


@pytest.mark.parametrize(
    ("lang", "s", "decimal_dot", "want"),
    [
        ("fa", "4,000", False, "4000"),
        ("en", "4,000", False, "4000"),
        ("en", "2.5", False, "2.5"),
        ("fa", "2.5", False, "2.5"),
        ("fa", "4.000", False, "4000"),  # Persian/Arabic print groups thousands with a dot …
        ("fa", "4.000", True, "4.000"),  # … unless the dot was «٫», the decimal separator
        ("en", "4.000", False, "4.000"),
        ("en", "1.234.567", False, "1234567"),
        ("en", "4,000.5", False, "4000.5"),
        ("ar", "4.000,5", False, "4000.5"),
        ("fa", "2/5", False, "2.5"),
        ("en", "2/5", False, None),
        ("fa", "10:30", False, None),
        ("fa", "24.12.2025", False, None),
        ("fa", "0912", False, None),
        ("fa", "0.5", False, "0.5"),
        ("en", "1,2", False, None),
        ("en", "12,34,567", False, None),
    ],
)
def test_parse_digits(rules: Rules, lang: str, s: str, decimal_dot: bool, want: str | None) -> None:
    got = parse_digits(s, number_lexicon(rules, lang), decimal_dot)
    assert got == (None if want is None else Decimal(want))


def test_rules_examples(rules: Rules) -> None:
    count = 0
    for lang in ("fa", "ar", "en"):
        examples = rules.lang("numbers", lang).get("examples") or {}
        for ex in examples.get("positive", []):
            assert words_to_number(ex["text"], lang, rules) == ex["value"], (lang, ex)
            count += 1
        for text in examples.get("negative", []):
            assert _claims(rules, text, lang) == [], (lang, text)
            count += 1
    assert count >= 30


# pyarabic's text2number is right for these and wrong (or silently 0) for the others (LIBRARIES.md).
PYARABIC_RIGHT = [("ثمانين", 80), ("سبعة", 7), ("أربعة آلاف", 4000), ("ثلاثة وعشرين", 23)]
PYARABIC_WRONG = [("الثمانين", 80), ("اربعة آلاف", 4000), ("ثلاث مئة", 300), ("الحادي عشر", 11)]


@pytest.mark.parametrize(("text", "value"), PYARABIC_RIGHT)
def test_agrees_with_pyarabic_where_it_is_right(rules: Rules, text: str, value: int) -> None:
    assert words_to_number(text, "ar", rules) == pa_number.text2number(text) == value


@pytest.mark.parametrize(("text", "value"), PYARABIC_WRONG)
def test_right_where_pyarabic_is_wrong(rules: Rules, text: str, value: int) -> None:
    assert pa_number.text2number(text) != value
    assert words_to_number(text, "ar", rules) == value


@settings(max_examples=400, deadline=None)
@given(n=st.one_of(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=2000)))
def test_persiantools_words_parse_back(rules: Rules, n: int) -> None:
    # to_word writes «یکصد و پنجاه», «یک هزار و یک», «دو هزار و بیست و پنج» …
    assert words_to_number(pt_digits.to_word(n), "fa", rules) == n


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**9))
def test_persiantools_words_in_a_sentence(rules: Rules, n: int) -> None:
    words = pt_digits.to_word(n)
    text = f"گزارش‌ها از {words} نفر حکایت دارد."
    assert _claims(rules, text, "fa") == [f"{words} نفر"]


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
@pytest.mark.parametrize("sep", [",", ".", "/", ":"])
def test_a_digit_run_is_read_in_constant_extra_memory(rules: Rules, lang: str, sep: str) -> None:
    """A run of digits and separators («1,1,1,…», a table pasted as text) is one token, read
    without backtracking state: a greedy repeat made the regex engine keep ~160 bytes per
    character, a fresh allocation that grew the time per doubling past 2.2× at 256 KB."""
    text = ("1" + sep) * 50_000 + "1"
    lex = number_lexicon(rules, lang)
    tracemalloc.start()
    try:
        found = tokens(text, lex)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(t.start, t.end) for t in found] == [(0, len(text))]
    assert peak < 4 * len(text)
