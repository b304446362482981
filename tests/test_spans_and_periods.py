"""The span since an occasion last happened ("its first rate increase in 17 years") is a record's
span, never compared with how long something lasted ("ended eight years of negative rates"); and
two rates that share only their period ("annual") are not of one thing. Found by running the
second batch of session-37 probe stories unchanged.

Articles written for these tests from real reporting, in our own words: the Bank of Japan's end
of negative interest rates on Tuesday 19 March 2024, its first increase in 17 years, with the 2%
inflation target in sight after the biggest union federation won pay rises averaging 5.28%.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of, md

_EN = md(
    "en",
    "2024-03-19",
    "TOKYO, March 19 — The Bank of Japan ended eight years of negative interest rates on Tuesday,"
    " raising borrowing costs for the first time in 17 years. Governor Kazuo Ueda said the 2% inflation"
    " target was in sight.",
)
_EN_LATER = md(
    "en",
    "2024-03-21",
    "TOKYO — The yen weakened after the Bank of Japan's first interest rate increase in 17 years."
    " Japan's largest union federation had secured annual pay rises averaging 5.28%.",
)
_FA = md(
    "fa",
    "2024-03-20",
    "بانک مرکزی ژاپن روز سه‌شنبه برای نخستین بار در ۱۷ سال نرخ بهره را افزایش داد. اتحادیه‌های کارگری"
    " افزایش دستمزد سالانه ۵٫۲۸ درصدی را به دست آورده بودند.",
)


def test_a_first_in_n_years_is_a_records_span(tmp_path):
    [span] = [f for f in frames_of(tmp_path, "en.md", _EN_LATER) if f.predicate == "duration"]
    assert span.qualifiers.get("record") == "record_first"  # (which superlative: "the first … in 17 years")


def test_a_records_span_is_not_how_long_something_lasted(tmp_path):
    story = {"en.md": _EN, "en_later.md": _EN_LATER, "fa.md": _FA}
    found = conflicts_of(tmp_path, story)
    assert not [f for f in found if f["key"].startswith("duration")], [f["message"] for f in found]
    assert not [f for f in found if f["key"].startswith("rate")], [f["message"] for f in found]
