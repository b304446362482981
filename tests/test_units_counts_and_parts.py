"""Figures the probe stories of session 57 misread: areas in acres, a thousand written with a
padded group, a hedge that opens the next figure, "both", flight numbers, a toll word beside a
count of days, a part of a crew or of those aboard, a central bank's rates, a quake's shaking
intensity, and running counts that every report gives at two stages.

Articles written for these tests from real reporting, in our own words:
- the Palisades and Eaton fires in Los Angeles, January 2025 (23,448 and 14,021 acres);
- the pager and walkie-talkie blasts in Lebanon of 17 and 18 September 2024;
- the Noto Peninsula earthquake of 1 January 2024 and the Haneda runway collision the next day;
- the collision of American Eagle flight 5342 and an Army helicopter over the Potomac, 29 January 2025;
- the Central Bank of Egypt's decision of 6 March 2024.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, extraction_of, frames_of, md


def test_acres_are_an_area_and_no_place(tmp_path):
    """«23448 أكرا» is 23,448 acres, not Accra; and the acres compare with the square kilometres
    another report gives («نحو 95 كيلومترا مربعا»)."""
    text = (
        " date 2025-02-01\nحرائق لوس أنجلوس\nأتى حريق باليساديس في لوس أنجلوس على 23448 أكرا (نحو 95 كيلومترا"
        " مربعا)، وفقا لإدارة الإطفاء في كاليفورنيا.\n"
    )
    x = extraction_of(tmp_path, "ar.txt", text)
    assert not [c for c in x.claims if c.type == "place" and c.value["place"] == "gh.accra"]
    [acres] = [c for c in x.claims if c.type == "number" and c.value.get("unit") == "acre"]
    assert acres.value["value"] == 23448
    story = {
        "ar.txt": text,
        "en.md": md(
            "en", "2025-01-31", "In Los Angeles, the Palisades fire burned 23,448 acres, Cal Fire said."
        ),
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_thousand_and_a_padded_group_is_one_number(tmp_path):
    """«۱۴ هزار و ۰۲۱ آکر» is 14,021 acres, not 14,000 (a group padded with a zero after «هزار و»)."""
    text = " date 2025-02-01\nآتش لس‌آنجلس\nآتش ایتون در لس‌آنجلس ۱۴ هزار و ۰۲۱ آکر را سوزاند.\n"
    x = extraction_of(tmp_path, "fa.txt", text)
    assert [c.value["value"] for c in x.claims if c.type == "number"] == [14021]


def test_a_hedge_after_a_figure_that_opens_the_next_is_the_nexts(tmp_path):
    """«20 قتيلا وأكثر من 450 جريحا»: twenty dead exactly, then more than 450 wounded (the «وأكثر»
    is the start of «أكثر من 450», not "20 and more")."""
    text = (
        " date 2024-09-19\nانفجارات لبنان\nأسفرت الانفجارات في لبنان يوم الأربعاء عن سقوط 20 قتيلا وأكثر من 450"
        " جريحا.\n"
    )
    x = extraction_of(tmp_path, "ar.txt", text)
    [dead] = [c for c in x.claims if c.type == "number" and c.value["value"] == 20]
    assert dead.value["hedge"] is None
    [hurt] = [c for c in x.claims if c.type == "number" and c.value["value"] == 450]
    assert hurt.value["hedge"] == "more_than"


def test_a_toll_word_passes_a_count_of_days(tmp_path):
    """«مجموع کشته‌های دو روز به ۳۲ نفر … رسید»: the 32 are the dead of the two days, not the injured
    named after them (the toll word cannot go to «دو روز»)."""
    text = (
        " date 2024-09-19\nانفجارها در لبنان\nبه این ترتیب مجموع کشته‌های دو روز در لبنان به ۳۲ نفر و شمار زخمی‌ها به"
        " بیش از ۳ هزار نفر رسیده است.\n"
    )
    got = {f.value["low"]: f.predicate for f in frames_of(tmp_path, "fa.txt", text) if f.value.get("low")}
    assert got.get(32) == "killed"
    assert got.get(3000) == "injured"


def test_a_verb_of_death_after_the_count_names_it(tmp_path):
    """«۹ نفر از جمله یک دختر ۸ ساله جان باخته‌اند و حدود ۲۸۰۰ نفر زخمی شده‌اند»: nine dead, not
    nine wounded."""
    text = (
        " date 2024-09-18\nانفجار پیجرها\nوزیر بهداشت لبنان اعلام کرد ۹ نفر از جمله یک دختر ۸ ساله جان باخته‌اند و"
        " حدود ۲۸۰۰ نفر زخمی شده‌اند.\n"
    )
    got = {f.value["low"]: f.predicate for f in frames_of(tmp_path, "fa.txt", text) if f.value.get("low")}
    assert got.get(9) == "killed"


def test_running_counts_every_report_gives_are_no_conflict(tmp_path):
    """Each report gives the first day's toll (12, the pagers), the second day's (20, the radios) and
    the total (32, "at least 32"): figures of two stages it tells, however the key splits them."""
    story = {
        "en.md": md(
            "en",
            "2024-09-19",
            "BEIRUT — At least 32 people have been killed in two days of exploding devices across Lebanon, the"
            " health ministry said. The walkie-talkie explosions on Wednesday killed 20 people. Health Minister"
            " Firass Abiad gave an updated pager toll of 12 dead on Wednesday.",
        ),
        "ar.txt": " date 2024-09-19\nلبنان: 32 قتيلا\nارتفعت حصيلة التفجيرات التي طالت أجهزة الاتصال في لبنان إلى 32"
        " قتيلا بعد موجة ثانية من الانفجارات يوم الأربعاء أسفرت عن سقوط 20 قتيلا. وأفاد وزير الصحة بأن عدد قتلى"
        " انفجارات البيجر ارتفع إلى 12 قتيلا.\n",
        "fa.txt": " date 2024-09-19\nانفجارها در لبنان\nموج دوم انفجارها روز چهارشنبه در لبنان ۲۰ کشته بر جای گذاشت."
        " شمار کشته‌های انفجار پیجرها به ۱۲ نفر رسید. به این ترتیب مجموع کشته‌های دو روز به ۳۲ نفر رسید.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_part_of_a_crew_in_a_quakes_report_is_no_toll(tmp_path):
    """«پنج نفر از شش خدمه هواپیمای گارد ساحلی کشته شدند» in a report of the quake: five of one
    plane's crew, not the quake's toll of at least 84."""
    story = {
        "fa.txt": " date 2024-01-04\nزلزله ژاپن\nشمار جان‌باختگان زلزله ژاپن در استان ایشیکاوا به دست‌کم ۸۴ نفر رسید."
        " روز سه‌شنبه در فرودگاه هانه‌دا یک هواپیمای مسافربری با هواپیمای گارد ساحلی برخورد کرد. پنج نفر از شش"
        " خدمه هواپیمای گارد ساحلی کشته شدند.\n",
        "ar.txt": " date 2024-01-04\nزلزال اليابان\nأعلنت سلطات محافظة إيشيكاوا يوم الخميس ارتفاع حصيلة ضحايا الزلزال إلى"
        " 84 قتيلا على الأقل.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_plane_crashs_part_of_those_aboard_is_its_toll_still(tmp_path):
    """«۹۷ نفر از ۹۹ سرنشین هواپیما کشته شدند» in a crash report: the crash's toll, no part."""
    text = " date 2020-05-23\nسقوط هواپیما در کراچی\nهواپیما روز جمعه در کراچی سقوط کرد و ۹۷ نفر از ۹۹ سرنشین هواپیما کشته شدند.\n"
    [dead] = [f for f in frames_of(tmp_path, "fa.txt", text) if f.predicate == "killed"]
    assert dead.value["low"] == 97 and "x:part" not in (dead.qualifiers.get("scope") or ())


