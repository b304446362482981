"""Counts told by what the people counted did, in words every report of them uses.

- Officers posted somewhere ("assigned", "on duty", «منتشرين», «مستقر») and a team set up to
  investigate ("an investigation team", «فريق تحقيق», «تحقیقات») are two counts of officers: the concepts
  ``deployed`` and ``inquiry`` of ``rules/concepts`` say which one a figure is, so each meets its
  like in another language and the two never meet each other.
- «قتلت» and «قتلوا» ("killed", a group or gunmen the subject) make a count of the dead in Arabic,
  like «قتل»; the count is then keyed to its event and compared with every other report's toll.

The articles are written for the test, in our own words, from the reporting on the Astroworld
festival crush in Houston in November 2021 and on the Garissa University College attack in Kenya
in April 2015.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, findings_of, md, subfolder

_FESTIVAL = {
    "en.md": md(
        "en",
        "2021-11-10",
        "HOUSTON - Ten people died after a crowd surged toward the stage at the Astroworld festival in"
        " Houston on Friday night. Only 528 police officers had been assigned to the festival grounds,"
        " city records show. The police chief said an investigation team of 40 officers would review"
        " video from the site.",
    ),
    "ar.md": md(
        "ar",
        "2021-11-10",
        "لقي عشرة أشخاص حتفهم في تدافع خلال مهرجان أستروورلد في مدينة هيوستن الأمريكية مساء الجمعة. وكان"
        " 528 شرطيا منتشرين في أرض المهرجان بحسب سجلات المدينة، فيما أعلن قائد الشرطة تشكيل فريق تحقيق"
        " يضم 40 محققا لمراجعة التسجيلات.",
    ),
}


def _officers(found: list[dict], kind: str) -> list[dict]:
    return [f for f in found if f["type"] == kind and any(w in f["message"] for w in ("deployed", "inquiry"))]


def test_deployed_officers_and_an_inquiry_team_each_meet_their_like(tmp_path):
    agreements = _officers(findings_of(tmp_path, _FESTIVAL), "agreement")
    figures = sorted(v["display"] for f in agreements for v in f["values"])
    assert figures == ["40 officers", "528 officers"], figures


def test_a_changed_deployment_conflicts_with_the_deployment_only(tmp_path):
    story = edited(_FESTIVAL, "ar.md", "528 شرطيا", "700 شرطيا")
    conflicts = _officers(conflicts_of(subfolder(tmp_path, "m"), story), "conflict")
    assert len(conflicts) == 1, conflicts
    shown = sorted(v["display"] for v in conflicts[0]["values"])
    assert shown == ["528 officers", "700 officers"], shown


_ATTACK = {
    "en.md": md(
        "en",
        "2015-04-03",
        "GARISSA, Kenya - Al-Shabab gunmen killed 148 people at Garissa University College in"
        " north-eastern Kenya on Thursday, the interior minister said, after a siege that lasted"
        " about 15 hours.",
    ),
    "ar.md": md(
        "ar",
        "2015-04-03",
        "قتلت حركة الشباب الصومالية 148 شخصا في هجوم على جامعة غاريسا في شمال شرق كينيا يوم الخميس،"
        " بحسب ما أعلن وزير الداخلية الكيني، بعد حصار استمر نحو 15 ساعة.",
    ),
}


def test_a_toll_told_by_qatalat_is_the_events_toll(tmp_path):
    found = findings_of(tmp_path, _ATTACK)
    tolls = [f for f in found if f["type"] == "agreement" and f["key"].startswith("killed")]
    assert tolls and {ev["article"] for v in tolls[0]["values"] for ev in v["evidence"]} == {"en", "ar"}
    story = edited(_ATTACK, "ar.md", "148 شخصا", "174 شخصا")
    conflicts = [f for f in conflicts_of(subfolder(tmp_path, "m"), story) if f["key"].startswith("killed")]
    assert conflicts, "148 and 174 killed in one attack"
