"""Reports that name no typed occasion tell one story when they share specific figures, by value
or, where one value counts two things ("171 aircraft", "171 passengers"), by value and unit."""

from __future__ import annotations

from tests.helpers import md, report_of

_GROUNDED = {
    "en.md": md(
        "en",
        "2024-01-07",
        "The regulator ordered the grounding of 171 Boeing 737 Max 9 aircraft on Saturday. The jet had left"
        " Portland with 171 passengers on board. The airline said it was checking its fleet of 65 Max 9 planes.",
    ),
    "ar.md": md(
        "ar",
        "2024-01-07",
        "أمرت الهيئة يوم السبت بإيقاف 171 طائرة من طراز بوينغ عن الطيران. وكانت الطائرة قد أقلعت من بورتلاند"
        " وعلى متنها 171 راكبا. وقالت الشركة إنها تفحص أسطولها المؤلف من 65 طائرة.",
    ),
}


def test_untyped_reports_sharing_one_value_twice_are_one_story(tmp_path):
    report = report_of(tmp_path, _GROUNDED)
    events = [e for e in report["events"] if len(e["articles"]) > 1]
    assert [sorted(e["articles"]) for e in events] == [["ar", "en"]], report["events"]
