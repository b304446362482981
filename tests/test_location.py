"""CF05: one facility placed in two places that do not contain each other."""

from __future__ import annotations

import pytest

from checker.pipeline import check
from tests.helpers import extraction_of


def _write(tmp_path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        (tmp_path / name).write_text(f" date 2025-06-14\n{text}\n", encoding="utf-8")


def _cf05(tmp_path) -> list[dict]:
    return [f for f in check([tmp_path]).report["findings"] if f["code"] == "CF05"]


def test_facility_in_two_provinces_conflicts(tmp_path):
    _write(
        tmp_path,
        {
            "a_fa.txt": "انفجاری در تاسیسات نطنز در استان اصفهان رخ داد.",
            "b_en.txt": "An explosion hit the Natanz enrichment facility in Qom Province on Saturday.",
        },
    )
    (f,) = _cf05(tmp_path)
    assert f["key"] == "place:ir.natanz:located_in"
    assert f["severity"] == "error" and f["type"] == "conflict"
    assert {v["value"] for v in f["values"]} == {"IR-10", "IR-25"}
    # Each report's words for the facility and for the place it puts it in.
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {
        "تاسیسات نطنز",
        "استان اصفهان",
        "Natanz enrichment facility",
        "Qom Province",
    }


def test_nested_places_agree(tmp_path):
    _write(
        tmp_path,
        {
            "a_fa.txt": "انفجاری در تاسیسات نطنز در استان اصفهان رخ داد.",
            "b_en.txt": "An explosion hit the Natanz enrichment facility in Iran on Saturday.",
            "c_ar.txt": "وقع انفجار في منشأة نطنز في أصفهان يوم السبت.",
        },
    )
    assert _cf05(tmp_path) == []


def test_a_city_in_two_countries_is_not_cf05(tmp_path):
    """CF05 is about facilities and landmarks; a city's stated country is left to the gazetteer."""
    _write(
        tmp_path,
        {"a_en.txt": "Talks were held in Amman, Jordan.", "b_en.txt": "Talks were held in Amman, Syria."},
    )
    assert _cf05(tmp_path) == []


def test_unlisted_facility_in_two_cities_is_a_possible_conflict(tmp_path):
    """A facility the gazetteer lacks, read after its head noun («سجن», "jail"), is one facility by
    the sound of its name across scripts: two cities that do not contain each other are a warning,
    and each side quotes the facility and the city."""
    _write(
        tmp_path,
        {
            "a_ar.txt": "وعقدت الجلسة داخل سجن أديالا في مدينة لاهور.",
            "b_en.txt": "The hearing was held inside Adiala jail in Rawalpindi.",
        },
    )
    (f,) = _cf05(tmp_path)
    assert f["severity"] == "warning"
    assert {v["value"] for v in f["values"]} == {"pk.lahore", "pk.rawalpindi"}
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {
        "أديالا",
        "لاهور",
        "Adiala",
        "Rawalpindi",
    }


def test_unlisted_facility_in_one_city_agrees(tmp_path):
    _write(
        tmp_path,
        {
            "a_fa.txt": "جلسه دادگاه در زندان آدیالا در شهر راولپندی برگزار شد.",
            "b_en.txt": "The hearing was held inside Adiala jail in Rawalpindi.",
        },
    )
    assert _cf05(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "text", "place"),
    [
        ("a_en.txt", "The queen died at Balmoral Castle in Scotland on Thursday.", "Balmoral"),
        ("a_ar.txt", "وتوفيت الملكة يوم الخميس في قلعة بالمورال في اسكتلندا.", "بالمورال"),
        ("a_fa.txt", "ملکه روز پنجشنبه در قلعه بالمورال اسکاتلند درگذشت.", "بالمورال"),
        ("a_ar.txt", "وأقيمت الصلاة في كاتدرائية نوتردام يوم الأحد.", "نوتردام"),
        ("a_en.txt", "The talks were held at the Rideau Palace on Sunday.", "Rideau"),
        ("a_ar.txt", "وأدى الرئيس صلاة الجمعة في مسجد الفاتح بإسطنبول.", "الفاتح"),
    ],
)
def test_a_castle_a_palace_or_a_cathedral_is_a_facility(tmp_path, name, text, place):
    """A castle, a palace, a cathedral or a mosque the gazetteer lacks is a facility read after (or,
    in English, before) its head noun, so that two reports can be held to one of them."""
    x = extraction_of(tmp_path, name, f" date 2022-09-09\n{text}\n")
    facilities = [c for c in x.claims if c.type == "place" and c.value.get("kind") == "facility"]
    assert [c.text for c in facilities] == [place]
