"""Two parallel sentences stay parallel when one report changes the one value they share: the
change is a conflict, not a vanished agreement."""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, md, report_of, subfolder

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
    assert [f for f in found if "5 times" in f["message"]], [f["message"] for f in found]


def test_the_changed_small_figure_conflicts(tmp_path):
    changed = edited(_AWARD, "en.md", "has won it five times", "has won it six times")
    found = conflicts_coded(subfolder(tmp_path, "six"), changed, "CF03")
    assert [f for f in found if "6 times" in f["message"]], [f["message"] for f in found]
