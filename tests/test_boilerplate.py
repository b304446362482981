"""Boilerplate: seed 002's furniture, clean seeds, made-up ar/en pages, the rules' own examples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.corpus import find_boilerplate
from checker.corpus.boilerplate import merge_spans, text_left
from checker.errors import CheckerError
from checker.normalize import fold
from checker.rules import Rules

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def copy_rules(root: Path) -> Path:
    for family in ("language", "boilerplate"):
        shutil.copytree(REPO / "rules" / family, root / family)
    return root


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    """Only this module's rules families, so that other families being edited cannot break these tests."""
    return Rules(copy_rules(tmp_path_factory.mktemp("rules")))


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def covered(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    return [text[a:b].strip() for a, b in ranges]


def line_is_boilerplate(text: str, line: str, ranges: list[tuple[int, int]]) -> bool:
    start = text.index(line)
    return any(a <= start and start + len(line) <= b for a, b in ranges)


def overlaps(text: str, part: str, ranges: list[tuple[int, int]]) -> bool:
    start = text.index(part)
    return any(a < start + len(part) and start < b for a, b in ranges)


# --- seed 002 and the clean seeds -------------------------------------------------------------


def test_seed_002_furniture_is_boilerplate(rules):
    text = seed_text("002")
    ranges = find_boilerplate(text, "fa", rules)
    notice_start = "خبرگزاري آناتولي اخبار خود"
    notice = next(line for line in text.splitlines() if line.startswith(notice_start))
    for line in ("جهان, خاورمیانه", notice, "موضوعات مرتبط", "Bu haberi paylaşın"):
        assert line_is_boilerplate(text, line, ranges), line
    assert covered(text, ranges) == ["جهان, خاورمیانه", notice, "موضوعات مرتبط", "Bu haberi paylaşın"]


def test_seed_002_dateline_and_body_are_not_boilerplate(rules):
    text = seed_text("002")
    ranges = find_boilerplate(text, "fa", rules)
    assert not overlaps(text, "24.12.2025 - بهروز رسان : 24.12.2025", ranges)
    assert not overlaps(text, "استانبول/خبرگزاری آنادولو", ranges)
    furniture = {"جهان, خاورمیانه", "موضوعات مرتبط", "Bu haberi paylaşın"}
    body = [ln for ln in text.splitlines() if ln.strip() and ln not in furniture and "مشترك شويد" not in ln]
    assert len(body) >= 12
    for line in body:
        assert not overlaps(text, line, ranges), line


@pytest.mark.parametrize(("prefix", "lang"), [("000", "fa"), ("001", "fa"), ("003", "ar"), ("004", "fa")])
def test_clean_seeds_have_no_boilerplate(rules, prefix, lang):
    assert find_boilerplate(seed_text(prefix), lang, rules) == []
    # Nor when the language is unknown and every file applies.
    assert find_boilerplate(seed_text(prefix), None, rules) == []


# --- made-up pages --------------------------------------------------------------------------------

ARABIC_PAGE = """سياسة, عربي ودولي
بوتين يستقبل الشرع في الكرملين
موسكو - 15 أكتوبر 2025
استقبل الرئيس الروسي نظيره السوري في الكرملين، وبحث الجانبان تعزيز التعاون.
اقرأ أيضاً: لافروف يلتقي الشيباني في موسكو
وقال الرئيس السوري إن زيارته ستمهد الطريق لمرحلة جديدة.
شارك هذا الخبر
أخبار ذات صلة
"""

ENGLISH_PAGE = """Home > World > Middle East
Putin hosts Syria's al-Sharaa in the Kremlin
MOSCOW, Oct 15 (Reuters) - Russian President Vladimir Putin met Syrian President Ahmed al-Sharaa on Wednesday.
Read more: Lavrov meets Shaibani in Moscow
The two leaders discussed trade, which rose 7% last year, officials said.
Share this
Related topics
Subscribe to our newsletter
"""


@pytest.mark.parametrize(
    ("page", "lang", "furniture"),
    [
        (
            ARABIC_PAGE,
            "ar",
            [
                "سياسة, عربي ودولي",
                "اقرأ أيضاً: لافروف يلتقي الشيباني في موسكو",
                "شارك هذا الخبر",
                "أخبار ذات صلة",
            ],
        ),
        (
            ENGLISH_PAGE,
            "en",
            [
                "Home > World > Middle East",
                "Read more: Lavrov meets Shaibani in Moscow",
                "Share this",
                "Related topics",
                "Subscribe to our newsletter",
            ],
        ),
    ],
)
def test_made_up_pages(rules, page, lang, furniture):
    ranges = find_boilerplate(page, lang, rules)
    assert covered(page, ranges) == furniture
    assert text_left(page, ranges)


def test_offsets_are_original_through_folding(rules):
    """ZWNJ, tashkeel and tatweel are deleted by the fold: ranges must still be original offsets."""
    text = "پوتین گفت: روابط ما ویژه‌ای است.\r\nمَوضوعـات مرتبط\r\nکد خبر: ۱۲۳۴\r\nشكراً لكم"
    ranges = find_boilerplate(text, "fa", rules)
    assert covered(text, ranges) == ["مَوضوعـات مرتبط", "کد خبر: ۱۲۳۴"]


def test_scope_any_files_apply_to_every_language(rules):
    text = "الرئيس في موسكو.\nBu haberi paylaşın\nShare this\nجهان, خاورمیانه"
    # Turkish and English widgets apply to an Arabic article; Persian section names do not.
    assert covered(text, find_boilerplate(text, "ar", rules)) == ["Bu haberi paylaşın", "Share this"]
    assert covered(text, find_boilerplate(text, None, rules))[-1] == "جهان, خاورمیانه"


def test_subscription_notice_needs_a_call_to_subscribe(rules):
    joint = "به گزارش خبرگزاری ایرنا، اخبار مربوط به کمیسیون مشترک دو کشور بررسی شد."
    assert find_boilerplate(joint, "fa", rules) == []
    notice = "خبرگزاری پارس اخبار خود را فقط برای مشترکین می‌فرستد؛ برای دریافت اخبار کامل مشترک شوید."
    assert covered(notice, find_boilerplate(notice, "fa", rules)) == [notice]


# --- the rules files themselves ----------------------------------------------------------------


def entries(data: dict) -> list[tuple[str, dict]]:
    out = [(e["id"], e) for key in ("lines", "line_prefixes", "patterns") for e in data.get(key, [])]
    if "section_names" in data:
        out.append(("section_names", data["section_names"]))
    return out


@pytest.mark.parametrize("lang", ["fa", "ar", "en", "tr"])
def test_rules_examples(rules, lang):
    """Every positive example is wholly boilerplate; every negative one has none."""
    data = rules.lang("boilerplate", lang)
    checked = 0
    for name, entry in entries(data):
        for text in entry.get("examples", {}).get("positive", []):
            ranges = find_boilerplate(text, lang, rules)
            assert not text_left(text, ranges), (name, text)
            checked += 1
        for text in entry.get("examples", {}).get("negative", []):
            assert find_boilerplate(text, lang, rules) == [], (name, text)
            checked += 1
    assert checked >= 8


@pytest.mark.parametrize("lang", ["fa", "ar", "en", "tr"])
def test_regexes_are_written_in_folded_form(rules, lang):
    """Patterns run on folded text, so a letter the fold would change can never match."""
    for entry in rules.lang("boilerplate", lang).get("patterns", []):
        odd = [c for c in entry["regex"] if not c.isascii() and fold(c) != c]
        assert odd == [], (entry["id"], odd)


def test_bad_regex_is_a_rules_error_with_pointer(tmp_path):
    root = copy_rules(tmp_path)
    path = root / "boilerplate" / "en.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "  - id: broken\n    regex: '(unclosed'\n", encoding="utf-8"
    )
    with pytest.raises(CheckerError) as info:
        find_boilerplate("Share this", "en", Rules(root))
    assert info.value.code == "E003" and info.value.path.endswith("en.yaml#/patterns/1/regex")


def test_schema_rejects_an_unknown_scope(tmp_path):
    root = copy_rules(tmp_path)
    path = root / "boilerplate" / "tr.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("scope: any", "scope: everywhere"), encoding="utf-8"
    )
    with pytest.raises(CheckerError) as info:
        Rules(root)
    assert info.value.code == "E003" and "tr.yaml#/scope" in info.value.path


def test_merge_spans():
    assert merge_spans([(5, 9), (0, 3), (3, 4), (8, 12), (20, 20)]) == [(0, 4), (5, 12)]
    assert text_left("ab  cd", [(0, 2), (4, 6)]) is False
    assert text_left("ab x cd", [(0, 2), (5, 7)]) is True
