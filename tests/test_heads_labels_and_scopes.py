"""Session 60: stories of batch 9 (the Kozhikode crash, the Swiss National Bank's first cut,
Bolsonaro's conviction, the Maldives runoff, and more) misread:

- a toll named by its head far from the figure («شمار کشته‌های سانحه هواپیمای مسافربری … به ۱۸ نفر
  رسید»), infants aboard counted as everyone aboard, a runway's number counted as people, and an
  Arabic «حادث طائرة» read as no crash at all;
- a forecast's years ("1.4 percent for 2024, 1.2 percent for 2025") read as no dates, a hedge «دون
  مستوى 2%», «للتضخم» read as no inflation, a span «أنهى … أكثر من سبع سنوات» read as running on;
- a rate's subject lost behind a bracketed twin date «(۲۱ مارس ۲۰۲۴)»; a day a cut takes effect
  ("with effect from March 22") set against the day it was made;
- "the 45-year-old mayor" read as a person named "year-old"; a term's years ("who governed from
  2019 to 2022") read as the day of an arrest named after them; a co-defendant's sentence set
  against the main defendant's; «بتهمة» read as part of a name;
- and, from the four stories kept out until then (Solingen, Surfside, Sri Lanka): the ages of
  unnamed victims set against each other, a critical condition read as four dead, "the then
  president" («الرئيس آنذاك») read as the current one, a county's mayor read as a second mayor of
  the town; and (Air India 171) the city a plane was bound for read as where it crashed.

Articles written for these tests from real reporting, in our own words.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, frames_of, md, problems_of


def _frame(frames, predicate: str, text: str):
    [f] = [f for f in frames if f.predicate == predicate and f.text == text]
    return f


def test_a_count_head_names_the_figure_its_sentence_ends_on(tmp_path):
    """«شمار کشته‌های سانحه هواپیمای مسافربری … به ۱۸ نفر رسید»: the dead, though the plane's
    «هواپیمای» (those aboard) stands nearer the figure."""
    fa = (
        " date 2020-08-08\nسانحه کالیکات\nشمار کشته‌های سانحه هواپیمای مسافربری شرکت ایر ایندیا اکسپرس در فرودگاه"
        " کالیکات در ایالت کرالای هند به ۱۸ نفر رسید.\n"
    )
    frames = frames_of(tmp_path, "fa.txt", fa)
    assert _frame(frames, "killed", "۱۸ نفر")
    assert not [f for f in frames if f.predicate == "aboard"]
    en = md(
        "en",
        "2020-08-08",
        "The number of people killed in the crash of the passenger plane at Calicut rose to 18 people.",
    )
    frames = frames_of(tmp_path, "en.md", en)
    assert _frame(frames, "killed", "18 people")
    assert not [f for f in frames if f.predicate == "aboard"]


def test_infants_aboard_and_a_runway_number_are_not_everyone_aboard(tmp_path):
    """ "184 passengers, among them 10 infants": ten infants, not ten people aboard; "landed on runway
    10": a runway's name. Neither contradicts the 190 aboard another report gives."""
    en = md(
        "en",
        "2020-08-08",
        "Flight IX-1344, a Boeing 737-800 carrying 190 people — 184 passengers, among them 10 infants, and six"
        " crew members — overshot the runway at Calicut on Friday.\n\nThe regulator said the plane landed on"
        " runway 10 in heavy rain.",
    )
    fa = (
        " date 2020-08-08\nسانحه کالیکات\nبه گفته مقام‌های هندی، ۱۹۰ نفر در این هواپیما بودند: ۱۸۴ مسافر، از جمله"
        " ۱۰ نوزاد، و ۶ خدمه.\n"
    )
    frames = frames_of(tmp_path, "en.md", en)
    assert _frame(frames, "aboard", "10 infants").qualifiers.get("population") == "infant"
    assert not [f for f in frames if f.text == "10" and f.predicate == "aboard"]
    assert not [f for f in conflicts_of(tmp_path, {"en.md": en, "fa.txt": fa}) if "aboard" in f["message"]]


