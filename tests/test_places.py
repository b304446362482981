"""Place claims (tests/cases/place_*.yaml), the gazetteer's containment, and the gazetteer rules."""

from __future__ import annotations

import pytest

from checker.align.places import gazetteer
from checker.extract.places import extract_places
from checker.rules import load_rules
from tests.helpers import case_id, load_cases, make_doc

CASES = load_cases("place_*.yaml")


def _row(value: dict, text: str) -> dict:
    row = {"text": text, "place": value["place"], "role": value["role"], "locative": value["locative"]}
    if "container" in value:
        row["container"] = value["container"]
    return row


@pytest.mark.parametrize("item", CASES, ids=[case_id(c) for c in CASES])
def test_place_case(item):
    _, lang, case = item
    doc = make_doc(case["text"], lang)
    claims = extract_places(doc, load_rules())
    got = sorted((_row(c.value, c.text) for c in claims), key=lambda r: case["text"].find(r["text"]))
    assert got == case["expect"]
    for c in claims:
        assert case["text"][c.start : c.end] == c.text == c.value["name"]
        assert c.key == f"place:{c.value['place']}"


def test_cases_have_negatives_in_every_language():
    for lang in ("fa", "ar", "en"):
        mine = [case for _, lg, case in CASES if lg == lang]
        assert len([c for c in mine if not c["expect"]]) >= 3
        assert len([c for c in mine if c["expect"]]) >= 6


def test_offsets_survive_zwnj_and_diacritics():
    text = "دیدار در کاخ سعد‌آباد و فرودگاه مهرآباد انجام شد."
    claims = extract_places(make_doc(text, "fa"), load_rules())
    assert [text[c.start : c.end] for c in claims] == ["کاخ سعد‌آباد", "فرودگاه مهرآباد"]


def test_ancestors_run_up_to_the_country():
    (claim,) = extract_places(make_doc("انفجار در نطنز رخ داد.", "fa"), load_rules())
    assert claim.value["ancestors"] == ["IR-10", "IR"]
    assert claim.value["kind"] == "facility" and claim.value["country"] == "IR"


@pytest.fixture(scope="module")
def gz():
    return gazetteer(load_rules())


def test_containment(gz):
    assert gz.contains("IR", "ir.natanz") and gz.contains("IR-10", "ir.natanz")
    assert gz.contains("ir.tehran", "ir.tehran")
    assert not gz.contains("ir.natanz", "IR")
    assert gz.compatible("ir.tehran", "IR") and gz.compatible("IR", "ir.tehran")
    assert gz.disjoint("IR-10", "IR-25") and gz.disjoint("ir.tehran", "sy.damascus")
    assert not gz.disjoint("ru.kremlin", "ru.moscow")
    assert gz.ancestors("iq.erbil") == ("IQ-AR", "IQ-KR", "IQ")


def test_nearest_common_and_display(gz):
    assert gz.nearest_common("ir.natanz", "ir.fordow") == "IR"
    assert gz.nearest_common("ru.kremlin", "ru.red_square") == "ru.moscow"
    assert gz.nearest_common("ir.tehran", "ru.moscow") is None
    assert gz.display("ru.kremlin") == "Moscow Kremlin" and gz.country_of("ir.evin") == "IR"
    assert gz.ancestors("ru.kremlin") == ("ru.moscow", "RU-MOW", "RU")


def test_a_place_on_a_border_has_every_parent(gz):
    assert {"EG-SUZ", "EG-IS", "EG-PTS", "EG"} <= set(gz.ancestors("eg.suez_canal"))


def test_gazetteer_is_whole(gz):
    """Every parent is a known place, every place reaches its country, every country of
    rules/countries is a place, and every id named in a language file exists."""
    rules = load_rules()
    for pid, p in gz.places.items():
        parents = [p["parent"]] if isinstance(p.get("parent"), str) else p.get("parent") or []
        assert all(par in gz.places for par in parents), pid
        if p["kind"] != "country":
            # (its country last, or before the country that holds a territory: Saipan, MP, US)
            assert p["country"] in gz.ancestors(pid), pid
            assert gz.ancestors(pid)[-1] == p["country"] or gz.ancestors(p["country"]), pid
    countries = rules.concepts("countries")["countries"]
    assert {cc for cc, c in countries.items() if c.get("kind", "state") == "state"} <= set(gz.places)
    for lang in ("fa", "ar", "en"):
        data = rules.lang("places", lang)
        for section in ("names", "hand"):
            missing = sorted(set(data.get(section) or {}) - set(gz.places))
            assert not missing, (lang, section, missing[:5])


def test_places_rules_validate_and_a_bad_entry_names_its_pointer(tmp_path):
    """The gazetteer files pass their schemas; a wrong kind fails at load with the file and pointer."""
    import shutil
    from pathlib import Path

    from checker.errors import RulesError
    from checker.rules import Rules

    root = Path(__file__).parent.parent / "rules"
    Rules(root)  # validates every file, places included
    copy = tmp_path / "rules"
    shutil.copytree(root, copy)
    concepts = copy / "places" / "concepts.yaml"
    text = concepts.read_text(encoding="utf-8")
    concepts.write_text(
        text.replace("ru.kremlin: {kind: landmark", "ru.kremlin: {kind: castle", 1), encoding="utf-8"
    )
    with pytest.raises(RulesError) as err:
        Rules(copy)
    assert "concepts.yaml" in str(err.value) and "/hand/ru.kremlin/kind" in str(err.value)


def test_coverage_capitals_and_provinces(gz):
    """Every country of rules/countries has its capital; the provinces of the region are all there."""
    countries = load_rules().concepts("countries")["countries"]
    capitals = {p["country"] for p in gz.places.values() if p.get("capital") is True}
    assert {cc for cc, c in countries.items() if c.get("kind", "state") == "state"} <= capitals
    provinces = {cc: 0 for cc in ("IR", "IQ", "SY", "TR", "AF", "SA", "EG", "LB", "JO", "PK")}
    for p in gz.places.values():
        if p["kind"] in ("province", "region") and p["country"] in provinces:
            provinces[p["country"]] += 1
    assert provinces["IR"] == 31 and provinces["TR"] == 81 and provinces["AF"] == 34
    assert min(provinces.values()) >= 7
