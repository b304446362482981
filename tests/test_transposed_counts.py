"""A running count that rose between two reports is no conflict, unless the later figure is the
earlier one with two neighbouring digits swapped (1,084 then 1,048, or 2,207 then 2,270): one
figure miswritten is likelier than a rise that lands on the same digits
(``findings.compare.transposed``). Only exact counts of four digits or more are read so.

The articles are written for the test, in our own words, from the reporting on the Marshall Fire
in Boulder County, Colorado, at the end of December 2021.
"""

from __future__ import annotations

from tests.helpers import edited, findings_of, md, subfolder

_FIRE = {
    "en.md": md(
        "en",
        "2021-12-31",
        "LOUISVILLE, Colorado, Dec 31 - A wind-driven wildfire swept through suburbs of Boulder County"
        " on Thursday, destroying 580 homes and forcing tens of thousands of people to flee, Governor"
        " Jared Polis said. Gusts reached 100 mph as the flames spread from grassland into Louisville"
        " and Superior.",
    ),
    "fa.md": md(
        "fa",
        "2022-01-02",
        "به گفته مقام‌های شهرستان بولدر در ایالت کلرادو، آتش‌سوزی روز پنجشنبه ۱۰۸۴ خانه را در شهرهای"
        " لوئیزویل و سوپریر ویران کرد. جرد پولیس، فرماندار کلرادو، این آتش‌سوزی را ویرانگرترین آتش‌سوزی"
        " تاریخ این ایالت خواند.",
    ),
    "ar.md": md(
        "ar",
        "2022-01-03",
        "قالت سلطات مقاطعة بولدر في ولاية كولورادو إن الحريق الذي اندلع يوم الخميس دمر 1048 منزلا في"
        " بلدتي لويزفيل وسوبيريور. ووصف حاكم الولاية جاريد بوليس الحريق بأنه الأكثر تدميرا في تاريخ"
        " كولورادو.",
    ),
}


def _homes(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["type"] == "conflict" and f["key"].startswith("buildings_damaged")]


def test_two_swapped_digits_in_a_running_count_conflict(tmp_path):
    found = _homes(findings_of(tmp_path, _FIRE))
    assert len(found) == 1
    assert "1,084" in found[0]["message"] and "1,048" in found[0]["message"]
    assert "580" not in found[0]["message"], "580 then 1,084 a day on is the count rising"
    assert "two neighbouring digits swapped" in found[0]["explanation"]


def test_a_count_that_rose_is_no_conflict(tmp_path):
    story = edited(_FIRE, "ar.md", "1048", "1091")
    assert not _homes(findings_of(subfolder(tmp_path, "m"), story))
