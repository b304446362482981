"""Results declared weeks after the vote: Indonesia's election commission named Prabowo Subianto
the winner of the 14 February 2024 election on 20 March. "Election commission" («کمیسیون
انتخابات», «لجنة الانتخابات») names a body, not an occasion; the vote is still the reports'
occasion five weeks on (its ``span_days``); and two former governors hold no office together.
Reports written for these tests from that day's reporting."""

from __future__ import annotations

from tests.helpers import txt_report

EN = """Title: Prabowo confirmed winner of Indonesia's presidential election
Date: 2024-03-20

JAKARTA — Indonesia's election commission on Wednesday declared Defense Minister Prabowo Subianto the
winner of the Feb. 14 presidential election with 58.6% of the vote.

Former Jakarta governor Anies Baswedan came second with 24.9%, and former Central Java governor Ganjar
Pranowo won 16.5%, the General Elections Commission said. Turnout was 81.8%.
"""
FA = """عنوان: پرابوو برنده رسمی انتخابات اندونزی شد
تاریخ: ۱۴۰۲/۱۲/۳۰

کمیسیون انتخابات اندونزی روز چهارشنبه ۳۰ اسفند ۱۴۰۲ اعلام کرد پرابوو سوبیانتو، وزیر دفاع این کشور، با کسب ۵۸٫۶ درصد آرا در انتخابات ریاست‌جمهوری ۱۴ فوریه پیروز شده است. میزان مشارکت ۸۱٫۸ درصد بود.
"""
AR = """العنوان: إعلان فوز برابوو برئاسة إندونيسيا رسميا
التاريخ: 20/03/2024

جاكرتا - أعلنت لجنة الانتخابات العامة في إندونيسيا، الأربعاء، فوز وزير الدفاع برابوو سوبيانتو في الانتخابات الرئاسية التي جرت في 14 فبراير/شباط، بحصوله على 58.6 بالمئة من الأصوات. وبلغت نسبة المشاركة 81.8 بالمئة.
"""


def test_one_vote_five_weeks_on(tmp_path):
    report = txt_report(tmp_path, en=EN, fa=FA, ar=AR)
    [vote] = [e for e in report["events"] if e["type"] == "election"]
    assert set(vote["articles"]) == {"en", "fa", "ar"} and vote["date"] == "2024-02-14"
    assert not [f["message"] for f in report["findings"] if f["type"] in ("conflict", "inconsistency")]
    assert any(
        f["message"].startswith("turnout") and "ar, en, fa" in f["message"] for f in report["findings"]
    )


def test_a_changed_share_conflicts(tmp_path):
    report = txt_report(tmp_path, en=EN, fa=FA.replace("۵۸٫۶ درصد", "۵۶٫۸ درصد"), ar=AR)
    assert any(f["code"] == "CF03" and "56.8" in f["message"] for f in report["findings"])
