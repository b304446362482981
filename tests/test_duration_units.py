"""Durations in different units compare in days: three years is 36 months, and 42 months is not.
A compound duration before a noun that lasts ("a seven-day ultimatum") is how long it lasts.

Written for these tests from real reporting: Imran Khan's sentence of three years in the
Toshakhana case (Islamabad, 5 August 2023) and ECOWAS's seven-day ultimatum to Niger's junta."""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of

EN = (
    "---\ntitle: t\npublished: 2023-08-05\nlanguage: en\n---\nISLAMABAD, Aug 5 - A court in Islamabad"
    " sentenced former Prime Minister Imran Khan to three years in prison on Saturday in the Toshakhana"
    " case.\n"
)
FA = (
    " date 2023-08-05\nبه گزارش ایرنا، دادگاهی در اسلام‌آباد روز شنبه عمران خان نخست‌وزیر پیشین پاکستان را"
    " در پرونده توشه‌خانه به ۳۶ ماه زندان محکوم کرد.\n"
)


def _sentences(conflicts) -> list[list[str]]:
    return [
        sorted(v["display"] for v in f["values"])
        for f in conflicts
        if f["message"].startswith("prison sentence")
    ]


def test_three_years_and_thirty_six_months_are_one_sentence(tmp_path):
    assert _sentences(conflicts_of(tmp_path, {"en.md": EN, "fa.txt": FA})) == []


def test_three_years_and_forty_two_months_conflict(tmp_path):
    fa = FA.replace("۳۶ ماه", "۴۲ ماه")
    assert _sentences(conflicts_of(tmp_path, {"en.md": EN, "fa.txt": fa})) == [["3 years", "42 months"]]


def test_a_compound_duration_before_a_lasting_noun_is_a_duration(tmp_path):
    """ "a seven-day ultimatum" lasts seven days; "the one-week repo rate" is a kind of rate."""
    text = (
        "---\ntitle: t\npublished: 2023-08-07\nlanguage: en\n---\nA seven-day ultimatum from West African"
        " leaders expired on Sunday. The central bank cut the one-week repo rate to 40 percent.\n"
    )
    durations = [
        (f.text, f.value["low"]) for f in frames_of(tmp_path, "en.md", text) if f.predicate == "duration"
    ]
    assert durations == [("seven-day", 7)]
