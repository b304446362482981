"""Calendars: Gregorian, Jalali (Solar Hijri) and lunar Hijri (Umm al-Qura), to and from ISO dates.

Every converter raises :class:`CalendarDateError` for a date that does not exist (30 Esfand in a
non-leap year, 31 Mehr, 30 February) and :class:`CalendarRangeError` for a date outside what its
library can convert (Hijri before 1343 or after 1500 AH). Both are :class:`CalendarError`, a
``ValueError``; extractors turn them into W201/W202 diagnostics, never into a silent ``None``.

>>> to_gregorian("jalali", 1404, 7, 23)
datetime.date(2025, 10, 15)
"""

from __future__ import annotations

from datetime import date


class CalendarError(ValueError):
    """A date cannot be converted."""


class CalendarDateError(CalendarError):
    """The date does not exist in its calendar (e.g. 31 Mehr)."""


class CalendarRangeError(CalendarError):
    """The date lies outside the range its calendar library supports."""


# The submodules import the error classes above, so they are imported after them.
from checker.calendars import gregorian, hijri, jalali  # noqa: E402

CALENDARS = ("gregorian", "jalali", "hijri")
_MODULES = {"gregorian": gregorian, "jalali": jalali, "hijri": hijri}


def _module(calendar: str):
    try:
        return _MODULES[calendar]
    except KeyError:
        raise CalendarError(f"unknown calendar {calendar!r}; expected one of {CALENDARS}") from None


def to_gregorian(calendar: str, y: int, m: int, d: int) -> date:
    """The Gregorian date of day ``d`` of month ``m`` of year ``y`` in ``calendar``.

    Raises:
        CalendarDateError: the date does not exist.
        CalendarRangeError: the date is outside the supported range.
    """
    return _module(calendar).to_gregorian(y, m, d)


def from_gregorian(calendar: str, day: date) -> tuple[int, int, int]:
    """``(year, month, day)`` of a Gregorian ``day`` in ``calendar``."""
    return _module(calendar).from_gregorian(day)


def year_span(calendar: str, year: int) -> tuple[date, date]:
    """First and last Gregorian day of ``year`` in ``calendar`` (Jalali 1403 → 2024-03-20..2025-03-20)."""
    return _module(calendar).year_span(year)


def month_span(calendar: str, year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of ``month`` of ``year`` in ``calendar``."""
    return _module(calendar).month_span(year, month)


def max_month_days(calendar: str, month: int) -> int:
    """The longest ``month`` can be in any year (31 Mehr is never valid; 30 Esfand sometimes is)."""
    return _module(calendar).MAX_MONTH_DAYS[month - 1]


def uncertainty_days(calendar: str) -> int:
    """How many days a converted date may be off by (the lunar Hijri depends on moon sighting)."""
    return getattr(_module(calendar), "UNCERTAINTY_DAYS", 0)


__all__ = [
    "CALENDARS",
    "CalendarDateError",
    "CalendarError",
    "CalendarRangeError",
    "from_gregorian",
    "max_month_days",
    "month_span",
    "to_gregorian",
    "uncertainty_days",
    "year_span",
]
