"""Session 78, probe batch 44 (India's withdrawal of its 500 and 1,000 rupee notes, 2016): a verb of
a reaction that makes the occasion's word its object ("Jaitley defended the decision on Wednesday",
«آرون جیتلی روز چهارشنبه از این تصمیم دفاع کرد», «أدان الهجوم») dates the reaction, not the
occasion: its sentence's days only bound the occasion, which came first (rules/events
``reaction_cues``: before the word in English and Arabic, after it in Persian).

Sentences written for these tests from real reporting of the announcement on Tuesday 8 November
2016 and the finance minister's defence of it the next day.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_of, md, md_extraction

_x = md_extraction


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Finance Minister Arun Jaitley defended the decision on Wednesday, Nov. 9."),
        ("fa", "آرون جیتلی، وزیر دارایی هند، روز چهارشنبه ۹ نوامبر از این تصمیم دفاع کرد."),
    ],
)
def test_a_reaction_s_day_is_no_day_of_the_occasion(tmp_path, lang, text):
    x = _x(tmp_path, lang, text, "2016-11-10")
    assert [f for f in x.frames if f.predicate == "event_date"] == []


def test_the_reports_of_one_decision_and_its_defence_agree(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2016-11-10",
            "NEW DELHI, Nov. 10 - The Reserve Bank of India's decision on Tuesday, Nov. 8, to withdraw "
            "500 and 1,000 rupee notes caused long queues. Finance Minister Arun Jaitley defended "
            "the decision on Wednesday.",
        ),
        "fa.md": md(
            "fa",
            "2016-11-10",
            "تصمیم بانک مرکزی هند در روز سه‌شنبه ۸ نوامبر ۲۰۱۶ برای خارج کردن اسکناس‌های ۵۰۰ و ۱۰۰۰ "
            "روپیه‌ای صف‌های طولانی به راه انداخت. آرون جیتلی، وزیر دارایی هند، روز چهارشنبه از این "
            "تصمیم دفاع کرد.",
        ),
    }
    assert [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF04"] == []
