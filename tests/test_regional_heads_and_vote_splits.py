"""Session 78, probe batch 44 (four stories written by a helper that saw no code, scored first):

- a country's office with a region or province as its complement («نخست‌وزیر ولز», «رئيس وزراء
  كتالونيا», "the prime minister of Wales", "Wales's First Minister") is the region's office, never
  the country's: its holder is no rival of the country's prime minister. A bracketed gloss between
  the role and the region («نخست‌وزیر (وزیر اول) ولز») is passed over;
- "first minister" («وزیر اول», «الوزير الأول») is its own office: a devolved government's head, and
  where a country's head of government is called so (Algeria's), that country's prime minister;
- two shares a tally's join word sets side by side that make the whole vote ("by 61.9 percent to
  38.1 percent") are the split of the vote, not its turnout, whatever trigger is nearer;
- the gazetteer reads Wales and Catalonia in English, and common Persian spellings of Glasgow and
  Edinburgh;
- a Persian spelling of a Western name that begins «الی» («الیسون», «الیزابت»: Ellison, Elizabeth)
  has no Arabic article to drop, so its skeleton meets the Latin one;
- «آزاد شد» (one person freed) and «تبادل اسیران» are a release, as «آزاد شدند» is; those a
  government "agreed to free" are released.
"""

from __future__ import annotations

import pytest

from checker.normalize.keys import raw_tokens
from tests.helpers import conflicts_of, md, md_extraction

_x = md_extraction


def _roles(x) -> list[dict]:
    return [c.value for c in x.claims if c.type == "person_role"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "مارک دریکفورد، نخست‌وزیر ولز، روز جمعه اعلام کرد بودجه تازه را تصویب می‌کند."),
        ("fa", "مارک دریکفورد، نخست‌وزیر (وزیر اول) ولز، روز جمعه اعلام کرد."),
        ("ar", "وقال رئيس وزراء كتالونيا كارليس بوتشيمون إن الاستفتاء سيجري في موعده."),
        ("en", "Mark Drakeford, the prime minister of Wales, said on Friday the budget would pass."),
        ("en", "Wales's First Minister Mark Drakeford said on Friday the budget would pass."),
        ("ar", "وأعلن الوزير الأول لاسكتلندا أليكس سالموند استقالته يوم الجمعة."),
    ],
)
def test_a_country_s_office_of_a_region_is_the_region_s(tmp_path, lang, text):
    [role] = _roles(_x(tmp_path, lang, text, "2019-03-01"))
    assert role["scope"]["kind"] == "place"
    assert role["scope"]["text"] in ("ولز", "كتالونيا", "Wales", "اسكتلندا")
    assert role["name"] in ("مارک دریکفورد", "كارليس بوتشيمون", "Mark Drakeford", "أليكس سالموند")


def test_a_person_s_name_after_a_role_is_no_region(tmp_path):
    # (a town's name is no region: the words after the office stay the holder's name)
    [role] = _roles(_x(tmp_path, "ar", "وأعلن رئيس الوزراء لندن أليكس استقالته.", "2019-03-01"))
    assert "scope" not in role


def test_algeria_s_first_minister_is_its_prime_minister(tmp_path):
    text = "وأعلن الوزير الأول الجزائري أيمن بن عبد الرحمن استقالة الحكومة يوم الثلاثاء."
    [role] = _roles(_x(tmp_path, "ar", text, "2023-03-01"))
    assert (role["role"], role["country"]) == ("prime_minister", "DZ")


def test_a_region_s_head_is_no_rival_of_the_country_s_prime_minister(tmp_path):
    story = {
        "fa.md": md(
            "fa",
            "2019-12-13",
            "به گزارش خبرگزاری‌ها، حزب محافظه‌کار بریتانیا روز پنجشنبه ۱۲ دسامبر ۲۰۱۹ در انتخابات "
            "پارلمانی پیروز شد. مارک دریکفورد، نخست‌وزیر (وزیر اول) ولز، روز جمعه گفت نتیجه "
            "انتخابات برای ولز دشوار است.",
        ),
        "en.md": md(
            "en",
            "2019-12-13",
            "LONDON, Dec. 13 - Prime Minister Boris Johnson's Conservative Party won the general "
            "election on Thursday, Dec. 12. Prime Minister Boris Johnson promised to take Britain "
            "out of the European Union in January.",
        ),
        "ar.md": md(
            "ar",
            "2019-12-13",
            "لندن - فاز حزب المحافظين بزعامة رئيس الوزراء البريطاني بوريس جونسون في الانتخابات "
            "العامة التي جرت يوم الخميس 12 ديسمبر 2019.",
        ),
    }
    offices = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]
    assert offices == []


