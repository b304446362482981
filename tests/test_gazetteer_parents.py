"""Cities the generated gazetteer had filed under another province (GeoNames' admin1 code mapped
through a town named like a province): each is inside its own province, and not inside the other.
A report placing an occasion in Rafah and another in Deir al-Balah disagree; Durban is in
KwaZulu-Natal."""

from __future__ import annotations

import pytest

from checker.align.places import gazetteer
from checker.rules import load_rules


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
    ],
)
def test_a_city_is_inside_its_own_province(city, province, not_in):
    gz = gazetteer(load_rules())
    assert gz.contains(province, city) and not gz.contains(not_in, city)
