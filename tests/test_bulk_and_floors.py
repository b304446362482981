"""What a weight's unit phrase names, an Arabic indefinite noun, a share that is no stock, a minimum
far below an exact figure, and the one figure of its kind two reports of one story give."""

from __future__ import annotations

import pytest

from checker.align.frames import _SOLE_MAX, _sole_in_story
from tests.helpers import conflicts_coded, context_of, edited, extraction_of, frames_of, md, subfolder


def _tokens(tmp_path, name: str, text: str, value: float) -> set[str]:
    frames = [f for f in frames_of(tmp_path, name, text) if f.value.get("low") == value]
    assert frames, [(f.predicate, f.text) for f in frames_of(tmp_path, name, text)]
    return set(frames[0].subject.get("tokens") or ())


def test_the_stuff_a_weight_names_is_its_subject(tmp_path):
    # («تن نیترات» is one unit phrase: a ton of nitrate, where a bare «تن» counts people)
    fa = md("fa", "2024-03-02", "در این انبار ۸۰۰ تن نیترات نگهداری می‌شد که در انفجار از بین رفت.")
    en = md("en", "2024-03-02", "The warehouse held 800 tonnes of ammonium nitrate that blew up.")
    assert "c:chemical" in _tokens(tmp_path, "fa.md", fa, 800)
    assert "c:chemical" in _tokens(tmp_path, "en.md", en, 800)


def test_an_indefinite_accusative_noun_names_its_concept(tmp_path):
    ar = md(
        "ar",
        "2024-03-02",
        "وقال قائد فرق الدفاع المدني في المدينة إنه لم يشهد حريقا بهذه الضخامة طوال ٣١ عاما من الخدمة.",
    )
    assert "c:fire" in _tokens(tmp_path, "ar.md", ar, 31)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سهم اندونزی ۳۰۰ هزار بشکه در روز است و بقیه را دیگر اعضا کاهش می‌دهند."),
        ("ar", "وتبلغ حصة إندونيسيا ٣٠٠ ألف برميل يوميا، وهو سهم متواضع من الخفض الإجمالي."),
    ],
)
def test_a_countrys_share_of_a_cut_is_no_stock(tmp_path, lang, text):
    assert "c:shares" not in _tokens(tmp_path, f"{lang}.md", md(lang, "2024-03-02", text), 300000)


def test_a_stock_price_is_still_one(tmp_path):
    fa = md("fa", "2024-03-02", "قیمت سهم این شرکت روز دوشنبه ۱۲ درصد افت کرد.")
    assert "c:shares" in _tokens(tmp_path, "fa.md", fa, 12)


_BRIDGE = {
    "wire.md": md(
        "en",
        "2024-04-14",
        "The new bridge over the estuary, opened on Sunday, is more than 1,200 metres long, the"
        " transport ministry said.",
    ),
    "later.md": md(
        "en",
        "2024-04-15",
        "The new bridge over the estuary, opened on Sunday, is 1,265 metres long, the transport"
        " ministry said on Monday.",
    ),
}


# Two reports of one derailment, each giving one distance in words no concept lexicon lists.
_TRAIN = {
    "en.md": md(
        "en",
        "2024-04-14",
        "KOSICE, April 14 — A passenger train derailed in eastern Slovakia on Sunday, injuring 12"
        " people, police said. The train had covered about 400 km of its route when the last two"
        " carriages left the rails.",
    ),
    "fa.md": md(
        "fa",
        "2024-04-14",
        "یک قطار مسافربری روز یکشنبه در شرق اسلواکی از ریل خارج شد و ۱۲ نفر زخمی شدند. به گفته پلیس،"
        " قطار حدود ۴۰۰ کیلومتر از مسیر خود را پیموده بود.",
    ),
}


def _sole_pairs(folder, articles: dict[str, str]) -> list[tuple[str, str]]:
    ctx = context_of(folder, articles)
    return [(a.frame.article, b.frame.article) for a, b in _sole_in_story(ctx.keyed)]


def test_the_one_distance_of_each_report_is_paired(tmp_path):
    assert _sole_pairs(tmp_path, _TRAIN) == [("en", "fa")]


def test_a_second_distance_in_one_report_pairs_nothing(tmp_path):
    # (the report gives two distances: which one the other report's figure is, nothing says)
    en = _TRAIN["en.md"].replace("of its route", "of its 650 km route")
    assert _sole_pairs(tmp_path, {**_TRAIN, "en.md": en}) == []


