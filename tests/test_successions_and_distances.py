"""Monarchs and their regnal numbers, holders who died, funerals, distances and populations.

Articles written for these tests from real reporting, in our own words:
- King Abdullah II of Jordan, who succeeded his father King Hussein on his death in February 1999;
- King Mohammed VI of Morocco, who succeeded his father King Hassan II (died 23 July 1999), at the
  bedsides of the injured of the Al Haouz earthquake in September 2023;
- the funeral of Pope Benedict XVI in St Peter's Square on Thursday 5 January 2023 (13 Jumada
  al-Akhirah 1444 by the Umm al-Qura calendar, 15 Dey 1401), led by Pope Francis;
- the eruption near Grindavik, about 50 km southwest of Reykjavik, on 18 December 2023, in a
  country of about 390,000 people;
- Liz Truss's resignation as Britain's prime minister on 20 October 2022.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, findings_of, main_of, md, problems_of


def _roles(x) -> list[tuple[str, str, list[str]]]:
    return [
        (c.value["name"], c.value["role"], c.value["modifiers"]) for c in x.claims if c.type == "person_role"
    ]


_ABDULLAH = {
    "en.md": md(
        "en",
        "2023-06-01",
        "AMMAN, June 1 — Jordan's King Abdullah II received the Egyptian foreign minister at the royal"
        " palace on Thursday and discussed the war in Sudan.",
    ),
    "fa.md": md(
        "fa",
        "2023-06-02",
        "عبدالله دوم، پادشاه اردن، روز پنجشنبه وزیر خارجه مصر را در کاخ سلطنتی امان به حضور پذیرفت.",
    ),
    "ar.md": md(
        "ar",
        "2023-06-01",
        "استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية المصري اليوم الخميس في قصر الحسينية في عمّان.",
    ),
}


def test_a_regnal_number_is_part_of_the_name_in_every_script(tmp_path):
    """ "Abdullah II", «عبدالله دوم» (an ordinal word a name may not hold elsewhere), «عبد الله
    الثاني»: one king; "Abdullah I" in one report is another man named for the office."""
    [(fa_name, role, _)] = _roles(extraction_of(tmp_path, "fa.md", _ABDULLAH["fa.md"]))
    assert (fa_name, role) == ("عبدالله دوم", "king")
    assert not [f for f in problems_of(tmp_path, _ABDULLAH) if f["code"] == "CF01"]
    story = dict(_ABDULLAH, **{"en.md": _ABDULLAH["en.md"].replace("Abdullah II", "Abdullah I")})
    [cf] = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]
    assert "king" in cf["message"]


def test_a_holder_who_died_is_late_by_a_death_verb_a_possessive_or_an_apposition(tmp_path):
    """The subject of "died" that opens its sentence, "King Hussein's funeral", and "the death of his
    father, King Hussein" all say the king died; "said a soldier died" says nothing of the speaker."""
    texts = {
        "verb.md": "AMMAN — King Hussein, who ruled Jordan for 46 years, died in Amman on 7 February 1999.",
        "possessive.md": "Dozens of heads of state flew in for King Hussein's funeral in Amman.",
        "apposed.md": "Abdullah became king after the death of his father, King Hussein, in February 1999.",
    }
    for name, body in texts.items():
        [(who, _, modifiers)] = _roles(extraction_of(tmp_path, name, md("en", "1999-02-10", body)))
        assert who == "Hussein" and "late" in modifiers, name
    said = md(
        "en", "2023-06-01", "Prime Minister Bisher al-Khasawneh said a soldier died in the clash on Sunday."
    )
    [(_, _, modifiers)] = _roles(extraction_of(tmp_path, "said.md", said))
    assert "late" not in modifiers
    # A predecessor in apposition held the office before: "his predecessor, President X" is former.
    before = md("en", "2023-06-01", "He thanked his predecessor, President Hassan Rouhani, for the talks.")
    [(_, _, modifiers)] = _roles(extraction_of(tmp_path, "before.md", before))
    assert "former" in modifiers


