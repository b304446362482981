"""The places of who speaks are no scope of what they say: "Ankara Mayor Mansur Yavas, who
compared the damage to Izmit's in 1999, said about 2,000 buildings …" counts the buildings of the
quake, not of Ankara and Izmit. A place after a locative before the verb still scopes: "In Hatay,
officials said …". Sentences written for this test, in our own words."""

from __future__ import annotations

from tests.helpers import frames_of, md


def _scope(tmp_path, body: str) -> list:
    [f] = [f for f in frames_of(tmp_path, "en.md", md("en", "2023-02-08", body)) if "2,000" in f.text]
    return f.qualifiers.get("scope") or []


def test_the_speakers_places_scope_nothing(tmp_path):
    body = (
        "A magnitude 7.8 earthquake struck southern Turkey on Monday. Ankara Mayor Mansur Yavas, who"
        " compared the damage to the one in Izmit, said about 2,000 buildings had collapsed."
    )
    assert not [x for x in _scope(tmp_path, body) if "ankara" in x or "izmit" in x]


def test_a_place_after_a_locative_still_scopes(tmp_path):
    body = (
        "A magnitude 7.8 earthquake struck southern Turkey on Monday. In Hatay and in Ankara, officials"
        " said about 2,000 buildings had collapsed."
    )
    assert "p:tr.ankara" in _scope(tmp_path, body)
