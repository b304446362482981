"""Session 82, probe batch 58 (stories written by helpers that saw no code: a rig explosion, a
presidential inauguration, a ransomware attack, a tsunami):

- a swearing-in, an inauguration or a coronation is an occasion of its own (rules/events
  ``inauguration``): reports of one are one event, dated by its day, and an earlier one they
  recall ("the Bible used at his 1861 inauguration") is compared by its year;
- a month's name with an ordinal in it («كانون الثاني», January) numbers no occasion;
- the Arabic dual «بعد يومين من» (two days after) sets the occasion after it apart, as «بعد أيام
  من» does;
- a sentence that opens on a first round and names no other tells that round's figures, whatever
  generic word of the vote it also holds;
- a ransom is the sum demanded: "demanding a ransom of $300" is no bid kept apart from a sum paid
  (rules/predicates concepts ``demanded``);
- parallel sentences do not pair the days of two occasions of different families (a predecessor's
  resignation, a successor's swearing-in);
- an occasion recalled years before the one the reports are of («انتخابات الرئاسة عام 2019») does
  not join it by a shared share of the vote;
- a two-word name too short to be met word by word ("Ivan Duque", vn dk) is met where its words
  stand side by side;
- «بالا آمدن» (rising) after «همراه با» names no one.
"""

from __future__ import annotations

import pytest

from tests.helpers import (
    conflicts_coded,
    edited,
    findings_of,
    main_of,
    md,
    md_extraction,
    problems_of,
    subfolder,
)

_SWORN = {
    "en.md": md(
        "en",
        "2019-10-21",
        "Widodo sworn in for a second term as Indonesia's president\n\n"
        "JAKARTA, Oct. 20 (Wire) — Joko Widodo was sworn in for a second five-year term as Indonesia's "
        "president on Sunday, Oct. 20, 2019, at the parliament building in Jakarta, with Ma'ruf Amin "
        "as his vice-president.\n\n"
        "Widodo, 58, first took office at an inauguration in 2014.",
    ),
    "ar.md": md(
        "ar",
        "2019-10-21",
        "ويدودو يؤدي اليمين لولاية ثانية رئيسا لإندونيسيا\n\n"
        "جاكرتا – أدى جوكو ويدودو يوم الأحد 20 أكتوبر/تشرين الأول 2019 اليمين الدستورية لولاية ثانية "
        "مدتها خمس سنوات رئيسا لإندونيسيا، في مبنى البرلمان في جاكرتا.\n\n"
        "وكان ويدودو (58 عاما) قد تولى الرئاسة لأول مرة بعد تنصيبه عام 2014.",
    ),
    "fa.md": md(
        "fa",
        "2019-10-21",
        "ویدودو برای دوره دوم سوگند ریاست‌جمهوری یاد کرد\n\n"
        "جوکو ویدودو روز یکشنبه ۲۸ مهر ۱۳۹۸ (۲۰ اکتبر ۲۰۱۹) در ساختمان پارلمان در جاکارتا برای دوره دوم "
        "پنج‌ساله سوگند ریاست‌جمهوری اندونزی یاد کرد.\n\n"
        "ویدودو ۵۸ ساله نخستین بار پس از مراسم تحلیف در سال ۲۰۱۴ به قدرت رسید.",
    ),
}


_OATH = {
    "en.md": md(
        "en",
        "2017-01-21",
        "Trump sworn in as 45th president\n\nWASHINGTON, Jan. 20 (Wire) — Donald Trump was sworn in as "
        "the 45th president of the United States on Friday, Jan. 20, 2017, at the Capitol. He placed "
        "his hand on two Bibles, one of them the Bible that President Abraham Lincoln used at his inauguration in 1861.",
    ),
    "ar.md": md(
        "ar",
        "2017-01-21",
        "ترامب يؤدي اليمين رئيسا للولايات المتحدة\n\nواشنطن – أدى دونالد ترامب يوم الجمعة 20 يناير 2017 "
        "اليمين الدستورية رئيسا للولايات المتحدة أمام مبنى الكابيتول، واضعا يده على كتابين مقدسين أحدهما "
        "الكتاب الذي استخدمه الرئيس أبراهام لينكولن في تنصيبه عام 1861.",
    ),
}


def test_a_month_named_with_an_ordinal_numbers_no_occasion(tmp_path):
    # («تشرين الثاني», November: «الثاني» is "second", but here it is a month's name)
    text = (
        "الأمريكيون يدلون بأصواتهم في الانتخابات الرئاسية\n\n"
        "واشنطن – جرت يوم الثلاثاء 6 تشرين الثاني 2012 الانتخابات الرئاسية الأمريكية، وأدلى ملايين "
        "الناخبين بأصواتهم."
    )
    assert main_of(tmp_path, "ar.md", md("ar", "2012-11-07", text)).earliest == "2012-11-06"


