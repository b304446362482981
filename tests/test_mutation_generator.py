"""The accuracy benchmark's mutation generator (benchmarks/mutate.py) makes real contradictions.

A hedged figure made exact must fall outside the hedge's range, and the figure must keep its unit;
a bound put on an exact figure goes before the whole figure. A mutation that is no contradiction
would count as a miss the checker is right not to report.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import mutate


def _art(raw: str) -> SimpleNamespace:
    return SimpleNamespace(raw=raw, body_start=0)


@pytest.mark.parametrize(
    ("text", "lang", "value", "expected"),
    [
        # an upper bound: the exact figure goes above it ("less than 1%" holds 0.75%)
        ("less than 1%", "en", None, "2%"),
        ("أقل من ١٪", "ar", None, "٢٪"),
        ("کمتر از یک درصد", "fa", 1, "۱.۵ درصد"),
        # a lower bound or an approximation: three quarters of it
        ("more than 2,760", "en", 2760, "2,070"),
        ("about 4,000 tonnes", "en", 4000, "3,000 tonnes"),
        # a hedge that opens the sentence is still the hedge, and is dropped
        ("More than 1.8 million", "en", 1800000, "1.4 million"),
        ("At least 12", "en", 12, "9"),
        # a figure in words keeps its unit
        ("nearly eight years", "en", 8, "6 years"),
        ("حدود هزار تن", "fa", 1000, "۷۵۰ تن"),
        ("بیش از یک میلیون بشکه", "fa", 1000000, "۷۵۰۰۰۰ بشکه"),
        # digits that are one part of a figure in words: the whole figure, in digits
        ("بیش از ۲ هزار و ۷۶۰", "fa", 2760, "۲۰۷۰"),
    ],
)
def test_a_hedged_figure_made_exact_leaves_the_hedges_range(text, lang, value, expected):
    digits = "۰" if lang == "fa" else ""
    assert mutate._unhedged(text, lang, value, _art(digits + text)) == expected


def test_no_listed_hedge_no_mutation():
    # (the figure kept with words the generator does not know as a hedge could still agree)
    assert mutate._unhedged("a record 1.8 million", "en", 1800000, _art("a record 1.8 million")) is None


def test_a_hedge_is_a_whole_word_before_the_figure():
    assert mutate._preceded_by_hedge("cuts by the group to 3.66 million", 21, "en") is False
    assert mutate._preceded_by_hedge("Some 6,300 people", 5, "en") is True
    assert mutate._preceded_by_hedge("up to 750 people", 6, "en") is True


def _story(days: dict[str, str]) -> SimpleNamespace:
    articles = {a: SimpleNamespace(raw=f"---\npublished: {d}\n---\nbody") for a, d in days.items()}
    anchors = [{"fact": "toll", "article": a} for a in days]
    return SimpleNamespace(articles=articles, gold={"anchors": anchors})


def test_a_count_moves_the_way_no_later_report_could_explain():
    """A death toll may rise from one report to a later one: the latest report's count is changed
    down, and the earliest's exact figure becomes a lower bound ("more than"), so that the change
    is a contradiction whatever the count's semantics."""
    story = _story({"a": "2024-01-01", "b": "2024-01-02", "c": "2024-01-03"})
    assert mutate._order(story, {"fact": "toll", "article": "c"}) == "latest"
    assert mutate._order(story, {"fact": "toll", "article": "a"}) == "earliest"
    assert mutate._order(story, {"fact": "toll", "article": "b"}) is None
    same_day = _story({"a": "2024-01-01", "b": "2024-01-01"})
    assert mutate._order(same_day, {"fact": "toll", "article": "a"}) is None
    num = mutate.parse_number("1,081")
    assert mutate.changed_value("count", num) == 1622
    assert mutate.changed_value("count", num, down=True) == 721
