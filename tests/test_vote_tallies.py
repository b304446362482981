"""Session 64: a UN General Assembly vote (written for probe batch 14, scored unseen first) gave
two tallies in one report, the resolution's and a failed amendment's. Each report's counts of
votes against met the other's across motions (14 against one, 55 against the other: a false
conflict), and abstentions were no side of any tally. Two general readings:

- the nearest motion noun before a count of votes says whose count it is ("A Canadian amendment
  … It received 88 votes in favor", «اصلاحیه … با ۸۸ رأی موافق»: rules/predicates ``vote_motions``);
- abstentions are a side of a tally ("45 abstentions", «۴۵ رأی ممتنع», «وامتناع 23»).
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, md, subfolder

_EN = (
    "NEW YORK — The General Assembly on Friday, Oct. 27, adopted the resolution by 120 votes in favor "
    "and 14 against, with 45 abstentions. Earlier, a Canadian amendment failed. It received 88 votes "
    "in favor, 55 against and 23 abstentions."
)
_FA = (
    "مجمع عمومی روز جمعه ۵ آبان ۱۴۰۲ قطعنامه را با ۱۲۰ رأی موافق، ۱۴ رأی مخالف و ۴۵ رأی ممتنع تصویب کرد. "
    "اصلاحیه کانادا با ۸۸ رأی موافق، ۵۵ رأی مخالف و ۲۳ رأی ممتنع رد شد."
)


def _tallies(folder, lang: str, text: str) -> set[tuple[float, str, str | None]]:
    x = extraction_of(folder, f"{lang}.md", md(lang, "2023-10-27", text))
    return {
        (f.value["low"], f.qualifiers.get("candidate"), f.qualifiers.get("motion"))
        for f in x.frames
        if f.predicate == "votes" and str(f.qualifiers.get("candidate", "")).startswith("side:")
    }


def test_each_count_is_on_its_side_of_its_motion(tmp_path):
    want = {
        (120, "side:for", None),
        (14, "side:against", None),
        (45, "side:abstain", None),
        (88, "side:for", "amendment"),
        (55, "side:against", "amendment"),
        (23, "side:abstain", "amendment"),
    }
    assert _tallies(subfolder(tmp_path, "fa"), "fa", _FA) == want
    assert want - _tallies(subfolder(tmp_path, "en"), "en", _EN) <= {(14, "side:against", None)}


def test_two_motions_tallies_agree_and_a_changed_count_conflicts(tmp_path):
    """The English report gives the resolution's votes for it only: its 55 against are the
    amendment's, and meet the Persian report's 55, not its 14 against the resolution."""
    en = _EN.replace(" and 14 against, with 45 abstentions", "")
    story = {"en.md": md("en", "2023-10-27", en), "fa.md": md("fa", "2023-10-27", _FA)}
    assert conflicts_of(subfolder(tmp_path, "same"), story) == []
    changed = dict(story, **{"fa.md": story["fa.md"].replace("۵۵ رأی مخالف", "۶۵ رأی مخالف")})
    found = conflicts_of(subfolder(tmp_path, "changed"), changed)
    assert any("65" in f["message"] for f in found), [f["message"] for f in found]
