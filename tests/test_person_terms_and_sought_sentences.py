"""A person's term is no founding, and a sentence sought counts from no start.

* «زوما، الذي حكم البلاد من ٢٠٠٩ حتى ٢٠١٨»: the start of a person's sentence, his term, is not
  when the body that another clause names was set up ("the inquiry was set up in 2018"):
  ``align.frames._same_subject`` keeps them apart, so no date conflict is claimed.
* "asked the court to jail him for two years": a sentence sought (``requested``) is no time since
  anything began, so no duration inconsistency (IN03) is claimed against a start.

The articles are written for the test, in our own words, from the reporting on the Constitutional
Court's contempt ruling against Jacob Zuma of 29 June 2021.
"""

from __future__ import annotations

from tests.helpers import findings_of, md

_ZUMA = {
    "en.md": md(
        "en",
        "2021-06-29",
        "JOHANNESBURG, June 29 - South Africa's Constitutional Court sentenced former president Jacob"
        " Zuma on Tuesday to 15 months in prison for contempt, after he defied an order to testify"
        " before the inquiry into state capture. The inquiry, chaired by Deputy Chief Justice Raymond"
        " Zondo, was set up in 2018. The commission had asked the court to jail him for two years.",
    ),
    "ar.md": md(
        "ar",
        "2021-06-30",
        "قضت المحكمة الدستورية في جنوب أفريقيا الثلاثاء بسجن الرئيس السابق جاكوب زوما ١٥ شهرا بتهمة"
        " ازدراء المحكمة. وصدر الحكم بحق زوما، الذي حكم البلاد من ٢٠٠٩ حتى ٢٠١٨، لرفضه المثول أمام لجنة"
        " التحقيق في الفساد التي يرأسها نائب رئيس القضاة ريموند زوندو.",
    ),
    "fa.md": md(
        "fa",
        "2021-06-30",
        "دادگاه قانون اساسی آفریقای جنوبی روز سه‌شنبه جاکوب زوما، رئیس‌جمهور پیشین این کشور را به"
        " ۱۵ ماه زندان محکوم کرد. کمیسیون تحقیق درباره فساد که در سال ۲۰۱۸ تشکیل شد، از دادگاه خواسته"
        " بود او را زندانی کند.",
    ),
}


def test_a_persons_term_is_no_founding_of_the_inquiry(tmp_path):
    found = findings_of(tmp_path, _ZUMA)
    dates = [f for f in found if f["type"] == "conflict" and "2009" in f["message"]]
    assert not dates, [f["message"] for f in dates]


def test_a_sentence_sought_counts_from_no_start(tmp_path):
    found = findings_of(tmp_path, _ZUMA)
    assert not [f for f in found if f["code"] == "IN03"], [f["message"] for f in found if f["code"] == "IN03"]