def test_a_king_who_died_is_no_rival_of_his_successor_in_any_report(tmp_path):
    """One report says King Hassan II died; another names him king when it recalls his reign.
    Neither makes him a second holder of the office beside King Mohammed VI."""
    story = {
        "now.md": md(
            "en",
            "2023-09-12",
            "RABAT — Morocco's King Mohammed VI visited the injured in a hospital in Marrakesh on Tuesday.",
        ),
        "old.md": md(
            "en",
            "2023-09-12",
            "Morocco's King Hassan II hosted an Arab summit in the city of Fez, which adopted a peace plan.",
        ),
    }
    assert len([f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]) == 1  # (two kings at once)
    story["death.md"] = md(
        "en",
        "2023-09-12",
        "RABAT — King Hassan II of Morocco died of a heart attack in Rabat on 23 July 1999, aged 70.",
    )
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]


def test_a_lunar_day_with_its_weekday_is_that_day_alone(tmp_path):
    """«الخميس 13 جمادى الآخرة 1444»: the tabular calendar gives Friday 6 January, a day of slack
    either way; the stated Thursday makes it 5 January exactly."""
    text = md(
        "ar",
        "2023-01-02",
        "ستقام جنازة البابا الراحل بنديكت السادس عشر يوم الخميس 13 جمادى الآخرة 1444 في الفاتيكان.",
    )
    [day] = [
        c
        for c in extraction_of(tmp_path, "ar.md", text).claims
        if c.type == "date" and c.value["calendar"] == "hijri"
    ]
    assert (day.value["iso"], day.value["earliest"], day.value["latest"]) == ("2023-01-05",) * 3


_FUNERAL = {
    "en.md": md(
        "en",
        "2023-01-05",
        "VATICAN CITY — Pope Francis presided over the funeral of his predecessor Benedict XVI in St"
        " Peter's Square on Thursday, 5 January, before some 50,000 mourners.",
    ),
    "fa.md": md(
        "fa",
        "2023-01-06",
        "به گزارش ایرنا، مراسم تشییع پاپ بندیکت شانزدهم روز پنجشنبه ۱۵ دی ۱۴۰۱ با حضور حدود ۵۰ هزار نفر در"
        " میدان سن پیتر واتیکان برگزار شد.",
    ),
    "ar.md": md(
        "ar",
        "2023-01-02",
        "الفاتيكان - أعلن الفاتيكان أن جنازة البابا الراحل بنديكت السادس عشر ستقام يوم الخميس 5 يناير في"
        " ساحة القديس بطرس.",
    ),
}


def test_reports_of_one_funeral_meet_and_date_it_alike(tmp_path):
    """A funeral is an occasion of its own: three reports of it form one event, the one that looks
    forward to it («ستقام») is no report of a day after its publication, and a Persian day a day off
    is a conflict."""
    found = problems_of(tmp_path, _FUNERAL)
    assert not [f for f in found if f["severity"] in ("error", "warning")], [f["message"] for f in found]
    story = dict(_FUNERAL, **{"fa.md": _FUNERAL["fa.md"].replace("پنجشنبه ۱۵ دی", "چهارشنبه ۱۴ دی")})
    dated = [f for f in conflicts_of(tmp_path, story) if f["code"] in ("CF02", "CF04")]
    assert dated and "funeral" in dated[0]["message"]


def test_a_regnal_number_is_no_surname_when_a_report_is_asked_whether_it_names_someone(tmp_path):
    """Whether another report names "King Mswati III" is asked by «مسواتی», not by "III" (which the
    name key folds to "i", a word of any text): a report that names him only in passing, with no
    role, names him."""
    from checker.findings.omission import _forms
    from checker.rules import load_rules

    text = md("en", "2024-05-20", "Eswatini's King Mswati III attended the inauguration in Taipei on Monday.")
    [claim] = [c for c in extraction_of(tmp_path, "en.md", text).claims if c.type == "person_role"]
    surnames, fulls = _forms("name:mswati", [claim], {}, load_rules())
    assert surnames == {"mswati"} and fulls == (("mswati",),)


_ICELAND = {
    "en.md": md(
        "en",
        "2023-12-19",
        "A volcano erupted on Monday evening near the fishing town of Grindavik, about 50 km southwest of"
        " Reykjavik, in a country of about 390,000 people.",
    ),
    "fa.md": md(
        "fa",
        "2023-12-19",
        "آتشفشانی که در ۵۰ کیلومتری جنوب غرب ریکیاویک قرار دارد روز دوشنبه فوران کرد. ایسلند کشوری"
        " ۳۹۰ هزار نفری است.",
    ),
    "ar.md": md(
        "ar",
        "2023-12-19",
        "ثار البركان الواقع على بعد 50 كيلومترا جنوب غرب ريكيافيك مساء الاثنين. ويبلغ عدد سكان آيسلندا"
        " نحو 390 ألف نسمة.",
    ),
}


