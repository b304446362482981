"""Parallel sentences that differ on the one country each names (align/parallel ``_place_pair``),
and places that say where a thing comes from, not where its occasion happened
(``described_words``, extract/mentions ``_felt``).

Written for the test, in our own words, from the reporting on the Ever Given, which ran aground in
the Suez Canal on 23 March 2021 (a ship owned by a Japanese company and registered in Panama).
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, edited, frames_of, md, subfolder

_SHIP = {
    "en.md": md(
        "en",
        "2021-03-24",
        "SUEZ, Egypt — The Ever Given, a 400-metre container ship, ran aground in the Suez Canal on Tuesday,"
        " March 23, 2021, blocking one of the world's busiest trade routes.\n\n"
        "The ship, owned by a company in Japan and registered in Panama, was carrying about 18,300"
        " containers from China to Rotterdam when it ran aground in high winds.",
    ),
    "ar.md": md(
        "ar",
        "2021-03-24",
        "جنحت سفينة الحاويات العملاقة إيفر غيفن، البالغ طولها 400 متر، في قناة السويس يوم الثلاثاء 23 مارس"
        " 2021، ما أدى إلى إغلاق أحد أهم الممرات التجارية في العالم.\n\n"
        "وكانت السفينة المملوكة لشركة يابانية والمسجلة في بنما تحمل نحو 18300 حاوية من الصين إلى روتردام"
        " عندما جنحت بسبب الرياح القوية.",
    ),
}


def test_where_a_ship_is_registered_or_owned_is_not_where_it_ran_aground(tmp_path):
    places = {
        f.value["id"] for f in frames_of(tmp_path, "en.md", _SHIP["en.md"]) if f.predicate == "event_place"
    }
    assert places and not places & {"JP", "PA"}, places
    assert not conflicts_coded(subfolder(tmp_path, "both"), _SHIP, "CF05")


@pytest.mark.parametrize(
    ("old", "new", "quoted"),
    [
        ("المسجلة في بنما", "المسجلة في ليبيريا", {"Panama", "ليبيريا"}),
        # (the flag is another country, whatever else the sentence names: "from China to Rotterdam")
    ],
)
def test_the_one_country_parallel_sentences_differ_on_is_a_possible_conflict(tmp_path, old, new, quoted):
    [f] = conflicts_coded(tmp_path, edited(_SHIP, "ar.md", old, new), "CF05")
    assert f["severity"] == "warning" and "parallel sentences" in f["message"]
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == quoted


def test_a_country_one_sentence_names_in_a_word_of_its_own_is_one_both_give(tmp_path):
    # («الصين» as a place, "Chinese" as a word: the country both give; Panama is then the one apart)
    story = edited(_SHIP, "en.md", "from China to Rotterdam", "from Chinese ports to Rotterdam")
    story = edited(story, "ar.md", "المسجلة في بنما", "المسجلة في ليبيريا")
    [f] = conflicts_coded(tmp_path, story, "CF05")
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {"Panama", "ليبيريا"}
