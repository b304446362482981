"""A country's office named with no country ("Transportation Secretary …") in a report of an
event whose other reports name that office of one country only is that country's office; a
possible conflict (a warning) that says so. Where the event's reports name the office of two
countries, no country is read into it."""

from __future__ import annotations

from checker.pipeline import check

_WIRE = (
    " date 2024-10-01\nDockworkers at ports from Maine to Texas walked off the job on Tuesday, October 1,"
    " in the first coast-wide strike since 1977. U.S. Transportation Secretary Pete Buttigieg said the"
    " administration was watching supply chains closely.\n"
)


def _later(secretary: str) -> str:
    return (
        " date 2024-10-02\nAbout 45,000 dockworkers stayed on strike on Wednesday after walking off the job"
        f" on Tuesday, October 1. Transportation Secretary {secretary} said the administration was"
        " watching supply chains closely.\n"
    )


def _findings(tmp_path, files: dict[str, str]) -> list[dict]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path]).report["findings"]


def test_an_unplaced_secretary_holds_the_office_the_other_report_places(tmp_path):
    found = _findings(tmp_path, {"wire.txt": _WIRE, "later.txt": _later("Pete Buttigieg")})
    assert [f["code"] for f in found if f["code"].startswith("CF")] == []
    assert any(f["code"] == "AG01" and "Pete Buttigieg in 2 articles" in f["message"] for f in found)


def test_another_unplaced_secretary_is_a_possible_conflict(tmp_path):
    found = _findings(tmp_path, {"wire.txt": _WIRE, "later.txt": _later("Alejandro Mayorkas")})
    [conflict] = [f for f in found if f["code"] == "CF01"]
    assert conflict["severity"] == "warning"
    assert "read from the other reports" in conflict["explanation"]
    assert {v["display"] for v in conflict["values"]} == {"Pete Buttigieg", "Alejandro Mayorkas"}


def test_an_unplaced_minister_of_a_meeting_of_two_countries_stays_unplaced(tmp_path):
    hosts = (
        " date 2025-04-12\nOmani Foreign Minister Badr Albusaidi hosted talks in Muscat on Saturday between"
        " Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff.\n"
    )
    guest = (
        " date 2025-04-12\nIran and the United States held talks in Muscat on Saturday through Omani"
        " mediation. Foreign Minister Abbas Araghchi told state television that the atmosphere was calm.\n"
    )
    found = _findings(tmp_path, {"a.txt": hosts, "b.txt": guest})
    assert not [f for f in found if f["code"] == "CF01"]
