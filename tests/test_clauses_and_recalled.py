"""Figures that open the next clause, turnout of a motion, occasions recalled years apart, and a
state's office named after a head noun in Arabic.

Articles written for these tests from real reporting, in our own words:
- the landslide that swept two buses into the Trishuli river in Nepal on Friday 12 July 2024;
- the vote of the US House of Representatives that removed Speaker Kevin McCarthy on Tuesday
  3 October 2023, 216 to 210;
- the rally of the Pakistan Peoples Party at Garhi Khuda Bakhsh on Friday 27 December 2024, on
  the anniversary of the assassination of Benazir Bhutto in Rawalpindi in December 2007;
- the Texas Senate's acquittal of the state's attorney general, Ken Paxton, on Saturday
  16 September 2023.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, edited, extraction_of, md, role_values

_NEPAL = {
    "en.md": md(
        "en",
        "2024-07-13",
        "KATHMANDU, July 13 — A landslide swept two buses carrying about 65 people into the Trishuli"
        " river in central Nepal early on Friday. Police said seven had died and 55 were missing.",
    ),
    "ar.md": md(
        "ar",
        "2024-07-13",
        "كاتماندو - جرف انهيار أرضي حافلتين كانتا تقلان نحو 65 شخصا إلى نهر تريشولي في وسط نيبال فجر"
        " الجمعة. وقالت الشرطة إن سبعة أشخاص لقوا حتفهم وفقد 55 آخرون.",
    ),
}


def _counts(tmp_path, name: str, text: str) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for f in extraction_of(tmp_path, name, text).frames:
        if f.value.get("unit") in ("person", "killed"):
            out.setdefault(f.predicate, []).append(f.value.get("low"))
    return out


def _frames(tmp_path, name: str, text: str, predicate: str) -> list:
    return [f for f in extraction_of(tmp_path, name, text).frames if f.predicate == predicate]


def _roles(tmp_path, name: str, text: str) -> list[dict]:
    return role_values(extraction_of(tmp_path, name, text))


def _clash_on_edit(
    tmp_path, story: dict[str, str], name: str, old: str, new: str, code: str = "CF03"
) -> list[dict]:
    """The ``code`` conflicts of the story once ``old`` becomes ``new`` in ``name``; it has none before."""
    assert not conflicts_coded(tmp_path, story, code)
    return conflicts_coded(tmp_path, edited(story, name, old, new), code)


def test_a_figure_after_and_opens_its_own_clause(tmp_path):
    """ "seven had died and 55 were missing": the word before "and" is the seven's; the 55 are the
    missing, not the dead."""
    counts = _counts(tmp_path, "en.md", _NEPAL["en.md"])
    assert counts.get("killed") == [7] and counts.get("missing") == [55]


def test_the_missing_are_compared_across_languages(tmp_path):
    [found] = _clash_on_edit(tmp_path, _NEPAL, "en.md", "and 55 were missing", "and 75 were missing")
    assert found["key"].startswith("missing@")


_HOUSE = {
    "en.md": md(
        "en",
        "2023-10-04",
        "WASHINGTON, Oct 4 — The House of Representatives passed a motion on Tuesday, October 3, to"
        " remove Speaker Kevin McCarthy, 216 to 210. Only 426 members took part in the vote.",
    ),
    "ar.md": md(
        "ar",
        "2023-10-04",
        "واشنطن - أقر مجلس النواب الأمريكي الثلاثاء 3 أكتوبر مذكرة لعزل رئيسه كيفن مكارثي بأغلبية 216"
        " صوتا مقابل 210. ولم يشارك في التصويت سوى 426 نائبا.",
    ),
}


def test_only_before_a_figure_weighs_it_and_keeps_its_scope(tmp_path):
    """ "Only 426 members took part": the turnout of the motion, not a part of it ("only" right
    before the figure weighs it; "in Texas only" would limit it)."""
    [turnout] = _frames(tmp_path, "en.md", _HOUSE["en.md"], "turnout")
    assert turnout.value["low"] == 426 and "scope" not in turnout.qualifiers
    assert turnout.subject.get("kind") == "event"


def test_a_motion_s_turnout_is_compared(tmp_path):
    """«ولم يشارك في التصويت سوى 426 نائبا»: the present-tense verb names the turnout too."""
    [ar] = _frames(tmp_path, "ar.md", _HOUSE["ar.md"], "turnout")
    assert ar.value["low"] == 426
    found = _clash_on_edit(tmp_path, _HOUSE, "ar.md", "سوى 426 نائبا", "سوى 462 نائبا")
    assert any(f["key"].startswith("turnout@") for f in found)


_BHUTTO = {
    "en.md": md(
        "en",
        "2024-12-28",
        "LARKANA, Dec 28 — Thousands of supporters of the Pakistan Peoples Party gathered on Friday at"
        " Garhi Khuda Bakhsh for a rally marking the anniversary of the 2007 assassination of former"
        " Prime Minister Benazir Bhutto in Rawalpindi.",
    ),
    "ar.md": md(
        "ar",
        "2024-12-28",
        "لاركانا - شارك آلاف من أنصار حزب الشعب الباكستاني الجمعة في مسيرة في غرهي خدا بخش في ذكرى"
        " اغتيال رئيسة الوزراء السابقة بينظير بوتو عام 2007 في روالبندي.",
    ),
}


def test_an_assassination_recalled_with_another_year_is_a_conflict(tmp_path):
    """Two reports recall the killing of one named person, each with its own year: one occasion
    (they recall it for the same person), so the years are compared (CF02) rather than the two
    mentions kept apart."""
    [found] = _clash_on_edit(tmp_path, _BHUTTO, "ar.md", "عام 2007", "عام 2009", "CF02")
    assert {v["display"] for v in found["values"]} == {"2007", "2009"}


_PAXTON = {
    "en.md": md(
        "en",
        "2023-09-17",
        "AUSTIN, Sept 17 — The Texas Senate on Saturday acquitted Texas Attorney General Ken Paxton"
        " of all 16 articles of impeachment brought by the state House.",
    ),
    "ar.md": md(
        "ar",
        "2023-09-17",
        "أوستن - برأ مجلس الشيوخ في ولاية تكساس السبت المدعي العام لولاية تكساس كين باكستون من جميع"
        " تهم العزل الستة عشر التي وجهها إليه مجلس النواب في الولاية.",
    ),
}


def test_a_state_named_after_a_head_noun_scopes_the_office(tmp_path):
    """«المدعي العام لولاية تكساس كين باكستون»: the state is the office's place, not the first
    word of his name."""
    [role] = _roles(tmp_path, "ar.md", _PAXTON["ar.md"])
    assert role["name"] == "كين باكستون"
    assert role["scope"]["kind"] == "place"
    [found] = _clash_on_edit(tmp_path, _PAXTON, "en.md", "Ken Paxton", "Greg Abbott", "CF01")
    assert found["key"].endswith(":attorney_general")


def test_on_is_no_ali_and_any_is_no_name(tmp_path):
    """«لم يحصل أي مرشح على الأغلبية»: folded, «على» (on) is spelled like «علي» (Ali), but the
    original spells it apart, so no candidate is named «على الأغلبية»; nor is «يحصل أي» (got any)
    a name before the role. (Romania's presidential first round, 4 May 2025.)"""
    text = md(
        "ar",
        "2025-05-05",
        "بوخارست - تصدر المرشح القومي جورج سيميون الجولة الأولى من الانتخابات الرئاسية في رومانيا"
        " الأحد، ولم يحصل أي مرشح على الأغلبية المطلقة، فتجرى جولة إعادة في 18 مايو.",
    )
    names = [r["name"] for r in _roles(tmp_path, "ar.md", text)]
    assert not any("الأغلبية" in n or "يحصل" in n for n in names), names
    # (as written: «فاي», Faye, is a clitic and «أي» once folded, and still a name)
    sworn = md(
        "ar",
        "2024-04-03",
        "داكار - قال الرئيس السنغالي باسيرو ديوماي فاي في خطاب تنصيبه أمس الثلاثاء إنه سيحارب الفساد.",
    )
    [faye] = _roles(tmp_path, "ar2.md", sworn)
    assert faye["name"] == "باسيرو ديوماي فاي"


_HEAT = {
    "en.md": md(
        "en",
        "2024-05-28",
        "KARACHI, May 28 — Pakistan's meteorological department said on Tuesday that temperatures in"
        " Mohenjo Daro had peaked at 53 degrees Celsius as the heatwave gripped Sindh province.",
    ),
    "ar.md": md(
        "ar",
        "2024-05-28",
        "كراتشي - سجلت درجة الحرارة في موهينجو دارو 53 درجة مئوية يوم الاثنين مع اشتداد موجة الحر في"
        " إقليم السند، وفق هيئة الأرصاد الجوية الباكستانية.",
    ),
}


def test_a_day_of_speech_is_not_when_a_measure_held(tmp_path):
    """ "said on Tuesday that temperatures … had peaked at 53": Tuesday is when it was told; the
    peak another report dates to Monday, the day before both came out, is the same measure
    (Pakistan's heatwave, May 2024)."""
    [en] = _frames(tmp_path, "en.md", _HEAT["en.md"], "temperature")
    assert en.time is None
    found = _clash_on_edit(tmp_path, _HEAT, "en.md", "peaked at 53 degrees", "peaked at 51 degrees")
    assert any(f["key"].startswith("temperature") for f in found)


_WAGES = {
    "en.md": md(
        "en",
        "2023-08-16",
        "DAMASCUS, Aug 16 — President Bashar al-Assad doubled public-sector wages and pensions by decree on"
        " Tuesday, raising the minimum monthly wage to 185,940 Syrian pounds.",
    ),
    "ar.md": md(
        "ar",
        "2023-08-16",
        "دمشق - أصدر الرئيس السوري بشار الأسد الثلاثاء مرسوما بمضاعفة رواتب العاملين في الدولة والمعاشات،"
        " ليصبح الحد الأدنى للأجر الشهري 185940 ليرة سورية.",
    ),
}


def test_a_lira_is_the_pound_of_syria_and_lebanon(tmp_path):
    """ "185,940 Syrian pounds" and «185940 ليرة سورية» are one sum: the Arabic name of the Levant's
    pound is lira (Syria's wage decree of August 2023)."""
    found = _clash_on_edit(tmp_path, _WAGES, "ar.md", "185940 ليرة", "195940 ليرة")
    assert any(f["key"].startswith("amount:pound") for f in found)


def test_a_figure_and_the_next_one_after_and_keep_their_own_places(tmp_path):
    """ "Glasgow voted 53.5% for independence and Dundee 57.3%": the first share is Glasgow's
    alone (Scotland's referendum of 18 September 2014); each figure keeps the places of its own
    conjunct when the next figure in its unit stands after "and"."""
    text = md(
        "en",
        "2014-09-19",
        "EDINBURGH, Sept 19 — Scotland rejected independence, though Glasgow voted 53.5% for independence"
        " and Dundee 57.3%.",
    )
    frames = {
        f.value["low"]: f
        for f in extraction_of(tmp_path, "en.md", text).frames
        if f.value.get("low") in (53.5, 57.3)
    }
    first, second = frames[53.5].qualifiers.get("scope") or [], frames[57.3].qualifiers.get("scope") or []
    assert first and not any("dundee" in p for p in first), first
    assert not any("glasgow" in p for p in second), second


def test_lakh_and_crore_are_scales_and_a_sum_is_no_part_of_the_dead(tmp_path):
    """ "Rs 5 lakh" is 500,000 rupees, "Rs 2 crore" 20 million; "families of the dead will get Rs 5
    lakh" is a sum, not a part of the dead (Kerala's relief after the Wayanad landslides, 2024)."""
    text = md(
        "en",
        "2024-08-02",
        "Families of the dead will get Rs 5 lakh each from the relief fund, the government said, and"
        " Rs 2 crore has been released for the district.",
    )
    amounts = {f.value["low"]: f for f in _frames(tmp_path, "en.md", text, "amount")}
    assert set(amounts) == {500000, 20000000}
    assert "x:part" not in (amounts[500000].qualifiers.get("scope") or ())


def test_a_unit_phrase_before_a_hedge_still_gives_the_unit(tmp_path):
    """ "died at the age of fewer than 96": the age phrase stands before the hedge, and the figure
    is still an age, so it conflicts with another report's "at the age of 96" rather than
    becoming a count of the dead (Queen Elizabeth II died at Balmoral on 8 September 2022)."""
    story = {
        "en.md": md("en", "2022-09-09", "Queen Elizabeth II died at Balmoral on Thursday at the age of 96."),
        "ar.md": md(
            "ar", "2022-09-09", "توفيت الملكة إليزابيث الثانية الخميس في قلعة بالمورال عن عمر 96 عاما."
        ),
    }
    fewer = story["en.md"].replace("at the age of 96", "at the age of fewer than 96")
    [age] = _frames(tmp_path, "x.md", fewer, "age")
    assert age.value["high"] == 96 and age.value["hedge"] == "less_than"
    found = _clash_on_edit(tmp_path, story, "en.md", "at the age of 96", "at the age of fewer than 96")
    assert any(f["key"].startswith("age") for f in found)


def test_a_sign_of_letters_is_a_whole_word(tmp_path):
    """ "in international waters 47 nautical miles off Pylos": the "rs" that ends "waters" is no
    rupee sign, with a hedge between or not (the Pylos shipwreck of 14 June 2023)."""
    for phrase in ("waters 47", "waters about 47"):
        text = md("en", "2023-06-15", f"The boat sank in international {phrase} nautical miles off Pylos.")
        [f] = [f for f in extraction_of(tmp_path, "en.md", text).frames if "47" in f.text]
        assert f.value["unit"] == "nautical_mile", phrase


def test_a_word_between_a_country_and_its_office_keeps_the_country(tmp_path):
    """ "U.S. climate envoy John Kerry": one word that says which envoy stands between the country
    and the role, which is still the United States' (COP28, Dubai, December 2023); before a body's
    office ("UN climate chief Simon Stiell") the body's name says whose it is."""
    text = md(
        "en",
        "2023-12-14",
        "DUBAI, Dec 14 — U.S. climate envoy John Kerry called the deal a compromise, and Emirati climate"
        " envoy Majid al-Suwaidi welcomed it.\n\nUN climate chief Simon Stiell said it was a beginning.",
    )
    roles = {r["name"]: r for r in _roles(tmp_path, "en.md", text)}
    assert roles["John Kerry"]["country"] == "US" and roles["John Kerry"]["country_source"] == "text"
    assert roles["Majid al-Suwaidi"]["country"] == "AE"
    # (a body is no country: the UN's climate chief heads a UN body)
    assert (
        roles["Simon Stiell"]["country"] is None and roles["Simon Stiell"]["scope"]["kind"] == "organization"
    )


@pytest.mark.parametrize(
    ("name", "lang", "body"),
    [
        # «207 من الضحايا»: the figure's own noun is the whole it is a part of
        (
            "ar.md",
            "ar",
            "ارتفعت حصيلة ضحايا الفيضانات التي اجتاحت منطقة فالنسيا إلى 211 قتيلا. وسقط 207 من الضحايا في منطقة فالنسيا.",
        ),
        # «از این شمار»: "of this number", before the figure
        (
            "fa.md",
            "fa",
            "شمار جان‌باختگان سیلی که منطقه والنسیا را درنوردید به ۲۱۱ نفر رسید. از این شمار، ۲۰۷ نفر در منطقه والنسیا جان باختند.",
        ),
    ],
)
def test_a_part_of_the_dead_keeps_its_place(tmp_path, name, lang, body):
    """The Valencia floods of October 2024: 211 dead, 207 of them in the Valencia region. The
    region is the flood's own place, but the 207 are a part: they keep it as their scope, and so
    are no rival of the whole toll."""
    parts = [
        f for f in _frames(tmp_path, name, md(lang, "2024-11-03", body), "killed") if f.value["low"] == 207
    ]
    assert parts and all(f.qualifiers.get("scope") for f in parts), parts
