"""A share after the loser's name is the winner's.

"She had beaten Rishi Sunak in a ballot of party members, taking 57.4% of the vote": Sunak is the
one beaten (``opponents`` of rules/predicates), "taking" opens the winner's share (``with_words``),
and the winner, named by a pronoun, is the one person the report leads with
(``extract.frames._winner``). Named, the winner is read as before.

The article is written for the test, in our own words, from the reporting on Liz Truss's
resignation on 20 October 2022.
"""

from __future__ import annotations

from tests.helpers import frames_of, md

_BODY = (
    "LONDON, Oct 20 - Liz Truss resigned as Britain's prime minister on Thursday after just 45 days"
    " in office. {winner} had beaten Rishi Sunak in a ballot of party members in"
    " September, taking 57.4% of the vote."
)


def _candidate(tmp_path, winner: str) -> str | None:
    frames = frames_of(tmp_path, "en_x.md", md("en", "2022-10-20", _BODY.format(winner=winner)))
    return next(f.qualifiers.get("candidate") for f in frames if f.predicate == "votes" and "57.4" in f.text)


def test_a_pronoun_winners_share_is_the_lead_persons(tmp_path):
    assert _candidate(tmp_path, "She") == "truss"


def test_a_named_winners_share_is_hers(tmp_path):
    assert _candidate(tmp_path, "Truss") == "truss"
