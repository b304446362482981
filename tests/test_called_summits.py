"""A summit called for a weekday to come, and one summit told around different people.

- «دعا … إلى قمة استثنائية يوم السبت»: a call to a summit is to one that is to come, so the bare
  weekday after it is the next such day (``to_come_before`` in rules/weekdays), and the summit
  is dated by it as an occasion to come (extract/mentions ``_TO_COME``), not a week back.
- Reports of one kind of occasion on one stated day, in one town, are one occasion though they
  name no one in common (one around its host, one around a guest) (align/events
  ``_one_day_one_town``); in two towns of one country, around one person, they are one occasion
  placed differently, and CF05 shows the two places.

Found on the benchmark's Niger coup story (session 49), whose Arabic report dated the ECOWAS
summit to the Sunday before it. The articles are written for the test, in our own words, from the
reporting on the Arab-Islamic summit in Riyadh on 11 November 2023.
"""

from __future__ import annotations

from checker.extract.dates import extract_dates
from checker.rules import load_rules
from tests.helpers import conflicts_of, edited, make_doc, md, report_of, subfolder

_CALL = (
    "دعا ولي العهد السعودي الأمير محمد بن سلمان إلى قمة عربية إسلامية استثنائية يوم السبت في الرياض"
    " لبحث الحرب في غزة."
)

_SUMMIT = {
    "ar.md": md("ar", "2023-11-08", _CALL),
    "en.md": md(
        "en",
        "2023-11-12",
        "RIYADH - An extraordinary Arab-Islamic summit chaired by Saudi Crown Prince Mohammed bin Salman"
        " in Riyadh on November 11 demanded an immediate end to the war in Gaza.",
    ),
}


def test_a_call_to_a_summit_dates_it_ahead():
    claims = extract_dates(make_doc(_CALL, "ar", "2023-11-08"), load_rules())
    assert [c.value["iso"] for c in claims] == ["2023-11-11"]
    # (guard: a summit held on a weekday is the last one)
    held = extract_dates(
        make_doc("عقد القادة قمة استثنائية يوم السبت في الرياض.", "ar", "2023-11-08"), load_rules()
    )
    assert [c.value["iso"] for c in held] == ["2023-11-04"]


def test_the_called_summit_is_the_held_one(tmp_path):
    report = report_of(tmp_path, _SUMMIT)
    assert any({"ar", "en"} <= set(e["articles"]) and e["date"] == "2023-11-11" for e in report["events"])
    assert not [f for f in report["findings"] if f["code"] in ("CF02", "CF05")]


def test_one_summit_in_two_towns_is_a_conflict(tmp_path):
    story = edited(_SUMMIT, "ar.md", "يوم السبت في الرياض", "يوم السبت في جدة")
    found = conflicts_of(subfolder(tmp_path, "m"), story)
    assert any(f["code"] == "CF05" and "Riyadh" in f["message"] and "Jeddah" in f["message"] for f in found)


def test_one_day_one_town_with_no_one_in_common(tmp_path):
    story = edited(
        _SUMMIT, "en.md", "chaired by Saudi Crown Prince Mohammed bin Salman", "attended by Iran's president"
    )
    report = report_of(tmp_path, story)
    assert any({"ar", "en"} <= set(e["articles"]) for e in report["events"])
