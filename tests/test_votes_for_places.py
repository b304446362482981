"""Votes won by a city or a country, where no person or party is named (a bid to host an
event), are that country's (extract.frames ``_winning_place``; rules/predicates ``winning_words``):
a place named before a winning word, or after the figure where the verb comes last. Found on the
unseen probe ``expo2030_riyadh_vote_2023`` (batch 36), whose 119, 29 and 17 votes had been keyed
to no one.

Written for the test, in our own words, from the reporting on the FIFA Congress in Moscow of
13 June 2018, which gave the 2026 World Cup to the joint bid of the United States, Canada and
Mexico by 134 votes to Morocco's 65. A year that names an edition («جام جهانی ۲۰۲۶») is no act told as
past after the report (rules/morphology ``edition_heads``).
"""

from __future__ import annotations

from tests.helpers import edited, findings_of, md, subfolder

_CONGRESS = {
    "en.md": md(
        "en",
        "2018-06-13",
        "MOSCOW — FIFA's member associations voted on Wednesday at their congress in Moscow to give"
        " the 2026 World Cup to the joint bid of the United States, Canada and Mexico. Morocco"
        " received 65 votes.",
    ),
    "ar.md": md(
        "ar",
        "2018-06-13",
        "موسكو - منحت الاتحادات الأعضاء في الفيفا في التصويت الذي جرى يوم الأربعاء في موسكو استضافة"
        " كأس العالم 2026 للملف المشترك للولايات المتحدة وكندا والمكسيك. وحصل المغرب على 65 صوتاً.",
    ),
    "fa.md": md(
        "fa",
        "2018-06-13",
        "اعضای فیفا روز چهارشنبه ۲۳ خرداد ۱۳۹۷ در رأی‌گیری کنگره فیفا در مسکو میزبانی جام جهانی را به"
        " آمریکا، کانادا و مکزیک دادند. مراکش ۶۵ رأی به دست آورد.",
    ),
}


def _votes(found: list[dict], kind: str) -> list[dict]:
    return [f for f in found if f["type"] == kind and f["key"].startswith("votes@")]


def test_the_votes_a_country_won_agree_across_reports(tmp_path):
    [agreed] = _votes(findings_of(tmp_path, _CONGRESS), "agreement")
    assert agreed["key"].endswith("#place:MA") and "for Morocco" in agreed["message"]
    assert {v["articles"][0] for v in agreed["values"]} <= {"ar", "en", "fa"}
    assert len({a for v in agreed["values"] for a in v["articles"]}) == 3


def test_a_country_credited_with_other_votes_is_a_conflict(tmp_path):
    changed = edited(_CONGRESS, "ar.md", "على 65 صوتاً", "على 56 صوتاً")
    assert _votes(findings_of(subfolder(tmp_path, "changed"), changed), "conflict")


def test_an_editions_year_is_no_past_act_after_the_report(tmp_path):
    # («میزبانی جام جهانی ۲۰۲۶ را … دادند», told in the past in 2018: the year names the edition;
    # rules/morphology edition_heads)
    text = _CONGRESS["fa.md"].replace("میزبانی جام جهانی را", "میزبانی جام جهانی ۲۰۲۶ را")
    found = findings_of(tmp_path, {"fa.md": text})
    assert not [f for f in found if f["code"] == "IN04"], [f["message"] for f in found]
