"""Whose share of the vote a figure is.

* A share that restates the count before it, in parentheses or after "or" («… رأی (۵۱٫۹۵ درصد)»,
  "5,150,092 votes, or 51.2%"), is the count's candidate's, not the next person named
  (``extract.frames._restated_count``).
* A compound surname ("Edmundo González Urrutia", then "González" alone): its two words are one
  candidate's, so the share one report gives "González" and another gives the full name meet
  (``align.frames._compound_surnames``).

The articles are written for the test, in our own words, from the reporting on Venezuela's
presidential election of 28 July 2024.
"""

from __future__ import annotations

from tests.helpers import findings_of, frames_of, md

_FA = (
    "شورای ملی انتخابات ونزوئلا روز جمعه اعلام کرد با شمارش ۹۶٫۸۷ درصد آرا، مادورو ۶ میلیون و ۴۰۸"
    " هزار و ۸۴۴ رأی (۵۱٫۹۵ درصد) و ادموندو گونسالس اوروتیا، نامزد ائتلاف مخالفان، ۵ میلیون و ۳۲۶ هزار"
    " و ۱۰۴ رأی (۴۳٫۱۸ درصد) به دست آورده‌اند."
)


def test_a_share_in_parentheses_is_the_counts(tmp_path):
    frames = frames_of(tmp_path, "fa_x.md", md("fa", "2024-08-03", _FA))
    by_text = {f.text: f.qualifiers.get("candidate") for f in frames if f.predicate == "votes"}
    gonzalez = by_text["۴۳٫۱۸ درصد"]
    assert gonzalez, by_text
    assert by_text["۵۱٫۹۵ درصد"] != gonzalez, "Maduro's 51.95% is not the opposition candidate's"


_STORY = {
    "en.md": md(
        "en",
        "2024-07-29",
        "CARACAS, July 29 - Venezuela's electoral council declared President Nicolas Maduro the winner"
        " of Sunday's election. Opposition candidate Edmundo Gonzalez Urrutia took 44.2% of the vote,"
        " the council said, against 51.2% for Maduro.",
    ),
    "fa.md": md(
        "fa",
        "2024-07-30",
        "شورای ملی انتخابات ونزوئلا پیروزی نیکولاس مادورو را اعلام کرد. ادموندو گونسالس اوروتیا، نامزد"
        " ائتلاف مخالفان، دوم شد. به گفته این شورا، ادموندو گونسالس ۴۴٫۲ درصد آرا را به دست آورد.",
    ),
}


def test_a_compound_surname_is_one_candidate(tmp_path):
    found = findings_of(tmp_path, _STORY)
    agreed = [f for f in found if f["type"] == "agreement" and "44.2" in f["message"]]
    assert agreed, [f["message"] for f in found]
    articles = {ev["article"] for v in agreed[0]["values"] for ev in v["evidence"]}
    assert articles == {"en", "fa"}
