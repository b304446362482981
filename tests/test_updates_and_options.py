"""Running counts given on their own days, the days of updates and of fresh blasts, recalled
occasions of adjacent years, places the gazetteer knows by another spelling, and referendum options.

Articles written for these tests from real reporting, in our own words:
- the explosion at the Tianjiayi chemical plant in Xiangshui county, Jiangsu, on Thursday 21 March
  2019 (47 dead on Friday, 64 on Sunday, 78 in the end), with the 1976 Tangshan earthquake and the
  2015 Tianjin and 2014 Kunshan blasts recalled;
- the United Kingdom's referendum on EU membership of 23 June 2016 (Leave 51.9%, Remain 48.1%),
  with the Scottish vote of 62% to remain;
- Scotland's independence referendum of 18 September 2014 (No 55.3%, Yes 44.7%);
- the 1975 referendum on the European Communities (67% to stay in).
"""

from __future__ import annotations

from checker.align.geo import place_relation
from checker.extract.places_unlisted import place_key
from checker.pipeline import check
from checker.rules import load_rules
from tests.helpers import conflicts_of, extraction_of, md, problems_of


def _main(x):
    [main] = [m for m in x.mentions if m.main]
    return main


_XIANGSHUI_LATER = md(
    "en",
    "2019-03-25",
    "The number of people killed in Thursday's explosion at a chemical plant in Jiangsu province"
    " rose to 64 on Sunday, up from 47 on Friday, officials said. Twenty-eight people remain"
    " missing.\n\nThe toll has climbed steadily since Friday, when the authorities reported 47 dead.",
)
_XIANGSHUI_FA = md(
    "fa",
    "2019-03-22",
    "به گزارش ایرنا، انفجار کارخانه مواد شیمیایی در استان جیانگسو چین روز پنجشنبه ۱ فروردین رخ داد."
    " شمار جان‌باختگان این انفجار تا روز جمعه به ۴۷ نفر رسید و ۶۴۰ نفر زخمی شدند.",
)