def test_one_distance_told_twice_is_one(tmp_path):
    en = _TRAIN["en.md"] + "\nThe train had covered about 400 km, the operator confirmed.\n"
    assert _sole_pairs(tmp_path, {**_TRAIN, "en.md": en}) == [("en", "fa")]


_PLAN = {
    "en.md": md(
        "en",
        "2024-05-02",
        "The ministers agreed a plan on Thursday that calls for halving plastic waste by 2040, to"
        " meet the goals of the 2022 Nairobi Accord on the oceans.",
    ),
    "ar.md": md(
        "ar",
        "2024-05-02",
        "واتفق الوزراء يوم الخميس على خطة تدعو إلى خفض النفايات البلاستيكية إلى النصف بحلول عام 2040،"
        " لتحقيق أهداف اتفاق نيروبي عام 2022 بشأن المحيطات.",
    ),
}


def test_a_year_before_a_name_is_the_names_date(tmp_path):
    dated = [f for f in frames_of(tmp_path, "en.md", _PLAN["en.md"]) if f.value.get("iso") == "2022"]
    assert [(f.predicate, "c:agreement" in f.subject.get("tokens", ())) for f in dated] == [("dated", True)]


def test_a_names_year_changed_in_one_report_conflicts(tmp_path):
    arts = {**_PLAN, "en.md": _PLAN["en.md"].replace("2022 Nairobi", "2019 Nairobi")}
    found = conflicts_coded(tmp_path, arts, "CF02")
    assert any("2019" in f["message"] and "2022" in f["message"] for f in found), found


def test_the_year_of_a_named_occasion_still_dates_it(tmp_path):
    # ("the 1918 Cloquet fire": the occasion's word stands in the name's phrase)
    x = extraction_of(tmp_path, "en.md", md("en", "2024-05-02", "The 1918 Cloquet fire killed 453 people."))
    dates = {c.id: c.text for c in x.claims}
    assert [(m.type, dates.get(m.date)) for m in x.mentions] == [("fire", "1918")]


def test_a_year_with_no_determiner_before_a_name_still_dates_the_occasion(tmp_path):
    # ("In 2015 Paris hosted the climate talks": no "the" before the year, so the talks keep it)
    x = extraction_of(tmp_path, "en.md", md("en", "2024-05-02", "In 2015 Paris hosted the climate talks."))
    dates = {c.id: c.text for c in x.claims}
    assert [(m.type, dates.get(m.date)) for m in x.mentions] == [("meeting", "2015")]


def test_a_story_of_many_reports_pairs_no_sole_figures(tmp_path):
    # (every two sole figures of a group are compared: past ``_SOLE_MAX`` reports, an archive's
    # story pairs its figures by their subjects only, and the cost stays linear)
    many = {f"r{i:02d}.md": _TRAIN["en.md"] for i in range(_SOLE_MAX + 1)}
    assert _sole_pairs(tmp_path, {**many, "fa.md": _TRAIN["fa.md"]}) == []


@pytest.mark.parametrize(
    ("lang", "text", "units"),
    [
        (
            "en",
            "Ruto won 7.18 million votes to Odinga's 6.94 million, the commission said.",
            ["vote", "vote"],
        ),
        ("ar", "وحصل روتو على 7.18 مليون صوت مقابل 6.94 مليون لأودينغا، وفق اللجنة.", ["vote", "vote"]),
        # (no scale word on the second figure, or another one: nothing is left to it)
        ("en", "Ruto won 7.18 million votes to Odinga's 694,000, the commission said.", ["vote", None]),
        (
            "en",
            "Ruto won 7.18 million votes in the first round, when Odinga took 6.94 million.",
            ["vote", "vote"],
        ),
        # (a noun of its own after the second figure: it counts births, not people)
        ("ar", "وتراجع عدد السكان 2.08 مليون نسمة مع تسجيل 9.02 مليون مولود فقط.", ["person", None]),
    ],
)
def test_a_bare_figure_takes_the_unit_the_figure_before_leaves_it(tmp_path, lang, text, units):
    x = extraction_of(tmp_path, f"{lang}.md", md(lang, "2022-08-16", text))
    scaled = [c for c in x.claims if c.type == "number" and (c.value.get("low") or 0) >= 1000]
    assert [c.value.get("unit") for c in scaled] == units


