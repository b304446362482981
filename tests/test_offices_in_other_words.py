"""Offices of one holder that reports name in different words.

- A central bank's head is its country's central bank governor: "Governor …" in a report of the
  bank's rates, «رئیس کل بانک المغرب» (the head of Bank Al-Maghrib), «والي بنك المغرب» (its wali).
  Bank Al-Maghrib raised its key rate to 3% on 21 March 2023 under Governor Abdellatif Jouahri; his
  predecessor was Mohammed Seqat.
- A country's grand mufti: Egypt's, Shawki Allam, met Narendra Modi in Cairo on 25 June 2023; Ali
  Gomaa held the office before him.

Sentences written for these tests from that reporting, in our own words."""

from __future__ import annotations

from checker.pipeline import check
from tests.helpers import extraction_of, md


def _reports(governor_en: str) -> dict[str, str]:
    return {
        "en.md": md(
            "en",
            "2023-03-21",
            "RABAT, March 21 — Morocco's central bank raised its key interest rate by 50 basis points to 3%"
            f" on Tuesday. Governor {governor_en} told reporters in Rabat that inflation remained too high.",
        ),
        "fa.md": md(
            "fa",
            "2023-03-22",
            "بانک مرکزی مغرب روز سه‌شنبه ۱ فروردین ۱۴۰۲ نرخ بهره را به ۳ درصد رساند. عبداللطیف جواهری، رئیس کل"
            " بانک المغرب، گفت تورم هنوز بالاست.",
        ),
        "ar.md": md(
            "ar",
            "2023-03-22",
            "الرباط - قرر بنك المغرب يوم الثلاثاء 21 مارس 2023 رفع سعر الفائدة الرئيسي إلى 3 في المئة. وقال والي"
            " بنك المغرب عبد اللطيف الجواهري إن التضخم ما زال مرتفعا.",
        ),
    }


def _findings(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path]).report["findings"]


def test_the_heads_of_a_central_bank_in_three_languages_are_one_governor(tmp_path):
    found = _findings(tmp_path, _reports("Abdellatif Jouahri"))
    [agreed] = [f["message"] for f in found if f["code"] == "AG01"]
    assert agreed.startswith("Morocco's central bank governor:") and agreed.endswith(
        "in 3 articles (ar, en, fa)"
    )
    assert not [f for f in found if f["code"] == "CF01"]


def test_another_governor_in_one_report_is_a_conflict(tmp_path):
    [conflict] = [f for f in _findings(tmp_path, _reports("Mohammed Seqat")) if f["code"] == "CF01"]
    # (a warning: the English "Governor" names no country, which the other reports give)
    assert conflict["severity"] == "warning" and "Mohammed Seqat" in conflict["message"]
    assert conflict["message"].startswith("Morocco's central bank governor:")


_MUFTI = {
    "en.md": md(
        "en",
        "2023-06-25",
        "CAIRO, June 25 — Indian Prime Minister Narendra Modi held talks in Cairo on Sunday. He also met"
        " Egypt's Grand Mufti {mufti} and members of the Indian community.",
    ),
    "fa.md": md(
        "fa",
        "2023-06-25",
        "نارندرا مودی، نخست‌وزیر هند، روز یکشنبه ۴ تیر ۱۴۰۲ در قاهره گفت‌وگو کرد و با شوقی علام، مفتی اعظم"
        " مصر، نیز دیدار کرد.",
    ),
    "ar.md": md(
        "ar",
        "2023-06-25",
        "القاهرة - أجرى رئيس الوزراء الهندي ناريندرا مودي محادثات في القاهرة يوم الأحد 25 يونيو 2023، كما"
        " التقى مفتي الديار المصرية الدكتور شوقي علام.",
    ),
}


def test_a_countrys_grand_mufti_is_one_office(tmp_path):
    files = {k: v.replace("{mufti}", "Ali Gomaa") for k, v in _MUFTI.items()}
    [conflict] = [f for f in _findings(tmp_path, files) if f["code"] == "CF01"]
    assert conflict["message"].startswith("Egypt's grand mufti:")


def test_the_senate_president_is_no_president_of_the_country(tmp_path):
    # Lula toured the flooded south of Brazil in May 2024 with the two chambers' presiding officers
    text = md(
        "en",
        "2024-05-06",
        "President Luiz Inacio Lula da Silva flew over Porto Alegre on Sunday with lower house Speaker Arthur"
        " Lira and Senate President Rodrigo Pacheco.",
    )
    roles = {
        c.value["name"]: c.value["role"]
        for c in extraction_of(tmp_path, "x.md", text).claims
        if c.type == "person_role"
    }
    assert roles.get("Rodrigo Pacheco") == "senate_president"
    assert roles.get("Arthur Lira") == "speaker_of_parliament"
