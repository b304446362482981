"""Session 69: the eval's misses and probe batches 26 and 27 (twelve stories written by helpers
that saw no code; eight tuned on, four kept out). The general readings:

- the role after whoever a figure is told by is the teller's too ("according to Choi Seong-beom,
  chief of the Yongsan fire station"): no concept of it enters the figure's subject;
- a percentage a change verb moves a set rate by ("raised interest rates by 6%", «رفع أسعار
  الفائدة 6%», «نرخ بهره را ۶ درصد افزایش داد») is the move, not the rate it came to;
- «سعر الإقراض» is the lending rate and «سعر الإيداع» the deposit rate; «سعر صرف» is a currency's;
- core inflation is not the headline rate; the parallel market's dollar is not the banks';
- a lunar day's own day says whether it is the reported occasion's («٢٥ ربيع الأول» beside «أمس
  الثلاثاء ١٠ أكتوبر»);
- "as the emir's guest" makes no one emir;
- a time something has held since is no bare date of a happening told to another precision;
- "the first visit … in more than 11 years" is a record's span however far the "first" stands;
- a phrase the lexicon lists as naming nothing («ارزش», value) is not read as a concept through
  its ending («ارز» + «ش»);
- in an undated report, the month before a to word is the starting figure's («از ۴۰٫۴ درصد در اوت
  به ۳۹٫۷ درصد در سپتامبر»);
- "is virtually assured of being elected … on Tuesday, October 1" (and "is set to", "is likely to")
  tells of a vote to come;
- "over the past two and a half years" («… گذشته», «… الماضيين») is a window counted back from now,
  no time since a start;
- "since the fighting began in October 2023" dates what has held since, as «منذ ٨ أكتوبر ٢٠٢٣» does;
- a larger scale after smaller ones multiplies them: «۱۳۴٫۹ هزار میلیارد یوان» is 134.9 trillion yuan;
- "terms ranging from four years and two months to 10 years" (and «تراوحت بين … و…», «از … تا …»)
  are the lowest and the highest of several sentences.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, findings_of, frames_of, md, roles_of


def _txt(date: str, body: str) -> str:
    return f" date {date}\n{body}\n"


def _frame(folder, lang: str, body: str, predicate: str, published: str = "2024-03-07"):
    return next(
        f for f in frames_of(folder, f"{lang}.md", md(lang, published, body)) if f.predicate == predicate
    )


def _rates(folder, lang: str, body: str) -> dict[float, dict]:
    """Each rate frame's qualifiers, by its figure."""
    return {
        f.value["low"]: f.qualifiers
        for f in frames_of(folder, f"{lang}.md", md(lang, "2024-03-07", body))
        if f.predicate == "rate"
    }


def _messages(found: list[dict]) -> list[str]:
    return [f["message"] for f in found]


def test_a_tellers_role_is_no_subject_of_the_figure(tmp_path):
    body = (
        "The lane is roughly 3.2 meters wide and 45 meters long, according to Choi Seong-beom, "
        "chief of the Yongsan fire station."
    )
    assert "c:fire" not in _frame(tmp_path, "en", body, "length").subject["tokens"]


def test_a_clause_after_the_tellers_role_is_the_figures_own(tmp_path):
    body = "According to Choi, the central bank governor, the lane near the fire station is 45 meters long."
    assert "c:fire" in _frame(tmp_path, "en", body, "length").subject["tokens"]


def test_the_move_of_a_set_rate_is_no_rate(tmp_path):
    en = _rates(
        tmp_path,
        "en",
        "The central bank raised interest rates by 6% on Wednesday, taking the deposit rate to 27.25%.",
    )
    ar = _rates(
        tmp_path,
        "ar",
        "أعلن البنك المركزي رفع أسعار الفائدة 6% دفعة واحدة، ليصل سعر الإيداع إلى 27.25% وسعر الإقراض إلى 28.25%.",
    )
    fa = _rates(tmp_path, "fa", "بانک مرکزی نرخ بهره را ۶ درصد افزایش داد.")
    assert en[6].get("moved_by") and ar[6].get("moved_by") and fa[6].get("moved_by")
    assert not en[27.25].get("moved_by") and not ar[27.25].get("moved_by")


