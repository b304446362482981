"""A lunar date with its weekday links as the one day the weekday names: the same occasion written
in the Hijri calendar is placed in time as its Gregorian twin is (comparisons keep the ±1 day).

Written for these tests from real reporting on Niger in July 2023: a rally in Niamey on Friday
28 July (10 Muharram 1445)."""

from __future__ import annotations

from datetime import date

from checker.align.events import _d, _weekday_pinned
from tests.helpers import extraction_apart

AR_HIJRI = " date 2023-07-29\nنيامي - شارك آلاف في احتجاج في نيامي يوم الجمعة 10 محرم 1445 هـ، بحسب الشرطة.\n"


def _window(tmp_path, name: str, text: str) -> tuple[date | None, date | None]:
    x = extraction_apart(tmp_path, name, text)
    m = next(m for m in x.mentions if m.earliest)
    return _weekday_pinned(x, m, _d(m.earliest), _d(m.latest))


def test_a_hijri_date_with_its_weekday_is_the_one_day_that_weekday_names(tmp_path):
    assert _window(tmp_path, "a.txt", AR_HIJRI) == (date(2023, 7, 28), date(2023, 7, 28))


def test_a_hijri_date_without_a_weekday_keeps_its_lunar_slack(tmp_path):
    """(a guard: the pin needs the weekday; with none the day may be any of three)"""
    text = AR_HIJRI.replace("يوم الجمعة ", "يوم ")
    assert _window(tmp_path, "b.txt", text) == (date(2023, 7, 27), date(2023, 7, 29))
