"""Session 67, probe batch 20 (six stories written by helpers that saw no code, scored unseen at
80f11bc: 15 false conflicts; three stories tuned on, three kept out). The general readings:

- Dari (Afghan Persian) dates: the solar months by their Afghan names («۱۱ سنبله ۱۴۰۴»), read only
  after a day since they are common words too («میزان», «جدی»), and the Gregorian months as Kabul
  writes them («اگست», «سپتمبر»);
- a counted occasion ("the third deadly quake since the Taliban returned in August 2021") is not
  dated by what it counts from, and a date past a semicolon and another word of its type is that
  word's;
- «زلازل» (quakes) names an occasion; a short foreign town's name right after a quake's or a
  crash's noun («زلازل هرات») is a place; a describer between a locative and a name ("in western
  Herat province") keeps the locative; "27 km east-northeast of Jalalabad" is near it, not in it;
- "held three months early", «سه ماه زودتر از موعد», «قبل ثلاثة أشهر من موعدها»: an offset from a
  schedule, no time since a start;
- a French "ch" read as «ش» joins an unknown name across scripts ("Cherif", «شریف»);
- a Persian verb form («بخوابم») names no place, and «بسجن» (to jail) before a name is no prison;
- number words and units of time are no name's words («ست سنوات» after a role);
- a name that completes another's role («رئیس دفتر پیشین سارکوزی») is not whose figure follows;
- two reports that each give a co-defendant's sentence beside the lead's do not contradict the
  others.
"""

from __future__ import annotations

from checker.align.entities import NameForm
from checker.align.names import matcher_of
from checker.normalize.keys import raw_tokens
from checker.rules import load_rules
from tests.helpers import (
    conflicts_of,
    edited,
    findings_of,
    frames_of,
    md,
    md_extraction,
    problems_of,
    report_of,
    subfolder,
)


def _places(x) -> list[str]:
    return [c.value["place"] for c in x.claims if c.type == "place"]


def _dates(x) -> list[tuple[str, str]]:
    return [(x.article.text[c.start : c.end], c.value["iso"]) for c in x.claims if c.type == "date"]


def test_afghan_month_names_after_a_day(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "وزارت صحت عامه روز پنجشنبه ۲۷ اسد ۱۴۰۳ اعلام کرد که سیلاب‌های ۱۵ ثور در ولایت بغلان بیش از ۳۰۰ قربانی"
        " گرفت. این اداره به میزان ۱۴۰۰ تن کمک غذایی توزیع کرد و کار جدی را آغاز کرد.",
        "2024-08-18",
    )
    got = dict(_dates(x))
    assert got.get("روز پنجشنبه ۲۷ اسد ۱۴۰۳") == "2024-08-17"
    assert got.get("۱۵ ثور") == "2024-05-04"
    # («به میزان ۱۴۰۰ تن», "as much as 1,400 tonnes", and «جدی», "serious", date nothing)
    assert not any("میزان" in t or "جدی" in t for t, _ in _dates(x))


def test_kabul_spellings_of_gregorian_months(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "طالبان در ۱۵ اگست ۲۰۲۱ وارد کابل شدند و در ۷ سپتمبر دولت موقت را اعلام کردند.",
        "2021-09-10",
    )
    got = dict(_dates(x))
    assert got.get("۱۵ اگست ۲۰۲۱") == "2021-08-15"
    assert got.get("۷ سپتمبر") == "2021-09-07"


def _mentions(x):
    return {(x.article.text[m.start : m.end], m.start): m for m in x.mentions}


def test_a_counted_occasion_is_not_dated_by_what_it_counts_from(tmp_path):
    """«این سومین سیل مرگبار … از زمان بازگشت طالبان به قدرت در اگست ۲۰۲۱ است؛ سیل ۱۰ ثور ۱۴۰۳ در
    بغلان …»: neither the since-date nor the next clause's date dates the third flood."""
    x = md_extraction(
        tmp_path,
        "fa",
        "سیلاب امروز ولایت غور را فرا گرفت. این سومین سیل مرگبار در افغانستان از زمان بازگشت طالبان به قدرت"
        " در اگست ۲۰۲۱ است؛ سیل ۱۰ ثور ۱۴۰۳ (آوریل ۲۰۲۴) در بغلان بیش از ۳۰۰ کشته برجای گذاشت.",
        "2024-07-20",
    )
    third = [m for m in x.mentions if m.ordinal == "third"]
    assert third and all(m.earliest is None for m in third)
    dated = [m for m in x.mentions if m.earliest == "2024-04-29"]
    assert dated and dated[0].ordinal is None


