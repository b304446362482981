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


_ROLES = [
    pytest.param(
        "en",
        "Health Minister Samanta Lal Sen told reporters that 46 people had died.",
        [("Samanta Lal Sen", "health_minister")],
        id="an abbreviated role word is no block on a surname",
    ),
    pytest.param(
        "en",
        "Sen. Chuck Schumer said the bill would pass this week.",
        [("Chuck Schumer", "member_of_parliament")],
        id="the abbreviation still names a senator",
    ),
    pytest.param(
        "ar",
        "وبحسب وزارة الخارجية الهندية، فهي أول زيارة ثنائية يقوم بها رئيس وزراء هندي إلى مصر منذ ٢٦ عاما.",
        [],
        id="the verb of a visit before a role is no name",
    ),
    # Gabriel Boric, elected on 19 December 2021, at 35 the youngest president in Chile's history;
    # the ZWNJ of the superlative may be written as a space
    *(
        pytest.param(
            "fa",
            f"گابریل بوریچ در دور دوم انتخابات ریاست جمهوری شیلی پیروز شد و در ۳۵ سالگی {youngest} رئیس جمهور"
            " تاریخ این کشور لقب گرفت.",
            [],
            id=f"a superlative before a role is no name ({label})",
        )
        for youngest, label in (("جوان‌ترین", "ZWNJ"), ("جوان ترین", "space"))
    ),
    pytest.param(
        "fa",
        "کاترین کولونا، وزیر امور خارجه فرانسه، روز سه‌شنبه به بیروت رفت.",
        [("کاترین کولونا", "foreign_minister")],
        id="a name that ends like a superlative is still a name",
    ),
    pytest.param(
        "fa",
        # «سن» is the San of «سن مارینو», and the Sen of Samanta Lal Sen
        "سامانتا لال سن، وزیر بهداشت بنگلادش، پس از بازدید از مجروحان گفت ۴۶ نفر جان باخته‌اند.",
        [("سامانتا لال سن", "health_minister")],
        id="a short word of a country name may end a name",
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), _ROLES)
def test_names_beside_roles(tmp_path, lang, body, expected):
    text = md(lang, "2024-03-01", body)
    assert roles_of(extraction_of(tmp_path, f"{lang}.md", text)) == expected


def test_the_bengali_adjective_after_a_role_is_bangladesh(tmp_path):
    text = md(
        "ar",
        "2024-03-01",
        "وقال وزير الصحة البنغالي سامانتا لال سين للصحفيين إن عدد القتلى بلغ ٤٦ شخصا.",
    )
    assert _countries(extraction_of(tmp_path, "ar.md", text)) == [("سامانتا لال سين", "BD")]
