"""The date extractor against the case files tests/cases/date_{fa,ar,en}.yaml and the lexicon examples.

Each case gives a text, a fixed reference date and exactly the claims expected; a case with
``expect: []`` must yield nothing. Only the four rules families the extractor reads are loaded
(copied into a temporary root), so the test does not depend on other lexicons being complete.
"""

from __future__ import annotations

import itertools
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import RulesError
from checker.extract.base import Doc
from checker.extract.dates import extract_dates
from checker.model import Article, Claim
from checker.normalize import normalize
from checker.rules import Rules

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
FAMILIES = ("months", "weekdays", "relative", "calendar_cues")
LANGS = ("fa", "ar", "en")
VALUE_KEYS = {"iso", "precision", "earliest", "latest", "calendar", "original", "weekday", "weekday_ok",
              "relative", "marker"}  # fmt: skip
OPTIONAL_KEYS = {"range"}  # only a date that opens or closes a period has it


def make_rules(root: Path) -> Rules:
    """A Rules object over a copy of the date families only."""
    for fam in FAMILIES:
        shutil.copytree(ROOT / "rules" / fam, root / fam)
    return Rules(root)


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    return make_rules(tmp_path_factory.mktemp("rules"))


def make_doc(text: str, lang: str, reference_date: date | None = None) -> Doc:
    """The Doc a pipeline would build, with the whole text as one sentence."""
    norm = normalize(text)
    return Doc(
        article=Article(id="t", text=text, path="t"),
        lang=lang,
        norm=norm,
        sentences=[(0, len(norm.text))],
        reference_date=reference_date,
    )


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def load_cases() -> list[Any]:
    params = []
    for lang in LANGS:
        data = yaml.safe_load((CASES / f"date_{lang}.yaml").read_text(encoding="utf-8"))
        assert data["language"] == lang
        for i, case in enumerate(data["cases"]):
            params.append(pytest.param(lang, case, id=f"{lang}-{i:02d}-{case['text'][:24]}"))
    return params


def observed(claim: Claim, name: str) -> Any:
    """The claim's value for an expectation key of a case file."""
    if name == "flags":
        return list(claim.flags)
    if name == "rule":
        return claim.rule
    if name == "relation":
        return (claim.value["relative"] or {}).get("relation")
    return claim.value[name]


@pytest.mark.parametrize(("lang", "case"), load_cases())
def test_case(rules: Rules, lang: str, case: dict[str, Any]) -> None:
    assert "reference_date" in case, "every case states its reference date (or null)"
    text = case["text"]
    doc = make_doc(text, lang, as_date(case["reference_date"]))
    claims = extract_dates(doc, rules)
    expected = case["expect"]
    assert [c.text for c in claims] == [e["text"] for e in expected]
    for claim, exp in zip(claims, expected, strict=True):
        assert text[claim.start : claim.end] == claim.text
        assert claim.type == "date" and claim.key == "date"
        assert VALUE_KEYS <= set(claim.value) <= VALUE_KEYS | OPTIONAL_KEYS
        for name, want in exp.items():
            if name != "text":
                assert observed(claim, name) == want, f"{claim.text}: {name}"
    assert sorted(d.code for d in doc.diagnostics) == sorted(case.get("diagnostics", []))


def test_case_files_are_large_enough() -> None:
    for lang in LANGS:
        cases = yaml.safe_load((CASES / f"date_{lang}.yaml").read_text(encoding="utf-8"))["cases"]
        positive = [c for c in cases if c["expect"]]
        negative = [c for c in cases if not c["expect"]]
        assert len(positive) >= 25 and len(negative) >= 8, lang


def lexicon_examples() -> list[Any]:
    """Every ``examples`` block of the date lexicons (file level and relative entries)."""
    params = []
    for fam in FAMILIES:
        for lang in LANGS:
            data = yaml.safe_load((ROOT / "rules" / fam / f"{lang}.yaml").read_text(encoding="utf-8"))
            blocks = [data.get("examples") or {}]
            blocks += [e.get("examples") or {} for e in (data.get("relative") or {}).values()]
            for block in blocks:
                for kind in ("positive", "negative"):
                    for text in block.get(kind, []):
                        params.append(pytest.param(lang, kind, text, id=f"{fam}-{lang}-{kind}-{text[:20]}"))
    return params


@pytest.mark.parametrize(("lang", "kind", "text"), lexicon_examples())
def test_lexicon_examples(rules: Rules, lang: str, kind: str, text: str) -> None:
    claims = extract_dates(make_doc(text, lang, date(2025, 10, 15)), rules)
    if kind == "positive":
        assert claims, f"no date found in {text!r}"
    else:
        assert not claims, f"unexpected {[c.text for c in claims]} in {text!r}"