def test_where_a_change_starts_or_ends_is_no_move(tmp_path):
    fa = _rates(
        tmp_path,
        "fa",
        "بانک مرکزی روسیه نرخ بهره پایه را ۲۰۰ واحد پایه افزایش داد و از ۱۹ درصد به ۲۱ درصد رساند.",
    )
    assert not fa[19].get("moved_by") and not fa[21].get("moved_by")
    fa = _rates(
        tmp_path, "fa", "این بانک نرخ بهره کوتاه‌مدت را از منفی ۰٫۱ درصد به محدوده صفر تا ۰٫۱ درصد رساند."
    )
    assert not any(q.get("moved_by") for q in fa.values())
    en = _rates(tmp_path, "en", "Inflation rose by 2% in March.")
    assert not any(q.get("moved_by") for q in en.values())  # (no rate someone sets)


def test_a_hike_and_the_rate_it_reached_do_not_conflict(tmp_path):
    found = conflicts_of(
        tmp_path,
        {
            "ar_a.txt": _txt(
                "2024-03-07", "رفع البنك المركزي المصري أسعار الفائدة 6% دفعة واحدة يوم الأربعاء."
            ),
            "en_b.txt": _txt(
                "2024-03-07", "Egypt's central bank raised its overnight deposit rate to 27.25% on Wednesday."
            ),
            "fa_c.txt": _txt("2024-03-07", "بانک مرکزی مصر نرخ بهره سپرده را به ۲۷٫۲۵ درصد رساند."),
        },
    )
    assert not found, _messages(found)


def test_arabic_deposit_lending_and_exchange_rates(tmp_path):
    ar = {
        f.value["low"]: set(f.subject["tokens"])
        for f in frames_of(
            tmp_path, "ar.md", md("ar", "2024-03-07", "ليصل سعر الإيداع إلى 27.25% وسعر الإقراض إلى 28.25%.")
        )
    }
    assert "c:deposit" in ar[27.25] and "c:lending" in ar[28.25] and "c:lending" not in ar[27.25]
    body = "مع السماح بتحديد سعر صرف الجنيه وفقا لآليات السوق، تراجع الجنيه إلى 49 جنيها."
    assert "c:price" not in _frame(tmp_path, "ar", body, "amount").subject["tokens"]


def _inflation_story() -> dict[str, str]:
    return {
        "en_a.txt": _txt(
            "2023-10-10",
            "Egypt's annual urban inflation rose to 38% in September. Core inflation eased to 39.7% "
            "in September. On the parallel market, dollars changed hands at close to 40 pounds, while "
            "the official rate held at 30.9 pounds.",
        ),
        "ar_b.txt": _txt(
            "2023-10-11",
            "ارتفع معدل التضخم السنوي في مصر إلى ٣٨٪ في سبتمبر. وتراجع التضخم الأساسي إلى ٣٩٫٧٪ في سبتمبر. "
            "ويستقر سعر الصرف الرسمي عند ٣٠٫٩ جنيه للدولار، في حين يتجاوز سعر الدولار في السوق الموازية ٣٩ جنيها.",
        ),
        "fa_c.txt": _txt(
            "2023-10-10",
            "نرخ تورم سالانه مصر در سپتامبر به ۳۸ درصد رسید. تورم هسته‌ای در سپتامبر به ۳۹٫۷ درصد کاهش یافت. "
            "نرخ رسمی پوند حدود ۳۰٫۹ پوند برای هر دلار است، اما در بازار موازی هر دلار نزدیک به ۴۰ پوند معامله می‌شود.",
        ),
    }


def test_core_inflation_and_the_parallel_market_are_apart(tmp_path):
    found = conflicts_of(tmp_path, _inflation_story())
    assert not found, _messages(found)