_PRIZE = {
    "en.md": md(
        "en",
        "2023-10-06",
        "The prize is worth 11 million Swedish crowns. The court had sentenced the activist to 154 lashes"
        " and 31 years in prison.",
    ),
    "fa.md": md(
        "fa",
        "2023-10-06",
        "ارزش این جایزه ۱۱ میلیون کرون سوئد است. دادگاه این فعال را به ۱۵۴ ضربه شلاق و ۳۱ سال زندان"
        " محکوم کرده بود.",
    ),
    "ar.md": md(
        "ar",
        "2023-10-06",
        "وتبلغ قيمة الجائزة 11 مليون كرونة سويدية. وكانت المحكمة قد حكمت على الناشطة بـ154 جلدة والسجن"
        " 31 عاما.",
    ),
}


_RATES = {
    "en.md": md(
        "en",
        "2023-09-21",
        "The central bank raised its key interest rate to 4.25% on Thursday. One member wanted a rise"
        " to 4.5%. Inflation stood at 4.8% in August and is expected to ease to about 3% next year.",
    ),
    "ar.md": md(
        "ar",
        "2023-09-21",
        "رفع البنك المركزي يوم الخميس سعر الفائدة الرئيسي إلى 4.25 بالمئة، فيما أيد عضو واحد رفعه إلى 4.5"
        " بالمئة. وبلغ التضخم 4.8 بالمئة في أغسطس، وقد يتراجع إلى نحو 3 بالمئة العام المقبل.",
    ),
}


_BARRED = {
    "en.md": md(
        "en",
        "2024-02-01",
        "The court sentenced the former minister to two years in prison. The conviction bars him from"
        " running for office for five years.",
    ),
    "fa.md": md(
        "fa",
        "2024-02-01",
        "دادگاه وزیر پیشین را به دو سال زندان محکوم کرد. این حکم او را به مدت پنج سال از نامزدی در"
        " انتخابات محروم می‌کند.",
    ),
}


def test_a_turnout_and_participants_are_no_company(tmp_path):
    fa = md(
        "fa",
        "2024-03-02",
        "میزان شرکت در انتخابات ۴۰ درصد بود و شرکت کنندگان در مراسم ۵۰۰ نفر بودند. این شرکت در سال ۲۰۱۰"
        " تاسیس شد.",
    )
    assert "c:company" not in _tokens(tmp_path, "fa.md", fa, 40)
    assert "c:company" not in _tokens(tmp_path, "fa.md", fa, 500)
    founded = [f for f in frames_of(tmp_path, "fa.md", fa) if f.value.get("iso") == "2010"]
    assert "c:company" in founded[0].subject["tokens"]


# (a minimum and an exact figure near it agree; an exact figure half again above it does not) and
# (the one distance two reports give agrees, or conflicts as a possible conflict when changed)
# (crowns and lashes are units; a rate backed or forecast is none that held; a ban is one subject)
_CHANGED = [
    (_BRIDGE, "later.md", "1,265", "1,850", "1,850"),
    (_TRAIN, "fa.md", "۴۰۰ کیلومتر", "۶۰۰ کیلومتر", "600"),
    (_PRIZE, "fa.md", "۱۱ میلیون", "۱۵ میلیون", "15,000,000 crowns"),
    (_PRIZE, "ar.md", "154 جلدة", "164 جلدة", "164 lashes"),
    (_RATES, "ar.md", "4.8 بالمئة", "5.8 بالمئة", "5.8"),
    (_BARRED, "fa.md", "پنج سال", "ده سال", "10 years"),
]


@pytest.mark.parametrize(("story", "name", "old", "new", "shown"), _CHANGED)
def test_told_alike_agrees_and_changed_conflicts(tmp_path, story, name, old, new, shown):
    assert not conflicts_coded(subfolder(tmp_path, "alike"), story, "CF03")
    found = conflicts_coded(subfolder(tmp_path, "changed"), edited(story, name, old, new), "CF03")
    assert any(shown in f["message"] and f["severity"] == "warning" for f in found), found


def test_crowns_and_lashes_read_as_english():
    from checker.findings.wording import quantity
    from checker.report.wording import quantity_words

    v = {"low": 5, "high": 5, "unit": "krona", "low_inclusive": True, "high_inclusive": True}
    assert quantity_words(v) == "5 crowns" and quantity(v) == "5 crowns"
    assert (
        quantity_words({**v, "unit": "lash"}) == "5 lashes" and quantity({**v, "unit": "lash"}) == "5 lashes"
    )
