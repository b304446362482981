"""Labour strikes, abductions, and the heads of bodies no lexicon lists.

Articles written for these tests from real reporting, in our own words:
- the United Auto Workers' strike against Detroit's three carmakers, begun at three plants on
  Friday 15 September 2023 (24 Shahrivar 1402) and ended with the last tentative deal, General
  Motors', on 30 October; Shawn Fain led the union, and President Joe Biden joined a picket line
  in Michigan on Tuesday 26 September; the union's 1998 strike at GM in Flint lasted 54 days;
- the abduction of schoolboys from the Government Science Secondary School in Kankara, Katsina
  state, on the night of Friday 11 December 2020 (21 Azar 1399): the police first counted 333
  missing, and hundreds escaped;
- an Israeli strike on a house in Rafah, as one of many such reports; the bomb at the Nyanya bus
  station outside Abuja on Monday 14 April 2014.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, extraction_of, findings_of, main_of, md, problems_of

_UAW = {
    "en.md": md(
        "en",
        "2023-09-26",
        "DETROIT, Sept 26 — President Joe Biden joined striking autoworkers on a picket line in Michigan"
        " on Tuesday. The United Auto Workers went on strike at three plants on Friday, Sept. 15, the"
        " first walkout against all three Detroit carmakers at once. UAW president Shawn Fain welcomed"
        " the visit.",
    ),
    "fa.md": md(
        "fa",
        "2023-09-27",
        "به گزارش ایرنا، جو بایدن، رئیس‌جمهور آمریکا، روز سه‌شنبه در میشیگان به صف کارگران اعتصابی پیوست."
        " اعتصاب کارگران خودروسازی از روز جمعه ۲۴ شهریور ۱۴۰۲ در سه کارخانه آغاز شده است.",
    ),
    "ar.md": md(
        "ar",
        "2023-09-27",
        "ديترويت - انضم الرئيس الأمريكي جو بايدن يوم الثلاثاء إلى عمال السيارات المضربين في ميشيغان. وكان"
        " الإضراب قد بدأ يوم الجمعة 15 سبتمبر 2023 في ثلاثة مصانع.",
    ),
}


def _roles(tmp_path, text: str, name: str = "en.md"):
    x = extraction_of(tmp_path, name, text)
    return {c.value["name"]: c.value for c in x.claims if c.type == "person_role"}


def test_a_union_s_president_is_no_country_s(tmp_path):
    """ "UAW president Shawn Fain": an acronym before the word names the body he heads, so he is
    not the United States' president beside Joe Biden."""
    fain = _roles(tmp_path, _UAW["en.md"])["Shawn Fain"]
    assert fain["country"] is None and fain["scope"] == {"kind": "organization", "text": "UAW"}
    assert not conflicts_coded(tmp_path, _UAW, "CF01")


def test_its_president_is_a_body_s(tmp_path):
    text = md(
        "en",
        "2023-11-10",
        "LOS ANGELES, Nov 10 — The actors' union SAG-AFTRA approved a deal with the studios on Thursday."
        " Its president, Fran Drescher, called it historic. President Joe Biden welcomed the agreement.",
    )
    assert _roles(tmp_path, text)["Fran Drescher"]["country"] is None
    assert not conflicts_coded(tmp_path, {"en.md": text}, "CF01")


def test_a_capitalised_word_before_a_head_of_state_s_word_is_no_body(tmp_path):
    """ "Democratic President": an adjective as often as a body; only an acronym names one."""
    text = md(
        "en",
        "2024-01-10",
        "WASHINGTON, Jan 10 — Democratic President Joe Biden met lawmakers from the United States Congress.",
    )
    assert "scope" not in _roles(tmp_path, text)["Joe Biden"]


def test_a_walkout_is_one_strike_in_three_languages(tmp_path):
    for name, text in _UAW.items():
        types = {m.type for m in extraction_of(tmp_path, name, text).mentions}
        assert "strike" in types, name
    x = extraction_of(tmp_path, "ar.md", _UAW["ar.md"])
    assert [m.type for m in x.mentions if m.main] == ["strike"]


def test_a_strike_by_warplanes_is_an_attack(tmp_path):
    text = md(
        "en",
        "2024-05-07",
        "RAFAH, May 7 — An Israeli strike on a house in Rafah killed 12 people on Tuesday, health officials said.",
    )
    main = main_of(tmp_path, "en.md", text)
    assert main.type == "attack"


