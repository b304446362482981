"""Ranges in two calendars, a date's twin, the part of those aboard one country's, a figure
given before the latest one, a forecast, a rounded share, and places that are also words.

Articles written for these tests from real reporting, in our own words:
- the floods in Valencia of Tuesday 29 October 2024, and the three days of mourning from
  Thursday 31 October to Saturday 2 November (10 to 12 Aban 1403);
- the Jeju Air crash at Muan on Sunday 29 December 2024: 181 aboard, 175 passengers (173 of them
  South Korean), mourning until 4 January 2025 (15 Dey 1403);
- the Herat earthquakes of Saturday 7 October 2023: 2,053 dead by the Taliban's count on Sunday,
  after OCHA's first figure of 320;
- the Myanmar earthquake of 28 March 2025, whose toll USGS warned could exceed 10,000;
- the Nikkei's fall of 12.4% on Monday 5 August 2024;
- the Hong Kong court's order to wind up China Evergrande on 29 January 2024;
- South Africa's general election of 29 May 2024.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, extraction_of, md, problems_of, subfolder


def test_a_range_beside_a_range_pairs_its_ends(tmp_path):
    """«از پنجشنبه ۱۰ آبان تا شنبه ۱۲ آبان (۳۱ اکتبر تا ۲ نوامبر)»: the first range's end stands
    next to the second's start, but start goes with start and end with end; a wrong end still
    shows."""
    text = (
        " date 2024-11-01\nعزای عمومی در اسپانیا\nپدرو سانچز سه روز عزای عمومی از پنجشنبه ۱۰ آبان تا شنبه ۱۲ آبان"
        " (۳۱ اکتبر تا ۲ نوامبر) اعلام کرد.\n"
    )
    assert not [f for f in problems_of(tmp_path, {"fa.txt": text}) if f["code"] == "IN02"]
    wrong = text.replace("تا ۲ نوامبر", "تا ۳ نوامبر")
    assert [f for f in problems_of(subfolder(tmp_path, "w"), {"fa.txt": wrong}) if f["code"] == "IN02"]


def test_torrents_are_no_seoul_but_a_dateline_is(tmp_path):
    """«حوّلت الشوارع إلى سيول جارفة» (turned the streets into raging torrents) names no place;
    «سيول -» opening a line is a dateline's Seoul."""
    flood = " date 2024-11-01\nفيضانات فالنسيا\nأغرقت الأمطار إقليم فالنسيا وحوّلت الشوارع إلى سيول جارفة.\n"
    x = extraction_of(tmp_path, "ar.txt", flood)
    assert not [c for c in x.claims if c.type == "place" and c.value["place"] == "kr.seoul"]
    dated = " date 2024-12-15\nعزل الرئيس\nسيول - صوّت البرلمان الكوري الجنوبي على عزل الرئيس.\n"
    x = extraction_of(subfolder(tmp_path, "d"), "ar.txt", dated)
    assert [c for c in x.claims if c.type == "place" and c.value["place"] == "kr.seoul"]


def test_a_date_in_parentheses_is_what_its_twin_is(tmp_path):
    """«هفت روز عزای عمومی تا ۱۵ دی ۱۴۰۳ (۴ ژانویه ۲۰۲۵) اعلام کرد»: the Gregorian twin is an
    "until" too, a day to come, not one a past verb dates after the report (IN04)."""
    text = (
        " date 2024-12-29\nسقوط هواپیما در کره جنوبی\nرئیس‌جمهور موقت کره جنوبی هفت روز عزای عمومی تا ۱۵ دی ۱۴۰۳"
        " (۴ ژانویه ۲۰۲۵) اعلام کرد.\n"
    )
    assert not [f for f in problems_of(tmp_path, {"fa.txt": text}) if f["code"] == "IN04"]


