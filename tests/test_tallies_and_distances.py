"""Session 79, probe batches 47 and 49 (stories written by a helper that saw no code, scored first):

- a motion's tally with no count of votes and no vote's occasion word in its sentence: a motion's
  noun ("backed the motion", «المذكرة», «طرح») or a word of voting beside the count ("169 voted
  against") says the sentence tells of a vote; a side's verb may have the motion as its object
  before the count («وأيد المذكرة 180 نائبا»); «نفر» may stand between a Persian count and its side;
- "48 km off the town of Whakatane" is a distance, as «على بعد نحو ٤٨ كيلومترا من بلدة» is;
- «مرگ ۵ نفر تأیید شده» (the death of five) is a toll;
- bridge financing and a borrowing («استقراض», «قروض تجسيرية») are loans; new equity and a rights
  issue are shares;
- those receiving treatment («يتلقى ٣١ العلاج في المستشفيات») are the injured;
- a ban's length ("banned for four years", «به مدت چهار سال … محروم»: a duration whose subject is
  a ban, rules/predicates concepts ``term_concepts``) runs on from its start, never since it: no
  IN03;
- the wire's spaced short scales ("$21.8 bln", "320 mln") are billions and millions.
"""

from __future__ import annotations

import pytest

from tests.helpers import md, md_extraction, problems_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the 350-seat Congress of Deputies, 180 lawmakers backed the motion tabled by the Socialist"
            " Party, 169 voted against and one abstained, the speaker announced.",
        ),
        ("ar", "وأيد المذكرة 180 نائبا من أصل 350، بينما عارضها 169 وامتنع نائب واحد عن التصويت."),
        ("fa", "از مجموع ۳۵۰ نمایندهٔ مجلس، ۱۸۰ نفر به طرح رأی موافق و ۱۶۹ نفر رأی مخالف دادند."),
    ],
)
def test_a_motions_tally_without_a_word_of_votes(tmp_path, lang, text):
    # (no count of votes and no vote's occasion word: the motion's noun, or "voted" beside the
    # count, says the sentence tells of a vote; a side's verb may have the motion as its object)
    x = md_extraction(tmp_path, lang, text, "2018-06-01")
    sides = {f.qualifiers.get("candidate"): f.value["low"] for f in x.frames if f.predicate == "votes"}
    assert sides == {"side:for": 180, "side:against": 169}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "White Island lies about 48 km (30 miles) off the town of Whakatane in the Bay of Plenty."),
        ("ar", "وتقع الجزيرة على بعد نحو ٤٨ كيلومترا من بلدة واكاتاني في منطقة خليج بلنتي."),
    ],
)
def test_off_a_town_is_a_distance(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2019-12-10")
    assert {f.predicate for f in x.frames if "48" in f.text or "٤٨" in f.text} == {"distance"}


def test_the_death_of_five_is_a_toll(tmp_path):
    text = "پلیس نیوزیلند روز سه‌شنبه اعلام کرد مرگ 5 نفر تأیید شده و 8 نفر دیگر همچنان مفقودند."
    x = md_extraction(tmp_path, "fa", text, "2019-12-10")
    assert {f.predicate: f.value["low"] for f in x.frames if f.predicate in ("killed", "missing")} == {
        "killed": 5,
        "missing": 8,
    }


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        ("en", "It has secured $57 billion in bridge financing from five banks.", "c:loans"),
        ("en", "Bayer plans to fund the purchase with about $19 billion of new equity.", "c:shares"),
        ("fa", "بایر باقی را با استقراض تأمین می‌کند و ۵۷ میلیارد دلار از پنج بانک گرفته است.", "c:loans"),
    ],
)
def test_what_money_is_for(tmp_path, lang, text, concept):
    x = md_extraction(tmp_path, lang, text, "2016-09-14")
    [f] = [f for f in x.frames if f.predicate == "amount"]
    assert concept in f.subject["tokens"]


def test_those_receiving_treatment_are_the_injured(tmp_path):
    # («وغادر ٣ المستشفى»: three sent home, no count of the injured)
    text = "وقالت أرديرن إن ٤٧ شخصا كانوا على الجزيرة، توفي منهم ٥، بينما يتلقى ٣١ العلاج في المستشفيات وغادر ٣ المستشفى."
    x = md_extraction(tmp_path, "ar", text, "2019-12-10")
    assert [f.value["low"] for f in x.frames if f.predicate == "injured"] == [31]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kamila Valieva was banned for four years on Monday, backdated to Dec. 25, 2021."),
        (
            "fa",
            "کامیلا والیوا به دلیل تخلف دوپینگ به مدت چهار سال از همه رقابت‌ها محروم می‌شود. این محرومیت از ۲۵"
            " دسامبر ۲۰۲۱ اعمال می‌شود.",
        ),
    ],
)
def test_a_bans_length_runs_on_from_its_start(tmp_path, lang, text):
    # (four years from 25 December 2021 is no time elapsed by January 2024)
    found = problems_of(tmp_path, {f"{lang}.md": md(lang, "2024-01-29", text)})
    assert [f for f in found if f["code"] == "IN03"] == []


def test_the_wires_short_scales_spaced(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "Alibaba shares jump after record $21.8 bln IPO; it sold 320 mln shares.",
        "2014-09-19",
    )
    values = sorted(
        c.value["value"] for c in x.claims if c.type == "number" and c.value.get("kind") == "cardinal"
    )
    assert values == [320_000_000, 21_800_000_000]
