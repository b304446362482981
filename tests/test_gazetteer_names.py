"""Which place a name is: one name, one town; a month or a person's name is no town; towns apart
when the gazetteer knows only one of them."""

from pathlib import Path

from checker.extract.places import extract_places, place_tables
from checker.normalize import fold
from checker.pipeline import load_rules
from tests.helpers import make_doc, problems_of


def _lookup(lang: str, name: str) -> str | None:
    return place_tables(load_rules(), lang).names.lookup(fold(name))


def test_a_shared_name_is_the_capitals_then_the_home_towns_then_the_biggest():
    # Tripoli: Libya's capital before Lebanon's port; London: England's, not Ontario's; Persian
    # «آبادان» is Iran's Abadan, not Nigeria's Ibadan (written «ابادان»), which is bigger.
    assert _lookup("en", "Tripoli") == "ly.tripoli"
    assert _lookup("ar", "طرابلس") == "ly.tripoli"
    assert _lookup("en", "London") == "gb.london"
    assert _lookup("fa", "آبادان") == "ir.abadan"


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    from checker.extract.people import extract_people

    rules = load_rules()
    doc = make_doc(text, lang, "2024-02-01")
    return [(c.text, c.value["place"]) for c in extract_places(doc, rules, extract_people(doc, rules))]


def test_a_months_name_is_no_town():
    # «آوریل» (April) folds as «اوریل», Orel's Persian name in GeoNames.
    assert _places("عمران خان در آوریل ۲۰۲۲ از قدرت برکنار شد.", "fa") == []


def test_a_persons_name_is_no_town_unless_a_locative_says_so():
    text = (
        "A court sentenced former President Alejandro Toledo to 20 years. Toledo denied the charges. "
        "He spent the night in Toledo."
    )
    rules = load_rules()
    from checker.extract.people import extract_people

    doc = make_doc(text, "en", "2024-02-01")
    found = extract_places(doc, rules, extract_people(doc, rules))
    assert [c.start for c in found] == [text.rindex("Toledo")]


def _attack(where: str) -> str:
    return (
        " date 2024-05-06\nMOSCOW - A blast at a chemical plant " + where + " killed three workers on"
        " Monday, May 6, regional officials said.\n"
    )


def _story(tmp_path: Path, a: str, b: str) -> list[dict]:
    return [
        f for f in problems_of(tmp_path, {"a.txt": _attack(a), "b.txt": _attack(b)}) if f["code"] == "CF05"
    ]


def test_a_listed_town_and_an_unlisted_town_are_apart(tmp_path):
    # The gazetteer lists Kazan, not Zelenodolsk: two towns, each report's own, neither named by
    # the other report: one blast cannot be in both.
    [found] = _story(tmp_path, "in the town of Zelenodolsk", "in Kazan")
    assert {v["display"] for v in found["values"]} >= {"Kazan"}


def test_an_unlisted_town_beside_the_listed_one_is_not_apart(tmp_path):
    # A report that names the other's town too ("near Kazan"), or an unlisted district that may
    # hold the town, says nothing against it.
    assert _story(tmp_path, "in the town of Zelenodolsk near Kazan", "in Kazan") == []
    assert _story(tmp_path, "in the Vysokogorsky district", "in Kazan") == []


def test_a_long_a_after_a_foreign_names_first_letter_may_be_unwritten():
    # «شنغهاي» and «شانغهاي» are both Shanghai; «كراتشي» is Karachi («كاراتشي»).
    assert _lookup("ar", "شانغهاي") == _lookup("ar", "شنغهاي") == "cn.shanghai"
    assert _lookup("ar", "كراتشي") == "pk.karachi"


def test_the_states_of_countries_far_from_the_middle_east_are_known():
    """Nigeria's states, Japan's prefectures, Kenya's counties and Brazil's states (ISO 3166-2):
    two of them are apart, and a town holds to its state where GeoNames says so."""
    from checker.align.geo import place_relation

    rules = load_rules()
    assert _lookup("en", "Borno") == "NG-BO" and _lookup("en", "Yobe") == "NG-YO"
    assert place_relation(rules, "NG-BO", "NG-YO") == "disjoint"
    assert place_relation(rules, "JP-29", "jp.nara_shi") == "compatible"
    assert place_relation(rules, "br.rio_de_janeiro", "BR-SP") == "disjoint"
    assert _lookup("ar", "محافظة ممباسا") == "KE-28"
    # (a state named by a compass point or a common noun is no place: "the Centre had sent nine teams"
    # is India's central government, not Burkina Faso's Centre region)
    assert (
        _lookup("en", "Centre") is None
        and _lookup("en", "Central") is None
        and _lookup("en", "Delta") is None
    )
    # (a state named as a firm or a person is a place only after a locative)
    assert _places("Meta said on Monday that Santander and Tata would join.", "en") == []


def test_a_place_after_an_occasion_told_hours_before_is_that_occasion_s(tmp_path):
    """ "The kidnapping came hours after a bomb at a bus station in Nyanya, on the outskirts of
    Abuja": Abuja is the bomb's place, not the kidnapping's, which the report puts in Borno state."""
    from tests.helpers import extraction_of, md

    text = md(
        "en",
        "2014-04-16",
        "MAIDUGURI, Nigeria, April 16 — Gunmen abducted more than 200 schoolgirls from a school in Chibok,"
        " in Borno state, on Monday night. The kidnapping came hours after a bomb at a bus station in"
        " Nyanya, on the outskirts of Abuja, killed at least 71 people.",
    )
    main = next(m for m in extraction_of(tmp_path, "en.md", text).mentions if m.main)
    assert main.type == "abduction" and "ng.abuja" not in main.places and "NG-BO" in main.places