def test_a_figure_compared_with_holds_on_its_own_day(tmp_path):
    """ "up from 47 on Friday" is Friday's count: a report of Friday giving 47 agrees, one giving
    52 is a conflict, though the report of Monday gives 64 for Sunday."""
    story = {"en.md": _XIANGSHUI_LATER, "fa.md": _XIANGSHUI_FA}
    assert [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"] == []
    report = check([str(tmp_path / n) for n in story]).report
    agreed = [f for f in report["findings"] if f["type"] == "agreement" and "killed" in f["key"]]
    assert any("47" in f["message"] and "en" in str(f["values"]) for f in agreed)
    (tmp_path / "fa.md").write_text(_XIANGSHUI_FA.replace("۴۷ نفر", "۵۲ نفر"), encoding="utf-8")
    report = check([str(tmp_path / n) for n in story]).report
    assert any(f["code"] == "CF03" for f in report["findings"])


def test_the_figure_of_a_when_clause_holds_on_that_day(tmp_path):
    """ "since Friday, when the authorities reported 47 dead", in a report of Monday, is Friday's
    count: Saturday's 56 is a rise, not a conflict."""
    x = extraction_of(tmp_path, "en.md", _XIANGSHUI_LATER)
    [f47] = [f for f in x.frames if f.predicate == "killed" and f.text.startswith("47 dead")]
    assert (f47.time or {}).get("earliest") == "2019-03-22"
    saturday = md("fa", "2019-03-23", "شمار جان‌باختگان انفجار کارخانه شیمیایی جیانگسو چین به ۵۶ نفر رسید.")
    story = {"en.md": _XIANGSHUI_LATER, "fa.md": saturday}
    assert [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"] == []


def test_the_day_a_toll_rose_does_not_date_the_occasion(tmp_path):
    """ "rose to 64 on Sunday": Sunday is the update's day, not the blast's (no CF04 against
    Thursday); but «ارتفاع حصيلة ضحايا الانفجار الذي دمر … مساء الخميس» dates the blast."""
    assert _main(extraction_of(tmp_path, "en.md", _XIANGSHUI_LATER)).earliest is None
    ar = md(
        "ar",
        "2019-03-23",
        "أعلنت السلطات ارتفاع حصيلة ضحايا الانفجار الذي دمر مصنعا كيميائيا في إقليم جيانغسو مساء"
        " الخميس 21 مارس إلى 64 قتيلا.",
    )
    assert _main(extraction_of(tmp_path, "ar.md", ar)).earliest == "2019-03-21"
    story = {"en.md": _XIANGSHUI_LATER, "fa.md": _XIANGSHUI_FA}
    assert [f for f in problems_of(tmp_path, story) if f["code"] == "CF04"] == []


def test_a_fresh_blast_has_its_own_day(tmp_path):
    """ "A fresh blast shook the site on Saturday, … the debris of the explosion": Saturday is
    the fresh blast's, not the occasion's."""
    text = md(
        "en",
        "2019-03-25",
        "The explosion at the chemical plant in Xiangshui killed 64 people, officials said.\n\n"
        "A fresh blast shook the site on Saturday, March 23, as crews cleared the debris of the"
        " explosion.",
    )
    x = extraction_of(tmp_path, "en.md", text)
    assert _main(x).earliest != "2019-03-23"
    assert any(m.earliest == "2019-03-23" and m.ordinal == "another" for m in x.mentions)


def test_a_part_named_right_before_its_figure_is_no_total(tmp_path):
    """«بينهم 12 من رجال الإطفاء», "among them": part of the toll before it, no rival of the 47."""
    ar = md(
        "ar",
        "2019-03-22",
        "ارتفع عدد قتلى انفجار مصنع جيانغسو في الصين إلى 47 قتيلا، بينهم 12 من رجال الإطفاء، فيما يتلقى"
        " أكثر من 600 مصاب العلاج.",
    )
    en = md(
        "en",
        "2019-03-22",
        "The blast at a chemical plant in Jiangsu, China, killed 47 people, officials said.",
    )
    assert [f for f in conflicts_of(tmp_path, {"ar.md": ar, "en.md": en}) if f["code"] == "CF03"] == []
    x = extraction_of(tmp_path, "ar.md", ar)
    [twelve] = [f for f in x.frames if f.value.get("low") == 12]
    assert twelve.qualifiers.get("scope")  # a part (of the toll in Jiangsu)


def test_persian_missing_after_its_figure(tmp_path):
    """«۳ نفر همچنان مفقودند»: missing, not killed, though a toll word stands before it."""
    x = extraction_of(
        tmp_path, "fa.md", _XIANGSHUI_FA.replace("و ۶۴۰ نفر زخمی شدند", "و ۳ نفر همچنان مفقودند")
    )
    assert {f.value["low"]: f.predicate for f in x.frames if f.value.get("low") in (3, 47)} == {
        47: "killed",
        3: "missing",
    }


def test_recalled_occasions_of_adjacent_years_stay_apart(tmp_path):
    """The 2013 Qingdao pipeline blast (62 dead) and the 2014 Kunshan one (146), each recalled by
    one report: two occasions, not one dated two ways."""
    en = md(
        "en",
        "2019-03-22",
        "The explosion at a chemical plant in Xiangshui, Jiangsu, killed 47 people on Thursday. In"
        " 2013, an oil pipeline explosion in the port city of Qingdao killed 62 people.",
    )
    ar = md(
        "ar",
        "2019-03-22",
        "أودى انفجار مصنع للكيماويات في جيانغسو بحياة 47 شخصا يوم الخميس، وهو الأسوأ منذ انفجار مصنع في"
        " مدينة كونشان عام 2014 أودى بحياة 146 شخصا.",
    )
    problems = problems_of(tmp_path, {"en.md": en, "ar.md": ar})
    assert [f for f in problems if f["code"] in ("CF02", "CF03")] == []


def test_a_listed_place_is_known_by_the_skeleton_of_another_spelling():
    """«تانغشان», which the gazetteer's Arabic names lack, is Tangshan; a short skeleton must be
    the name's own ("Hilo" is not Honolulu)."""
    rules = load_rules()
    assert place_relation(rules, "cn.tangshan", place_key("تانغشان", rules)) == "same"
    assert place_relation(rules, "us.honolulu", place_key("Hilo", rules)) == "unknown"


def test_an_arabic_participle_is_no_part_of_a_name(tmp_path):
    """«وتفقد رئيس بلدية يانتشنغ تساو لوباو المصابين»: the mayor is «تساو لوباو»."""
    ar = md("ar", "2019-03-22", "وتفقد رئيس بلدية يانتشنغ تساو لوباو المصابين في المستشفى يوم الجمعة.")
    x = extraction_of(tmp_path, "ar.md", ar)
    names = [c.value.get("name") or c.text for c in x.claims if c.type == "person_role"]
    assert names and all("المصابين" not in n for n in names)


def test_an_arabic_f_may_be_a_latin_v(tmp_path):
    """ "David Cameron" is «ديفيد كاميرون» (Arabic writes the v as «ف»): one prime minister."""
    en = md(
        "en",
        "2016-06-24",
        "British Prime Minister David Cameron said on Friday that he would step down by October, after"
        " Britain voted to leave the European Union.",
    )
    ar = md(
        "ar",
        "2016-06-24",
        "أعلن رئيس الوزراء البريطاني ديفيد كاميرون يوم الجمعة أنه سيتنحى بحلول أكتوبر، بعد تصويت"
        " البريطانيين على الخروج من الاتحاد الأوروبي.",
    )
    assert [f for f in conflicts_of(tmp_path, {"en.md": en, "ar.md": ar}) if f["code"] == "CF01"] == []


_EU_EN = md(
    "en",
    "2016-06-24",
    "Britain has voted to leave the European Union. In Thursday's referendum Leave took 51.9% of the"
    " vote and Remain 48.1%, on a turnout of 72.2%. Scotland voted 62% to remain.",
)
_EU_AR = md(
    "ar",
    "2016-06-24",
    "صوت البريطانيون في استفتاء الخميس 23 يونيو 2016 على الخروج من الاتحاد الأوروبي، إذ نال معسكر"
    " الخروج 51.9 في المئة من الأصوات، مقابل 48.1 في المئة لمعسكر البقاء. وبلغت نسبة المشاركة 72.2"
    " في المئة.",
)
_EU_FA = md(
    "fa",
    "2016-06-25",
    "در همه‌پرسی روز پنجشنبه ۳ تیر ۱۳۹۵ بریتانیا، ۵۱٫۹ درصد رای‌دهندگان خواستار خروج از اتحادیه"
    " اروپا شدند و ۴۸٫۱ درصد به ماندن رای دادند.",
)


def test_a_share_beside_a_referendum_option_is_that_options(tmp_path):
    """ "Leave took 51.9% … and Remain 48.1%", «معسكر الخروج 51.9 … 48.1 لمعسكر البقاء», «۵۱٫۹ درصد
    … خواستار خروج»: each share is its option's, in every language; Scotland's 62% of another
    whole is no rival of the UK's turnout."""
    story = {"en.md": _EU_EN, "ar.md": _EU_AR, "fa.md": _EU_FA}
    assert conflicts_of(tmp_path, story) == []
    report = check([str(tmp_path / n) for n in story]).report
    agreed = " ".join(f["message"] for f in report["findings"] if f["type"] == "agreement")
    assert "51.9 percent" in agreed and "48.1 percent" in agreed
    for old, new in (("۵۱٫۹", "۵۳٫۹"), ("۴۸٫۱", "۴۶٫۱")):
        found = [
            f
            for f in conflicts_of(tmp_path, {**story, "fa.md": _EU_FA.replace(old, new)})
            if f["code"] == "CF03"
        ]
        assert found and new.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٫", "0123456789.")) in found[0]["message"]


def test_yes_and_no_are_options_too(tmp_path):
    x = extraction_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2014-09-19",
            "Scotland rejected independence in Thursday's referendum, with 55.3% for No and 44.7% for Yes.",
        ),
    )
    sides = {f.value["low"]: f.qualifiers.get("candidate") for f in x.frames if f.predicate == "votes"}
    assert sides == {55.3: "side:no", 44.7: "side:yes"}
    # (the whole vote's: Scotland is named in another clause; but an option's share of a region
    # named in its own clause is that region's, "Scotland voted 62% to remain")
    assert all("scope" not in f.qualifiers for f in x.frames if f.predicate == "votes")
    x = extraction_of(tmp_path, "en.md", _EU_EN)
    [scot] = [f for f in x.frames if f.value.get("low") == 62]
    assert (scot.predicate, scot.qualifiers.get("scope")) == ("votes", ["p:GB-SCT"])