def test_the_plural_of_quake_and_a_town_after_it(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "وهو الأشد منذ زلازل هرات في تشرين الأول/أكتوبر ٢٠٢٣ التي أودت بحياة نحو ١٥٠٠ شخص.",
        "2025-09-04",
    )
    [m] = [m for m in x.mentions if m.type == "earthquake"]
    assert m.earliest == "2023-10-01" and "af.herat" in m.places
    # (a short town's name with no cue is still no place: «هرات» is also "cats")
    y = md_extraction(subfolder(tmp_path, "cats"), "ar", "ورأى هرات في الشارع.", "2025-09-04")
    assert not [c for c in y.claims if c.type == "place"]


def test_a_describer_between_a_locative_and_a_name(tmp_path):
    x = md_extraction(tmp_path, "en", "A quake struck in western Herat province on Saturday.", "2023-10-08")
    [p] = [c for c in x.claims if c.type == "place"]
    assert p.value["locative"] and p.value["place"] == "AF-HER"


def test_a_compound_bearing_from_a_city_is_near_it(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "A magnitude 6.0 earthquake struck on Sunday night, with its epicentre some 27 km east-northeast of "
        "Jalalabad.",
        "2025-09-01",
    )
    [m] = [m for m in x.mentions if m.type == "earthquake"]
    assert "af.jalalabad" not in m.places


def test_held_early_is_an_offset_not_a_duration(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2024-09-09",
            "Saturday's election was held three months early. Turnout was 48 percent, the electoral"
            " authority said.",
        ),
        "fa.md": md(
            "fa",
            "2024-09-15",
            "دادگاه نتایج نهایی را که یک هفته پیش اعلام شده بود اصلاح کرد. انتخابات امسال سه ماه زودتر از موعد"
            " مقرر برگزار شد.",
        ),
        "ar.md": md(
            "ar", "2024-09-08", "وجرت هذه الانتخابات قبل ثلاثة أشهر من موعدها الأصلي المقرر في ديسمبر."
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]
    for name, text in story.items():
        frames = frames_of(subfolder(tmp_path, name.split(".")[0]), name, text)
        early = [f for f in frames if f.predicate == "duration" and f.value.get("low") == 3]
        assert early and all(f.qualifiers.get("offset") for f in early)


def test_a_french_ch_read_as_sh_joins_a_name_across_scripts(tmp_path):
    story = {
        "en.txt": " date 2024-09-14\nAlgeria vote\nIslamist candidate Abdelaali Hassani Cherif of the MSP received"
        " 904,642 votes, or 9.56%.\n",
        "fa.txt": " date 2024-09-14\nانتخابات الجزایر\nعبدالعالی حسانی شریف، نامزد اسلام‌گرای «جنبش جامعهٔ صلح»، با"
        " ۹۰۴ هزار و ۶۴۲ رأی (۹.۵۶ درصد) دوم شد.\n",
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]


def test_a_persian_verb_names_no_place(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "او پس از جلسه گفت: «اگر بخواهند من در زندان بخوابم، در زندان می‌خوابم.» دادگاه او را به پنج سال محکوم"
        " کرد.",
        "2025-09-25",
    )
    assert not [c for c in x.claims if c.type == "place"]


def test_to_jail_someone_is_no_prison(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "وقضت المحكمة بسجن ساركوزي خمس سنوات، كما قضت بسجن كلود غيان ست سنوات. ونقل آخرون إلى سجن صيدنايا.",
        "2025-09-25",
    )
    assert _places(x) == ["sy.sednaya"]


def test_number_words_are_no_part_of_a_name(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "وقضت المحكمة بسجن مدير مكتبه ووزير الداخلية الأسبق، ست سنوات، وبسجن الوزير الأسبق بريس أورتفو سنتين.",
        "2025-09-25",
    )
    names = [c.value["name"] for c in x.claims if c.type == "person_role"]
    assert "بريس أورتفو" in names
    assert not any("سنوات" in n or "سنتين" in n for n in names)
    # (a scale's dual is a given name too: «ألفين», two thousand, is Alvin)
    y = md_extraction(
        subfolder(tmp_path, "alvin"),
        "ar",
        "وكانت المدعية العامة لولاية نيويورك ألفين براغ قد رفعت الدعوى.",
        "2024-05-30",
    )
    assert "ألفين براغ" in [c.value["name"] for c in y.claims if c.type == "person_role"]