def test_a_distance_from_a_place_is_one_fact_across_languages(tmp_path):
    """ "about 50 km southwest of Reykjavik", «در ۵۰ کیلومتری», «على بعد 50 كيلومترا»: the volcano's
    distance agrees; 15 km in one report is a conflict."""
    for name, body in _ICELAND.items():
        x = extraction_of(tmp_path, name, body)
        assert [f.value["low"] for f in x.frames if f.predicate == "distance"], name
    found = findings_of(tmp_path, _ICELAND)
    assert [f for f in found if f["code"].startswith("AG") and "distance" in f["message"]]
    story = dict(_ICELAND, **{"ar.md": _ICELAND["ar.md"].replace("على بعد 50", "على بعد 15")})
    assert [f for f in conflicts_of(tmp_path, story) if "distance" in f["message"]]


def test_a_country_of_so_many_people_is_its_population(tmp_path):
    """ "a country of about 390,000 people", «کشوری ۳۹۰ هزار نفری», «عدد سكان … 390 ألف نسمة»."""
    for name, body in _ICELAND.items():
        x = extraction_of(tmp_path, name, body)
        assert [f.value["low"] for f in x.frames if f.predicate == "population"], name


def test_an_arabic_age_is_no_count_of_the_dead(tmp_path):
    """«رجل في الستين من عمره» is a man of sixty, not sixty dead."""
    text = md("ar", "2023-12-19", "وأعلنت السلطات مقتل ثلاثة أشخاص، بينهم رجل في الستين من عمره.")
    x = extraction_of(tmp_path, "ar.md", text)
    assert not [f for f in x.frames if f.predicate == "killed" and f.value.get("low") == 60]
    assert [f for f in x.frames if f.predicate == "age" and f.value.get("low") == 60]


def test_a_place_that_speaks_is_not_where_it_happened(tmp_path):
    """ "…, the White House said": the occasion struck Turkey, not Washington; «أعلن الكرملين» too."""
    en = md("en", "2023-02-06", "An earthquake struck southern Turkey on Monday, the White House said.")
    main = main_of(tmp_path, "en.md", en)
    assert "us.white_house" not in main.places
    ar = md("ar", "2023-02-06", "وأعلن الكرملين أن زلزالا ضرب جنوب تركيا اليوم الاثنين.")
    main = main_of(tmp_path, "ar.md", ar)
    assert "ru.kremlin" not in main.places


def test_a_dispatch_filed_from_two_places_names_neither_as_the_occasion_s(tmp_path):
    """ "ANKARA/ISTANBUL, Feb 6 —": both are where the report was filed."""
    en = md(
        "en",
        "2023-02-06",
        "ANKARA/ISTANBUL, Feb 6 — A powerful earthquake struck southern Turkey before dawn on Monday.",
    )
    main = main_of(tmp_path, "en.md", en)
    assert not {"tr.istanbul", "tr.ankara"} & set(main.places)


def test_words_that_only_look_like_places_or_occasions_in_arabic(tmp_path):
    """«البركان» is the volcano, not Morocco's Berkane; «الكابل البحري» a cable, not Kabul;
    «العزلة» isolation, not a vote to remove someone."""
    text = md(
        "ar",
        "2022-02-23",
        "عادت الاتصالات بعد إصلاح الكابل البحري الذي قطعه ثوران البركان، لتنتهي عزلة استمرت خمسة أسابيع.",
    )
    x = extraction_of(tmp_path, "ar.md", text)
    places = {c.value["place"] for c in x.claims if c.type == "place"}
    assert not places & {"ma.berkane", "af.kabul"}
    assert not [m for m in x.mentions if m.type == "motion"]


def test_a_name_that_folds_onto_a_verb_is_still_a_name(tmp_path):
    """«تراس» (Truss) folds onto «ترأس» (presided), a word no name holds: the name still stands."""
    text = md(
        "ar",
        "2022-10-20",
        "أعلنت رئيسة الوزراء البريطانية ليز تراس استقالتها اليوم الخميس بعد 45 يوما في المنصب.",
    )
    [(name, role, _)] = _roles(extraction_of(tmp_path, "ar.md", text))
    assert (name, role) == ("ليز تراس", "prime_minister")


