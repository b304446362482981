"""Parallel sentences that place one fact in two towns (align/parallel ``_place_pair``, CF05).

Two reports often tell one fact in one sentence each, translated: "Sharif, speaking to reporters
in Sukkur on Tuesday, said the floods had caused losses of at least $10 billion" and «شهباز شریف
… روز سه‌شنبه در گفت‌وگو با خبرنگاران در سکهر گفت …». When one of them names another town of the
same country, one that neither holds nor is held by the other, and the sentences still share two
other things (the name, the day, the sum), CF05 reports a possible conflict (a warning: the
sentences pair the places, no key does). The place need not be an event's: where a person spoke
or stayed is told alike by parallel reports.

The articles are written for the test, in our own words, from the reporting on Pakistan's floods
(late August 2022).
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, edited, md, subfolder

_EN = (
    "Prime Minister Shehbaz Sharif, speaking to reporters in Sukkur on Tuesday, said the floods had"
    " caused losses of at least $10 billion."
)
_FA = (
    "شهباز شریف، نخست‌وزیر پاکستان، روز سه‌شنبه در گفت‌وگو با خبرنگاران در سکهر گفت خسارت سیل"
    " دست‌کم ۱۰ میلیارد دلار است."
)
_STORY = {"en.md": md("en", "2022-08-31", _EN), "fa.md": md("fa", "2022-08-31", _FA)}


def test_another_town_in_a_parallel_sentence_is_a_possible_conflict(tmp_path):
    assert not conflicts_coded(subfolder(tmp_path, "same"), _STORY, "CF05")
    found = conflicts_coded(subfolder(tmp_path, "m"), edited(_STORY, "fa.md", "در سکهر", "در لاهور"), "CF05")
    assert len(found) == 1
    f = found[0]
    assert f["severity"] == "warning"
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {"Sukkur", "لاهور"}
    assert "Lahore" in f["message"] and "Sukkur" in f["message"]


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("در سکهر", "در استان سند", "the province holds the town"),
        ("در سکهر", "در دبی", "a town of another country: where, not which town"),
        ("در گفت‌وگو با خبرنگاران در سکهر گفت", "گفت", "one sentence names no place"),
    ],
)
def test_guards(tmp_path, old, new, why):
    assert not conflicts_coded(tmp_path, edited(_STORY, "fa.md", old, new), "CF05"), why


def test_the_sentences_must_share_more_than_one_thing(tmp_path):
    # (the day alone in common, and figures that differ: the figures pair the sentences, but one
    # shared thing tells no one fact; a place alone does not either: "five pilgrims died in Mecca and
    # Medina" against «القنصلية في جدة أصدرت 41 تصريح دفن لحجاج … في مكة»)
    story = {
        "en.md": md("en", "2022-08-31", "Officials said on Tuesday that 41 people had died in Sukkur."),
        "fa.md": md("fa", "2022-08-31", "مقامات روز سه‌شنبه گفتند ۱۴ نفر در لاهور جان باختند."),
    }
    assert not conflicts_coded(tmp_path, story, "CF05")


def test_a_dateline_is_no_place_of_the_fact(tmp_path):
    story = edited(_STORY, "en.md", _EN, "LAHORE — " + _EN.replace(" in Sukkur", ""))
    assert not conflicts_coded(tmp_path, story, "CF05")
