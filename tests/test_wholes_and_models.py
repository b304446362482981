"""The whole a count is part of ("five of the six crew members were killed": six is the crew), and
an aircraft's model number («إيرباص إيه ٣٥٠»), found by running the fourth batch of session-37
probe stories unchanged.

Articles written for these tests from real reporting, in our own words: the collision of a Japan
Airlines Airbus A350 with a coast guard plane at Tokyo's Haneda airport on 2 January 2024; all 379
people on the airliner escaped, five of the six crew of the coast guard plane died.
"""

from __future__ import annotations

from tests.helpers import extraction_of, frames_of, main_of, md


def test_the_whole_a_count_is_part_of_is_no_toll(tmp_path):
    text = md(
        "en",
        "2024-01-03",
        "TOKYO — All 379 people on board the airliner escaped, but five of the six crew members on the coast"
        " guard plane were killed. Ten of the 20 injured were children.",
    )
    found = {(f.predicate, f.text) for f in frames_of(tmp_path, "en.md", text)}
    assert ("killed", "six crew members") not in found
    assert ("injured", "20 injured") in found  # (the whole that is itself the count)


def test_a_model_number_is_no_count(tmp_path):
    text = md(
        "ar",
        "2024-01-03",
        "طوكيو - نجا جميع ركاب طائرة إيرباص إيه ٣٥٠ البالغ عددهم ٣٧٩ شخصا بعد اصطدامها بطائرة خفر السواحل.",
    )
    values = [c.value["low"] for c in extraction_of(tmp_path, "ar.md", text).claims if c.type == "number"]
    assert 350 not in values and 379 in values


def test_towns_where_an_occasion_also_took_place_do_not_place_it(tmp_path):
    """ "Demonstrations also took place in Mombasa, Kisumu and Nakuru": the protests that stormed
    Kenya's parliament in Nairobi on 25 June 2024 are placed by their own sentence, not by the list
    of other towns."""

    text = md(
        "en",
        "2024-06-25",
        "NAIROBI, June 25 — Protesters stormed Kenya's parliament in Nairobi on Tuesday as lawmakers passed"
        " a finance bill. Demonstrations also took place in Mombasa, Kisumu and Nakuru.",
    )
    main = main_of(tmp_path, "en.md", text)
    assert "ke.mombasa" not in main.places and any(p.endswith("nairobi") for p in main.places)
