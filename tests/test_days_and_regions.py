"""A running count joined to its day by a preposition alone ("51 dead on Saturday"), and a town's
name after a region's head noun («منطقة فالبارايسو»), found by running the third batch of
session-37 probe stories unchanged.

Articles written for these tests from real reporting, in our own words: the wildfires around Viña
del Mar and Valparaíso, central Chile, from Friday 2 February 2024, whose toll was 51 on Saturday,
99 on Sunday and 112 on Monday.
"""

from __future__ import annotations

from tests.helpers import extraction_of, frames_of, md


def test_a_count_joined_to_its_day_is_that_days(tmp_path):
    text = md(
        "en",
        "2024-02-07",
        "The toll has climbed since the fires broke out on Friday, February 2: authorities counted 51 dead"
        " on Saturday, 99 on Sunday and 112 on Monday.",
    )
    [killed] = [f for f in frames_of(tmp_path, "en.md", text) if f.predicate == "killed" and "51" in f.text]
    assert killed.time and killed.time["earliest"] == "2024-02-03"


def test_a_towns_name_after_a_regions_head_is_the_region(tmp_path):
    text = md(
        "ar",
        "2024-02-03",
        "ارتفعت حصيلة حرائق الغابات التي تجتاح منطقة فالبارايسو في وسط تشيلي إلى 51 قتيلا، واشتعلت النيران"
        " قرب مدينة فالبارايسو.",
    )
    places = [
        c.value.get("place") for c in extraction_of(tmp_path, "ar.md", text).claims if c.type == "place"
    ]
    assert places[:1] == ["CL-VS"] and "cl.valparaiso" in places
