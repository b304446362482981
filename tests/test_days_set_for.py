"""A day right after "for" («برای», «ليوم») is a day something was set for, which may lie ahead:
"cardinals meeting on Tuesday set his funeral for Saturday, April 26" in a report of Tuesday 22
April 2025 raises no IN04 (a reported occasion dated after its publication), though "set" is past.
(A day told as past after the publication still raises one: tests/test_fires_and_motions.py.)
Written for this test from the reporting of Pope Francis's death on 21 April 2025, in our own
words."""

from __future__ import annotations

from checker.pipeline import check

_REPORT = """---
title: "Pope Francis dies at 88; funeral on Saturday in St Peter's Square"
published: 2025-04-22
language: en
---
VATICAN CITY, April 22 - Pope Francis, the first pope from Latin America, died on Easter Monday at the
age of 88, the Vatican said, and cardinals meeting on Tuesday set his funeral for Saturday, April 26,
in St Peter's Square.

He died at 7:35 a.m. on Monday, April 21, at the Casa Santa Marta, the Vatican guesthouse where he lived.
"""


def test_a_day_a_funeral_was_set_for_may_lie_ahead(tmp_path):
    (tmp_path / "en.md").write_text(_REPORT, encoding="utf-8")
    assert not [f for f in check([tmp_path]).report["findings"] if f["code"] == "IN04"]
