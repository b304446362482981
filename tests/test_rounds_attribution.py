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