def test_an_occasion_two_days_after_another_is_not_dated_by_it(tmp_path):
    # (the Sunday is the plan's: the swearing-in came two days after it)
    text = (
        "الرئيس الجديد يؤدي اليمين وسط إجراءات أمنية مشددة\n\n"
        "أدى الرئيس الجديد القسم أمام المحكمة العليا.\n\n"
        "ويأتي التنصيب بعد يومين من إعلان الحكومة خطتها الاقتصادية يوم الأحد 18 يناير."
    )
    assert main_of(tmp_path, "ar.md", md("ar", "2009-01-21", text)).earliest != "2009-01-18"


def test_a_sentence_that_opens_on_the_first_round_tells_its_figures(tmp_path):
    # (its generic «الانتخابات» is the first round's too: the 49.5% is no share of the runoff)
    text = (
        "أردوغان يفوز بجولة الإعادة\n\n"
        "أنقرة – فاز الرئيس رجب طيب أردوغان في جولة الإعادة التي جرت يوم الأحد 28 مايو بنسبة 52.18% من "
        "الأصوات.\n\n"
        "وكانت الجولة الأولى، التي جرت في 14 مايو، قد سجلت نسبة مشاركة مرتفعة في الانتخابات بلغت 87%، "
        "وتصدرها أردوغان بنحو 49.5% من الأصوات."
    )
    x = md_extraction(tmp_path, "ar", text, "2023-05-29")
    main = next(m.id for m in x.mentions if m.main)
    shares = {f.value["low"]: f.subject.get("mention") for f in x.frames if f.predicate == "votes"}
    assert shares[52.18] == main and shares[48.5] != main, shares


_RANSOM = {
    "en.md": md(
        "en",
        "2017-05-13",
        "Ransomware attack hits hospitals\n\nLONDON, May 12 — A cyberattack on Friday locked the "
        "computers of dozens of hospitals, encrypting files and demanding a ransom of $300 in bitcoin "
        "to unlock each machine, officials said.",
    ),
    "ar.md": md(
        "ar",
        "2017-05-13",
        "هجوم إلكتروني يضرب المستشفيات\n\nلندن – شل هجوم إلكتروني يوم الجمعة أجهزة الكمبيوتر في عشرات "
        "المستشفيات، إذ يشفر البرنامج الملفات ويطالب بفدية قدرها 300 دولار بعملة بيتكوين لفك كل جهاز.",
    ),
}


@pytest.mark.parametrize(
    ("story", "name", "old", "new", "code", "values"),
    [
        # reports of a swearing-in are one occasion, dated by its day
        (
            _SWORN,
            "ar.md",
            "يوم الأحد 20 أكتوبر/تشرين الأول 2019",
            "يوم الثلاثاء 22 أكتوبر/تشرين الأول 2019",
            "CF04",
            ("inauguration", "2019-10-22"),
        ),
        # an earlier inauguration the reports recall is compared by its year
        (
            _OATH,
            "en.md",
            "at his inauguration in 1861",
            "at his inauguration in 1865",
            "CF02",
            ("1861", "1865"),
        ),
        # a ransom demanded is compared as the sum it is
        (_RANSOM, "ar.md", "بفدية قدرها 300 دولار", "بفدية قدرها 450 دولار", "CF03", ("300", "450")),
    ],
    ids=["swearing_in_day", "recalled_inauguration_year", "ransom"],
)
def test_a_change_in_one_report_is_one_conflict(tmp_path, story, name, old, new, code, values):
    assert not problems_of(subfolder(tmp_path, "as_told"), story)
    [found] = conflicts_coded(subfolder(tmp_path, "changed"), edited(story, name, old, new), code)
    assert all(v in found["message"] for v in values), found["message"]


