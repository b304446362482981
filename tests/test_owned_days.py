"""A day written onto the occasion word ("Thursday's general election") dates the occasion, though
another day comes first in its sentence ("became prime minister on Friday after … Thursday's
general election"). Keir Starmer took office on Friday 5 July 2024, the day after Labour won the
general election of Thursday 4 July. Sentences written for these tests, in our own words."""

from __future__ import annotations

import pytest

from tests.helpers import main_of, md


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "LONDON, July 5 - Keir Starmer became Britain's prime minister on Friday after his Labour Party won"
            " a landslide in Thursday's general election.",
            id="the possessive day, though Friday comes first",
        ),
        pytest.param(
            "LONDON, July 5 - Voters went to the polls on Thursday in a general election, and counting went on"
            " through Friday.",
            id="no possessive: the first day, as before",
        ),
    ],
)
def test_the_election_is_dated_thursday(tmp_path, body):
    m = main_of(tmp_path, "en.md", md("en", "2024-07-05", body))
    assert (m.type, m.earliest) == ("election", "2024-07-04")
