"""Prices of one unit hold on their day; a country "and others" is a group; a relative clause on a
figure's own noun dates it.

Sentences written for these tests from real reporting: gold at a record after the Fed's rate cut
of 18 September 2024 (spot gold about $2,570 an ounce on Thursday 19 September, $2,500 on Friday
13 September), and the OPEC+ decision of 5 October 2022 to cut its target by 2 million bpd."""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of

GOLD_EN = (
    "---\ntitle: Gold hits record after Fed cut\npublished: 2024-09-19\nlanguage: en\n---\n"
    "LONDON, Sept 19 - The price of spot gold rose to $2,570 an ounce on Thursday, a record. It had"
    " traded at $2,500 an ounce on Friday, September 13.\n"
)
GOLD_AR = (
    " date 2024-09-19\nارتفع سعر الذهب في المعاملات الفورية اليوم الخميس ١٩ سبتمبر إلى ٢٥٧٠ دولارا"
    " للأونصة، وهو مستوى قياسي.\n"
)


def test_a_price_of_one_unit_holds_on_the_day_beside_it(tmp_path):
    frames = [f for f in frames_of(tmp_path, "en.md", GOLD_EN) if f.predicate == "amount"]
    got = {int(f.value["low"]): (f.qualifiers.get("price"), (f.time or {}).get("earliest")) for f in frames}
    assert got == {2570: (True, "2024-09-19"), 2500: (True, "2024-09-13")}


def test_prices_of_different_days_never_conflict(tmp_path):
    """$2,500 on Friday the 13th and ٢٥٧٠ on Thursday the 19th are two days' prices."""
    assert [
        f for f in conflicts_of(tmp_path, {"en.md": GOLD_EN, "ar.txt": GOLD_AR}) if "dollar" in f["message"]
    ] == []


def test_one_days_prices_that_differ_conflict(tmp_path):
    ar = GOLD_AR.replace("٢٥٧٠", "٢٦٧٠")
    conflicts = [
        f for f in conflicts_of(tmp_path, {"en.md": GOLD_EN, "ar.txt": ar}) if "dollar" in f["message"]
    ]
    assert [sorted(v["display"] for v in f["values"]) for f in conflicts] == [
        ["2,570 dollars", "2,670 dollars"]
    ]


def test_a_country_and_others_is_a_group_not_the_country(tmp_path):
    """ "Saudi Arabia and several other producers … 1.16 million bpd": the group's total."""
    text = (
        "---\ntitle: t\npublished: 2023-04-02\nlanguage: en\n---\n"
        "Saudi Arabia and several other producers announced cuts totalling 1.16 million barrels per day.\n"
    )
    [f] = [f for f in frames_of(tmp_path, "en.md", text) if f.value.get("unit") == "barrel"]
    assert f.qualifiers["scope"] == ["x:others"]


def test_a_relative_clause_on_the_figures_own_noun_dates_it(tmp_path):
    """ "a reduction of 2 million bpd that the group agreed in October 2022": the figure's own date."""
    text = (
        "---\ntitle: t\npublished: 2023-04-02\nlanguage: en\n---\n"
        "The pledges come on top of a reduction of 2 million bpd that the group agreed in October 2022.\n"
    )
    [f] = [f for f in frames_of(tmp_path, "en.md", text) if f.value.get("unit") == "barrel"]
    assert (f.time or {}).get("earliest") == "2022-10-01"


def test_in_a_day_is_a_period_unless_a_day_is_named_after_it(tmp_path):
    """«۲۱۱ هزار بشکه در روز» is barrels a day; «۳۰ نفر در روز یکشنبه» is thirty people on Sunday,
    «در روز نخست» on the first day."""
    text = (
        " date 2023-12-01\nسهم عراق ۲۲۳ هزار بشکه در روز است. ۳۰ نفر در روز یکشنبه زخمی شدند و ۱۲ نفر در روز"
        " نخست جان باختند.\n"
    )
    got = {int(f.value["low"]): f.qualifiers.get("per") for f in frames_of(tmp_path, "fa.txt", text)}
    assert got == {223000: "day", 30: None, 12: None}
