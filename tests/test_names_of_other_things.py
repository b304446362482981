"""Words that look like a place or a name and are something else, found by running three new probe
stories (``benchmarks/probes``) unchanged, as a user would, in session 37: a disease after the
Arabic particle «ك», a suspension («سحب يد») read as a minister's name, a neighbourhood named after
a province, and a deadline written after "must".

Articles written for these tests from real reporting, in our own words: the fire at Baghdad's Ibn
al-Khatib hospital (24 April 2021), whose health minister Hassan al-Tamimi was suspended; the
Damascus Gate of Jerusalem's Old City; Damascus's Baghdad Street; and the EU's Digital Markets Act,
with which the largest platforms had to comply by Thursday 7 March 2024.
"""

from __future__ import annotations

from tests.helpers import extraction_of, findings_of, md, roles_of


def _places(x) -> set[str]:
    return {c.value.get("place") for c in x.claims if c.type == "place"}


def test_a_word_behind_the_particle_ka_is_no_place(tmp_path):
    """«كورونا» is no «ك» + «ورونا» (Verona), though «ورونا» is one of Verona's Arabic names."""
    text = md(
        "ar",
        "2021-04-25",
        "بغداد - اندلع حريق في مستشفى ابن الخطيب المخصص لمرضى فيروس كورونا في بغداد، وقال مسؤول إن الحصيلة"
        " بلغت 82 قتيلا.",
    )
    places = _places(extraction_of(tmp_path, "ar.md", text))
    assert "it.verona" not in places
    assert any(p and p.endswith("baghdad") for p in places)


def test_a_suspension_before_a_role_is_no_name(tmp_path):
    text = md(
        "ar",
        "2021-04-25",
        "وقرر رئيس مجلس الوزراء مصطفى الكاظمي سحب يد وزير الصحة حسن التميمي وإحالته إلى التحقيق.",
    )
    roles = roles_of(extraction_of(tmp_path, "ar.md", text))
    assert not [r for r in roles if "سحب" in r[0]]
    assert ("حسن التميمي", "health_minister") in roles


def test_a_gate_or_a_street_named_after_a_place_lies_elsewhere(tmp_path):
    en = md(
        "en", "2023-04-07", "Police closed the Damascus Gate of Jerusalem's Old City on Friday after clashes."
    )
    assert "sy.damascus" not in _places(extraction_of(tmp_path, "en.md", en))
    ar = md("ar", "2023-04-07", "دمشق - افتتح محل جديد في شارع بغداد وسط العاصمة السورية يوم الجمعة.")
    assert not [p for p in _places(extraction_of(tmp_path, "ar.md", ar)) if p and "baghdad" in p]


def test_a_deadline_after_must_is_no_day_of_the_reported_occasion(tmp_path):
    text = md(
        "en",
        "2024-03-05",
        "BRUSSELS — The European Commission on Monday fined Apple 1.8 billion euros. The ruling lands days"
        " before the largest platforms must comply with the Digital Markets Act on Thursday, March 7.",
    )
    found = findings_of(tmp_path, {"en.md": text})
    assert not [f for f in found if f["code"] == "IN04"]