def test_a_name_that_completes_a_role_is_not_whose_figure_follows(tmp_path):
    frames = frames_of(
        tmp_path,
        "fa.md",
        md(
            "fa",
            "2025-09-25",
            "دادگاه کیفری پاریس روز پنجشنبه نیکولا سارکوزی، رئیس‌جمهور پیشین فرانسه، را به پنج سال حبس محکوم"
            " کرد. در همین پرونده، کلود گئان، رئیس دفتر پیشین سارکوزی و وزیر کشور سابق، به شش سال زندان محکوم"
            " شد.",
            title="سارکوزی به پنج سال زندان محکوم شد",
        ),
    )
    [six] = [f for f in frames if f.predicate == "sentence" and f.value.get("low") == 6]
    assert six.qualifiers.get("person") != "سارکوزی"


def test_co_defendants_sentences_beside_the_leads(tmp_path):
    """Two reports each give the lead's five years and, with no name the reader takes, a
    co-defendant's six: no report gives six alone, so six is no rival of five."""
    story = {
        "en.md": md(
            "en",
            "2025-09-25",
            "A Paris court on Thursday sentenced former president Nicolas Sarkozy to five years in prison.",
        ),
        "ar1.md": md(
            "ar",
            "2025-09-25",
            "قضت محكمة في باريس الخميس بسجن الرئيس الفرنسي الأسبق نيكولا ساركوزي خمس سنوات. وقضت المحكمة على"
            " الوسيط ألكسندر جوهري بالسجن ست سنوات.",
        ),
        "ar2.md": md(
            "ar",
            "2025-09-26",
            "غداة الحكم بسجنه خمس سنوات، يستعد ساركوزي لدخول السجن. وقضت المحكمة بسجن كلود غيان (80 عاما) ست"
            " سنوات.",
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]


def test_a_percentage_of_an_election_naming_nothing_measured_is_no_rate(tmp_path):
    frames = frames_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2024-09-14",
            'The court put turnout at 46.10%, slightly below the "average rate" of 48.03% the election'
            " authority announced. The central bank cut its key rate to 21% after the election.",
        ),
    )
    rates = sorted(f.value["low"] for f in frames if f.predicate == "rate")
    assert rates == [21]


def test_a_short_head_with_its_article_ends_a_name(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "يواجه الرئيس الفرنسي الأسبق نيكولا ساركوزي دخول السجن خلال أسابيع.",
        "2025-09-26",
    )
    [name] = [c.value["name"] for c in x.claims if c.type == "person_role"]
    assert not name.endswith("السجن")


# Batch 20's three stories kept out (Kocani, Japan's GDP, Pezeshkian in Moscow), tuned on once scored.


def test_a_role_with_its_own_complement_takes_no_country_from_the_next(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "مسعود پزشکیان، رئیس‌جمهور کشورمان، و ولادیمیر پوتین، رئیس‌جمهور روسیه، روز جمعه در کرملین دیدار کردند.",
        "2025-01-18",
    )
    countries = {c.value["name"]: c.value["country"] for c in x.claims if c.type == "person_role"}
    assert countries["ولادیمیر پوتین"] == "RU"
    assert countries["مسعود پزشکیان"] != "RU"


def test_how_long_a_treaty_runs_is_a_term(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2025-01-17",
            "The treaty, which runs for 20 years and contains 47 articles, replaces a 2001 agreement on the"
            " basis of relations between the two countries.",
        ),
        "ar.md": md(
            "ar",
            "2025-01-18",
            "وأوضحت الوكالة أن المعاهدة الممتدة لمدة ٢٠ عاما تحل محل معاهدة أسس العلاقات الموقعة عام ٢٠٠١.",
        ),
    }
    assert not [f for f in problems_of(tmp_path, story) if f["code"] == "IN03"]


def test_the_case_of_a_fire_is_the_object_of_the_announcement(tmp_path):
    """«أعلنت السلطات … يوم الإثنين … ارتفاع عدد الموقوفين في قضية حريق ملهى …»: Monday is the
    announcement's, not the fire's (which was on Sunday)."""
    x = md_extraction(
        tmp_path,
        "ar",
        "أعلنت السلطات في مقدونيا الشمالية، يوم الإثنين ١٧ رمضان ١٤٤٦ هـ الموافق ١٧ آذار/مارس ٢٠٢٥، ارتفاع عدد"
        ' الموقوفين في قضية حريق ملهى "بالس" الليلي في مدينة كوتشاني إلى ٢٠ شخصاً، فيما لا تزال الحصيلة عند ٥٩'
        " قتيلاً وأكثر من ١٥٠ جريحاً.",
        "2025-03-17",
    )
    fires = [m for m in x.mentions if m.type == "fire"]
    assert fires and all(m.earliest != "2025-03-17" for m in fires)


