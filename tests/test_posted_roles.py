"""Session 79 (probe batch 45, read after scoring):

- a place after a preposition of place between a role and its holder's name ("the interior
  minister in Gaza, Fathi Hamad", «وزير الداخلية في غزة فتحي حماد», «وزیر کشور در غزه فتحی حماد»)
  no longer hides the name; an exclusive office there is the place's country's, while an
  ambassador is only posted there and keeps the country written with the role. In Arabic and
  Persian script, which has no capitals, a common given name must open the name after the place;
- a preposition with a pronoun («فيه», «عليه») and giving a speech («ألقى … كلمة») are no name;
- a dismissed office («رئيس الحكومة المقالة») is no current holder, nor is "the last president of"
  a body (batch 48); «حتفهما» (their death) and «همسرش» (his wife) are no part of a name.
"""

from __future__ import annotations

import pytest

from tests.helpers import md_extraction


def _roles(tmp_path, lang: str, text: str) -> list[dict]:
    x = md_extraction(tmp_path, lang, text, "2011-10-18")
    return [c.value for c in x.claims if c.type == "person_role"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ar", "وقال وزير الداخلية في غزة فتحي حماد إن الأسرى سيصلون مساء اليوم.", "فتحي حماد"),
        ("fa", "وزیر کشور در غزه فتحی حماد گفت اسیران امشب می‌رسند.", "فتحی حماد"),
        (
            "en",
            "The interior minister in Gaza, Fathi Hamad, said the prisoners would arrive tonight.",
            "Fathi Hamad",
        ),
    ],
)
def test_an_office_in_a_place_is_its_countrys(tmp_path, lang, text, name):
    [role] = _roles(tmp_path, lang, text)
    assert (role["name"], role["role"], role["country"]) == (name, "interior_minister", "PS")


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("ar", "وقال سفير إيران في لبنان مجتبى أماني إن بلاده تدعم الحكومة.", "IR"),
        ("en", "The US ambassador in Baghdad, Matthew Tueller, said the embassy stayed open.", "US"),
    ],
)
def test_an_ambassador_is_only_posted_there(tmp_path, lang, text, country):
    [role] = _roles(tmp_path, lang, text)
    assert (role["role"], role["country"]) == ("ambassador", country)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ويرى محللون أن الأمر صعب، إذ يملك الرئيس في بولندا صلاحية نقض القوانين."),
        ("fa", "کار دولت دشوارتر می‌شود، زیرا رئیس‌جمهور در لهستان حق وتوی قوانین را دارد."),
        ("en", "Officials said he met the foreign minister in Tehran on Monday."),
    ],
)
def test_no_name_after_the_place_names_no_one(tmp_path, lang, text):
    assert _roles(tmp_path, lang, text) == []


def test_the_speaker_at_a_rally_is_named_not_the_words_before_the_role(tmp_path):
    text = (
        "وفي مدينة غزة، احتشد عشرات الآلاف في مهرجان لاستقبال المحررين ألقى فيه رئيس الحكومة المقالة"
        " في غزة إسماعيل هنية كلمة."
    )
    [role] = _roles(tmp_path, "ar", text)
    assert role["name"] == "إسماعيل هنية"
    assert "former" in role["modifiers"]


def test_the_last_holder_of_an_office_is_a_former_one(tmp_path):
    # (batch 48: "the last president of Poland's government-in-exile" is no rival of Poland's president)
    text = "Among the dead was Ryszard Kaczorowski, the last president of Poland's government-in-exile."
    [role] = _roles(tmp_path, "en", text)
    assert "former" in role["modifiers"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ar", "لقي الرئيس البولندي ليخ كاتشينسكي حتفهما صباح أمس السبت.", "ليخ كاتشينسكي"),
        ("fa", "لخ کاچینسکی، رئیس‌جمهور لهستان، همراه با همسرش ماریا در این سانحه کشته شد.", "لخ کاچینسکی"),
    ],
)
def test_death_and_a_spouse_are_no_part_of_a_name(tmp_path, lang, text, name):
    x = md_extraction(tmp_path, lang, text, "2010-04-11")
    assert {c.value["name"] for c in x.claims if c.type in ("person_role", "attendance")} == {name}
