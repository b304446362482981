"""A board's approval types the report as a decision in English and Persian ("approved", «تصویب
کرد»), so that reports of it are one occasion and a day changed in one of them is a conflict.
Written for this test, in our own words, from the reporting of the IMF board's approval of
Pakistan's Stand-By Arrangement on 12 July 2023."""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, edited, main_of, md, subfolder

_LOAN = {
    "en.md": md(
        "en",
        "2023-07-13",
        "WASHINGTON, July 13 - The International Monetary Fund's Executive Board in Washington on Wednesday, July 12,"
        " 2023, approved a nine-month Stand-By Arrangement of about $3 billion for Pakistan, with $1.2"
        " billion paid at once. IMF Managing Director Kristalina Georgieva said the programme would help"
        " Pakistan rebuild its reserves.",
    ),
    "fa.md": md(
        "fa",
        "2023-07-13",
        "هیئت اجرایی صندوق بین‌المللی پول روز چهارشنبه ۲۱ تیر ۱۴۰۲ در واشنگتن وام آماده‌به‌کار نه‌ماهه به ارزش حدود ۳"
        " میلیارد دلار را برای پاکستان تصویب کرد که ۱.۲ میلیارد دلار آن بی‌درنگ پرداخت می‌شود. کریستالینا"
        " گئورگیوا، مدیرعامل صندوق بین‌المللی پول، گفت این برنامه به بازسازی ذخایر پاکستان کمک می‌کند.",
    ),
}


@pytest.mark.parametrize("name", ["en.md", "fa.md"])
def test_an_approval_is_a_decision(tmp_path, name):
    assert main_of(tmp_path, name, _LOAN[name]).type == "decision"


def test_the_day_changed_in_one_report_is_a_conflict(tmp_path):
    assert not conflicts_coded(subfolder(tmp_path, "same"), _LOAN, "CF04")
    changed = edited(_LOAN, "en.md", "Wednesday, July 12,", "Monday, July 10,")
    assert conflicts_coded(subfolder(tmp_path, "changed"), changed, "CF04")
