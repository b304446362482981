"""A role many may hold at once (an envoy, a spokesperson) that most reports of one event give to
one person and a single report to another, neither side naming the other person at all: a
possible conflict (findings/office ``_odd_holder``).

Written for the test, in our own words, from the reporting on the COP28 agreement reached in Dubai
on 13 December 2023, which the US climate envoy John Kerry welcomed.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, md, subfolder

_DEAL = {
    "en.md": md(
        "en",
        "2023-12-13",
        "DUBAI — Nearly 200 countries agreed on Wednesday, December 13, 2023, at the COP28 climate summit"
        " in Dubai to transition away from fossil fuels in energy systems. US climate envoy John Kerry"
        " called the deal a compromise that every country could claim.",
    ),
    "ar.md": md(
        "ar",
        "2023-12-13",
        "اتفقت نحو 200 دولة يوم الأربعاء 13 ديسمبر 2023 في قمة المناخ كوب 28 في دبي على التحول بعيدا عن"
        " الوقود الأحفوري في أنظمة الطاقة. ورحب المبعوث الأمريكي للمناخ جون كيري بالاتفاق.",
    ),
    "fa.md": md(
        "fa",
        "2023-12-13",
        "نزدیک به ۲۰۰ کشور روز چهارشنبه ۱۳ دسامبر ۲۰۲۳ در نشست اقلیمی کاپ ۲۸ در دبی بر سر گذار از سوخت‌های"
        " فسیلی در نظام‌های انرژی توافق کردند. جان کری، فرستاده ویژه آمریکا در امور اقلیم، گفت این توافق"
        " پیامی قوی به سرمایه‌گذاران می‌فرستد.",
    ),
}


def _odd(path, story):
    return [f for f in conflicts_coded(path, story, "CF01") if f["key"].startswith("role:envoy:")]


def test_a_single_report_naming_another_envoy_is_a_possible_conflict(tmp_path):
    [f] = _odd(tmp_path, edited(_DEAL, "en.md", "John Kerry", "Todd Stern"))
    assert f["severity"] == "warning" and "envoy" in f["message"]
    sides = {v["display"]: v["articles"] for v in f["values"]}
    assert sides["Todd Stern"] == ["en"] and sorted(
        next(a for d, a in sides.items() if d != "Todd Stern")
    ) == ["ar", "fa"]
    assert any("Todd Stern" in e["text"] for v in f["values"] for e in v["evidence"])


def test_one_envoy_in_every_report_is_no_conflict(tmp_path):
    assert not _odd(tmp_path, _DEAL)


def test_a_report_that_also_names_the_other_person_is_no_conflict(tmp_path):
    # (two envoys the single report tells apart: Kerry is there too, in a role of no office)
    story = edited(_DEAL, "en.md", "John Kerry", "Todd Stern")
    story = edited(story, "en.md", "could claim.", "could claim, echoing John Kerry.")
    assert not _odd(subfolder(tmp_path, "both"), story)


def test_names_that_share_a_word_are_left_alone(tmp_path):
    # (one person named short or in full, or two of one family: too close to call)
    assert not _odd(tmp_path, edited(_DEAL, "en.md", "John Kerry", "Teresa Kerry"))
