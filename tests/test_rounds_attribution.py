"""Which occasion a figure belongs to when a report of a runoff recalls the first round.

Written for these tests from real reporting: France's presidential election of 2022 (first round on
10 April: turnout 73.7%, the lowest since 2002, Macron 27.85%, Le Pen 23.15%; runoff on 24 April)."""

from __future__ import annotations

from tests.helpers import extraction_apart

RUNOFF = (
    "---\ntitle: Macron wins runoff\npublished: 2022-04-25\nlanguage: en\n---\n"
    "PARIS, April 25 - Emmanuel Macron won Sunday's presidential runoff, the interior ministry said.\n\n"
    "In the first round on April 10, turnout was 73.7 percent, the lowest in a presidential election"
    " since 2002, and Macron led with 27.85 percent ahead of Le Pen's 23.15 percent.\n\n"
    "Le Pen conceded defeat on Sunday evening. The runoff was a repeat of the 2017 election.\n"
)


def _rounds(x) -> dict[float, tuple[str, bool]]:
    first = {m.id for m in x.mentions if m.ordinal == "first_round"}
    return {
        float(f.value["low"]): (f.predicate, f.subject["mention"] in first)
        for f in x.frames
        if f.predicate in ("votes", "turnout")
    }


def test_figures_after_a_recalled_round_are_that_rounds(tmp_path):
    """All three figures follow «In the first round»: the turnout between them does not hand the
    shares to the runoff, nor does "a presidential election since 2002" (a superlative's measure)."""
    got = _rounds(extraction_apart(tmp_path, "a.md", RUNOFF))
    assert got == {73.7: ("turnout", True), 27.85: ("votes", True), 23.15: ("votes", True)}


def test_an_occasion_word_in_the_next_paragraph_does_not_take_the_figures(tmp_path):
    """The paragraph after names the runoff at once; the first round's figures stay its own."""
    moved = RUNOFF.replace(
        "Le Pen conceded defeat on Sunday evening. The runoff was a repeat of the 2017 election.\n",
        "",
    ).replace("\n\nIn the first round", "\n\nThe runoff was a repeat of 2017.\n\nIn the first round")
    got = _rounds(extraction_apart(tmp_path, "b.md", moved))
    assert all(first for _, first in got.values()), got


def _shares(x) -> dict[float, str | None]:
    return {float(f.value["low"]): f.qualifiers.get("candidate") for f in x.frames if f.predicate == "votes"}


def test_a_share_given_with_after_the_opponent_is_the_winners(tmp_path):
    """ "won … against Marine Le Pen with 58.55 percent", «فاز ماكرون على منافسته مارين لوبان بنسبة
    58.55»: the loser is named nearer, but the share is the winner's."""
    en = (
        "---\ntitle: t\npublished: 2022-04-25\nlanguage: en\n---\nPARIS, April 25 - Emmanuel Macron won"
        " Sunday's presidential runoff against Marine Le Pen with 58.55 percent of the vote, while Le Pen"
        " received 41.45 percent.\n"
    )
    ar = (
        " date 2022-04-25\nباريس - فاز الرئيس الفرنسي إيمانويل ماكرون على منافسته مارين لوبان بنسبة 58.55"
        " في المئة من الأصوات.\n"
    )
    assert _shares(extraction_apart(tmp_path, "en.md", en)) == {58.55: "macron", 41.45: "le pen"}
    assert _shares(extraction_apart(tmp_path, "ar.txt", ar)) == {58.55: "ماکرون"}


def test_a_facet_named_on_the_occasions_day_does_not_take_its_toll(tmp_path):
    """ "Gunmen … set fire to the hall on Friday …, killing 40 people and injuring more than 100":
    the fire is the attack's, that day; its toll is the attack's."""
    text = (
        "---\ntitle: t\npublished: 2024-03-23\nlanguage: en\n---\nMOSCOW - Gunmen attacked a"
        " concert hall near Moscow on Friday and set fire to the building, killing at least 40 people and"
        " injuring more than 100, officials said.\n"
    )
    x = extraction_apart(tmp_path, "en.md", text)
    main = next(m.id for m in x.mentions if m.main)
    assert {
        f.predicate: f.subject["mention"] == main for f in x.frames if f.predicate in ("killed", "injured")
    } == {
        "killed": True,
        "injured": True,
    }
