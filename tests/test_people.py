"""Person-role extraction: YAML cases per language, including names missing from people.yaml."""

from __future__ import annotations

import pytest

from checker.extract.people import extract_people
from checker.rules import load_rules
from tests.helpers import case_id, load_cases, make_doc

CASES = load_cases("person_role_*.yaml")


@pytest.mark.parametrize("item", CASES, ids=[case_id(c) for c in CASES])
def test_person_role_case(item):
    _, lang, case = item
    doc = make_doc(case["text"], lang, case.get("reference_date"))
    claims = [c for c in extract_people(doc, load_rules()) if c.type == "person_role"]
    got = {(c.value["name"], c.value["role"], c.value["country"]) for c in claims}
    want = {(e["name"], e["role"], e["country"]) for e in case["expect"]}
    assert got == want
    for c in claims:
        assert case["text"][c.start : c.end] == c.text
        assert c.value["name"] in c.text
    for e in case["expect"]:
        if "person" in e:
            match = [c for c in claims if c.value["name"] == e["name"]]
            assert match and match[0].value["person"] == e["person"]


def test_unknown_name_has_match_key():
    doc = make_doc("کامران نوروزی وزیر خارجه ارمنستان به تهران سفر کرد.", "fa")
    (claim,) = [c for c in extract_people(doc, load_rules()) if c.type == "person_role"]
    assert claim.value["known"] is False
    assert claim.value["match_key"] == "کامران نوروزی"


def test_attendance_records_who_accompanied_whom():
    text = "اسعد الشیبانی وزیر خارجه و ابو قصره وزیر دفاع دولت موقت سوریه نیز جولانی را در این سفر همراهی میکنند."
    claims = [c for c in extract_people(make_doc(text, "fa"), load_rules()) if c.type == "attendance"]
    assert {c.value["relation"] for c in claims} == {"accompanied"}
    names = {c.value["name"] for c in claims}
    assert {"اسعد الشیبانی", "ابو قصره", "جولانی"} <= names
    shaibani = next(c for c in claims if c.value["name"] == "اسعد الشیبانی")
    assert "ahmed_al_sharaa" in shaibani.value["with"]


def _attendance(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    claims = [c for c in extract_people(make_doc(text, lang), load_rules()) if c.type == "attendance"]
    return {c.value["name"]: (c.value["relation"], c.value["person"]) for c in claims}


@pytest.mark.parametrize(
    ("lang", "text", "members"),
    [
        ("fa", "هیأتی متشکل از سمیر حداد و کریم ناصر وارد مسکو شد.", ["سمیر حداد", "کریم ناصر"]),
        (
            "en",
            "Putin met a delegation including Samir Haddad and Karim Nasser.",
            ["Samir Haddad", "Karim Nasser"],
        ),
        ("ar", "استقبل بوتين وفدا يضم سمير حداد وكريم ناصر.", ["سمير حداد", "كريم ناصر"]),
        ("fa", "پوتین به همراه سمیر حداد و کریم ناصر وارد شد.", ["سمیر حداد", "کریم ناصر"]),
        (
            "en",
            "The minister arrived with a delegation including Trade Minister Layla Mansour and Omar Khalil.",
            ["Layla Mansour", "Omar Khalil"],
        ),
    ],
)
def test_a_delegation_list_means_accompanied(lang, text, members):
    got = _attendance(text, lang)
    for name in members:
        assert got.get(name, (None,))[0] == "accompanied", got
    # the host named before the list is not one of its members
    assert all(rel != "accompanied" for name, (rel, _) in got.items() if name not in members), got


def test_a_delegation_headed_by_someone_is_not_a_list():
    got = _attendance("پوتین هیأتی به ریاست اسعد الشیبانی وزیر خارجه سوریه را به حضور پذیرفت.", "fa")
    assert got["اسعد الشیبانی"][0] != "accompanied"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وصل ماهر الشرع إلى موسكو والتقى بوتين."),
        ("en", "Maher al-Sharaa arrived in Moscow and met Putin."),
        ("fa", "ماهر الشرع وارد مسکو شد و با پوتین دیدار کرد."),
    ],
)
def test_a_one_word_alias_does_not_bind_inside_an_unknown_name(lang, text):
    people = {p for _, p in _attendance(text, lang).values()}
    assert "ahmed_al_sharaa" not in people
    assert "vladimir_putin" in people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقال الرئيس الشرع إن المحادثات جيدة، والتقى الشرع بوتين."),
        ("ar", "من جانبه، أشاد الشرع بالدور الروسي خلال لقاء مع بوتين."),
        ("en", "President al-Sharaa met Putin in Moscow."),
        ("fa", "احمد حسین الشرع با پوتین دیدار کرد."),
        ("fa", "پوتین و الشرع دیدار کردند."),
    ],
)
def test_a_one_word_alias_binds_after_a_word_that_is_no_given_name(lang, text):
    people = {p for _, p in _attendance(text, lang).values()}
    assert "ahmed_al_sharaa" in people


def test_a_role_records_its_complement():
    doc = make_doc("Karim Nasser, head of the Red Crescent, said 40 teams were sent.", "en")
    (c,) = [c for c in extract_people(doc, load_rules()) if c.type == "person_role"]
    assert c.value["scope"] == {"kind": "organization", "text": "Red Crescent"}
    doc = make_doc("سمیر حداد مشاور وزیر خارجه سوریه گفت مذاکرات مفید بود.", "fa")
    (c,) = [c for c in extract_people(doc, load_rules()) if c.type == "person_role"]
    assert (c.value["role"], c.value["scope"]["kind"], c.value["scope"]["role"]) == (
        "advisor",
        "role",
        "foreign_minister",
    )


def test_a_deputy_never_holds_the_office():
    doc = make_doc("وقال نائب وزير الصحة سامي حداد إن المستشفيات ممتلئة.", "ar")
    (c,) = [c for c in extract_people(doc, load_rules()) if c.type == "person_role"]
    assert c.value["role"] != "health_minister"


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        # a place's name of a word or two between the modifier and the role
        ("Former Jakarta governor Anies Baswedan came second.", "former"),
        ("The commission said former Central Java governor Ganjar Pranowo came third.", "former"),
        ("The late Jakarta governor Ali Sadikin was remembered.", "late"),
    ],
)
def test_a_modifier_of_time_before_a_place_and_its_role(text, modifier):
    """Indonesia's 2024 election: two former governors are no two holders of one office."""
    [claim] = [c for c in extract_people(make_doc(text, "en"), load_rules()) if c.type == "person_role"]
    assert modifier in claim.value["modifiers"]


def test_no_modifier_is_taken_across_a_conjunction():
    """ "the former minister and governor Anies Baswedan": "former" is the minister's; the
    governor, named after "and", is no former one."""
    text = "He met the former minister and governor Anies Baswedan in Jakarta."
    claims = {
        c.value["name"]: c
        for c in extract_people(make_doc(text, "en"), load_rules())
        if c.type == "person_role"
    }
    assert "former" not in claims["Anies Baswedan"].value["modifiers"]
