"""Words around names and figures that are not what they sit beside, found by running the probe
stories (``benchmarks/probes``) unchanged, as a user would: a role behind a preposition, a
negated "exceeding", and a Persian adjective between a place's head noun and its name.

Articles written for these tests from real reporting, in our own words: the sentencing of Peru's
former president Alejandro Toledo to 20 years and six months (Lima, 21 October 2024), Daniele
Orsato refereeing the 2022 World Cup semi-final between Argentina and Croatia, the Lahaina fire
(Maui, August 2023) and the Al Haouz earthquake, which destroyed the mountain village of
Tafeghaghte (Morocco, 8 September 2023).
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, findings_of, frames_of, main_of, md, roles_of

_TOLEDO = md(
    "ar",
    "2024-10-22",
    "ليما - قضت محكمة في ليما يوم الاثنين بسجن الرئيس البيروفي الأسبق أليخاندرو توليدو 20 عاما وستة أشهر،"
    " خلال جلسة النطق بالحكم التي استمرت ساعات. وكان محاموه قد طلبوا عقوبة لا تتجاوز ست سنوات."
    " وقال محاموه إنه سيستأنف الحكم.",
)


def test_a_role_behind_a_preposition_takes_no_name_before_it(tmp_path):
    """«جلسة النطق بالحكم» is the verdict's hearing, and «سيستأنف الحكم» appeals the verdict:
    neither names a referee."""
    x = extraction_of(tmp_path, "ar.md", _TOLEDO)
    assert not [r for r in roles_of(x) if r[1] == "referee"]


def test_a_role_behind_a_preposition_still_takes_the_name_after_it(tmp_path):
    text = md(
        "ar",
        "2022-12-14",
        "أدار الحكم الإيطالي دانييلي أورساتو مباراة الأرجنتين وكرواتيا، واتصل بالرئيس الفرنسي إيمانويل ماكرون"
        " مدرب المنتخب بعد المباراة.",
    )
    roles = roles_of(extraction_of(tmp_path, "ar.md", text))
    assert ("دانييلي أورساتو", "referee") in roles
    assert any(name.endswith("ماكرون") and role == "president" for name, role in roles)


def test_a_negated_exceeding_is_at_most(tmp_path):
    """«عقوبة لا تتجاوز ست سنوات»: a sentence not exceeding six years (a feminine verb, as
    «لا يتجاوز» is the masculine one)."""
    x = extraction_of(tmp_path, "ar.md", _TOLEDO)
    six = [c for c in x.claims if c.type == "number" and "ست سنوات" in c.text]
    assert six and six[0].value["hedge"] == "at_most" and six[0].value["high"] == 6


def test_a_persian_adjective_after_a_head_noun_is_no_part_of_the_name(tmp_path):
    text = md(
        "fa",
        "2023-09-10",
        "آتش‌سوزی ماه گذشته شهر تاریخی لاهاینا را در بر گرفت. زلزله روز جمعه روستای کوهستانی تافغاغت را ویران کرد.",
    )
    x = extraction_of(tmp_path, "fa.md", text)
    names = {c.value["name"] for c in x.claims if c.type == "place" and c.value.get("unlisted")}
    assert {"لاهاینا", "تافغاغت"} <= names
    assert not [n for n in names if "تاریخی" in n or "کوهستانی" in n]


_CBN = {
    "en.md": md(
        "en",
        "2024-02-28",
        "ABUJA, Feb 27 — Nigeria's central bank raised its benchmark interest rate to 22.75% on Tuesday,"
        " extending a tightening cycle that began in May 2022, when the rate stood at 11.5%.",
    ),
    "fa.md": md(
        "fa",
        "2024-02-28",
        "بانک مرکزی نیجریه روز سه‌شنبه نرخ بهره را به ۲۲.۷۵ درصد رساند. این بانک از مه ۲۰۲۲ که نرخ بهره"
        " ۱۱.۵ درصد بود، سیاست انقباضی را آغاز کرده است.",
    ),
}


def test_a_figure_in_a_clause_on_a_since_date_holds_on_that_date(tmp_path):
    """ "a cycle that began in May 2022, when the rate stood at 11.5%", «از مه ۲۰۲۲ که نرخ بهره
    ۱۱.۵ درصد بود»: the 11.5% held in May 2022, not from then on, so it is no rival of today's
    22.75%."""
    old = [f for f in frames_of(tmp_path, "fa.md", _CBN["fa.md"]) if f.value.get("low") == 11.5]
    assert old and old[0].time and old[0].time["latest"] == "2022-05-31"
    # (the English date is owned by "began": the 11.5% there has no time of its own)
    assert not [f for f in conflicts_of(tmp_path, _CBN) if f["code"] == "CF03"]


def test_a_day_before_what_was_said_is_the_statements_and_the_other_day_dates_the_occasion(tmp_path):
    """«أعلنت السلطات …، يوم الخميس، أن حصيلة ضحايا تصادم القطارين … ليل الثلاثاء … ارتفعت إلى 57»:
    Thursday is when the toll was given; the collision was on Tuesday night (Tempi, Greece)."""
    text = md(
        "ar",
        "2023-03-02",
        "أثينا - أعلنت السلطات اليونانية في مدينة لاريسا، يوم الخميس، أن حصيلة ضحايا تصادم القطارين في وادي"
        " تمبي ليل الثلاثاء 28 فبراير 2023 ارتفعت إلى 57 قتيلا.",
    )
    main = main_of(tmp_path, "ar.md", text)
    assert main is not None and main.earliest == "2023-02-28"


_NOTO = {
    "en.md": md(
        "en",
        "2024-01-01",
        "A magnitude 7.5 earthquake struck the city of Wajima in Japan on Monday afternoon, killing at least"
        " four people and prompting tsunami warnings in South Korea and in Russia.",
    ),
    "ar.md": md(
        "ar",
        "2024-01-01",
        "ضرب زلزال بقوة 7.5 درجات في اليابان بعد ظهر الاثنين، ما أسفر عن مقتل أربعة أشخاص على الأقل.",
    ),
}


def test_a_place_where_a_warning_went_out_is_not_where_the_quake_struck(tmp_path):
    """ "prompting tsunami warnings in South Korea and in Russia" (the Noto quake, 1 January 2024):
    warnings went out there; the quake struck Wajima, Japan."""
    assert not [f for f in conflicts_of(tmp_path, _NOTO) if f["code"] == "CF05"]


def test_a_residence_is_no_holders_name(tmp_path):
    """«اقامتگاه رسمی رئیس‌جمهور»: the president's official residence (Colombo, 9 July 2022), not a
    person holding the office."""
    text = md(
        "fa",
        "2022-07-10",
        "معترضان روز شنبه به اقامتگاه رسمی رئیس‌جمهور سریلانکا در کلمبو هجوم بردند و گوتابایا راجاپاکسا،"
        " رئیس‌جمهور این کشور، پیش از آن محل را ترک کرده بود.",
    )
    names = [name for name, _ in roles_of(extraction_of(tmp_path, "fa.md", text))]
    assert not [n for n in names if "اقامتگاه" in n or "رسمی" in n]


_BOE = md(
    "en",
    "2024-06-20",
    "The Bank of England held its key interest rate at 5.25% on Thursday. The key interest rate has stood"
    " at 5.25% since August 2023, after the bank lifted the key interest rate from 0.1% to 5.25% in just"
    " over 20 months.",
)


def test_just_over_is_a_hedge_and_in_a_span_is_how_long_a_change_took(tmp_path):
    """ "lifted the key interest rate from 0.1% to 5.25% in just over 20 months": more than 20 months,
    the time the rises took; it does not count from August 2023 up to the report (no IN03)."""
    x = extraction_of(tmp_path, "en.md", _BOE)
    span = [c for c in x.claims if c.type == "number" and "20 months" in c.text]
    assert span and span[0].value["hedge"] == "more_than"
    exact = _BOE.replace("in just over 20 months", "in 20 months")
    for text in (_BOE, exact):
        assert not [f for f in findings_of(tmp_path, {"en.md": text}) if f["code"] == "IN03"]


_ECB_SEPT = {
    "en.md": md(
        "en",
        "2024-09-12",
        "FRANKFURT, Sept 12 — The European Central Bank cut its deposit rate to 3.5% on Thursday and lowered"
        " its main refinancing rate to 3.65%, narrowing the gap between the two.",
    ),
    "fa.md": md(
        "fa",
        "2024-09-12",
        "بانک مرکزی اروپا روز پنجشنبه ۲۲ شهریور ۱۴۰۳ نرخ بهره سپرده را به ۳.۵ درصد کاهش داد.",
    ),
}


def test_the_main_refinancing_rate_is_not_the_deposit_rate(tmp_path):
    """The ECB's main refinancing rate (3.65%) and its deposit rate (3.5%), 12 September 2024: two
    rates of one bank, each a kind of interest rate (``interest.refinancing``), not one figure."""
    assert not [f for f in conflicts_of(tmp_path, _ECB_SEPT) if f["code"] == "CF03"]


def test_the_main_refinancing_rate_is_a_kind_of_interest_rate():
    """A clause of "the interest rate" may be of the refinancing rate, as of the deposit rate; the
    two kinds never meet (``rules/predicates/concepts.yaml`` measures)."""
    from checker.align.frames import _measures_meet
    from checker.rules import load_rules

    measures = load_rules().concepts("predicates")["measures"]
    kind = {family for family, concepts in measures.items() if "refinancing" in concepts}
    assert kind == {"interest.refinancing"}
    assert _measures_meet(frozenset(kind), frozenset({"interest"}))
    assert not _measures_meet(frozenset(kind), frozenset({"interest.deposit"}))
