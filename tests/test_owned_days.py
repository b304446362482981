"""A day written onto the occasion word ("Thursday's general election") dates the occasion, though
another day comes first in its sentence ("became prime minister on Friday after … Thursday's
general election"). Keir Starmer took office on Friday 5 July 2024, the day after Labour won the
general election of Thursday 4 July. Sentences written for these tests, in our own words."""

from __future__ import annotations

from tests.helpers import main_of, md


def test_a_possessive_day_dates_the_occasion_after_it(tmp_path):
    text = md(
        "en",
        "2024-07-05",
        "LONDON, July 5 - Keir Starmer became Britain's prime minister on Friday after his Labour Party won"
        " a landslide in Thursday's general election.",
    )
    m = main_of(tmp_path, "en.md", text)
    assert (m.type, m.earliest) == ("election", "2024-07-04")


def test_without_the_possessive_the_first_day_still_dates_it(tmp_path):
    text = md(
        "en",
        "2024-07-05",
        "LONDON, July 5 - Voters went to the polls on Thursday in a general election, and counting went on"
        " through Friday.",
    )
    m = main_of(tmp_path, "en.md", text)
    assert (m.type, m.earliest) == ("election", "2024-07-04")
