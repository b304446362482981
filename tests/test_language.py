"""Language detection: whole seeds, short sentences, ي/ك Persian, Arabic quotations, spans."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.corpus import detect_language, language_spans
from checker.rules import Rules

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_LANGS = [("000", "fa"), ("001", "fa"), ("002", "fa"), ("003", "ar"), ("004", "fa")]
ARABIC_QUOTE = "إن سوريا لن تقبل أي تدخل في شؤونها الداخلية وتؤكد على وحدة أراضيها"
PERSIAN_FRAME = "وزیر امور خارجه سوریه در این دیدار گفت: «{q}» و افزود که دمشق به همکاری با مسکو ادامه می‌دهد."


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    """Only the language family, so that other families being edited cannot break these tests."""
    root = tmp_path_factory.mktemp("rules")
    shutil.copytree(REPO / "rules" / "language", root / "language")
    return Rules(root)


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(("prefix", "lang"), SEED_LANGS)
def test_seed_documents(rules, prefix, lang):
    got, confidence = detect_language(seed_text(prefix), rules)
    assert got == lang and confidence > 0.8


def test_seed_sentences_are_never_the_other_language(rules):
    """Sentence by sentence, a seed is its own language or (for fragments) has no signal."""
    for prefix, lang in SEED_LANGS:
        sentences = [s for s in re.split(r"(?<=[.!?؟])\s+|\n+", seed_text(prefix)) if s.strip()]
        got = [detect_language(s, rules)[0] for s in sentences]
        assert set(got) <= {lang, None}, prefix
        assert got.count(lang) >= 0.7 * len(got), prefix


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_rules_examples(rules, lang):
    """Every example in rules/language/<lang>.yaml: ≥ 15 short sentences that must be detected."""
    examples = rules.lang("language", lang)["examples"]
    assert len(examples["positive"]) >= 15
    for text in examples["positive"]:
        assert detect_language(text, rules)[0] == lang, text
    for text in examples["negative"]:
        assert detect_language(text, rules)[0] != lang, text


def test_examples_cover_the_hard_cases(rules):
    fa = rules.lang("language", "fa")["examples"]["positive"]
    ar = rules.lang("language", "ar")["examples"]["positive"]
    typed_arabic = [s for s in fa if ("ي" in s or "ك" in s) and "ی" not in s and "ک" not in s]
    assert len(typed_arabic) >= 5
    assert len([s for s in ar if "ة" not in s]) >= 8


@pytest.mark.parametrize(
    "text",
    [
        "اين كتاب را ديروز خريدم.",
        "مي‌گويند كه قيمت‌ها بالا رفته است.",
        "وي افزود: روسيه از سوريه حمايت ميكند.",
        "او گفت كه اين موضوع را بررسي خواهد كرد.",
        "نيروهاي اپوزيسيون كنترل دمشق را به دست گرفتند.",
    ],
)
def test_persian_typed_with_arabic_yeh_and_kaf(rules, text):
    assert detect_language(text, rules)[0] == "fa"


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن الوفد وصل إلى موسكو صباح اليوم",
        "لم يصدر أي تعليق عن الجانب الروسي حتى الآن",
        "التقى الوزير نظيره الروسي في موسكو",
        "وأكد أن الحوار مستمر منذ سنوات",
        "هذا هو اللقاء الأول بين الرئيسين",
    ],
)
def test_arabic_without_teh_marbuta(rules, text):
    assert "ة" not in text
    assert detect_language(text, rules)[0] == "ar"


def test_whole_persian_seed_typed_with_arabic_letters(rules):
    text = seed_text("000").replace("ی", "ي").replace("ک", "ك")
    assert detect_language(text, rules)[0] == "fa"


def test_arabic_quotation_does_not_fool_the_document(rules):
    paragraph = PERSIAN_FRAME.format(q=ARABIC_QUOTE)
    assert detect_language(paragraph, rules)[0] == "fa"
    doc = seed_text("000") + "\n" + paragraph + "\n" + ARABIC_QUOTE + ".\n"
    assert detect_language(doc, rules)[0] == "fa"


def test_language_spans_mark_the_arabic_quotation(rules):
    paragraph = PERSIAN_FRAME.format(q=ARABIC_QUOTE)
    spans = language_spans(paragraph, rules)
    q_start = paragraph.index(ARABIC_QUOTE)
    [arabic] = [s for s in spans if s[2] == "ar"]
    assert arabic[:2] == (q_start, q_start + len(ARABIC_QUOTE))
    assert [s[2] for s in spans] == ["fa", "ar", "fa"]


def test_language_spans_quote_retyped_with_persian_letters(rules):
    """Persian sites retype Arabic quotations with ی/ک: still Arabic."""
    quote = ARABIC_QUOTE.replace("ي", "ی")
    paragraph = PERSIAN_FRAME.format(q=quote)
    spans = language_spans(paragraph, rules)
    assert any(paragraph[a:b] == quote and lang == "ar" for a, b, lang in spans)


def test_language_spans_of_a_seed_are_ordered_trimmed_and_fa(rules):
    text = seed_text("001")
    spans = language_spans(text, rules)
    assert {lang for _, _, lang in spans} == {"fa"}
    assert all(a < b and text[a:b] == text[a:b].strip() for a, b, _ in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


def test_arabic_document_with_english_sentence(rules):
    text = seed_text("003") + "\nThe statement was published by the Kremlin on Wednesday.\n"
    assert detect_language(text, rules)[0] == "ar"
    assert language_spans(text, rules)[-1][2] == "en"


@pytest.mark.parametrize(
    "text", ["", "   ", "12345 2025", "محمد", "Bu haberi paylaşın", "Putin Sharaa Lavrov"]
)
def test_no_signal_gives_none(rules, text):
    assert detect_language(text, rules) == (None, 0.0)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابپتةيكیکىلمنوهدر ؟.«»\nthe andof")), max_size=200))
def test_detection_is_total_and_bounded(rules, text):
    lang, confidence = detect_language(text, rules)
    assert lang in {None, "fa", "ar", "en"} and 0.0 <= confidence <= 1.0
    assert lang is not None or confidence == 0.0
    for a, b, span_lang in language_spans(text, rules):
        assert 0 <= a < b <= len(text) and span_lang in {"fa", "ar", "en"}
