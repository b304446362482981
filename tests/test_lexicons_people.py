"""Checks of the people and sources lexicons (``rules/people.yaml``, ``rules/sources/*``).

Cross-references to ``rules/roles`` and ``rules/countries`` are skipped while those families
are absent, so this file can run before they land.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.errors import RulesError
from checker.extract.base import WB_L, WB_R, phrase_pattern
from checker.normalize.common import fold
from checker.normalize.keys import match_key
from checker.rules import LANGS, Rules, data_root, load_rules

_SPACES = re.compile(r"\s+")


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="module")
def people(rules: Rules) -> dict[str, Any]:
    return rules.top("people")["people"]


def squash(phrase: str) -> str:
    """The folded phrase without spaces: the form two phrases collide in (spaces match ``\\s*``)."""
    return _SPACES.sub("", fold(phrase))


def lexicon_regex(phrases: list[str]) -> re.Pattern[str]:
    """The whole-word alternation the extractors build for ``phrases``."""
    return re.compile(f"{WB_L}(?:{phrase_pattern(phrases, fold)}){WB_R}")


def example_failures(name: str, phrases: list[str], examples: dict[str, list[str]]) -> list[str]:
    """Positive examples that do not match ``phrases`` and negative ones that do."""
    rx = lexicon_regex(phrases)
    bad = [
        f"{name}: positive {p!r} has no match" for p in examples.get("positive", []) if not rx.search(fold(p))
    ]
    for n in examples.get("negative", []):
        m = rx.search(fold(n))
        if m:
            bad.append(f"{name}: negative {n!r} matches {m.group(0)!r}")
    return bad


def alias_collisions(people: dict[str, Any], allowed: list[str]) -> dict[str, list[str]]:
    """``match_key`` → the people sharing it, for keys held by two or more people and not allowed."""
    owners: dict[str, set[str]] = defaultdict(set)
    for pid, person in people.items():
        for aliases in person["aliases"].values():
            for alias in aliases:
                owners[match_key(alias)].add(pid)
    ok = {match_key(a) for a in allowed}
    return {k: sorted(v) for k, v in owners.items() if len(v) > 1 and k not in ok}


def term(office: dict[str, Any]) -> tuple[date, date] | None:
    """The half-open ``[from, to)`` of a dated office; an open term runs to ``date.max``."""
    if not office.get("from"):
        return None
    end = office.get("to")
    return date.fromisoformat(office["from"]), date.fromisoformat(end) if end else date.max


def overlapping_terms(people: dict[str, Any], exclusive: set[str]) -> list[str]:
    """Two different people holding one exclusive (country, role) on the same day."""
    holders: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for pid, person in people.items():
        for office in person.get("offices", []):
            span = term(office)
            if span and office["role"] in exclusive:
                holders[(office["country"], office["role"])].append((*span, pid))
    found = []
    for (country, role), spans in holders.items():
        for (start_a, end_a, a), (start_b, end_b, b) in combinations(sorted(spans), 2):
            if a != b and start_b < end_a and start_a < end_b:
                found.append(f"{country} {role}: {a} and {b} overlap from {max(start_a, start_b)}")
    return found


def concept_ids(rules: Rules, family: str, key: str) -> set[str]:
    """Ids of ``rules/<family>/concepts.yaml``, or a skip while that family is not there yet."""
    ids = set(rules.concepts(family).get(key) or {})
    if not ids:
        pytest.skip(f"rules/{family}/concepts.yaml is not there yet")
    return ids


# --- helpers: each must be able to fail -----------------------------------------------------


def test_alias_collisions_finds_a_shared_key_and_honours_the_allow_list() -> None:
    people = {
        "a": {"aliases": {"fa": ["اسعد الشیبانی"], "ar": [], "en": []}},
        "b": {"aliases": {"fa": [], "ar": ["أسعد الشيباني"], "en": []}},
        "c": {"aliases": {"fa": ["لاوروف"], "ar": [], "en": []}},
    }
    assert alias_collisions(people, []) == {match_key("اسعد الشیبانی"): ["a", "b"]}
    assert alias_collisions(people, ["اسعد شیبانی"]) == {}


def test_overlapping_terms_finds_two_holders_of_one_exclusive_office() -> None:
    people = {
        "old": {
            "offices": [{"role": "president", "country": "SY", "from": "2000-07-17", "to": "2024-12-08"}]
        },
        "new": {"offices": [{"role": "president", "country": "SY", "from": "2024-12-01", "to": None}]},
        "vp": {"offices": [{"role": "vice_president", "country": "SY", "from": "2001-01-01", "to": None}]},
    }
    assert overlapping_terms(people, {"president"}) == ["SY president: old and new overlap from 2024-12-01"]
    people["new"]["offices"][0]["from"] = "2024-12-08"  # a handover on one day is not an overlap
    assert overlapping_terms(people, {"president"}) == []


def test_example_failures_reports_both_directions() -> None:
    bad = example_failures(
        "t", ["تاس"], {"positive": ["به گزارش تاس"], "negative": ["ابراز تأسف", "تاس گفت"]}
    )
    assert bad == ["t: negative 'تاس گفت' matches 'تاس'"]


# --- sources ---------------------------------------------------------------------------------


def test_sources_are_many_and_every_language_names_every_source(rules: Rules) -> None:
    ids = set(rules.concepts("sources")["sources"])
    assert len(ids) >= 60
    for lang in LANGS:
        named = set(rules.lang("sources", lang)["sources"])
        assert named - ids == set(), f"{lang}: unknown source ids"
        assert ids - named == set(), f"{lang}: sources with no {lang} name"


def test_source_parents_and_countries_exist(rules: Rules) -> None:
    sources = rules.concepts("sources")["sources"]
    for sid, s in sources.items():
        assert s.get("parent", sid) in sources, f"{sid}: unknown parent {s['parent']}"
    countries = concept_ids(rules, "countries", "countries")
    assert {s["country"] for s in sources.values()} - countries == set()


def test_no_source_name_belongs_to_two_sources(rules: Rules) -> None:
    # Persian and Arabic articles are searched with their own names plus the English ones.
    for lang in LANGS:
        owner: dict[str, str] = {}
        clashes = []
        for lg in dict.fromkeys((lang, "en")):
            for sid, names in rules.lang("sources", lg)["sources"].items():
                for name in names:
                    prev = owner.setdefault(squash(name), sid)
                    if prev != sid:
                        clashes.append(f"{lg} {name!r}: {prev} and {sid}")
        assert clashes == [], lang


def test_cues_are_unambiguous_and_never_end_inside_a_name(rules: Rules) -> None:
    for lang in LANGS:
        data = rules.lang("sources", lang)
        kinds: dict[str, str] = {}
        for kind, cues in data["cues"].items():
            for cue in cues:
                assert kinds.setdefault(squash(cue), kind) == kind, f"{lang} {cue!r} is two kinds of cue"
        names = [fold(n).split() for ns in data["sources"].values() for n in ns]
        assert set(kinds) & {"".join(n) for n in names} == set(), f"{lang}: a cue is also a name"
        for cue in (c for cues in data["cues"].values() for c in cues):
            # «وقالت وكالة» would end inside «وكالة الأنباء السورية» and hide the cue from it.
            last = fold(cue).split()[-1]
            assert all(n[0] != last for n in names), f"{lang} cue {cue!r} ends where a name begins"


def test_source_and_cue_examples(rules: Rules) -> None:
    failures = []
    for lang in LANGS:
        data = rules.lang("sources", lang)
        examples = data.get("examples", {})
        for sid, ex in examples.get("sources", {}).items():
            assert sid in data["sources"], f"{lang}: example for unknown source {sid}"
            failures += example_failures(f"{lang} {sid}", data["sources"][sid], ex)
        for kind, ex in examples.get("cues", {}).items():
            failures += example_failures(f"{lang} cue {kind}", data["cues"][kind], ex)
    assert failures == []
    assert sum(len(rules.lang("sources", lg).get("examples", {}).get("sources", {})) for lg in LANGS) >= 15


# --- people ----------------------------------------------------------------------------------

# Terms the brief fixes; a change here is a change of fact and must be reviewed as one.
REQUIRED_TERMS = [
    ("ahmed_al_sharaa", "president", "SY", "2025-01-29", None),
    ("bashar_al_assad", "president", "SY", "2000-07-17", "2024-12-08"),
    ("asaad_al_shaibani", "foreign_minister", "SY", "2024-12-21", None),
    ("murhaf_abu_qasra", "defense_minister", "SY", "2024-12-21", None),
    ("sergei_shoigu", "secretary_of_security_council", "RU", "2024-05-12", None),
    ("andrei_belousov", "defense_minister", "RU", "2024-05-14", None),
    ("vladimir_putin", "prime_minister", "RU", "2008-05-08", "2012-05-07"),
    ("abbas_araghchi", "foreign_minister", "IR", "2024-08-21", None),
    ("marco_rubio", "foreign_minister", "US", "2025-01-21", None),
    ("friedrich_merz", "chancellor", "DE", "2025-05-06", None),
    ("antonio_guterres", "un_secretary_general", "UN", "2017-01-01", None),
]


def test_people_are_many_with_aliases_in_every_language(people: dict[str, Any]) -> None:
    assert len(people) >= 60
    for pid, person in people.items():
        for lang in LANGS:
            assert any(fold(a).strip() for a in person["aliases"][lang]), f"{pid}: no {lang} alias"


@pytest.mark.parametrize(("pid", "role", "country", "start", "end"), REQUIRED_TERMS)
def test_required_terms(
    people: dict[str, Any], pid: str, role: str, country: str, start: str, end: str | None
) -> None:
    offices = people[pid]["offices"]
    assert {"role": role, "country": country, "from": start, "to": end} in offices


def test_undated_intelligence_chief_has_no_invented_dates(people: dict[str, Any]) -> None:
    assert people["hussein_al_salameh"]["offices"] == [{"role": "intelligence_chief", "country": "SY"}]


def test_office_dates_are_real_and_ordered(people: dict[str, Any]) -> None:
    for pid, person in people.items():
        for office in person.get("offices", []):
            for side in ("from", "to"):
                if office.get(side):
                    date.fromisoformat(office[side])  # the schema's pattern lets 2025-02-30 through
            span = term(office)
            assert span is None or span[0] < span[1], f"{pid}: {office} ends before it begins"


def test_one_person_never_holds_one_office_twice_at_once(people: dict[str, Any]) -> None:
    for pid, person in people.items():
        found = overlapping_terms(
            {f"{pid}#{i}": {"offices": [o]} for i, o in enumerate(person.get("offices", []))},
            {o["role"] for o in person.get("offices", [])},
        )
        assert found == [], pid


def test_exclusive_offices_have_one_holder_at_a_time(rules: Rules, people: dict[str, Any]) -> None:
    concepts = rules.concepts("roles").get("concepts") or {}
    if not concepts:
        pytest.skip("rules/roles/concepts.yaml is not there yet")
    exclusive = {rid for rid, c in concepts.items() if c.get("exclusive")}
    assert overlapping_terms(people, exclusive) == []


def test_office_roles_exist(rules: Rules, people: dict[str, Any]) -> None:
    roles = concept_ids(rules, "roles", "concepts")
    used = {o["role"] for p in people.values() for o in p.get("offices", [])}
    assert used - roles == set()


def test_people_countries_exist(rules: Rules, people: dict[str, Any]) -> None:
    countries = concept_ids(rules, "countries", "countries")
    used = {p["country"] for p in people.values()} | {
        o["country"] for p in people.values() for o in p.get("offices", [])
    }
    assert used - countries == set()


def test_no_alias_is_shared_by_two_people(rules: Rules, people: dict[str, Any]) -> None:
    allowed = rules.top("people").get("shared_aliases_ok", [])
    assert alias_collisions(people, allowed) == {}


def test_aliases_are_not_role_or_country_words(rules: Rules, people: dict[str, Any]) -> None:
    for lang in LANGS:
        roles = rules.lang("roles", lang).get("roles") or {}
        countries = rules.lang("countries", lang).get("countries") or {}
        if not roles or not countries:
            pytest.skip("rules/roles or rules/countries is not there yet")
        words = {squash(p) for r in roles.values() for p in r.get("phrases", [])}
        words |= {
            squash(p)
            for c in countries.values()
            for f in ("names", "adjectives", "capitals")
            for p in c.get(f) or []
        }
        clash = {a for p in people.values() for a in p["aliases"][lang] if squash(a) in words}
        assert clash == set(), lang


def test_people_examples(people: dict[str, Any]) -> None:
    failures = []
    for pid, person in people.items():
        if "examples" in person:
            aliases = [a for lang in LANGS for a in person["aliases"][lang]]
            failures += example_failures(pid, aliases, person["examples"])
    assert failures == []
    assert sum("examples" in p for p in people.values()) >= 20


# --- a broken file names itself and the place ------------------------------------------------


def copy_rules(dest: Path) -> Path:
    """A rules tree holding only this lexicon's files, so other families cannot mask the result."""
    src = data_root("rules")
    shutil.copytree(src / "sources", dest / "sources")
    shutil.copy(src / "people.yaml", dest / "people.yaml")
    return dest


