"""A report of one thing done "ahead of" an occasion still to come: the rate rise of Turkey's
central bank on 21 March 2024, "ahead of local elections on March 31". The election is no
occasion the report tells of as past (no IN04, no election as the report's own event), its date
is still compared across reports, and the repo rate held "since January, while inflation rose to
67.1%" is no inflation figure. Articles written for these tests from that day's reporting."""

from __future__ import annotations

from checker.pipeline import extract_corpus
from checker.rules import load_rules
from tests.helpers import txt_report

EN = """Title: Turkey's central bank raises key rate to 50%
Date: 2024-03-21

ANKARA — Turkey's central bank raised its main interest rate by 500 basis points to 50% on
Thursday, citing a worsening inflation outlook ahead of local elections on March 31. The
one-week repo rate had been held at 45% since January, while annual inflation rose to 67.1% in February.
"""
FA = """عنوان: بانک مرکزی ترکیه نرخ بهره را به ۵۰ درصد رساند
تاریخ: ۱۴۰۳/۰۱/۰۲

بانک مرکزی ترکیه روز پنجشنبه نرخ بهره اصلی خود را ۵۰۰ واحد پایه افزایش داد و به ۵۰ درصد رساند. این بانک دلیل این تصمیم را بدتر شدن چشم‌انداز تورم پیش از انتخابات محلی ۳۱ مارس اعلام کرد. نرخ تورم سالانه در ماه فوریه به ۶۷٫۱ درصد رسید.
"""
AR = """العنوان: المركزي التركي يرفع الفائدة إلى 50 بالمئة
التاريخ: 21/03/2024

أنقرة - رفع البنك المركزي التركي، الخميس، سعر الفائدة الرئيسي 500 نقطة أساس إلى 50 بالمئة، مشيرا إلى تدهور توقعات التضخم قبل الانتخابات المحلية المقررة في 31 مارس/آذار. وكان سعر إعادة الشراء لأجل أسبوع قد ثبت عند 45 بالمئة منذ يناير/كانون الثاني، فيما ارتفع معدل التضخم السنوي إلى 67.1 بالمئة في فبراير/شباط.
"""


def test_an_occasion_still_to_come_is_not_the_reports_own(tmp_path):
    report = txt_report(tmp_path, en=EN, fa=FA, ar=AR)
    bad = [f["message"] for f in report["findings"] if f["type"] in ("conflict", "inconsistency")]
    assert bad == []
    agreed = [f["message"] for f in report["findings"] if f["code"] == "AG02" and "election" in f["message"]]
    assert agreed and all("2024-03-31" in m for m in agreed)


def test_its_date_still_conflicts_when_one_report_changes_it(tmp_path):
    report = txt_report(tmp_path, en=EN.replace("March 31", "March 24"), fa=FA, ar=AR)
    [clash] = [f for f in report["findings"] if f["type"] == "conflict" and "election" in f["message"]]
    assert "2024-03-24" in clash["message"] and "2024-03-31" in clash["message"]


def test_the_held_rate_is_neither_annual_nor_dated_by_a_headline(tmp_path):
    """The title is given apart ("Title:"), so the body's first wrapped line is no headline whose
    figure takes another figure's month; and "annual", said after "while", is inflation's."""
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    [x] = extract_corpus([str(tmp_path)], rules=load_rules())[0]
    rates = {f.text: f for f in x.frames if f.predicate == "rate"}
    assert rates["50%"].time is None
    assert "c:annual" not in rates["45%"].subject["tokens"] and "c:interest" in rates["45%"].subject["tokens"]
    assert "c:annual" in rates["67.1%"].subject["tokens"]
