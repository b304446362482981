"""Reports whose lead names no typed occasion ("agreed to further cuts", "deaths rose") still tell
one story when they share specific figures, and a report that names someone in its own script is
never said to leave them out.

Articles written for these tests from real reporting: the voluntary OPEC+ cuts of 30 November 2023
(see tests/test_lists.py) and a meeting of the Saudi and Russian energy officials in Riyadh."""

from __future__ import annotations

from checker.pipeline import check
from tests.test_lists import AR, EN, FA


def _report(tmp_path, articles: dict[str, str]):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([str(tmp_path)]).report


def test_untyped_reports_sharing_specific_figures_are_one_occasion(tmp_path):
    r = _report(tmp_path, {"en.md": EN, "ar.txt": AR, "fa.txt": FA})
    assert [sorted(e["articles"]) for e in r["events"]] == [["ar", "en", "fa"]]


def test_untyped_reports_sharing_one_figure_stay_apart(tmp_path):
    other = (
        "---\ntitle: Iraq budget\npublished: 2023-12-01\nlanguage: en\n---\n"
        "Iraq's parliament approved spending of 198.9 trillion dinars, with oil priced at $70 a barrel"
        " and exports of 3.5 million bpd. Kuwait 135,000 bpd.\n"
    )
    r = _report(tmp_path, {"en.md": EN, "other.md": other})
    assert sorted(sorted(e["articles"]) for e in r["events"]) == [["en"], ["other"]]


MEET_EN = (
    "---\ntitle: Saudi, Russian energy chiefs meet\npublished: 2023-12-05\nlanguage: en\n---\n"
    "RIYADH, Dec 5 - Saudi Energy Minister Prince Abdulaziz bin Salman met Russian Deputy Prime"
    " Minister Alexander Novak in Riyadh on Tuesday to discuss oil market stability.\n"
)
MEET_AR = (
    " date 2023-12-05\nالتقى نائب رئيس الوزراء الروسي ألكسندر نوفاك في الرياض اليوم الثلاثاء مسؤولين في"
    " وزارة الطاقة السعودية التي يقودها الأمير عبدالعزيز بن سلمان لبحث استقرار سوق النفط.\n"
)


def test_a_name_written_in_the_other_script_is_no_omission(tmp_path):
    """«… التي يقودها الأمير عبدالعزيز بن سلمان»: the Arabic report names him without a role; his
    surname's skeleton (slmn) is a word of it, so it does not leave him out."""
    r = _report(tmp_path, {"en.md": MEET_EN, "ar.txt": MEET_AR})
    left_out = [f["message"] for f in r["findings"] if f["code"].startswith("OM")]
    assert not any("Abdulaziz" in m or "Salman" in m for m in left_out), left_out
