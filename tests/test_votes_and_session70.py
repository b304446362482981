"""Session 70: the eval's misses and probe batches 28 and 29. The general readings:

- a count of members or deputies followed by their side («۱۲۰۴ عضو رأی موافق دادند», "1,204
  members voted in favor", «صوت 1204 أعضاء لصالح») is a count of the motion's votes on that side;
- a motion's share that no side word marks ("by 1,204 votes to 310, or 80%", «با ۸۰ درصد آرا …
  تصویب کردند») is the share that carried it, compared with the other reports' share;
- a figure in a clause of its own after ", and" is dated by that clause's date, not the sentence's
  first ("A tentative deal was reached on Monday, Feb. 26, and members ratified it on Friday,
  March 8, by 1,204 votes to 310").
"""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check
from tests.helpers import conflicts_of, extraction_of, findings_of, frames_of, md, roles_of, subfolder

_EN = (
    "The nurses' union said its members had approved the new contract. A tentative agreement was "
    "reached on Monday, Feb. 26, and members ratified it on Friday, March 8, by 1,204 votes to 310, "
    "or 80%."
)
_FA = (
    "اعضای اتحادیه پرستاران روز جمعه ۱۸ اسفند ۱۴۰۲ با ۸۰ درصد آرا قرارداد جدید را تصویب کردند. در "
    "این رأی‌گیری ۱۲۰۴ عضو رأی موافق و ۳۱۰ عضو رأی مخالف دادند."
)


def _votes(folder, lang: str, body: str, published: str = "2024-03-09") -> dict[float, dict]:
    return {
        f.value["low"]: f
        for f in frames_of(folder, f"{lang}.md", md(lang, published, body))
        if f.predicate == "votes"
    }


def test_members_counted_with_their_side_are_a_motions_votes(tmp_path):
    cases = {
        "fa": _FA,
        "en": "Members ratified the contract in a vote on Friday: 1,204 members voted in favor and 310 voted against.",
        "ar": "وفي الاقتراع الذي جرى يوم الجمعة، صوت 1204 أعضاء لصالح العقد مقابل 310 أعضاء صوتوا ضده.",
    }
    for lang, body in cases.items():
        votes = _votes(tmp_path, lang, body)
        sides = {n: votes[n].qualifiers.get("candidate") for n in (1204, 310)}
        assert sides == {1204: "side:for", 310: "side:against"}, (lang, sides)


def test_a_figure_of_a_joined_clause_holds_on_that_clauses_day(tmp_path):
    # (where the 8th is the reported occasion's own day the figures are the occasion's; never the
    # 26th's, the tentative deal's)
    en = _votes(tmp_path, "en", _EN)
    assert {(f.time or {}).get("earliest", "2024-03-08") for f in en.values()} == {"2024-03-08"}
    # (and told in a later report of a walkout, they are the 8th's)
    walkout = "Nurses at the hospital walked out on Tuesday, April 16, over staffing. " + _EN
    later = _votes(tmp_path, "en_later", walkout, "2024-04-17")
    assert {f.time["earliest"] for f in later.values()} == {"2024-03-08"}
    # (a clause joined after the figure is not its own: the rise is 2022's)
    rate = next(
        f
        for f in frames_of(
            tmp_path,
            "en2.md",
            md(
                "en",
                "2023-03-12",
                "The company's net income for 2022, the highest in its history, rose 46.5%, and in 2023 it "
                "fell by a quarter.",
            ),
        )
        if f.value.get("low") == 46.5
    )
    assert rate.time["earliest"] == "2022-01-01"


def test_a_motions_share_told_alone_meets_the_other_reports_share(tmp_path):
    arts = {"en.md": md("en", "2024-03-09", _EN), "fa.md": md("fa", "2024-03-09", _FA)}
    agreed = [f["message"] for f in findings_of(tmp_path, arts) if f["type"] == "agreement"]
    assert any("80 percent" in m for m in agreed), agreed
    assert any("310 votes" in m for m in agreed), agreed
    assert not conflicts_of(subfolder(tmp_path, "same"), arts)
    changed = {**arts, "fa.md": md("fa", "2024-03-09", _FA.replace("۱۲۰۴ عضو", "۱۱۴۰ عضو"))}
    found = conflicts_of(subfolder(tmp_path, "changed"), changed)
    assert any("1,140 votes" in f["message"] and "1,204 votes" in f["message"] for f in found), found


def test_a_roles_word_inside_a_name_is_no_role(tmp_path):
    en = roles_of(
        extraction_of(
            tmp_path,
            "en.md",
            md(
                "en",
                "2024-06-29",
                "Two of them, Tehran Mayor Alireza Zakani and Vice President Amir-Hossein Ghazizadeh "
                "Hashemi, withdrew. Iranian activist Amir-Hossein Sabeti called the vote unfair.",
            ),
        )
    )
    assert ("Amir-Hossein Ghazizadeh Hashemi", "vice_president") in en
    assert not any(role == "emir" for _, role in en), en
    ar = roles_of(
        extraction_of(
            tmp_path,
            "ar.md",
            md(
                "ar",
                "2024-07-06",
                "وجاءت الانتخابات المبكرة إثر مقتل الرئيس إبراهيم رئيسي ووزير خارجيته حسين أمير عبد "
                "اللهيان في تحطم مروحية.",
            ),
        )
    )
    # («وزير خارجيته», his foreign minister, is one role; the «أمير» of the name is none)
    assert ("حسين أمير عبد اللهيان", "foreign_minister") in ar, ar
    assert not any(role == "emir" for _, role in ar), ar


def test_an_ordinal_is_no_word_of_a_name_and_a_year_of_birth_no_age(tmp_path):
    fa = roles_of(
        extraction_of(tmp_path, "fa.md", md("fa", "2024-07-06", "مسعود پزشکیان نهمین رئیس‌جمهور ایران شد."))
    )
    assert not any("نهمین" in name for name, _ in fa), fa
    ages = [
        f.value["low"]
        for f in frames_of(
            tmp_path,
            "fa2.md",
            md("fa", "2024-07-06", "پزشکیان متولد ۱۳۳۳ در مهاباد در استان آذربایجان غربی و ۶۹ ساله است."),
        )
        if f.predicate == "age"
    ]
    assert ages == [69]


def test_two_figures_each_met_and_one_report_giving_both_are_no_conflict(tmp_path):
    # (met by their words alone, Brent's March low of $70 and WTI's $80.42 close are two figures,
    # each told by two reports, and one report gives both: the OPEC+ cut story of probe batch 29,
    # written by a helper that saw no code)
    story = Path(__file__).parent.parent / "benchmarks" / "probes" / "opec_plus_cut_2023"
    found = [f["message"] for f in check([story]).report["findings"] if f["type"] == "conflict"]
    assert not any(" 70 dollars" in m for m in found), found
