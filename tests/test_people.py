"""Person-role extraction: YAML cases per language, including names missing from people.yaml."""

from __future__ import annotations

import pytest

from checker.extract.people import extract_people
from checker.rules import load_rules
from tests.helpers import case_id, load_cases, make_doc

CASES = load_cases("person_role_*.yaml")


@pytest.mark.parametrize("item", CASES, ids=[case_id(c) for c in CASES])
def test_person_role_case(item):
    _, lang, case = item
    doc = make_doc(case["text"], lang, case.get("reference_date"))
    claims = [c for c in extract_people(doc, load_rules()) if c.type == "person_role"]
    got = {(c.value["name"], c.value["role"], c.value["country"]) for c in claims}
    want = {(e["name"], e["role"], e["country"]) for e in case["expect"]}
    assert got == want
    for c in claims:
        assert case["text"][c.start : c.end] == c.text
        assert c.value["name"] in c.text
    for e in case["expect"]:
        if "person" in e:
            match = [c for c in claims if c.value["name"] == e["name"]]
            assert match and match[0].value["person"] == e["person"]


def test_unknown_name_has_match_key():
    doc = make_doc("کامران نوروزی وزیر خارجه ارمنستان به تهران سفر کرد.", "fa")
    (claim,) = [c for c in extract_people(doc, load_rules()) if c.type == "person_role"]
    assert claim.value["known"] is False
    assert claim.value["match_key"] == "کامران نوروزی"


def test_attendance_records_who_accompanied_whom():
    text = "اسعد الشیبانی وزیر خارجه و ابو قصره وزیر دفاع دولت موقت سوریه نیز جولانی را در این سفر همراهی میکنند."
    claims = [c for c in extract_people(make_doc(text, "fa"), load_rules()) if c.type == "attendance"]
    assert {c.value["relation"] for c in claims} == {"accompanied"}
    names = {c.value["name"] for c in claims}
    assert {"اسعد الشیبانی", "ابو قصره", "جولانی"} <= names
    shaibani = next(c for c in claims if c.value["name"] == "اسعد الشیبانی")
    assert "ahmed_al_sharaa" in shaibani.value["with"]