def _coded(tmp_path, articles: dict[str, str], code: str) -> list[dict]:
    """The conflicts and inconsistencies of a story that carry ``code`` (IN03, IN04)."""
    return [f for f in problems_of(tmp_path, articles) if f["code"] == code]


def _in03(tmp_path, articles: dict[str, str]) -> list[dict]:
    return _coded(tmp_path, articles, "IN03")


def _later(body: str) -> dict[str, str]:
    return {
        "en.md": md(
            "en",
            "2023-11-20",
            "DETROIT, Nov 20 — The UAW strike began on Friday, Sept. 15. " + body,
        )
    }


def test_a_strike_whose_end_is_told_is_over(tmp_path):
    """ "the end of the 46-day strike": the 46 days run to its end, not to the report on 20 November
    (66 days after the start)."""
    assert not _in03(tmp_path, _later("The end of the 46-day strike came on Oct. 30."))


def test_a_span_after_which_something_happened_is_over(tmp_path):
    """ "went back after 46 days": "after" before the span says it ended."""
    body = "The last workers went back to their plants after 46 days."
    assert not _in03(tmp_path, _later(body))


def test_weeks_after_a_day_are_no_time_since_the_start(tmp_path):
    """ "six weeks after the strike began": a span between two days."""
    body = "Workers at the Ford plant were back on the line six weeks after the strike began."
    assert not _in03(tmp_path, _later(body))


def test_an_earlier_strike_s_length_is_not_counted_from_this_one(tmp_path):
    """ "the 54-day strike of 1998": a span of 1998, which counts from no start in 2023."""
    body = "It was the union's longest walkout at GM since the 54-day strike of 1998 in Flint."
    assert not _in03(tmp_path, _later(body))


def test_a_strike_still_running_is_counted_from_its_start(tmp_path):
    """Without a word that ends it, the span runs to the report's day: 30 days on 20 November does
    not fit a start on 15 September."""
    assert _in03(tmp_path, _later("Workers have now been on strike for 30 days."))


_KANKARA = {
    "en.md": md(
        "en",
        "2020-12-13",
        "KATSINA, Nigeria, Dec 13 — Gunmen abducted 333 students from the Government Science Secondary"
        " School in Kankara, in Katsina state, on the night of Friday, Dec. 11, police said. Hundreds of"
        " others escaped into the bush.",
    ),
    "fa.md": md(
        "fa",
        "2020-12-13",
        "به گزارش ایرنا، مردان مسلح شامگاه جمعه ۲۱ آذر ۱۳۹۹ به دبیرستان علوم دولتی شهر کانکارا در ایالت"
        " کاتسینا در شمال نیجریه حمله کردند و ۳۳۳ دانش‌آموز را ربودند.",
    ),
}


def test_an_abduction_is_the_occasion_of_its_reports(tmp_path):
    for name, text in _KANKARA.items():
        main = main_of(tmp_path, name, text)
        assert (main.type, main.earliest) == ("abduction", "2020-12-11"), name


def test_the_count_of_those_taken_is_compared(tmp_path):
    assert not [f for f in findings_of(tmp_path, _KANKARA) if f["type"] == "conflict"]
    changed = edited(_KANKARA, "fa.md", "۳۳۳ دانش‌آموز", "۴۳۳ دانش‌آموز")
    [cf] = conflicts_coded(tmp_path, changed, "CF03")
    assert "abducted" in cf["message"]


def test_a_first_count_told_later_is_no_contradiction(tmp_path):
    """A later report's first count, since revised, lies below the earlier report's figure; it is
    no lower figure for the same count."""
    later = md(
        "en",
        "2020-12-18",
        "KATSINA, Nigeria, Dec 18 — The boys abducted on Dec. 11 from a school in Kankara, in Katsina"
        " state, are home. The police at first said 300 students were abducted.",
    )
    assert not conflicts_coded(tmp_path, {"en.md": _KANKARA["en.md"], "later.md": later}, "CF03")
    revised = later.replace("at first said", "said")
    assert conflicts_coded(tmp_path, {"en.md": _KANKARA["en.md"], "later.md": revised}, "CF03")


