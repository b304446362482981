"""Session 85, probe batches 71 to 74 (stories written by helpers that saw no code). Batches 71
and 72 (a state funeral, a crowd crush, a landslide, a currency float; a no-confidence vote, a
wildfire, a war crimes sentence, a migrant boat fire):

- a day that dates a reporting verb is not the day of an occasion told as still to come in what
  was said ("On Thursday he announced that … the lying in state would be extended");
- an illness and a road are concepts: a date or a length of their clause is theirs, not
  that of the sentence's hospital or river;
- an Arabic adjective after a place noun is no town («محطة قديمة»), and a dual unit is two of it
  («كيلومترين»);
- a day after «بعدما», «پس از آنکه» is the act of that clause, not the occasion before it;
- what was done "without a vote" brings no vote (rules/events ``not_triggers``);
- "will … on Thursday" in a report of a Thursday is that day; "next Thursday" is a week on;
- a prison term is no span counted from a start (IN03: rules/predicates ``term_concepts``);
- a place after a charge is where the judged acts were, not where the court sat, and a court
  named for a country («المحكمة الخاصة بسيراليون») does not sit there;
- «به گفته‌ی بازماندگان» says who told a figure, not who survived;
- a day named relative to the speaking, inside quoted words ("evil visited this community today"),
  dates no occasion;
- batches 73 and 74 (a train fire, a sentencing, a cyclone, a coronation; a jailbreak, an oil
  price crash, a chemical blast, a summit): «بلدية» heads a town (a mayor's town is no part of the
  name after it), «مفقودا» is missing, dollars and cents are one sum («۱۰ دلار و ۹۱ سنت»), a range
  may have a sign on each end ("between $6 and $8"), and «نخواهند» tells of the future; two ranges
  reported on different days are an estimate and its revision, not a conflict; a holder whose name
  runs on past another holder's whole name is that holder, and a holder only one article names,
  beside one the other articles share, conflicts with nothing;
- batches 75 and 76 (a flash flood, a flash crash, a bus plunge, a removal vote; a tower's
  collapse, a rocket failure, a school abduction, a governor's suspension): a name only like a
  known person's, given a role of another country, is not theirs; a place after a cue of an
  earlier occasion («یادآور») is that one's; a junction or a square named for a city is not in it; a
  hedge's article stands before a number word only ("under a $1.6 billion deal"); «قرار بود» tells
  of what was to come; and a two-consonant surname takes no final alternate (Razzaz is not Rutte).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import extraction_of, md, md_extraction, problems_of


def _dates_of(x, typ: str) -> list[str | None]:
    return [m.earliest for m in x.mentions if m.type == typ]


def _probe_problems(tmp_path, slug: str) -> list[dict]:
    """The conflicts and inconsistencies of a probe story of ``benchmarks/probes``."""
    story = Path(__file__).parent.parent / "benchmarks" / "probes" / slug
    articles = {p.name: p.read_text(encoding="utf-8") for p in sorted(story.glob("*.txt"))}
    return problems_of(tmp_path, articles)


def _problem_codes(tmp_path, slug: str) -> list[str]:
    return [f["code"] for f in _probe_problems(tmp_path, slug)]


def _frames(x, predicate: str):
    return [f for f in x.frames if f.predicate == predicate]


def test_a_reported_verb_s_day_is_no_day_of_what_is_to_come(tmp_path):
    # (batch 71's funeral: "On Thursday he announced that … the lying in state would be extended")
    assert "CF04" not in _problem_codes(tmp_path, "chavez_funeral_2013")


def test_an_illness_s_date_is_not_the_hospital_s(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "Chavez died on Tuesday at a military hospital in Caracas at the age of 58, after a nearly "
        "two-year battle with cancer first diagnosed in June 2011.",
        "2013-03-08",
    )
    [june] = [f for f in x.frames if f.value.get("iso") == "2011-06"]
    assert "c:illness" in june.subject["tokens"]
    assert "c:hospital" not in june.subject["tokens"]


def test_an_adjective_after_a_place_noun_is_no_town(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "ووقعت المأساة مساء السبت داخل نفق كان المدخل الوحيد لساحة المهرجان، وهي محطة قديمة لقطارات "
        "الشحن في مدينة دويسبورغ.",
        "2010-07-25",
    )
    assert not [c for c in x.claims if c.type == "place" and "قديمة" in c.text]


def test_an_arabic_dual_unit_is_two(tmp_path):
    x = md_extraction(
        tmp_path, "ar", "وسدت الصخور مقطعا من النهر بطول كيلومترين في الصين يوم السبت.", "2017-06-25"
    )
    [two] = _frames(x, "length")
    assert (two.value["low"], two.value["unit"]) == (2, "km")


def test_a_road_is_a_concept(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "رانش زمین در چین نزدیک به ۱٫۶ کیلومتر از جاده را پوشاند.",
        "2017-06-25",
    )
    [road] = _frames(x, "length")
    assert "c:road" in road.subject["tokens"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "أسقطت الجمعية الوطنية الفرنسية مساء الأربعاء ٤ ديسمبر ٢٠٢٤ حكومة بارنييه بحجب الثقة. وجاء "
            "التصويت بعدما لجأ بارنييه يوم الاثنين إلى المادة ٤٩.٣ من الدستور.",
        ),
    ],
)
def test_a_day_after_a_clause_s_conjunction_is_that_act_s(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2024-12-05")
    assert "2024-12-02" not in _dates_of(x, "motion")


def test_without_a_vote_brings_no_vote(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "On Monday Barnier used a special power to push the bill through parliament without a vote.",
        "2024-12-05",
    )
    assert not [m for m in x.mentions if m.text == "vote"]


def test_a_day_after_a_semicolon_may_still_date_the_occasion_before_it(tmp_path):
    # (guard: the date after the semicolon tells of the earlier crush the clause before it counts;
    # passes at the old code too, and fails under the semicolon rule this stop tried and undid,
    # which took this date from it as it took Odisha's from its crash)
    x = md_extraction(
        tmp_path,
        "fa",
        "ازدحام جمعیت در سئول ۱۵۴ کشته بر جای گذاشت. این دومین فاجعه مرگبار ازدحام جمعیت در آسیا در یک "
        "ماه اخیر است؛ روز ۹ مهر بیش از ۱۳۰ نفر در ورزشگاه کانجوروهان اندونزی جان باختند.",
        "2022-10-30",
    )
    assert "2022-10-01" in _dates_of(x, "stampede") + _dates_of(x, "crush")


# ("next Thursday" is a guard: a week on, at the old code too)
@pytest.mark.parametrize(("words", "day"), [("on Thursday", "2024-12-05"), ("next Thursday", "2024-12-12")])
def test_a_coming_weekday_may_be_the_report_s_own_day(tmp_path, words, day):
    x = md_extraction(
        tmp_path, "en", f"Barnier is expected to hand his resignation to Macron {words}.", "2024-12-05"
    )
    [thursday] = [c for c in x.claims if c.type == "date" and c.value.get("weekday") == "thursday"]
    assert thursday.value["iso"] == day


def test_a_prison_term_is_no_span_from_a_start(tmp_path):
    # (batch 72's sentencing: the headline's 50-year term against the war "from 1991 to 2002")
    assert "IN03" not in _problem_codes(tmp_path, "charles_taylor_sentence_2012")


def test_a_place_after_a_charge_is_not_the_court_s(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "أصدرت المحكمة الخاصة بسيراليون الأربعاء حكما بسجن تشارلز تايلور 50 عاما لإدانته بمساعدة "
        "متمردين خلال الحرب الأهلية في سيراليون.",
        "2012-05-30",
    )
    [court] = [m for m in x.mentions if m.main]
    assert "SL" not in court.places
    assert not [c for c in x.claims if c.type == "place" and c.start < x.article.text.index("الأربعاء")]


def test_who_told_a_figure_is_not_who_survived(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "قایقی که به گفته‌ی بازماندگان نزدیک به ۵۰۰ سرنشین داشت، روز پنجشنبه نزدیک لامپدوزا واژگون شد.",
        "2013-10-04",
    )
    assert not _frames(x, "rescued")


def test_a_mayor_s_town_is_no_part_of_the_name(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "ووصف رئيس بلدية يانتشنغ تساو لوباو الانفجار بأنه مروع، يوم الخميس في الصين.",
        "2019-03-22",
    )
    [mayor] = [c for c in x.claims if c.type == "person_role" and c.value["role"] == "mayor"]
    assert "يانتشنغ" not in mayor.value["name"]


def test_an_accusative_missing_is_missing(tmp_path):
    x = md_extraction(
        tmp_path, "ar", "كندا: خمسة قتلى ونحو 40 مفقودا في انفجار قطار محمل بالنفط الخام.", "2013-07-08"
    )
    assert [f for f in x.frames if f.predicate == "missing" and f.value.get("low") == 36]


@pytest.mark.parametrize(
    ("lang", "text", "sum_"),
    [
        ("fa", "بهای هر بشکه نفت برنت با ۱۰ دلار و ۹۱ سنت کاهش به ۳۴ دلار رسید.", 10.91),
        ("ar", "وأغلق سعر برميل برنت عند 34 دولارا و36 سنتا يوم الاثنين.", 34.36),
    ],
)
def test_dollars_and_cents_are_one_sum(tmp_path, lang, text, sum_):
    x = md_extraction(tmp_path, lang, text, "2020-03-10")
    assert sum_ in [
        c.value.get("value") for c in x.claims if c.type == "number" and c.value.get("unit") == "dollar"
    ]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Aramco cut its prices by between $6 and $8 a barrel.", (6, 8)),
        # (guard: a change "from $3 billion to $8 billion" is two sums, at the old code too)
        (
            "The IMF said it would expand the loan from $3 billion to $8 billion.",
            (3_000_000_000, 3_000_000_000),
        ),
    ],
)
def test_a_range_with_a_sign_on_each_end(tmp_path, text, bounds):
    x = md_extraction(tmp_path, "en", text, "2020-03-10")
    first = min((c for c in x.claims if c.type == "number"), key=lambda c: c.start)
    assert (first.value["low"], first.value["high"]) == bounds


def test_a_negated_future_tells_of_no_past(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "الکساندر نواک، وزیر انرژی روسیه، گفت از اول آوریل هیچ‌یک از کشورهای عضو این توافق ملزم به محدود "
        "کردن تولید نخواهند بود.",
        "2020-03-10",
    )
    [april] = [c for c in x.claims if c.type == "date" and "آوریل" in c.text]
    assert "ahead" not in april.flags


def test_a_quoted_today_is_the_speaker_s(tmp_path):
    # («"evil visited this community today."», Malloy said on Friday, in a report of Saturday)
    path = (
        Path(__file__).parent.parent
        / "benchmarks"
        / "probes"
        / "sandy_hook_shooting_2012"
        / "en_northgatetimes.txt"
    )
    x = extraction_of(tmp_path, path.name, path.read_text(encoding="utf-8"))
    assert not [m for m in x.mentions if m.text == "visited" and m.earliest == "2012-12-15"]


@pytest.mark.parametrize(("day", "conflicts"), [("2020-08-06", 0), ("2020-08-05", 1)])
def test_ranges_of_different_days_are_an_estimate_revised(tmp_path, day, conflicts):
    # (the first case is a guard at the old code, which read "$3 billion to $5 billion" as two sums)
    found = problems_of(
        tmp_path,
        {
            "en.md": md(
                "en",
                "2020-08-05",
                "A huge explosion tore through the port of Beirut on Tuesday. Beirut Governor Marwan "
                "Abboud put the damage from the blast at $3 billion to $5 billion.",
            ),
            "ar.md": md(
                "ar",
                day,
                "دمر انفجار ضخم مرفأ بيروت يوم الثلاثاء. وقدّر محافظ بيروت مروان عبود الأضرار الناجمة عن "
                "الانفجار بما بين 10 و15 مليار دولار.",
            ),
        },
    )
    assert len([f for f in found if f["code"] == "CF03"]) == conflicts


def _coronation_conflicts(tmp_path) -> list[str]:
    """The office conflicts of batch 73's coronation story."""
    return [f["message"] for f in _probe_problems(tmp_path, "charles_coronation_2023") if f["code"] == "CF01"]