def rewrite(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_copied_files_load(tmp_path: Path) -> None:
    loaded = load_rules(str(copy_rules(tmp_path / "good")))
    assert "asaad_al_shaibani" in loaded.top("people")["people"]


@pytest.mark.parametrize(
    ("file", "change", "place"),
    [
        (
            "people.yaml",
            lambda d: d["people"]["ahmed_al_sharaa"]["offices"][0].update({"from": "29/01/2025"}),
            "/people/ahmed_al_sharaa/offices/0/from",
        ),
        (
            "people.yaml",
            lambda d: d["people"]["sergei_lavrov"]["offices"][0].pop("to"),
            "/people/sergei_lavrov/offices/0",
        ),
        (
            "people.yaml",
            lambda d: d["people"]["faisal_mekdad"]["aliases"].pop("en"),
            "/people/faisal_mekdad/aliases",
        ),
        ("sources/fa.yaml", lambda d: d["sources"].update({"sana": "سانا"}), "/sources/sana"),
        (
            "sources/concepts.yaml",
            lambda d: d["sources"]["tass"].update({"kind": "blog"}),
            "/sources/tass/kind",
        ),
    ],
)
def test_a_broken_file_names_the_file_and_the_pointer(tmp_path: Path, file: str, change, place: str) -> None:
    root = copy_rules(tmp_path / "bad")
    rewrite(root / file, change)
    with pytest.raises(RulesError) as err:
        load_rules(str(root))
    assert err.value.code == "E003"
    assert f"{root / file}#{place}" in str(err.value)