def test_a_weekday_dated_day_bounds_an_undated_report(tmp_path):
    """An undated report of a fire «بامداد یکشنبه ۲۶ اسفند», with background back to 2021: 26 Esfand
    fell on a Sunday in 1403 (16 March 2025), so the report is no older; and a count it gives is
    not ordered against a report of that day ("written after 16 March" may be days later)."""
    story = {
        "en.md": md(
            "en",
            "2025-03-16",
            "A fire at a nightclub in Kocani killed 59 people early on Sunday. Police detained 15 people,"
            " the interior minister said.",
        ),
        "fa.txt": "آتش‌سوزی کلوب کوچانی\nآتش‌سوزی بامداد یکشنبه ۲۶ اسفند در یک کلوب شبانه در کوچانی دست‌کم ۵۹ کشته"
        " بر جا گذاشت. به گفته وزیر کشور تاکنون بیش از ۲۰ نفر در ارتباط با این پرونده بازداشت شده‌اند. آتش‌سوزی"
        " کلوب کولکتیو در بخارست در اکتبر ۲۰۱۵ و آتش‌سوزی بیمارستان تتوو در سپتامبر ۲۰۲۱ نیز مرگبار بودند.\n",
    }
    report = report_of(tmp_path, story)
    [fa] = [a for a in report["articles"] if a["id"] == "fa"]
    assert (fa.get("date_estimate") or {}).get("earliest") == "2025-03-16"
    assert not [f for f in report["findings"] if f["type"] == "conflict" and f["code"] == "CF03"]


def test_above_a_level_is_a_floor(tmp_path):
    x = md_extraction(
        tmp_path, "ar", "وأغلق مؤشر نيكاي فوق مستوى 38 ألف نقطة لأول مرة منذ 34 عاما.", "2024-02-15"
    )
    [n] = [c for c in x.claims if c.type == "number" and c.value.get("value") == 38000]
    assert n.value["hedge"] == "more_than"


def test_a_forecast_told_by_a_plural_verb(tmp_path):
    frames = frames_of(
        tmp_path,
        "ar.md",
        md("ar", "2024-02-15", "وكان خبراء اقتصاد استطلعت رويترز آراءهم يتوقعون نموا بنسبة 1.4%."),
    )
    [r] = [f for f in frames if f.predicate == "rate"]
    assert r.qualifiers.get("requested") == "forecast"


def test_figures_of_two_quarters_are_two_figures(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2024-02-15",
            "Japan's gross domestic product contracted at an annualized rate of 0.4% in the October-December"
            " quarter, following a revised 3.3% slump in July-September.",
        ),
        "ar.md": md(
            "ar",
            "2024-02-15",
            "انكمش الناتج المحلي الإجمالي لليابان بمعدل سنوي قدره 0.4% في الربع الأخير من العام الماضي، بعد تراجع"
            " بنسبة 3.3% في الربع الثالث.",
        ),
        "fa.md": md(
            "fa",
            "2024-02-15",
            "تولید ناخالص داخلی ژاپن در سه‌ماهه پایانی سال ۲۰۲۳ با نرخ سالانه ۰٫۴ درصد کوچک شد و در سه‌ماهه"
            " سوم ۳٫۳ درصد کاهش یافته بود.",
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]
    changed = edited(story, "ar.md", "3.3%", "2.3%")
    assert [f for f in conflicts_of(subfolder(tmp_path, "changed"), changed) if f["code"] == "CF03"]


# Batch 21 (scored unseen at a44e8f6: 106/242, 9 false conflicts), Chido and Botswana tuned on.


def test_where_a_journey_went_is_its_place(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "Modi arrived in Poland on Wednesday before a visit to Ukraine. Exports to Russia fell.",
        "2024-08-22",
    )
    assert "UA" in _places(x) and "RU" not in _places(x)
    y = md_extraction(subfolder(tmp_path, "fa"), "fa", "پوتین روز دوشنبه وارد مغولستان شد.", "2024-09-02")
    assert _places(y) == ["MN"]


def test_a_decade_is_no_year(tmp_path):
    x = md_extraction(
        tmp_path, "fa", "مایوت در همه‌پرسی‌های دهه ۱۹۷۰ به ماندن در فرانسه رأی داد.", "2024-12-20"
    )
    assert not [c for c in x.claims if c.type == "number" and c.value.get("value") == 1970]


