"""One sentence, two durations: "reopen their embassies within two months … after four days of
talks" (Saudi Arabia and Iran, Beijing, 10 March 2023). Each report's two months meets the
others' two months and its four days their four days, however alike the clauses are; and the
protest a sentence dated 2016 recalls is no occasion of the report. Written for these tests."""

from __future__ import annotations

from tests.helpers import txt_report

EN = """Title: Saudi Arabia and Iran agree to restore ties
Date: 2023-03-10

BEIJING — Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their
embassies within two months, in a deal brokered by China after four days of talks in Beijing.

The two countries cut ties in 2016 after protesters stormed Saudi diplomatic missions in Iran.
"""
FA = """عنوان: توافق ایران و عربستان در پکن
تاریخ: ۱۴۰۱/۱۲/۱۹

ایران و عربستان سعودی روز جمعه پس از چهار روز گفت‌وگو در پکن توافق کردند روابط دیپلماتیک خود را از سر بگیرند و سفارتخانه‌هایشان را ظرف دو ماه بازگشایی کنند.
"""
AR = """العنوان: السعودية وإيران تتفقان على استئناف العلاقات
التاريخ: 10/03/2023

بكين - اتفقت السعودية وإيران، الجمعة، على استئناف العلاقات الدبلوماسية وإعادة فتح سفارتيهما خلال مدة أقصاها شهران، وذلك في ختام مباحثات استمرت أربعة أيام في بكين.
"""


def _durations(report: dict, kind: str) -> list[str]:
    return [
        f["message"] for f in report["findings"] if f["type"] == kind and f["message"].startswith("duration")
    ]


def test_each_figure_meets_its_equal(tmp_path):
    report = txt_report(tmp_path, en=EN, fa=FA, ar=AR)
    assert _durations(report, "conflict") == []
    agreed = " | ".join(_durations(report, "agreement"))
    assert "2 months in ar, en, fa" in agreed and "4 days in ar, en, fa" in agreed
    # the report's occasion is the talks, all three reports' one event; the 2016 protest is past
    [meeting] = [e for e in report["events"] if e["type"] == "meeting"]
    assert set(meeting["articles"]) == {"ar", "en", "fa"}
    assert not any(e["type"] == "protest" and e.get("date") == "2023-03-10" for e in report["events"])


def test_a_changed_figure_still_conflicts(tmp_path):
    report = txt_report(tmp_path, en=EN, fa=FA, ar=AR.replace("شهران", "ثلاثة أشهر"))
    clashes = _durations(report, "conflict")
    assert any("2 months" in m and "3 months" in m for m in clashes), clashes