_MUAN = {
    "en.md": md(
        "en",
        "2024-12-30",
        "A Jeju Air Boeing 737-800 crashed at Muan International Airport on Sunday, December 29, killing 179 of"
        " the 181 people on board. There were 175 passengers and six crew members.",
    ),
    "fa.txt": " date 2024-12-29\nسقوط هواپیمای ججو ایر\nهواپیمای بوئینگ ۷۳۷ ججو ایر با ۱۸۱ سرنشین شامل ۱۷۵ مسافر و"
    " ۶ خدمه روز یکشنبه ۹ دی در فرودگاه موان سقوط کرد. ۱۷۳ نفر از مسافران شهروند کره جنوبی و دو نفر تبعه تایلند"
    " بودند.\n",
    "ar.txt": " date 2024-12-29\nتحطم طائرة جيجو إير\nتحطمت طائرة بوينغ 737 تابعة لشركة جيجو إير في مطار موان"
    " الأحد وعلى متنها 181 شخصا، بينهم 175 راكبا وستة من أفراد الطاقم. وذكرت السلطات أن 173 من الركاب كوريون"
    " جنوبيون، واثنين يحملان الجنسية التايلاندية.\n",
}


def test_those_aboard_of_one_country_are_a_part(tmp_path):
    """«۱۷۳ نفر از مسافران شهروند کره جنوبی», «173 من الركاب كوريون جنوبيون»: the South Koreans
    among the passengers, no count of all aboard; a changed total still conflicts."""
    assert not conflicts_coded(tmp_path, _MUAN, "CF03")
    assert conflicts_coded(
        subfolder(tmp_path, "c"), edited(_MUAN, "ar.txt", "175 راكبا", "157 راكبا"), "CF03"
    )


_HERAT = {
    "en.md": md(
        "en",
        "2023-10-08",
        "KABUL — More than 2,000 people were killed when a series of powerful earthquakes struck western"
        " Afghanistan on Saturday, officials of the Taliban administration said on Sunday.\n\nA spokesman for the"
        " Ministry of Disaster Management said 2,053 people had died and 9,240 had been injured in Herat province,"
        " according to Reuters.\n\nThe toll climbed sharply overnight. On Saturday evening the United Nations"
        " Office for the Coordination of Humanitarian Affairs (OCHA) had given a preliminary figure of 320 dead.",
    ),
    "fa.txt": " date 2023-10-08\nشمار جان‌باختگان زمین‌لرزه‌های هرات از ۲ هزار نفر گذشت\nبه نقل از رویترز، سخنگوی"
    " وزارت رسیدگی به حوادث در دولت طالبان روز یکشنبه ۱۶ مهر ۱۴۰۲ اعلام کرد که شمار کشته‌شدگان زمین‌لرزه‌های غرب"
    " افغانستان به ۲۰۵۳ نفر رسیده است.\n\nدفتر هماهنگی امور بشردوستانه سازمان ملل متحد (اوچا) عصر شنبه در"
    " نخستین برآورد خود شمار قربانیان را ۳۲۰ نفر اعلام کرده بود، اما این رقم در کمتر از یک شبانه‌روز چند برابر"
    " شد.\n",
}


def test_a_toll_every_report_gives_before_the_latest_is_no_rival(tmp_path):
    """A running count that each report tells at two stages (320 on Saturday evening, 2,053 by
    Sunday): the earlier figure is no conflict with the later; a third figure still is."""
    assert not conflicts_coded(tmp_path, _HERAT, "CF03")
    assert conflicts_coded(subfolder(tmp_path, "c"), edited(_HERAT, "fa.txt", "۲۰۵۳", "۳۰۵۳"), "CF03")