# (the predecessor's resignation is left in one report's sentence and the successor's swearing-in
# in the other's: two facts)
_SUCCESSION = {
    "en.md": md(
        "en",
        "2021-11-01",
        "Japan's ruling party keeps its majority\n\nTOKYO, Nov. 1 — Japan's Liberal Democratic Party "
        "kept its majority in Sunday's general election, held on Oct. 31.\n\n"
        "Fumio Kishida won the party leadership on Sept. 29, succeeding Yoshihide Suga, and was sworn "
        "in as prime minister on Oct. 4.",
    ),
    "fa.md": md(
        "fa",
        "2021-11-01",
        "حزب حاکم ژاپن اکثریت را حفظ کرد\n\nحزب لیبرال دموکرات ژاپن در انتخابات عمومی روز یکشنبه ۹ آبان "
        "(۳۱ اکتبر) اکثریت خود را حفظ کرد.\n\n"
        "فومیو کیشیدا روز ۲۹ سپتامبر به رهبری حزب برگزیده شد و جانشین یوشیهیده سوگا شد که ۳ سپتامبر "
        "استعفای خود را اعلام کرده بود. او ۴ اکتبر سوگند نخست‌وزیری یاد کرد.",
    ),
}

# (two reports of the swearing-in, one of the vote; two recall the candidate's 3% of 2019)
_RECALLED_VOTE = {
    "ar.md": md(
        "ar",
        "2024-09-23",
        "ديساناياكا يؤدي اليمين رئيسا لسريلانكا\n\n"
        "كولومبو – أدى أنورا كومارا ديساناياكا اليمين الدستورية رئيسا لسريلانكا اليوم الاثنين 23 "
        "سبتمبر 2024 في العاصمة كولومبو.\n\n"
        "وكان ديساناياكا قد حصل في انتخابات الرئاسة عام 2019 على نحو 3% فقط من الأصوات.",
    ),
    "en.md": md(
        "en",
        "2024-09-23",
        "Dissanayake sworn in as Sri Lanka's president\n\n"
        "COLOMBO, Sept. 23 — Anura Kumara Dissanayake was sworn in as Sri Lanka's president on Monday, "
        "a day after he was declared the winner of the vote.\n\n"
        "In Saturday's election, held on Sept. 21, Dissanayake won 42.31 percent of the vote.",
    ),
    "fa.md": md(
        "fa",
        "2024-09-22",
        "دیسانایاکه برنده انتخابات ریاست‌جمهوری سریلانکا شد\n\n"
        "کمیسیون انتخابات سریلانکا روز یکشنبه ۱ مهر (۲۲ سپتامبر ۲۰۲۴) آنورا کومارا دیسانایاکه را برنده "
        "انتخابات ریاست‌جمهوری روز شنبه ۳۱ شهریور این کشور اعلام کرد.\n\n"
        "او در انتخابات ریاست‌جمهوری ۲۰۱۹ تنها حدود سه درصد آرا را به دست آورده بود.",
    ),
}


@pytest.mark.parametrize(
    "story",
    [_SUCCESSION, _RECALLED_VOTE],
    ids=["parallel_days_of_two_occasions", "occasion_recalled_years_before"],
)
def test_two_facts_are_no_conflict(tmp_path, story):
    # parallel sentences do not pair the days of occasions of two families; an occasion recalled
    # years before the reported one does not join it by a shared share of the vote
    assert not problems_of(tmp_path, story)


def test_a_short_two_word_name_is_met_where_its_words_stand_together(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2022-03-12",
            "Boric sworn in as Chile's president\n\nSANTIAGO, March 11 — Gabriel Boric was sworn in as "
            "Chile's president on Friday. Regional leaders attended, among them Colombia's Ivan Duque.",
        ),
        "fa.md": md(
            "fa",
            "2022-03-12",
            "بوریچ سوگند ریاست‌جمهوری شیلی یاد کرد\n\nگابریل بوریچ روز جمعه ۲۰ اسفند سوگند ریاست‌جمهوری "
            "شیلی یاد کرد. ایوان دوکه، رئیس‌جمهور کلمبیا، در این مراسم حضور داشت.",
        ),
        "ar.md": md(
            "ar",
            "2022-03-12",
            "بوريتش يؤدي اليمين رئيسا لتشيلي\n\nأدى غابرييل بوريتش يوم الجمعة اليمين الدستورية رئيسا "
            "لتشيلي، بحضور الرئيس الكولومبي إيفان دوكي.",
        ),
    }
    left_out = [f for f in findings_of(tmp_path, story) if f["type"] == "omission"]
    assert not [f for f in left_out if "en" in f["message"].split(" leaves out")[0]], [
        f["message"] for f in left_out
    ]


def test_rising_water_after_along_with_names_no_one(tmp_path):
    text = (
        "علت سونامی رانش زیردریایی زمین در پی فعالیت آتشفشان همراه با بالا آمدن آب دریا بوده است، "
        "سخنگوی سازمان مدیریت بحران گفت."
    )
    x = md_extraction(tmp_path, "fa", text, "2018-12-23")
    assert not [c.value["name"] for c in x.claims if c.type == "attendance"]
