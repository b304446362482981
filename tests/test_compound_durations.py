"""A duration told in two units is one figure; an Arabic dual counts two by itself; a figure's own
unit word gives way to the word right before the figure; an implosion is an accident."""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_of, edited, extraction_of, frames_of, main_of, md, report_of, subfolder


def _numbers(tmp_path, name: str, text: str) -> list[tuple[str, float, str | None, str | None]]:
    x = extraction_of(tmp_path, name, text)
    return [
        (c.text, c.value.get("value"), c.value.get("unit"), c.value.get("hedge"))
        for c in x.claims
        if c.type == "number"
    ]


@pytest.mark.parametrize(
    ("lang", "body", "surface", "hedge"),
    [
        (
            "en",
            "The ferry sank about one hour and 45 minutes after it left port.",
            "about one hour and 45 minutes",
            "about",
        ),
        ("en", "The ferry sank an hour and 45 minutes after it left port.", "an hour and 45 minutes", None),
        ("fa", "کشتی حدود یک ساعت و ۴۵ دقیقه پس از ترک بندر غرق شد.", "حدود یک ساعت و ۴۵ دقیقه", "about"),
        # (a bare «ساعة» is one hour, and «و» is written onto the digits)
        ("ar", "غرقت العبارة بعد نحو ساعة و45 دقيقة من مغادرة الميناء.", "نحو ساعة و45 دقيقة", "about"),
    ],
)
def test_hours_and_minutes_are_one_figure(tmp_path, lang, body, surface, hedge):
    nums = _numbers(tmp_path, f"{lang}.md", md(lang, "2024-05-02", body))
    assert (surface, 105, "minute", hedge) in nums, nums
    assert not [n for n in nums if n[0] != surface and n[2] in ("hour", "minute")], nums


def test_years_and_months_are_one_figure(tmp_path):
    nums = _numbers(
        tmp_path, "en.md", md("en", "2024-05-02", "He served two years and six months in prison.")
    )
    assert ("two years and six months", 30, "month", None) in nums, nums


def test_two_figures_that_are_no_compound_stay_two(tmp_path):
    # (a smaller unit first, or a second figure with a hedge of its own, is another figure)
    nums = _numbers(
        tmp_path,
        "en.md",
        md(
            "en",
            "2024-05-02",
            "The talks lasted 45 minutes and 3 hours were spent waiting; 2 days and about 5 hours.",
        ),
    )
    units = [(n[1], n[2]) for n in nums]
    assert (45, "minute") in units and (3, "hour") in units, nums
    assert (2, "day") in units and (5, "hour") in units, nums


@pytest.mark.parametrize(
    ("body", "surface", "unit"),
    [
        ("وقضت المحكمة بسجنه عامين بتهمة الاحتيال.", "عامين", "year"),
        ("وأسفر الحادث عن مقتل شخصين وإصابة عشرة آخرين.", "شخصين", "person"),
        ("واستمرت المفاوضات يومين في الدوحة.", "يومين", "day"),
    ],
)
def test_an_arabic_dual_counts_two(tmp_path, body, surface, unit):
    nums = _numbers(tmp_path, "ar.md", md("ar", "2024-05-02", body))
    assert (surface, 2, unit, None) in nums, nums


def test_a_dual_with_the_article_counts_two_too(tmp_path):
    # («خلال العامين الماضيين»: the past two years; «ألفين», a number's own dual, stays 2000)
    nums = _numbers(
        tmp_path,
        "ar.md",
        md("ar", "2024-05-02", "وخلال العامين الماضيين عاد ألفين من النازحين إلى المدينة."),
    )
    assert ("عامين", 2, "year", None) in nums, nums  # (the quote is the dual; its article is a clitic)
    assert [n[1] for n in nums if n[0].startswith("ألفين")] == [2000], nums


@pytest.mark.parametrize(
    ("lang", "body", "value", "predicate"),
    [
        # («متری» names a distance too; the word right before the figure says what it measures)
        ("fa", "بقایای کشتی در عمق ۳۸۰۰ متری پیدا شد.", 3800, "depth"),
        ("fa", "امواجی به ارتفاع ۱۵ متری به ساحل رسید.", 15, "height"),
        ("fa", "روستا در ۱۵ کیلومتری شهر قرار دارد.", 15, "distance"),
        ("en", "The wreck lies on the seabed 3,800 metres below the surface.", 3800, "depth"),
    ],
)
def test_the_word_before_a_figure_beats_its_unit_word(tmp_path, lang, body, value, predicate):
    frames = frames_of(tmp_path, f"{lang}.md", md(lang, "2024-05-02", body))
    assert [f.predicate for f in frames if f.value.get("low") == value] == [predicate], [
        (f.predicate, f.value) for f in frames
    ]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "The submersible suffered a catastrophic implosion near the wreck, killing all five aboard."),
        ("fa", "این زیردریایی دچار انفجار درونی شد و هر پنج سرنشین آن جان باختند."),
        ("ar", "تعرضت الغواصة لانفجار داخلي كارثي ولقي ركابها الخمسة حتفهم."),
    ],
)
def test_an_implosion_is_an_accident_not_an_attack(tmp_path, lang, body):
    assert main_of(tmp_path, f"{lang}.md", md(lang, "2024-05-02", body)).type == "crash"


