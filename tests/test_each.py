"""A figure a sentence gives to each of several people ("were each barred for two years", «هر
کدام», «لكل منهما») is per head: no figure of one person, so it is not set against another
person's own figure in another report. A sum "each from" several givers is each one's own.

Articles written for these tests from real reporting, in our own words: Justice Arthur Engoron's
ruling of 16 February 2024 in New York's civil fraud case against Donald Trump, who was barred from
running a New York company for three years, his sons Donald Jr. and Eric for two years each, each
fined about $4 million; and the pledges to the loss and damage fund at COP28.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of, md

_STORY = {
    "en.md": md(
        "en",
        "2024-02-16",
        "NEW YORK, Feb 16 — Justice Arthur Engoron barred Donald Trump from serving as an officer of any New"
        " York company for three years on Friday. His sons Donald Trump Jr. and Eric Trump were each ordered"
        " to pay about $4 million and barred for two years.",
    ),
    "ar.md": md(
        "ar",
        "2024-02-17",
        "نيويورك - منع القاضي آرثر إنغورون يوم الجمعة دونالد ترامب من إدارة أي شركة في ولاية نيويورك لمدة"
        " ثلاث سنوات.",
    ),
    "fa.md": md(
        "fa",
        "2024-02-17",
        "دو پسر دونالد ترامپ نیز هر کدام به مدت دو سال از مدیریت شرکت‌ها در ایالت نیویورک منع شدند.",
    ),
}


def test_a_figure_of_each_is_per_head(tmp_path):
    found = {
        f.text: f.qualifiers.get("per")
        for f in frames_of(tmp_path, "en.md", _STORY["en.md"])
        if f.predicate in ("duration", "amount")
    }
    assert found == {"three years": None, "about $4 million": "head", "two years": "head"}


def test_each_ones_ban_is_not_set_against_the_fathers(tmp_path):
    assert not [f for f in conflicts_of(tmp_path, _STORY) if f["key"].startswith("duration")]


def test_a_sum_each_of_several_gave_is_each_ones_own(tmp_path):
    """ "$100 million each from the UAE and Germany" is the UAE's own pledge (COP28, 30 November
    2023): it is compared with another report's «امارات ۱۰۰ میلیون دلار», not set apart."""
    text = md(
        "en",
        "2023-11-30",
        "The loss and damage fund drew pledges of $100 million each from the UAE and Germany.",
    )
    [amount] = [f for f in frames_of(tmp_path, "en.md", text) if f.predicate == "amount"]
    assert "per" not in amount.qualifiers
