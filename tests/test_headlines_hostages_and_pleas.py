"""Session 84, probe batches 64 and 65 (stories written by helpers that saw no code: a cafe siege,
a surprise rate cut, a river cruise ship capsizing, an outbreak declared; a club fire, a
referendum, a state visit, a fraud sentencing):

- a figure an office "recommended" is one asked for, like one "sought" (rules/predicates
  ``requested``), in every language;
- an initial y is one Persian and Arabic may write where Latin has a vowel before a vowel, and Latin
  may leave out ("Iohannis" = «یوهانیس»: rules/transliteration ``skeleton_initial_optional``);
- two days given to a visit are its two days when each report names the other's day too;
- a quoted ballot option ("Yes", «"لا"») owns the share beside it, and an option after the next
  figure is that figure's;
- a day of the news is no founding a report recalls ("founded in 1901" against "agreed on Monday,
  December 18 to buy the Pittsburgh-based company");
- "aged between 50 and 80" is an age range, no count aboard;
- the day right after the occasion's word dates it, not an earlier-written later day of what followed
  ("searched … on Wednesday … after the vessel capsized in a storm on Monday night"), and an
  occasion's setting shares its day (rules/events ``setting_words``);
- commandos who "storm" a cafe bring no storm (rules/events ``not_triggers``);
- a hostage is a detainee and so a person: "20 hostages were killed" is a toll;
- «سعر برميل النفط نحو 60 دولاراً» is a unit price, and an "assumption" a forecast;
- a bare date is of the arrest or the plea its clause tells (rules/predicates ``bare_date_subject``);
- a figure of a headline that its own body contradicts is an inconsistency (IN05);
- a figure with one decimal before «صبح» is no clock time («به بزرگی ۶.۸ صبح روز سه‌شنبه»).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import (
    assert_some_says,
    conflicts_coded,
    edited,
    findings_of,
    frames_of,
    md,
    md_extraction,
    problems_of,
    subfolder,
)


def _frames(x, predicate):
    return [f for f in x.frames if f.predicate == predicate]


def _places(x) -> list[str]:
    return [c.text for c in x.claims if c.type == "place"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A judge sentenced Madoff to 150 years in prison on Monday. The court's probation "
            "department had recommended 50 years.",
        ),
        (
            "ar",
            "حكمت محكمة يوم الاثنين بسجن مادوف ١٥٠ عاما. وكان مكتب المراقبة التابع للمحكمة قد أوصى بالسجن ٥٠ عاما.",
        ),
    ],
)
def test_a_recommended_term_is_one_asked_for(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2009-06-29")
    [fifty] = [f for f in x.frames if f.value.get("low") == 50]
    assert fifty.qualifiers.get("requested")


def test_an_initial_y_meets_a_latin_vowel_before_a_vowel(tmp_path):
    found = findings_of(
        tmp_path,
        {
            "en.txt": "BUCHAREST, Oct 31 - President Klaus Iohannis offered his condolences after the fire.",
            "fa.txt": "بخارست - کلاوس یوهانیس، رئیس‌جمهور رومانی، به خانواده‌های قربانیان آتش‌سوزی تسلیت گفت.",
        },
    )
    assert not [f for f in found if f["code"] == "CF01"]
    assert_some_says([f for f in found if f["code"] == "AG01"], "Romania's president")


_VISIT = {
    "en.md": md(
        "en",
        "2016-01-23",
        "TEHRAN, Jan 23 - Xi Jinping began a state visit to Iran, the first by a Chinese president in 14 "
        "years, flying in to Tehran on Friday evening, Jan. 22. He held talks with President Hassan "
        "Rouhani on Saturday, Jan. 23, and the two signed 17 agreements.",
    ),
    "ar.md": md(
        "ar",
        "2016-01-24",
        "طهران - وقعت الصين وإيران السبت 23 يناير/كانون الثاني 2016 سبع عشرة اتفاقية خلال زيارة الرئيس الصيني "
        "شي جين بينغ لطهران.\n\nووصل شي إلى العاصمة الإيرانية مساء الجمعة 22 يناير/كانون الثاني قادما من القاهرة.",
    ),
}


def test_two_days_of_one_visit_that_each_report_names_are_no_conflict(tmp_path):
    assert not conflicts_coded(tmp_path, _VISIT, "CF04")


def test_a_visit_day_the_other_report_does_not_name_is_still_a_conflict(tmp_path):
    # (guard: the Arabic report names no Friday arrival, so its Saturday is another day)
    story = edited(
        _VISIT, "ar.md", "ووصل شي إلى العاصمة الإيرانية مساء الجمعة 22 يناير/كانون الثاني", "ووصل شي"
    )
    assert conflicts_coded(tmp_path, story, "CF04")


def test_a_quoted_option_owns_the_share_beside_it(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "ANKARA, April 17 - Turkish voters narrowly approved the changes in Sunday's referendum. With "
        'nearly all ballots counted, the "Yes" camp won about 51.4 percent of the vote against 48.6 '
        'percent for "No", the election board said.',
        "2017-04-17",
    )
    sides = {f.value["low"]: f.qualifiers.get("candidate") for f in _frames(x, "votes")}
    assert sides == {50.4: "side:yes", 48.6: "side:no"}


def test_an_option_after_the_next_figure_is_that_figures(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "أنقرة - أظهرت نتائج الاستفتاء على التعديلات الدستورية أن المؤيدين حصلوا على نحو 51.4% من الأصوات "
        'مقابل 48.6% لمعسكر "لا".',
        "2017-04-17",
    )
    sides = {f.value["high"]: f.qualifiers.get("candidate") for f in _frames(x, "votes")}
    assert sides.get(48.6) == "side:no"
    assert sides.get(52.4) != "side:no"


def test_a_founding_of_long_ago_is_no_day_of_the_news(tmp_path):
    story = {
        "a.md": md(
            "ar", "2023-12-19", "واشنطن - وتأسست شركة يو إس ستيل عام ١٩٠١ ويقع مقرها في مدينة بيتسبرغ."
        ),
        "b.md": md(
            "ar",
            "2023-12-22",
            "واشنطن - وكانت شركة نيبون ستيل قد اتفقت يوم الاثنين 18 ديسمبر/كانون الأول على شراء الشركة التي "
            "تتخذ من بيتسبرغ مقرا لها مقابل 14.1 مليار دولار.",
        ),
        "c.md": md(
            "en",
            "2023-12-19",
            "WASHINGTON - U.S. Steel, founded in 1901, will keep its headquarters in Pittsburgh.",
        ),
    }
    assert not conflicts_coded(tmp_path, story, "CF02")


def test_passengers_aged_between_two_figures_are_no_count_aboard(tmp_path):
    frames = frames_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2015-06-03",
            "JIANLI, June 3 - The ship was carrying 456 people. Most of the passengers were aged between 50 "
            "and 80 and had joined a tour.",
        ),
    )
    assert [(f.value["low"], f.value["high"]) for f in frames if f.predicate == "age"] == [(50, 80)]
    assert [f.value["low"] for f in frames if f.predicate == "aboard"] == [456]


def test_the_day_after_the_occasions_word_dates_it_not_the_later_search(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "Cruise ship capsizes on the Yangtze\n\nJIANLI, China, June 3 - Divers searched the upturned hull "
        "on Wednesday, looking for hundreds of people still missing after the vessel, carrying 456 "
        "people, capsized in a violent storm on the Yangtze River on Monday night.",
        "2015-06-03",
    )
    [main] = [m for m in x.mentions if m.main]
    assert main.type == "crash"
    [day] = [c for c in x.claims if c.id == main.date]
    assert day.value["iso"] == "2015-06-01"


@pytest.mark.parametrize(
    "headline",
    # ("stormed" is a guard: the verb's past was never read as a storm)
    ["Bangladesh commandos storm Dhaka cafe, 20 hostages found dead", "Commandos stormed a Dhaka cafe"],
)
def test_commandos_who_storm_a_cafe_bring_no_storm(tmp_path, headline):
    x = md_extraction(
        tmp_path,
        "en",
        f"{headline}\n\nDHAKA, July 2 - Gunmen attacked a cafe in Dhaka's Gulshan district on Friday night.",
        "2016-07-02",
    )
    assert "flood" not in {m.type for m in x.mentions}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "DHAKA, July 2 - Gunmen attacked a cafe in Dhaka on Friday. Twenty hostages were killed in the attack.",
        ),
        ("fa", "داکا - مردان مسلح روز جمعه به یک کافه در داکا حمله کردند. در این حمله ۲۰ گروگان کشته شدند."),
    ],
)
def test_hostages_killed_are_a_toll(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2016-07-02")
    assert [f.value["low"] for f in _frames(x, "killed")] == [20]


def test_an_oil_price_assumed_is_one_forecast_priced_per_barrel_in_every_language(tmp_path):
    texts = {
        "en": "OTTAWA - The bank's forecast is based on an assumption that oil will trade at around $60 a barrel.",
        "ar": "أوتاوا - وجاءت توقعات البنك على افتراض أن يبلغ سعر برميل النفط نحو 60 دولاراً.",
        "fa": "اتاوا - پیش‌بینی بانک بر این فرض استوار است که قیمت هر بشکه نفت در حدود 60 دلار باقی بماند.",
    }
    for lang, text in texts.items():
        [amount] = _frames(md_extraction(subfolder(tmp_path, lang), lang, text, "2015-01-21"), "amount")
        assert (amount.qualifiers.get("price"), amount.qualifiers.get("requested")) == (True, "forecast"), (
            lang
        )


_PLEA = {
    "en.md": md(
        "en",
        "2009-06-29",
        "NEW YORK, June 29 - Madoff was sentenced to 150 years in prison on Monday. Madoff pleaded guilty "
        "on March 12 to 11 federal counts.\n\nHe was arrested on Dec. 11 last year after telling his sons "
        "that his business was a lie.",
    ),
    "fa.md": md(
        "fa",
        "2009-06-30",
        "نیویورک - برنارد مداف روز دوشنبه به ۱۵۰ سال زندان محکوم شد. او روز ۱۲ مارس ۲۰۰۹ به ۱۱ فقره "
        "اتهام فدرال اعتراف کرده بود.\n\nاو ۱۱ دسامبر ۲۰۰۸ بازداشت شده بود.",
    ),
}


def test_the_day_of_an_arrest_is_compared_with_the_arrests(tmp_path):
    assert not conflicts_coded(subfolder(tmp_path, "as_written"), _PLEA, "CF02")
    changed = edited(_PLEA, "fa.md", "۱۱ دسامبر ۲۰۰۸", "۱۶ دسامبر ۲۰۰۸")
    [clash] = conflicts_coded(subfolder(tmp_path, "changed"), changed, "CF02")
    assert "arrest" in clash["message"]


_HEADLINED = {
    "ar.md": md(
        "ar",
        "2016-01-24",
        "شي وروحاني يتفقان على رفع التبادل التجاري إلى 900 مليار دولار خلال عشر سنوات\n\nطهران - "
        "اتفقت الصين وإيران على رفع حجم التبادل التجاري بينهما إلى 600 مليار دولار خلال السنوات العشر المقبلة.",
    ),
    "en.md": md(
        "en",
        "2016-01-23",
        "TEHRAN, Jan 23 - China and Iran agreed to expand bilateral trade to $600 billion over the next decade.",
    ),
}


def test_a_headline_figure_its_own_body_contradicts_is_an_inconsistency(tmp_path):
    [found] = [f for f in problems_of(tmp_path, _HEADLINED) if f["code"] == "IN05"]
    assert found["message"].startswith("ar: its headline gives")
    assert sorted(v["display"] for v in found["values"]) == [
        "600,000,000,000 dollars",
        "900,000,000,000 dollars",
    ]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("41,000 people missing", "41,054 people are missing"),  # (a headline rounds)
        ("200,000 people affected", "more than 200,000 people were affected"),  # (and drops a hedge)
    ],
)
def test_a_headline_that_rounds_or_drops_a_hedge_is_no_inconsistency(tmp_path, head, body):
    # (guards of IN05)
    story = {
        "en.md": md("en", "2008-05-06", f"Cyclone: {head}\n\nYANGON, May 6 - Officials said {body}."),
        "en2.md": md("en", "2008-05-06", f"YANGON, May 6 - Officials said {body}."),
    }
    assert not [f for f in problems_of(tmp_path, story) if f["code"] == "IN05"]


def test_one_decimal_before_morning_is_no_clock_time(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "پکن - زمین‌لرزه‌ای به بزرگی ۶.۸ صبح روز سه‌شنبه ۱۸ دی ۱۴۰۳ منطقه تبت را لرزاند. ساعت ۹.۰۵ صبح بود.",
        "2025-01-07",
    )
    assert [f.value["low"] for f in _frames(x, "magnitude")] == [6.8]
    assert 9.05 not in [c.value.get("low") for c in x.claims if c.type == "number"]


# Batches 67 and 68 (a mine blast, a prisoner swap, a removal vote, a pipeline hack; a wildfire, a
# blocked merger, a summit's pledges, a river ditching).


def test_the_year_a_forecast_is_for_is_no_date_of_anything(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "أوتاوا - خفّض البنك توقعاته لنمو الاقتصاد الكندي في عام 2015 إلى 2.1% من 2.4%.",
        "2015-01-21",
    )
    assert not [f for f in x.frames if f.value.get("iso") == "2015"]


def test_the_year_a_goal_names_stays_a_date(tmp_path):
    # (guard: a target's words hold the Paris Agreement's year, which is a date)
    x = md_extraction(
        tmp_path,
        "en",
        "DUBAI - Emissions must fall 43% by 2030 to keep the 1.5C goal of the 2015 Paris Agreement within reach.",
        "2023-12-13",
    )
    assert [f for f in x.frames if f.value.get("iso") == "2015"]


def test_two_sums_each_report_gives_both_of_are_no_conflict(tmp_path):
    # (the headline and the first three paragraphs of each report of the G20 summit, batch 68)
    story = Path(__file__).parent.parent / "benchmarks" / "probes" / "g20_london_2009"
    texts = {
        p.name: "".join(p.read_text(encoding="utf-8").splitlines(keepends=True)[:_LEAD_LINES])
        for p in sorted(story.glob("*.txt"))
    }
    assert len(texts) == 3
    assert not conflicts_coded(tmp_path, texts, "CF03")


_LEAD_LINES = 13  # front matter, headline and three paragraphs


def test_a_greek_ch_is_a_k(tmp_path):
    found = findings_of(
        tmp_path,
        {
            "en.md": md(
                "en", "2009-01-16", "NEW YORK - Mayor Michael Bloomberg said the pilot did a masterful job."
            ),
            "ar.md": md(
                "ar", "2009-01-16", "نيويورك - وقال عمدة نيويورك مايكل بلومبرغ إن الطيار أدى عملا بارعا."
            ),
        },
    )
    assert not [f for f in found if f["code"] == "CF01"]


def test_a_french_ch_meets_a_persian_or_arabic_sh_in_a_place_name(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2009-01-16",
            "NEW YORK, Jan 15 - A US Airways jetliner ditched in the Hudson River on Thursday after birds "
            "knocked out both engines.\n\nFlight 1549, an Airbus A320 bound for Charlotte, North Carolina, "
            "with 150 passengers and five crew members, came down in the river off midtown Manhattan.",
        ),
        "ar.md": md(
            "ar",
            "2009-01-16",
            "نيويورك - نجا جميع ركاب وأفراد طاقم طائرة تابعة لشركة يو إس إيرويز، بعدما هبطت الطائرة اضطراريا على "
            "مياه نهر هدسون، بعد ظهر الخميس ١٥ يناير/كانون الثاني ٢٠٠٩، إثر تعطل محركيها.\n\nوذكرت إدارة الطيران "
            "أن طاقم الرحلة رقم ١٥٤٩ أبلغ عن اصطدام الطائرة بطيور أثناء صعودها. وكانت الطائرة متجهة إلى مدينة "
            "شارلوت في ولاية كارولاينا الشمالية وعلى متنها ١٥٠ راكبا و٥ من أفراد الطاقم.",
        ),
    }
    assert not conflicts_coded(tmp_path, story, "CF05")


def test_a_preposition_after_a_mine_is_no_mines_name(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "واشنطن - لقي 38 عاملا حتفهم عام 1970 في انفجار بمنجم قرب بلدة هايدن في ولاية كنتاكي.",
        "2010-04-06",
    )
    assert "قرب" not in _places(x)


def test_a_foreign_name_of_two_words_stays_whole(tmp_path):
    x = md_extraction(
        tmp_path, "ar", "ألبرتا - حريق غابات يخلي مدينة فورت ماكموري الكندية بالكامل.", "2016-05-04"
    )
    assert "فورت ماكموري" in _places(x)


def test_a_rule_that_had_begun_is_no_year_it_ended(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "برازیلیا - با این تصمیم، ۱۳ سال حکومت حزب کارگران که با ریاست‌جمهوری لولا در سال ۲۰۰۳ آغاز شده بود، پایان یافت.",
        "2016-09-01",
    )
    assert [f.predicate for f in x.frames if f.value.get("iso") == "2003"] == ["founded"]


@pytest.mark.parametrize(
    ("lang", "text", "hedge"),
    [
        (
            "ar",
            "وتجاوز متوسط سعر غالون البنزين العادي على المستوى الوطني 3 دولارات للمرة الأولى.",
            "more_than",
        ),
        # (a guard: the figure «البالغة» states is no bound, whatever verb stands before)
        ("ar", "وتجاوز هذا الهبوط الخسارة البالغة 3836.48 نقطة التي سجلت عام 1987.", None),
        ("ar", "ولا يتجاوز الحد الأدنى للأجور فيه ٣٠٠٠ تاكا شهرياً.", "at_most"),
        (
            "en",
            "Trade stood at $10.47 billion, with Indian exports to Kuwait crossing $2 billion.",
            "more_than",
        ),
    ],
)
def test_a_verb_of_exceeding_before_its_subject_bounds_the_figure(tmp_path, lang, text, hedge):
    x = md_extraction(tmp_path, lang, text, "2021-05-13")
    figures = {c.value["value"]: c.value.get("hedge") for c in x.claims if c.type == "number"}
    [value] = [v for v in figures if v in (3, 3836.48, 3000, 2_000_000_000)]
    assert figures[value] == hedge


# Batches 69 and 70 (a battery factory fire, a release after a court ruling, a census, an eruption;
# a heatwave, a bridge protest, a tanker collision, a trade pact), and batch 68's ditching.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "US Airways jet ditches in Hudson River\n\nNEW YORK, Jan 15 - All 155 people aboard survived.",
        ),
        ("ar", "نجاة ١٥٥ شخصا بعد هبوط طائرة ركاب اضطراريا في نهر هدسون\n\nنيويورك - نجا جميع الركاب."),
        ("fa", "فرود اضطراری هواپیمای مسافربری روی رود هادسون\n\nنیویورک - همه ۱۵۵ سرنشین نجات یافتند."),
    ],
)
def test_an_airliner_ditched_or_landed_in_an_emergency_is_an_accident(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2009-01-16")
    assert [m.type for m in x.mentions if m.main] == ["crash"]


def test_and_above_closes_the_age_before_it(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "بكين - بلغت نسبة من هم في سن الخامسة والستين فما فوق 13.50% من السكان. وقتل أكثر من 20 شخصا.",
        "2021-05-11",
    )
    hedges = {c.value["value"]: c.value.get("hedge") for c in x.claims if c.type == "number"}
    assert (hedges[13.5], hedges[20]) == (None, "more_than")


def test_a_toll_that_passes_a_figure_is_more_than_it(tmp_path):
    x = md_extraction(
        tmp_path, "en", "Karachi heatwave toll passes 1,000\n\nKARACHI - Hospitals were full.", "2015-06-25"
    )
    assert [c.value.get("hedge") for c in x.claims if c.type == "number" and c.value["value"] == 1000] == [
        "more_than"
    ]


def test_the_accused_after_prison_is_no_place(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "برازيليا - وكانت المحكمة العليا قد ألغت اجتهادها الذي كان يجيز سجن المتهم بعد رفض أول استئناف.",
        "2019-11-08",
    )
    assert "المتهم" not in _places(x)


def test_thousands_of_tons_of_condensate_are_tons(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "تهران - این نفتکش حدود ۱۳۶ هزار تن میعانات گازی را به مقصد کره جنوبی حمل می‌کرد.",
        "2018-01-14",
    )
    assert [c.value["unit"] for c in x.claims if c.type == "number"] == ["ton"]
