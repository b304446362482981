"""Session 78, probe batch 45 (kept out of all tuning and scored at the session's start and end: 8
false conflicts both times; read afterwards): a duration that is the length of a span long over is
no time since its start up to the report (IN03):

- "during the 18 days of protests that began on Jan. 25, 2011" (`closed_before`: "during", as
  «طی», «در طول»), and a length written as an adjective of the thing it measures («اعتراضات ۱۸
  روزه‌ای», "the 18-day uprising": `length_suffixes`, or a hyphen in any script);
- weeks are counted whole, as years and months are: "six weeks of fighting" on its 44th day fits
  a start on 27 September (6.3 weeks gone);
- (IN04) a day after an ahead-of word is no past day whatever the sentence's verb, though a Persian
  noun phrase of several words stands between them, and nor is its bracketed twin in another
  calendar.

Sentences written for these tests from real reporting of Mubarak's sentencing (2 June 2012) and of
the Nagorno-Karabakh ceasefire (10 November 2020).
"""

from __future__ import annotations

import pytest

from tests.helpers import md, problems_of


def _coded(tmp_path, articles, code: str = "IN03") -> list[dict]:
    return [f for f in problems_of(tmp_path, articles) if f["code"] == code]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "CAIRO, June 2 - A court sentenced Hosni Mubarak to life in prison on Saturday for failing to "
            "stop the killing of protesters during the 18 days of protests that began on Jan. 25, 2011.",
        ),
        (
            "en",
            "CAIRO, June 2 - A court sentenced Hosni Mubarak to life in prison on Saturday. The 18-day "
            "uprising that toppled him began on Jan. 25, 2011.",
        ),
        (
            "fa",
            "دادگاهی در قاهره روز شنبه حسنی مبارک را به حبس ابد محکوم کرد. اعتراضات ۱۸ روزه مردم مصر "
            "از ۲۵ ژانویه ۲۰۱۱ آغاز شد.",
        ),
    ],
)
def test_the_length_of_a_span_long_over_is_no_time_since_its_start(tmp_path, lang, text):
    assert _coded(tmp_path, {f"{lang}.md": md(lang, "2012-06-03", text)}) == []


def _karabakh(weeks: str) -> dict[str, str]:
    return {
        "en.md": md(
            "en",
            "2020-11-10",
            f"MOSCOW, Nov. 10 - Armenia and Azerbaijan agreed to end {weeks} weeks of fighting over "
            "Nagorno-Karabakh under a Russian-brokered deal that took effect on Tuesday.",
        ),
        "fa.md": md(
            "fa",
            "2020-11-10",
            "توافق آتش‌بس قره‌باغ روز سه‌شنبه اجرایی شد. درگیری‌ها از ۶ مهر (۲۷ سپتامبر) آغاز شده و "
            "هزاران کشته بر جا گذاشته بود.",
        ),
    }


def test_weeks_are_counted_whole(tmp_path):
    assert _coded(tmp_path, _karabakh("six")) == []


def test_weeks_that_do_not_fit_still_do_not(tmp_path):
    assert _coded(tmp_path, _karabakh("three"))


@pytest.mark.parametrize(
    "days",
    [
        # («پیش از دور دوم انتخابات … در روزهای ۱۶ و ۱۷ ژوئن»: the runoff still lay ahead, whatever
        # the verb of the sentence; a Persian noun phrase runs to several words)
        "ریاست‌جمهوری مصر در روزهای ۱۶ و ۱۷ ژوئن",
        # (and the Jalali twin in brackets repeats the runoff's days)
        "در روزهای ۱۶ و ۱۷ ژوئن (۲۷ و ۲۸ خرداد)",
    ],
)
def test_a_day_after_a_long_ahead_of_phrase_is_no_past_day(tmp_path, days):
    text = (
        f"دادگاه روز شنبه ۲ ژوئن حکم خود را صادر کرد. این حکم دو هفته پیش از دور دوم انتخابات {days} صادر شد."
    )
    assert _coded(tmp_path, {"fa.md": md("fa", "2012-06-03", text)}, "IN04") == []
