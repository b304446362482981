"""A figure one report dates and another gives undated.

Two concept frames, one dated ("at the end of 2022") and one not, are kept apart: the undated figure
may be of another time. The very same figure, of the same unit and subject, is one fact whichever
report dates it (``align.frames.comparable``): "$209 billion in assets at the end of 2022" and
«۲۰۹ میلیارد دلار دارایی» agree. A different figure stays apart, so no conflict is claimed between a
year's figure and one of no stated time.

The articles are written for the test, in our own words, from the reporting on the failure of
Silicon Valley Bank in March 2023.
"""

from __future__ import annotations

from tests.helpers import edited, findings_of, md, subfolder

_BANK = {
    "en.md": md(
        "en",
        "2023-03-11",
        "SANTA CLARA, March 10 - California regulators closed Silicon Valley Bank on Friday and named"
        " the Federal Deposit Insurance Corporation as receiver. Silicon Valley Bank had $209 billion in assets"
        " and $175.4 billion in deposits at the end of 2022, the regulator said. It is the largest bank"
        " failure since the 2008 financial crisis.",
    ),
    "fa.md": md(
        "fa",
        "2023-03-11",
        "ناظران بانکی کالیفرنیا روز جمعه بانک سیلیکون ولی را تعطیل کردند و اداره آن را به شرکت بیمه"
        " سپرده‌های فدرال سپردند. این بانک ۲۰۹ میلیارد دلار دارایی داشت و ورشکستگی آن بزرگ‌ترین"
        " ورشکستگی بانکی از زمان سقوط واشینگتن میوچوال با ۳۰۷ میلیارد دلار دارایی در سال ۲۰۰۸ است.",
    ),
}


def _assets(findings: list[dict], kind: str) -> list[dict]:
    return [f for f in findings if f["type"] == kind and "asset" in f["message"]]


def test_the_same_figure_dated_in_one_report_only_agrees(tmp_path):
    agreements = _assets(findings_of(tmp_path, _BANK), "agreement")
    assert agreements, "the dated and the undated $209 billion are one fact"
    articles = {ev["article"] for v in agreements[0]["values"] for ev in v["evidence"]}
    assert articles == {"en", "fa"}


def test_a_different_undated_figure_is_still_no_conflict(tmp_path):
    story = edited(_BANK, "fa.md", "۲۰۹ میلیارد", "۱۷۵ میلیارد")
    found = findings_of(subfolder(tmp_path, "m"), story)
    assert not _assets(found, "conflict"), "a year's figure and an undated one may be of two times"
    assert not _assets(found, "agreement")