def test_a_toll_that_could_be_reached_is_a_forecast(tmp_path):
    """ "could exceed 10,000", «قد يتجاوز عشرة آلاف», «ممکن است از ۱۰ هزار نفر فراتر رود»: a
    forecast, kept apart from the dead counted."""
    story = {
        "en.md": md(
            "en",
            "2025-03-29",
            "A magnitude 7.7 earthquake struck central Myanmar on Friday, killing more than 1,000 people. The"
            " U.S. Geological Survey warned that the number of deaths could exceed 10,000.",
        ),
        "fa.txt": " date 2025-03-29\nزلزله میانمار\nزمین‌لرزه ۷٫۷ ریشتری روز جمعه در مرکز میانمار بیش از هزار کشته"
        " برجای گذاشت. سازمان زمین‌شناسی آمریکا برآورد کرده است که شمار کشته‌ها ممکن است از ۱۰ هزار نفر فراتر رود.\n",
        "ar.txt": " date 2025-03-29\nزلزال ميانمار\nأودى زلزال بقوة 7.7 درجات ضرب وسط ميانمار الجمعة بحياة أكثر من"
        " ألف شخص. وحذّرت هيئة المسح الجيولوجي الأمريكية من أن عدد القتلى قد يتجاوز عشرة آلاف شخص.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_share_rounded_to_a_whole_per_cent_agrees(tmp_path):
    """«سقوط ۱۲ درصدی» in a headline, 12.4% in the text of another report: the same fall rounded;
    11% would not be."""
    story = {
        "fa.txt": " date 2024-08-05\nسقوط ۱۲ درصدی نیکی\nشاخص نیکی بورس توکیو روز دوشنبه ۱۲ درصد سقوط کرد.\n",
        "en.md": md("en", "2024-08-05", "Japan's Nikkei index fell 12.4% on Monday in Tokyo."),
    }
    assert not conflicts_coded(tmp_path, story, "CF03")
    assert conflicts_coded(
        subfolder(tmp_path, "c"), edited(story, "fa.txt", "روز دوشنبه ۱۲ درصد", "روز دوشنبه ۱۱ درصد"), "CF03"
    )


def test_a_count_of_years_that_names_them_is_no_duration(tmp_path):
    """«در مجموع دو سال ۲۰۲۱ و ۲۰۲۲ … زیان» (over the two years 2021 and 2022): which years, not
    two years since 2021 (IN03)."""
    text = (
        " date 2024-01-29\nدادگاه هنگ‌کنگ حکم انحلال غول بدهکار املاک چین را صادر کرد\nاین شرکت پیش‌تر در ژوئیه"
        " ۲۰۲۳ با انتشار گزارش‌های مالی معوقه خود اعلام کرده بود در مجموع دو سال ۲۰۲۱ و ۲۰۲۲ حدود ۵۸۱ میلیارد یوان"
        " زیان خالص داشته است.\n"
    )
    assert not [f for f in problems_of(tmp_path, {"fa.txt": text}) if f["code"] == "IN03"]


_POLOKWANE = {
    "en.md": md(
        "en",
        "2024-06-02",
        "JOHANNESBURG — South Africa's African National Congress has lost its parliamentary majority for the first"
        " time since the end of apartheid, final results announced on Sunday showed.\n\nThe Electoral Commission"
        " said the ANC won 40.18% of the vote in the May 29 election, down from 57.50% in 2019.\n\nFormer president"
        " Jacob Zuma's uMkhonto weSizwe (MK) party took third place with 14.58% and 58 seats, powered by about 45%"
        " of the vote in KwaZulu-Natal, Zuma's home province.",
    ),
    "fa.txt": " date 2024-06-02\nپایان ۳۰ سال اکثریت کنگره ملی آفریقا\nبه نقل از خبرگزاری فرانسه، کمیسیون انتخابات"
    " آفریقای جنوبی امروز یکشنبه ۱۳ خرداد ۱۴۰۳ نتایج نهایی انتخابات سراسری روز چهارشنبه ۹ خرداد (۲۹ مه) را اعلام کرد."
    "\n\nکنگره ملی آفریقا تنها ۴۰٫۱۸ درصد آرا را کسب کرد؛ این حزب در انتخابات ۲۰۱۹ با ۵۷٫۵ درصد آرا ۲۳۰ کرسی در"
    " اختیار داشت. حزب «اومکونتو وی‌سیزوه» (MK) به رهبری «جیکوب زوما»، رئیس‌جمهور پیشین، با ۱۴٫۵۸ درصد آرا و ۵۸"
    " کرسی سوم شد.\n",
}


def test_a_candidates_share_in_one_province_is_that_provinces(tmp_path):
    """ "about 45% of the vote in KwaZulu-Natal": the province's share, not a second national
    share of the party that won 14.58%; and "57.50% in 2019" dates the figure, no fact of 2019
    against the election's day."""
    assert not conflicts_coded(tmp_path, _POLOKWANE, "CF03")
    assert not conflicts_coded(tmp_path, _POLOKWANE, "CF02")