def test_an_age_given_before_the_number_is_an_age_not_a_toll(tmp_path):
    """ "died … at the age of 70" is his age, though "died" names the dead; «عن عمر ناهز 70 عاما»
    too, and a regnal number beside it is no ordinal of the figure («الحسن الثاني»: not a second)."""
    en = md("en", "1999-07-24", "King Hassan II of Morocco died in Rabat on Friday at the age of 70.")
    frames = extraction_of(tmp_path, "en.md", en).frames
    assert [f.value["low"] for f in frames if f.predicate == "age"] == [70]
    assert not [f for f in frames if f.predicate == "killed"]
    ar = md("ar", "1999-07-24", "وتوفي العاهل المغربي الملك الحسن الثاني عن عمر ناهز 70 عاما في الرباط.")
    [age] = [f for f in extraction_of(tmp_path, "ar.md", ar).frames if f.predicate == "age"]
    assert age.value["hedge"] == "about" and not age.qualifiers.get("ordinal")


def test_an_earlier_occasion_called_previous_meets_the_same_one_recalled_without_the_word(tmp_path):
    """ "its previous eruption, in 2015" and «آخرین بار در سال ۲۰۱۵ فوران کرده بود» recall one
    occasion: its year agrees across the reports (the word "previous" only sets it before the
    reported one)."""
    story = {
        "en.md": md(
            "en",
            "2023-12-19",
            "A volcano erupted on Monday near Grindavik in Iceland. The volcano's previous eruption, in"
            " 2015, lasted for weeks.",
        ),
        "fa.md": md(
            "fa",
            "2023-12-19",
            "آتشفشانی در نزدیکی گرینداویک ایسلند روز دوشنبه فوران کرد. این آتشفشان پیش از این در سال ۲۰۱۵"
            " نیز فوران کرده بود.",
        ),
    }
    found = findings_of(tmp_path, story)
    assert [f for f in found if f["code"] == "AG02" and "2015" in f["message"]]


def test_a_span_that_is_over_counts_from_no_start_to_the_report(tmp_path):
    """ "an evacuation … that lasted three weeks" ended: it does not contradict a start months
    before the report, as "for three weeks now" (up to the report) would."""
    story = {
        "a.md": md(
            "en",
            "2024-01-15",
            "Residents returned to Grindavik on Monday, ending an evacuation forced by the volcano that lasted"
            " three weeks.",
        ),
        "b.md": md(
            "en", "2024-01-15", "The volcano had been restless since October 25, 2023, scientists said."
        ),
    }
    assert not [f for f in problems_of(tmp_path, story) if f["code"] == "IN03"]
    story["a.md"] = story["a.md"].replace("that lasted three weeks", "for three weeks now")
    assert [f for f in problems_of(tmp_path, story) if f["code"] == "IN03"]


_TOLL = {
    "ar.md": md(
        "ar",
        "2023-09-09",
        "أعلنت وزارة الداخلية المغربية اليوم السبت أن حصيلة ضحايا الزلزال الذي ضرب إقليم الحوز ارتفعت إلى"
        " 2012 قتيلا.",
    ),
    "fa.md": md(
        "fa",
        "2023-09-10",
        "وزارت کشور مراکش در بیانیه‌ای که روز شنبه منتشر کرد اعلام کرد شمار کشته‌های زلزله استان الحوز به"
        " ۲۰۱۲ نفر رسیده است.",
    ),
}


def test_a_running_count_given_in_a_statement_of_a_day_is_that_day_s(tmp_path):
    """The Persian report, published a day later, gives the count of Saturday's statement: a
    different figure is a conflict with the Arabic report of that Saturday, not a later rise."""
    assert not [f for f in conflicts_of(tmp_path, _TOLL) if f["code"] == "CF03"]
    story = dict(_TOLL, **{"fa.md": _TOLL["fa.md"].replace("۲۰۱۲ نفر", "۲۱۰۲ نفر")})
    assert [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]


