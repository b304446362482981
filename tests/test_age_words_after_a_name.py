"""Whose age: the name right before the comma that opens the age's own words.

«السيستاني، البالغ من العمر 90 عاما»: the age is al-Sistani's, named by his surname alone, so it
meets «آیت‌الله سیستانی ۹۰ ساله» of another report (``extract.frames._named_at_age_words``). Two
different ages of one person, 90 and 91, then conflict.

The articles are written for the test, in our own words, from the reporting on Pope Francis's
meeting with Grand Ayatollah Ali al-Sistani in Najaf on 6 March 2021.
"""

from __future__ import annotations

from tests.helpers import edited, findings_of, md, subfolder

_NAJAF = {
    "ar.md": md(
        "ar",
        "2021-03-06",
        "التقى البابا فرنسيس المرجع الديني الأعلى في العراق السيد علي السيستاني في منزله بمدينة النجف"
        " يوم السبت. وقال مكتب المرجع إن اللقاء استمر نحو خمسين دقيقة. وأبدى السيستاني، البالغ من العمر"
        " 90 عاما، اهتمامه بأمن المسيحيين في العراق.",
    ),
    "fa.md": md(
        "fa",
        "2021-03-06",
        "پاپ فرانسیس روز شنبه در نجف با آیت‌الله سید علی سیستانی دیدار کرد. این دیدار حدود ۵۰ دقیقه به"
        " طول انجامید. آیت‌الله سیستانی ۹۰ ساله از سال‌ها پیش در نجف اقامت دارد.",
    ),
}


def _ages(findings: list[dict], kind: str) -> list[dict]:
    return [f for f in findings if f["type"] == kind and f["key"].startswith("age")]


def test_an_age_after_a_surname_and_comma_is_that_persons(tmp_path):
    agreed = _ages(findings_of(tmp_path, _NAJAF), "agreement")
    assert agreed, "al-Sistani's 90 years in both reports"
    assert {ev["article"] for v in agreed[0]["values"] for ev in v["evidence"]} == {"ar", "fa"}


def test_two_ages_of_one_person_conflict(tmp_path):
    story = edited(_NAJAF, "ar.md", "90 عاما", "91 عاما")
    assert _ages(findings_of(subfolder(tmp_path, "m"), story), "conflict")
