"""Two false conflicts found by running two new stories unchanged in session 45, as a user would.

- Bank Al-Maghrib raised its key rate by 50 basis points to 3% on 21 March 2023, from 2.5%.
  «بعد أن كان في حدود ٢٫٥٪» ("after it had been around 2.5%") is the rate before: «في حدود» is a
  hedge ("around"), so the compared-with words stand right before the figure. Before, 2.5% was
  the key rate, against the 3% of the other reports.
- Chile's runoff of 19 December 2021 came two years after the protests of October 2019. The Persian
  plural «اعتراضات» is a protest: «مهر ۱۳۹۸» dates the protests (and the constituent assembly they
  led to), not the election.

Articles written for these tests from that reporting, in our own words.
"""

from __future__ import annotations

from checker.pipeline import check
from tests.helpers import frames_of, md


def test_a_rate_after_it_had_been_around_is_the_one_before(tmp_path):
    text = md(
        "ar",
        "2023-03-22",
        "قرر بنك المغرب يوم الثلاثاء رفع سعر الفائدة الرئيسي بمقدار ٥٠ نقطة أساس إلى ٣٪، بعد أن كان في حدود"
        " ٢٫٥٪، في ثالث زيادة متتالية.",
    )
    rates = {
        f.value["low"]: f.qualifiers for f in frames_of(tmp_path, "ar.md", text) if f.predicate == "rate"
    }
    assert rates[3].get("changed_to") and rates[2.25].get("previous")


_RUNOFF = {
    "fa.md": md(
        "fa",
        "2021-12-20",
        "گابریل بوریچ روز یکشنبه ۲۸ آذر ۱۴۰۰ در دور دوم انتخابات ریاست جمهوری شیلی پیروز شد. این انتخابات"
        " دو سال پس از اعتراضات گسترده مهر ۱۳۹۸ برگزار شد؛ اعتراضاتی که به تشکیل مجلس مؤسسان انجامید.",
    ),
    "ar.md": md(
        "ar",
        "2021-12-20",
        "فاز غابرييل بوريك بالانتخابات الرئاسية في تشيلي في جولة الإعادة التي جرت يوم الأحد 19 ديسمبر/كانون الأول 2021، الموافق"
        " 15 جمادى الأولى 1443 هـ، ليصبح أصغر رئيس منتخب في تاريخ البلاد. وجاءت"
        " الانتخابات بعد عامين من الاحتجاجات الواسعة التي اندلعت في أكتوبر/تشرين الأول 2019، وأفضت إلى"
        " انتخاب جمعية تأسيسية.",
    ),
}


def test_the_month_of_the_protests_before_an_election_is_not_the_elections(tmp_path):
    for name, text in _RUNOFF.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path]).report
    assert not [f for f in report["findings"] if f["type"] == "conflict"]
