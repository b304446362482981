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


def test_a_place_among_what_is_told_before_the_verb_still_scopes(tmp_path):
    body = (
        "A cargo ship lost power and struck a pier of the old road bridge early on Tuesday, sending"
        " most of the 400-metre (1,300-foot) span into the Tagus River, the coast guard said."
    )
    [f] = [f for f in frames_of(tmp_path, "en.md", md("en", "2024-03-26", body)) if "400" in f.text]
    assert [x for x in f.qualifiers.get("scope") or () if x.startswith("p:?:")]