def test_a_toll_told_on_a_day_does_not_date_its_occasion(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "Officials warned on Sunday that the death toll from Cyclone Chido could run into the hundreds.",
        "2024-12-15",
    )
    [m] = [m for m in x.mentions if m.type == "flood"]
    assert m.earliest != "2024-12-15"


def test_a_day_after_an_apart_cue_is_the_other_occasions(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "The storm came a day after François Bayrou was named prime minister on Friday.",
        "2024-12-15",
    )
    [m] = [m for m in x.mentions if m.type == "flood"]
    assert m.earliest is None
    # (but not a day past a clause mark: the occasion's own)
    y = md_extraction(
        subfolder(tmp_path, "own"),
        "en",
        "The earthquake, which came days after a deadly flood, struck on Monday.",
        "2024-12-15",
    )
    [q] = [m for m in y.mentions if m.type == "earthquake"]
    assert q.earliest == "2024-12-09"


def test_those_registered_to_vote_are_neither_turnout_nor_population(tmp_path):
    frames = frames_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2024-11-02",
            "About one million people were registered to vote in the country of some 2.5 million. Turnout was"
            " 72.2% of an electorate of 46.5 million.",
        ),
    )
    got = {f.value.get("low"): f.predicate for f in frames}
    assert got[900000] == "registered_voters"  # ("about one million": 0.9 to 1.1 million)
    assert got[46500000] == "registered_voters"
    assert "population" not in {got[900000], got[46500000]}


def test_an_electorate_told_as_a_turnouts_whole_meets_one_told_alone(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2016-06-24",
            "Turnout in the referendum on Thursday was 72.2% of an electorate of 46.5 million.",
        ),
        "ar.md": md(
            "ar",
            "2016-06-24",
            "وبلغت نسبة المشاركة في استفتاء الخميس 72.2 في المئة من أصل 46.5 مليون ناخب مسجل.",
        ),
    }
    assert [f for f in findings_of(tmp_path, story) if f["code"] == "AG03" and "registered" in f["message"]]
    changed = edited(story, "en.md", "46.5 million", "fewer than 46.5 million")
    assert [f for f in conflicts_of(subfolder(tmp_path, "changed"), changed) if "registered" in f["message"]]


def test_a_verb_of_exceeding_three_words_before_its_figure(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "فيما تجاوز عدد الناخبين المسجلين 27 مليون ناخب. ولم يحصل أي منهما، من دون أن يتجاوز أي منهما عتبة 50"
        " في المئة، على الأغلبية.",
        "2024-06-02",
    )
    hedges = {c.value["value"]: c.value["hedge"] for c in x.claims if c.type == "number"}
    assert hedges[27000000] == "more_than"
    assert hedges[50] == "at_most"  # ("without either passing 50 percent": at most, no floor)


# Batch 21's kept-out stories, once scored (Yoon's arrest 2, the Bayesian 1 at 7c36f25).


def test_a_hyphened_given_name_meets_its_persian_spelling():
    """ "Choi Sang-mok" and «چوی سانگ‌موک» (the ZWNJ the fold drops joins the given name): one name,
    as "Han Duck-soo" and «هان دوک‌سو»; an article stays apart ("al-Sharaa")."""
    rules = load_rules()
    m = matcher_of(rules)
    for latin, persian in (("Choi Sang-mok", "چوی سانگ‌موک"), ("Han Duck-soo", "هان دوک‌سو")):
        a, b = NameForm.of(latin, rules), NameForm.of(persian, rules)
        assert len(a.skel) == len(b.skel) == 2
        assert m.skeleton_score(list(a.skel), list(b.skel)) >= m.surname_min
    assert raw_tokens("Ahmed al-Sharaa") == ["ahmed", "sharaa"]


def test_a_lunar_day_with_its_weekday_bounds_nothing(tmp_path):
    """A Hijri day may be a day off, and its weekday with it: «الجمعة ١٧ رمضان» gives no bound."""
    report = report_of(
        tmp_path,
        {
            "ar.txt": "حريق الملهى\nاندلع الحريق فجر الجمعة ١٧ رمضان في ملهى ليلي، بعد حريق آخر في أيلول/سبتمبر"
            " ٢٠٢١.\n",
        },
    )
    [ar] = report["articles"]
    evidence = (ar.get("date_estimate") or {}).get("evidence") or []
    assert evidence and not [e for e in evidence if e["kind"] == "weekday"]
