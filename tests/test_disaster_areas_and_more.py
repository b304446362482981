"""Session 81, probe batches 51 (read after its kept-out score), 53, 55 and 57 (stories written
by helpers that saw no code):

- an incident word that names the occasion's place ("flew over the disaster area on Saturday",
  «زار موقع الحادث», «در محل حادثه») dates what was done there, not the occasion;
- a round count («٤١ ألف مفقود») that each report giving it also gives unrounded (41,054) is that
  count rounded: "more than 41,000" elsewhere fits it;
- a span a report of a start gives of something else ("about six years ago" of his training,
  beside "since September 2013") does not count from that start in another report either;
- two figures of parallel sentences that a third report gives both of are two things;
- Arabic verbs of exceeding with the «ل» of a result, and «يفوق», «ما يفوق», make a minimum;
- "the steepest since 1939" is a record; a rate "among Black workers" is that group's own;
- two records each report gives both of are no conflict, however the words paired them;
- the day right after a vote's word is the vote's, and the vote's own object («على الاستقلال»)
  takes no day from it; «ساعت ۱۸ روز جمعه» is a clock time, no 18 days;
- a son's or a daughter's age beside a parent's name is not the parent's;
- an occasion's place two reports each give, one report giving both, is no clash (a border quake);
- jobs lost or added are a figure of their own (rules/units job, rules/predicates jobs);
- batch 57 (a day named for a strike to come is in tests/test_bodies_reactions_and_periods.py):
  deaths counted as cases («4291 حالة» of «الوفيات») are deaths, «مبتلایان» are cases; a multiple
  ("13-fold", «۱۳ برابر», «13 ضعفا») counts nothing;
- batches 54 and 56, read after their kept-out scores: «وقادة آخرين» after a name is no part of
  it; a successor named in a report of a resignation is no rival holder.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from checker.findings import parallel_values
from checker.model import Claim
from tests.helpers import conflicts_coded, edited, main_of, md, md_extraction, problems_of, subfolder

_AREA = {
    "en": (
        "A wildfire in hillside villages has killed nine people, officials said. Flames tore through "
        "the villages on Tuesday, Aug. 6.\n\n"
        "The prime minister flew over the disaster area by helicopter on Thursday, Aug. 8.",
        "2024-08-09",
        "2024-08-06",
    ),
    "ar": (
        "أودى حريق غابات في قرى جبلية بحياة تسعة أشخاص، وفق السلطات. والتهمت النيران القرى يوم "
        "الثلاثاء 6 أغسطس.\n\n"
        "وحلق رئيس الوزراء بمروحية فوق منطقة الكارثة يوم الخميس 8 أغسطس.",
        "2024-08-09",
        "2024-08-06",
    ),
    "fa": (
        "آتش‌سوزی جنگلی در روستاهای کوهستانی جان ۹ نفر را گرفت. شعله‌ها روز سه‌شنبه ۱۶ مرداد "
        "روستاها را در بر گرفت.\n\n"
        "نخست‌وزیر روز پنجشنبه ۱۸ مرداد از منطقه فاجعه بازدید کرد.",
        "2024-08-09",
        "2024-08-06",
    ),
}


@pytest.mark.parametrize("lang", sorted(_AREA))
def test_a_visit_to_the_disaster_area_is_not_the_day_of_the_disaster(tmp_path, lang):
    text, published, day = _AREA[lang]
    assert main_of(tmp_path, f"{lang}.md", md(lang, published, text)).earliest in (day, None)


def _story(*bodies: tuple[str, str, str]) -> dict[str, str]:
    """Markdown articles ``name.md`` of (name, language, body), published on one day."""
    return {f"{name}.md": md(lang, "2015-03-26", body) for name, lang, body in bodies}


def test_a_round_count_a_report_also_gives_unrounded_is_that_count(tmp_path):
    # («١٢ ألف مفقود» in the headline, 12,340 in the body: "more than 12,000" fits the count)
    head = "بنغلادش: أكثر من ٥ آلاف قتيل و١٢ ألف مفقود جراء الإعصار\n\n"
    body = "أعلنت السلطات اليوم الثلاثاء أن حصيلة ضحايا الإعصار ارتفعت إلى ٥٢١٣ قتيلا"
    hedged = (
        "en",
        "en",
        "Bangladesh cyclone toll tops 5,000, more than 12,000 missing\n\nDHAKA, May 6 - The death "
        "toll from the cyclone rose to 5,213 on Tuesday, with more than 12,000 people still missing, "
        "the authorities said.",
    )
    both = ("ar", "ar", head + body + "، فيما لا يزال ١٢٣٤٠ شخصا في عداد المفقودين.")
    assert conflicts_coded(tmp_path, _story(both, hedged), "CF03") == []
    # (without the unrounded count the report's 12 thousand is exact, against "more than 12,000")
    alone = ("ar", "ar", head + body + ".")
    assert conflicts_coded(subfolder(tmp_path, "alone"), _story(alone, hedged), "CF03")


def test_a_span_the_report_of_a_start_also_gives_does_not_count_from_it(tmp_path):
    # (one report: worked there since September 2013, and his training halted about six years
    # ago; another report's "about six years ago" is not the time since 2013 either)
    found = problems_of(
        tmp_path,
        _story(
            (
                "a",
                "en",
                "The chief executive said the co-pilot had worked at the company since September "
                "2013 and had logged 630 flight hours. His training had been halted for several "
                "months about six years ago.",
            ),
            (
                "b",
                "en",
                "The chief executive acknowledged that the co-pilot's training had been interrupted "
                "for several months about six years ago, for reasons the company could not disclose.",
            ),
        ),
    )
    assert [f["code"] for f in found if f["code"] == "IN03"] == []


def _figure(article: str, value: float, at: int) -> Claim:
    v = {"value": value, "low": value, "high": value, "low_inclusive": True, "high_inclusive": True}
    v |= {"hedge": None, "kind": "cardinal", "unit": None}
    return Claim(f"{article}:number:{at}-{at + 3}", article, "number", "", v, "x", at, at + 3, (0, 99), "t")


@pytest.mark.parametrize(
    ("third", "found"),
    [
        # (a third report that gives both figures makes them two things)
        (True, False),
        # (not one of the two reports themselves: the one that changed a figure may repeat the
        # other figure elsewhere, as a headline does)
        (False, True),
    ],
)
def test_only_a_third_report_that_gives_both_parallel_figures_parts_them(third, found):
    ar, fa = _figure("ar", 1550, 10), _figure("fa", 2325, 10)
    reports = {"ar": [ar], "fa": [fa, _figure("fa", 1550, 50)]}
    if third:
        reports["en"] = [_figure("en", 1550, 10), _figure("en", 2325, 50)]
    ctx = SimpleNamespace(
        parallel_values=[(ar, fa)], extractions={a: SimpleNamespace(claims=cs) for a, cs in reports.items()}
    )
    assert bool(parallel_values.run(ctx)) is found


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("ar", "وحل روكساس ثانيا، ليتجاوز الفارق بينهما 6.6 مليون صوت.", 6_600_000),
        ("ar", "وبلغت الخسائر ما يفوق 100 مليون دولار.", 100_000_000),
        ("ar", "وقال إن عدد القتلى يفوق 120 شخصا.", 120),
    ],
)
def test_arabic_verbs_of_exceeding_make_a_minimum(tmp_path, lang, text, low):
    x = md_extraction(tmp_path, lang, text, "2016-05-30")
    [n] = [c for c in x.claims if c.type == "number" and c.value.get("low") == low]
    assert n.value["hedge"] == "more_than"


def test_the_steepest_since_a_year_is_a_record(tmp_path):
    text = "The drop in payrolls was the steepest since the government began keeping records in 1939."
    frames = md_extraction(tmp_path, "en", text, "2020-05-08").frames
    assert [f.predicate for f in frames if f.text == "1939"] == ["record_high"]


def test_a_rate_among_a_group_is_that_groups_own(tmp_path):
    # (the jobless rate of all, 14.7%, against 16.7% among Black workers: no conflict)
    found = problems_of(
        tmp_path,
        _story(
            (
                "ar",
                "ar",
                "أعلنت وزارة العمل الأمريكية يوم الجمعة أن معدل البطالة قفز إلى ١٤٫٧٪ في أبريل. وبلغ المقياس "
                "الأوسع للبطالة، الذي يشمل العاملين بدوام جزئي، ٢٢٫٨٪.",
            ),
            (
                "en",
                "en",
                "The U.S. unemployment rate jumped to 14.7 percent in April, the Labor Department said on "
                "Friday. A broader measure that includes part-time workers reached 22.8 percent. "
                "Unemployment reached 16.7 percent among Black workers and 18.9 percent among Hispanic workers.",
            ),
        ),
    )
    assert [f["code"] for f in found if f["code"] == "CF03"] == []


def test_two_records_each_report_gives_are_no_conflict(tmp_path):
    # (the Persian report's words pair its 1939 record, «بزرگ‌ترین کاهش ماهانه», with the English
    # "highest since the monthly series began in 1948"; each report gives both records)
    en = (
        "The drop in payrolls was the steepest since the government began keeping records in 1939, the "
        "Bureau of Labor Statistics said. The jobless rate, up from 4.4 percent in March, was the highest "
        "since the monthly series began in 1948, above the previous peak of 10.8 percent in November 1982."
    )
    fa = (
        "به گفته اداره آمار کار آمریکا، این بزرگ‌ترین کاهش ماهانه اشتغال از زمان آغاز ثبت این آمار در "
        "سال ۱۹۳۹ است و نرخ بیکاری نیز بالاترین رقم از زمان آغاز سری ماهانه آن در سال ۱۹۴۸ به شمار می‌رود. "
        "رکورد پیشین ۱۰٫۸ درصد و مربوط به نوامبر ۱۹۸۲ بود."
    )
    found = problems_of(tmp_path, {"en.md": md("en", "2020-05-08", en), "fa.md": md("fa", "2020-05-09", fa)})
    assert [f["code"] for f in found if f["code"] == "CF02"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (the day right after the vote's word is the vote's, whatever word follows the day)
        (
            "fa",
            "کمیسیون انتخابات شامگاه چهارشنبه ۵ مهر ۱۳۹۶ اعلام کرد که ۹۲ درصد شرکت‌کنندگان در همه‌پرسی "
            "روز دوشنبه ۳ مهر به استقلال این منطقه رأی «آری» داده‌اند.",
        ),
        # (nor does the vote's own object, «على الاستقلال», take the day from it)
        (
            "ar",
            "أعلنت مفوضية الانتخابات مساء الأربعاء 27 سبتمبر 2017 أن 92 في المئة من المشاركين في الاستفتاء "
            "على الاستقلال الذي جرى يوم الاثنين 25 سبتمبر صوتوا بنعم.",
        ),
    ],
)
def test_the_day_of_a_vote_told_in_the_sentence_of_its_result(tmp_path, lang, text):
    assert main_of(tmp_path, f"{lang}.md", md(lang, "2017-09-28", text)).earliest == "2017-09-25"


def test_a_clock_time_before_a_weekday_counts_no_days(tmp_path):
    text = "پروازهای بین‌المللی به مقصد این دو فرودگاه از ساعت ۱۸ روز جمعه ۷ مهر متوقف خواهد شد."
    x = md_extraction(tmp_path, "fa", text, "2017-09-27")
    assert [c.text for c in x.claims if c.type == "number" and c.value.get("unit") == "day"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Zaghari-Ratcliffe, 43, was reunited at the base with her husband Richard Ratcliffe and their "
            "seven-year-old daughter Gabriella.",
        ),
        ("ar", "والتقت زاغري راتكليف (43 عاما) زوجها ريتشارد راتكليف وابنتهما البالغة من العمر سبع سنوات."),
    ],
)
def test_a_childs_age_beside_a_parents_name_is_not_the_parents(tmp_path, lang, text):
    frames = md_extraction(tmp_path, lang, text, "2022-03-17").frames
    [seven] = [f for f in frames if f.predicate == "age" and f.value["low"] == 7]
    named = [x for x in seven.subject.get("tokens") or () if x.startswith("n:")]
    assert seven.qualifiers.get("population") == "child" or not named, (seven.subject, seven.qualifiers)


def test_a_quake_one_report_places_on_both_sides_of_a_border_is_one(tmp_path):
    # (Kermanshah in two reports, Iraq's Kurdistan region in two; the Arabic report names both)
    found = problems_of(
        tmp_path,
        {
            "ar.md": md(
                "ar",
                "2017-11-14",
                "ارتفاع حصيلة زلزال كرمانشاه إلى 530 قتيلا\n\nوكانت مدينة سربل ذهاب الأكثر تضررا، إذ انهارت "
                "فيها مبان سكنية عديدة. وفي الجانب العراقي، أودى الزلزال بحياة عدد من الأشخاص في إقليم "
                "كردستان، لا سيما في بلدة دربندخان.",
            ),
            "en.md": md(
                "en",
                "2017-11-14",
                "TEHRAN, Nov 14 - The death toll from the earthquake that struck Iran's western Kermanshah "
                "province on Sunday night rose to 530 on Tuesday, Iranian officials said.",
            ),
            "fa.md": md(
                "fa",
                "2017-11-14",
                "شمار جان‌باختگان زلزله کرمانشاه به ۵۳۰ نفر رسید\n\n"
                "شمار جان‌باختگان زمین‌لرزه ۷.۳ ریشتری که شامگاه یکشنبه ۲۱ آبان ۱۳۹۶ استان کرمانشاه را لرزاند، "
                "روز سه‌شنبه به ۵۳۰ نفر رسید.\n\nکانون این زمین‌لرزه حدود ۳۰ کیلومتری جنوب‌غرب شهر حلبچه در "
                "اقلیم کردستان عراق گزارش شد و شهرستان سرپل ذهاب بیشترین خسارت را متحمل شد.",
            ),
        },
    )
    assert [f["code"] for f in found if f["code"] == "CF05"] == []


def test_jobs_lost_are_a_figure_of_their_own(tmp_path):
    # (jobs lost, in each language's words for jobs; a sector's count beside the total is no rival)
    story = {
        "en.md": md(
            "en",
            "2020-05-08",
            "U.S. employers cut 20.5 million jobs in April as the coronavirus pandemic shut businesses, the "
            "Labor Department said on Friday. Retail shed 2.1 million jobs.",
        ),
        "fa.md": md(
            "fa",
            "2020-05-08",
            "وزارت کار آمریکا روز جمعه اعلام کرد این کشور در آوریل به دلیل همه‌گیری کرونا ۲۰٫۵ میلیون شغل "
            "از دست داده است.",
        ),
        "ar.md": md(
            "ar",
            "2020-05-08",
            "أعلنت وزارة العمل الأمريكية يوم الجمعة أن الاقتصاد فقد ٢٠٫٥ مليون وظيفة في أبريل بسبب جائحة كورونا.",
        ),
    }
    x = md_extraction(tmp_path, "ar", story["ar.md"].split("---\n", 2)[2], "2020-05-08")
    assert [f.predicate for f in x.frames if f.value.get("low") == 20_500_000] == ["jobs"]
    assert conflicts_coded(subfolder(tmp_path, "told"), story, "CF03") == []
    changed = edited(story, "en.md", "cut 20.5 million jobs", "cut 30.8 million jobs")
    assert conflicts_coded(subfolder(tmp_path, "changed"), changed, "CF03")


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        # (deaths counted as cases are deaths; the infected are cases)
        ("ar", "وقال إن عدد الإصابات تجاوز 118 ألف حالة، فيما بلغ عدد الوفيات 4291 حالة.", {4291: "killed"}),
        (
            "fa",
            "سخنگوی وزارت بهداشت اعلام کرد شمار مبتلایان قطعی به ۹ هزار نفر و شمار جان‌باختگان به ۳۵۴ نفر "
            "رسیده است و ۶۳ مورد فوت ثبت شده است.",
            {9000: "cases", 354: "killed", 63: "killed"},
        ),
    ],
)
def test_deaths_counted_as_cases_and_the_infected(tmp_path, lang, text, figures):
    frames = md_extraction(tmp_path, lang, text, "2020-03-11").frames
    read = {f.value["low"]: f.predicate for f in frames if f.value.get("low") in figures}
    assert read == figures


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Cases outside China had increased 13-fold in two weeks."),
        ("ar", "وأشار إلى أن عدد الإصابات خارج الصين زاد 13 ضعفا خلال الأسبوعين الماضيين."),
        ("fa", "شمار مبتلایان در خارج از چین در دو هفته ۱۳ برابر شده است."),
    ],
)
def test_a_multiple_counts_nothing(tmp_path, lang, text):
    frames = md_extraction(tmp_path, lang, text, "2020-03-11").frames
    [multiple] = [f for f in frames if f.value.get("low") == 13]
    assert (multiple.predicate, multiple.value["unit"]) == ("count", "times")


def test_and_other_leaders_after_a_name_are_no_part_of_it(tmp_path):
    # (batch 56, read after its kept-out score: «الرئيس وين مينت وقادة آخرين», "and other leaders")
    found = problems_of(
        tmp_path,
        {
            "ar.md": md(
                "ar",
                "2021-02-02",
                "رانغون – استولى الجيش في ميانمار على السلطة فجر يوم الاثنين ١ فبراير ٢٠٢١، واعتقل المستشارة "
                "الحكومية أونغ سان سو تشي ورئيس البلاد وين مينت وقادة آخرين في الحزب الحاكم، وأعلن حالة "
                "الطوارئ لمدة عام.\n\nوقال المتحدث باسم الحزب لوكالة رويترز إن سو تشي والرئيس وين مينت وقادة "
                "آخرين اقتيدوا في الساعات الأولى من الصباح.",
            ),
            "fa.md": md(
                "fa",
                "2021-02-01",
                "ارتش میانمار بامداد دوشنبه ۱۳ بهمن ۱۳۹۹ با بازداشت آنگ سان سوچی، مشاور دولت، و وین مینت، "
                "رئیس‌جمهوری، قدرت را در دست گرفت و وضعیت فوق‌العاده یک‌ساله اعلام کرد.",
            ),
        },
    )
    assert [f["code"] for f in found if f["code"] == "CF01"] == []


def test_a_successor_named_in_a_report_of_a_resignation_is_no_rival(tmp_path):
    # (batch 54, read after its kept-out score: «اورجیت پاتل کنار رفت؛ شاکتیکانتا داس رئیس بانک
    # مرکزی هند شد», one report naming the governor who left and the one named in his place)
    found = problems_of(
        tmp_path,
        {
            "en.md": md(
                "en",
                "2018-12-11",
                "India's central bank chief Urjit Patel quits\n\nMUMBAI, Dec 10 - Reserve Bank of India Governor "
                "Urjit Patel resigned with immediate effect on Monday, citing personal reasons.",
            ),
            "fa.md": md(
                "fa",
                "2018-12-12",
                "اورجیت پاتل کنار رفت؛ شاکتیکانتا داس رئیس بانک مرکزی هند شد\n\nاورجیت پاتل، رئیس بانک مرکزی "
                "هند، روز دوشنبه ۱۹ آذر به دلایل شخصی از سمت خود استعفا کرد. دولت هند روز سه‌شنبه شاکتیکانتا "
                "داس را به ریاست بانک مرکزی منصوب کرد.",
            ),
        },
    )
    assert [f["code"] for f in found if f["code"] == "CF01"] == []
