"""Resignations, dismissals and a ship aground: occasions of one person, and of one vessel.

Articles written for these tests from real reporting, in our own words:
- Boris Johnson's resignation as Conservative leader on Thursday 7 July 2022 (16 Tir 1401), after
  Sajid Javid quit as health secretary on Tuesday 5 July (14 Tir);
- Recep Tayyip Erdogan's sacking of the central bank governor Naci Agbal on Saturday 20 March 2021
  (30 Esfand 1399), as the lira fell;
- Peru's congress removing President Martin Vizcarra on Monday 9 November 2020, and soldiers in
  Niamey removing President Mohamed Bazoum in July 2023;
- the container ship Ever Given, built in 2018, aground in the Suez Canal on Tuesday 23 March 2021
  (3 Farvardin 1400).
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, extraction_of, findings_of, frames_of, md, report_of

_JOHNSON = {
    "en.md": md(
        "en",
        "2022-07-07",
        "LONDON, July 7 — Boris Johnson announced his resignation as leader of the Conservative Party on"
        " Thursday after more than 50 ministers and aides left his government. Sajid Javid had quit as"
        " health secretary on Tuesday, July 5.",
    ),
    "fa.md": md(
        "fa",
        "2022-07-08",
        "بوریس جانسون، نخست‌وزیر انگلیس، روز پنجشنبه ۱۶ تیر ۱۴۰۱ از رهبری حزب محافظه‌کار کناره‌گیری کرد."
        " ساجد جاوید، وزیر بهداشت، روز سه‌شنبه ۱۴ تیر استعفا داد.",
    ),
    "ar.md": md(
        "ar",
        "2022-07-08",
        "لندن - أعلن رئيس الوزراء البريطاني بوريس جونسون، يوم الخميس 7 يوليو 2022، استقالته من زعامة حزب"
        " المحافظين. وكان وزير الصحة ساجد جاويد قد استقال يوم الثلاثاء 5 يوليو.",
    ),
}


def _mentions(tmp_path, name: str, text: str):
    return extraction_of(tmp_path, name, text).mentions


def test_a_resignation_is_the_occasion_in_each_language(tmp_path):
    for name, text in _JOHNSON.items():
        main = next(m for m in _mentions(tmp_path, name, text) if m.main)
        assert (main.type, main.earliest) == ("resignation", "2022-07-07"), name


def test_another_holder_s_resignation_is_another_occasion(tmp_path):
    """Javid's resignation two days before is not the leader's, though it is the earliest day."""
    for name, text in _JOHNSON.items():
        others = [m for m in _mentions(tmp_path, name, text) if not m.main and m.type == "resignation"]
        assert [m.earliest for m in others] == ["2022-07-05"], name


def test_the_other_resignation_is_compared_across_reports(tmp_path):
    assert not [f for f in findings_of(tmp_path, _JOHNSON) if f["type"] == "conflict"]
    moved = edited(_JOHNSON, "fa.md", "روز سه‌شنبه ۱۴ تیر", "روز دوشنبه ۱۳ تیر")
    cfs = [f for f in findings_of(tmp_path, moved) if f["type"] == "conflict"]
    assert [f["code"] for f in cfs] == ["CF02"] and "resignation" in cfs[0]["message"]
    assert {a for v in cfs[0]["values"] for a in v["articles"]} == {"en", "fa", "ar"}


def test_a_holder_who_quit_as_the_role_is_a_former_holder(tmp_path):
    x = extraction_of(tmp_path, "en.md", _JOHNSON["en.md"])
    [javid] = [c for c in x.claims if c.type == "person_role" and c.value["name"] == "Sajid Javid"]
    assert javid.value["role"] == "health_minister" and "former" in javid.value["modifiers"]


def test_a_sacking_keeps_its_day_from_a_fall_before_it(tmp_path):
    """«سقوط» (the lira's fall, an ending word that claims a day) stands nearer the day's start; the
    sacking verb after the day owns it, as a Persian verb follows its date."""
    text = md(
        "fa",
        "2021-03-21",
        "ارزش لیر به‌شدت سقوط کرد و اردوغان روز شنبه ۳۰ اسفند ناجی آغبال را برکنار کرد.",
    )
    [m] = [m for m in _mentions(tmp_path, "fa.md", text) if m.type == "dismissal"]
    assert m.earliest == "2021-03-20"


def test_who_removes_a_holder_decides_the_occasion(tmp_path):
    congress = md(
        "ar",
        "2020-11-10",
        "ليما - أقال البرلمان البيروفي الرئيس مارتن فيزكارا يوم الاثنين 9 نوفمبر 2020.",
    )
    soldiers = md(
        "ar",
        "2023-07-27",
        "نيامي - أعلن عسكريون في النيجر مساء الأربعاء إقالة الرئيس محمد بازوم.",
    )
    minister = md(
        "en", "2021-03-21", "President Erdogan sacked the central bank governor Naci Agbal on Saturday."
    )
    assert {m.type for m in _mentions(tmp_path, "ar.md", congress)} == {"motion"}
    assert {m.type for m in _mentions(tmp_path, "ar.md", soldiers)} == {"coup"}
    assert {m.type for m in _mentions(tmp_path, "en.md", minister)} == {"dismissal"}


_EVER_GIVEN = {
    "en.md": md(
        "en",
        "2021-03-24",
        "CAIRO, March 24 — The Ever Given, a Panama-flagged container ship built in 2018, ran aground in"
        " the Suez Canal on Tuesday, March 23, blocking the waterway.",
    ),
    "fa.md": md(
        "fa",
        "2021-03-24",
        "کشتی کانتینربر «اور گیون» روز سه‌شنبه ۳ فروردین ۱۴۰۰ در کانال سوئز به گل نشست و این آبراه را مسدود کرد.",
    ),
    "ar.md": md(
        "ar",
        "2021-03-24",
        "القاهرة - جنحت سفينة الحاويات إيفر غيفن في قناة السويس يوم الثلاثاء 23 مارس 2021 وأغلقت المجرى الملاحي.",
    ),
}


def test_a_ship_aground_is_an_accident_dated_by_its_day_not_its_build_year(tmp_path):
    for name, text in _EVER_GIVEN.items():
        main = next(m for m in _mentions(tmp_path, name, text) if m.main)
        assert (main.type, main.earliest) == ("crash", "2021-03-23"), name


def test_reports_of_one_grounding_compare_its_day(tmp_path):
    moved = edited(_EVER_GIVEN, "fa.md", "سه‌شنبه ۳ فروردین", "چهارشنبه ۴ فروردین")
    [cf] = conflicts_coded(tmp_path, moved, "CF04")
    assert {a for v in cf["values"] for a in v["articles"]} == {"en", "fa", "ar"}


_LINE = {
    "en.md": md(
        "en",
        "2023-05-22",
        "LONDON, May 22 — King Charles III visited Paddington station on Monday. Queen Elizabeth II had"
        " opened the Elizabeth line there in May 2022, four months before the Queen's death.",
    ),
    "fa.md": md(
        "fa",
        "2023-05-23",
        "پادشاه چارلز سوم، پادشاه انگلیس، روز دوشنبه از ایستگاه پدینگتون لندن بازدید کرد. ملکه الیزابت دوم این خط را"
        " در اردیبهشت ۱۴۰۱، چهار ماه پیش از درگذشت ملکه، افتتاح کرده بود.",
    ),
    "ar.md": md(
        "ar",
        "2023-05-23",
        "لندن - زار الملك البريطاني تشارلز الثالث محطة بادينغتون يوم الاثنين، وكانت الملكة إليزابيث الثانية قد"
        " افتتحت الخط في مايو 2022 قبل أربعة أشهر من وفاة الملكة.",
    ),
}


def test_a_death_told_of_a_role_word_befalls_the_holder_it_names(tmp_path):
    """ "The Queen's death", «وفاة الملكة», «درگذشت ملکه»: the queen named in the report died, and is
    no rival of the king who reigns now."""
    for name, text in _LINE.items():
        x = extraction_of(tmp_path, name, text)
        late = {
            c.value["name"] for c in x.claims if c.type == "person_role" and "late" in c.value["modifiers"]
        }
        assert len(late) == 1 and not {"Charles III", "تشارلز الثالث", "چارلز سوم"} & late, name
    assert not conflicts_coded(tmp_path, _LINE, "CF01")


def test_a_death_told_of_a_role_word_two_holders_share_befalls_neither(tmp_path):
    text = md(
        "en",
        "2016-12-02",
        "King Maha Vajiralongkorn received the prime minister on Thursday. King Bhumibol Adulyadej had"
        " received him in September, weeks before the King's death.",
    )
    x = extraction_of(tmp_path, "en.md", text)
    assert not [c for c in x.claims if c.type == "person_role" and "late" in c.value["modifiers"]]


def test_an_arabic_place_named_with_its_article_needs_it(tmp_path):
    """«الأقصر» is Luxor; «لأقصر ولاية» is "for the shortest term", no place."""
    shortest = md("ar", "2022-10-21", "ويعود الرقم القياسي السابق لأقصر ولاية إلى جورج كانينغ.")
    luxor = md("ar", "2022-10-21", "وصل السياح إلى الأقصر يوم الاثنين.")

    def places(text: str) -> list:
        return [
            c.value.get("place") for c in extraction_of(tmp_path, "ar.md", text).claims if c.type == "place"
        ]

    assert places(shortest) == [] and places(luxor) == ["eg.luxor"]


_AGBAL = {
    "en.md": md(
        "en",
        "2021-03-22",
        "ISTANBUL, March 22 — The lira fell 15% on Monday. Turkey's central bank governor Naci Agbal had raised"
        " rates to 19% on Thursday. President Tayyip Erdogan sacked Agbal on Saturday, March 20, after four"
        " months in the post.",
    ),
    "fa.md": md(
        "fa",
        "2021-03-22",
        "به گزارش ایرنا، بانک مرکزی ترکیه روز پنجشنبه تصمیم گرفت نرخ بهره را به ۱۹ درصد برساند. ناجی آغبال،"
        " رئیس بانک مرکزی ترکیه، این تصمیم را اعلام کرد. بازارها روز دوشنبه بازگشایی شدند. ارزش لیر به‌شدت"
        " سقوط کرد و اردوغان روز شنبه ۳۰ اسفند آغبال را برکنار کرد.",
    ),
}


def test_a_sacking_named_by_surname_alone_is_linked_and_its_day_compared(tmp_path):
    """ "Erdogan sacked Agbal": the governor the article named before, by his surname alone, is the
    sacking's one person; the two reports' sackings are one, and a moved day is a conflict."""
    assert not [f for f in findings_of(tmp_path, _AGBAL) if f["type"] == "conflict"]
    moved = edited(_AGBAL, "fa.md", "روز شنبه ۳۰ اسفند", "روز جمعه ۲۹ اسفند")
    cfs = [f for f in findings_of(tmp_path, moved) if f["type"] == "conflict" and "dismissal" in f["message"]]
    assert len(cfs) == 1 and {a for v in cfs[0]["values"] for a in v["articles"]} == {"en", "fa"}


def test_a_dispatch_from_a_capital_gives_its_country_to_unplaced_holders(tmp_path):
    """«بورت لويس -» is a capital the country lexicon lists, whatever the gazetteer holds; and a
    dispatch from it is Mauritius's unless another country dominates the report (Mauritius's 2024
    government, sworn in on 13 November)."""
    ar = md(
        "ar",
        "2024-11-13",
        "بورت لويس - أعلن رئيس الوزراء نافين رامغولام يوم الأربعاء تعيين دانيشوار رامفول وزيرا للمالية.",
    )
    en = md(
        "en",
        "2024-11-13",
        "PORT LOUIS, Nov 13 — Mauritius swore in a new government on Wednesday. Indian Prime Minister Narendra"
        " Modi and French President Emmanuel Macron sent their congratulations; India has close ties to the"
        " island. Finance Minister Dhaneshwar Ramful took office the same day.",
    )
    for name, text in (("ar.md", ar), ("en.md", en)):
        x = extraction_of(tmp_path, name, text)
        held = {c.value["role"]: c.value["country"] for c in x.claims if c.type == "person_role"}
        assert held.get("prime_minister" if name == "ar.md" else "finance_minister") == "MU", (name, held)


def test_a_latin_name_bridges_two_arabic_script_spellings(tmp_path):
    """ "Pravind Jugnauth" is «برافيند جوغنوث» (v as ف, th as ث) and «پراویند جاگنات» (v dropped, th
    as ت): one prime minister of Mauritius after the election of 7 November 2019, though the two
    Arabic-script spellings do not meet each other."""
    texts = {
        "en.md": md(
            "en",
            "2019-11-08",
            "PORT LOUIS, Nov 8 — Prime Minister Pravind Jugnauth won a new term in Mauritius.",
        ),
        "ar.md": md(
            "ar", "2019-11-08", "بورت لويس - فاز رئيس الوزراء الموريشيوسي برافيند جوغنوث بولاية جديدة."
        ),
        "fa.md": md("fa", "2019-11-09", "پراویند جاگنات، نخست‌وزیر موریس، در انتخابات این کشور پیروز شد."),
    }
    assert not conflicts_coded(tmp_path, texts, "CF01")
    swapped = edited(texts, "fa.md", "پراویند جاگنات", "نوین رامگولام")
    [cf] = conflicts_coded(tmp_path, swapped, "CF01")
    assert {a for v in cf["values"] for a in v["articles"]} == {"en", "ar", "fa"}


def test_sailors_are_crew_and_tonnes_of_fuel_are_weight(tmp_path):
    """«25 بحارا» (the Ever Given's 25 Indian sailors) count its crew; «۲۰۰ تن گازوئیل» weighs
    diesel, while a bare «تن» still counts people."""
    ar = md("ar", "2021-03-24", "وأكدت الشركة أن طاقم السفينة المؤلف من 25 بحارا هنديا بخير.")
    fa = md("fa", "2021-03-24", "این کشتی حدود ۲۰۰ تن گازوئیل حمل می‌کرد و ۲۰ تن از خدمه آن هندی بودند.")

    def units(name: str, text: str) -> list:
        return [c.value.get("unit") for c in extraction_of(tmp_path, name, text).claims if c.type == "number"]

    assert units("ar.md", ar) == ["crew"]
    assert units("fa.md", fa)[:1] == ["ton"] and units("fa.md", fa)[1:] != ["ton"]


def test_taking_a_share_of_the_vote_is_a_vote_count(tmp_path):
    """ "taking 54% of the vote" (Faye in Senegal, March 2024) is a vote share, as "won 54%" is."""
    text = md(
        "en",
        "2024-03-28",
        "DAKAR, March 28 — Bassirou Diomaye Faye beat the ruling coalition's candidate in Sunday's presidential"
        " election, taking 54.28% of the vote.",
    )
    assert [f.predicate for f in frames_of(tmp_path, "en.md", text) if f.value.get("low") == 54.28] == [
        "votes"
    ]


_KAVCIOGLU = {
    "en.md": md(
        "en",
        "2021-03-20",
        "ANKARA, March 20 — President Tayyip Erdogan sacked Turkey's central bank governor Naci Agbal on"
        " Saturday and replaced him with Sahap Kavcioglu, two days after a sharp rate rise.",
    ),
    "ar.md": md(
        "ar",
        "2021-03-21",
        "أنقرة - أقال الرئيس التركي رجب طيب أردوغان يوم السبت محافظ البنك المركزي التركي ناجي أغبال وعين مكانه"
        " شهاب قاوجي أوغلو.",
    ),
    "fa.md": md(
        "fa",
        "2021-03-21",
        "رجب طیب اردوغان، رئیس‌جمهور ترکیه، روز شنبه ناجی آغبال، رئیس بانک مرکزی ترکیه، را برکنار کرد.",
    ),
}


def test_a_holder_put_in_another_s_place_takes_the_office(tmp_path):
    """ "replaced him with Sahap Kavcioglu", «وعين مكانه شهاب قاوجي أوغلو»: the new governor holds the
    office, the old one no longer does, in any report; the report that names only the old one
    leaves out the new one, and disagrees with no one."""
    x = extraction_of(tmp_path, "en.md", _KAVCIOGLU["en.md"])
    held = {
        c.value["name"]: (c.value["role"], set(c.value["modifiers"]))
        for c in x.claims
        if c.type == "person_role"
    }
    assert held["Sahap Kavcioglu"] == ("central_bank_governor", set())
    assert {"former", "replaced"} <= held["Naci Agbal"][1]
    findings = findings_of(tmp_path, _KAVCIOGLU)
    assert not [f for f in findings if f["code"] == "CF01"]
    [om] = [f for f in findings if f["code"] == "OM02"]
    assert om["missing_in"] == ["fa"] and "Kavcioglu" in om["message"]


def test_britain_s_chancellor_is_its_finance_minister(tmp_path):
    """Rachel Reeves presented Britain's budget on 30 October 2024 as chancellor, «وزیر دارایی
    انگلیس»; Germany's chancellor Olaf Scholz heads its government."""
    texts = {
        "en.md": md(
            "en",
            "2024-10-30",
            "LONDON, Oct 30 — Britain's Chancellor Rachel Reeves raised taxes by £40 billion on Wednesday.",
        ),
        "fa.md": md(
            "fa",
            "2024-10-31",
            "ریچل ریوز، وزیر دارایی انگلیس، روز چهارشنبه ۴۰ میلیارد پوند مالیات جدید وضع کرد.",
        ),
    }
    roles = {
        c.value["name"]: c.value["role"]
        for c in extraction_of(tmp_path, "en.md", texts["en.md"]).claims
        if c.type == "person_role"
    }
    assert roles == {"Rachel Reeves": "finance_minister"}
    assert not conflicts_coded(tmp_path, texts, "CF01")
    [cf] = conflicts_coded(tmp_path, edited(texts, "fa.md", "ریچل ریوز", "جرمی هانت"), "CF01")
    assert "finance minister" in cf["message"]
    scholz = md(
        "en", "2024-10-30", "BERLIN, Oct 30 — German Chancellor Olaf Scholz met union leaders on Wednesday."
    )
    held = [
        c.value["role"] for c in extraction_of(tmp_path, "en.md", scholz).claims if c.type == "person_role"
    ]
    assert held == ["chancellor"]


def test_a_resignation_in_the_headline_leaves_the_disaster_the_occasion(tmp_path):
    """ "Maui emergency chief quits …" (Herman Andaya, 17 August 2023): the report is a sequel of the
    wildfire its lead names, which stays the occasion its figures and days are compared under."""
    text = md(
        "en",
        "2023-08-18",
        "The head of Maui's emergency management agency, Herman Andaya, resigned on Thursday, a day after"
        " defending the decision not to sound sirens as the wildfire swept through Lahaina on Aug. 8.",
        title="Maui emergency chief quits after criticism over sirens",
    )
    mentions = extraction_of(tmp_path, "en.md", text).mentions
    assert [m.type for m in mentions if m.main] == ["fire"]
    assert "resignation" in {m.type for m in mentions if not m.main}


_ECUADOR = {
    "en.md": md(
        "en",
        "2024-01-10",
        "QUITO, Jan 10 — Gunmen stormed a television studio in Guayaquil on Tuesday. President Daniel Noboa had"
        " declared a state of emergency on Monday, January 8, after a gang leader escaped from prison.",
    ),
    "ar.md": md(
        "ar",
        "2024-01-10",
        "كيتو - اقتحم مسلحون استوديو تلفزيونيا في غواياكيل يوم الثلاثاء. وكان الرئيس الإكوادوري دانيال نوبوا قد"
        " أعلن حالة الطوارئ يوم الاثنين 8 يناير بعد فرار زعيم عصابة من السجن.",
    ),
    "fa.md": md(
        "fa",
        "2024-01-11",
        "به گزارش ایرنا، مردان مسلح روز سه‌شنبه به یک استودیوی تلویزیونی در گوایاکیل حمله کردند. دانیل نوبوآ،"
        " رئیس‌جمهور اکوادور، روز دوشنبه ۱۸ دی وضعیت اضطراری اعلام کرده بود.",
    ),
}


def test_a_declared_state_of_emergency_is_an_occasion_whose_day_is_compared(tmp_path):
    """Ecuador's state of emergency, declared on Monday 8 January 2024 (18 Dey 1402), the day
    before gunmen stormed a studio in Guayaquil: its own day, compared across the reports."""
    assert not [f for f in findings_of(tmp_path, _ECUADOR) if f["type"] == "conflict"]
    moved = edited(_ECUADOR, "fa.md", "روز دوشنبه ۱۸ دی", "روز یکشنبه ۱۷ دی")
    cfs = [f for f in findings_of(tmp_path, moved) if f["type"] == "conflict"]
    assert len(cfs) == 1 and "state of emergency" in cfs[0]["message"]


def test_a_persian_successor_stands_before_the_words_and_a_weekday_is_no_name(tmp_path):
    """«… ناجی آغبال … را برکنار کرد و شهاب قاوجی اوغلو را جایگزین او کرد»: the name before «را
    جایگزین او کرد» succeeds; and «روز شنبه» before a name is the day, not the name's first word."""
    text = md(
        "fa",
        "2021-03-21",
        "اردوغان روز شنبه ناجی آغبال، رئیس بانک مرکزی ترکیه، را برکنار کرد و شهاب قاوجی اوغلو را جایگزین او کرد.",
    )
    held = {
        c.value["name"]: (c.value["role"], "replaced" in c.value["modifiers"])
        for c in extraction_of(tmp_path, "fa.md", text).claims
        if c.type == "person_role"
    }
    assert held == {
        "ناجی آغبال": ("central_bank_governor", True),
        "شهاب قاوجی اوغلو": ("central_bank_governor", False),
    }


def test_a_coup_named_beside_the_days_after_it_is_one_occasion(tmp_path):
    """Gabon's coup of Wednesday 30 August 2023, and a report of the rally for it three days later
    («هواداران کودتا … روز شنبه ۱۱ شهریور»): a coup has no day of its own in the sentences that name
    it, so the two reports are of one coup."""
    texts = {
        "en.md": md(
            "en",
            "2023-08-30",
            "LIBREVILLE, Aug 30 — Army officers seized power in Gabon in a coup on Wednesday, placing President"
            " Ali Bongo under house arrest.",
        ),
        "fa.md": md(
            "fa",
            "2023-09-03",
            "به گزارش ایرنا، هزاران نفر از هواداران کودتا روز شنبه ۱۱ شهریور در لیبرویل، پایتخت گابن، گرد آمدند.",
        ),
    }
    events = report_of(tmp_path, texts)["events"]
    assert [sorted(e["articles"]) for e in events if e["type"] == "coup"] == [["en", "fa"]]


_HASINA = {
    "en.md": md(
        "en",
        "2024-08-05",
        "DHAKA, Aug 5 — Prime Minister Sheikh Hasina resigned on Monday and fled Bangladesh by helicopter as"
        " protesters marched on her residence.",
    ),
    "ar.md": md(
        "ar",
        "2024-08-06",
        "دكا - أعلنت رئيسة الوزراء البنغلادشية الشيخة حسينة، يوم الاثنين 5 أغسطس 2024، استقالتها وغادرت البلاد.",
    ),
    "fa.md": md(
        "fa",
        "2024-08-06",
        "به گزارش ایرنا، شیخ حسینه، نخست‌وزیر بنگلادش، روز دوشنبه ۱۵ مرداد ۱۴۰۳ استعفا داد و از کشور گریخت.",
    ),
}


def test_one_word_after_an_honorific_is_a_name_and_binds_no_look_alike(tmp_path):
    """ "Sheikh Hasina", «الشيخة حسينة», «شیخ حسینه» (her resignation on 5 August 2024): one word
    after an honorific names her; and it is no known person whose one-word alias only looks like
    it («حسين»)."""
    for name, text in _HASINA.items():
        x = extraction_of(tmp_path, name, text)
        assert [(c.value["role"], c.value["person"]) for c in x.claims if c.type == "person_role"] == [
            ("prime_minister", None)
        ], name
    events = report_of(tmp_path, _HASINA)["events"]
    assert [sorted(e["articles"]) for e in events if e["type"] == "resignation"] == [["ar", "en", "fa"]]
    assert not conflicts_coded(tmp_path, _HASINA, "CF01")


def test_a_finding_s_english_heading_is_laid_out_left_to_right(tmp_path):
    """A heading the checker writes in English that opens on a Persian article's title («شیخ حسینه
    …: the weekday in «…» does not fit 2024-08-05») is laid out left to right, not by its first
    letter (which turned the sentence round)."""
    from html.parser import HTMLParser

    from checker.cli import main

    texts = dict(_HASINA)
    texts["fa.md"] = texts["fa.md"].replace("روز دوشنبه ۱۵ مرداد", "روز یکشنبه ۱۵ مرداد")
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    main(
        [
            "check",
            *(str(tmp_path / n) for n in texts),
            "--out",
            str(out),
            "-q",
            "--html",
            "--fail-on",
            "never",
        ]
    )

    class Headings(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.dirs: list[str | None] = []
            self.inside = False

        def handle_starttag(self, tag, attrs):
            if tag == "h3":
                self.inside = True
            elif tag == "span" and self.inside:
                self.dirs.append(dict(attrs).get("dir"))

        def handle_endtag(self, tag):
            self.inside = self.inside and tag != "h3"

    p = Headings()
    p.feed((out / "report.html").read_text(encoding="utf-8"))
    assert p.dirs and set(p.dirs) == {"ltr"}


def test_a_build_year_parted_from_the_accident_by_a_comma_stays_the_build_s(tmp_path):
    """ "The Ever Given, a vessel built in 2018, ran aground in the canal, near Suez, on Tuesday,
    March 23": recalled in a report of the court's seizure of 13 April 2021, the grounding is dated
    by its day; 2018 is the building's, a comma away from the grounding's words."""
    text = md(
        "en",
        "2021-04-14",
        "CAIRO, April 14 — An Egyptian court ordered the seizure of the container ship Ever Given on Tuesday,"
        " April 13. The Ever Given, a vessel built in 2018, ran aground in the canal, near Suez, on Tuesday,"
        " March 23.",
    )
    [crash] = [m for m in extraction_of(tmp_path, "en.md", text).mentions if m.type == "crash"]
    assert crash.earliest == "2021-03-23"
