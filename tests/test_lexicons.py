"""Role and country lexicons: completeness, cross-references, collisions, examples, broken files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.errors import RulesError
from checker.extract.base import WB_L, WB_R, phrase_pattern
from checker.normalize import fold
from checker.rules import LANGS, Rules, load_rules

REPO = Path(__file__).resolve().parent.parent
RULES = REPO / "rules"
# Families the lexicon tests read; copied alone so that other families being edited cannot break them.
FAMILIES = ("roles", "countries", "morphology")


def words(text: str) -> list[str]:
    """Ids written as one string (easier to read than a long list literal)."""
    return text.split()


REQUIRED_ROLES = words("""
president vice_president prime_minister deputy_prime_minister first_deputy_prime_minister chancellor
foreign_minister deputy_foreign_minister defense_minister interior_minister finance_minister
economy_minister oil_minister energy_minister justice_minister health_minister education_minister
minister intelligence_chief military_intelligence_chief chief_of_staff presidential_chief_of_staff
deputy_presidential_chief_of_staff presidential_aide advisor spokesperson ambassador envoy
speaker_of_parliament member_of_parliament supreme_leader king emir crown_prince governor mayor
central_bank_governor army_commander general un_secretary_general secretary_of_security_council
head_of_state_media counterpart
""")
EXCLUSIVE = words("""
president prime_minister foreign_minister defense_minister interior_minister intelligence_chief
chief_of_staff presidential_chief_of_staff speaker_of_parliament supreme_leader king emir crown_prince
central_bank_governor un_secretary_general chancellor
""")
NOT_EXCLUSIVE = words("""
deputy_prime_minister deputy_foreign_minister presidential_aide advisor ambassador spokesperson envoy
member_of_parliament minister general counterpart vice_president
""")
G20 = words("AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US EU")
ARAB_LEAGUE = words("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE")
# Neighbours of Iran, Syria, Turkey, Russia and Ukraine, the Caucasus and Central Asia.
NEIGHBOURS = words("""
AF PK TM AZ AM IQ TR KZ OM AE QA BH KW SA IL LB JO GR BG GE NO FI EE LV LT PL BY UA CN MN KP
SK HU RO MD KG TJ UZ
""")
EU_STATES = words("DE FR IT ES NL BE PL SE AT PT GR CZ IE DK FI HU RO BG SK CY HR LU SI")


def _copy(dst: Path, families=FAMILIES, extra: tuple[str, ...] = ()) -> Path:
    for family in families:
        shutil.copytree(RULES / family, dst / family)
    for name in extra:
        src = RULES / name
        if src.is_dir():
            shutil.copytree(src, dst / name)
        elif src.exists():
            shutil.copy(src, dst / name)
    return dst


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    return load_rules(str(_copy(tmp_path_factory.mktemp("rules"))))


def squash(phrase: str) -> str:
    """The form two phrases must not share: folded, without spaces (a space matches none)."""
    return re.sub(r"\s+", "", fold(phrase))


def role_phrases(rules: Rules, lang: str) -> list[tuple[str, str]]:
    return [(p, rid) for rid, e in rules.lang("roles", lang)["roles"].items() for p in e["phrases"]]


def country_phrases(rules: Rules, lang: str) -> list[tuple[str, str]]:
    table = rules.lang("countries", lang)["countries"]
    return [
        (p, cc)
        for cc, e in table.items()
        for f in ("names", "adjectives", "capitals")
        for p in e.get(f) or []
    ]


def _compile(rules: Rules, lang: str, phrases: list[str]) -> re.Pattern[str]:
    """The phrases as the extractors match them: word-bounded, with one optional proclitic."""
    clitics = "".join(fold(c) for c in rules.lang("morphology", lang).get("proclitics") or [])
    prefix = f"(?:[{re.escape(clitics)}](?=\\w{{2}}))?" if clitics else ""
    return re.compile(f"{WB_L}{prefix}(?:{phrase_pattern(phrases, fold)}){WB_R}")


_TABLES: dict[tuple[int, str, str], tuple[re.Pattern[str], dict[str, str], str]] = {}


def _table(rules: Rules, lang: str, family: str) -> tuple[re.Pattern[str], dict[str, str], str]:
    """The whole-language regex of a family, its squashed phrase → id map and the proclitics (cached)."""
    key = (id(rules), lang, family)
    if key not in _TABLES:
        entries = role_phrases(rules, lang) if family == "roles" else country_phrases(rules, lang)
        ids: dict[str, str] = {}
        for phrase, cid in entries:
            ids.setdefault(squash(phrase), cid)
        clitics = "".join(fold(c) for c in rules.lang("morphology", lang).get("proclitics") or [])
        _TABLES[key] = (_compile(rules, lang, [p for p, _ in entries]), ids, clitics)
    return _TABLES[key]


def _ids_found(rules: Rules, lang: str, family: str, text: str) -> set[str | None]:
    """Ids the whole-language table yields on ``text`` (the longest phrase wins, as in extraction)."""
    regex, ids, clitics = _table(rules, lang, family)
    found = set()
    for m in regex.finditer(fold(text)):
        key = re.sub(r"\s+", "", m.group(0))
        found.add(ids.get(key) or (ids.get(key[1:]) if key[:1] and key[:1] in clitics else None))
    return found


def _collisions(entries: list[tuple[str, str]]) -> list[str]:
    seen: dict[str, tuple[str, str]] = {}
    out = []
    for phrase, cid in entries:
        key = squash(phrase)
        if key in seen and seen[key][1] != cid:
            out.append(f"{phrase!r} is {cid} and {seen[key][1]} ({seen[key][0]!r})")
        seen.setdefault(key, (phrase, cid))
    return out


def test_role_concepts_cover_the_required_offices(rules: Rules) -> None:
    concepts = rules.concepts("roles")["concepts"]
    assert len(concepts) >= 45
    assert sorted(set(REQUIRED_ROLES) - set(concepts)) == []
    assert [r for r in EXCLUSIVE if not concepts[r]["exclusive"]] == []
    assert [r for r in NOT_EXCLUSIVE if concepts[r]["exclusive"]] == []
    assert concepts["counterpart"]["kind"] == "relation"
    assert {c["deputy_of"] for c in concepts.values() if "deputy_of" in c} <= set(concepts)


def test_an_occasions_office_names_event_types_the_rules_have() -> None:
    """``event_types`` of a role (rules/roles) are types of rules/events, and only with ``per_event``."""
    every = load_rules()
    concepts = every.concepts("roles")["concepts"]
    types = set(every.concepts("events")["types"])
    named = {t for c in concepts.values() for t in c.get("event_types") or ()}
    assert named and named <= types
    assert [r for r, c in concepts.items() if c.get("event_types") and not c.get("per_event")] == []


def test_a_bodys_head_office_is_an_exclusive_office_of_its_country() -> None:
    """``head_office`` of an organization (rules/organizations) is an exclusive role of rules/roles,
    and the body has a country to hold it in."""
    every = load_rules()
    roles = every.concepts("roles")["concepts"]
    bodies = every.concepts("organizations")["organizations"]
    held = {k: b for k, b in bodies.items() if b.get("head_office")}
    assert held
    for key, body in held.items():
        assert roles.get(body["head_office"], {}).get("exclusive") and body.get("country"), key


@pytest.mark.parametrize("lang", LANGS)
def test_every_role_concept_has_phrases_in_every_language(rules: Rules, lang: str) -> None:
    concepts = set(rules.concepts("roles")["concepts"])
    table = rules.lang("roles", lang)
    assert table["language"] == lang
    assert sorted(concepts - set(table["roles"])) == [], f"roles/{lang}.yaml lacks these concepts"
    assert sorted(set(table["roles"]) - concepts) == [], f"roles/{lang}.yaml has ids unknown to concepts.yaml"


def test_countries_cover_the_required_states(rules: Rules) -> None:
    countries = rules.concepts("countries")["countries"]
    # A bare NO in YAML 1.1 is the boolean false: every id must stay a two-letter string.
    assert all(isinstance(cc, str) and re.fullmatch(r"[A-Z]{2}", cc) for cc in countries)
    assert len(set(countries) - {"EU", "UN"}) >= 90
    required = set(G20 + ARAB_LEAGUE + NEIGHBOURS + EU_STATES + ["UN"])
    assert sorted(required - set(countries)) == []
    assert countries["EU"]["kind"] == "bloc" and countries["UN"]["kind"] == "organization"


@pytest.mark.parametrize("lang", LANGS)
def test_every_country_is_named_in_every_language(rules: Rules, lang: str) -> None:
    concepts = set(rules.concepts("countries")["countries"])
    table = rules.lang("countries", lang)
    assert table["language"] == lang
    assert all(isinstance(cc, str) for cc in table["countries"])
    assert sorted(concepts - set(table["countries"])) == [], f"countries/{lang}.yaml lacks these countries"
    assert sorted(set(table["countries"]) - concepts) == [], f"countries/{lang}.yaml has unknown ids"
    assert table["anaphora"], "anaphora are needed to resolve «این کشور»"


def test_collision_check_reports_a_shared_phrase() -> None:
    """«وزیرخارجه» and «وزیر خارجه» are one phrase once spaces stop counting."""
    shared = [("وزیر خارجه", "foreign_minister"), ("وزیرخارجه", "minister"), ("وزیر", "minister")]
    assert len(_collisions(shared)) == 1
    assert _collisions([("وزیر خارجه", "foreign_minister"), ("وزير خارجه", "foreign_minister")]) == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_phrase_belongs_to_two_roles(rules: Rules, lang: str) -> None:
    assert _collisions(role_phrases(rules, lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_phrase_belongs_to_two_countries(rules: Rules, lang: str) -> None:
    assert _collisions(country_phrases(rules, lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_modifier_classes_do_not_overlap(rules: Rules, lang: str) -> None:
    mods = rules.lang("roles", lang)["modifiers"]
    assert {"former", "acting", "interim", "counterpart"} <= set(mods)
    assert _collisions([(p, kind) for kind, ps in mods.items() for p in ps]) == []
    assert rules.lang("roles", lang)["honorifics"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_role_carries_examples(rules: Rules, lang: str) -> None:
    bare = [
        rid
        for rid, e in rules.lang("roles", lang)["roles"].items()
        if not (e.get("examples") or {}).get("positive")
    ]
    assert bare == []


def _example_failures(rules: Rules, lang: str, family: str) -> list[str]:
    """Positive: the entry's own phrases match, and the whole table yields the id (longest wins).

    Negative: the whole table does not yield the id. Judged on the whole table, not on the entry's
    own phrases alone, because the most telling negatives contain the phrase inside a longer one:
    «معاون وزیر خارجه» is a deputy, not the foreign minister.
    """
    fails = []
    for cid, entry in rules.lang(family, lang)[family].items():
        own = [p for f in ("phrases", "names", "adjectives", "capitals") for p in entry.get(f) or []]
        own_rx = _compile(rules, lang, own)
        examples = entry.get("examples") or {}
        for text in examples.get("positive", []):
            if not own_rx.search(fold(text)) or cid not in _ids_found(rules, lang, family, text):
                fails.append(f"{family}/{lang} {cid}: positive {text!r} does not match")
        for text in examples.get("negative", []):
            if cid in _ids_found(rules, lang, family, text):
                fails.append(f"{family}/{lang} {cid}: negative {text!r} matches")
    return fails


@pytest.mark.parametrize("lang", LANGS)
def test_examples_hold(rules: Rules, lang: str) -> None:
    fails = _example_failures(rules, lang, "roles") + _example_failures(rules, lang, "countries")
    assert fails == []


def test_example_runner_can_fail(rules: Rules) -> None:
    """The runner itself: a deputy's title is not the office, and a ministry is not a minister."""
    assert _ids_found(rules, "fa", "roles", "معاون وزیر امور خارجه") == {"deputy_foreign_minister"}
    assert _ids_found(rules, "fa", "roles", "وزارت امور خارجه") == set()
    assert _ids_found(rules, "ar", "roles", "ووزير الخارجية") == {"foreign_minister"}
    assert _ids_found(rules, "en", "countries", "told us") == set()


