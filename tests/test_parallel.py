"""Parallel sentences (align/parallel.py), year ranges, target years and a speaking body: rules met
on fresh stories (Ghana's debt crisis, a president's term, a gas deal), written for these tests."""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check
from tests.helpers import extraction_of as _extraction
from tests.helpers import frames_of as _frames

EN = (
    " date 2024-06-03\nACCRA - Ghana is still recovering from the {year} economic crisis, its worst since"
    " independence in 1957{more}.\n"
)
FA = (
    " date 2024-06-03\nآکرا - غنا هنوز از بحران اقتصادی سال ۲۰۲۲ که بدترین بحران این کشور از زمان استقلال"
    " در سال ۱۹۵۷ بود، بهبود نیافته است.\n"
)


def _story(tmp_path: Path, year: str, more: str = "") -> list[str]:
    (tmp_path / "en.txt").write_text(EN.format(year=year, more=more), encoding="utf-8")
    (tmp_path / "fa.txt").write_text(FA, encoding="utf-8")
    return [str(tmp_path / "en.txt"), str(tmp_path / "fa.txt")]


def _conflicts(paths: list[str]) -> list[dict]:
    return [f for f in check(paths).report["findings"] if f["type"] == "conflict"]


def _pair_conflicts(tmp_path: Path, en: str, other: str) -> list[dict]:
    """The conflicts of a two-article story, ``en.txt`` and ``fa.txt`` (the second in any language)."""
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "fa.txt").write_text(other, encoding="utf-8")
    return _conflicts([str(tmp_path / "en.txt"), str(tmp_path / "fa.txt")])


def test_parallel_sentences_agree_and_a_changed_year_conflicts(tmp_path):
    # The English clause names the economy only, the Persian one also the record and independence:
    # too little in common for the words alone, but every other figure and name is shared.
    assert _conflicts(_story(tmp_path, "2022")) == []
    [found] = _conflicts(_story(tmp_path, "2019"))
    quoted = {ev["text"] for v in found["values"] for ev in v["evidence"]}
    assert "2019" in quoted and any("۲۰۲۲" in q for q in quoted)
    assert found["severity"] == "warning" and "parallel sentences" in found["explanation"]


def test_sentences_that_differ_in_two_figures_are_not_parallel(tmp_path):
    # One more year on the English side: two differences, so the sentences say different things.
    assert _conflicts(_story(tmp_path, "2019", more=", and from a drought in 1983")) == []


def test_the_second_year_of_a_range_is_when_it_ended(tmp_path):
    for name, text, second in (
        ("en.txt", " date 2024-10-22\nToledo, who governed from 2001 to 2006, was sentenced.\n", "2006"),
        ("ar.txt", " date 2024-10-22\nتوليدو، الذي حكم البلاد بين عامي 2001 و2006، أدين بالرشوة.\n", "2006"),
        ("fa.txt", " date 2024-10-22\nتولدو که از سال ۲۰۰۱ تا ۲۰۰۶ رئیس‌جمهور بود، محکوم شد.\n", "۲۰۰۶"),
    ):
        frames = _frames(tmp_path, name, text)
        ended = [f for f in frames if f.predicate == "ended"]
        assert [f.text for f in ended] == [second], (name, [(f.predicate, f.text) for f in frames])
        # Neither year dates the sentence's occasion (the header's day may).
        assert not any(f.predicate == "event_date" and f.text[-4:] in ("2001", "۲۰۰۱") for f in frames), name


def test_a_year_to_come_is_a_target_and_never_meets_a_past_date(tmp_path):
    text = (
        " date 2023-03-22\nRussia will supply China with at least 98 billion cubic metres of gas by 2030.\n"
    )
    [target] = [f for f in _frames(tmp_path, "en.txt", text) if f.text == "2030"]
    assert target.qualifiers.get("target") is True


def test_a_body_that_speaks_is_no_occasion_of_its_own(tmp_path):
    text = (
        " date 2024-10-22\nليما - أصدرت محكمة في بيرو، الاثنين 21 أكتوبر 2024، حكما بسجن الرئيس الأسبق.\n\n"
        "وقالت المحكمة إن المتهم تلقى 35 مليون دولار مقابل عقود طريق يربط بيرو بالبرازيل.\n"
    )
    x = _extraction(tmp_path, "ar.txt", text)
    assert all("BR" not in m.places for m in x.mentions), [(m.text, m.places) for m in x.mentions]


