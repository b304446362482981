"""A number in a model's name counts nothing ("Boeing 737 Max 9"), and the count before the name
takes the noun after it; a label's word before a counted noun's number is no label."""

from __future__ import annotations

import pytest

from tests.helpers import extraction_of, md


def _numbers(tmp_path, lang: str, body: str) -> list[tuple[str, float, str | None]]:
    x = extraction_of(tmp_path, f"{lang}.md", md(lang, "2024-01-07", body))
    return [(c.text, c.value.get("value"), c.value.get("unit")) for c in x.claims if c.type == "number"]


def test_a_models_numbers_count_nothing_and_the_count_takes_the_noun(tmp_path):
    nums = _numbers(tmp_path, "en", "The regulator grounded 171 Boeing 737 Max 9 aircraft on Saturday.")
    assert nums == [("171 Boeing 737 Max 9 aircraft", 171, "aircraft")], nums


def test_a_fleet_of_a_model(tmp_path):
    nums = _numbers(
        tmp_path, "en", "The airline said it was grounding its fleet of 65 Max 9 planes for checks."
    )
    assert nums == [("65 Max 9 planes", 65, "aircraft")], nums


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (a sentence's first word is no brand; a unit's sign is no model's name)
        ("All 22 crew were rescued by the coast guard.", ("All 22 crew", 22, "crew")),
        ("The court fined him Rs 10 lakh on Monday.", ("Rs 10 lakh", 1000000, "rupee")),
        # (a capitalised word after a lower-case one: "a Category 4 storm" keeps its number)
        ("It made landfall as a Category 4 storm near the coast.", ("4", 4, None)),
        # (a list's items, and a place of two words: "UAE" and "Arabia" name no model)
        (
            "Cuts: Iraq 211,000, UAE 144,000 and Saudi Arabia 500,000 barrels a day.",
            ("144,000", 144000, None),
        ),
        (
            "Cuts: Iraq 211,000, UAE 144,000 and Saudi Arabia 500,000 barrels a day.",
            ("500,000", 500000, "barrel"),
        ),
    ],
)
def test_numbers_after_capitalised_words_that_name_no_model_stay(tmp_path, body, expected):
    nums = _numbers(tmp_path, "en", body)
    assert any(n[1] == expected[1] and n[2] == expected[2] for n in nums), nums


def test_a_label_word_before_a_counted_noun_is_no_label(tmp_path):
    # («پرواز ۱۲۸۲» is a flight's number; «توقف پرواز ۱۷۱ فروند هواپیما» grounds 171 planes)
    nums = _numbers(
        tmp_path,
        "fa",
        "اداره هوانوردی دستور توقف پرواز ۱۷۱ فروند هواپیما را داد. پرواز ۱۲۸۲ به پورتلند بازگشت.",
    )
    assert [(n[1], n[2]) for n in nums] == [(171, "aircraft")], nums


@pytest.mark.parametrize(
    ("lang", "body", "count"),
    [
        # a maker's name before a number makes it a model's, and both halves of "737-800" with it
        ("en", "The Boeing 737-800, arriving from Bangkok, carried 181 people.", 181),
        ("ar", "وكانت الطائرة من طراز بوينغ 737-800 قادمة من بانكوك وعلى متنها 181 شخصا.", 181),
        ("fa", "هواپیمای بوئینگ ۷۳۷-۸۰۰ شرکت جِجو ایر ۱۸۱ سرنشین داشت.", 181),
    ],
)
def test_a_makers_model_counts_nothing(tmp_path, lang, body, count):
    nums = _numbers(tmp_path, lang, body)
    assert [n[1] for n in nums] == [count], nums


def test_a_death_idiom_with_its_count_inside(tmp_path):
    """«لقي 179 شخصا حتفهم»: the count stands between the verb and «حتفهم», and is of the dead."""
    x = extraction_of(
        tmp_path,
        "ar.md",
        md("ar", "2024-12-30", "لقي 179 شخصا حتفهم الأحد عندما خرجت طائرة ركاب عن المدرج أثناء هبوطها."),
    )
    assert [f.predicate for f in x.frames if f.value.get("low") == 179] == ["killed"]
