"""A prize awarded is an occasion of its own kind (rules/events ``award``): the 2024 Nobel Prize
in Chemistry, announced in Stockholm on 9 October 2024, in three reports written for this test.
They are one award event; a report that dates it a week later conflicts."""

from __future__ import annotations

from tests.helpers import txt_report

EN = """Title: Nobel chemistry prize goes to protein designers
Date: 2024-10-09

STOCKHOLM — The 2024 Nobel Prize in Chemistry was awarded on Wednesday to David Baker of the
University of Washington and to Demis Hassabis and John Jumper of Google DeepMind for their work on proteins.
"""
FA = """عنوان: نوبل شیمی ۲۰۲۴ به طراحان پروتئین رسید
تاریخ: ۱۴۰۳/۰۷/۱۸

آکادمی سلطنتی علوم سوئد روز چهارشنبه ۱۸ مهر ۱۴۰۳ اعلام کرد جایزه نوبل شیمی سال ۲۰۲۴ به دیوید بیکر و دمیس هسابیس و جان جامپر تعلق گرفت.
"""
AR = """العنوان: نوبل الكيمياء لثلاثة علماء
التاريخ: 09/10/2024

ستوكهولم - منحت الأكاديمية الملكية السويدية للعلوم، الأربعاء، جائزة نوبل في الكيمياء لعام 2024 إلى ديفيد بيكر وديميس هاسابيس وجون جامبر.
"""


def test_three_reports_of_one_award(tmp_path):
    report = txt_report(tmp_path, en=EN, fa=FA, ar=AR)
    [award] = [e for e in report["events"] if e["type"] == "award"]
    assert set(award["articles"]) == {"en", "fa", "ar"} and award["date"] == "2024-10-09"
    assert not [f for f in report["findings"] if f["type"] in ("conflict", "inconsistency")]


def test_a_report_that_dates_it_a_week_later_conflicts(tmp_path):
    report = txt_report(tmp_path, en=EN, fa=FA.replace("۱۸ مهر ۱۴۰۳", "۲۵ مهر ۱۴۰۳"), ar=AR)
    assert any(f["code"] == "CF04" and "2024-10-16" in f["message"] for f in report["findings"])


def test_the_host_of_the_games_is_no_meeting(tmp_path):
    """«فرانسه، میزبان بازی‌ها، …» (France, host of the Games: Paris 2024) hosts no meeting."""
    text = (
        "تاریخ: ۱۴۰۳/۰۵/۲۲\n\nژاپن با ۲۰ طلا سوم شد و فرانسه، میزبان بازی‌ها، با ۱۶ طلا و ۶۴ مدال پنجم شد.\n"
    )
    report = txt_report(tmp_path, fa=text)
    assert not [e for e in report["events"] if e["type"] == "meeting"]