def test_a_month_in_two_naming_traditions_keeps_its_year(tmp_path):
    text = " date 2023-03-22\nموسكو - وقع الرئيسان يوم الثلاثاء 21 مارس/آذار 2023 بيانين مشتركين.\n"
    x = _extraction(tmp_path, "ar.txt", text)
    [d] = [c for c in x.claims if c.type == "date" and not c.rule.startswith("date.meta")]
    assert d.text == "يوم الثلاثاء 21 مارس/آذار 2023" and d.value["iso"] == "2023-03-21"


def test_a_date_beside_another_kind_of_occasion_is_that_ones(tmp_path):
    text = (
        " date 2023-03-22\nMOSCOW - The visit came days after the International Criminal Court issued"
        " an arrest warrant for Putin on March 17.\n"
    )
    x = _extraction(tmp_path, "en.txt", text)
    dated = {m.type: m.earliest for m in x.mentions}
    assert dated.get("meeting") != "2023-03-17", dated


def test_two_minimums_far_apart_conflict_and_close_ones_agree(tmp_path):
    # The Lahaina fire (8 August 2023) destroyed more than 2,200 buildings.
    en = " date 2023-08-10\nLAHAINA - The fire on August 8 destroyed more than {n} buildings in Lahaina, Hawaii.\n"
    fa = " date 2023-08-10\nلاهاینا - آتش‌سوزی ۸ اوت در لاهاینا در هاوایی بیش از ۲۲۰۰ ساختمان را نابود کرد.\n"
    for n, apart in (("2,300", False), ("3,300", True)):
        assert bool(_pair_conflicts(tmp_path, en.format(n=n), fa)) is apart, n


def test_a_fire_reported_nine_days_on_is_dated_by_its_own_day(tmp_path):
    # Lahaina burned on 8 August 2023; these reports came out on the 17th.
    en = (
        " date 2023-08-17\nLAHAINA, Hawaii - The death toll rose to 111 on Wednesday.\n\n"
        "The fire swept through Lahaina on August 8 and destroyed more than 2,200 buildings.\n"
    )
    ar = (
        " date 2023-08-17\nهونولولو - ارتفعت حصيلة قتلى الحريق إلى 111 قتيلا الأربعاء.\n\n"
        "واجتاح الحريق البلدة في 8 أغسطس/آب ودمر أكثر من 2200 مبنى.\n"
    )
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "ar.txt").write_text(ar, encoding="utf-8")
    report = check([str(tmp_path / "en.txt"), str(tmp_path / "ar.txt")]).report
    assert [(sorted(e["articles"]), e["date"]) for e in report["events"]] == [(["ar", "en"], "2023-08-08")]


def test_two_towns_the_gazetteer_lacks_near_which_one_quake_struck_are_apart(tmp_path):
    # The Herat earthquake of 7 October 2023 struck near Zindah Jan.
    one = " date 2023-10-08\nHERAT - A magnitude 6.3 earthquake struck near the town of {town} in western Afghanistan on Saturday.\n"
    two = " date 2023-10-08\nKABUL - The earthquake hit near the town of Zindah Jan in Afghanistan on Saturday, killing hundreds.\n"
    for town, apart in (("Zindah Jan", False), ("Ghoryan", True)):
        found = [f for f in _pair_conflicts(tmp_path, one.format(town=town), two) if f["code"] == "CF05"]
        assert bool(found) is apart, (town, found)


def test_a_day_said_to_be_past_takes_the_last_year_that_has_it(tmp_path):
    text = " date 2024-03-07\nالقاهرة - جاء القرار بعد توقيع صفقة مع الإمارات في 23 مارس الماضي.\n"
    x = _extraction(tmp_path, "ar.txt", text)
    [d] = [c for c in x.claims if c.type == "date" and not c.rule.startswith("date.meta")]
    assert d.value["iso"] == "2023-03-23"


