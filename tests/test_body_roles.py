"""A role whose complement names a body by a lower-case noun before its name ("the leader of the
Islamist group Boko Haram, Abubakar Shekau"): the body's words are the complement, and the name
after the comma is the holder's. Written for this test, in our own words."""

from __future__ import annotations

import pytest

from tests.helpers import extraction_of, md, roles_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The leader of the Islamist group Boko Haram, Abubakar Shekau, has claimed the abduction.",
            [("Abubakar Shekau", "leader")],
        ),
        (
            "The head of the World Health Organization, Tedros Adhanom Ghebreyesus, spoke on Monday.",
            [("Tedros Adhanom Ghebreyesus", "head_of_organization")],
        ),
        # (a capitalised institution noun still ends the body's name: the words after it are the person's)
        (
            "The Secretary-General of the Presidency Ahmed Karimi spoke on Monday.",
            [("Ahmed Karimi", "secretary_general")],
        ),
    ],
)
def test_a_bodys_noun_before_its_name(tmp_path, sentence, expected):
    x = extraction_of(tmp_path, "en.md", md("en", "2024-05-06", sentence))
    assert roles_of(x) == expected
