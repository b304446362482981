"""Session 65: probe batch 15 (six stories written by helpers that saw no code, scored unseen first)
raised seven false conflicts in its unchanged stories. Each general reading behind them:

- a verb that opens a clause before a role («وتفقد النائب الأول …») or follows one in a headline
  («وزير الداخلية يأمر بالقبض») is no holder's name;
- «عبد» opens a name with the word after it, though «العالي» is a word of a role;
- a body's name may be a chain of nouns that its first definite word closes («حركة مجتمع السلم»);
- where the victims were flown or taken after an occasion ("landed in the southern Indian city of
  Kochi") and the place right before an English role ("Kerala Chief Minister") are not where it
  happened; nor is where a convict spent his time ("the 62 months he spent in London's Belmarsh");
- a territory ISO 3166-2 lists under another country (the Northern Mariana Islands) lies in it;
- a Persian compound adjective («زمین‌گرمایی», «تخلیه‌شده») opens no unlisted place's name.
"""

from __future__ import annotations

import pytest

from checker.align.places import gazetteer
from checker.rules import load_rules
from tests.helpers import md_extraction, subfolder


def _x(folder, lang: str, text: str, day: str = "2024-06-14"):
    return md_extraction(folder, lang, text, day)


def _names(folder, lang: str, text: str) -> list[str]:
    return [c.value["name"] for c in _x(folder, lang, text).claims if c.type == "person_role"]


def _main_places(folder, lang: str, text: str, day: str = "2024-06-14") -> tuple[str, ...]:
    return next(m.places for m in _x(folder, lang, text, day).mentions if m.main)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("وتفقد النائب الأول لرئيس مجلس الوزراء ووزير الداخلية الشيخ طلال الخالد موقع الحريق.", "وتفقد"),
        ("وزير الداخلية يأمر بالقبض على مالك المبنى", "يأمر"),
        ("وأوفدت نيودلهي وزير الدولة للشؤون الخارجية إلى الكويت.", "أوفدت"),
        ("وخاض السباق كمرشح حر بدعم من أحزاب الموالاة.", "خاض"),
    ],
)
def test_a_verb_beside_a_role_is_no_name(tmp_path, text, verb):
    assert not any(verb in name for name in _names(tmp_path, "ar", text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال إن المرشح عبد العالي حساني فاز بالمركز الثاني.", "عبد العالي حساني"),
        ("وقال إن مرشح حركة مجتمع السلم عبد العالي حساني حل ثانياً.", "عبد العالي حساني"),
        ("وقال إن مرشح الحزب عبد الكريم حساني حل ثانياً.", "عبد الكريم حساني"),
        # («آبي» is Abe, no particle: the verb after it ends the name)
        ("وكان رئيس الوزراء الأسبق شينزو آبي توفي بسبب نزيف.", "شينزو آبي"),
    ],
)
def test_names_after_abd_and_after_a_chain_of_nouns(tmp_path, text, name):
    assert _names(tmp_path, "ar", text) == [name]


def test_where_the_victims_were_flown_is_not_where_the_fire_was(tmp_path):
    text = (
        "A plane carrying the bodies of 45 workers killed in a fire in Kuwait landed in the "
        "southern Indian city of Kochi on Friday.\n\n"
        "The fire tore through a building in Mangaf on Wednesday, June 12, killing 49 people. The "
        "minister accompanied the bodies on the flight to Kochi after the fire, where they were "
        "received by Kerala Chief Minister Pinarayi Vijayan."
    )
    places = _main_places(tmp_path, "en", text)
    assert "KW" in places
    assert not {"JP-39", "IN-KL"} & set(places)


def test_where_a_convict_spent_his_time_is_not_where_he_was_sentenced(tmp_path):
    text = (
        "SAIPAN — A federal judge in Saipan sentenced the publisher on Wednesday, June 26, to the 62 "
        "months he spent in London's Belmarsh prison, and he walked free."
    )
    assert "gb.london" not in _main_places(tmp_path, "en", text, "2024-06-26")


def test_a_listed_territory_lies_in_its_country():
    gz = gazetteer(load_rules())
    assert gz.contains("US", "MP") and gz.contains("US", "mp.saipan") and gz.contains("CN", "HK")
    assert not gz.contains("CN", "TW")  # (ISO 3166-2's "Taiwan Sheng" is no name of Taiwan's)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("گدازه به نزدیکی نیروگاه زمین‌گرمایی سوارتسنگی رسید.", "سوارتسنگی"),
        ("فوران در نزدیکی شهر تخلیه‌شده گرینداویک آغاز شد.", "گرینداویک"),
    ],
)
def test_a_persian_compound_adjective_opens_no_name(tmp_path, text, name):
    got = [c.value["name"] for c in _x(subfolder(tmp_path, name), "fa", text).claims if c.type == "place"]
    assert got == [name]


def test_a_nationality_s_city_of_a_listed_name_is_a_town_of_that_country(tmp_path):
    """ "the southern Indian city of Kochi": the gazetteer's Kochi is a prefecture of Japan; the
    adjective makes it a town of India the gazetteer lacks, in every mention of the name (a city
    whose listed country the adjective names stays listed: "the Turkish city of Istanbul")."""
    text = (
        "A plane carrying the bodies landed in the southern Indian city of Kochi on Friday. In Kochi, "
        "families waited. An earlier flight had left the Turkish city of Istanbul."
    )
    x = _x(tmp_path, "en", text)
    got = [
        (c.value["name"], c.value["place"], c.value.get("container")) for c in x.claims if c.type == "place"
    ]
    assert got == [("Kochi", "?:kj", "IN"), ("Kochi", "?:kj", "IN"), ("Istanbul", "tr.istanbul", None)]
