"""Whose age, when a report gives the person's title and not the name: "The emir, 86,", «وتوفي
الأمير عن ٨٦ عاما», «امیر کویت در ۸۶ سالگی». The title stands for the person the article gave it
to; an age at a past date ("became crown prince in 2006, aged 69") is that person's then, not now.

Found on the benchmark's state-funeral story (session 47), where the Arabic and Persian reports
call the monarch only «الملكة» and «ملکه بریتانیا» beside her age, so a changed age met nothing.
The articles here are written for the test, in our own words, from the reporting on the death of
Kuwait's Emir Sheikh Nawaf al-Ahmad al-Sabah on 16 December 2023.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_of, edited, frames_of, md, subfolder

_EMIR = {
    "en.md": md(
        "en",
        "2023-12-16",
        "KUWAIT CITY, Dec 16 - Kuwait's Emir Sheikh Nawaf al-Ahmad al-Sabah died on Saturday, the royal"
        " court said. The emir, 86, had been admitted to hospital in late November. Nawaf became crown"
        " prince in 2006, aged 69, and took power in September 2020.",
    ),
    "ar.md": md(
        "ar",
        "2023-12-16",
        "الكويت - أعلن الديوان الأميري وفاة أمير الكويت الشيخ نواف الأحمد الجابر الصباح يوم السبت."
        " وتوفي الأمير عن ٨٦ عاما بعد أكثر من ثلاث سنوات على توليه الحكم في سبتمبر ٢٠٢٠.",
    ),
    "fa.md": md(
        "fa",
        "2023-12-16",
        "کویت - دیوان امیری کویت اعلام کرد شیخ نواف الاحمد الجابر الصباح، امیر کویت، روز شنبه درگذشت."
        " امیر کویت در ۸۶ سالگی و بیش از سه سال پس از به دست گرفتن قدرت در سپتامبر ۲۰۲۰ درگذشت.",
    ),
}


@pytest.mark.parametrize(("name", "age"), [("en.md", "86"), ("ar.md", "٨٦ عاما"), ("fa.md", "۸۶ سالگی")])
def test_a_title_gives_the_age_its_holder(tmp_path, name, age):
    [frame] = [f for f in frames_of(tmp_path, name, _EMIR[name]) if f.predicate == "age" and f.text == age]
    assert frame.confidence == "lexicon"
    assert any(t.startswith("n:") for t in frame.subject["tokens"])


def test_an_age_at_a_past_date_is_told_apart(tmp_path):
    frames = [f for f in frames_of(tmp_path, "en.md", _EMIR["en.md"]) if f.predicate == "age"]
    then = {f.text: f.qualifiers.get("aged_in") for f in frames}
    assert then == {"86": None, "aged 69": 2006}


def test_the_same_age_agrees_and_a_changed_one_conflicts(tmp_path):
    assert not [f for f in conflicts_of(tmp_path, _EMIR) if "age" in f["message"]]
    for name, old, new in (
        ("en.md", "The emir, 86,", "The emir, 88,"),
        ("ar.md", "عن ٨٦ عاما", "عن ٩١ عاما"),
    ):
        story = edited(_EMIR, name, old, new)
        found = [
            f for f in conflicts_of(subfolder(tmp_path, name.split(".")[0]), story) if f["code"] == "CF03"
        ]
        assert found and "age" in found[0]["message"], name


def test_an_age_past_any_life_is_still_compared(tmp_path):
    """A slip to an age no one reaches («عن ١٤٤ عاما») is compared, not read as a span of years."""
    story = edited(_EMIR, "ar.md", "عن ٨٦ عاما", "عن ١٢٩ عاما")
    found = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]
    assert found and "129" in found[0]["message"]


@pytest.mark.parametrize(
    ("name", "text", "age"),
    [
        # ("year-old" begins inside the figure's own words, «51-year»)
        ("en.md", md("en", "2023-10-06", "The 51-year-old activist remains in prison."), "51-year"),
        # («… سال دارد»: "is … years old")
        ("fa.md", md("fa", "2023-10-07", "این فعال حقوق بشر ۵۱ سال دارد و در زندان است."), "۵۱ سال"),
    ],
)
def test_an_age_in_words_around_the_figure(tmp_path, name, text, age):
    assert [f.text for f in frames_of(tmp_path, name, text) if f.predicate == "age"] == [age]