def test_bodies_recovered_from_one_aircraft_are_a_part(tmp_path):
    """ "28 bodies had been recovered, 27 from the plane and one from the helicopter": 27 is part of
    those aboard, no rival of the 67 aboard both aircraft; «هر دو» (both) counts no one; and
    «الرحلة 5342» is a flight's number."""
    story = {
        "en.md": md(
            "en",
            "2025-01-30",
            "WASHINGTON — All 67 people aboard an American Eagle jet and an Army helicopter died after the two"
            " aircraft collided on Wednesday night over the Potomac River. By Thursday, 28 bodies had been"
            " recovered, 27 from the plane and one from the helicopter.",
        ),
        "fa.txt": " date 2025-01-30\nبرخورد بر فراز پوتومک\nیک هواپیمای مسافربری شامگاه چهارشنبه در واشنگتن با یک بالگرد"
        " ارتش برخورد کرد و هر دو در رود پوتومک سقوط کردند. هیچ‌یک از ۶۷ سرنشین دو وسیله پرنده زنده نماندند.\n",
        "ar.txt": " date 2025-01-30\nتصادم فوق نهر بوتوماك\nتصادمت طائرة ركاب مع مروحية عسكرية في واشنطن مساء الأربعاء."
        " وكانت الطائرة تقوم بالرحلة 5342 وعلى متنها 60 راكبا و4 من أفراد الطاقم.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_central_banks_rates_are_no_inflation(tmp_path):
    """«رفعت سعر العملية الرئيسية وسعر الائتمان والخصم إلى 27.75%»: the bank's rates, no rival of
    annual inflation at 29.8% (a bare «سعر» is a price, and prices are inflation's)."""
    story = {
        "ar.txt": " date 2024-03-06\nالمركزي المصري يرفع الفائدة\nرفع البنك المركزي المصري سعري عائد الإيداع والإقراض"
        " إلى 27.25% و28.25%، كما رفع سعر العملية الرئيسية وسعر الائتمان والخصم إلى 27.75%.\n",
        "en.md": md(
            "en",
            "2024-03-06",
            "Egypt's central bank raised its deposit rate to 27.25%. Annual urban inflation stood at 29.8% in"
            " January.",
        ),
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_whole_degree_on_an_intensity_scale_is_no_magnitude(tmp_path):
    """«بلغت شدة الهزة في بلدة شيكا الدرجة 7 … على المقياس الياباني لشدة الزلازل»: the shaking, not
    a magnitude 7 against the 7.6 the agency gave."""
    story = {
        "ar.txt": " date 2024-01-04\nزلزال اليابان\nضرب زلزال بقوة 7.6 درجات محافظة إيشيكاوا يوم الاثنين. وبلغت شدة الهزة"
        " في بلدة شيكا الدرجة 7، وهي أعلى درجة على المقياس الياباني لشدة الزلازل.\n",
        "en.md": md("en", "2024-01-04", "The magnitude 7.6 earthquake struck Ishikawa prefecture on Monday."),
    }
    x = extraction_of(tmp_path, "ar.txt", story["ar.txt"])
    assert {f.predicate for f in x.frames if f.value.get("low") == 7} == {"intensity"}
    assert not conflicts_coded(tmp_path, story, "CF03")