def test_an_arabic_plane_accident_is_a_crash(tmp_path):
    """«ارتفعت حصيلة ضحايا حادث طائرة الركاب … إلى 18 قتيلاً»: the report is of a crash (not of the
    pandemic its flight was part of), and its toll is the crash's."""
    ar = (
        ' date 2020-08-08\n18 قتيلاً في حادث طائرة\nارتفعت حصيلة ضحايا حادث طائرة الركاب التابعة لشركة "إير'
        ' إنديا إكسبريس" في مطار كاليكوت الدولي بولاية كيرالا جنوبي الهند إلى 18 قتيلاً. وكانت الرحلة تعيد'
        " الهنود العالقين بسبب جائحة كورونا.\n"
    )
    x = extraction_of(tmp_path, "ar.txt", ar)
    [main] = [m for m in x.mentions if m.main]
    assert main.type == "crash"


def test_a_forecast_for_a_year_dates_its_figure(tmp_path):
    """ "1.4 percent for 2024, 1.2 percent for 2025 and 1.1 percent for 2026": three years, each its
    figure's; "paid for 2000 tents" and "for 1500 more" count things."""
    en = md(
        "en",
        "2024-03-21",
        "The bank cut its inflation forecast to 1.4 percent for 2024, 1.2 percent for 2025 and 1.1 percent"
        " for 2026. The fund paid for 2000 tents and asked for 1500 more.",
    )
    x = extraction_of(tmp_path, "en.md", en)
    assert sorted(c.value["iso"] for c in x.claims if c.type == "date") == ["2024", "2025", "2026"]
    times = {
        f.value["low"]: (f.time or {}).get("earliest", "")[:4] for f in x.frames if f.predicate == "rate"
    }
    assert times == {1.4: "2024", 1.2: "2025", 1.1: "2026"}


def test_arabic_below_a_level_and_for_inflation(tmp_path):
    """«ظل … دون مستوى 2%» is below 2%; «خفض البنك توقعاته للتضخم إلى 1.4%» is about inflation
    («للتضخم» is «ل» + «التضخم»)."""
    ar = (
        " date 2024-03-21\nالبنك الوطني السويسري\nوبلغ معدل التضخم في سويسرا 1.2% في فبراير/شباط، وظل منذ عدة"
        " أشهر دون مستوى 2%. وخفض البنك توقعاته للتضخم إلى 1.4% لعام 2024.\n"
    )
    frames = frames_of(tmp_path, "ar.txt", ar)
    assert _frame(frames, "rate", "دون مستوى 2%").value["hedge"] == "less_than"
    assert "c:inflation" in _frame(frames, "rate", "1.4%").subject["tokens"]


def test_a_span_an_arabic_verb_ends_is_over(tmp_path):
    """«وأنهى في سبتمبر/أيلول من العام نفسه أكثر من سبع سنوات من أسعار الفائدة السلبية»: the span is
    over, so it counts from no start up to the report (no IN03 against June 2022)."""
    ar = (
        " date 2024-03-21\nالبنك الوطني السويسري\nوكان البنك الوطني السويسري قد بدأ رفع الفائدة في"
        " يونيو/حزيران 2022، وأنهى في سبتمبر/أيلول من العام نفسه أكثر من سبع سنوات من أسعار الفائدة السلبية.\n"
    )
    frames = frames_of(tmp_path, "ar.txt", ar)
    assert _frame(frames, "duration", "أكثر من سبع سنوات").qualifiers.get("closed")
    assert not [f for f in problems_of(tmp_path, {"ar.txt": ar}) if f["code"] == "IN03"]


