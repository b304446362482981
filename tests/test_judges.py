"""The judge of a trial or a ruling is that case's own office (``per_event``): two reports of one
ruling that name different judges conflict; one report that names the judges of two cases does not
contradict itself. The Sam Bankman-Fried sentencing, 28 March 2024; sentences written for this test,
in our own words."""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, md, report_of

_RULING = {
    "en.md": md(
        "en",
        "2024-03-29",
        "NEW YORK — U.S. District Judge Lewis Kaplan sentenced FTX founder Sam Bankman-Fried to 25 years"
        " in prison on Thursday for defrauding customers of the collapsed crypto exchange.",
    ),
    "ar.md": md(
        "ar",
        "2024-03-29",
        "قضت محكمة فدرالية في نيويورك يوم الخميس بسجن سام بانكمان فريد، مؤسس منصة FTX، 25 عاما بتهمة"
        " الاحتيال على عملاء المنصة المنهارة، وأصدر الحكم القاضي لويس كابلان.",
    ),
    "fa.md": md(
        "fa",
        "2024-03-29",
        "لوئیس کاپلان، قاضی دادگاه فدرال نیویورک، روز پنجشنبه سم بنکمن فرید، بنیان‌گذار صرافی FTX، را به"
        " اتهام کلاهبرداری از مشتریان این صرافی ورشکسته به ۲۵ سال زندان محکوم کرد.",
    ),
}


def _judges(report) -> list[dict]:
    return [f for f in report["findings"] if f["code"] in ("CF01", "AG01") and "judge" in f["message"]]


def test_one_judge_in_every_report_agrees(tmp_path):
    [f] = _judges(report_of(tmp_path, _RULING))
    assert f["code"] == "AG01" and len(f["values"][0]["articles"]) == 3


def test_another_judge_in_one_report_conflicts(tmp_path):
    changed = edited(_RULING, "ar.md", "القاضي لويس كابلان", "القاضي جيد راكوف")
    found = [f for f in conflicts_coded(tmp_path, changed, "CF01") if "judge" in f["message"]]
    assert found, "a different judge of one ruling is a conflict"


def test_a_report_naming_the_judge_of_another_case_contradicts_nothing(tmp_path):
    also = edited(
        _RULING,
        "en.md",
        "exchange.",
        "exchange. Separately, Justice Juan Merchan set April 15 for the start of another criminal trial.",
    )
    assert not [f for f in _judges(report_of(tmp_path, also)) if f["code"] == "CF01"]


def test_a_role_word_in_a_list_of_nouns_names_no_one(tmp_path):
    listed = edited(
        _RULING,
        "fa.md",
        "محکوم کرد.",
        "محکوم کرد. وکیل او، مارک کوهن، قاضی و دادستان‌ها را به بی‌انصافی متهم کرد.",
    )
    # (the lawyer is no second judge: the report's one judge still agrees with the others')
    [f] = _judges(report_of(tmp_path, listed))
    assert f["code"] == "AG01" and "fa" in f["values"][0]["articles"]