def test_a_lunar_twin_of_the_reported_day_is_that_day(tmp_path):
    body = (
        "أعلن الجهاز المركزي للتعبئة العامة والإحصاء، أمس الثلاثاء ١٠ أكتوبر ٢٠٢٣ الموافق ٢٥ ربيع الأول "
        "١٤٤٥هـ، ارتفاع المعدل السنوي للتضخم إلى ٣٨٪ خلال شهر سبتمبر الماضي."
    )
    frames = frames_of(tmp_path, "ar.txt", _txt("2023-10-11", body))
    assert not [f for f in frames if f.predicate == "dated"], [f.text for f in frames]


def test_as_the_emirs_guest_makes_no_emir(tmp_path):
    x = extraction_of(
        tmp_path,
        "en.txt",
        _txt(
            "2024-12-22",
            "He attended the opening ceremony of the 26th Arabian Gulf Cup as the emir's guest of honour.",
        ),
    )
    assert not [r for r in roles_of(x) if "Gulf" in r[0]], roles_of(x)


def test_a_holders_time_since_is_no_bare_date_of_another_precision(tmp_path):
    found = conflicts_of(
        tmp_path,
        {
            "en_a.txt": _txt(
                "2024-09-27",
                "It was the fifth attempt at the party's top job for Ishiba, after failed runs in 2008, 2012, 2018 and 2020.",
            ),
            "ar_b.txt": _txt(
                "2024-10-01",
                "وأعلن كيشيدا عدم ترشحه لولاية جديدة على رأس الحزب، بعد نحو ثلاث سنوات قضاها في السلطة منذ تشرين الأول/أكتوبر ٢٠٢١.",
            ),
        },
    )
    assert not found, _messages(found)


def test_a_first_in_years_is_a_record_however_far_the_first_stands(tmp_path):
    body = "این نخستین سفر یک رئیس‌جمهور ایران به عربستان سعودی در بیش از ۱۱ سال گذشته است."
    assert _frame(tmp_path, "fa", body, "duration", "2023-11-11").qualifiers.get("record") == "record_first"
    en = "It was the first visit by an Iranian president to Saudi Arabia in more than 11 years."
    assert _frame(tmp_path, "en", en, "duration", "2023-11-11").qualifiers.get("record") == "record_first"


def test_a_first_past_a_clause_mark_is_no_record_of_the_span(tmp_path):
    body = "The first visit was a success, and ties have held for 11 years."
    assert not _frame(tmp_path, "en", body, "duration", "2023-11-11").qualifiers.get("record")


def test_a_phrase_listed_as_naming_nothing_is_not_read_through_its_ending(tmp_path):
    # «ارزش» (value) is listed as naming no concept: not «ارز» (currency) with the «ش» of "its"
    body = "نیجریه تنها در یک روز حدود ۲۹ درصد از ارزش خود را از دست داد."
    assert "c:currency" not in _frame(tmp_path, "fa", body, "rate", "2023-06-16").subject["tokens"]
    body = "ارزش ارز ملی نیجریه در یک روز ۲۹ درصد کاهش یافت."
    assert "c:currency" in _frame(tmp_path, "fa", body, "rate", "2023-06-16").subject["tokens"]


def test_a_month_before_a_to_word_is_the_starting_figures(tmp_path):
    # an undated report: the months have no year, so each figure carries the month named beside it
    body = "تورم هسته‌ای از ۴۰٫۴ درصد در اوت به ۳۹٫۷ درصد در سپتامبر کاهش یافته است."
    months = {
        f.value["low"]: f.qualifiers.get("month")
        for f in frames_of(tmp_path, "fa_x.txt", f"عنوان\n{body}\n")
        if f.predicate == "rate"
    }
    assert months == {40.4: 8, 39.7: 9}


