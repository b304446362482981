"""A council's vote on a resolution is a vote on a motion: its tally ("by 14 votes to none", «با ۱۴
رأی موافق») is compared across reports, its first count being the votes for.

Articles written for these tests from real reporting, in our own words: UN Security Council
resolution 2334 on Israeli settlements, adopted on Friday 23 December 2016 by 14 votes to none,
the United States abstaining.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, frames_of, md, subfolder

_STORY = {
    "en.md": md(
        "en",
        "2016-12-23",
        "UNITED NATIONS, Dec 23 — The UN Security Council on Friday adopted a resolution demanding an end to"
        " Israeli settlement building in occupied Palestinian territory, by 14 votes to none, with the"
        " United States abstaining.",
    ),
    "fa.md": md(
        "fa",
        "2016-12-24",
        "شورای امنیت سازمان ملل متحد روز جمعه ۳ دی ۱۳۹۵ با ۱۴ رأی موافق و رأی ممتنع آمریکا قطعنامه‌ای را"
        " تصویب کرد که خواستار توقف شهرک‌سازی اسرائیل در سرزمین‌های اشغالی فلسطین است.",
    ),
}


def test_the_first_count_of_a_tally_to_none_is_for(tmp_path):
    [votes] = [f for f in frames_of(tmp_path, "en.md", _STORY["en.md"]) if f.predicate == "votes"]
    assert votes.qualifiers.get("candidate") == "side:for"
    assert votes.subject.get("kind") == "event" and votes.subject.get("type") == "motion"


def test_a_changed_tally_of_a_resolution_conflicts(tmp_path):
    assert not conflicts_of(subfolder(tmp_path, "same"), _STORY)
    changed = edited(_STORY, "fa.md", "با ۱۴ رأی موافق", "با ۱۳ رأی موافق")
    found = [
        f for f in conflicts_of(subfolder(tmp_path, "changed"), changed) if f["key"].startswith("votes@")
    ]
    assert found and {"14 votes", "13 votes"} <= {v["display"] for v in found[0]["values"]}
