"""A running count joined to its day by a preposition alone ("51 dead on Saturday"), and a town's
name after a region's head noun («منطقة فالبارايسو»), found by running the third batch of
session-37 probe stories unchanged.

Articles written for these tests from real reporting, in our own words: the wildfires around Viña
del Mar and Valparaíso, central Chile, from Friday 2 February 2024, whose toll was 51 on Saturday,
99 on Sunday and 112 on Monday.
"""

from __future__ import annotations

from tests.helpers import extraction_of, frames_of, main_of, md


def test_a_count_joined_to_its_day_is_that_days(tmp_path):
    text = md(
        "en",
        "2024-02-07",
        "The toll has climbed since the fires broke out on Friday, February 2: authorities counted 51 dead"
        " on Saturday, 99 on Sunday and 112 on Monday.",
    )
    [killed] = [f for f in frames_of(tmp_path, "en.md", text) if f.predicate == "killed" and "51" in f.text]
    assert killed.time and killed.time["earliest"] == "2024-02-03"


def test_a_towns_name_after_a_regions_head_is_the_region(tmp_path):
    text = md(
        "ar",
        "2024-02-03",
        "ارتفعت حصيلة حرائق الغابات التي تجتاح منطقة فالبارايسو في وسط تشيلي إلى 51 قتيلا، واشتعلت النيران"
        " قرب مدينة فالبارايسو.",
    )
    places = [
        c.value.get("place") for c in extraction_of(tmp_path, "ar.md", text).claims if c.type == "place"
    ]
    assert places[:1] == ["CL-VS"] and "cl.valparaiso" in places


_AROUND = (
    "سانتیاگو – شمار جان‌باختگان آتش‌سوزی‌های جنگلی در اطراف شهرهای وینیا دل مار و والپارایسو در مرکز"
    " شیلی تا روز دوشنبه ۱۶ بهمن ۱۴۰۲ (۵ فوریه ۲۰۲۴) به ۱۱۲ نفر رسید."
    " باد شدید و گرمای کم‌سابقه آتش را به محله‌های مسکونی روی تپه‌ها کشاند. هزاران خانه در این شهرها"
    " ویران شد.\n\nگابریل بوریچ، رئیس‌جمهوری شیلی،"
    " روز شنبه در مناطق آسیب‌دیده وضعیت اضطراری اعلام کرد تا ارتش بتواند در مهار آتش کمک کند."
)


def test_towns_listed_after_one_around_the_occasion_are_around_it_too(tmp_path):
    main = main_of(tmp_path, "fa.md", md("fa", "2024-02-05", _AROUND))
    assert "cl.valparaiso" not in main.places


def test_a_rise_told_beside_a_bracketed_date_and_a_declarations_weekday_date_no_fire(tmp_path):
    # (the toll's day, «تا روز دوشنبه … (۵ فوریه ۲۰۲۴) به ۱۱۲ نفر رسید», and the day a state of
    # emergency was declared say nothing of when the fire began)
    main = main_of(tmp_path, "fa.md", md("fa", "2024-02-05", _AROUND))
    assert main.date is None