def test_a_vote_a_report_says_is_assured_lies_ahead(tmp_path):
    body = (
        "Shigeru Ishiba won the ruling party's leadership vote on Friday. Ishiba is virtually assured "
        "of being elected prime minister in a Diet vote on Tuesday, October 1."
    )
    found = [f for f in findings_of(tmp_path, {"en_a.txt": _txt("2024-09-27", body)}) if f["code"] == "IN04"]
    assert not found, _messages(found)


def test_a_window_counted_back_from_now_tells_no_start(tmp_path):
    en = "The easing has been possible because the fight against inflation over the past two and a half years has been effective."
    fa = "مبارزه با تورم طی دو سال و نیم گذشته مؤثر بوده است."
    ar = "كانت مكافحة التضخم خلال العامين ونصف العام الماضيين فعالة."
    for lang, body in (("en", en), ("fa", fa), ("ar", ar)):
        assert _frame(tmp_path, lang, body, "duration", "2024-03-21").qualifiers.get("window"), lang
    assert not _frame(
        tmp_path, "en", "The party has ruled for 26 years.", "duration", "2024-03-21"
    ).qualifiers.get("window")
    found = [
        f
        for f in findings_of(
            tmp_path,
            {
                "en_a.txt": _txt(
                    "2024-03-21",
                    "The SNB said the fight against inflation over the past two and a half years had been "
                    "effective. The SNB began raising rates in June 2022 to tackle inflation.",
                )
            },
        )
        if f["code"] == "IN03"
    ]
    assert not found, _messages(found)


def test_a_founding_word_after_since_dates_what_has_held_since(tmp_path):
    en = "At least 3,768 people have been killed in Lebanon since the fighting began in October 2023."
    assert _frame(tmp_path, "en", en, "founded", "2024-11-26").qualifiers.get("since")
    plain = "The fighting began in October 2023, and 3,768 people have been killed."
    assert not _frame(tmp_path, "en", plain, "founded", "2024-11-26").qualifiers.get("since")
    story = {
        "en_a.txt": _txt("2024-11-26", en),
        "ar_b.txt": _txt("2024-12-05", "قتل ٤٠٤٧ شخصا في لبنان منذ ٨ أكتوبر ٢٠٢٣ بحسب وزارة الصحة."),
    }
    agreed = [f for f in findings_of(tmp_path, story) if f["type"] == "agreement" and "since" in f["message"]]
    assert agreed, [f["message"] for f in findings_of(tmp_path, story)]


def test_a_larger_scale_after_smaller_ones_multiplies_them(tmp_path):
    from checker.extract.number_words import words_to_number
    from checker.rules import load_rules

    rules = load_rules()
    assert words_to_number("۱۳۴٫۹ هزار میلیارد", "fa", rules) == 134_900_000_000_000
    assert words_to_number("دو هزار و پانصد میلیارد", "fa", rules) == 2_500_000_000_000
    assert words_to_number("۲ هزار میلیارد و ۵۰۰ میلیون", "fa", rules) == 2_000_500_000_000
    assert words_to_number("خمسة آلاف مليار", "ar", rules) == 5_000_000_000_000
    assert words_to_number("one thousand billion", "en", rules) == 1_000_000_000_000
    assert words_to_number("two million five hundred thousand", "en", rules) == 2_500_000


def test_a_range_written_as_two_figures_is_several_sentences(tmp_path):
    def ends(lang: str, body: str) -> dict[float, object]:
        frames = frames_of(tmp_path, f"{lang}.md", md(lang, "2024-11-19", body))
        return {f.value["low"]: f.qualifiers.get("several") for f in frames if f.predicate == "sentence"}

    en = "A court sentenced 45 activists to prison terms ranging from four years and two months to 10 years."
    ar = "أصدرت محكمة أحكاما بالسجن تراوحت بين أربع سنوات وشهرين وعشر سنوات بحق ٤٥ من الناشطين."
    assert ends("en", en) == {50: "low", 10: "high"}
    assert ends("ar", ar) == {50: "low", 10: "high"}
    # (a change is no range: "reduced from 10 years to seven")
    assert not any(
        ends("en", "The appeals court reduced his sentence from 10 years to seven years.").values()
    )
