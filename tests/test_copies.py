"""Many reports that say one thing in one way (an archive's copies, a wire story many outlets
carry) are compared once, not pair by pair: a key thousands of reports share must not cost their
square (issue 8). The findings are those of the pairwise comparison: the same witness, the same
articles, the same count of pairs.

Articles written for these tests from real reporting, in our own words: the Grindavik eruption
(Iceland, December 2023) and the collapse of the Francis Scott Key Bridge in Baltimore (26 March
2024), whose toll was six.
"""

from __future__ import annotations

import re

import pytest

import checker.findings.derived as derived
import checker.findings.frames as frames
from tests.helpers import findings_of, md

_SPAN = md(
    "en", "2024-01-15", "The volcano near Grindavik has been restless for three weeks now, scientists said."
)
_START = md("en", "2024-01-15", "The volcano had been restless since October 25, 2023, scientists said.")
_SIX = md(
    "en", "2024-03-28", "Six construction workers died when the Key Bridge in Baltimore collapsed on Tuesday."
)
_EIGHT = md(
    "en",
    "2024-03-28",
    "Eight construction workers died when the Key Bridge in Baltimore collapsed on Tuesday.",
)


def _copies(text: str, prefix: str, n: int) -> dict[str, str]:
    return {f"{prefix}{i}.md": text for i in range(n)}


def _counted(monkeypatch, module, name: str) -> list[int]:
    calls = [0]
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.mark.parametrize("n", [2, 6])
def test_a_duration_against_a_start_in_many_copies_is_one_finding_with_every_pair(tmp_path, monkeypatch, n):
    violations = _counted(monkeypatch, derived, "_violation")
    story = {**_copies(_SPAN, "a", n), **_copies(_START, "b", n)}
    found = [f for f in findings_of(tmp_path, story) if f["code"] == "IN03"]
    assert len(found) == 1
    assert f"({n * n} pairs of reports)" in found[0]["explanation"]
    assert found[0]["values"][0]["articles"] == sorted(f"a{i}" for i in range(n))
    assert found[0]["values"][1]["articles"] == sorted(f"b{i}" for i in range(n))
    # one class of duration against one class of start, then the first pair quoted: not n × n
    assert violations[0] <= 3


def test_copies_quote_the_first_pair_and_cost_no_more_than_two(tmp_path, monkeypatch):
    calls = _counted(monkeypatch, frames, "relation")
    (tmp_path / "few").mkdir()
    (tmp_path / "many").mkdir()
    few = [f for f in findings_of(tmp_path / "few", _story(2)) if f["code"] == "CF03"]
    many = [f for f in findings_of(tmp_path / "many", _story(8)) if f["code"] == "CF03"]
    assert len(few) == len(many) == 1
    assert _quoted(few[0]) == _quoted(many[0]) == {("a0", "Six"), ("b0", "Eight")}
    assert {a for e in many[0]["values"] for a in e["articles"]} == {
        f"{p}{i}" for p in "ab" for i in range(8)
    }
    # (a first pair that conflicts ends the search either way: the cost is in values that fit)
    calls[0] = 0
    (tmp_path / "fit2").mkdir()
    (tmp_path / "fit8").mkdir()
    findings_of(tmp_path / "fit2", _fitting(2))
    at_two = calls[0]
    findings_of(tmp_path / "fit8", _fitting(8))
    # "six" and "about six" fit each other: no pair of reports conflicts, and every pair used to be
    # tried; the classes of the two values are related once, whatever the number of copies
    assert calls[0] - at_two == at_two


def _fitting(n: int) -> dict[str, str]:
    return {**_copies(_SIX, "a", n), **_copies(_SIX.replace("Six", "About six"), "b", n)}


def _story(n: int) -> dict[str, str]:
    return {**_copies(_SIX, "a", n), **_copies(_EIGHT, "b", n)}


def _quoted(finding: dict) -> set[tuple[str, str]]:
    """The article and first word of each value's first quote."""
    return {
        (e["evidence"][0]["article"], re.split(r"\W", e["evidence"][0]["text"])[0]) for e in finding["values"]
    }


def test_a_finding_over_many_copies_names_the_first_articles_and_counts_the_rest(tmp_path):
    """The message names six articles and how many more; the values list them all (and the
    fingerprint, which hangs on the values, is that of the full list)."""
    found = [f for f in findings_of(tmp_path, _story(10)) if f["code"] == "CF03"]
    assert len(found) == 1
    assert "a0, a1, a2, a3, a4, a5 and 4 more" in found[0]["message"]
    assert sorted(a for v in found[0]["values"] for a in v["articles"]) == sorted(
        f"{p}{i}" for p in "ab" for i in range(10)
    )
