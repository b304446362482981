"""Cited sources with their chains («تابناک به نقل از ایرنا» is Tabnak citing IRNA)."""

from __future__ import annotations

import pytest

from checker.extract.sources import extract_sources
from checker.rules import load_rules
from tests.helpers import case_id, load_cases, make_doc

CASES = load_cases("source_*.yaml")


@pytest.mark.parametrize("item", CASES, ids=[case_id(c) for c in CASES])
def test_source_case(item):
    _, lang, case = item
    claims = extract_sources(make_doc(case["text"], lang), load_rules())
    got = [(c.value["source"], c.value["chain"]) for c in claims]
    want = [(e["source"], e["chain"]) for e in case["expect"]]
    assert got == want
    for c in claims:
        assert case["text"][c.start : c.end] == c.text