_SNB_EN = md(
    "en",
    "2024-03-21",
    "ZURICH — The Swiss National Bank cut its main interest rate on Thursday, March 21, 2024.\n\nThe SNB"
    " lowered its policy rate by 0.25 percentage points to 1.5 percent from 1.75 percent, with effect from"
    " March 22.\n\nSwiss inflation stood at 1.2 percent in February.\n\nBritain's central bank held its benchmark"
    " rate at 5.25 percent on Thursday.",
)
_SNB_FA = (
    " date 2024-03-21\nکاهش نرخ بهره در سوئیس\nبانک ملی سوئیس روز پنجشنبه ۲ فروردین ۱۴۰۳ (۲۱ مارس ۲۰۲۴) نرخ بهره"
    " سیاستی خود را ۰٫۲۵ واحد درصد کاهش داد و از ۱٫۷۵ درصد به ۱٫۵ درصد رساند. بانک مرکزی انگلیس نیز نرخ بهره را"
    " در ۵٫۲۵ درصد ثابت نگه داشت.\n"
)


def test_the_day_a_cut_takes_effect_is_not_the_day_it_was_made(tmp_path):
    """ "lowered its policy rate … to 1.5 percent from 1.75 percent, with effect from March 22" and
    «روز پنجشنبه ۲ فروردین ۱۴۰۳ … به ۱٫۵ درصد رساند»: parallel sentences, but a day something starts
    from is not the day it was done (no CF02)."""
    found = conflicts_of(tmp_path, {"en.md": _SNB_EN, "fa.txt": _SNB_FA})
    assert not [f for f in found if f["code"] == "CF02"], [f["message"] for f in found]


def test_a_hyphened_age_is_no_name(tmp_path):
    """ "Muizzu, the 45-year-old mayor of the capital": no one is named "year-old" (and the share
    Muizzu took is his)."""
    en = md(
        "en",
        "2023-10-01",
        "Mohamed Muizzu won the runoff. Muizzu, the 45-year-old mayor of the capital Male, took about 54"
        " percent of the vote in Saturday's second round.",
    )
    x = extraction_of(tmp_path, "en.md", en)
    assert not [c for c in x.claims if c.type == "person_role" and "year" in (c.value.get("name") or "")]
    [share] = [f for f in x.frames if f.predicate == "votes"]
    assert share.qualifiers.get("candidate") == "muizzu"


def test_a_terms_years_are_no_arrest_day(tmp_path):
    """ "Bolsonaro, who governed from 2019 to 2022, has been under house arrest in Brasilia since
    August": 2019 and 2022 bound his term, not his arrest."""
    en = md(
        "en",
        "2025-09-11",
        "Brazil's Supreme Court convicted former President Jair Bolsonaro on Thursday. Bolsonaro, who governed"
        " from 2019 to 2022, has been under house arrest in Brasilia since August and did not attend the"
        " session.",
    )
    frames = frames_of(tmp_path, "en.md", en)
    assert not [f for f in frames if f.predicate == "detained_on"]


def test_a_date_in_the_other_calendar_in_brackets_ends_no_clause(tmp_path):
    """«بانک ملی سوئیس روز پنجشنبه ۲ فروردین ۱۴۰۳ (۲۱ مارس ۲۰۲۴) نرخ بهره … به ۱٫۵ درصد رساند»: the
    bracketed twin date is an aside; the rate is Switzerland's, named before it."""
    fa = (
        " date 2024-03-21\nکاهش نرخ بهره در سوئیس\nبانک ملی سوئیس روز پنجشنبه ۲ فروردین ۱۴۰۳ (۲۱ مارس ۲۰۲۴) نرخ"
        " بهره سیاستی خود را ۰٫۲۵ واحد درصد کاهش داد و از ۱٫۷۵ درصد به ۱٫۵ درصد رساند.\n"
    )
    frames = frames_of(tmp_path, "fa.txt", fa)
    assert _frame(frames, "rate", "۱٫۵ درصد").qualifiers.get("scope") == ["cc:CH"]


