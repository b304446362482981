"""A follow-up that does not date its occasion, days on, and the counts it tells.

- A report of a long occasion (a fire, a flood) that gives it no date may come as long as the
  occasion is still told of (its type's ``span_days``), not only within a day or two: "as the
  death toll from the wildfires reached 131", ten days on, is the same fire (align/events
  ``_items``).
- A report that tells a count's rise, "to 131 …, up from about 122", has told the 122 another
  report gives: no conflict between its 131 and that 122 (findings/frames ``_told_with``).
- Flights cancelled are a count of an outage, a strike or a storm (rules/predicates
  ``cancelled``), compared across reports.

Found on the benchmark's Maui and Tianjin stories and the CrowdStrike outage story (session 48).
The articles are written for the test, in our own words, from the reporting on the Chilean
wildfires of February 2024 and on the CrowdStrike outage of 19 July 2024.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, extraction_of, md, report_of, subfolder

_FIRE = {
    "en.md": md(
        "en",
        "2024-02-04",
        "VINA DEL MAR, Chile, Feb 4 - Wildfires that broke out on Friday, Feb. 2, around Vina del Mar in"
        " central Chile have killed at least 99 people, officials said on Sunday.",
    ),
    "fa.md": md(
        "fa",
        "2024-02-04",
        "آتش‌سوزی جنگل‌ها که روز جمعه ۱۳ بهمن ۱۴۰۲ در اطراف شهر وینیا دل مار در مرکز شیلی آغاز شد دست‌کم ۹۹ کشته"
        " بر جا گذاشته است.",
    ),
    "en_later.md": md(
        "en",
        "2024-02-14",
        "VINA DEL MAR, Chile - President Gabriel Boric toured Vina del Mar on Tuesday as the death toll from"
        " the wildfires reached 131, up from 122 a week ago. Thousands of homes were destroyed by the fire.",
    ),
}


def test_an_undated_follow_up_joins_the_fire_it_tells_of(tmp_path):
    events = [set(e["articles"]) for e in report_of(tmp_path, _FIRE)["events"]]
    assert {"en", "fa", "en_later"} in events


def test_a_rise_told_with_a_hedged_start_is_no_conflict(tmp_path):
    story = {
        "en.md": _FIRE["en.md"],
        "fa_later.md": md(
            "fa",
            "2024-02-11",
            "شمار کشته‌های آتش‌سوزی جنگل‌های اطراف شهر وینیا دل مار در مرکز شیلی روز یکشنبه به ۱۲۲ نفر رسید.",
        ),
        "en_later.md": md(
            "en",
            "2024-02-12",
            "VINA DEL MAR, Chile - The number of people confirmed dead in last week's wildfires around Vina del"
            " Mar rose to 131 on Monday, up from 122 on Sunday, officials said.",
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if "131" in f["message"]]
    hedged = edited(story, "en_later.md", "up from 122", "up from about 122")
    assert not [f for f in conflicts_of(subfolder(tmp_path, "m"), hedged) if "131" in f["message"]]


_OUTAGE = {
    "en.md": md(
        "en",
        "2024-07-20",
        "A faulty software update from the cybersecurity firm CrowdStrike caused a global IT outage"
        " on Friday, knocking out millions of Windows computers and disrupting hospitals and banks. Cirium, an aviation data firm, said"
        " 5,078 flights were cancelled worldwide on Friday.",
    ),
    "ar.md": md(
        "ar",
        "2024-07-20",
        "تسبب تحديث برمجي معيب من شركة كراودسترايك يوم الجمعة في تعطل ملايين الحواسيب العاملة بنظام ويندوز."
        " وأفادت شركة سيريوم لبيانات الطيران بإلغاء ٥٠٧٨ رحلة حول العالم يوم الجمعة.",
    ),
}


def test_flights_cancelled_are_compared(tmp_path):
    assert not conflicts_of(tmp_path, _OUTAGE)
    story = edited(_OUTAGE, "ar.md", "٥٠٧٨ رحلة", "٧٦١٧ رحلة")
    found = conflicts_of(subfolder(tmp_path, "m"), story)
    assert any("5,078" in f["message"] and "7,617" in f["message"] for f in found)


def test_the_whole_after_among_its_is_no_toll(tmp_path):
    """ "98 deaths among its 175,000 pilgrims": the pilgrims are the whole the dead are counted of
    (``part_of`` in rules/predicates/en), not a toll."""
    text = md(
        "en",
        "2024-06-21",
        "MECCA, June 21 - More than 1,000 pilgrims died during this year's hajj amid extreme heat, according"
        " to a tally of official statements. India has reported 98 deaths among its 175,000 pilgrims.",
    )
    x = extraction_of(tmp_path, "en.md", text)
    tolls = [f.value.get("low") for f in x.frames if f.predicate == "killed"]
    assert 98 in tolls and 175000 not in tolls
