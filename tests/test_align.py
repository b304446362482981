"""Entity matching thresholds, tested on the seeds' name variants and on different people."""

from __future__ import annotations

import pytest

from checker.align.names import NameMatcher
from checker.normalize import match_key
from checker.rules import load_rules

SAME = [
    ("اسعد الشیبانی", "اسعد حسن الشیبانی"),
    ("اسعد الشیبانی", "اسعد شیبانی"),
    ("اسعد الشیبانی", "شبیانی"),
    ("ابوقصره", "ابو قصرة"),
    ("سرگئی لاوروف", "سرگی لاوروف"),
    ("سرگئی لاوروف", "سيرجي لافروف"),
    ("سرگئی شویگو", "سيرغي شويغو"),
    ("Sergei Lavrov", "Sergey Lavrov"),
]
DIFFERENT = [
    ("اسعد شیبانی", "فیصل مقداد"),
    ("سرگئی شویگو", "سرگئی لاوروف"),
    ("آندری بلوسوف", "سيرغي شويغو"),
    ("علی عباس", "عباس عراقچی"),
    ("حسین سلامه", "حسین امیرعبداللهیان"),
    ("مرهف ابوقصره", "علی عباس"),
]


@pytest.fixture(scope="module")
def matcher():
    return NameMatcher.from_rules(load_rules())


@pytest.mark.parametrize(("a", "b"), SAME)
def test_variants_are_one_person(matcher, a, b):
    assert matcher.same(match_key(a), match_key(b))


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people_stay_apart(matcher, a, b):
    assert not matcher.same(match_key(a), match_key(b))


def test_aliases_resolve_sharaa_and_jolani_to_one_entity():
    from checker.align.entities import resolve_entities
    from checker.extract.people import extract_people
    from tests.helpers import make_doc

    rules = load_rules()
    a = extract_people(make_doc("احمد الشرع رئیس جمهور سوریه در مسکو با پوتین دیدار کرد.", "fa"), rules)
    b = extract_people(make_doc("جولانی رئیس جمهور سوریه در مسکو با پوتین دیدار کرد.", "fa"), rules)
    ents = resolve_entities([*a, *b], rules)
    ids = {ents.entity(c) for c in [*a, *b] if c.type == "person_role"}
    assert ids == {"ahmed_al_sharaa"}