def test_a_year_before_its_noun_is_a_date(tmp_path):
    """ "in a 1975 referendum": a year, the occasion's date, so that occasion is another one."""
    x = extraction_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2016-06-24",
            "Britain voted to leave on Thursday. In a 1975 referendum, 67% of voters chose to stay in.",
        ),
    )
    assert any(c.type == "date" and c.text == "1975" for c in x.claims)
    assert any(not m.main and m.earliest == "1975-01-01" for m in x.mentions)


def test_an_arabic_indefinite_second_is_an_ordinal(tmp_path):
    """«عريضة تطالب باستفتاء ثان … صباح السبت»: the second referendum's Saturday is not the vote's."""
    ar = md(
        "ar",
        "2016-06-27",
        "تجاوز عدد الموقعين على عريضة تطالب بإجراء استفتاء ثان ثلاثة ملايين بعد أن تخطى المليون صباح السبت."
        " وكان استفتاء الخميس الماضي قد أسفر عن فوز معسكر الخروج.",
    )
    x = extraction_of(tmp_path, "ar.md", ar)
    assert _main(x).earliest != "2016-06-25"
    assert any(m.ordinal == "second" for m in x.mentions)


def test_a_day_earlier_is_no_period(tmp_path):
    """ "down from 95 a day earlier": a count of the day before, not 95 a day."""
    x = extraction_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2019-03-25",
            "After the chemical plant explosion, 28 people remain missing, down from 95 a day earlier.",
        ),
    )
    assert all("per" not in f.qualifiers for f in x.frames)


