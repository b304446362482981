"""Headlines tell an occasion in the present tense ("Gunmen abduct pupils", "Train derails"): the
verb's present forms type the occasion as its past forms do, so a report's figures are the
occasion's and meet those of reports worded otherwise. Articles written for these tests from real
reporting: the abduction of pupils from a school in Kuriga, Kaduna State (7 March 2024; 287 were
first reported taken)."""

from __future__ import annotations

from tests.helpers import conflicts_of, main_of, md

KURIGA = {
    "a.md": md(
        "en",
        "2024-03-08",
        "Gunmen abducted 287 pupils from a school in Kuriga, Kaduna State, on Thursday morning, local"
        " officials said.",
        title="Gunmen abduct pupils from school in Kuriga",
    ),
    "b.md": md(
        "en",
        "2024-03-08",
        "Armed men kidnapped fewer than 287 pupils from a school in Kuriga, Kaduna State, on Thursday morning,"
        " a teacher said.",
        title="Pupils kidnapped in Kuriga school raid",
    ),
}


def test_a_present_tense_headline_types_the_abduction(tmp_path):
    assert main_of(tmp_path, "a.md", KURIGA["a.md"]).type == "abduction"


def test_the_counts_of_one_abduction_meet(tmp_path):
    [conflict] = [f for f in conflicts_of(tmp_path, KURIGA) if "abducted" in f["key"]]
    assert {v["display"] for v in conflict["values"]} == {"287 students", "less than 287 students"}
