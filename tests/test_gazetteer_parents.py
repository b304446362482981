"""Cities the generated gazetteer had filed under another province (GeoNames' admin1 code mapped
through a town named like a province): each is inside its own province, and not inside the other.
A report placing an occasion in Rafah and another in Deir al-Balah disagree; Durban is in
KwaZulu-Natal."""

from __future__ import annotations

import pytest

from checker.align.places import gazetteer
from checker.normalize import fold
from checker.rules import load_rules
from tests.helpers import conflicts_of, md


@pytest.mark.parametrize(
    ("city", "province", "not_in"),
    [
        ("za.durban", "ZA-KZN", "ZA-MP"),
        ("jp.osaka", "JP-27", "JP-08"),
        ("mx.toluca", "MX-MEX", "MX-MOR"),
        ("fr.marseille", "FR-PAC", "FR-BL"),
        ("br.recife", "BR-PE", "BR-ES"),
        ("ps.rafah", "PS-RFH", "PS-DEB"),
        ("ps.gaza", "PS-GZA", "PS-DEB"),
        ("ps.jabalya", "PS-NGZ", "PS-DEB"),
        ("ma.marrakesh", "MA-MAR", "MA-CHI"),
        ("ma.casablanca", "MA-CAS", "MA-BES"),
        ("ma.rabat", "MA-RAB", "MA-KEN"),
        ("ps.nablus", "PS-NBS", "PS-BTH"),
        ("ps.hebron", "PS-HBN", "PS-BTH"),
        ("ps.janin", "PS-JEN", "PS-BTH"),
        ("vn.da_nang", "VN-DN", "VN-27"),
        # (United States: GeoNames' admin1 code is the state's ISO code, "OH"; by name, Toledo went
        # to Delaware, a town of Ohio, and Detroit to Wyoming, a town of Michigan)
        ("us.toledo", "US-OH", "US-DE"),
        ("us.detroit", "US-MI", "US-WY"),
        ("us.chicago", "US-IL", "US-ME"),
        ("us.salt_lake_city", "US-UT", "US-WA"),
        ("us.houston", "US-TX", "US-DC"),
    ],
)
def test_a_city_is_inside_its_own_province(city, province, not_in):
    gz = gazetteer(load_rules())
    assert gz.contains(province, city) and not gz.contains(not_in, city)


# Cities that share their name with a province of their country they are not in.
_NAMESAKES = {
    "jp.ibaraki": "JP-08",  # a city of Osaka prefecture, not Ibaraki prefecture
    "us.washington": "US-WA",  # the capital, not the state
    "mz.maputo": "MZ-L",  # the city is a province of its own; Maputo province surrounds it
}


def test_every_city_named_like_a_province_of_its_country_is_inside_it():
    gz = gazetteer(load_rules())
    provinces: dict[tuple[str, str], list[str]] = {}
    for pid, p in gz.places.items():
        if p.get("kind") in ("province", "region", "district"):
            provinces.setdefault((p["country"], fold(p["display"]).lower()), []).append(pid)
    apart = [
        (pid, prov)
        for pid, p in sorted(gz.places.items())
        if p.get("kind") == "city"
        for prov in provinces.get((p["country"], fold(p["display"]).lower()), [])
        if not gz.contains(prov, pid) and _NAMESAKES.get(pid) != prov
    ]
    assert apart == []


def test_a_city_and_its_prefecture_agree(tmp_path):
    # ("Marrakech" is the prefecture's English name in the data, «مراكش» the city's: one place)
    story = {
        "en.md": md(
            "en",
            "2023-09-13",
            "King Mohammed VI visited people injured in the earthquake at the university hospital in Marrakech on Tuesday.",
        ),
        "ar.md": md(
            "ar", "2023-09-13", "زار الملك محمد السادس يوم الثلاثاء مصابي الزلزال في المستشفى الجامعي بمراكش."
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF05"]
