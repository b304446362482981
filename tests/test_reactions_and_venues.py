"""Session 79, probe batches 47 and 49 (stories written by a helper that saw no code, scored first):

- "would" before a bare weekday looks ahead ("said he would visit Las Vegas on Wednesday"), and
  so does a Persian present of a trip or a visit after it («روز چهارشنبه به لاس‌وگاس سفر می‌کند»);
- such a day, in a clause after "that" («که», «أن»), is what was said or agreed about what is
  ahead, not the day of the occasion before it ("Cardinals meeting … agreed that his body would
  be moved on Wednesday");
- a verb-first reaction («ووصف الرئيس الأمريكي دونالد ترامب الهجوم …») has its subject between
  the verb and the occasion's word: the occasion is still the object, so the sentence's day is the
  reaction's; "described" and «خواند» (with what it was called, quoted) are reactions too;
- the place right after words of a statement or a speech ("in a televised statement from the White
  House", «في كلمة من البيت الأبيض», «در سخنانی در کاخ سفید») is where it was voiced, not where
  the occasion happened;
- an English final gh after a vowel is silent in a name's skeleton ("Hugh" = «هيو»), and so is a
  gh before t ("Knight" = «نايت»);
- things found with someone's arms («به همراه مواد منفجره و هزاران فشنگ») are no one accompanied;
- a news conference someone told something at ("told a news conference", «خلال مؤتمر صحفي», «در
  نشستی خبری») is how it was said, no occasion; disagreeing with a ruling is a reaction to it.
"""

from __future__ import annotations

import pytest

from checker.align.names import matcher_of
from checker.normalize.keys import name_tokens
from checker.normalize.translit import skeleton
from checker.rules import load_rules
from tests.helpers import md_extraction


def _date_of(tmp_path, lang: str, text: str, published: str) -> list[str]:
    x = md_extraction(tmp_path, lang, text, published)
    return [c.value["iso"] for c in x.claims if c.type == "date"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Trump said he would visit Las Vegas on Wednesday."),
        ("fa", "ترامپ اعلام کرد روز چهارشنبه به لاس‌وگاس سفر می‌کند."),
    ],
)
def test_a_day_said_to_be_ahead_is_the_next_one(tmp_path, lang, text):
    # 2017-10-02 was a Monday: the Wednesday ahead is the 4th, not the 27th of September
    assert _date_of(tmp_path, lang, text, "2017-10-02") == ["2017-10-04"]


_ATTACK = {
    "en": (
        "LAS VEGAS, Oct. 2 — A gunman killed at least 58 people at a concert in Las Vegas late on Sunday,"
        " police said.\n\nPresident Donald Trump called the massacre an act of pure evil in a televised"
        " statement from the White House and said he would visit Las Vegas on Wednesday."
    ),
    "ar": (
        "لاس فيغاس – قتل مسلح ٥٨ شخصا على الأقل في حفل موسيقي في لاس فيغاس مساء الأحد، وفق الشرطة.\n\n"
        "ووصف الرئيس الأمريكي دونالد ترامب الهجوم في كلمة من البيت الأبيض بأنه عمل شرير محض، معلنا أنه"
        " سيزور لاس فيغاس يوم الأربعاء."
    ),
    "fa": (
        "مردی مسلح شامگاه یکشنبه دست‌کم ۵۸ نفر را در یک کنسرت در لاس‌وگاس کشت.\n\n"
        "دونالد ترامپ، رئیس‌جمهور آمریکا، در سخنانی در کاخ سفید این کشتار را «اقدامی از سر شرارت محض»"
        " خواند و اعلام کرد روز چهارشنبه به لاس‌وگاس سفر می‌کند."
    ),
}


@pytest.mark.parametrize("lang", sorted(_ATTACK))
def test_a_reaction_places_and_dates_nothing_of_the_attack(tmp_path, lang):
    x = md_extraction(tmp_path, lang, _ATTACK[lang], "2017-10-02")
    attacks = [m for m in x.mentions if m.type == "attack"]
    days = {c.id: c.value["iso"] for c in x.claims if c.type == "date"}
    assert attacks
    assert all("us.white_house" not in m.places for m in attacks)
    assert all(days.get(m.date) != "2017-10-04" for m in attacks)


def test_a_day_agreed_for_later_is_not_the_meetings(tmp_path):
    text = (
        "VATICAN CITY, April 22 - The funeral of Pope Francis will be held in St. Peter's Square on"
        " Saturday, April 26, the Vatican said on Tuesday.\n\nCardinals meeting for the first time since"
        " his death set the date and agreed that his body would be moved on Wednesday to St. Peter's"
        " Basilica."
    )
    x = md_extraction(tmp_path, "en", text, "2025-04-22")
    days = {c.id: c.text for c in x.claims if c.type == "date"}
    meetings = [m for m in x.mentions if m.type == "meeting"]
    assert meetings
    assert all(days.get(m.date) != "Wednesday" for m in meetings)


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [("Hugh Grant", "هيو غرانت"), ("Hugh Grant", "هیو گرانت"), ("Dwight Knight", "دوايت نايت")],
)
def test_a_silent_gh_is_not_in_the_skeleton(latin, arabic):
    rules = load_rules()

    def sk(name):
        return [skeleton(t, rules) for t in name_tokens(name)]

    m = matcher_of(rules)
    assert m.skeleton_score(sk(latin), sk(arabic)) >= m.surname_min


def test_hugo_keeps_its_g():
    assert skeleton("hugo", load_rules()) == "hg"


def test_things_found_with_arms_are_no_companions(tmp_path):
    text = "پلیس در خانه‌اش ۱۹ قبضه سلاح دیگر به همراه مواد منفجره و هزاران فشنگ پیدا کرده است."
    x = md_extraction(tmp_path, "fa", text, "2017-10-02")
    assert [c.text for c in x.claims if c.type == "attendance"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The ban is backdated to Dec. 25, 2021, CAS Secretary General Matthieu Reeb told a news conference.",
        ),
        ("ar", "وقال الأمين العام للمحكمة ماتيو ريب، خلال مؤتمر صحفي، إن جميع النتائج منذ عام 2022 أُلغيت."),
        ("fa", "ماتیو رب، دبیرکل دادگاه، در نشستی خبری گفت همه نتایج از ۲۵ دسامبر ۲۰۲۱ باطل می‌شود."),
    ],
)
def test_a_news_conference_told_something_is_no_occasion(tmp_path, lang, text):
    # (its dates are what was said: a meeting dated by them clashes with another report's)
    x = md_extraction(tmp_path, lang, text, "2024-01-29")
    assert [m.type for m in x.mentions if m.type == "meeting"] == []


def test_disagreeing_with_a_ruling_places_nothing_of_it(tmp_path):
    text = (
        "LAUSANNE, Jan 29 - The Court of Arbitration for Sport banned the skater for four years on Monday."
        "\n\nIn Moscow, Kremlin spokesman Dmitry Peskov said Russia disagreed with the ruling."
    )
    x = md_extraction(tmp_path, "en", text, "2024-01-29")
    [main] = [m for m in x.mentions if m.main]
    assert "ru.moscow" not in main.places


def test_a_strike_the_united_states_makes_is_an_attack(tmp_path):
    # (batch 48: "U.S. strikes Syria's Shayrat air base" is no walkout)
    text = "U.S. strikes Syria's Shayrat air base in retaliation for chemical attack."
    x = md_extraction(tmp_path, "en", text, "2017-04-07")
    assert [m.type for m in x.mentions if m.text == "strikes"] == ["attack"]