def test_a_name_run_past_the_holder_s_name_is_that_holder(tmp_path):
    # («رئيس أساقفة كانتربري جاستن ويلبي تاج القديس إدوارد»: the see and the crown read into the name)
    assert not [m for m in _coronation_conflicts(tmp_path) if "archbishop" in m]


def test_a_lone_second_holder_beside_the_shared_one_conflicts_with_nothing(tmp_path):
    # («وعقب المراسم عاد الملك والملكة»: "after the ceremony returned" read as the king's name)
    assert not [m for m in _coronation_conflicts(tmp_path) if "king" in m]


def test_a_name_like_a_known_person_s_in_another_country_s_role_is_not_theirs(tmp_path):
    # (batch 76: «الرئيس النيجيري محمد بخاري» was Iran's «محمد باقري», against Buhari)
    found = problems_of(
        tmp_path,
        {
            "en.md": md(
                "en", "2020-12-13", "Nigerian President Muhammadu Buhari condemned the attack on the school."
            ),
            "ar.md": md("ar", "2020-12-13", "ودان الرئيس النيجيري محمد بخاري الهجوم على المدرسة."),
        },
    )
    assert not [f for f in found if f["code"] == "CF01"]


def test_a_recalled_occasion_s_place_is_its_own(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "مردان مسلح شامگاه جمعه به دبیرستانی در شهر کانکارا در ایالت کاتسینا نیجریه حمله کردند.\n\n"
        "این حادثه یادآور ربوده شدن ۲۷۶ دختر دانش‌آموز از مدرسه‌ای در شهر چیبوک در ایالت بورنو در سال ۲۰۱۴ است.",
        "2020-12-13",
    )
    [main] = [m for m in x.mentions if m.main]
    assert "NG-BO" not in main.places


