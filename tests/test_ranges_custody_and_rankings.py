"""Session 83, probe batches 61 and 62 (stories written by helpers that saw no code: a nuclear deal,
a stadium crush, a volcanic eruption, a takeover; diplomats expelled, a bus crash, an asylum, a
riot with arrests):

- "two or three" is a range even after "from" («من شهرين أو ثلاثة»: rules/hedges ``either_joins``),
  and so is "from two to three months to at least a year" (a change goes on to what follows);
- a negated hedge of exceeding is its bound in Persian as in Arabic («نباید از ۳۰۰ کیلوگرم فراتر
  رود», «لا تتجاوز … 38 ألف»: at most), and so is a verb negated after the figure («فراتر نرود»);
- a venue's capacity in spectators is its capacity, not the crowd;
- a figure followed by the rest of its whole ("34 died inside the stadium and the rest in
  hospital": rules/predicates ``rest_markers``) is a part;
- those "held in custody" after arrests are those still held, not all arrested;
- a superlative that ranks the occasion after another ("among the worst, after the 1964 disaster in
  Lima": rules/predicates ``behind_words``) leaves the other's place to it, as a later count does
  ("the second of 2023 after lava emerged at X in July"); a month's name («جمادى الأولى») is no
  record;
- a place the occasion struck is in the trigger's clause, not a team's town in a clause before it;
- the day of a figure compared with («مقابل ٢٨٢ ألفا في … ١٧ نوفمبر») is not the occasion's;
- Spain's regions by their English names ("Canary Islands"), so a dateline's "El Paso, Canary
  Islands" is no El Paso of Texas;
- diplomats expelled are counted (rules/predicates ``expelled``, unit ``diplomat``, no person of a
  toll); a price per share is one wherever the share is named («42 دولارا نقدا عن كل سهم», «برای
  هر سهم … ۴۲ دلار»); a day in a later clause with a figure of its own is that figure's; Congress is
  the legislature in every language.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, md, md_extraction, problems_of


def _numbers(x):
    return [
        (c.text, c.value["low"], c.value["high"], c.value.get("hedge"))
        for c in x.claims
        if c.type == "number"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        (
            "en",
            "The limits would stretch the breakout time from two to three months to at least a year.",
            2,
            3,
        ),
        ("ar", "وستطيل القيود المدة اللازمة لصنع قنبلة من شهرين أو ثلاثة إلى عام على الأقل.", 2, 3),
        ("fa", "این محدودیت‌ها زمان گریز هسته‌ای را از دو یا سه ماه به دست‌کم یک سال می‌رساند.", 2, 3),
    ],
)
def test_two_or_three_months_after_from_is_a_range(tmp_path, lang, text, low, high):
    x = md_extraction(tmp_path, lang, text, "2015-07-15")
    assert (low, high, "range") in [(a, b, h) for _, a, b, h in _numbers(x)]


def test_from_one_figure_to_another_and_on_to_a_purpose_is_a_change(tmp_path):
    # (a guard: the onward join must lead to a figure, not to "to curb")
    x = md_extraction(
        tmp_path, "en", "The bank raised its rate from 2 to 3 percent to curb inflation.", "2015-07-15"
    )
    assert [(a, b) for _, a, b, _h in _numbers(x)] == [(2, 2), (3, 3)]


@pytest.mark.parametrize(
    ("lang", "text", "bound"),
    [
        ("fa", "بر اساس توافق، ذخایر اورانیوم ایران نباید از ۲۵۰ کیلوگرم فراتر رود.", 250),
        ("fa", "بر اساس توافق، ذخایر اورانیوم ایران از ۲۵۰ کیلوگرم فراتر نرود.", 250),
        ("ar", "وقال الوزير إن عدد التذاكر بلغ 45 ألفا، في حين لا تتجاوز سعة الملعب 40 ألف متفرج.", 40000),
    ],
    ids=["must-not", "negated-verb", "does-not-exceed"],
)
def test_a_negated_hedge_of_exceeding_is_a_bound(tmp_path, lang, text, bound):
    x = md_extraction(tmp_path, lang, text, "2015-07-15")
    [hedged] = [n for n in _numbers(x) if n[3]]
    assert (hedged[2], hedged[3]) == (bound, "at_most")


def test_still_is_no_negation(tmp_path):
    text = "وقالت الشرطة إن 57 منهن فررن، فيما لا تزال أقل من 219 في قبضة الخاطفين."
    x = md_extraction(tmp_path, "ar", text, "2014-05-02")
    assert [n[3] for n in _numbers(x) if n[3]] == ["less_than"]


def test_a_capacity_in_spectators_is_no_crowd(tmp_path):
    text = "Officials said 45,000 tickets had been sold for a ground with a capacity of 40,000 spectators."
    x = md_extraction(tmp_path, "en", text, "2022-10-02")
    assert [f.predicate for f in x.frames if f.value.get("unit") == "spectator"] == ["capacity"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A fire official said 21 died at the scene and the rest in hospital after the crush on Saturday.",
        ),
        ("fa", "به گفته او، ۲۱ نفر در محل حادثه و بقیه در بیمارستان جان خود را از دست دادند."),
        ("ar", "وأضاف أن 21 شخصا توفوا في موقع الحادث والباقين في المستشفيات."),
    ],
)
def test_a_figure_followed_by_the_rest_of_its_whole_is_a_part(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2022-10-02")
    [part] = [f for f in x.frames if f.value.get("low") == 21]
    assert "x:part" in part.qualifiers.get("scope", ())


def test_those_still_held_in_custody_are_not_all_arrested(tmp_path):
    text = "The prefecture said 410 people were being held in custody on Sunday."
    x = md_extraction(tmp_path, "en", "Paris protest\n\n" + text, "2018-12-09")
    assert [f.predicate for f in x.frames if f.value.get("low") == 410] == ["held"]
    story = {
        "en.md": md(
            "en",
            "2018-12-09",
            "More than 500 arrested in Paris protest\n\nPARIS, Dec 9 — Fuel-tax protests in Paris turned "
            "violent on Saturday, officials said. The prefecture said 410 people were being held in custody.",
        ),
        "fa.md": md(
            "fa",
            "2018-12-09",
            "اعتراضات خشونت‌آمیز در پاریس\n\nاعتراض به مالیات سوخت روز شنبه ۱۷ آذر ۱۳۹۷ در پاریس به خشونت کشیده "
            "شد. به گفته پلیس، ۴۱۰ نفر از بازداشت‌شدگان همچنان در بازداشت به سر می‌برند.",
        ),
    }
    assert not problems_of(tmp_path, story)


_LIMA = (
    "وتُعد هذه الكارثة من الأسوأ في تاريخ ملاعب كرة القدم، بعد كارثة الملعب الوطني في ليما عاصمة البيرو "
    "عام 1964 التي أودت بحياة أكثر من 300 شخص."
)


def test_the_occasion_ranked_above_keeps_its_place(tmp_path):
    text = (
        "مقتل 130 شخصا في تدافع بملعب في مالانغ بإندونيسيا\n\nلقي 130 شخصا حتفهم في تدافع بملعب لكرة القدم في "
        "مدينة مالانغ الإندونيسية مساء السبت الأول من أكتوبر 2022.\n\n" + _LIMA
    )
    x = md_extraction(tmp_path, "ar", text, "2022-10-02")
    [main] = [m for m in x.mentions if m.main]
    assert "pe.lima" not in main.places


def test_a_later_count_after_an_earlier_occasion_keeps_its_place(tmp_path):
    text = (
        "Volcano erupts in Iceland\n\nA volcano on Iceland's Reykjanes peninsula burst into life late on "
        "Monday, sending lava into the sky a few kilometres from the fishing town of Grindavik.\n\n"
        "The eruption is the fourth on the peninsula since 2021, "
        "and the second of 2023 after lava emerged at Litli-Hrutur in July."
    )
    x = md_extraction(tmp_path, "en", text, "2023-12-19")
    [main] = [m for m in x.mentions if m.main]
    assert not [p for p in main.places if "lthrtr" in p or "hrutur" in p.lower()]
    assert not (main.earliest or "").startswith("2023-07")  # (July is Litli-Hrutur's)


def test_a_month_name_is_no_record(tmp_path):
    # (a guard for behind_words: «الأولى» of the month, then «بعد فوزه», made the final a past one)
    text = (
        "الأرجنتين بطلة العالم\n\nالدوحة - توج المنتخب الأرجنتيني بطلا لكأس العالم لكرة القدم مساء الأحد 24 "
        "جمادى الأولى 1444 هـ الموافق 18 ديسمبر 2022، بعد فوزه على فرنسا في المباراة النهائية بركلات الترجيح."
    )
    x = md_extraction(tmp_path, "ar", text, "2022-12-19")
    [main] = [m for m in x.mentions if m.main]
    assert main.earliest == "2022-12-18"


def test_a_teams_town_in_a_clause_before_the_crush_is_not_where_it_struck(tmp_path):
    text = (
        "تدافع في ملعب إندونيسي\n\nوبدأت الأحداث بعد خسارة فريق أريما أمام غريمه بيرسيبايا سورابايا بنتيجة "
        "3-2، إذ اقتحم آلاف المشجعين أرض الملعب، ما أثار حالة من الذعر وتدافعا نحو بوابات الخروج."
    )
    x = md_extraction(tmp_path, "ar", text, "2022-10-02")
    assert all("id.surabaya" not in m.places for m in x.mentions)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "وقدّرت وزارة الداخلية عدد المشاركين في الاحتجاجات على مستوى البلاد بنحو ١٢٠ ألف شخص، مقابل ٢٥٠ ألفا في "
            "اليوم الأول للحركة في ١٧ نوفمبر/تشرين الثاني.",
            "2018-12-08",
        ),
        # (an occasion's word after the comparison: the day is that occasion's, and stays with it)
        (
            "وأيدت المحكمة يوم الجمعة بأغلبية ستة أصوات مقابل ثلاثة إلغاء حكم المحكمة الصادر في ١٧ نوفمبر/تشرين "
            "الثاني ٢٠١٥.",
            None,
        ),
    ],
    ids=["compared-figure", "compared-then-occasion"],
)
def test_the_day_of_a_compared_figure_is_not_the_occasions(tmp_path, text, dated):
    x = md_extraction(tmp_path, "ar", "احتجاجات السترات الصفراء\n\n" + text, "2018-12-09")
    days = {m.earliest for m in x.mentions}
    assert "2018-11-17" not in days if dated else "2015-11-17" in days


def test_a_dateline_in_the_canary_islands_is_no_texan_town(tmp_path):
    text = (
        "Lava destroys homes on La Palma\n\nEL PASO, Canary Islands, Spain, Sept 20 — Lava from the volcano "
        "destroyed about 100 homes on Monday, officials in the Canary Islands said."
    )
    x = md_extraction(tmp_path, "en", text, "2021-09-20")
    places = {c.text: c.value for c in x.claims if c.type == "place"}
    assert places["Canary Islands"]["place"] == "ES-CN"
    assert places["EL PASO"]["place"] != "us.el_paso"


def test_capacity_and_crowd_apart_leave_no_conflict(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2022-10-02",
            "Crush at Indonesian stadium\n\nMALANG, Indonesia, Oct 2 — At least 130 people were killed in a crush "
            "at a stadium in Malang on Saturday. About 3,000 spectators ran onto the pitch, police said.",
        ),
        "ar.md": md(
            "ar",
            "2022-10-02",
            "تدافع في ملعب إندونيسي\n\nلقي 130 شخصا على الأقل حتفهم في تدافع بملعب في مالانغ بإندونيسيا مساء السبت. "
            "وقال وزير إن عدد التذاكر بلغ 42 ألفا، في حين لا تتجاوز سعة الملعب 38 ألف متفرج.",
        ),
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Britain ordered the expulsion of 18 Russian diplomats on Wednesday."),
        ("fa", "بریتانیا روز چهارشنبه ۱۸ دیپلمات روس را اخراج کرد."),
        ("ar", "وأعلنت بريطانيا يوم الأربعاء طرد 18 دبلوماسيا روسيا."),
    ],
)
def test_diplomats_expelled_are_counted(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, "Expulsions\n\n" + text, "2018-03-15")
    assert [f.predicate for f in x.frames if f.value.get("low") == 18] == ["expelled"]


def test_a_price_per_share_is_one_however_placed(tmp_path):
    # (the Arabic names the share after a word between: «دولارا نقدا عن كل سهم»)
    story = {
        "en.md": md(
            "en",
            "2017-06-17",
            "Grocer bought\n\nNEW YORK, June 16 — Nordmart will pay $51 per share in cash, a premium of "
            "about 30 percent to Greenleaf's closing price on Thursday.",
        ),
        "ar.md": md(
            "ar",
            "2017-06-17",
            "صفقة\n\nوستدفع نوردمارت 48 دولارا نقدا عن كل سهم، بعلاوة تبلغ نحو 30 في المئة على سعر إغلاق سهم "
            "غرينليف يوم الخميس.",
        ),
    }
    [conflict] = conflicts_coded(tmp_path, story, "CF03")
    assert {a for v in conflict["values"] for a in v["articles"]} == {"en", "ar"}


def test_congress_is_the_legislature_in_every_language(tmp_path):
    # («کنگره آمریکا» was the Capitol, a building; "Congress" and «الكونغرس» named nothing)
    story = {
        "en.md": md(
            "en", "2015-07-15", "Deal\n\nVIENNA, July 14 — Congress has 60 days to review the agreement."
        ),
        "fa.md": md("fa", "2015-07-15", "توافق\n\nکنگره آمریکا ۹۰ روز برای بررسی این توافق فرصت دارد."),
        "ar.md": md(
            "ar",
            "2015-07-15",
            "اتفاق\n\nوتعهد أوباما باستخدام حق النقض في الكونغرس الذي يملك ٦٠ يوما لمراجعة الاتفاق.",
        ),
    }
    [conflict] = conflicts_coded(tmp_path, story, "CF03")
    assert {a for v in conflict["values"] for a in v["articles"]} == {"en", "fa", "ar"}


def test_a_day_of_a_later_clause_with_its_own_figure_is_not_the_figures(tmp_path):
    text = "Nordmart will pay $51 per share in cash, a premium of about 30 percent to the closing price on Thursday."
    x = md_extraction(tmp_path, "en", "Deal\n\n" + text, "2017-06-17")
    [price] = [f for f in x.frames if f.value.get("low") == 51]
    assert price.time is None


def test_a_place_the_text_puts_in_another_is_one_place_of_the_occasion(tmp_path):
    # («بمقاطعة مالانغ في إقليم جاوة»: the gazetteer knows Malang in Indonesia only, the text says in Java)
    story = {
        "en.md": md(
            "en",
            "2022-10-02",
            "Stadium crush\n\nMALANG, Indonesia, Oct 2 — At least 130 people were killed and more than 300 injured in "
            "a crush at a stadium in Malang, East Java, on Saturday night.",
        ),
        "ar.md": md(
            "ar",
            "2022-10-02",
            "تدافع في ملعب\n\nلقي 130 شخصا على الأقل حتفهم وأصيب أكثر من 450 آخرين في تدافع شهده ملعب كانجوروهان "
            "بمقاطعة مالانغ في إقليم جاوة الشرقية الإندونيسي ليل السبت.",
        ),
    }
    [conflict] = conflicts_coded(tmp_path, story, "CF03")
    assert "injured" in conflict["message"]


def _bus_story(ar_headline: str, ar_body: str) -> dict[str, str]:
    return {
        "en.md": md(
            "en",
            "2018-04-07",
            "Bus crash in Saskatchewan\n\nTISDALE, Saskatchewan, April 7 — Fifteen people were killed and 12 injured "
            "when a bus carrying a junior hockey team collided with a truck on Friday evening, police said.",
        ),
        "ar.md": md("ar", "2018-04-07", ar_headline + "\n\n" + ar_body, title="حادث حافلة"),
    }


def test_a_headlines_lower_running_count_under_a_higher_body_is_no_rise(tmp_path):
    story = _bus_story(
        "كندا: 15 قتيلا و12 جريحا في حادث حافلة فريق للهوكي",
        "أوتاوا - قُتل 15 شخصا وأصيب 19 آخرون مساء الجمعة عندما اصطدمت حافلة تقل فريقا للهوكي بشاحنة في "
        "مقاطعة ساسكاتشوان، حسبما أعلنت الشرطة.",
    )
    [conflict] = conflicts_coded(tmp_path, story, "CF03")
    assert "injured" in conflict["message"]


def test_a_rise_the_body_tells_is_no_conflict(tmp_path):
    # (a guard: the headline's newer count, the body's earlier one named as such)
    story = _bus_story(
        "كندا: 15 قتيلا و12 جريحا في حادث حافلة فريق للهوكي",
        "أوتاوا - قُتل 15 شخصا وأصيب 12 آخرون مساء الجمعة عندما اصطدمت حافلة تقل فريقا للهوكي بشاحنة في "
        "مقاطعة ساسكاتشوان. وكانت حصيلة أولية قد تحدثت عن 14 قتيلا قبل أن يتوفى أحد المصابين في المستشفى.",
    )
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_took_the_lives_of_is_a_toll_and_came_out_alive_is_none(tmp_path):
    text = (
        "برخورد اتوبوس حامل تیم هاکی با یک کامیون در استان ساسکاچوان جان ۱۶ نفر را گرفت و ۱۳ نفر دیگر را "
        "زخمی کرد. ۱۰ نفر جان سالم به در بردند."
    )
    x = md_extraction(tmp_path, "fa", "تصادف\n\n" + text, "2018-04-07")
    read = {f.value["low"]: f.predicate for f in x.frames if "low" in f.value}
    assert read[16] == "killed" and read[10] != "killed"


@pytest.mark.parametrize(
    ("lang", "text", "month"),
    [
        ("en", "In June this year, a fire in a residential building killed about 50 people.", "2024-06-01"),
        ("en", "In March last year, the two leaders met in Moscow.", "2023-03-01"),
        ("fa", "در خرداد امسال آتش‌سوزی در یک ساختمان مسکونی جان حدود ۵۰ نفر را گرفت.", "2024-05-21"),
    ],
)
def test_a_month_with_a_relative_year_after_it_is_of_that_year(tmp_path, lang, text, month):
    # (June 2025 is nearer a report of 22 December 2024 than June 2024 is)
    x = md_extraction(tmp_path, lang, "t\n\n" + text, "2024-12-22")
    assert month in [c.value.get("earliest") for c in x.claims if c.type == "date"]
