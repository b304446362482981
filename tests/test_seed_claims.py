"""Issue acceptance on the seed corpus: the claims `checker claims seeds/` must contain.

These are the facts the seed articles state; each test looks them up by value and quotes.
"""

from __future__ import annotations

import pytest

from checker.pipeline import extract_corpus
from checker.rules import load_rules
from tests.helpers import SEEDS

S000, S001, S002, S003, S004 = (
    "000_9165c48caa1174e4",
    "001_393da0c5ffcd2c4c",
    "002_4212da3186e38a21",
    "003_23d814b1d62127e7",
    "004_7f8bfc129643d9e9",
)


@pytest.fixture(scope="module")
def claims():
    extractions, _ = extract_corpus([SEEDS])
    return {x.article.id: x.claims for x in extractions}


def _person_id(display: str) -> str:
    people = load_rules().top("people")["people"]
    return next(pid for pid, p in people.items() if p["display"] == display)


def _dates(claims, aid):
    return [(c.text, c.value) for c in claims[aid] if c.type == "date"]


def _has_date(claims, aid, surface, iso):
    return any(
        surface in text and (v["iso"] == iso or v["earliest"] == v["latest"] == iso)
        for text, v in _dates(claims, aid)
    )


@pytest.mark.parametrize(
    ("aid", "surface", "iso"),
    [
        (S001, "۱۵ اکتبر ۲۰۲۵", "2025-10-15"),
        (S001, "۲۳ مهر ۱۴۰۴", "2025-10-15"),
        (S001, "۸ دسامبر ۲۰۲۴", "2024-12-08"),
        (S001, "۱۸ آذر ۱۴۰۳", "2024-12-08"),
        (S004, "یکشنبه 18 آذر 1403", "2024-12-08"),
        (S002, "24.12.2025", "2025-12-24"),
        (S000, "۱۹۴۴", "1944"),
        (S000, "۱۹۹۳", "1993"),
    ],
)
def test_seed_dates(claims, aid, surface, iso):
    assert _has_date(claims, aid, surface, iso)


def test_004_weekday_is_consistent(claims):
    (v,) = [v for text, v in _dates(claims, S004) if "یکشنبه 18 آذر 1403" in text]
    assert v["weekday"] == "sunday" and v["weekday_ok"] is True


def _numbers(claims, aid):
    return [(c.text, c.value) for c in claims[aid] if c.type == "number"]


def test_000_hedged_numbers(claims):
    nums = _numbers(claims, S000)
    years = [v for t, v in nums if "بیش از ۸۰ سال" in t]
    assert years and years[0]["low"] == 80 and years[0]["high"] is None and not years[0]["low_inclusive"]
    assert years[0]["unit"] == "year"
    students = [v for t, v in nums if "بیش از چهار هزار جوان" in t]
    assert students and students[0]["low"] == 4000 and students[0]["high"] is None
    assert students[0]["unit"] == "student"


def test_003_percent_and_ordinal(claims):
    nums = _numbers(claims, S003)
    assert any("7 في المائة" in t and v["value"] == 7 and v["kind"] == "percent" for t, v in nums)
    assert any("الثمانين" in t and v["value"] == 80 and v["kind"] == "ordinal" for t, v in nums)


def _office(claims, aid):
    return {
        (c.value["person"], c.value["country"], c.value["role"])
        for c in claims[aid]
        if c.type == "person_role"
    }


@pytest.mark.parametrize(
    ("aid", "display", "country", "role"),
    [
        (S000, "Sergei Lavrov", "RU", "foreign_minister"),
        (S000, "Alexander Novak", "RU", "deputy_prime_minister"),
        (S000, "Maxim Oreshkin", "RU", "deputy_presidential_chief_of_staff"),
        (S000, "Yuri Ushakov", "RU", "presidential_aide"),
        (S000, "Andrei Belousov", "RU", "defense_minister"),
        (S000, "Igor Kostyukov", "RU", "military_intelligence_chief"),
        (S000, "Asaad Hassan al-Shaibani", "SY", "foreign_minister"),
        (S000, "Murhaf Abu Qasra", "SY", "defense_minister"),
        (S001, "Hussein al-Salameh", "SY", "intelligence_chief"),
        (S003, "Faisal Mekdad", "SY", "foreign_minister"),
        (S003, "Ali Mahmoud Abbas", "SY", "defense_minister"),
        (S003, "Sergei Shoigu", "RU", "defense_minister"),
    ],
)
def test_seed_office_holders(claims, aid, display, country, role):
    assert (_person_id(display), country, role) in _office(claims, aid)


def _chains(claims, aid):
    return {tuple(c.value["chain"]) for c in claims[aid] if c.type == "source"}


@pytest.mark.parametrize(
    ("aid", "chain"),
    [
        (S000, ("tabnak", "irna")),
        (S001, ("sana",)),
        (S002, ("sana",)),
        (S003, ("sana",)),
        (S002, ("anadolu",)),
        (S004, ("aran_news", "irna")),
        (S004, ("ria_novosti",)),
    ],
)
def test_seed_sources(claims, aid, chain):
    assert chain in _chains(claims, aid)


def test_every_claim_quotes_the_original_text(claims):
    extractions, _ = extract_corpus([SEEDS])
    for x in extractions:
        for c in x.claims:
            assert x.article.text[c.start : c.end] == c.text