def test_a_split_of_the_vote_is_no_turnout(tmp_path):
    text = (
        "Voters rejected the new constitution by 61.9 percent to 38.1 percent in Sunday's "
        "referendum, the electoral service said."
    )
    frames = {f.value.get("low"): f.predicate for f in _x(tmp_path, "en", text, "2022-09-05").frames}
    assert frames[61.9] == frames[38.1] == "votes"


def test_two_turnouts_of_two_times_stay_turnouts(tmp_path):
    # (shares a join sets side by side that make no whole: one figure at two times)
    text = "In Sunday's referendum turnout rose from 60 percent to 65 percent, the electoral service said."
    frames = {f.value.get("low"): f.predicate for f in _x(tmp_path, "en", text, "2022-09-05").frames}
    assert frames[60] == frames[65] == "turnout"


@pytest.mark.parametrize(
    ("lang", "name", "place"),
    [
        ("fa", "گلاسکو", "gb.glasgow"),
        ("fa", "ادینبورگ", "gb.edinburgh"),
        ("en", "Wales", "GB-WLS"),
        ("en", "Catalonia", "ES-CT"),
    ],
)
def test_common_spellings_of_places(tmp_path, lang, name, place):
    text = {
        "fa": f"هزاران نفر روز شنبه در {name} تظاهرات کردند.",
        "ar": f"تظاهر الآلاف يوم السبت في {name}.",
        "en": f"Thousands marched in {name} on Saturday.",
    }[lang]
    places = [c.value["place"] for c in _x(tmp_path, lang, text, "2019-03-02").claims if c.type == "place"]
    assert place in places


def test_a_persian_spelling_of_a_western_name_keeps_its_el(tmp_path):
    # («الیسون» is Ellison, no «ال» article before «یسون»: the office of the state named in both
    # reports has one holder)
    story = {
        "fa.md": md(
            "fa",
            "2021-04-21",
            "هیئت منصفه روز سه‌شنبه ۲۰ آوریل ۲۰۲۱ درک شوین را مجرم شناخت. کیت الیسون، دادستان کل "
            "ایالت مینه‌سوتا، گفت این حکم گامی به سوی عدالت است.",
        ),
        "en.md": md(
            "en",
            "2021-04-21",
            "MINNEAPOLIS, April 20 - A jury on Tuesday found Derek Chauvin guilty. Minnesota Attorney "
            "General Keith Ellison said the verdict was a step toward justice.",
        ),
    }
    assert [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"] == []


def test_the_el_of_a_persian_spelling_is_no_article():
    assert raw_tokens("کیت الیسون") == ["کیت", "الیسون"]
    assert raw_tokens("الیزابت بورن") == ["الیزابت", "بورن"]
    assert raw_tokens("سلطان الجابر") == ["سلطان", "جابر"]  # (an Arabic name's article goes)
    assert raw_tokens("عبدالملك الحوثي")[-1] == raw_tokens("حوثي")[0]


def test_a_singular_release_is_a_release(tmp_path):
    # («آزاد شد», one person freed, as «آزاد شدند» is several: the exchange's reports are one story)
    text = "این روزنامه‌نگار روز سه‌شنبه پس از ۵۴۴ روز بازداشت در تهران آزاد شد."
    [main] = [m for m in _x(tmp_path, "fa", text, "2016-01-17").mentions if m.main]
    assert main.type == "release"


def test_those_a_government_agreed_to_free_are_released(tmp_path):
    text = "The government has agreed to free 300 prisoners under the deal signed on Monday."
    frames = {f.value.get("low"): f.predicate for f in _x(tmp_path, "en", text, "2016-01-17").frames}
    assert frames[300] == "released"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "عمران خان روز جمعه با قرار وثیقه آزاد شد."),
        ("en", "Imran Khan was released on bail on Friday."),
    ],
)
def test_freed_on_bail_is_no_release_of_prisoners(tmp_path, lang, text):
    assert "release" not in {m.type for m in _x(tmp_path, lang, text, "2023-05-12").mentions}