def test_a_king_s_age_is_keyed_by_his_name_not_his_regnal_number(tmp_path):
    """ "His son, Mohammed, 35, succeeded him" (an age in apposition to a noun, the name given no
    role) and «الملك محمد السادس (٣٥ عاما)» (the name before the regnal number) give one age."""
    story = {
        "en.md": md(
            "en",
            "1999-07-24",
            "King Hassan II of Morocco died in Rabat on Friday. His eldest son, Mohammed, 35, succeeded him"
            " as King Mohammed VI.",
        ),
        "ar.md": md(
            "ar",
            "1999-07-24",
            "توفي العاهل المغربي الحسن الثاني أمس الجمعة، وخلفه على العرش نجله الملك محمد السادس (٣٥ عاما).",
        ),
    }
    for name, text in story.items():
        [age] = [f for f in extraction_of(tmp_path, name, text).frames if f.predicate == "age"]
        assert age.value["low"] == 35, name
    assert [f for f in findings_of(tmp_path, story) if f["code"] == "AG03" and "35" in f["message"]]
    # (the name in apposition to a noun, with no role anywhere in the article)
    alone = md("en", "1999-07-24", "His eldest son, Mohammed, 35, took the throne on Friday.")
    assert [
        f.value["low"] for f in extraction_of(tmp_path, "alone.md", alone).frames if f.predicate == "age"
    ] == [35]


def test_a_national_outlet_s_country_is_no_crown_it_does_not_have(tmp_path):
    """In an IRNA report a king with no country is some other country's (Iran has none), while an
    interior minister with none is Iran's."""
    text = (
        " date 2023-10-03\nبه گزارش ایرنا، پادشاه فیلیپه ششم روز سه‌شنبه در مادرید با نخست‌وزیر دیدار کرد."
        " اسکندر مومنی، وزیر کشور، نیز روز سه‌شنبه درباره امنیت مرزها سخن گفت.\n"
    )
    roles = {
        c.value["role"]: c.value["country"]
        for c in extraction_of(tmp_path, "fa.txt", text).claims
        if c.type == "person_role"
    }
    assert roles.get("king") is None and roles.get("interior_minister") == "IR"


_NOTRE_DAME = {
    "en.md": md(
        "en",
        "2024-12-08",
        "PARIS — The Archbishop of Paris, Laurent Ulrich, knocked on the doors of Notre-Dame with his crozier"
        " on Saturday to reopen the cathedral.",
    ),
    "ar.md": md(
        "ar",
        "2024-12-08",
        "باريس - طرق رئيس أساقفة باريس لوران أولريش أبواب كاتدرائية نوتردام أمس السبت إيذانا بإعادة افتتاحها.",
    ),
    "fa.md": md(
        "fa",
        "2024-12-08",
        "لوران اولریش، اسقف اعظم پاریس، روز شنبه با ضربه عصای خود بر درهای کلیسای نوتردام آن را بازگشایی کرد.",
    ),
}


def test_a_see_s_archbishop_is_one_office_in_every_language(tmp_path):
    """ "The Archbishop of Paris", «رئيس أساقفة باريس», «اسقف اعظم پاریس»: one office, one holder;
    another name in one report is a conflict."""
    found = findings_of(tmp_path, _NOTRE_DAME)
    assert [f for f in found if f["code"] == "AG01" and "archbishop" in f["message"]]
    story = dict(_NOTRE_DAME, **{"ar.md": _NOTRE_DAME["ar.md"].replace("لوران أولريش", "ميشال أوبوتي")})
    assert [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]


def test_floodwaters_and_a_deluge_name_a_flood(tmp_path):
    """ "Floodwaters swept through the city": the report of a flood, which joins the others."""
    en = md(
        "en",
        "2023-09-13",
        "Floodwaters swept through the Libyan city of Derna on Monday after two dams burst.",
    )
    main = main_of(tmp_path, "en.md", en)
    assert main.type == "flood"


def test_years_after_an_arabic_word_of_age_in_a_death_s_sentence_are_an_age(tmp_path):
    """«توفي … عن 70 عاما» is the king's age at death; «أعلن عن خطة مدتها 5 سنوات» (no death) is
    how long a plan runs."""
    died = md("ar", "1999-07-24", "توفي العاهل المغربي الملك الحسن الثاني أمس الجمعة في الرباط عن 70 عاما.")
    frames = extraction_of(tmp_path, "died.md", died).frames
    assert [f.value["low"] for f in frames if f.predicate == "age"] == [70]
    plan = md("ar", "1999-07-24", "وأعلن رئيس الحكومة عن خطة مدتها 5 سنوات لإصلاح التعليم.")
    assert not [f for f in extraction_of(tmp_path, "plan.md", plan).frames if f.predicate == "age"]
