"""Number claims: the YAML cases, the rules' own examples, and properties of digits and hedges."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.base import Doc
from checker.extract.numbers import extract_numbers
from checker.model import Article, Claim
from checker.normalize import normalize
from checker.rules import Rules, schema_validator

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    lang: yaml.safe_load((ROOT / f"tests/cases/number_{lang}.yaml").read_text(encoding="utf-8"))
    for lang in ("fa", "ar", "en")
}
FAMILIES = ("numbers", "hedges", "units")
VALUE_KEYS = [
    "value",
    "low",
    "high",
    "low_inclusive",
    "high_inclusive",
    "hedge",
    "kind",
    "unit",
    "unit_text",
    "subject",
    "subject_key",
    "written",
]


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    """Only this extractor's rule families, so that other families being edited cannot break these tests."""
    root = tmp_path_factory.mktemp("rules")
    for family in FAMILIES:
        shutil.copytree(ROOT / "rules" / family, root / family)
    return Rules(root)


def make_doc(text: str, lang: str) -> Doc:
    norm = normalize(text)
    return Doc(
        article=Article(id="t", text=text, path="t"), lang=lang, norm=norm, sentences=[(0, len(norm.text))]
    )


def run(rules: Rules, text: str, lang: str, taken_surfaces: list[str] = ()) -> list[Claim]:
    doc = make_doc(text, lang)
    taken = []
    for surface in taken_surfaces:
        at = text.index(surface)
        taken.append((doc.norm.norm_index(at), doc.norm.norm_index(at + len(surface))))
    claims = extract_numbers(doc, rules, taken)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims


def _positive(lang: str) -> list[Any]:
    return [pytest.param(lang, case, id=f"{lang}-{i}") for i, case in enumerate(CASES[lang]["cases"])]


def _negative(lang: str) -> list[Any]:
    out = []
    for i, case in enumerate(CASES[lang]["negatives"]):
        case = case if isinstance(case, dict) else {"text": case}
        out.append(pytest.param(lang, case, id=f"{lang}-neg-{i}"))
    return out


@pytest.mark.parametrize(("lang", "case"), [p for lang in CASES for p in _positive(lang)])
def test_case(rules: Rules, lang: str, case: dict[str, Any]) -> None:
    claims = run(rules, case["text"], lang, case.get("taken", []))
    assert [c.text for c in claims] == [e["surface"] for e in case["expect"]]
    for claim, expect in zip(claims, case["expect"], strict=True):
        assert list(claim.value) == VALUE_KEYS
        for key, want in expect.items():
            if key == "surface":
                continue
            got = claim.rule if key == "rule" else claim.value[key]
            assert got == want, f"{key}: {got!r} != {want!r} in {claim.text!r}"


@pytest.mark.parametrize(("lang", "case"), [p for lang in CASES for p in _negative(lang)])
def test_negative(rules: Rules, lang: str, case: dict[str, Any]) -> None:
    assert [c.text for c in run(rules, case["text"], lang, case.get("taken", []))] == []


def test_case_files_are_big_enough() -> None:
    for lang, data in CASES.items():
        assert data["language"] == lang
        assert len(data["cases"]) >= 25 and len(data["negatives"]) >= 8


def _examples(rules: Rules, family: str) -> list[tuple[str, str, str, bool]]:
    out = []
    for lang in ("fa", "ar", "en"):
        table = rules.lang(family, lang).get(family) or {}
        for cid, entry in table.items():
            ex = entry.get("examples") or {}
            out += [(lang, cid, t, True) for t in ex.get("positive", [])]
            out += [(lang, cid, t, False) for t in ex.get("negative", [])]
    return out


def test_hedge_examples(rules: Rules) -> None:
    examples = _examples(rules, "hedges")
    assert len(examples) >= 30
    for lang, hedge, text, positive in examples:
        got = [c.value["hedge"] for c in run(rules, text, lang)]
        assert (hedge in got) == positive, (lang, hedge, text, got)


def test_unit_cue_examples(rules: Rules) -> None:
    examples = _examples(rules, "units")
    assert examples
    for lang, unit, text, positive in examples:
        got = [c.value["unit"] for c in run(rules, text, lang)]
        assert (unit in got) == positive, (lang, unit, text, got)


