"""Where the headline counts the dead is where the occasion struck: a headline with no trigger of
its own that counts the dead or hurt («بیش از دو هزار کشته در ولایت هرات», «11300 قتيل في درنة»)
names the place of the article's occasion, when that occasion counts casualties (rules/events
``casualty_words``). Its dates stay out; and in the body, "Four deaths have been reported in North
Carolina" counts a part of a storm that struck Florida (tests/test_bodies_and_landfalls).

Found on the benchmark's Derna flood story (session 47): a headline «11300 قتيل في درنة» turned
into «… في طبرق» met nothing. The articles are written for the test, in our own words, from the
reporting on the Herat earthquakes of 7 October 2023.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, md, subfolder

_QUAKE = {
    "en.md": md(
        "en",
        "2023-10-08",
        "KABUL, Oct 8 - A magnitude 6.3 earthquake and strong aftershocks struck Herat province in western"
        " Afghanistan on Saturday, the Taliban administration said. More than 2,000 people were killed, a"
        " government spokesman said on Sunday, and hundreds of houses were flattened.",
        title="Quake kills more than 2,000 in western Afghanistan",
    ),
    "fa.md": md(
        "fa",
        "2023-10-08",
        "بیش از دو هزار کشته در ولایت هرات\n\nکابل - زمین‌لرزه‌ای به بزرگی ۶.۳ ریشتر روز شنبه ۱۵ مهر ۱۴۰۲ غرب"
        " افغانستان را لرزاند. سخنگوی حکومت طالبان روز یکشنبه گفت صدها خانه ویران شده است.",
    ),
}


def test_the_place_of_the_dead_is_the_occasions(tmp_path):
    assert not conflicts_coded(tmp_path, _QUAKE, "CF05")
    story = edited(_QUAKE, "fa.md", "در ولایت هرات", "در ولایت فراه")
    found = conflicts_coded(subfolder(tmp_path, "m"), story, "CF05")
    assert found and "Farah" in found[0]["message"] and "Herat" in found[0]["message"]


def test_a_meeting_has_no_place_of_the_dead(tmp_path):
    """The dead of another occasion, told in a report of talks, place no talks."""
    talks = {
        "en.md": md(
            "en",
            "2023-10-10",
            "DOHA, Oct 10 - Afghan and Qatari officials met in Doha on Tuesday to discuss aid. More than 2,000"
            " people were killed in Herat province by last week's quakes, an official said.",
        ),
        "fa.md": md(
            "fa",
            "2023-10-10",
            "دوحه - مقام‌های افغانستان و قطر روز سه‌شنبه در دوحه دیدار و درباره کمک‌ها گفت‌وگو کردند. بیش از دو"
            " هزار نفر در ولایت فراه کشته شدند.",
        ),
    }
    assert not conflicts_coded(tmp_path, talks, "CF05")
