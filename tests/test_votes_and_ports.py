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


_AMASRA_RECALLS = {
    "en.md": md(
        "en",
        "2022-10-15",
        "AMASRA, Turkey, Oct 15 — A methane explosion at a state-run coal mine in Amasra killed 41 workers"
        " on Friday.\n\nIn 2010, a firedamp explosion at the Karadon mine killed 30 miners.",
    ),
    "fa.md": md(
        "fa",
        "2022-10-15",
        "به گزارش ایرنا، انفجار گاز متان در معدن زغال‌سنگ آماسرا در شمال ترکیه روز جمعه جان ۴۱ کارگر را"
        " گرفت.\n\nدر سال ۲۰۱۰ نیز انفجاری در معدن کارادون رخ داده بود.",
    ),
}


def test_an_earlier_blast_recalled_at_one_mine_is_one_occasion_whatever_its_year(tmp_path):
    """Both reports recall an explosion at the Karadon mine; a report that dates it 2013 while the
    other says 2010 tells one occasion with another year (the same mine, within a decade)."""
    assert not problems_of(tmp_path, _AMASRA_RECALLS)
    story = dict(_AMASRA_RECALLS, **{"fa.md": _AMASRA_RECALLS["fa.md"].replace("۲۰۱۰", "۲۰۱۳")})
    [cf] = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF02"]
    assert {v["display"] for v in cf["values"]} == {"2010", "2013"}


_BOLUARTE = {
    "en.md": md(
        "en",
        "2025-10-10",
        "LIMA, Oct 10 — Peru's Congress voted to remove President Dina Boluarte early on Friday, citing her"
        " failure to curb a wave of crime.\n\nHer predecessor Pedro Castillo was removed from office in Lima on"
        " Dec. 7, 2022, after he tried to dissolve Congress.",
    ),
    "fa.md": md(
        "fa",
        "2025-10-10",
        "به گزارش ایرنا، کنگره پرو بامداد جمعه ۱۸ مهر ۱۴۰۴ دینا بولوارته، رئیس‌جمهور این کشور را به دلیل"
        " ناتوانی در مهار موج جرم و جنایت برکنار کرد.\n\nپدرو کاستیو، سلف او، در ۱۶ آذر ۱۴۰۱ در لیما پس از تلاش"
        " برای انحلال کنگره برکنار شد.",
    ),
}


def test_a_recalled_removal_dated_differently_is_compared(tmp_path):
    """The sentences that recall Castillo's removal in Lima say the same but its day: one earlier
    occasion at one place (and parallel sentences), dated two ways."""
    assert not [f for f in problems_of(tmp_path, _BOLUARTE) if f["code"] == "CF02"]
    story = dict(_BOLUARTE, **{"fa.md": _BOLUARTE["fa.md"].replace("۱۶ آذر", "۲۱ آذر")})
    [cf] = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF02"]
    assert {v["display"] for v in cf["values"]} == {"2022-12-07", "2022-12-12"}


_BANK = {
    "en.md": md(
        "en",
        "2024-10-25",
        "MOSCOW, Oct 25 — Russia's central bank raised its key interest rate by 200 basis points to 21% on"
        " Friday. Governor Elvira Nabiullina said inflation was running well above forecasts. The rate last"
        " stood this high in 2003, when then-governor Sergei Ignatyev was in charge.",
    ),
    "ar.md": md(
        "ar",
        "2024-10-25",
        "رفع البنك المركزي الروسي اليوم الجمعة سعر الفائدة الرئيسي 200 نقطة أساس إلى 21 بالمئة. وقالت محافظة"
        " البنك المركزي إلفيرا نابيولينا إن التضخم في روسيا يفوق التوقعات.",
    ),
}


def test_a_governor_in_a_report_on_a_central_bank_is_its_governor(tmp_path):
    """ "Governor Elvira Nabiullina" with no province, in a report on the central bank: its governor,
    compared with «محافظة البنك المركزي»; "then-governor" names a former one, no rival."""
    roles = [
        (c.value["name"], c.value["role"], c.value["modifiers"])
        for c in extraction_of(tmp_path, "en.md", _BANK["en.md"]).claims
        if c.type == "person_role"
    ]
    assert roles == [
        ("Elvira Nabiullina", "central_bank_governor", []),
        ("Sergei Ignatyev", "central_bank_governor", ["former"]),
    ]
    assert not problems_of(tmp_path, _BANK)
    story = dict(_BANK, **{"en.md": _BANK["en.md"].replace("Elvira Nabiullina", "Sergei Dubinin")})
    [cf] = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]
    assert "central bank governor" in cf["message"]
