"""Session 66, probe batch 19 (six stories written by helpers that saw no code, scored unseen at
45aef3d: 4 false conflicts in three stories; those three tuned on, the other three kept out). The
general readings:

- a verb of exceeding with a conjunction glued to it, before its noun and the figure («وتزيد قيمتها
  على 140 مليون روبية»), makes the figure a minimum;
- the length of a declared state ("a 12-month state of emergency", «حالة الطوارئ لمدة 12 شهراً») is
  a term, no time since a start: it does not contradict the year a bridge opened;
- a stake sold "of its shares" («من أسهمها», «از سهام خود») is a part;
- where a convict was moved after the verdict ("moved him to a prison in Attock, in Punjab
  province") is not where the court sat, nor is the province named as holding that prison.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, md, md_extraction

_x = md_extraction


def test_a_verb_of_exceeding_with_a_glued_conjunction_makes_a_minimum(tmp_path):
    text = "واتهمته اللجنة بعدم التصريح عن هدايا، وتزيد قيمتها على 140 مليون روبية."
    (n,) = [c for c in _x(tmp_path, "ar", text, "2023-08-05").claims if c.type == "number"]
    assert n.value["hedge"] == "more_than"


def test_the_length_of_a_state_of_emergency_is_a_term(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2018-08-15",
            "GENOA, Italy — Italy declared a 12-month state of emergency in the Liguria region on "
            "Wednesday after the collapse of the Morandi bridge in Genoa killed at least 39 people. "
            "Designed by Riccardo Morandi and opened in 1967, the viaduct was more than a kilometre long.",
        ),
        "ar.md": md(
            "ar",
            "2018-08-15",
            "أعلنت الحكومة الإيطالية الأربعاء حالة الطوارئ لمدة 12 شهراً في إقليم ليغوريا بعد انهيار جسر "
            "موراندي في جنوة الذي افتتح عام 1967.",
        ),
    }
    x = extraction_of(tmp_path, "en.md", story["en.md"])
    (span,) = [f for f in x.frames if f.predicate == "duration"]
    assert span.qualifiers.get("term")
    assert not [c for c in conflicts_of(tmp_path, story) if c["code"] == "IN03"]


def test_a_stake_of_its_shares_is_a_part(tmp_path):
    ar = _x(tmp_path, "ar", "وكانت أرامكو قد طرحت 1.5% من أسهمها، أي 3 مليارات سهم.", "2019-12-11")
    fa = _x(tmp_path, "fa", "آرامکو در این عرضه ۱.۵ درصد از سهام خود را واگذار کرد.", "2019-12-11")
    for x in (ar, fa):
        assert [f.qualifiers.get("scope") for f in x.frames if f.value.get("low") == 1.5] == [["x:part"]]


def test_where_a_convict_was_moved_is_not_where_the_court_sat(tmp_path):
    text = (
        "ISLAMABAD — A court in Islamabad sentenced former Prime Minister Imran Khan to three years in "
        "prison on Saturday. Police arrested Khan shortly after the verdict and later moved him to a "
        "prison in Attock, in Punjab province."
    )
    x = _x(tmp_path, "en", text, "2023-08-05")
    places = {f.value["id"] for f in x.frames if f.predicate == "event_place"}
    assert "pk.islamabad" in places and "PK-PB" not in places