def test_claims_are_sorted_json_and_spans_exact(rules: Rules) -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        lang = "ar" if body.count("ي") > body.count("ی") else "fa"  # Arabic yeh vs Persian yeh
        claims = extract_dates(make_doc(body, lang, date(2025, 10, 15)), rules)
        assert claims, path.name
        assert [c.start for c in claims] == sorted(c.start for c in claims)
        for c in claims:
            assert body[c.start : c.end] == c.text
            json.dumps(c.value)


def test_day_month_year_is_one_claim_not_also_a_year(rules: Rules) -> None:
    claims = extract_dates(make_doc("در ۸ دسامبر سال ۲۰۲۴ رخ داد", "fa"), rules)
    assert [(c.text, c.value["iso"]) for c in claims] == [("۸ دسامبر سال ۲۰۲۴", "2024-12-08")]


def test_tables_are_chosen_by_language(rules: Rules) -> None:
    # «آذر» is the 9th Jalali month in Persian; «آذار» is March in Arabic.
    fa = extract_dates(make_doc("۱۸ آذر ۱۴۰۳", "fa"), rules)
    ar = extract_dates(make_doc("18 آذار 2024", "ar"), rules)
    assert (fa[0].value["calendar"], fa[0].value["iso"]) == ("jalali", "2024-12-08")
    assert (ar[0].value["calendar"], ar[0].value["iso"]) == ("gregorian", "2024-03-18")


def test_unknown_language_yields_nothing(rules: Rules) -> None:
    assert extract_dates(make_doc("15 October 2025, in 1944", "tr"), rules) == []


def test_ambiguous_month_phrase_in_two_months_is_refused(tmp_path: Path) -> None:
    make_rules(tmp_path)
    path = tmp_path / "months" / "en.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["calendars"]["gregorian"][6].append("May")
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesError, match="two meanings"):
        extract_dates(make_doc("5 May 2024", "en"), Rules(tmp_path))


def test_month_table_missing_a_month_fails_schema(tmp_path: Path) -> None:
    make_rules(tmp_path)
    path = tmp_path / "months" / "fa.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["calendars"]["jalali"][12]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        Rules(tmp_path)
    assert "months/fa.yaml#/calendars/jalali" in str(err.value)


PIECES = [
    "۱۵", "23", "٨", "۱۴۰۴", "2025", "١٤٤٥", "/", ".", "-", " ", "  ", "\u200c", "ـ", "،", ",",
    "اکتبر", "مهر", "مهرماه", "آذر", "آذار", "كانون الأول", "رمضان", "هـ", "October", "May", "may",
    "سال", "عام", "in", "since", "تا", "از", "منذ", "روز", "عصر", "یکشنبه", "پنجشنبه", "الأربعاء",
    "Sunday", "دیروز", "العام الماضي", "last year", "میلادی", "هجری قمری", "AH", "x", "ab",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=14),
    st.sampled_from(LANGS),
    st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2070, 1, 1))),
)
def test_any_mix_of_date_words_gives_exact_ordered_spans(
    rules: Rules, pieces: list[str], lang: str, ref: date | None
) -> None:
    text = "".join(pieces)
    doc = make_doc(text, lang, ref)
    claims = extract_dates(doc, rules)
    for a, b in itertools.pairwise(claims):
        assert a.end <= b.start
    for c in claims:
        assert text[c.start : c.end] == c.text and c.text.strip() == c.text
        assert VALUE_KEYS <= set(c.value) <= VALUE_KEYS | OPTIONAL_KEYS
        json.dumps(c.value)
        if c.value["earliest"] is not None:
            assert c.value["earliest"] <= c.value["latest"]
    assert all(d.code in {"W201", "W202", "W204", "W205"} for d in doc.diagnostics)


@pytest.mark.parametrize(
    ("text", "lang", "code", "surface"),
    [
        ("جلسه در ۳۰ اسفند ۱۴۰۲ برگزار شد.", "fa", "W201", "۳۰ اسفند ۱۴۰۲"),
        ("ولد في 1 صفر 1300 هـ.", "ar", "W202", "1 صفر 1300 هـ"),
        ("The meeting on Monday, 15 October 2025 was brief.", "en", "W205", "Monday, 15 October 2025"),
    ],
)
def test_diagnostics_name_the_surface(rules: Rules, text: str, lang: str, code: str, surface: str) -> None:
    doc = make_doc(text, lang)
    extract_dates(doc, rules)
    assert [d.code for d in doc.diagnostics] == [code]
    assert f"\u2068{surface}\u2069" in doc.diagnostics[0].message
