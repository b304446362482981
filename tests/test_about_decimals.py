""" "About" a figure written with decimals: the writer kept the last digit, so the figure is off by
a few of its units at most, not by the hedge's tenth. Chile's runoff of 19 December 2021 had a
turnout of about 55.6%; a report of about 51.6% disagrees, though each is within a tenth of the
other. Figures with no decimals keep the hedge's share ("about 288"), and so does a figure whose
share is the narrower ("about 2.5%"). Sentences written for these tests, in our own words."""

from __future__ import annotations

from checker.pipeline import check
from tests.helpers import extraction_of, md


def _bounds(tmp_path, body: str) -> dict[str, tuple[float, float]]:
    x = extraction_of(tmp_path, "en.md", md("en", "2021-12-20", body))
    return {c.text: (c.value["low"], c.value["high"]) for c in x.claims if c.type == "number"}


def test_about_a_figure_with_decimals_is_within_ten_of_its_last_digit(tmp_path):
    found = _bounds(tmp_path, "Turnout was about 55.6%, and about 2.5% of ballots were blank.")
    assert found["about 55.6%"] == (54.6, 56.6)
    assert found["about 2.5%"] == (2.25, 2.75)


def test_about_a_whole_or_scaled_figure_keeps_the_hedge_share(tmp_path):
    found = _bounds(tmp_path, "Some 1.16 million votes were cast, and about 288 people were hurt.")
    assert found["Some 1.16 million votes"] == (1044000, 1276000)
    assert found["about 288 people"] == (259.2, 316.8)


def _turnout(pct: str) -> str:
    return md(
        "en", "2021-12-20", f"Chile held its presidential runoff on Sunday, December 19. Turnout was {pct}."
    )


def test_two_about_turnouts_written_to_the_tenth_conflict(tmp_path):
    (tmp_path / "a.md").write_text(_turnout("about 55.6%"), encoding="utf-8")
    (tmp_path / "b.md").write_text(_turnout("about 51.6%"), encoding="utf-8")
    found = [f for f in check([tmp_path]).report["findings"] if f["code"] == "CF03"]
    assert len(found) == 1 and "turnout" in found[0]["message"]


def test_the_same_about_turnout_is_an_agreement(tmp_path):
    (tmp_path / "a.md").write_text(_turnout("about 55.6%"), encoding="utf-8")
    (tmp_path / "b.md").write_text(_turnout("55.64%"), encoding="utf-8")
    assert not [f for f in check([tmp_path]).report["findings"] if f["type"] == "conflict"]
