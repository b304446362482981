"""Figures listed item by item, each about its own place, some with the unit left out.

Sentences written for these tests from real reporting: the voluntary OPEC+ cuts announced on
30 November 2023 for the first quarter of 2024 (Iraq 223,000 bpd, the UAE 163,000, Kuwait 135,000,
Kazakhstan 82,000, Algeria 51,000, Oman 42,000), and the tolls of the February 2023 earthquakes
(more than 50,000 dead in Turkey, about 6,000 in Syria)."""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_of, frames_of, make_doc

EN = (
    "---\ntitle: OPEC+ members pledge more cuts\npublished: 2023-11-30\nlanguage: en\n---\n"
    "VIENNA, Nov 30 - Several OPEC+ members agreed on Thursday to further voluntary cuts for the first"
    " quarter of 2024. Iraq will cut 223,000 bpd, the United Arab Emirates 163,000 bpd, Kuwait 135,000 bpd"
    " and Oman 42,000 bpd, according to statements from their governments.\n"
)
AR = (
    " date 2023-12-01\nأعلنت دول في تحالف أوبك+ خفضا طوعيا إضافيا لإنتاجها في الربع الأول من 2024."
    " وأعلن العراق خفض إنتاجه بمقدار ٢٢٣ ألف برميل يوميا، والإمارات ١٦٣ ألفا، والكويت ١٣٥ ألف برميل"
    " يوميا، وسلطنة عمان ٤٢ ألفا.\n"
)
FA = (
    " date 2023-12-01\nبه گزارش ایرنا، چند عضو اوپک‌پلاس کاهش داوطلبانه تولید را تا پایان فصل نخست ۲۰۲۴"
    " اعلام کردند. عراق ۲۲۳ هزار، امارات متحده عربی ۱۶۳ هزار و کویت ۱۳۵ هزار بشکه از تولید روزانه"
    " خود می‌کاهند.\n"
)


def _barrels(frames) -> dict[int, tuple[list[str], str | None]]:
    return {
        int(f.value["low"]): (f.qualifiers.get("scope"), f.qualifiers.get("per"))
        for f in frames
        if f.value.get("unit") == "barrel"
    }


# What each list says: each country's cut, in barrels a day.
ALL_FOUR = {
    223000: (["cc:IQ"], "day"),
    163000: (["cc:AE"], "day"),
    135000: (["cc:KW"], "day"),
    42000: (["cc:OM"], "day"),
}


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # each item of an English list is about its own country
        ("en.md", EN, ALL_FOUR),
        # «والإمارات ١٦٣ ألفا»: an Arabic item without its unit takes the list's, barrels a day
        ("ar.txt", AR, ALL_FOUR),
        # «عراق ۲۲۳ هزار، … کویت ۱۳۵ هزار بشکه از تولید روزانه خود»: a Persian list names its unit
        # and period once, at the end
        ("fa.txt", FA, {k: v for k, v in ALL_FOUR.items() if k != 42000}),
    ],
    ids=["en", "ar", "fa"],
)
def test_each_item_of_a_list_is_about_its_own_country(tmp_path, name, text, expected):
    assert _barrels(frames_of(tmp_path, name, text)) == expected


def test_one_item_changed_in_one_report_is_a_conflict_and_the_other_items_agree(tmp_path):
    conflicts = conflicts_of(
        tmp_path, {"en.md": EN, "ar.txt": AR, "fa.txt": FA.replace("۱۳۵ هزار", "۱۴۵ هزار")}
    )
    assert [sorted(v["display"] for v in f["values"]) for f in conflicts] == [
        ["135,000 barrels", "145,000 barrels"]
    ]


def test_the_items_of_one_list_never_conflict_with_each_other(tmp_path):
    assert conflicts_of(tmp_path, {"en.md": EN, "ar.txt": AR, "fa.txt": FA}) == []


def test_a_toll_given_country_by_country_keeps_each_countrys_figure(tmp_path):
    """ "more than 50,000 people in Turkey and about 6,000 in Syria": the second figure is a toll too,
    of Syria alone, and neither is the other's."""
    text = (
        "---\ntitle: t\npublished: 2023-03-01\nlanguage: en\n---\n"
        "The earthquakes killed more than 50,000 people in Turkey and about 6,000 in Syria, officials said.\n"
    )
    killed = {
        int(f.value["low"]): f.qualifiers.get("scope")
        for f in frames_of(tmp_path, "en.md", text)
        if f.predicate == "killed"
    }
    assert killed == {50000: ["p:TR"], 5400: ["p:SY"]}


def test_a_bare_figure_after_another_verb_is_no_list_item(tmp_path):
    """ "killed 12 people and injured two": «two» is not a toll; a word other than a list word
    between the figures ends the list."""
    text = (
        "---\ntitle: t\npublished: 2023-03-01\nlanguage: en\n---\n"
        "The blast in Kabul killed 12 people and injured 40, police said.\n"
    )
    got = {
        int(f.value["low"]): f.predicate
        for f in frames_of(tmp_path, "en.md", text)
        if f.predicate in ("killed", "injured")
    }
    assert got == {12: "killed", 40: "injured"}


def test_an_arabic_scale_alone_in_construct_is_two_of_it():
    """«مليونا برميل» is two million barrels; after a number («١٦٣ ألفا») it is the scale."""
    from checker.extract.numbers import extract_numbers
    from checker.rules import load_rules

    doc = make_doc("خفض قدره مليونا برميل يوميا، والإمارات ١٦٣ ألفا.", "ar")
    values = sorted(c.value["value"] for c in extract_numbers(doc, load_rules()))
    assert values == [163000, 2000000]
