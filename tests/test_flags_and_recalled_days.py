"""A vessel's flag and route as the occasion's frames, former city names, and an earlier occasion
two reports recall days apart."""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, frames_of, md

_EN = md(
    "en",
    "2024-06-12",
    "ROTTERDAM, June 12 — The Panamanian-flagged tanker Nordic Star ran aground off the Dutch coast on"
    " Wednesday shortly after leaving Rotterdam for Lagos, the coast guard said. All 24 crew members"
    " were rescued.",
)
_AR = md(
    "ar",
    "2024-06-12",
    "أمستردام - جنحت ناقلة النفط نورديك ستار التي ترفع علم بنما قبالة السواحل الهولندية يوم الأربعاء"
    " بعد إبحارها من روتردام متجهة إلى لاغوس، وأنقذ خفر السواحل أفراد طاقمها الـ24.",
)
_FA = md(
    "fa",
    "2024-06-12",
    "نفتکش «نوردیک استار» با پرچم پاناما روز چهارشنبه در نزدیکی سواحل هلند به گل نشست. این نفتکش"
    " عازم بندر لاگوس بود و هر ۲۴ خدمه آن نجات یافتند.",
)


@pytest.mark.parametrize(
    ("name", "text", "flag", "destination"),
    [("en.md", _EN, "PA", "ng.lagos"), ("ar.md", _AR, "PA", "ng.lagos"), ("fa.md", _FA, "PA", "ng.lagos")],
)
def test_a_vessels_flag_and_destination_are_frames_of_its_occasion(tmp_path, name, text, flag, destination):
    frames = {f.predicate: f for f in frames_of(tmp_path, name, text)}
    assert frames["flag"].value["id"] == flag
    assert frames["flag"].subject["kind"] == "event"
    assert frames["destination"].value["id"] == destination


def test_the_place_after_the_port_of_departure_is_the_destination(tmp_path):
    frames = {f.predicate: f.value.get("id") for f in frames_of(tmp_path, "en.md", _EN)}
    assert (frames["origin"], frames["destination"]) == ("nl.rotterdam", "ng.lagos")


def test_two_flags_for_one_vessel_conflict(tmp_path):
    ar = _AR.replace("علم بنما", "علم ليبيريا")
    found = conflicts_coded(tmp_path, {"en.md": _EN, "ar.md": ar, "fa.md": _FA}, "CF05")
    assert any("ليبيريا" in str(f) and "Panama" in f["message"] for f in found), found


def test_one_flag_told_three_ways_is_no_conflict(tmp_path):
    assert not conflicts_coded(tmp_path, {"en.md": _EN, "ar.md": _AR, "fa.md": _FA}, "CF05")


def test_a_destination_changed_in_one_report_conflicts(tmp_path):
    fa = _FA.replace("لاگوس", "آبیجان")
    found = conflicts_coded(tmp_path, {"en.md": _EN, "ar.md": _AR, "fa.md": fa}, "CF05")
    assert any("destination" in f["message"] for f in found), found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Bombay", "in.mumbai"),
        ("Calcutta", "in.kolkata"),
        ("Kiev", "ua.kyiv"),
        ("Chittagong", "bd.chattogram"),
    ],
)
def test_a_former_city_name_is_the_city(tmp_path, old, new):
    text = md(
        "en", "2024-06-12", f"A fire broke out at a garment factory in {old} on Wednesday, officials said."
    )
    places = {f.value.get("id") for f in frames_of(tmp_path, "en.md", text) if f.predicate == "event_place"}
    assert new in places


# Two reports of one story, each recalling an earlier occasion on ``{recalled}``.
_TRUCE = {
    "en": (
        "2024-11-27",
        "BEIRUT, Nov 27 — A ceasefire between Israel and Hezbollah took effect in Lebanon on Wednesday,"
        " Prime Minister Najib Mikati said. The health ministry said Israeli strikes on Lebanon since"
        " {recalled} had killed more than 3,800 people.",
    ),
    "ar": (
        "2024-11-27",
        "بيروت - أعلن رئيس الحكومة نجيب ميقاتي أن وقف إطلاق النار بين إسرائيل وحزب الله دخل حيز التنفيذ في"
        " لبنان اليوم الأربعاء. وأجبرت الغارات الإسرائيلية على لبنان منذ {recalled} أكثر من مليون شخص على"
        " النزوح.",
    ),
}


def _recalling(story: dict, en_day: str, ar_day: str) -> dict[str, str]:
    return {
        f"{lang}.md": md(lang, story[lang][0], story[lang][1].format(recalled=day))
        for lang, day in (("en", en_day), ("ar", ar_day))
    }


def test_an_earlier_attack_two_reports_recall_days_apart_is_one_dated_differently(tmp_path):
    found = conflicts_coded(tmp_path, _recalling(_TRUCE, "October 8, 2023", "13 أكتوبر 2023"), "CF02")
    assert any("2023-10-08" in f["message"] and "2023-10-13" in f["message"] for f in found), found


def test_an_earlier_attack_recalled_on_one_day_is_no_conflict(tmp_path):
    assert not conflicts_coded(tmp_path, _recalling(_TRUCE, "October 8, 2023", "8 أكتوبر 2023"), "CF02")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Strikes drove more than a million people from their homes.", 1_000_000, None),
        ("Nearly a thousand people were killed.", 900, 1100),
    ],
)
def test_a_hedge_before_an_article_and_a_number_word_bounds_it(tmp_path, text, low, high):
    from tests.helpers import extraction_of

    x = extraction_of(tmp_path, "en.md", md("en", "2024-06-12", text))
    (num,) = [c for c in x.claims if c.type == "number"]
    assert (num.value["low"], num.value["high"]) == (low, high)


def test_an_article_before_digits_is_no_hedges_number(tmp_path):
    from tests.helpers import extraction_of

    x = extraction_of(tmp_path, "en.md", md("en", "2024-06-12", "Troops will withdraw over a 60-day period."))
    (num,) = [c for c in x.claims if c.type == "number"]
    assert num.value["hedge"] is None


def test_a_town_before_flagged_is_no_flag(tmp_path):
    text = md(
        "en",
        "2024-06-12",
        "The tanker Nordic Star ran aground on Wednesday. Officials in Rotterdam flagged the vessel's"
        " engine trouble days before, the coast guard said.",
    )
    assert not [f for f in frames_of(tmp_path, "en.md", text) if f.predicate == "flag"]
