"""Periods and firsts: rules met on a fresh election story (India's general election results,
4 June 2024: seven phases from 19 April to 1 June), written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import frames_of, problems_of

EN = (
    " date 2024-06-05\nNEW DELHI - Prime Minister Narendra Modi's alliance won the election, according to"
    " final results released by the Election Commission on Tuesday, June 4. His Bharatiya Janata Party fell"
    " short of a majority for the first time since 2014.\n"
    "About 642 million people cast ballots across seven phases held from April 19 to June 1.\n"
)
FA = (
    " date 2024-06-05\nدهلی نو - به گزارش ایرنا، نتایج نهایی انتخابات سراسری هند که روز سه‌شنبه ۱۵ خرداد"
    " ۱۴۰۳ اعلام شد نشان می‌دهد ائتلاف نارندرا مودی، نخست‌وزیر هند، پیروز شده است.\n"
    "حزب بهاراتیا جاناتا که در سال ۱۹۸۰ تأسیس شد، اکثریت را از دست داد.\n"
)


def _problems(tmp_path: Path, en: str = EN) -> list[dict]:
    return problems_of(tmp_path, {"en.txt": en, "fa.txt": FA})


def test_a_period_of_days_does_not_date_the_occasion(tmp_path):
    # The phases end on June 1 and the results came on June 4: the election is dated by the
    # results, in both reports, and the period's last day is no rival date.
    assert _problems(tmp_path) == []
    dated = [f.text for f in frames_of(tmp_path, "en.txt", EN) if f.predicate == "event_date"]
    assert dated == ["Tuesday, June 4"]


def test_a_first_time_since_is_no_founding(tmp_path):
    # "for the first time since 2014" dates when the party last fell short, not when it was founded
    # (1980 in the other report).
    frames = frames_of(tmp_path, "en.txt", EN)
    assert [f.predicate for f in frames if f.text == "2014"] == ["record_first"]
    assert _problems(tmp_path) == []


def test_a_changed_day_of_the_results_still_conflicts(tmp_path):
    found = _problems(tmp_path, EN.replace("Tuesday, June 4", "Friday, June 7"))
    # (and, published on June 5, the report dates its results two days ahead: IN04)
    assert sorted(f["code"] for f in found) == ["CF04", "IN04"]


PARTY_EN = (
    " date 2024-06-05\nNEW DELHI - India's election results were released by the Election Commission on"
    " Tuesday, June 4. The BJP won 240 seats.\n"
)
PARTY_FA = (
    " date 2024-06-05\nدهلی نو - به گزارش ایرنا، نتایج انتخابات هند روز سه‌شنبه ۱۵ خرداد ۱۴۰۳ اعلام شد."
    " حزب بهاراتیا جاناتا {seats} کرسی به دست آورد.\n"
)


def _party_story(tmp_path: Path, seats: str) -> list[dict]:
    en = PARTY_EN.replace("The BJP", "The Bharatiya Janata Party (BJP) won the most votes. The BJP")
    return problems_of(tmp_path, {"en.txt": en, "fa.txt": PARTY_FA.format(seats=seats)})


def test_seats_are_a_partys_where_no_one_is_named(tmp_path):
    # No person beside the figure: the party is whose seats they are, its acronym included.
    assert _party_story(tmp_path, "۲۴۰") == []
    [found] = _party_story(tmp_path, "۲۶۰")
    assert {v["display"] for v in found["values"]} == {"240 seats", "260 seats"}


def test_a_measures_since_year_is_not_when_the_figure_holds(tmp_path):
    # "its highest since 1998": the year the rate is compared with; the 85.5% holds now. (An
    # occasion's record keeps its year: "the deadliest since 1992, when … killed all 167".)
    text = (
        " date 2022-11-03\nISTANBUL - Turkey's annual inflation rose to 85.5%, its highest since 1998,"
        " the statistics institute said on Thursday.\n"
    )
    [rate] = [f for f in frames_of(tmp_path, "en.txt", text) if f.text.startswith("85.5")]
    assert rate.time is None, rate.time
