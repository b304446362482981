"""Session 80, probe batch 50 (stories written by a helper that saw no code, scored first):

- a round's word and the election's word right after it («دور دوم انتخابات ریاست‌جمهوری», "the
  second round of the presidential election") are one phrase: the lead that names the runoff with
  its day is no sentence of two occasions, and a later parliamentary election, weeks after the
  publication, does not date the runoff;
- a role phrase that holds its country («المستشارة الألمانية») gives it, for a name no lexicon
  lists; a political leaning after a role's complement («زعيمة "الجبهة الوطنية" اليمينية
  المتطرفة مارين لوبان») is the holder's, and the name follows it, so a share later given to her
  surname with «ل» joined («مقابل 33.9% للوبان») is hers, no earlier figure compared with;
- "received" with a figure after it ("received more than 20.7 million votes") is no meeting and
  hosts no one (rules/events ``figure_objects``); "hosted 20 leaders" still hosts; "Marine", a
  word of a role phrase ("marine affairs minister"), may open a name;
- a time of day after a name («ريبيلو دي سوزا ليلا») and a clause after a delegation's list
  («، وأعلنت حكومته الحداد») are no part of a name;
- the place of a tourist trip («بعد رحلة سياحية في إسطنبول») is not where the occasion happened;
- a unit of two letters takes no clitic: «الثانية بين» (the second … between) is no second yen;
- a Latin surname's particles are the surname's ("Le Pen" is «لوبان», keyed alike), and a name
  after a figure that another figure follows in the sentence is that one's ("received more than
  20.7 million votes, while Le Pen won about 10.6 million");
- abstention ("Abstention, at around 25 percent", «نسبة الامتناع عن التصويت», «نرخ عدم مشارکت»)
  is a figure of its own, no turnout;
- a lead whose first word of the occasion numbers it in a series («دومین دیدار ترامپ و کیم», "the
  second summit") reports that occasion: its ordinal tells no other one apart; talks or a summit
  that collapse ("summit … collapses", «انهارت القمة») broke down, no building fell.
"""

from __future__ import annotations

import pytest

from tests.helpers import main_of, md, md_extraction, role_values


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # (a round's word and the election's right after it are one phrase: the June elections do
        # not date the runoff)
        (
            "2017-05-08",
            (
                "امانوئل مکرون در دور دوم انتخابات ریاست‌جمهوری فرانسه که یکشنبه ۱۷ اردیبهشت ۱۳۹۶ (۷ مه ۲۰۱۷) "
                "برگزار شد، پیروز شد. مکرون ۶۶٫۱ درصد آرا را به دست آورد.\n\n"
                "نرخ عدم مشارکت با حدود ۲۵ درصد، بالاترین رقم در دور دوم انتخابات ریاست‌جمهوری از سال ۱۹۶۹ بود.\n\n"
                "چالش بعدی مکرون انتخابات پارلمانی ۲۱ و ۲۸ خرداد (۱۱ و ۱۸ ژوئن) است."
            ),
            "2017-05-07",
        ),
        # (a definite series ordinal on the lead's first word of its type names the reported summit)
        (
            "2019-03-01",
            (
                "دومین نشست ترامپ و کیم روز پنجشنبه ۹ اسفند ۱۳۹۷ (۲۸ فوریه ۲۰۱۹) در هانوی بدون توافق به پایان رسید.\n\n"
                "ترامپ گفت کره شمالی خواهان لغو کامل تحریم‌ها بود و واشینگتن نمی‌توانست آن را بپذیرد.\n\n"
                "وزیر خارجه کره شمالی این گفته را رد کرد و گفت پیونگ‌یانگ تنها لغو بخشی از تحریم‌ها را خواسته بود.\n\n"
                "دو رهبر شامگاه چهارشنبه ۸ اسفند (۲۷ فوریه) در هتل متروپل هانوی دیدار و شام صرف کرده بودند."
            ),
            "2019-02-28",
        ),
    ],
)
def test_the_main_occasion_keeps_its_day(tmp_path, published, text, day):
    assert main_of(tmp_path, "fa.md", md("fa", published, text)).earliest == day


def test_a_share_of_a_leader_named_after_her_leaning(tmp_path):
    text = (
        "فاز المرشح الوسطي إيمانويل ماكرون برئاسة فرنسا في الجولة الثانية يوم الأحد، متغلبا على زعيمة "
        '"الجبهة الوطنية" اليمينية المتطرفة مارين لوبان.\n\n'
        "وأظهرت النتائج التي أعلنتها وزارة الداخلية بعد فرز الأصوات حصول ماكرون على 66.1% من الأصوات "
        "مقابل 33.9% للوبان. ونال ماكرون أكثر من 20.7 مليون صوت، في حين حصلت لوبان على نحو 10.6 ملايين صوت."
    )
    x = md_extraction(tmp_path, "ar", text, "2017-05-08")
    [share] = [f for f in x.frames if f.predicate == "votes" and f.value["low"] == 33.9]
    assert "previous" not in share.qualifiers
    assert share.qualifiers.get("candidate") == "لوبان"


def _roles(tmp_path, lang: str, text: str) -> list[dict]:
    return role_values(md_extraction(tmp_path, lang, text, "2017-05-08"))


