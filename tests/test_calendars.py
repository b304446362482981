"""Calendar conversions: round trips (Hypothesis), fixed points, impossible and out-of-range dates."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import calendars
from checker.calendars import CalendarDateError, CalendarError, CalendarRangeError, hijri, jalali
from checker.extract.base import Doc
from checker.extract.dates import extract_dates
from checker.model import Article
from checker.normalize import normalize
from checker.rules import Rules

ROOT = Path(__file__).resolve().parent.parent
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@st.composite
def jalali_dates(draw: st.DrawFn, years: tuple[int, int] = (1, 3000)) -> tuple[int, int, int]:
    y = draw(st.integers(*years))
    m = draw(st.integers(1, 12))
    return y, m, draw(st.integers(1, jalali.month_length(y, m)))


@st.composite
def hijri_dates(draw: st.DrawFn) -> tuple[int, int, int]:
    y = draw(st.integers(hijri.MIN_YEAR, hijri.MAX_YEAR))
    m = draw(st.integers(1, 12))
    return y, m, draw(st.integers(1, hijri.month_length(y, m)))


@given(st.dates(min_value=date(622, 3, 22), max_value=date(3600, 12, 31)))
def test_jalali_round_trip_from_gregorian(day: date) -> None:
    assert jalali.to_gregorian(*jalali.from_gregorian(day)) == day


@given(jalali_dates())
def test_jalali_round_trip_from_jalali(ymd: tuple[int, int, int]) -> None:
    assert jalali.from_gregorian(calendars.to_gregorian("jalali", *ymd)) == ymd


@given(st.dates(min_value=date(1924, 8, 1), max_value=date(2077, 11, 16)))
def test_hijri_round_trip_from_gregorian(day: date) -> None:
    assert hijri.to_gregorian(*hijri.from_gregorian(day)) == day


@given(hijri_dates())
def test_hijri_round_trip_from_hijri(ymd: tuple[int, int, int]) -> None:
    assert hijri.from_gregorian(calendars.to_gregorian("hijri", *ymd)) == ymd


@given(st.sampled_from(["jalali", "hijri"]), st.data())
def test_consecutive_years_touch(calendar: str, data: st.DataObject) -> None:
    lo, hi = (1300, 1500) if calendar == "jalali" else (hijri.MIN_YEAR, hijri.MAX_YEAR - 1)
    y = data.draw(st.integers(lo, hi))
    first, last = calendars.year_span(calendar, y)
    assert calendars.year_span(calendar, y + 1)[0] == last + timedelta(days=1)
    assert 353 <= (last - first).days + 1 <= 366


@pytest.mark.parametrize(
    ("calendar", "ymd", "expected"),
    [
        ("jalali", (1404, 1, 1), date(2025, 3, 21)),
        ("jalali", (1403, 9, 18), date(2024, 12, 8)),
        ("jalali", (1404, 7, 23), date(2025, 10, 15)),
        ("jalali", (1403, 12, 30), date(2025, 3, 20)),  # 1403 is a leap year
        ("hijri", (1445, 9, 1), date(2024, 3, 11)),
        ("hijri", (1343, 1, 1), date(1924, 8, 1)),
        ("gregorian", (2024, 2, 29), date(2024, 2, 29)),
    ],
)
def test_fixed_points(calendar: str, ymd: tuple[int, int, int], expected: date) -> None:
    assert calendars.to_gregorian(calendar, *ymd) == expected
    assert calendars.from_gregorian(calendar, expected) == ymd


@pytest.mark.parametrize(
    ("calendar", "ymd"),
    [
        ("jalali", (1402, 12, 30)),  # 30 Esfand in a non-leap year
        ("jalali", (1404, 12, 30)),
        ("jalali", (1404, 7, 31)),  # Mehr has 30 days
        ("jalali", (1404, 13, 1)),
        ("gregorian", (2025, 2, 30)),
        ("gregorian", (2023, 2, 29)),
        ("hijri", (1445, 8, 30)),  # Sha'ban 1445 has 29 days
        ("hijri", (1445, 9, 31)),
    ],
)
def test_impossible_dates_raise(calendar: str, ymd: tuple[int, int, int]) -> None:
    with pytest.raises(CalendarDateError):
        calendars.to_gregorian(calendar, *ymd)


@pytest.mark.parametrize("year", [1342, 1501, 1, 1600])
def test_hijri_outside_umm_al_qura_raises_range_error(year: int) -> None:
    with pytest.raises(CalendarRangeError):
        calendars.to_gregorian("hijri", year, 1, 1)
    with pytest.raises(CalendarRangeError):
        calendars.year_span("hijri", year)


def test_range_errors_are_value_errors_and_gregorian_outside_range_too() -> None:
    with pytest.raises(CalendarRangeError):
        hijri.from_gregorian(date(1900, 1, 1))
    assert issubclass(CalendarRangeError, CalendarError) and issubclass(CalendarError, ValueError)
    assert issubclass(CalendarDateError, CalendarError)
    with pytest.raises(CalendarError, match="unknown calendar"):
        calendars.to_gregorian("julian", 2024, 1, 1)
    assert hijri.UNCERTAINTY_DAYS == 1
    assert calendars.uncertainty_days("jalali") == 0


def test_year_and_month_spans() -> None:
    assert calendars.year_span("jalali", 1403) == (date(2024, 3, 20), date(2025, 3, 20))
    assert calendars.year_span("gregorian", 1944) == (date(1944, 1, 1), date(1944, 12, 31))
    assert calendars.year_span("hijri", 1445) == (date(2023, 7, 19), date(2024, 7, 6))
    assert calendars.month_span("jalali", 1404, 7) == (date(2025, 9, 23), date(2025, 10, 22))
    assert calendars.max_month_days("jalali", 7) == 30 and calendars.max_month_days("jalali", 12) == 30


# --- the same date in Latin, Persian and Arabic-Indic digits ---------------------------------------


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    root = tmp_path_factory.mktemp("rules")
    for fam in ("months", "weekdays", "relative", "calendar_cues"):
        shutil.copytree(ROOT / "rules" / fam, root / fam)
    return Rules(root)


def _isos(text: str, lang: str, rules: Rules) -> list[str | None]:
    norm = normalize(text)
    doc = Doc(Article(id="t", text=text, path="t"), lang, norm, [(0, len(norm.text))])
    return [c.value["iso"] for c in extract_dates(doc, rules)]


@settings(max_examples=60, deadline=None)
@given(jalali_dates(years=(1300, 1499)), st.sampled_from(["{d} {month} {y}", "{y}/{m}/{d}"]))
def test_digits_in_any_script_give_the_same_jalali_date(
    rules: Rules, ymd: tuple[int, int, int], form: str
) -> None:
    y, m, d = ymd
    month = next(iter(rules.lang("months", "fa")["calendars"]["jalali"][m]))
    latin = form.format(d=d, m=m, y=y, month=month)
    expected = [calendars.to_gregorian("jalali", y, m, d).isoformat()]
    for digits in (None, PERSIAN_DIGITS, ARABIC_DIGITS):
        text = latin.translate(digits) if digits else latin
        assert _isos(text, "fa", rules) == expected, text


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(["ar", "fa"]))
def test_digits_in_any_script_give_the_same_gregorian_date(rules: Rules, day: date, lang: str) -> None:
    for form in ("{d}/{m}/{y}", "{d}.{m}.{y}"):
        latin = form.format(d=day.day, m=day.month, y=day.year)
        for digits in (None, PERSIAN_DIGITS, ARABIC_DIGITS):
            text = latin.translate(digits) if digits else latin
            assert _isos(text, lang, rules) == [day.isoformat()], text
