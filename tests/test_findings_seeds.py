"""Issue acceptance on the seeds: events, conflicts, omissions, agreements and date estimates."""

from __future__ import annotations

import pytest

from checker.pipeline import check
from tests.helpers import SEEDS
from tests.test_seed_claims import S000, S001, S002, S003, S004, _person_id


@pytest.fixture(scope="module")
def report():
    return check([SEEDS]).report


def _findings(report, code):
    return [f for f in report["findings"] if f["code"] == code]


def test_events(report):
    groups = sorted(sorted(e["articles"]) for e in report["events"])
    assert groups == sorted([[S000, S001], [S002], [S003], [S004]])


@pytest.mark.parametrize(
    ("key", "old", "new"),
    [
        ("office:SY:foreign_minister", "Faisal Mekdad", "Asaad Hassan al-Shaibani"),
        ("office:SY:defense_minister", "Ali Mahmoud Abbas", "Murhaf Abu Qasra"),
        ("office:RU:defense_minister", "Sergei Shoigu", "Andrei Belousov"),
    ],
)
def test_office_conflicts_say_003_is_older(report, key, old, new):
    (f,) = [f for f in _findings(report, "CF01") if f["key"] == key]
    assert f["type"] == "conflict" and f["severity"] == "warning"
    by_value = {v["value"]: v for v in f["values"]}
    assert by_value[_person_id(old)]["articles"] == [S003]
    assert S003 not in by_value[_person_id(new)]["articles"]
    assert f"{S003}" in f["explanation"] and "older" in f["explanation"]
    assert all(v["evidence"] and all(e["text"] for e in v["evidence"]) for v in f["values"])


def test_no_conflict_from_name_variants(report):
    keys = {f["key"] for f in report["findings"] if f["type"] in ("conflict", "inconsistency")}
    assert keys == {"office:SY:foreign_minister", "office:SY:defense_minister", "office:RU:defense_minister"}


def test_000_leaves_out_hussein_salameh(report):
    salameh = _person_id("Hussein al-Salameh")
    hits = [f for f in _findings(report, "OM01") if f["values"][0]["value"] == salameh]
    assert hits and hits[0]["missing_in"] == [S000]
    assert hits[0]["values"][0]["articles"] == [S001]


def _agreement(report, code, value, articles):
    return [
        f
        for f in _findings(report, code)
        if any(
            value in (v["value"], v["display"]) and set(articles) <= set(v["articles"]) for v in f["values"]
        )
    ]


def test_agreement_1993(report):
    assert _agreement(report, "AG02", "1993", [S000, S001])


def test_agreement_more_than_80_years(report):
    hits = [f for f in _findings(report, "AG03") if {S000, S001} <= set(f["values"][0]["articles"])]
    assert any(f["values"][0]["value"]["low"] == 80 and f["values"][0]["value"]["high"] is None for f in hits)


def test_agreement_fall_of_assad_across_calendars(report):
    hits = _agreement(report, "AG02", "2024-12-08", [S001, S004])
    assert hits
    texts = {e["text"] for v in hits[0]["values"] for e in v["evidence"]}
    assert any("آذر" in t for t in texts) and any("دسامبر" in t for t in texts)


def test_agreement_meeting_date(report):
    assert _agreement(report, "AG04", "2025-10-15", [S000, S001])


def test_agreements_count_independent_sources(report):
    (f,) = _agreement(report, "AG04", "2025-10-15", [S000, S001])
    assert f["independence"]["independent_sources"] == 2


def test_003_is_estimated_before_2025(report):
    (a,) = [a for a in report["articles"] if a["id"] == S003]
    est = a["date_estimate"]
    assert a["published"] is None and est["latest"] < "2025-01-01"
    kinds = {e["kind"] for e in est["evidence"]}
    assert {"anniversary", "office_term"} <= kinds
