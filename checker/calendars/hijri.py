"""The lunar Hijri calendar (Umm al-Qura) through ``hijridate``, valid for 1343-1500 AH.

Lunar months start with a moon sighting that differs by country and by a day, so a converted
date is uncertain by :data:`UNCERTAINTY_DAYS`.

>>> to_gregorian(1445, 9, 1)
datetime.date(2024, 3, 11)
"""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from checker.calendars import CalendarDateError, CalendarRangeError

MIN_YEAR, MAX_YEAR = 1343, 1500
UNCERTAINTY_DAYS = 1
MAX_MONTH_DAYS = (30,) * 12


def _check(y: int, m: int) -> None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise CalendarRangeError(f"Hijri year {y} is outside the Umm al-Qura range {MIN_YEAR}-{MAX_YEAR}")
    if not 1 <= m <= 12:
        raise CalendarDateError(f"Hijri month {m} is not 1-12")


def _plain(g: date) -> date:
    # hijridate returns its own date subclass; hand back a plain date.
    return date(g.year, g.month, g.day)


def to_gregorian(y: int, m: int, d: int) -> date:
    """Gregorian date of Hijri ``y/m/d`` (±:data:`UNCERTAINTY_DAYS`).

    Raises:
        CalendarDateError: e.g. 30 of a 29-day month.
        CalendarRangeError: year outside 1343-1500.
    """
    _check(y, m)
    try:
        return _plain(Hijri(y, m, d).to_gregorian())
    except OverflowError as exc:
        raise CalendarRangeError(str(exc)) from None
    except ValueError as exc:
        raise CalendarDateError(f"{y}/{m}/{d} is not a Hijri date: {exc}") from None


def from_gregorian(day: date) -> tuple[int, int, int]:
    """Hijri ``(year, month, day)`` of a Gregorian ``day``.

    Raises:
        CalendarRangeError: ``day`` is outside 1924-08-01 .. 2077-11-16.
    """
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except OverflowError as exc:
        raise CalendarRangeError(str(exc)) from None
    return h.year, h.month, h.day


def month_length(y: int, m: int) -> int:
    """Days (29 or 30) in Hijri month ``m`` of year ``y``."""
    _check(y, m)
    return Hijri(y, m, 1).month_length()


def month_span(y: int, m: int) -> tuple[date, date]:
    """First and last Gregorian day of Hijri month ``m`` of ``y`` (without the uncertainty)."""
    first = to_gregorian(y, m, 1)
    return first, first + timedelta(days=month_length(y, m) - 1)


def year_span(y: int) -> tuple[date, date]:
    """First and last Gregorian day of Hijri year ``y`` (without the uncertainty)."""
    return to_gregorian(y, 1, 1), month_span(y, 12)[1]
