"""A model's number, a year after a noun, ages after full names, a president of long ago, the
next clause's subject, parties whose names sound alike, "his" minister, a winner's share, and
words that are no places.

Articles written for these tests from real reporting, in our own words:
- the crash of Air India flight AI171, a Boeing 787-8, at Ahmedabad on 12 June 2025;
- the attempt on Donald Trump's life at Butler, Pennsylvania, on 13 July 2024;
- the UK general election of 4 July 2024 (Labour 411 seats, the Liberal Democrats 72);
- Turkey's presidential runoff of 28 May 2023, as the election board's head Ahmet Yener gave it;
- Javier Milei's inauguration in Buenos Aires on 10 December 2023, after his 55.7% to 44.3% win
  over Sergio Massa in the runoff of 19 November;
- the Guadalupe River floods in Kerr County, Texas, of Friday 4 July 2025.
"""

from __future__ import annotations

import json

from checker.report.claims import claim_lines
from tests.helpers import conflicts_coded, extraction_of, frames_of, md, problems_of, subfolder


def test_a_number_after_a_models_word_is_no_count(tmp_path):
    """«أول حادث مميت لطائرة من طراز 787»: the model, not 787 people aboard."""
    text = (
        " date 2025-06-13\nتحطم طائرة إير إنديا\nتحطمت طائرة إير إنديا وعلى متنها 242 شخصا. ويعد هذا أول حادث"
        " مميت لطائرة من طراز 787 منذ دخولها الخدمة عام 2011.\n"
    )
    x = extraction_of(tmp_path, "ar.txt", text)
    assert not [c for c in x.claims if c.type == "number" and c.text == "787"]


def test_a_year_after_a_noun_counts_no_one(tmp_path):
    """«نامزد حزب جمهوری‌خواه در انتخابات ریاست‌جمهوری ۲۰۲۴»: a year, not 2,024 people injured."""
    text = (
        " date 2024-07-14\nترور نافرجام ترامپ\nدونالد ترامپ، نامزد حزب جمهوری‌خواه در انتخابات ریاست‌جمهوری ۲۰۲۴،"
        " عصر شنبه در پنسیلوانیا هدف گلوله قرار گرفت و زخمی شد.\n"
    )
    assert not [f for f in frames_of(tmp_path, "fa.txt", text) if f.value.get("low") == 2024]


def test_ages_after_full_names_are_ages(tmp_path):
    """ "named the injured men as David Dutch, 57, and James Copenhaver, 74." and "Richard "Dick"
    Eastland, 70, died": ages, no counts of the injured or the dead."""
    text = md(
        "en",
        "2024-07-14",
        "A gunman opened fire at a rally in Butler on Saturday, killing one man and critically injuring two."
        " State police named the injured men as David Dutch, 57, and James Copenhaver, 74. The camp's director,"
        ' Richard "Dick" Eastland, 70, died.',
    )
    ages = {f.value["low"] for f in frames_of(tmp_path, "en.md", text) if f.predicate == "age"}
    assert ages == {57, 74, 70}


def test_a_president_of_an_occasion_long_ago_is_no_rival_of_todays(tmp_path):
    """«إصابة الرئيس رونالد ريغان بالرصاص في واشنطن يوم ٣٠ مارس ١٩٨١»: the president of 1981,
    whose clause dates him; «بالرصاص» (by bullets) is no part of his name."""
    story = {
        "ar.txt": " date 2024-07-14\nمحاولة اغتيال ترامب\nأدان الرئيس الأمريكي جو بايدن إطلاق النار على ترامب. ويُعد"
        " أخطر اعتداء على مرشح رئاسي منذ إصابة الرئيس رونالد ريغان بالرصاص في واشنطن يوم ٣٠ مارس/آذار ١٩٨١.\n",
        "en.md": md(
            "en", "2024-07-14", "President Joe Biden condemned the shooting of Donald Trump in Butler."
        ),
    }
    assert not conflicts_coded(tmp_path, story, "CF01")


def test_a_name_after_a_comma_with_its_own_verb_is_the_next_clauses(tmp_path):
    """ "Rachel Reeves became the first woman to serve as Chancellor of the Exchequer, Angela Rayner
    was appointed deputy prime minister": Rayner is no chancellor."""
    text = md(
        "en",
        "2024-07-06",
        "Rachel Reeves became the first woman to serve as Chancellor of the Exchequer, Angela Rayner was"
        " appointed deputy prime minister and David Lammy foreign secretary.",
    )
    x = extraction_of(tmp_path, "en.md", text)
    assert not [
        c
        for c in x.claims
        if c.type == "person_role"
        and c.value["name"] == "Angela Rayner"
        and c.value["role"] == "finance_minister"
    ]


