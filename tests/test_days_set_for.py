"""A day right after "for" («برای», «ليوم») is a day something was set for, which may lie ahead:
"cardinals meeting on Tuesday set his funeral for Saturday, April 26" in a report of Tuesday 22
April 2025 raises no IN04 (a reported occasion dated after its publication), though "set" is past.
(A day told as past after the publication still raises one: tests/test_fires_and_motions.py.)
Written for this test from the reporting of Pope Francis's death on 21 April 2025, in our own
words."""

from __future__ import annotations

from checker.pipeline import check, extract_corpus

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


_PRIZE = """---
title: "Jailed Iranian activist Narges Mohammadi wins the Nobel Peace Prize"
published: 2023-10-06
language: en
---
OSLO, Oct 6 - The Norwegian Nobel Committee awarded the 2023 Nobel Peace Prize on Friday to Narges
Mohammadi, who is held in Tehran's Evin prison. The committee urged Iran to free her so that she could
attend the ceremony, which is held in Oslo on {day}, the anniversary of Alfred Nobel's death.
"""


def test_a_day_a_present_passive_tells_of_is_no_past_day(tmp_path):
    # ("is held": each year's day, which may lie ahead)
    (tmp_path / "en.md").write_text(_PRIZE.format(day="December 10"), encoding="utf-8")
    assert not [f for f in check([tmp_path]).report["findings"] if f["code"] == "IN04"]


def test_a_day_a_past_verb_tells_of_is_still_past(tmp_path):
    # (the same clause with the verb in the past: the day cannot lie after the report)
    text = _PRIZE.format(day="December 10").replace("which is held in Oslo", "which was held in Oslo")
    (tmp_path / "en.md").write_text(text, encoding="utf-8")
    assert [f for f in check([tmp_path]).report["findings"] if f["code"] == "IN04"]


_CUT = """---
title: "OPEC+ members announce surprise output cuts"
published: 2023-04-03
language: en
---
DUBAI, April 3 - Saudi Arabia and other OPEC+ producers {clause} their output on {day}, officials said.
"""


def test_an_irregular_past_verb_before_a_later_day_is_a_slip(tmp_path):
    # ("cut" is its own past: "cut output on Friday, April 7" in a report of 3 April is a slip)
    (tmp_path / "en.md").write_text(_CUT.format(clause="cut", day="Friday, April 7"), encoding="utf-8")
    assert [f for f in check([tmp_path]).report["findings"] if f["code"] == "IN04"]


def test_a_verb_after_to_is_a_plan(tmp_path):
    # ("agreed to cut output on May 1": an infinitive, a plan that may lie ahead)
    text = _CUT.format(clause="agreed to cut", day="Monday, May 1")
    (tmp_path / "en.md").write_text(text, encoding="utf-8")
    assert not [f for f in check([tmp_path]).report["findings"] if f["code"] == "IN04"]


def test_a_past_verb_some_words_before_the_day_still_makes_it_past(tmp_path):
    # ("was routed onto a loop line on the evening of …": the verb eight words before the day)
    text = """---
title: "Signal fault blamed for Odisha train collision"
published: 2023-06-07
language: en
---
BHUBANESWAR, June 7 - The express was routed onto a loop line on the evening of Sunday, July 2, and hit a
parked goods train, investigators said.
"""
    (tmp_path / "en.md").write_text(text, encoding="utf-8")
    assert [f for f in check([tmp_path]).report["findings"] if f["code"] == "IN04"]


def test_a_past_day_without_a_year_months_ahead_is_last_years(tmp_path):
    # («ماسک در ۵ اردیبهشت … موافقت کرده بود» in a report of 29 October 2022: the April before, not
    # the April to come, which the nearest year would give)
    text = " date 2022-10-29\nماسک در ۵ اردیبهشت با خرید توییتر به ازای هر سهم ۵۴٫۲۰ دلار موافقت کرده بود.\n"
    (tmp_path / "a_fa.txt").write_text(text, encoding="utf-8")
    report = check([tmp_path]).report
    assert not [f for f in report["findings"] if f["code"] == "IN04"]
    [x], _ = extract_corpus([str(tmp_path)])
    assert [c.value["iso"] for c in x.claims if c.type == "date" and "year_inferred" in c.flags] == [
        "2022-04-25"
    ]
