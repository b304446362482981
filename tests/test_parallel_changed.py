"""Two parallel sentences stay parallel when one report changes the one value they share: the
change is a conflict, not a vanished agreement."""

from __future__ import annotations

from tests.helpers import assert_some_says, conflicts_coded, edited, md, report_of, subfolder

_AWARD = {
    "en.md": md(
        "en",
        "2023-10-31",
        "Lionel Messi won the Ballon d'Or for the eighth time on Monday. Messi first won the award in 2009."
        " Cristiano Ronaldo, his long-time rival, has won it five times.",
    ),
    "fa.md": md(
        "fa",
        "2023-10-31",
        "لیونل مسی روز دوشنبه برای هشتمین بار برنده توپ طلا شد. مسی نخستین بار در سال ۲۰۰۹ این جایزه را برده"
        " بود. کریستیانو رونالدو رقیب دیرینه او پنج بار این جایزه را برده است.",
    ),
}


def test_the_shared_small_figure_agrees(tmp_path):
    found = [f for f in report_of(tmp_path, _AWARD)["findings"] if f["code"] == "AG03"]
    assert_some_says(found, "5 times")


def test_the_changed_small_figure_conflicts(tmp_path):
    changed = edited(_AWARD, "en.md", "has won it five times", "has won it six times")
    found = conflicts_coded(subfolder(tmp_path, "six"), changed, "CF03")
    assert_some_says(found, "6 times")


# Two reports of a curfew lifted, each recalling when it was imposed: the English sentence reads a
# small figure from "the first time", the Arabic one from «ثلاثة أيام». Small figures tell no fact
# apart, so the changed day still leaves the sentences parallel.
_CURFEW = {
    "en.md": md(
        "en",
        "2023-10-20",
        "Authorities in Ecuador lifted the nationwide curfew on Friday after riots in Guayaquil ended."
        " It had been imposed late on Tuesday, Oct. 10, for the first time since 1999.",
    ),
    "ar.md": md(
        "ar",
        "2023-10-20",
        "رفعت السلطات في الإكوادور يوم الجمعة حظر التجول في أنحاء البلاد بعد انتهاء أعمال الشغب في"
        " غواياكيل. وكان قد فُرض ليل الثلاثاء ١٠ أكتوبر/تشرين الأول لمدة ثلاثة أيام، في سابقة هي الأولى"
        " منذ عام ١٩٩٩.",
    ),
}


def test_a_day_recalled_beside_small_figures_agrees(tmp_path):
    found = [f for f in report_of(tmp_path, _CURFEW)["findings"] if f["code"] == "AG02"]
    assert_some_says(found, "2023-10-10")


def test_a_day_recalled_beside_small_figures_conflicts_when_changed(tmp_path):
    changed = edited(_CURFEW, "ar.md", "الثلاثاء ١٠ أكتوبر", "الأحد ١٥ أكتوبر")
    found = conflicts_coded(subfolder(tmp_path, "changed"), changed, "CF02")
    assert_some_says(found, "2023-10-15")