def test_a_head_after_a_demonstrative_names_nothing(tmp_path):
    """«این بانک رشد اقتصادی سوئیس را … پیش‌بینی می‌کند»: "this bank" is the bank named before, not a
    bank named «رشد اقتصادی» whose words would then be the subject of its founding year."""
    fa = (
        " date 2024-03-21\nبانک ملی سوئیس\nاین بانک رشد اقتصادی سوئیس در سال جاری را حدود ۱ درصد پیش‌بینی می‌کند."
        " بانک ملی سوئیس در سال ۱۹۰۷ تأسیس شده است.\n"
    )
    founded = _frame(frames_of(tmp_path, "fa.txt", fa), "founded", "سال ۱۹۰۷")
    assert not [t for t in founded.subject["tokens"] if t.startswith("n:")]


def test_a_charge_word_ends_an_arabic_name(tmp_path):
    """«الرئيس السابق جايير بولسونارو بتهمة التخطيط لانقلاب»: the name ends before «بتهمة» (on a
    charge of), so «بولسونارو» is his surname and his age later in the report is his."""
    ar = (
        " date 2025-09-12\nالمحكمة العليا تدين بولسونارو\nأدانت المحكمة الاتحادية العليا في البرازيل الرئيس السابق"
        " جايير بولسونارو بتهمة التخطيط لانقلاب. وأُدين بولسونارو، البالغ من العمر 70 عاماً، بخمس تهم، من بينها"
        " قيادة منظمة إجرامية مسلحة.\n"
    )
    x = extraction_of(tmp_path, "ar.txt", ar)
    assert [c.value["name"] for c in x.claims if c.type == "person_role"] == ["جايير بولسونارو"]
    assert _frame(x.frames, "age", "70 عاماً").subject["tokens"] == ["n:بولسونارو"]


_VERDICT = {
    "en.md": md(
        "en",
        "2025-09-11",
        "BRASILIA — A panel of Brazil's Supreme Court convicted former President Jair Bolsonaro on Thursday and"
        " sentenced him to 27 years and three months in prison.\n\nSeven co-defendants, including former"
        " Defense Minister Walter Braga Netto, were also convicted. Braga Netto was sentenced to 26 years.",
    ),
    "ar.txt": (
        " date 2025-09-12\nالمحكمة العليا في البرازيل تدين بولسونارو وتقضي بسجنه 27 عاماً و3 أشهر\nأدانت المحكمة"
        " الاتحادية العليا في البرازيل الرئيس السابق جايير بولسونارو يوم الخميس. كما أُدين سبعة متهمين آخرين،"
        " بينهم وزير الدفاع السابق والتر براغا نيتو الذي صدر بحقه حكم بالسجن 26 عاماً.\n"
    ),
}


def test_one_defendants_sentence_is_not_anothers(tmp_path):
    """ "Braga Netto was sentenced to 26 years" and «براغا نيتو الذي صدر بحقه حكم بالسجن 26 عاماً": his
    sentence, compared with his (not with the 27 years the headline gives Bolsonaro); changed to 39
    years in one report, it conflicts."""
    from tests.helpers import edited, subfolder

    assert not [f for f in conflicts_of(tmp_path, _VERDICT) if "26" in f["message"]]
    changed = edited(_VERDICT, "en.md", "sentenced to 26 years", "sentenced to 39 years")
    found = conflicts_of(subfolder(tmp_path, "w"), changed)
    assert [f for f in found if "39" in f["message"] and "26" in f["message"]], [f["message"] for f in found]


def test_ages_of_people_a_sentence_does_not_name_are_compared_with_none(tmp_path):
    """ "Two men aged 67 and 56 and a 56-year-old woman were killed", «دو مرد ۶۷ و ۵۶ ساله و یک زن ۵۶
    ساله»: three people's ages, none of them the 26 years of the suspect another sentence gives."""
    en = md(
        "en",
        "2024-08-26",
        "SOLINGEN — A 26-year-old Syrian man turned himself in to a police patrol late on Saturday after the"
        " knife attack at a festival in Solingen.\n\nTwo men aged 67 and 56 and a 56-year-old woman were killed.",
    )
    ar = (
        " date 2024-08-25\nهجوم زولينغن\nقالت السلطات الألمانية إن رجلاً سورياً يبلغ من العمر 26 عاماً سلّم نفسه"
        " للشرطة بعد هجوم الطعن في مدينة زولينغن.\n"
    )
    frames = frames_of(tmp_path, "en.md", en)
    assert all(f.qualifiers.get("unnamed") for f in frames if f.predicate == "age" and f.value["low"] != 26)
    assert not [f for f in conflicts_of(tmp_path, {"en.md": en, "ar.txt": ar}) if "age" in f["message"]]


