"""Places the gazetteer lacks, named as a list after a plural or dual head («روستاهای امیزمیز و
ویرگان», «بلدتي أمزميز وويرغان», "the villages of Amizmiz and Ouirgane") or after a locative
("in Amizmiz and Ouirgane"): each name of the list is a place. The Al Haouz earthquake in Morocco,
8 September 2023; sentences written for this test, in our own words."""

from __future__ import annotations

import pytest

from checker.extract.places_unlisted import find_unlisted
from checker.rules import load_rules
from tests.helpers import assert_some_says, conflicts_coded, edited, make_doc, md, report_of


def _names(text: str, lang: str) -> list[str]:
    doc = make_doc(text, lang, "2023-09-10")
    return [doc.text[s:e] for s, e, _kind, _loc in find_unlisted(doc, load_rules(), [])]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "The quake flattened the villages of Amizmiz and Ouirgane overnight.",
            ["amizmiz", "ouirgane"],
        ),
        ("en", "Rescuers dug through rubble in Amizmiz and Ouirgane on Sunday.", ["amizmiz", "ouirgane"]),
        ("fa", "زلزله روستاهای امیزمیز و ویرگان را ویران کرد.", ["امیزمیز", "ویرگان"]),
        ("ar", "دمر الزلزال بلدتي أمزميز وويرغان وسكانهما نيام.", ["امزمیز", "ویرغان"]),
    ],
)
def test_each_name_of_a_list_is_a_place(lang, text, names):
    assert _names(text, lang) == names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (a comma after a locative's name lists no place: what follows is who spoke)
        ("en", "In Amizmiz, Ouirgane officials said the toll would rise."),
        # (a plural head before common words names no place)
        ("fa", "روستاهای اطراف و شهرهای بزرگ آسیب دیدند."),
    ],
)
def test_no_list_where_none_is_written(lang, text):
    assert len(_names(text, lang)) <= 1


_QUAKE = {
    "en.md": md(
        "en",
        "2023-09-10",
        "A magnitude 6.8 earthquake struck Morocco's High Atlas late on Friday. The quake flattened"
        " the villages of Amizmiz and Ouirgane, where rescuers searched the rubble by hand.",
    ),
    "fa.md": md(
        "fa",
        "2023-09-10",
        "زلزله‌ای به بزرگی ۶٫۸ ریشتر شامگاه جمعه کوه‌های اطلس بلند در مراکش را لرزاند. این زلزله روستاهای"
        " امیزمیز و ویرگان را با خاک یکسان کرد و امدادگران با دست زیر آوار را می‌گشتند.",
    ),
    "ar.md": md(
        "ar",
        "2023-09-10",
        "ضرب زلزال بقوة 6.8 درجات جبال الأطلس الكبير في المغرب مساء الجمعة، ودمر بلدتي أمزميز وويرغان،"
        " حيث بحث المسعفون تحت الأنقاض بأيديهم.",
    ),
}


def test_a_village_named_in_place_of_another_is_a_possible_conflict(tmp_path):
    changed = edited(_QUAKE, "fa.md", "روستاهای امیزمیز", "روستاهای تحناوت")
    found = conflicts_coded(tmp_path, changed, "CF05")
    assert_some_says(found, "تحناوت")


# A report that lists more places of an occasion ("spread to the cities of Kisumu and Nakuru") puts
# it in none instead of another report's place. The Kenyan finance bill protests, 25 June 2024.
_PROTESTS = {
    "en.md": md(
        "en",
        "2024-06-26",
        "NAIROBI — Protesters stormed Kenya's parliament in Nairobi on Tuesday as lawmakers passed the"
        " finance bill, and police opened fire on the crowd, killing at least 17 people.",
    ),
    "fa.md": md(
        "fa",
        "2024-06-26",
        "معترضان روز سه‌شنبه در نایروبی به ساختمان پارلمان کنیا یورش بردند و پلیس به سوی جمعیت آتش گشود"
        " و دست‌کم ۱۷ نفر کشته شدند. اعتراضات به شهرهای کیسومو و ناکورو نیز کشیده شد.",
    ),
}


def test_more_places_in_a_list_are_no_conflict(tmp_path):
    report = report_of(tmp_path, _PROTESTS)
    assert not [f for f in report["findings"] if f["code"] == "CF05"]