def test_people_and_sources_point_at_known_roles_and_countries(tmp_path: Path) -> None:
    if not (RULES / "people.yaml").exists():
        pytest.skip("rules/people.yaml is not there yet")
    rules = load_rules(str(_copy(tmp_path, extra=("people.yaml", "sources"))))
    roles = set(rules.concepts("roles")["concepts"])
    countries = set(rules.concepts("countries")["countries"])
    people = rules.top("people")["people"]
    offices = [o for p in people.values() for o in p.get("offices") or []]
    assert sorted({o["role"] for o in offices} - roles) == []
    used = {p["country"] for p in people.values() if p.get("country")} | {
        o["country"] for o in offices if o.get("country")
    }
    used |= {
        s["country"] for s in (rules.concepts("sources").get("sources") or {}).values() if s.get("country")
    }
    assert sorted(used - countries) == []


BROKEN = [
    # (file, text that replaces it, the JSON pointer the error must name)
    (
        "roles/fa.yaml",
        "language: fa\nroles:\n  foreign_minister: {phrases: []}\n",
        "#/roles/foreign_minister/phrases",
    ),
    ("roles/en.yaml", "language: en\nroles: {}\nmodifiers: {previously: [ex]}\n", "#/modifiers"),
    (
        "roles/concepts.yaml",
        "concepts:\n  president: {display: president, kind: office}\n",
        "#/concepts/president",
    ),
    ("countries/ar.yaml", "language: ar\ncountries:\n  SY: {names: سوريا}\n", "#/countries/SY/names"),
    ("countries/concepts.yaml", "countries:\n  SY: {display: Syria, capital: Damascus}\n", "#/countries/SY"),
]


@pytest.mark.parametrize(("file", "text", "place"), BROKEN)
def test_a_broken_file_names_the_file_and_the_pointer(
    tmp_path: Path, file: str, text: str, place: str
) -> None:
    root = _copy(tmp_path / "rules")
    (root / file).write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_rules(str(root))
    message = str(err.value)
    assert err.value.code == "E003"
    assert file in message.replace("\\", "/")
    assert message.split(": ")[0].endswith(place), message


def test_a_yaml_syntax_error_names_the_file(tmp_path: Path) -> None:
    root = _copy(tmp_path / "rules")
    (root / "countries" / "fa.yaml").write_text("language: fa\ncountries: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"countries/fa\.yaml.*YAML syntax error"):
        load_rules(str(root))


def test_the_real_files_load_through_load_rules(rules: Rules) -> None:
    assert rules.lang("roles", "fa")["roles"]["foreign_minister"]["phrases"]
    assert "SY" in rules.lang("countries", "en")["countries"]
