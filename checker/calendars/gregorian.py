"""The Gregorian calendar, with the same interface as :mod:`jalali` and :mod:`hijri`."""

from __future__ import annotations

import calendar as _stdcal
from datetime import date

from checker.calendars import CalendarDateError, CalendarRangeError

MIN_YEAR, MAX_YEAR = 1, 9999
MAX_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_year(y: int) -> None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise CalendarRangeError(f"Gregorian year {y} is outside {MIN_YEAR}-{MAX_YEAR}")


def to_gregorian(y: int, m: int, d: int) -> date:
    """The date itself, validated.

    Raises:
        CalendarDateError: e.g. 30 February.
        CalendarRangeError: year outside 1-9999.
    """
    _check_year(y)
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise CalendarDateError(f"{y:04d}-{m:02d}-{d:02d} is not a Gregorian date: {exc}") from None


def from_gregorian(day: date) -> tuple[int, int, int]:
    """``(year, month, day)`` of ``day``."""
    return day.year, day.month, day.day


def month_length(y: int, m: int) -> int:
    """Days in month ``m`` of year ``y``."""
    _check_year(y)
    if not 1 <= m <= 12:
        raise CalendarDateError(f"month {m} is not 1-12")
    return _stdcal.monthrange(y, m)[1]


def month_span(y: int, m: int) -> tuple[date, date]:
    """First and last day of month ``m`` of ``y``."""
    last = month_length(y, m)  # checks the year and the month first
    return date(y, m, 1), date(y, m, last)


def year_span(y: int) -> tuple[date, date]:
    """1 January .. 31 December of ``y``."""
    _check_year(y)
    return date(y, 1, 1), date(y, 12, 31)


def iso_day(value: str | None) -> date | None:
    """The day an ISO date or timestamp (``2025-12-24``, ``2025-12-24T10:00``) names, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