def test_a_junction_named_for_a_city_is_no_place_of_it(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "اندلع الحريق في الطوابق العليا من المبنى القريب من تقاطع إسطنبول في قلب طهران يوم الخميس.",
        "2017-01-19",
    )
    assert "إسطنبول" not in [c.text for c in x.claims if c.type == "place"]


def test_a_hedge_s_article_stands_before_a_number_word_only(tmp_path):
    x = md_extraction(
        tmp_path, "en", "SpaceX flew the mission under a $1.6 billion deal with NASA.", "2015-06-29"
    )
    [deal] = [c for c in x.claims if c.type == "number" and c.value.get("unit") == "dollar"]
    assert deal.value["hedge"] is None


def test_what_was_to_end_is_told_as_to_come(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "در سال ۲۰۱۹ محمدو بوخاری او را برای دوره دوم پنج‌ساله‌ای که قرار بود در سال ۲۰۲۴ به پایان برسد ابقا کرد.",
        "2023-06-10",
    )
    [end] = [c for c in x.claims if c.type == "date" and "۲۰۲۴" in c.text]
    assert "ahead" not in end.flags


def test_a_two_consonant_surname_takes_no_final_alternate():
    from checker.align.names import matcher_of
    from checker.rules import load_rules

    matcher = matcher_of(load_rules())
    assert matcher.skeletons("rs", "rt") < matcher.surname_min  # "Razzaz" is not «روته», Rutte
    assert matcher.skeletons("grms", "grmt") >= matcher.surname_min  # (guard: "Greymouth", «گری‌ماوت»)


def test_a_known_person_s_name_inside_a_longer_one_is_not_that_person(tmp_path):
    # (guard: «علي محمود عباس», Syria's Ali Mahmoud Abbas, holds Mahmoud Abbas's name in a row; a
    # report that names Mahmoud Abbas as Syria's defence minister still conflicts)
    found = problems_of(
        tmp_path,
        {
            "ar.md": md(
                "ar",
                "2024-10-01",
                "دمشق - التقى وزير الدفاع السوري علي محمود عباس نظيره الروسي يوم الثلاثاء.",
            ),
            "en.md": md(
                "en",
                "2024-10-01",
                "DAMASCUS - Syrian Defense Minister Mahmoud Abbas met his Russian counterpart on Tuesday.",
            ),
        },
    )
    assert [f for f in found if f["code"] == "CF01"]
