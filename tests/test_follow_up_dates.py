"""A day changed in one report of an occasion that other reports date too.

- A recalled raid whose day one report changed: the reports' sentences stay parallel although one
  of them adds a figure the other leaves out, and the two days are compared.
- A later report of the main occasion, joined to it by the figures it shares: the day it writes out
  in the sentence that names the occasion is a statement of the occasion's day, and a different one
  is a conflict. A day of another act ("charged … on Sunday over the collision") stays apart.
"""

from __future__ import annotations

import importlib

import pytest

from checker.pipeline import check

parallel = importlib.import_module("checker.align.parallel")


def _write(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path]).report


def _raid(day: str) -> dict[str, str]:
    return {
        "police.txt": (
            " date 2021-03-10\nPolice said on Tuesday they had arrested two suspects over the abduction of"
            " pupils in central Nigeria.\n\nGunmen stormed the Government Science College in Kagara, in"
            f" Niger state, on the night of {day}, marching boys and staff into the forest and setting a"
            " dormitory on fire.\n"
        ),
        "officials.txt": (
            " date 2021-03-11\nNigerian officials said on Wednesday that the search for more suspects in the"
            " school abduction continues.\n\nGunmen took 27 boys from the Government Science College in"
            " Kagara, in Niger state, on the night of February 17, 2021.\n"
        ),
    }


def _date_conflicts(report) -> list[dict]:
    return [f for f in report["findings"] if f["type"] == "conflict" and f["code"] in ("CF02", "CF04")]


def test_a_recalled_day_changed_beside_a_figure_only_one_report_gives_is_a_conflict(tmp_path):
    report = _write(tmp_path, _raid("Saturday, February 20"))
    found = _date_conflicts(report)
    assert len(found) == 1
    quoted = {e["text"] for v in found[0]["values"] for e in v["evidence"]}
    assert {"Saturday, February 20", "February 17, 2021"} <= quoted


def test_the_same_recalled_day_in_both_reports_is_no_conflict(tmp_path):
    assert not _date_conflicts(_write(tmp_path, _raid("Wednesday, February 17")))


def test_sentences_differ_by_one_value_of_each_kind_at_most():
    day = ("d", "2021-02-17", "2021-02-17")
    other_day = ("d", "2021-02-20", "2021-02-20")
    assert not parallel._says_more({other_day}, {day, ("v", "27")})
    assert parallel._says_more({other_day}, {day, ("v", "27"), ("v", "3")})
    assert parallel._says_more({other_day}, {day, ("d", "2021-03-01", "2021-03-01")})


_EARLY = (
    " date 2023-05-16\nA ferry and a cargo ship collided off Bodrum on Sunday, May 14, killing 58 people."
    " Officials said 240 passengers were aboard and 61 people were injured.\n"
)


def test_a_later_report_that_dates_the_occasion_in_its_own_sentence_is_compared(tmp_path):
    later = (
        " date 2023-05-29\nThe ferry and the cargo ship collided off Bodrum on May 17, killing 58 people."
        " The ferry carried 240 passengers, and 61 people were injured.\n"
    )
    report = _write(tmp_path, {"early.txt": _EARLY, "later.txt": later})
    assert any({"early", "later"} <= set(e["articles"]) for e in report["events"])
    found = _date_conflicts(report)
    assert [f["code"] for f in found] == ["CF04"]
    assert {e["text"] for v in found[0]["values"] for e in v["evidence"]} >= {"Sunday, May 14", "May 17"}


@pytest.mark.parametrize(
    "later",
    [
        # a day before "over" the occasion's word: the charge's
        " date 2023-05-29\nProsecutors charged the cargo ship's captain on Sunday over the collision off"
        " Bodrum, which killed 58 people. The ferry carried 240 passengers, and 61 people were injured.\n",
        # a day whose clause sets the occasion before it: the divers'
        " date 2023-05-29\nOn May 24, two weeks after the ferry and the cargo ship collided off Bodrum,"
        " killing 58 people, divers recovered the last bodies. The ferry carried 240 passengers, and 61"
        " people were injured.\n",
    ],
)
def test_a_later_report_dating_another_act_is_no_conflict(tmp_path, later):
    report = _write(tmp_path, {"early.txt": _EARLY, "later.txt": later})
    assert any({"early", "later"} <= set(e["articles"]) for e in report["events"])
    assert not _date_conflicts(report)


def test_one_value_changed_of_a_kind_keeps_the_sentences_matched():
    day, other_day = ("d", "2021-02-17", "2021-02-17"), ("d", "2021-02-20", "2021-02-20")
    # one date each, and a figure only one of them gives: the day is the one value changed
    assert parallel._one_changed({other_day}, {day, ("v", "27")}) == 2
    # one date each, and a figure each: they differ on two facts
    assert parallel._one_changed({other_day, ("v", "43")}, {day, ("v", "38")}) == 0