_DIVE = {
    "fa.md": md(
        "fa",
        "2024-05-02",
        "به گزارش ایرنا، زیردریایی پژوهشی حدود یک ساعت و ۴۵ دقیقه پس از آغاز غواصی ارتباط خود را با"
        " کشتی پشتیبان از دست داد. گارد ساحلی گفت زیردریایی دچار انفجار درونی شده و بقایای آن در عمق"
        " حدود ۳۸۰۰ متری در آب‌های کانادا پیدا شده است.",
    ),
    "ar.md": md(
        "ar",
        "2024-05-02",
        "فقدت الغواصة البحثية الاتصال بسفينة الدعم بعد نحو ساعة و45 دقيقة من بدء الغوص. وقال خفر"
        " السواحل إن الغواصة تعرضت لانفجار داخلي وعثر على حطامها على عمق نحو 3800 متر في مياه كندا.",
    ),
}


def test_a_dive_told_in_hours_and_minutes_agrees_and_a_changed_one_conflicts(tmp_path):
    report = report_of(subfolder(tmp_path, "same"), _DIVE)
    assert not [f for f in report["findings"] if f["code"].startswith("CF")], report["findings"]
    said = {f["message"].split(":")[0].split(" (")[0] for f in report["findings"] if f["code"] == "AG03"}
    assert {"duration", "depth"} <= said, said
    changed = edited(_DIVE, "fa.md", "حدود یک ساعت و ۴۵ دقیقه", "حدود سه ساعت و ۴۵ دقیقه")
    assert [f for f in conflicts_of(subfolder(tmp_path, "changed"), changed) if "duration" in f["message"]]
    deeper = edited(_DIVE, "ar.md", "نحو 3800 متر", "نحو 4800 متر")
    assert [f for f in conflicts_of(subfolder(tmp_path, "deeper"), deeper) if "depth" in f["message"]]


@pytest.mark.parametrize(
    ("lang", "body", "surface", "value", "unit"),
    [
        (
            "en",
            "His lawyers sought less than six and a half years.",
            "less than six and a half years",
            6.5,
            "year",
        ),
        ("en", "He served five years and a half in prison.", "five years and a half", 5.5, "year"),
        (
            "en",
            "About two and a half million people voted.",
            "About two and a half million people",
            2500000,
            "person",
        ),
        ("fa", "وکلای او کمتر از شش سال و نیم را درخواست کردند.", "کمتر از شش سال و نیم", 6.5, "year"),
        ("fa", "دو و نیم میلیون نفر رای دادند.", "دو و نیم میلیون نفر", 2500000, "person"),
        ("ar", "وطلب محاموه أقل من ست سنوات ونصف.", "أقل من ست سنوات ونصف", 6.5, "year"),
    ],
)
def test_a_half_is_added_to_the_whole_number(tmp_path, lang, body, surface, value, unit):
    nums = _numbers(tmp_path, f"{lang}.md", md(lang, "2024-05-02", body))
    assert any(n[0] == surface and n[1] == value and n[2] == unit for n in nums), nums


def test_a_half_after_a_scaled_figure_is_left_alone(tmp_path):
    # («دو میلیون و نیم»: the half of a million is not added to 2,000,000 as 0.5)
    nums = _numbers(tmp_path, "fa.md", md("fa", "2024-05-02", "جمعیت شهر به دو میلیون و نیم نفر رسید."))
    assert not [n for n in nums if n[1] == 2000000.5], nums


def test_no_longer_is_no_other_occasion(tmp_path):
    # («دیگر» before a negated verb is "no longer": the outbreak is the report's own occasion)
    fa = md(
        "fa",
        "2023-05-05",
        "سازمان جهانی بهداشت روز جمعه اعلام کرد که کووید-۱۹ دیگر وضعیت اضطراری جهانی به شمار نمی‌رود.",
    )
    assert main_of(tmp_path, "fa.md", fa).type == "outbreak"
    # (and «دیگر» after an occasion's word in a plain sentence is still another one)
    x = extraction_of(tmp_path, "fa2.md", md("fa", "2023-05-05", "زلزله دیگری روز جمعه شهر را لرزاند."))
    assert [m.ordinal for m in x.mentions if m.type == "earthquake"] == ["another"]


def test_an_altitude_word_names_its_own_figure_only(tmp_path):
    # ("reached an altitude of 6,200 km and flew 1,080 km": the second figure is a distance)
    en = md(
        "en",
        "2022-03-25",
        "The missile reached an altitude of 6,200 km and flew 1,080 km before it fell into the sea.",
    )
    preds = {f.value.get("low"): f.predicate for f in frames_of(tmp_path, "en.md", en)}
    assert preds.get(6200) == "height" and preds.get(1080) == "distance", preds