def test_claims_validate_against_the_claim_schema(rules: Rules) -> None:
    validator = schema_validator("claim.schema.json")
    for lang, data in CASES.items():
        for case in data["cases"]:
            doc = make_doc(case["text"], lang)
            for claim in extract_numbers(doc, rules):
                errors = [e.message for e in validator.iter_errors(claim.as_dict())]
                assert not errors, (claim.text, errors)


def test_seed_claims_are_exact_and_stable(rules: Rules) -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = "fa" if any(ch in text for ch in "پچژگ") else "ar"
        first = run(rules, text, lang)
        assert [c.id for c in first] == [c.id for c in run(rules, text, lang)]
        assert all(a.end <= b.start for a, b in itertools.pairwise(first))  # claims never overlap


LATIN = "0123456789"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = "٠١٢٣٤٥٦٧٨٩"


def _script(s: str, digits: str, group: str, decimal: str) -> str:
    return s.translate(str.maketrans(LATIN + ",.", digits + group + decimal))


def _grouped(n: int) -> str:
    return f"{n:,}"


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=10**9),
    frac=st.one_of(st.none(), st.integers(1, 99)),
    grouped=st.booleans(),
)
def test_same_number_in_every_script(rules: Rules, n: int, frac: int | None, grouped: bool) -> None:
    latin = (_grouped(n) if grouped else str(n)) + (f".{frac}" if frac else "")
    results = []
    for lang, template in (("fa", "حدود {} نفر کشته شدند"), ("ar", "نحو {} شخص"), ("en", "about {} people")):
        forms = [latin, _script(latin, PERSIAN, "٬", "٫"), _script(latin, ARABIC, "٬", "٫")]
        got = []
        for form in forms:
            claims = run(rules, template.format(form), lang)
            assert len(claims) == 1
            got.append((claims[0].start, claims[0].end, claims[0].value["value"], claims[0].value["low"]))
        assert got[0] == got[1] == got[2]
        results.append(got[0][2])
    want = n + (frac / 10 ** len(str(frac)) if frac else 0)
    assert all(v == pytest.approx(want) for v in results)


HEDGED = {
    "fa": {
        "more_than": "بیش از {} نفر",
        "less_than": "کمتر از {} نفر",
        "at_least": "دست‌کم {} نفر",
        "at_most": "حداکثر {} نفر",
        "about": "حدود {} نفر",
    },
    "ar": {
        "more_than": "أكثر من {} شخص",
        "less_than": "أقل من {} شخص",
        "at_least": "ما لا يقل عن {} شخص",
        "at_most": "بحد أقصى {} شخص",
        "about": "نحو {} شخص",
    },
    "en": {
        "more_than": "more than {} people",
        "less_than": "fewer than {} people",
        "at_least": "at least {} people",
        "at_most": "up to {} people",
        "about": "about {} people",
    },
}


def _contains(v: dict[str, Any], x: float) -> bool:
    lo_ok = v["low"] is None or v["low"] < x or (v["low_inclusive"] and v["low"] == x)
    hi_ok = v["high"] is None or x < v["high"] or (v["high_inclusive"] and v["high"] == x)
    return lo_ok and hi_ok


@settings(max_examples=100, deadline=None)
@given(x=st.integers(min_value=1, max_value=10**8), lang=st.sampled_from(["fa", "ar", "en"]))
def test_hedge_intervals_are_monotone(rules: Rules, x: int, lang: str) -> None:
    got = {}
    for hedge, template in HEDGED[lang].items():
        (claim,) = run(rules, template.format(x), lang)
        assert claim.value["hedge"] == hedge and claim.value["value"] == x
        got[hedge] = claim.value
    assert not _contains(got["more_than"], x) and _contains(got["more_than"], x + 1)
    assert not _contains(got["less_than"], x) and _contains(got["less_than"], x - 1)
    assert _contains(got["at_least"], x) and not _contains(got["at_least"], x - 1)
    assert _contains(got["at_most"], x) and not _contains(got["at_most"], x + 1)
    about = got["about"]
    assert (
        _contains(about, x)
        and about["low"] == pytest.approx(0.9 * x)
        and about["high"] == pytest.approx(1.1 * x)
    )
