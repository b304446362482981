"""Session 61: a new story (a former head of government's death, his funeral and his terms in
office), written from real reporting in our own words, misread:

- a funeral «ومن المقرر أن تقام … يوم الأربعاء» and «روز چهارشنبه … برگزار می‌شود» dated to the
  Wednesday before the report, not the one after it (the cue «ومن المقرر أن» held «أن», read as a
  clause of its own, and started with «و»; a Persian present tense of an occasion being held is
  its future); and the words that open another clause were never found in Arabic text, which is
  folded («الذي» is «الذی» there);
- «از ۲۰۰۱ تا ۲۰۰۶» and "between 2001 and 2006" read as a number and a year, or as a range of
  numbers, so a term's first year was no date;
- and, the other way, «تا ۲۰۰۰ نفر» and "attended by 2000 people" read as the year 2000;
- (a market story) "its strongest level since January", in August, read as the January to come.
"""

from __future__ import annotations

from tests.helpers import extraction_of, findings_of, md, subfolder


def _dates(x) -> dict[str, str]:
    return {c.text: c.value["iso"] for c in x.claims if c.type == "date" and c.rule != "date.meta"}


def test_an_arabic_schedule_with_its_conjunction_dates_the_coming_weekday(tmp_path):
    """Published on a Tuesday: «ومن المقرر أن تقام جنازته يوم السبت» is the Saturday after it."""
    ar = md("ar", "2025-04-22", "ومن المقرر أن تقام جنازته يوم السبت في ساحة القديس بطرس.")
    assert _dates(extraction_of(tmp_path, "ar.md", ar))["يوم السبت"] == "2025-04-26"


def test_an_arabic_clause_between_cue_and_weekday_keeps_it_past(tmp_path):
    """«سيحقق … في الحادث الذي وقع يوم الأحد»: the Sunday is the crash's, told in a relative clause
    after the future verb, so the one before the report."""
    ar = md("ar", "2025-04-22", "ومن المقرر أن يحقق المجلس في الحادث الذي وقع يوم الأحد قرب المطار.")
    assert _dates(extraction_of(tmp_path, "ar.md", ar))["يوم الأحد"] == "2025-04-20"


def test_a_persian_present_tense_of_an_occasion_held_is_its_future(tmp_path):
    fa = md("fa", "2025-04-22", "مراسم تشییع او روز شنبه در میدان سن پیتر برگزار می‌شود.")
    assert _dates(extraction_of(tmp_path, "fa.md", fa))["روز شنبه"] == "2025-04-26"
    past = md("fa", "2025-04-22", "مراسم یادبود او روز شنبه در میدان سن پیتر برگزار شد.")
    assert _dates(extraction_of(tmp_path, "past.md", past))["روز شنبه"] == "2025-04-19"


def test_a_funeral_to_come_agrees_across_languages_and_a_changed_day_conflicts(tmp_path):
    """Three reports of a death and the funeral to come: no conflict; one of them a day off for the
    funeral: CF02 or CF04."""
    story = {
        "en.md": md(
            "en",
            "2025-04-22",
            "Pope Francis died peacefully on Monday at the age of 88, the Vatican said.\n\n"
            "His funeral will be held on Saturday in St Peter's Square.",
        ),
        "fa.md": md(
            "fa",
            "2025-04-22",
            "به گزارش واتیکان، پاپ فرانسیس روز دوشنبه در ۸۸ سالگی درگذشت.\n\n"
            "مراسم تشییع او روز شنبه در میدان سن پیتر برگزار می‌شود.",
        ),
        "ar.md": md(
            "ar",
            "2025-04-22",
            "توفي البابا فرنسيس يوم الاثنين عن عمر ٨٨ عاما، وفق الفاتيكان.\n\n"
            "ومن المقرر أن تقام جنازته يوم السبت في ساحة القديس بطرس.",
        ),
    }
    found = findings_of(subfolder(tmp_path, "same"), story)
    assert not [f for f in found if f["code"] in ("CF02", "CF04")]
    # (the three funerals are one, on the Saturday after the report)
    assert any(
        sorted(a for v in f["values"] for a in v["articles"]) == ["ar", "en", "fa"]
        and {v["display"] for v in f["values"]} == {"2025-04-26"}
        for f in found
        if f["type"] == "agreement"
    )
    changed = dict(story, **{"ar.md": story["ar.md"].replace("يوم السبت", "يوم الأحد")})
    assert any(
        e["text"] == "يوم الأحد"
        for f in _day_conflicts(subfolder(tmp_path, "changed"), changed)
        for v in f["values"]
        for e in v["evidence"]
    )


