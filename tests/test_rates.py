"""Central-bank stories: a rate before and after a change, a target and a forecast, the first cut
since a date, and several rates named in one sentence. Written for these tests (the Bank of
England's cut of 1 August 2024; an invented pair of deposit and lending rates)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import frames_of, problems_of

BOE = {
    "en.txt": (
        " date 2024-08-01\nLONDON - The Bank of England cut interest rates on Thursday for the first time"
        " since March 2020, lowering Bank Rate to {rate} percent from 5.25 percent after a narrow 5-4 vote of"
        " its Monetary Policy Committee.\n"
        "Consumer price inflation fell to the bank's 2 percent target in May. The bank said it expected"
        " inflation to rise to around 2.75 percent in the second half of the year.\n"
        "Rates had been held at 5.25 percent, a 16-year high, since August 2023.\n"
    ),
    "fa.txt": (
        " date 2024-08-02\nلندن - به گزارش ایرنا، بانک مرکزی انگلیس روز پنجشنبه ۱۱ مرداد برای نخستین بار از"
        " مارس ۲۰۲۰ نرخ بهره را کاهش داد و آن را از ۵.۲۵ درصد به ۵ درصد رساند.\n"
        "نرخ تورم در ماه‌های مه و ژوئن به هدف ۲ درصدی بانک رسید، اما بانک پیش‌بینی می‌کند تورم در نیمه دوم"
        " سال به حدود ۲.۷۵ درصد افزایش یابد.\n"
        "نرخ بهره از اوت ۲۰۲۳ در سطح ۵.۲۵ درصد، بالاترین سطح در ۱۶ سال گذشته، ثابت مانده بود.\n"
    ),
    "ar.txt": (
        " date 2024-08-01\nلندن - خفض بنك إنجلترا المركزي يوم الخميس سعر الفائدة الرئيسي بمقدار ربع نقطة مئوية"
        " إلى 5 في المئة، في أول خفض منذ مارس 2020.\n"
        "وكان التضخم قد تراجع إلى المستوى المستهدف البالغ 2 في المئة في مايو ويونيو، ويتوقع البنك أن يرتفع"
        " إلى نحو 2.75 في المئة في النصف الثاني من العام.\n"
        "وظل سعر الفائدة منذ أغسطس 2023 عند 5.25 في المئة، وهو أعلى مستوى في 16 عاما.\n"
    ),
}


def _boe(tmp_path: Path, rate: str = "5") -> list[dict]:
    return problems_of(tmp_path, {n: t.replace("{rate}", rate) for n, t in BOE.items()})


def test_a_rate_before_and_after_a_cut_a_target_and_a_forecast_raise_nothing(tmp_path):
    # 5.25% is the rate the cut starts from ("from 5.25 percent", «از ۵.۲۵ درصد»), or the rate
    # held since August 2023; 2% a target and 2.75% a forecast, apart from each other; and "the
    # first cut since March 2020" dates neither the cut nor the figures beside it.
    assert _boe(tmp_path) == []


def test_the_new_rate_changed_conflicts(tmp_path):
    [found] = _boe(tmp_path, "4.75")
    assert found["code"] == "CF03"
    assert {v["display"] for v in found["values"]} >= {"4.75 percent", "5 percent"}


def test_what_each_figure_is(tmp_path):
    frames: dict = {}
    for f in frames_of(tmp_path, "en.txt", BOE["en.txt"].replace("{rate}", "5")):
        frames.setdefault(f.text, f)  # the first of each
    assert frames["5.25 percent"].qualifiers.get("previous") is True
    assert frames["around 2.75 percent"].qualifiers.get("requested") == "forecast"
    assert frames["March 2020"].predicate == "record_first"
    assert frames["5 percent"].time is None  # not March 2020


RATES = {
    "en.txt": (
        " date 2024-03-06\nCAIRO - The central bank raised the overnight deposit rate to 27.25% and the"
        " overnight lending rate to 28.25% on Wednesday.\n"
    ),
    "ar.txt": (
        " date 2024-03-06\nالقاهرة - قرر البنك المركزي يوم الأربعاء رفع سعري عائد الإيداع والإقراض لليلة واحدة"
        " إلى 27.25 بالمئة و28.25 بالمئة على الترتيب.\n"
    ),
    "fa.txt": (
        " date 2024-03-07\nقاهره - بانک مرکزی روز چهارشنبه نرخ بهره را افزایش داد و نرخ سپرده یک‌شبه را به"
        " {deposit} درصد رساند.\n"
    ),
}


def test_each_of_two_rates_keeps_its_own_name(tmp_path):
    # "the deposit rate … 27.25% and the lending rate … 28.25%", and «الإيداع والإقراض … 27.25 و28.25
    # على الترتيب»: the Persian deposit rate meets the deposit rates only.
    def problems(deposit: str) -> list[dict]:
        return problems_of(tmp_path, {n: t.replace("{deposit}", deposit) for n, t in RATES.items()})

    assert problems("۲۷.۲۵") == []
    [found] = problems("۲۸.۲۵")
    assert {v["display"] for v in found["values"]} == {"27.25 percent", "28.25 percent"}
    assert {a for v in found["values"] if v["display"] == "27.25 percent" for a in v["articles"]} >= {
        "en",
        "ar",
    }


def test_this_figure_refers_to_the_measure_before(tmp_path):
    # «این رقم در ماه دسامبر ۶۴.۸ درصد بود»: "this figure" is annual inflation, named before.
    en = (
        " date 2024-02-05\nISTANBUL - Turkey's annual inflation rose to 64.9% in January, the statistics"
        " institute said on Monday. Annual inflation stood at 64.8% in December.\n"
    )
    fa = (
        " date 2024-02-05\nاستانبول - به گزارش ایرنا، نرخ تورم سالانه ترکیه در ماه ژانویه به ۶۴.۹ درصد رسید."
        " این رقم در ماه دسامبر {december} درصد بود.\n"
    )
    assert problems_of(tmp_path, {"en.txt": en, "fa.txt": fa.replace("{december}", "۶۴.۸")}) == []
    [found] = problems_of(tmp_path, {"en.txt": en, "fa.txt": fa.replace("{december}", "۶۱.۲")})
    assert {v["display"] for v in found["values"]} == {"64.8 percent", "61.2 percent"}
    [december] = [
        f for f in frames_of(tmp_path, "fa.txt", fa.replace("{december}", "۶۴.۸")) if f.text == "۶۴.۸ درصد"
    ]
    assert "c:inflation" in december.subject["tokens"]


CANADA = {
    "en.txt": (
        " date 2024-05-21\nOTTAWA - Canada's annual inflation rate slowed to {annual}% in April, Statistics Canada"
        " said on Tuesday. On a monthly basis, the consumer price index rose 0.5%. Excluding mortgage"
        " interest costs, inflation would have been around 2.2%. The Bank of Canada aims to bring"
        " inflation back to its 2% target.\n"
    ),
    "ar.txt": (
        " date 2024-05-21\nأوتاوا - قالت هيئة الإحصاء الكندية يوم الثلاثاء إن معدل التضخم في كندا تباطأ إلى 2.7"
        " في المئة في أبريل/نيسان.\n"
    ),
}


def test_a_monthly_rise_a_counterfactual_and_a_target_are_not_the_annual_rate(tmp_path):
    # "On a monthly basis … 0.5%" (the period holds for the whole sentence), "would have been
    # around 2.2%" and "its 2% target" are no readings of the annual rate.
    def problems(annual: str) -> list[dict]:
        return problems_of(tmp_path, {n: t.replace("{annual}", annual) for n, t in CANADA.items()})

    assert problems("2.7") == []
    [found] = problems("2.9")
    assert {v["display"] for v in found["values"]} == {"2.9 percent", "2.7 percent"}
    frames = {f.text: f for f in frames_of(tmp_path, "en.txt", CANADA["en.txt"].replace("{annual}", "2.7"))}
    assert "c:monthly" in frames["0.5%"].subject["tokens"]
    assert frames["around 2.2%"].qualifiers.get("requested") == "hypothetical"
    assert frames["2%"].qualifiers.get("requested") == "target"