def test_a_signing_told_in_the_past_but_dated_after_the_report_still_conflicts(tmp_path):
    # Egypt and the UAE signed the Ras El-Hekma deal on 23 February 2024.
    en = (
        " date 2024-03-06\nCAIRO - The moves followed a ${amount} billion deal with the UAE signed on {day}"
        " to develop Ras El-Hekma.\n"
    )
    fa = (
        " date 2024-03-06\nقاهره - دولت مصر در ۴ اسفند قراردادی ۳۵ میلیارد دلاری با امارات برای توسعه"
        " رأس الحکمه امضا کرده بود.\n"
    )
    assert not _pair_conflicts(tmp_path, en.format(amount=35, day="February 23"), fa)
    assert [f["code"] for f in _pair_conflicts(tmp_path, en.format(amount=35, day="March 23"), fa)] == [
        "CF02"
    ]
    # The deal's value: the date the signing owns in one report is beside the figure in both.
    assert [f["code"] for f in _pair_conflicts(tmp_path, en.format(amount=52, day="February 23"), fa)] == [
        "CF03"
    ]


def test_years_the_prosecutors_sought_are_a_sentence_asked_for(tmp_path):
    text = (
        " date 2024-10-22\nLIMA - A court on Monday sentenced former President Alejandro Toledo to 20 years"
        " in prison. Prosecutors had sought 35 years.\n"
    )
    frames = _frames(tmp_path, "en.txt", text)
    asked = [f for f in frames if f.text == "35 years"]
    assert [(f.predicate, f.qualifiers.get("requested")) for f in asked] == [("sentence", "prosecution")]


def test_a_bare_year_after_by_or_in_is_a_date_in_arabic_and_persian(tmp_path):
    for name, text in (
        (
            "ar.txt",
            " date 2023-03-22\nموسكو - ستورد روسيا إلى الصين 98 مليار متر مكعب من الغاز بحلول 2030.\n",
        ),
        (
            "fa.txt",
            " date 2023-03-22\nمسکو - روسیه تا ۲۰۳۰ دست‌کم ۹۸ میلیارد متر مکعب گاز به چین صادر خواهد کرد.\n",
        ),
    ):
        x = _extraction(tmp_path, name, text)
        assert [
            c.value["iso"] for c in x.claims if c.type == "date" and not c.rule.startswith("date.meta")
        ] == ["2030"], name


def test_an_english_name_meets_its_persian_spelling_in_parallel_sentences(tmp_path):
    # The Coromandel Express entered a loop line at about 128 km/h (Balasore, 2 June 2023).
    en = (
        " date 2023-06-04\nBALASORE - The Chennai-bound Coromandel Express left the main line at about 7 p.m.,"
        " ran into a loop line at roughly {speed} km per hour and rammed a goods train.\n"
    )
    fa = (
        " date 2023-06-04\nبالاسور - قطار «کوروماندل اکسپرس» با سرعتی حدود ۱۲۸ کیلومتر در ساعت وارد خط فرعی شد"
        " و با یک قطار باری برخورد کرد.\n"
    )
    assert not _pair_conflicts(tmp_path, en.format(speed=128), fa)
    found = _pair_conflicts(tmp_path, en.format(speed=192), fa)
    assert any("192" in ev["text"] for f in found for v in f["values"] for ev in v["evidence"]), found


def test_the_dot_of_an_initialism_before_a_comma_ends_no_sentence():
    from checker.normalize.sentences import split_sentences

    text = "The train left at about 7 p.m., ran into a loop line. U.S. officials said so."
    folded = text.lower()
    spans = split_sentences(folded, lambda i: text[i].islower())
    assert [folded[a:b] for a, b in spans] == [
        "the train left at about 7 p.m., ran into a loop line.",
        "u.s. officials said so.",
    ]


def test_a_year_to_come_told_in_the_past_is_a_slip_the_other_report_shows(tmp_path):
    en = (
        " date 2024-06-03\nACCRA - Ghana is still recovering from the {year} economic crisis, its worst since"
        " independence in 1957.\n"
    )
    assert not _pair_conflicts(tmp_path, en.format(year=2022), FA)
    assert [f["code"] for f in _pair_conflicts(tmp_path, en.format(year=2025), FA)] == ["CF02"]
