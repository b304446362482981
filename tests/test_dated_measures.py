"""A measure is what its bare date dates when no figure stands beside it.

"The mini-budget of September 23" dates the budget: two reports that date it differently
conflict. But in "seized on May 1 with $229.1 billion in assets" the assets are what the figure
measures, and the date is the seizure's (extract/frames ``_figured``).

Found on the benchmark's Truss and SVB stories (session 49). The sentences are written for the
test, in our own words, from the reporting on the UK budget of 30 October 2024.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_of, edited, extraction_of, md, subfolder

_BUDGET = {
    "en.md": md(
        "en",
        "2024-11-05",
        "LONDON - Businesses are still weighing the budget of October 30, in which Chancellor Rachel Reeves"
        " raised employers' national insurance contributions.",
    ),
    "fa.md": md(
        "fa",
        "2024-11-04",
        "بودجه ۹ آبان ۱۴۰۳ که ریچل ریوز، وزیر دارایی بریتانیا، ارائه کرد سهم بیمه ملی کارفرمایان را افزایش داد.",
    ),
}


def test_the_budget_is_dated(tmp_path):
    x = extraction_of(tmp_path, "en.md", _BUDGET["en.md"])
    dated = [f for f in x.frames if f.predicate == "dated"]
    assert dated and all("c:budget" in f.subject.get("tokens", ()) for f in dated)


def test_a_budget_dated_apart_is_a_conflict(tmp_path):
    """(Passes before the change too, by the fuzzy key of the clause's words; kept as the check that
    the lexicon key still compares the two dates.)"""
    assert not [f for f in conflicts_of(tmp_path, _BUDGET) if f["code"] == "CF02"]
    story = edited(_BUDGET, "en.md", "the budget of October 30", "the budget of October 25")
    found = conflicts_of(subfolder(tmp_path, "m"), story)
    assert any("2024-10-25" in f["message"] and "2024-10-30" in f["message"] for f in found)


@pytest.mark.parametrize(
    ("text", "dated_here"),
    [
        (
            "Regulators seized the lender on May 1 with $229.1 billion in assets, the second-largest bank"
            " failure in US history.",
            False,
        ),
        # (the figure in a relative clause: the date is still the seizure's; found by comparing every
        # story's findings before and after the change, where this date met SVB's founding year)
        (
            "SVB is the biggest bank to fail since 2008. Washington Mutual, which held $307 billion in assets,"
            " was seized in September 2008.",
            True,
        ),
    ],
    ids=["beside", "another-clause"],
)
def test_a_figure_in_the_sentence_keeps_its_measure_out(tmp_path, text, dated_here):
    x = extraction_of(tmp_path, "en.md", md("en", "2023-05-10", text))
    dated = [f for f in x.frames if f.predicate == "dated"]
    assert bool(dated) == dated_here  # (May 1 is the seizure the report tells of: no dated frame)
    assert all("c:assets" not in f.subject.get("tokens", ()) for f in dated)
