"""A count given to one decimal of a million is the exact count cut or rounded there.

Written for these tests from real reporting: Iran's presidential election of 18 June 2021, which
Ebrahim Raisi won with 17,926,345 votes ("17.9 million")."""

from __future__ import annotations

from tests.helpers import conflicts_of

EN = (
    "---\ntitle: Raisi wins Iran election\npublished: 2021-06-19\nlanguage: en\n---\n"
    "TEHRAN, June 19 - Ebrahim Raisi won Iran's presidential election on Friday with 17.9 million votes,"
    " the interior ministry said.\n"
)
FA = (
    " date 2021-06-19\nبه گزارش ایرنا، وزارت کشور اعلام کرد ابراهیم رئیسی در انتخابات ریاست جمهوری روز"
    " جمعه با ۱۷ میلیون و ۹۲۶ هزار و ۳۴۵ رای پیروز شد.\n"
)


def test_a_count_cut_at_its_decimal_of_a_million_agrees_with_the_exact_count(tmp_path):
    assert [f for f in conflicts_of(tmp_path, {"en.md": EN, "fa.txt": FA}) if "votes" in f["message"]] == []


def test_a_count_a_tenth_of_a_million_off_still_conflicts(tmp_path):
    fa = FA.replace("۱۷ میلیون", "۱۸ میلیون")
    assert [f for f in conflicts_of(tmp_path, {"en.md": EN, "fa.txt": fa}) if "votes" in f["message"]]


def test_a_known_person_named_without_a_role_owns_the_share_beside_the_name(tmp_path):
    """«ابراهیم رئیسی … با ۱۷ میلیون … رای»: Raisi is in the people lexicon; named without a role,
    the votes are still his, and a changed count in the Persian report conflicts with the English."""
    from checker.normalize import fold
    from tests.helpers import frames_of

    [f] = [f for f in frames_of(tmp_path, "fa.txt", FA) if f.predicate == "votes"]
    assert f.qualifiers.get("candidate") == fold("رئیسی")


def test_two_minimums_of_a_count_on_one_day_both_hold(tmp_path):
    """ "more than 12 million" while counting went on, and «بیش از ۱۷ میلیون» at its end, on one
    day: the count rose; two minimums never contradict each other. (It guards the pairing the
    known name above makes possible: without the same-day rule the two minimums conflicted.)"""
    en = EN.replace(
        "won Iran's presidential election on Friday with 17.9 million votes",
        "had so far won more than 12 million votes in Iran's presidential election on Friday",
    )
    fa = FA.replace("با ۱۷ میلیون و ۹۲۶ هزار و ۳۴۵ رای", "با بیش از ۱۷ میلیون رای")
    assert [f for f in conflicts_of(tmp_path, {"en.md": en, "fa.txt": fa}) if "votes" in f["message"]] == []