def test_the_then_president_is_a_former_one(tmp_path):
    """«أجبرت الرئيس آنذاك غوتابايا راجاباكسا على الفرار», «رئیس‌جمهور وقت، گوتابایا راجاپاکسا»: the
    president of then, not of now."""
    ar = (
        " date 2024-09-23\nسريلانكا\nأجبرت الاحتجاجات الرئيس آنذاك غوتابايا راجاباكسا على الفرار من البلاد.\n"
    )
    fa = " date 2024-09-22\nسریلانکا\nاعتراضات گسترده رئیس‌جمهور وقت، گوتابایا راجاپاکسا را به فرار واداشت.\n"
    for name, text in (("ar.txt", ar), ("fa.txt", fa)):
        [role] = [c for c in extraction_of(tmp_path, name, text).claims if c.type == "person_role"]
        assert "former" in role.value["modifiers"]


def test_a_cue_before_the_figure_before_is_that_figures(tmp_path):
    """«سه نفر کشته و هشت نفر دیگر زخمی شدند که حال چهار نفر از آنان وخیم است»: the four are in a
    critical condition, not four dead (the «کشته» is the three's)."""
    fa = (
        " date 2024-08-25\nحمله زولینگن\nدر این حمله سه نفر کشته و هشت نفر دیگر زخمی شدند که حال چهار نفر از آنان"
        " وخیم گزارش شده است.\n"
    )
    frames = frames_of(tmp_path, "fa.txt", fa)
    assert _frame(frames, "critical", "چهار نفر")
    assert [f.text for f in frames if f.predicate == "killed"] == ["سه نفر"]


def test_a_report_naming_two_mayors_names_two_places_mayors(tmp_path):
    """ "Miami-Dade County Mayor Daniella Levine Cava" and "Mayor Charles Burkett" in one report, and
    «چارلز بورکت، شهردار سرفساید» in another: Burkett is Surfside's mayor, and Levine Cava, whom the
    first report names beside him, is not a second one."""
    en = md(
        "en",
        "2021-06-26",
        "SURFSIDE, Fla. — The death toll from the partial collapse of a condominium tower in Surfside rose to"
        " five on Saturday, Miami-Dade County Mayor Daniella Levine Cava said.\n\nMayor Charles Burkett said"
        " crews were working through the night.",
    )
    fa = (
        " date 2021-06-25\nریزش ساختمان در فلوریدا\nچارلز بورکت، شهردار سرفساید، گفت که امدادگران شبانه‌روز کار"
        " می‌کنند.\n"
    )
    assert not [f for f in conflicts_of(tmp_path, {"en.md": en, "fa.txt": fa}) if f["code"] == "CF01"]


def test_the_city_of_the_airport_a_plane_was_bound_for_is_no_crash_site(tmp_path):
    """«… بينما كانت متجهة إلى مطار غاتويك في لندن»: Gatwick is where the plane was bound, and
    London is Gatwick's city; neither is where it crashed."""
    ar = (
        " date 2025-06-13\nتحطم طائرة إير إنديا\nتحطمت طائرة تابعة لشركة إير إنديا بعد وقت قصير من إقلاعها من مطار"
        " أحمد آباد في ولاية غوجارات غربي الهند، بينما كانت متجهة إلى مطار غاتويك في لندن.\n"
    )
    [main] = [m for m in extraction_of(tmp_path, "ar.txt", ar).mentions if m.main]
    assert "gb.london" not in main.places
