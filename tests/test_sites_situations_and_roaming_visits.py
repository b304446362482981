"""Session 66, probe batch 18 (six stories written by helpers that saw no code, scored unseen
first: 7 false conflicts; four stories tuned on, two kept out). The general readings:

- the site of an occasion («موقع التحطم», "the site of the crash") is a place visited later: the
  day of that visit is not the occasion's;
- a comma, stop or colon between digits ("1,297", "7.2", "8:29") ends no clause: "The death toll
  … rose to 1,297 on Sunday" dates the update, not the quake;
- a country in whom a fact is told by ("according to the U.S. Geological Survey") is not where
  the occasion was;
- a place after a situation's noun and a locative ("the war in Ukraine") is the situation's;
- an adjective of the head noun stays inside a place cue ("in the southern city of Guangzhou");
- a visit of several days goes from city to city of the country visited: Beijing and Guangzhou
  are one visit's places;
- «بار دیگر» (once again) is no name.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, md, md_extraction

_x = md_extraction


def test_the_day_a_crash_site_was_visited_is_not_the_crash_s(tmp_path):
    text = (
        "قال المدعي العام في مؤتمر صحفي يوم الخميس 26 مارس/آذار إن مساعد الطيار تعمد إسقاط الطائرة. "
        "وكان قادة أوروبيون قد زاروا يوم الأربعاء المنطقة القريبة من موقع التحطم."
    )
    x = _x(tmp_path, "ar", text, "2015-03-27")
    days = {
        f.value["iso"] for f in x.frames if f.predicate == "event_date" and f.subject.get("type") == "crash"
    }
    assert "2015-03-25" not in days


def test_a_toll_that_rose_on_a_day_after_a_grouped_figure_dates_the_update(tmp_path):
    text = (
        "PORT-AU-PRINCE, Haiti — The death toll from the earthquake that struck Haiti's southern "
        "peninsula rose to 1,297 on Sunday, the civil protection agency said.\n\n"
        "The magnitude 7.2 quake hit at 8:29 a.m. local time on Saturday, August 14, 2021, according "
        "to the U.S. Geological Survey."
    )
    x = _x(tmp_path, "en", text, "2021-08-15")
    main = next(m for m in x.mentions if m.main)
    day = next(c for c in x.claims if c.id == main.date)
    assert day.value["iso"] == "2021-08-14"


def test_the_place_of_a_situation_named_in_talks_is_not_where_they_were(tmp_path):
    text = (
        "BEIJING — French President Emmanuel Macron held talks with Chinese President Xi Jinping in "
        "Beijing on Thursday, pressing him over the war in Ukraine."
    )
    x = _x(tmp_path, "en", text, "2023-04-06")
    places = {f.value["id"] for f in x.frames if f.predicate == "event_place"}
    assert "cn.beijing" in places and "UA" not in places


def test_an_adjective_of_the_head_stays_inside_a_place_cue(tmp_path):
    text = "Macron ended his state visit on Friday in the southern city of Guangzhou."
    x = _x(tmp_path, "en", text, "2023-04-07")
    (place,) = [c for c in x.claims if c.type == "place" and c.value["place"] == "cn.guangzhou"]
    assert place.value["locative"]


def _visit(city_fa: str) -> dict[str, str]:
    """A three-day visit's last day in Guangzhou, in English, and its talks of the day before in
    ``city_fa``, in Persian."""
    return {
        "en.md": md(
            "en",
            "2023-04-07",
            "GUANGZHOU, China — French President Emmanuel Macron wrapped up a three-day state visit to "
            "China on Friday, April 7, in Guangzhou, where he met Chinese President Xi Jinping for a "
            "second time.",
        ),
        "fa.md": md(
            "fa",
            "2023-04-06",
            f"امانوئل مکرون، رئیس‌جمهور فرانسه، روز پنجشنبه ۱۷ فروردین ۱۴۰۲ در {city_fa} با شی جین‌پینگ، "
            "رئیس‌جمهور چین، دیدار و گفت‌وگو کرد.",
        ),
    }


def test_a_visit_of_several_days_goes_from_city_to_city(tmp_path):
    assert not [c for c in conflicts_of(tmp_path, _visit("پکن")) if c["code"] == "CF05"]


def test_a_visit_of_several_days_still_stays_in_its_country(tmp_path):
    # (guard: the visitor roams the country visited, not another country)
    assert [c for c in conflicts_of(tmp_path, _visit("توکیو")) if c["code"] == "CF05"]


def test_once_again_is_no_name(tmp_path):
    text = "او گفت رئیس‌جمهوری چین بار دیگر آمادگی خود را برای گفت‌وگو اعلام کرده است."
    x = _x(tmp_path, "fa", text, "2023-04-06")
    assert not [c for c in x.claims if c.type == "person_role"]


def test_a_month_alone_months_ahead_told_as_past_is_last_year_s(tmp_path):
    text = (
        "Relations had soured badly since then, notably after the U.S. shot down a Chinese "
        "surveillance balloon in February."
    )
    days = [c.value["iso"] for c in _x(tmp_path, "en", text, "2023-11-16").claims if c.type == "date"]
    assert days == ["2023-02"]


def test_a_whole_after_another_figure_and_of_a_possessor(tmp_path):
    text = "A winner needs at least 25% of the vote in 24 of Kenya's 47 counties."
    (whole,) = [f for f in _x(tmp_path, "en", text, "2022-08-15").frames if f.value.get("low") == 47]
    assert whole.qualifiers.get("whole")


def test_a_month_alone_soon_ahead_stays_the_coming_one(tmp_path):
    # (guard: "the May midterm elections" in a report of March are this May's, though the verb of
    # the sentence is past)
    text = "دوترته در گردهمایی هوادارانش برای حمایت از نامزدهای حزبش در انتخابات ماه مه سخنرانی کرده بود."
    days = [c.value["iso"] for c in _x(tmp_path, "fa", text, "2025-03-12").claims if c.type == "date"]
    assert days == ["2025-05"]


def test_a_day_in_a_since_clause_is_the_last_one_before_the_report(tmp_path):
    # (from the batch's held-out stories, after scoring them: "since the military seized power on
    # Feb. 1" in a report of 6 December is that February's; without "since", a day so near ahead
    # stays the report's slip, as tests/test_days_set_for.py wants)
    text = (
        "A court sentenced Aung San Suu Kyi to four years in prison on Monday, Dec. 6, 2021, the first "
        "verdict since the military seized power on Feb. 1."
    )
    days = [c.value["iso"] for c in _x(tmp_path, "en", text, "2021-12-06").claims if c.type == "date"]
    assert days == ["2021-12-06", "2021-02-01"]


def test_a_day_in_a_since_clause_weeks_ahead_stays_a_slip(tmp_path):
    # (guard: "held since August 26" in a report of 7 August is the report's slip, which IN04 quotes)
    text = "Bazoum has been held with his wife and son at his residence since August 26."
    x = _x(tmp_path, "en", text, "2023-08-07")
    (day,) = [c for c in x.claims if c.type == "date"]
    assert day.value["iso"] == "2023-08-26" and "ahead" in day.flags
