"""An earlier occasion the reports recall, dated with a slip, is still compared.

- A year after the report's own, told as past ("In 2027, floods … killed 81 people" in a report of
  2024), dates no occasion the report tells of: it is the recalled one, dated with a slip, and its
  date meets the other reports' date for it (mentions ``_year_told_past_ahead``).
- Two reports that recall one earlier occasion of a kind with tolls whose intervals meet ("more
  than 80 people" and «۸۱ نفر») recall one occasion, however they date it (align/events
  ``_counts_meet``).

Found on the benchmark (session 48): a recalled year changed to one after the publication, or a
recall dated differently with a hedged toll, met nothing. The articles are written for the test,
in our own words, from the reporting on the Valencia floods of 29 October 2024, which recalled the
great flood of 1957.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, md, subfolder

_FLOODS = {
    "en.md": md(
        "en",
        "2024-10-31",
        "VALENCIA, Oct 31 - Flash floods killed at least 95 people in the Valencia region of eastern Spain on"
        " Tuesday, the regional government said. It is the country's deadliest flood in decades. In 1957, a"
        " flood of the Turia river in Valencia killed 81 people.",
    ),
    "fa.md": md(
        "fa",
        "2024-10-31",
        "سیل ناگهانی روز سه‌شنبه ۸ آبان ۱۴۰۳ در منطقه والنسیا در شرق اسپانیا دست‌کم ۹۵ کشته بر جا گذاشت."
        " در سال ۱۹۵۷ نیز سیل رودخانه توریا در والنسیا ۸۱ نفر را به کام مرگ کشاند.",
    ),
}


def _dated_apart(found: list[dict], a: str, b: str) -> bool:
    return any(a in f["message"] and b in f["message"] for f in found)


def test_a_recalled_year_after_the_report_is_a_slip(tmp_path):
    assert not conflicts_coded(tmp_path, _FLOODS, "CF02")
    story = edited(_FLOODS, "en.md", "In 1957,", "In 2027,")
    assert _dated_apart(conflicts_coded(subfolder(tmp_path, "m"), story, "CF02"), "1957", "2027")


def test_a_year_to_come_in_a_plan_is_no_recalled_occasion(tmp_path):
    """ "will be rebuilt by 2027" is a plan: no slip, no conflict (a guard)."""
    story = edited(
        _FLOODS,
        "en.md",
        "In 1957, a flood of the Turia river in Valencia killed 81 people.",
        "The bridges will be rebuilt by 2027, officials said.",
    )
    assert not conflicts_coded(tmp_path, story, "CF02")


def test_a_hedged_toll_and_an_exact_one_recall_one_flood(tmp_path):
    story = edited(
        _FLOODS,
        "en.md",
        "In 1957, a flood of the Turia river in Valencia killed 81 people.",
        "In 1957, a flood of the Turia river in Valencia killed more than 80 people.",
    )
    assert not conflicts_coded(tmp_path, story, "CF02")
    slipped = edited(story, "fa.md", "در سال ۱۹۵۷", "در سال ۱۹۶۲")
    assert _dated_apart(conflicts_coded(subfolder(tmp_path, "m"), slipped, "CF02"), "1957", "1962")


_FIRE = {
    "en.md": md(
        "en",
        "2023-08-14",
        "LAHAINA, Hawaii - The wildfire on Maui has killed at least 96 people, officials said. It has"
        " surpassed the 2018 Camp Fire in California, which killed 85 people.",
    ),
    "fa.md": md(
        "fa",
        "2023-08-14",
        "شمار قربانیان آتش‌سوزی جزیره مائوی در هاوایی به دست‌کم ۹۶ نفر رسید. این آتش‌سوزی از آتش‌سوزی «کمپ» در"
        " کالیفرنیا در سال ۲۰۱۸ که ۸۵ کشته برجا گذاشت مرگبارتر است.",
    ),
}


def test_a_slipped_year_keeps_its_toll_with_the_recalled_fire(tmp_path):
    """In a report that does not date its own fire, the recalled fire's toll stays the recalled
    fire's when its year is after the report's (frames ``_facet_of_main``)."""
    assert not conflicts_coded(tmp_path, _FIRE, "CF02")
    story = edited(_FIRE, "en.md", "the 2018 Camp Fire", "the 2025 Camp Fire")
    assert _dated_apart(conflicts_coded(subfolder(tmp_path, "m"), story, "CF02"), "2018", "2025")
