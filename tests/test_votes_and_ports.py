"""A chamber's seats, a vote recalled beside a failed first attempt, and a blast that ripped through
a port.

Articles written for these tests from real reporting, in our own words:
- Peru's Congress removing President Pedro Castillo on Wednesday 7 December 2022 by 101 votes in
  the 130-seat chamber, after a first attempt had failed on Monday 28 March 2022; and removing
  President Dina Boluarte on Friday 10 October 2025;
- the explosion at Shahid Rajaee port near Bandar Abbas on Saturday 26 April 2025.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, frames_of, md, problems_of

_CASTILLO = {
    "en.md": md(
        "en",
        "2022-12-08",
        "LIMA, Dec 8 — Peru's Congress removed President Pedro Castillo on Wednesday, voting 101 to 6 in"
        " the 130-seat chamber hours after he tried to dissolve it.",
    ),
    "ar.md": md(
        "ar",
        "2022-12-08",
        "عزل الكونغرس البيروفي الرئيس بيدرو كاستيو يوم الأربعاء بتأييد 101 نائب من أصل 130 مقعدا، بعد ساعات"
        " من محاولته حل البرلمان.",
    ),
    "fa.md": md(
        "fa",
        "2022-12-08",
        "به گزارش ایرنا، کنگره پرو روز چهارشنبه با ۱۰۱ رأی موافق از مجموع ۱۳۰ کرسی، پدرو کاستیو رئیس‌جمهور این"
        " کشور را برکنار کرد.",
    ),
}


def test_the_seats_of_a_chamber_are_its_size_and_compared(tmp_path):
    """ "the 130-seat chamber", «من أصل 130 مقعدا», «از مجموع ۱۳۰ کرسی»: how many seats the chamber
    has, not how many one side won; a report that gives another size conflicts."""
    for name, text in _CASTILLO.items():
        frames = frames_of(tmp_path, name, text)
        assert [f.value["low"] for f in frames if f.predicate == "chamber_seats"] == [130], name
        assert not [f for f in frames if f.predicate == "seats"], name
    assert not problems_of(tmp_path, _CASTILLO)
    story = dict(_CASTILLO, **{"ar.md": _CASTILLO["ar.md"].replace("130 مقعدا", "120 مقعدا")})
    [cf] = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]
    assert "seats in the chamber" in cf["message"]


def test_a_vote_recalled_beside_a_failed_first_attempt_keeps_its_own_day(tmp_path):
    """In a report of Boluarte's removal, "Castillo was removed on Dec. 7, 2022, …, after a first
    attempt, on Monday, March 28, 2022, had failed" names two earlier votes: the removal keeps its
    own day, and the attempt its own."""
    later = md(
        "en",
        "2025-10-11",
        "LIMA, Oct 11 — Peru's Congress removed President Dina Boluarte early on Friday, citing her"
        " failure to curb a wave of crime.\n\nHer predecessor, Pedro Castillo, was removed from office on"
        " Dec. 7, 2022, by 101 votes, after a first attempt, on Monday, March 28, 2022, had failed.",
    )
    x = extraction_of(tmp_path, "later.md", later)
    days = sorted((m.earliest, m.ordinal) for m in x.mentions if not m.main and m.type == "motion")
    assert days == [("2022-03-28", "attempt"), ("2022-12-07", None)]


def test_a_blast_that_ripped_through_a_port_is_placed_there(tmp_path):
    """ "ripped through the port of Bandar Abbas": a locative, so the blast's place."""
    text = md(
        "en",
        "2025-04-27",
        "A huge explosion ripped through the port of Bandar Abbas on Saturday, killing at least 40 people.",
    )
    frames = frames_of(tmp_path, "en.md", text)
    assert [f.text for f in frames if f.predicate == "event_place"] == ["Bandar Abbas"]