def test_a_glued_persian_ending_keeps_the_noun_and_the_ordinal(tmp_path):
    """«آتش‌نشان ۲۰ ساله‌ای» is 20 years old and «انفجارهای تازه‌ای» are fresh blasts, whether the
    ending is joined by a ZWNJ or a space (the fold drops the ZWNJ: «سالهای»)."""
    body = (
        "انفجار کارخانه شیمیایی جیانگسو روز پنجشنبه ۱ فروردین رخ داد. انفجارهای تازه‌ای روز شنبه ۳ فروردین"
        " در محل حادثه رخ داد. یک آتش‌نشان ۲۰ ساله‌ای که پس از ۳۰ ساعت از زیر آوار بیرون کشیده شد در بیمارستان است."
    )
    for text in (body, body.replace("\u200c", " ")):
        x = extraction_of(tmp_path, "fa.md", md("fa", "2019-03-25", text))
        assert any(f.predicate == "age" and f.value["low"] == 20 for f in x.frames)
        assert _main(x).earliest == "2019-03-21"
        assert any(m.ordinal == "another" and m.earliest == "2019-03-23" for m in x.mentions)


_POUND_EN = md(
    "en",
    "2022-09-24",
    "The pound plunged against the dollar on Friday, touching its lowest level since 1985, and share"
    " prices fell from Tokyo to New York.",
)
_POUND_FA = md(
    "fa",
    "2022-09-24",
    "ارزش پوند انگلیس روز جمعه به پایین‌ترین سطح خود در برابر دلار از سال ۱۹۸۵ سقوط کرد.",
)


def test_a_place_of_a_later_clause_is_not_the_figures(tmp_path):
    """ "touching its lowest level since 1985, and share prices fell from Tokyo to New York":
    the pound's record is no Japanese one; a report that gives 1992 is a conflict."""
    story = {"en.md": _POUND_EN, "fa.md": _POUND_FA}
    assert conflicts_of(tmp_path, story) == []
    found = conflicts_of(tmp_path, {**story, "fa.md": _POUND_FA.replace("۱۹۸۵", "۱۹۹۲")})
    assert [f["code"] for f in found] == ["CF02"]


def test_a_name_before_a_dating_appositive_is_the_subject(tmp_path):
    """ "Tianjiayi, founded in 2007," and "Jiangsu Tianjiayi Chemical, founded in 2007,": one
    company's founding, so 2009 in another report is a conflict."""
    one = md(
        "en", "2019-03-22", "The plant's owner, Tianjiayi, founded in 2007, had been fined for storing waste."
    )
    two = md(
        "en",
        "2019-03-25",
        "Jiangsu Tianjiayi Chemical, founded in 2007, had been fined twice for breaking safety rules.",
    )
    assert conflicts_of(tmp_path, {"one.md": one, "two.md": two}) == []
    found = conflicts_of(tmp_path, {"one.md": one, "two.md": two.replace("2007", "2009")})
    assert [f["code"] for f in found] == ["CF02"]


def test_a_persian_verb_ending_glued_to_a_trigger(tmp_path):
    """«بیش از ۶۰۰ نفر همچنان در بیمارستان‌ها بستری‌اند»: the injured in hospital, though the fold
    drops the ZWNJ before «اند»."""
    x = extraction_of(
        tmp_path,
        "fa.md",
        md(
            "fa",
            "2019-03-23",
            "انفجار کارخانه شیمیایی جیانگسو روز پنجشنبه رخ داد. بیش از ۶۰۰ نفر همچنان در بیمارستان‌ها بستری‌اند.",
        ),
    )
    assert [f.predicate for f in x.frames if f.value.get("low") == 600] == ["injured"]


def test_a_counting_ordinal_keeps_two_figures_apart_and_pairs_them(tmp_path):
    """ "the first blast … 2 tonnes … and the second … 18 tonnes" against «الانفجار الأول … 2 طن …
    والثاني … 18 طنا»: each blast's figure meets the same blast's, so a changed one is a conflict."""
    en = md(
        "en",
        "2019-03-22",
        "Seismologists estimated that the first blast released energy equal to 2 tonnes of TNT and the"
        " second the equivalent of 18 tonnes.",
    )
    ar = md(
        "ar",
        "2019-03-22",
        "وقدر خبراء الزلازل قوة الانفجار الأول بما يعادل 2 طن من مادة تي إن تي، والثاني بما يعادل 18 طنا.",
    )
    story = {"en.md": en, "ar.md": ar}
    assert conflicts_of(tmp_path, story) == []
    found = conflicts_of(tmp_path, {**story, "en.md": en.replace("18 tonnes", "25 tonnes")})
    assert len(found) == 1 and "18" in found[0]["message"] and "25" in found[0]["message"]
