"""The seed corpus's claims match the checked-in golden files (regenerate: python -m tests.golden)."""

from __future__ import annotations

import pytest

from tests.golden import GOLDEN, render

RENDERED = render()


def test_every_seed_has_a_golden_file():
    assert sorted(RENDERED) == sorted(p.name for p in GOLDEN.glob("*.claims.json"))


@pytest.mark.parametrize("name", sorted(RENDERED))
def test_claims_match_golden(name):
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert RENDERED[name] == expected, f"{name} changed: review, then run `python -m tests.golden`"