def test_labour_and_the_liberals_are_two_parties(tmp_path):
    """ "Labour" (lbr) and «لیبرال» (lbrl): a short skeleton names a party only when equal, so the
    Liberal Democrats' 72 seats are no rival of Labour's 411."""
    story = {
        "en.md": md(
            "en",
            "2024-07-06",
            "LONDON — Keir Starmer became Britain's prime minister on Friday, July 5, hours after his Labour Party"
            " swept to a landslide victory in Thursday's general election.\n\nWith all 650 constituencies"
            " declared, Labour won 411 seats, far more than the 326 needed for a majority in the House of Commons.",
        ),
        "fa.txt": " date 2024-07-06\nانتخابات بریتانیا\nدر انتخابات روز پنجشنبه ۱۴ تیر حزب لیبرال دموکرات با ۷۲ کرسی به"
        " بهترین نتیجه خود در یک قرن گذشته رسید.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_his_foreign_minister_is_his_countrys(tmp_path):
    """ "Brazilian President Luiz Inácio Lula da Silva stayed away and sent his foreign minister,
    Mauro Vieira": Brazil's foreign minister, no rival of Argentina's."""
    text = md(
        "en",
        "2023-12-10",
        "Javier Milei was sworn in as president of Argentina in Buenos Aires on Sunday, with Diana Mondino as"
        " Argentina's foreign minister."
        " Brazilian President Luiz Inácio Lula da Silva stayed away and sent his foreign minister, Mauro Vieira.",
    )
    x = extraction_of(tmp_path, "en.md", text)
    [vieira] = [c for c in x.claims if c.type == "person_role" and c.value["name"] == "Mauro Vieira"]
    assert vieira.value["country"] == "BR"
    assert not conflicts_coded(tmp_path, {"en.md": text}, "CF01")
    # (and the country's source, "possessor", is one claim.schema.json allows: --claims-out
    # validates every claim it writes, and stopped with E005 on this one)
    lines = [json.loads(line) for line in claim_lines([x])]
    assert {"possessor"} <= {c["value"].get("country_source") for c in lines if c["type"] == "person_role"}


def test_the_share_after_a_defeat_is_the_winners(tmp_path):
    """ "defeating … Sergio Massa by 55.7% to 44.3%" and «با کسب ۵۵.۷ درصد آرا بر سرخیو ماسا»: the
    55.7% is Milei's, not the loser's named nearer."""
    story = {
        "en.md": md(
            "en",
            "2023-12-10",
            "President Javier Milei took office on Sunday. Milei won the presidency in a runoff on November 19,"
            " defeating the Peronist economy minister Sergio"
            " Massa by 55.7% to 44.3%.",
        ),
        "fa.txt": " date 2023-12-11\nمیلی رئیس‌جمهور شد\nخاویر میلی در دور دوم انتخابات ریاست‌جمهوری که یکشنبه ۲۸ آبان"
        " ۱۴۰۲ برگزار شد، با کسب ۵۵.۷ درصد آرا بر سرخیو ماسا، وزیر اقتصاد، پیروز شد که ۴۴.۳ درصد آرا را به دست آورد.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_verb_after_a_region_word_is_no_place(tmp_path):
    """«في منطقة تُعرف بـ"ممر الفيضانات المفاجئة"» (in an area known as …): «تُعرف» is no place."""
    text = (
        ' date 2025-07-06\nفيضانات تكساس\nتقع مقاطعة كير شمال غربي مدينة سان أنطونيو، في منطقة تُعرف بـ"ممر'
        ' الفيضانات المفاجئة".\n'
    )
    x = extraction_of(tmp_path, "ar.txt", text)
    assert not [c for c in x.claims if c.type == "place" and "عرف" in c.value.get("name", "")]


def test_adults_among_the_dead_are_a_part(tmp_path):
    """ "rose to 68 …, including 28 children and 40 adults", «بينهم 28 طفلا و40 بالغا»: the adults
    are a part of the dead, as the children are."""
    story = {
        "en.md": md(
            "en",
            "2025-07-06",
            "The number of people killed by flash floods on the Guadalupe River in Kerr County rose to 68 on"
            " Sunday, including 28 children and 40 adults, the sheriff said.",
        ),
        "ar.txt": " date 2025-07-06\nفيضانات تكساس\nارتفعت حصيلة قتلى الفيضانات المفاجئة في مقاطعة كير بولاية تكساس"
        " إلى 68 قتيلا، بينهم 28 طفلا و40 بالغا.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_trip_he_said_he_would_make_is_no_past_day(tmp_path):
    """ "he said he would travel to Washington … on Monday, August 18" in a report of the 16th: a
    plan, not a day the report dates ahead of itself (IN04)."""
    text = md(
        "en",
        "2025-08-16",
        "ANCHORAGE — Donald Trump and Vladimir Putin met for nearly three hours on Friday at Joint Base"
        " Elmendorf-Richardson. On Saturday, after a phone call with Trump, Volodymyr Zelensky said he would"
        " travel to Washington for talks at the White House on Monday, August 18.",
    )
    assert not [f for f in problems_of(tmp_path, {"en.md": text}) if f["code"] == "IN04"]


def test_a_toll_that_climbed_past_a_figure_is_more_than_it(tmp_path):
    """ "The death toll … has climbed past 1,000" and 1,033: the same count, hedged."""
    text = md("en", "2022-08-29", "The death toll from Pakistan's monsoon floods has climbed past 1,000.")
    [f] = [f for f in frames_of(tmp_path, "en.md", text) if f.predicate == "killed"]
    assert f.value["hedge"] == "more_than"


def test_a_total_that_will_exceed_is_more_than_it_in_every_language(tmp_path):
    """ "would exceed $200 billion", «سيتجاوز 200 مليار دولار», «از ۲۰۰ میلیارد دلار فراتر خواهد رفت»:
    one hedged forecast, no conflict between a bound and an exact figure."""
    story = {
        "en.md": md(
            "en",
            "2023-03-21",
            "Putin said trade between the two countries, which reached about $190 billion in 2022, would exceed"
            " $200 billion this year.",
        ),
        "ar.txt": " date 2023-03-21\nبوتين وشي\nوقال بوتين إن حجم التبادل التجاري بين البلدين، الذي بلغ نحو 190 مليار"
        " دولار العام الماضي، سيتجاوز 200 مليار دولار هذا العام.\n",
        "fa.txt": " date 2023-03-21\nپوتین و شی\nپوتین گفت حجم تجارت دو کشور که در سال ۲۰۲۲ به حدود ۱۹۰ میلیارد دلار"
        " رسید، امسال از ۲۰۰ میلیارد دلار فراتر خواهد رفت.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_others_killed_beside_named_victims_are_a_part(tmp_path):
    """ "killing the 41-year-old basketball great, his 13-year-old daughter Gianna and seven other
    people": the others, not the nine dead the other report counts."""
    story = {
        "en.md": md(
            "en",
            "2020-01-27",
            "A helicopter carrying Kobe Bryant slammed into a hillside in Calabasas on Sunday, killing the"
            " 41-year-old basketball great, his 13-year-old daughter Gianna and seven other people.",
        ),
        "ar.txt": " date 2020-01-27\nرحيل كوبي براينت\nلقي تسعة أشخاص حتفهم في تحطم مروحية في كالاباساس بولاية كاليفورنيا"
        " يوم الأحد، بينهم كوبي براينت وابنته جيانا.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_grandson_and_a_verb_are_no_names(tmp_path):
    """«مایا فرناندز آلنده، نوه سالوادور آلنده، … وزیر دفاع شد» and «الملك سلمان يتفقد موقع سقوط الرافعة»:
    «نوه» (grandchild) and «يتفقد» (inspects) are no words of a name."""
    fa = (
        " date 2022-03-11\nسوگند بوریک\nمایا فرناندز آلنده، نوه سالوادور آلنده، رئیس‌جمهور سوسیالیست پیشین، وزیر دفاع"
        " شد.\n"
    )
    x = extraction_of(tmp_path, "fa.txt", fa)
    assert not [c for c in x.claims if c.type == "person_role" and "نوه" in (c.value.get("name") or "")]
    ar = " date 2015-09-12\nالملك سلمان يتفقد موقع سقوط الرافعة\nتفقد خادم الحرمين الشريفين الملك سلمان موقع الحادث.\n"
    x = extraction_of(tmp_path, "ar.txt", ar)
    assert not [c for c in x.claims if c.type == "person_role" and "يتفقد" in (c.value.get("name") or "")]


def test_whole_years_since_a_month_fit_it(tmp_path):
    """«ثماني سنوات من الفائدة السلبية» since June 2014, told in July 2022: 8.1 years gone, which
    "eight years" counts whole (IN03 only where the count cannot fit)."""
    text = (
        " date 2022-07-21\nالمركزي الأوروبي يرفع الفائدة\nوينهي القرار ثماني سنوات من أسعار الفائدة السلبية التي بدأت"
        " في يونيو/حزيران 2014.\n"
    )
    assert not [f for f in problems_of(tmp_path, {"ar.txt": text}) if f["code"] == "IN03"]
    wrong = text.replace("ثماني سنوات", "ست سنوات")
    assert [f for f in problems_of(subfolder(tmp_path, "w"), {"ar.txt": wrong}) if f["code"] == "IN03"]


def test_a_weekday_alone_is_placed_by_the_date_beside_it(tmp_path):
    """«قرار است روز یکشنبه (۲۶ فروردین) … نشست برگزار کند» in a report of that Sunday: the weekday
    alone was guessed to be next week's; the date beside it says which, no calendar slip (IN02)."""
    text = (
        " date 2024-04-14\nنشست شورای امنیت\nشورای امنیت سازمان ملل قرار است روز یکشنبه (۲۶ فروردین) به درخواست اسرائیل"
        " نشست اضطراری برگزار کند.\n"
    )
    assert not [f for f in problems_of(tmp_path, {"fa.txt": text}) if f["code"] == "IN02"]
