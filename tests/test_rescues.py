"""Session 78, probe batch 44 (the Chilean miners' rescue, 2010): a rescue of people trapped for
days is an occasion of its own (rules/events ``rescue``), its day the day they came out, days or
months after the accident that trapped them. It is the report's occasion only when its lead names
no other (a quake's report whose lead tells of rescue work stays the quake's), and it goes on for
days: reports of its first night and of its last day tell one rescue. (A lead that names a flood,
"the flooded cave", is the flood's: a flood outranks a rescue.)

Sentences written for these tests from real reporting: the rescue of twelve boys and their coach
from the flooded Tham Luang cave in Thailand, 8 to 10 July 2018, after 18 days trapped.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_of, edited, md, md_extraction

_x = md_extraction

CAVE = {
    "en.md": md(
        "en",
        "2018-07-11",
        "CHIANG RAI, July 10 - Divers brought out the last four of 12 boys and their football coach "
        "on Tuesday, ending a three-day rescue operation at the Tham Luang cave in northern "
        "Thailand, where rising water had cut them off. The boys had been trapped for 18 days.",
    ),
    "fa.md": md(
        "fa",
        "2018-07-11",
        "عملیات نجات ۱۲ نوجوان فوتبالیست و مربی آنها از غار تام لوانگ در شمال تایلند روز سه‌شنبه "
        "۱۹ تیر ۱۳۹۷ (۱۰ ژوئیه ۲۰۱۸) به پایان رسید. این نوجوانان ۱۸ روز در غار گرفتار بودند و حدود "
        "۹۰ غواص در این عملیات شرکت داشتند.",
    ),
    "ar.md": md(
        "ar",
        "2018-07-11",
        "انتهت يوم الثلاثاء 10 يوليو 2018 عملية إنقاذ 12 فتى ومدربهم من كهف ثام لوانغ المغمور "
        "بالمياه شمالي تايلاند، بعد 18 يوما قضوها عالقين فيه. وشارك في العملية نحو 90 غواصا.",
    ),
}


@pytest.mark.parametrize("name", sorted(CAVE))
def test_a_rescue_is_the_report_s_occasion(tmp_path, name):
    lang = name.split(".")[0]
    body = CAVE[name].split("---\n", 2)[2]
    [main] = [m for m in _x(tmp_path, lang, body, "2018-07-11").mentions if m.main]
    assert main.type == "rescue"


def test_reports_of_one_rescue_agree(tmp_path):
    assert conflicts_of(tmp_path, CAVE) == []


def test_a_changed_count_of_the_rescued_conflicts(tmp_path):
    story = edited(CAVE, "ar.md", "12 فتى", "15 فتى")
    assert any(f["message"].startswith("people rescued of the rescue") for f in conflicts_of(tmp_path, story))


def test_a_changed_day_of_the_rescue_conflicts(tmp_path):
    story = edited(CAVE, "fa.md", "۱۹ تیر ۱۳۹۷ (۱۰ ژوئیه ۲۰۱۸)", "۲۴ تیر ۱۳۹۷ (۱۵ ژوئیه ۲۰۱۸)")
    assert any(
        f["message"].startswith("date of the event of the rescue") for f in conflicts_of(tmp_path, story)
    )


def test_a_quake_s_rescue_work_is_the_quake_s(tmp_path):
    text = (
        "A magnitude 7.8 earthquake struck southern Turkey on Monday, killing more than 2,300 "
        "people, as a rescue operation went on through the night."
    )
    [main] = [m for m in _x(tmp_path, "en", text, "2023-02-06").mentions if m.main]
    assert main.type == "earthquake"