def test_a_bomb_is_an_attack(tmp_path):
    """The Nyanya bus-station bombing of Monday 14 April 2014: "a bomb … killed" names the attack."""
    text = md(
        "en",
        "2014-04-14",
        "ABUJA, April 14 — A bomb at a crowded bus station in Nyanya, on the outskirts of Abuja, killed at"
        " least 71 people on Monday, police said.",
    )
    main = main_of(tmp_path, "en.md", text)
    assert (main.type, main.earliest) == ("attack", "2014-04-14")


def test_the_day_a_strike_began_is_compared_across_languages(tmp_path):
    """ "went on strike … on Friday, Sept. 15" against «بدأ يوم الجمعة 15 سبتمبر»: a walkout's start,
    keyed by the strike's words in each language, not by an attack's."""
    assert not conflicts_coded(tmp_path, _UAW, "CF02")
    moved = edited(_UAW, "ar.md", "يوم الجمعة 15 سبتمبر 2023", "يوم الخميس 14 سبتمبر 2023")
    [cf] = conflicts_coded(tmp_path, moved, "CF02")
    assert {a for v in cf["values"] for a in v["articles"]} >= {"ar", "en"}


def test_an_arabic_dual_names_the_occasion(tmp_path):
    """«ووقع الانفجاران»: the two blasts at Kabul airport on Thursday 26 August 2021, in the dual."""
    text = md("ar", "2021-08-27", "كابول - ووقع الانفجاران قرب بوابة مطار كابول مساء الخميس 26 أغسطس 2021.")
    main = main_of(tmp_path, "ar.md", text)
    assert (main.type, main.earliest) == ("attack", "2021-08-26")


def test_a_ratification_is_a_vote(tmp_path):
    """UAW members ratified their Ford contract on Friday 17 November 2023. (Persian «تصویب کردند»
    is no trigger: parties to a summit «به تصویب رساندند» its text by consensus, with no vote.)"""
    text = md(
        "en",
        "2023-11-18",
        "DETROIT, Nov 18 — UAW members ratified the new contract with Ford on Friday, Nov. 17, with 69%"
        " voting in favour.",
    )
    main = main_of(tmp_path, "en.md", text)
    assert (main.type, main.earliest) == ("election", "2023-11-17")


_OATH = (
    "مسعود پزشکیان در دور دوم انتخابات ریاست‌جمهوری ایران پیروز شد."
    " او روز سه‌شنبه ۹ مرداد ۱۴۰۳ در مجلس سوگند یاد کرد."
)


def test_a_persian_past_verb_puts_its_date_in_the_past(tmp_path):
    """Published on 25 July 2024, a report that Pezeshkian «سوگند یاد کرد» (took the oath, past) on
    Tuesday 30 July dates a past day after its own publication (IN04), though the oath is not the
    occasion it reports (his election); «سوگند یاد خواهد کرد» (will take) is no slip."""
    past = {"fa.md": md("fa", "2024-07-25", _OATH)}
    [f] = _coded(tmp_path, past, "IN04")
    assert "۹ مرداد ۱۴۰۳" in f["message"]
    future = {"fa.md": md("fa", "2024-07-25", _OATH.replace("یاد کرد", "یاد خواهد کرد"))}
    assert not _coded(tmp_path, future, "IN04")


_TIANJIN = "TIANJIN, Aug 17 — The blasts at Tianjin port on Wednesday, Aug. 12 killed 114 people. "


def _in04(tmp_path, body: str) -> list[dict]:
    return _coded(tmp_path, {"en.md": md("en", "2015-08-17", _TIANJIN + body)}, "IN04")


def test_an_english_past_verb_puts_its_date_in_the_past(tmp_path):
    """ "toured the site on Friday, Aug. 21" in a report of 17 August: a past day after the report."""
    [f] = _in04(tmp_path, "Premier Li Keqiang toured the site on Friday, Aug. 21, meeting rescuers.")
    assert "Aug. 21" in f["message"]
    # (a month's name is no modal: "May 5" is not "may")
    [f] = _in04(tmp_path, "The port's new tariff, which began on Sept. 5, remains in force.")
    assert "Sept. 5" in f["message"]
    text = md(
        "en",
        "2015-04-10",
        "TIANJIN, April 10 — A fire at a warehouse in Tianjin killed three people on Thursday. The port's"
        " new tariff, which began on May 5, remains in force.",
    )
    [f] = _coded(tmp_path, {"en.md": text}, "IN04")
    assert "May 5" in f["message"]