def _day_conflicts(folder, story) -> list[dict]:
    return [f for f in findings_of(folder, story) if f["code"] in ("CF02", "CF04")]


def test_a_bare_pair_of_years_after_a_range_word_is_two_years(tmp_path):
    fa = md("fa", "2023-06-12", "او از ۲۰۰۱ تا ۲۰۰۶ و بار دیگر بین ۲۰۰۸ تا ۲۰۱۱ نخست‌وزیر بود.")
    assert set(_dates(extraction_of(tmp_path, "fa.md", fa)).values()) == {"2001", "2006", "2008", "2011"}
    en = md("en", "2023-06-12", "He was prime minister between 2008 and 2011.")
    assert set(_dates(extraction_of(tmp_path, "en.md", en)).values()) == {"2008", "2011"}
    ar = md("ar", "2023-06-12", "شغل المنصب من 2008 إلى 2011.")
    assert set(_dates(extraction_of(tmp_path, "ar.md", ar)).values()) == {"2008", "2011"}


def test_a_counted_noun_after_a_number_makes_it_a_count_not_a_year(tmp_path):
    fa = md("fa", "2023-06-12", "بین ۱۵۰۰ تا ۲۰۰۰ نفر در این مراسم شرکت کردند و تا ۲۰۰۰ دلار کمک شد.")
    assert not _dates(extraction_of(tmp_path, "fa.md", fa))
    en = md("en", "2023-06-12", "The service was attended by 2000 people.")
    assert not _dates(extraction_of(tmp_path, "en.md", en))
    # ("In 2020 people voted": after "in" a year stays a year)
    en = md("en", "2023-06-12", "In 2020 people voted in record numbers.")
    assert _dates(extraction_of(tmp_path, "in.md", en)) == {"2020": "2020"}


def test_a_month_alone_after_since_has_begun_by_the_report(tmp_path):
    """In August 2024, "its strongest level since January" is January 2024, not the nearer January
    2025; "in January" alone may still be the one to come."""
    en = md(
        "en",
        "2024-08-05",
        "The yen rose to its strongest level since January. Talks on the new rules resume in January.",
    )
    assert [c.value["iso"] for c in extraction_of(tmp_path, "en.md", en).claims if c.type == "date"] == [
        "2024-01",
        "2025-01",
    ]
    ar = md("ar", "2024-08-05", "وارتفع الين إلى أقوى مستوى له منذ يناير/كانون الثاني.")
    assert _dates(extraction_of(tmp_path, "ar.md", ar)) == {"يناير/كانون الثاني": "2024-01"}


def test_the_quake_a_record_is_measured_from_keeps_its_own_figures(tmp_path):
    """«أقوى زلزال … منذ أبريل ٢٠١٦، حين أودى زلزال بقوة ٧٫٣ درجة بحياة ٥٠ شخصا»: the strongest
    since (as "strongest" is in English), and the 7.3 and the 50 dead are the 2016 quake's, not the
    reported one's; «قدرت … قوته بـ٧٫٦ درجة» is the reported quake's magnitude."""
    ar = md(
        "ar",
        "2024-01-01",
        "ضرب زلزال قوي شبه جزيرة نوتو في اليابان يوم الاثنين ١ يناير/كانون الثاني ٢٠٢٤، وقدرت وكالة"
        " الأرصاد الجوية اليابانية قوته بـ٧٫٦ درجة.\n\nوهذا أقوى زلزال يضرب المنطقة منذ أبريل/نيسان ٢٠١٦،"
        " حين أودى زلزال بقوة ٧٫٣ درجة بحياة ٥٠ شخصا في كوماموتو.",
    )
    x = extraction_of(tmp_path, "ar.md", ar)
    [main] = [m for m in x.mentions if m.main]
    owner = {f.text: f.subject.get("mention") for f in x.frames if f.predicate in ("magnitude", "killed")}
    assert owner["٧٫٦"] == main.id
    assert owner["٧٫٣"] != main.id and owner["٥٠ شخصا"] == owner["٧٫٣"]
    assert [f.text for f in x.frames if f.predicate == "record_strongest"] == ["أبريل/نيسان ٢٠١٦"]


def test_a_persian_past_verb_of_killing_counts_the_dead(tmp_path):
    fa = md("fa", "2024-04-03", "زمین‌لرزه‌ای شدید صبح روز چهارشنبه شرق تایوان را لرزاند و دست‌کم ۹ نفر را کشت.")
    assert [f.text for f in extraction_of(tmp_path, "fa.md", fa).frames if f.predicate == "killed"] == [
        "دست‌کم ۹ نفر"
    ]
