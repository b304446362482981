"""Two districts the gazetteer lacks, named as where one event happened, are two places; a district's
name written before the city that holds it («منطقه لیاری کراچی») is the district's alone."""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, extraction_of, md, subfolder

_FIRE = {
    "en.md": md(
        "en",
        "2024-05-02",
        "A fire tore through a crowded market in the Lyari district of Karachi on Wednesday, killing 12"
        " people, officials said.",
    ),
    "fa.md": md(
        "fa", "2024-05-02", "آتش‌سوزی در یک بازار شلوغ در منطقه لیاری کراچی روز چهارشنبه ۱۲ نفر را کشت."
    ),
    "ar.md": md(
        "ar",
        "2024-05-02",
        "قتل 12 شخصا في حريق اندلع يوم الأربعاء في سوق مزدحم بمنطقة لياري في مدينة كراتشي.",
    ),
}


def test_a_district_before_its_city_is_read(tmp_path):
    x = extraction_of(tmp_path, "fa.md", _FIRE["fa.md"])
    places = {(c.text, c.value.get("kind")) for c in x.claims if c.type == "place"}
    assert ("لیاری", "district") in places, places


def test_two_districts_of_one_event_conflict(tmp_path):
    assert conflicts_coded(subfolder(tmp_path, "same"), _FIRE, "CF05") == []
    moved = edited(_FIRE, "ar.md", "بمنطقة لياري", "بمنطقة صدر")
    [found] = conflicts_coded(subfolder(tmp_path, "moved"), moved, "CF05")
    assert "صدر" in found["message"] and "ar.md" not in found["message"], found["message"]


def test_a_district_named_by_the_other_report_too_is_no_conflict(tmp_path):
    # (one report names both districts: nothing says the other's is not where it happened)
    both = edited(
        _FIRE, "ar.md", "بمنطقة لياري في مدينة كراتشي.", "بمنطقة صدر في مدينة كراتشي قرب منطقة لياري."
    )
    assert conflicts_coded(subfolder(tmp_path, "both"), both, "CF05") == []


def test_a_place_spelled_another_scripts_way_is_named_still():
    # («شيتوان» writes the ch of "Chitwan" with ش: too far apart to be called one place, but a
    # report that spells it so still names it, and so places nothing apart from it)
    from checker.align.geo import maybe_same_unlisted, same_unlisted
    from checker.extract.places_unlisted import place_key
    from checker.rules import load_rules

    rules = load_rules()
    a, b = place_key("Chitwan", rules), place_key("شيتوان", rules)
    assert not same_unlisted(a, b)
    assert maybe_same_unlisted(rules, a, b)
    assert not maybe_same_unlisted(rules, place_key("Hongdae", rules), place_key("إيتايوون", rules))