def test_a_role_phrase_that_holds_its_country_gives_it(tmp_path):
    [role] = _roles(tmp_path, "ar", "وهنأته المستشارة الألمانية هانا موستر.")
    assert (role["name"], role["role"], role["country"]) == ("هانا موستر", "chancellor", "DE")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ar",
            'وتغلب على زعيمة "الجبهة الوطنية" اليمينية المتطرفة مارين لوبان في الجولة الثانية.',
            "مارين لوبان",
        ),
        ("en", "He defeated far-right leader Marine Le Pen in the runoff.", "Marine Le Pen"),
    ],
)
def test_a_leaders_name_after_her_leaning(tmp_path, lang, text, name):
    [role] = _roles(tmp_path, lang, text)
    assert (role["name"], role["role"]) == (name, "leader")


def test_votes_received_are_no_meeting(tmp_path):
    text = "Macron received more than 20.7 million votes, while Le Pen won about 10.6 million."
    x = md_extraction(tmp_path, "en", text, "2017-05-08")
    assert [m.type for m in x.mentions if m.type == "meeting"] == []
    assert [c.value["relation"] for c in x.claims if c.type == "attendance"] == []


def test_a_time_of_day_and_a_clause_are_no_names(tmp_path):
    text = (
        "كما توجه الرئيس مارسيلو ريبيلو دي سوزا ليلا إلى المنطقة المنكوبة.\n\n"
        "وتوجه رئيس الوزراء زوران زاييف إلى مكان الحادث برفقة وزير الخارجية بويار عثماني، "
        "وأعلنت حكومته الحداد الوطني."
    )
    x = md_extraction(tmp_path, "ar", text, "2021-11-23")
    names = {c.value["name"] for c in x.claims if c.type in ("person_role", "attendance")}
    assert names == {"مارسيلو ريبيلو دي سوزا", "زوران زاييف", "بويار عثماني"}


def test_a_trips_place_is_not_the_occasions(tmp_path):
    text = (
        "لقي 45 شخصا حتفهم في حريق حافلة على طريق سريع في بلغاريا فجر الثلاثاء 23 نوفمبر.\n\n"
        "وكانت الحافلة عائدة إلى سكوبيه بعد رحلة سياحية في إسطنبول عندما اشتعلت فيها النيران."
    )
    main = main_of(tmp_path, "ar.md", md("ar", "2021-11-23", text))
    assert "tr.istanbul" not in main.places, main.places


def test_between_is_no_yen(tmp_path):
    text = "انتهت القمة الثانية بين الزعيمين في هانوي، وكانت الخسائر قد بلغت 500 مليار ين."
    x = md_extraction(tmp_path, "ar", text, "2019-02-28")
    units = {c.text: c.value.get("unit") for c in x.claims if c.type == "number"}
    assert units == {"500 مليار ين": "yen"}


def _votes(tmp_path, lang: str, text: str) -> dict:
    x = md_extraction(tmp_path, lang, text, "2017-05-08")
    return {f.value["low"]: f.qualifiers.get("candidate") for f in x.frames if f.predicate == "votes"}


def test_a_surnames_particle_is_the_surnames(tmp_path):
    text = (
        "Emmanuel Macron defeated far-right leader Marine Le Pen in the runoff on Sunday. "
        "Macron won 66.1 percent of the vote against 33.9 percent for Le Pen."
    )
    assert _votes(tmp_path, "en", text)[33.9] == "le pen"


def test_a_name_a_later_figure_follows_is_that_figures(tmp_path):
    text = (
        "Emmanuel Macron defeated far-right leader Marine Le Pen in the runoff on Sunday. The former "
        "economy minister received more than 20.7 million votes, while Le Pen, leader of the National Front, "
        "won about 10.6 million."
    )
    votes = _votes(tmp_path, "en", text)
    assert (votes[20700000], votes[9540000]) == (None, "le pen")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turnout was about 75 percent. Abstention, at around 25 percent, was the highest since 1969."),
        ("ar", "وبلغت نسبة المشاركة نحو 75%، فيما سجلت نسبة الامتناع عن التصويت نحو 25%."),
        ("fa", "میزان مشارکت حدود ۷۵ درصد بود و نرخ عدم مشارکت با حدود ۲۵ درصد بالاترین رقم بود."),
    ],
)
def test_abstention_is_no_turnout(tmp_path, lang, text):
    x = md_extraction(
        tmp_path, lang, "Macron won the runoff on Sunday. " * (lang == "en") + text, "2017-05-08"
    )
    read = {f.value["low"]: f.predicate for f in x.frames if f.predicate in ("turnout", "abstention")}
    assert read == {67.5: "turnout", 22.5: "abstention"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The summit in Hanoi collapses over sanctions, leaving the talks without a deal."),
        ("ar", "انهارت القمة في هانوي بسبب العقوبات دون التوصل إلى اتفاق."),
    ],
)
def test_talks_that_collapse_are_no_collapse(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2019-03-01")
    assert "collapse" not in {m.type for m in x.mentions}


def test_a_host_of_many_leaders_still_hosts(tmp_path):
    x = md_extraction(
        tmp_path, "en", "Xi Jinping hosted 20 leaders at the summit in Beijing on Monday.", "2017-05-15"
    )
    assert [c.value["relation"] for c in x.claims if c.type == "attendance"] == ["hosted"]
