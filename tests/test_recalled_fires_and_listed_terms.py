"""Session 65, probe batch 16 (six stories written by helpers that saw no code, scored unseen
first: 16 false conflicts). The general readings behind them:

- a figure before a clause mark is the occasion named before it, not the one named after the mark
  ("a blaze … killed at least 67 people, and in June 2010 a fire … killed more than 120");
- two open floors ("at least 67", "more than 120") do not make two recalled occasions one;
- a month named alone and told as past, months ahead of the report, is last year's ("They last
  met in Moscow in March", in October);
- later items of a list of one unit take the first item's predicate («أحكام بالسجن 10 سنوات و14
  عاماً و7 سنوات»: three sentences);
- a start told by "since" alone is no founding another report tells by its word;
- «رفض بلاده», «ثلاث مرات» are no holder's name.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, md, md_extraction, problems_of, subfolder

_x = md_extraction


def test_a_figure_before_a_clause_mark_is_the_occasion_named_before_it(tmp_path):
    text = (
        "DHAKA — A fire in a restaurant building killed 46 people on Thursday. In February 2019, a "
        "blaze in buildings storing chemicals killed at least 67 people, and in June 2010 a fire in "
        "the Nimtali area killed more than 120."
    )
    x = _x(tmp_path, "en", text, "2024-03-01")
    by_mention = {f.value["low"]: f.subject.get("mention") for f in x.frames if f.predicate == "killed"}
    assert by_mention[67] != by_mention[120]
    blaze = next(m for m in x.mentions if m.start == text.index("blaze"))
    assert by_mention[67] == blaze.id


def test_two_recalled_fires_with_open_floors_are_not_one(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2024-03-02",
            "DHAKA — A fire in a restaurant building on Bailey Road killed 46 people on Thursday, "
            "Feb. 29. Bangladesh has a long record of deadly fires: in June 2010, a fire in the "
            "Nimtali area of Old Dhaka killed more than 120 people.",
        ),
        "fa.md": md(
            "fa",
            "2024-03-01",
            "داکا - آتش‌سوزی در یک ساختمان رستوران در خیابان بیلی روز پنجشنبه ۱۰ اسفند ۱۴۰۲ جان ۴۶ نفر "
            "را گرفت. در فوریه ۲۰۱۹ آتش‌سوزی در محله چوک‌بازار داکا دست‌کم ۶۷ کشته برجای گذاشت.",
        ),
    }
    assert conflicts_of(tmp_path, story) == []


def test_a_month_told_as_past_months_ahead_is_last_year_s(tmp_path):
    text = (
        "BEIJING — Putin spoke after Xi at the forum on Wednesday. They last met in Moscow in March, "
        "when Xi paid a state visit. The forum will meet again in March, officials said."
    )
    dates = [c.value["iso"] for c in _x(tmp_path, "en", text, "2023-10-18").claims if c.type == "date"]
    assert dates == ["2023-10-18", "2023-03", "2024-03"]


def test_later_items_of_a_list_take_the_first_item_s_predicate(tmp_path):
    text = (
        "وقد صدرت بحق خان قبل أيام من الاقتراع أحكام بالسجن 10 سنوات و14 عاماً و7 سنوات في ثلاث قضايا منفصلة."
    )
    x = _x(tmp_path, "ar", text, "2024-02-12")
    assert [(f.predicate, f.value["low"]) for f in x.frames if f.value.get("unit") == "year"] == [
        ("sentence", 10),
        ("sentence", 14),
        ("sentence", 7),
    ]


def test_a_start_told_by_since_is_no_founding(tmp_path):
    story = {
        "ar.md": md(
            "ar",
            "2023-07-27",
            "واشنطن - رفع مجلس الاحتياطي الفيدرالي أسعار الفائدة يوم الأربعاء 26 يوليو. ويتابع "
            "المستثمرون قرارات المجلس، الذي تأسس عام 1913، لأن أسعار الفائدة تحدد قيمة العملات.",
        ),
        "fa.md": md(
            "fa",
            "2023-07-27",
            "فدرال رزرو آمریکا روز چهارشنبه ۴ مرداد نرخ بهره را افزایش داد. مجموع افزایش نرخ بهره از "
            "مارس ۲۰۲۲ تاکنون به ۵٫۲۵ واحد درصد رسیده است.",
        ),
    }
    assert [f["code"] for f in conflicts_of(tmp_path, story) if f["code"] == "CF02"] == []


def test_a_country_s_refusal_and_a_count_of_times_are_no_names(tmp_path):
    for i, text in enumerate(
        [
            "وأكد الرئيس الصيني رفض بلاده العقوبات الأحادية والإكراه الاقتصادي.",
            "وأعلن نواز شريف، رئيس الوزراء ثلاث مرات، فوز حزبه.",
        ]
    ):
        x = _x(subfolder(tmp_path, str(i)), "ar", text, "2023-10-18")
        names = [c.value["name"] for c in x.claims if c.type == "person_role"]
        assert not any(w in n for n in names for w in ("رفض", "بلاده", "مرات")), names


def test_a_year_since_and_a_year_of_founding_still_meet(tmp_path):
    """ "the commission's work since 1993" and "the committee first began work in 1993" tell one
    founding: a changed year conflicts."""
    since = (
        "پوتین با اشاره به فعالیت کمیسیون همکاری‌های مشترک روسیه و سوریه از سال {} گفت این کمیسیون فعال است."
    )
    began = "این کمیته مشترک روسیه و سوریه نخستین بار در سال ۱۹۹۳ میلادی آغاز به کار کرده بود."
    story = {"a.md": md("fa", "2021-05-28", since.format("۲۰۰۰")), "b.md": md("fa", "2021-05-28", began)}
    assert any(f["code"] == "CF02" for f in conflicts_of(tmp_path, story))


def test_the_indictment_story_keeps_its_court_its_state_and_its_outlet_apart(tmp_path):
    """A grand jury's indictment is a court's occasion ("indicted", «کیفرخواست», «لائحة اتهام»); the
    outlet's own name in the dateline ("ATLANTA (Capitol Ledger)") is no place; «جورجيا» in an
    article that writes «ولاية جورجيا» is the state; an earlier case ("previously indicted in New
    York") is another occasion; and a bracketed twin of a deadline is one too («تا ظهر جمعه ۳ شهریور
    [۲۵ اوت]»)."""
    story = {
        "en.md": "---\ntitle: t\noutlet: Capitol Ledger\npublished: 2023-08-15\nlanguage: en\n---\n\n"
        "ATLANTA (Capitol Ledger) — A grand jury in Fulton County, Georgia, indicted former "
        "President Donald Trump and 18 others late Monday, Aug. 14. Trump was previously indicted "
        "in New York in a case related to hush-money payments.\n",
        "ar.md": md(
            "ar",
            "2023-08-15",
            "هيئة محلفين في جورجيا توجه الاتهام إلى ترامب\n\nأتلانتا – وجهت هيئة محلفين كبرى في مقاطعة "
            "فولتون بولاية جورجيا الأميركية، مساء الاثنين 14 أغسطس 2023، لائحة اتهام إلى الرئيس "
            "الأميركي السابق دونالد ترامب.",
        ),
        "fa.md": md(
            "fa",
            "2023-08-15",
            "هیئت منصفه عالی در شهرستان فولتون ایالت جورجیا دوشنبه‌شب ۲۳ مرداد ۱۴۰۲ [۱۴ اوت ۲۰۲۳] علیه "
            "دونالد ترامپ کیفرخواست صادر کرد. دادستان به متهمان تا ظهر جمعه ۳ شهریور [۲۵ اوت] فرصت "
            "داده است تا خود را تسلیم کنند.",
        ),
    }
    assert [f["code"] for f in problems_of(tmp_path, story) if f.get("severity") != "info"] == []
    en = extraction_of(subfolder(tmp_path, "en"), "en.md", story["en.md"])
    assert next(m for m in en.mentions if m.main).type == "court"
    assert "us.capitol" not in [c.value["place"] for c in en.claims if c.type == "place"]
    assert "US-NY" not in next(m for m in en.mentions if m.main).places


def test_a_weekday_in_the_days_after_the_report_is_a_schedule(tmp_path):
    text = (
        "وقالت رئيسة الجمهورية إنها ستكلف الحزب الفائز بتشكيل الحكومة يوم الاثنين 2 أكتوبر، واصفة "
        "الانتخابات بأنها حرة."
    )
    x = _x(tmp_path, "ar", text, "2023-10-01")
    assert [f.predicate for f in x.frames if f.value.get("iso") == "2023-10-02"] == []