def test_a_plan_told_in_the_past_is_no_past_day(tmp_path):
    """ "was to deliver", "would be held", "announced elections on": days to come, told in the past."""
    for body in (
        "The tribunal was to deliver its verdict on Friday, Aug. 21.",
        "A memorial service would be held on Friday, Aug. 21.",
        "The government announced a day of mourning on Friday, Aug. 21.",
    ):
        assert not _in04(tmp_path, body), body


def test_an_arabic_past_verb_before_a_date_puts_it_in_the_past(tmp_path):
    """«أرسلت فرق الإغاثة … يوم الأحد 2 أكتوبر» in a report of 30 September 2022: a past day after the
    report, though no occasion's word stands in its sentence; «سوف ترسل» makes it none."""
    body = "هافانا - وكانت الحكومة قد أرسلت فرق الإغاثة إلى غرب الجزيرة يوم الأحد 2 أكتوبر."
    past = {"ar.md": md("ar", "2022-09-30", body)}
    [f] = _coded(tmp_path, past, "IN04")
    assert "2 أكتوبر" in f["message"]
    future = {"ar.md": md("ar", "2022-09-30", body.replace("قد أرسلت", "سوف ترسل"))}
    assert not _coded(tmp_path, future, "IN04")


def test_a_past_day_after_the_report_needs_no_occasion(tmp_path):
    """A report that names no occasion of any type still dates a past announcement: «روز جمعه ۱۸
    فروردین ۱۴۰۲ … اعلام کردند» in a report of 3 April 2023 (OPEC+ announced its cut on Sunday 2
    April)."""
    text = md(
        "fa",
        "2023-04-03",
        "عربستان سعودی و چند تولیدکننده دیگر روز جمعه ۱۸ فروردین ۱۴۰۲ به‌طور غیرمنتظره اعلام کردند"
        " تولید روزانه خود را کاهش می‌دهند.",
    )
    x = extraction_of(tmp_path, "fa.md", text)
    assert not x.mentions
    [f] = _coded(tmp_path, {"fa.md": text}, "IN04")
    assert "۱۸ فروردین ۱۴۰۲" in f["message"]


def _lengths(tmp_path, other: str) -> list[dict]:
    ended = md(
        "en", "2023-11-01", "DETROIT, Nov 1 — The UAW strike, which began on Sept. 15, ended after 46 days."
    )
    return conflicts_coded(tmp_path, {"a.md": ended, "b.md": md("en", "2023-11-02", other)}, "CF03")


def test_weeks_after_a_day_are_no_length_to_compare(tmp_path):
    """ "six weeks after the walkout began": the span between two days, not the strike's 46 days."""
    assert not _lengths(tmp_path, "DETROIT, Nov 2 — Ford workers were back six weeks after the strike began.")
    assert _lengths(
        tmp_path, "DETROIT, Nov 2 — The UAW strike, which began on Sept. 15, ended after 40 days."
    )


def test_a_past_strike_s_length_is_no_length_of_this_one(tmp_path):
    """ "The union's previous strike at GM, in 2019, lasted 40 days": a past occasion's length."""
    assert not _lengths(
        tmp_path, "DETROIT, Nov 2 — The union's previous strike at GM, in 2019, lasted 40 days."
    )


def test_a_train_coming_from_a_city_tells_of_no_future(tmp_path):
    """«القادم من بنغالور» (coming from Bengaluru) holds «القادم» (next) and is no future: a past
    crash dated after the report is still a slip (Odisha, 2 June 2023, told as 7 June on 4 June)."""
    text = md(
        "ar",
        "2023-06-04",
        "بالاسور - ووقع الحادث مساء الأربعاء ٧ يونيو قرب محطة باهاناغا بازار، قبل أن يصطدم بالعربات قطار"
        " سريع القادم من بنغالور.",
    )
    assert _coded(tmp_path, {"ar.md": text}, "IN04")
    later = text.replace("القادم من بنغالور", "القادم")
    assert not _coded(tmp_path, {"ar.md": later}, "IN04")
