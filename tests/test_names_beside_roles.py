"""Names beside a role, found by running two new stories unchanged in session 45: the fire on Dhaka's
Bailey Road (29 February 2024, 46 dead, by Health Minister Samanta Lal Sen's count) and Narendra
Modi's state visit to Egypt (24-25 June 2023, the first by an Indian prime minister in 26 years).
Each raised a false office conflict (CF01) before.

- An abbreviation among the role words ("Sen.", a senator) blocks no word of a name: Sen is a
  surname.
- «البنغالي» (Bengali) is the Bangladeshi adjective in Arabic reports: after a role it says the
  country and is no part of the name.
- «يقوم بها» ("that … makes") before a role is no one's name: «أول زيارة ثنائية يقوم بها رئيس
  وزراء هندي», the first bilateral visit an Indian prime minister makes.

Sentences written for these tests from that reporting, in our own words.
"""

from __future__ import annotations

import pytest

from tests.helpers import extraction_of, md, roles_of


def _countries(x) -> list[tuple[str, str | None]]:
    return [(c.value["name"], c.value.get("country")) for c in x.claims if c.type == "person_role"]


def test_a_surname_that_is_an_abbreviated_role_word_stays_in_the_name(tmp_path):
    text = md("en", "2024-03-01", "Health Minister Samanta Lal Sen told reporters that 46 people had died.")
    assert roles_of(extraction_of(tmp_path, "en.md", text)) == [("Samanta Lal Sen", "health_minister")]


def test_the_abbreviation_still_names_a_senator(tmp_path):
    text = md("en", "2024-03-01", "Sen. Chuck Schumer said the bill would pass this week.")
    assert roles_of(extraction_of(tmp_path, "en.md", text)) == [("Chuck Schumer", "member_of_parliament")]


def test_the_bengali_adjective_after_a_role_is_bangladesh(tmp_path):
    text = md(
        "ar",
        "2024-03-01",
        "وقال وزير الصحة البنغالي سامانتا لال سين للصحفيين إن عدد القتلى بلغ ٤٦ شخصا.",
    )
    assert _countries(extraction_of(tmp_path, "ar.md", text)) == [("سامانتا لال سين", "BD")]


def test_the_verb_of_a_visit_before_a_role_is_no_name(tmp_path):
    text = md(
        "ar",
        "2023-06-25",
        "وبحسب وزارة الخارجية الهندية، فهي أول زيارة ثنائية يقوم بها رئيس وزراء هندي إلى مصر منذ ٢٦ عاما.",
    )
    assert roles_of(extraction_of(tmp_path, "ar.md", text)) == []


@pytest.mark.parametrize("youngest", ["جوان‌ترین", "جوان ترین"])  # (the ZWNJ may be written as a space)
def test_a_superlative_before_a_role_is_no_name(tmp_path, youngest):
    # Gabriel Boric, elected on 19 December 2021, at 35 the youngest president in Chile's history
    text = md(
        "fa",
        "2021-12-20",
        f"گابریل بوریچ در دور دوم انتخابات ریاست جمهوری شیلی پیروز شد و در ۳۵ سالگی {youngest} رئیس جمهور"
        " تاریخ این کشور لقب گرفت.",
    )
    assert [name for name, _ in roles_of(extraction_of(tmp_path, "fa.md", text))] in ([], ["گابریل بوریچ"])


def test_a_name_that_ends_like_a_superlative_is_still_a_name(tmp_path):
    text = md("fa", "2024-01-10", "کاترین کولونا، وزیر امور خارجه فرانسه، روز سه‌شنبه به بیروت رفت.")
    assert roles_of(extraction_of(tmp_path, "fa.md", text)) == [("کاترین کولونا", "foreign_minister")]


def test_a_short_word_of_a_country_name_may_end_a_name(tmp_path):
    # «سن» is the San of «سن مارینو», and the Sen of Samanta Lal Sen
    text = md(
        "fa",
        "2024-03-01",
        "سامانتا لال سن، وزیر بهداشت بنگلادش، پس از بازدید از مجروحان گفت ۴۶ نفر جان باخته‌اند.",
    )
    assert roles_of(extraction_of(tmp_path, "fa.md", text)) == [("سامانتا لال سن", "health_minister")]
