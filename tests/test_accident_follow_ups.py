"""Reports of an accident over several days: rules met in the stop-19 held-out stories (a train
collision, a helicopter crash), each isolated in sentences written for these tests from other
real reporting (the Tempi train collision in Greece of 28 February 2023 and its funerals, a
national mourning and a snap election called after it)."""

from __future__ import annotations

from checker.align.entities import resolve_entities
from checker.align.geo import same_unlisted
from checker.pipeline import check, extract_corpus
from checker.rules import load_rules
from tests.helpers import conflicts_of, extraction_apart


def _frames(x, predicate: str) -> list:
    return [f for f in x.frames if f.predicate == predicate]


def test_a_count_of_things_takes_no_toll_word_and_its_noun_is_no_trigger(tmp_path):
    # "two trains" counts trains: the death toll named before it is the 57's, and the "train" of
    # "two trains" says nothing of who was aboard.
    en = (
        " date 2023-03-03\nLARISSA, March 3 - The death toll in Tuesday night's collision of two trains near"
        " Tempi stood at 57 on Friday, officials said.\n"
    )
    x = extraction_apart(tmp_path, "en.txt", en)
    assert [(f.predicate, f.value["low"]) for f in x.frames if f.text == "57"] == [("killed", 57)]


def test_rescue_teams_are_things_counted_not_people_aboard(tmp_path):
    fa = (
        " date 2023-03-01\nرئیس صلیب سرخ یونان گفت ۴۰ تیم امدادی با تجهیزات ویژه در محل حضور داشتند و"
        " نشانه‌ای از حیات سرنشینان واگن اول دیده نشد.\n"
    )
    x = extraction_apart(tmp_path, "fa.txt", fa)
    # (a count of teams, compared as such; never those aboard)
    assert [(f.predicate, f.value["unit"]) for f in x.frames if f.text.startswith("۴۰")] == [
        ("count", "team")
    ]


def test_those_discharged_and_bodies_identified_are_counts_of_their_own(tmp_path):
    fa = (
        " date 2023-03-02\nبه گفته وزیر بهداشت یونان، ۸۵ مجروح به بیمارستان‌ها منتقل شدند که ۶۰ نفر از آنان"
        " پس از درمان مرخص شده‌اند. تاکنون هویت ۳۰ جسد شناسایی شده است.\n"
    )
    ar = (
        " date 2023-03-02\nقال وزير الصحة اليوناني إن ٨٥ مصابا نقلوا إلى المستشفيات، غادرها ٦٠ منهم بعد تلقي"
        " العلاج، وجرى التعرف على هوية ٣٠ جثة. وكانت السلطات قد تحدثت عن أكثر من ٧٠ جريحا.\n"
    )
    x = extraction_apart(tmp_path, "fa.txt", fa)
    assert {f.predicate: f.value["low"] for f in x.frames if f.value.get("low")} == {
        "injured": 85,
        "discharged": 60,
        "identified": 30,
    }
    # The 60 sent home are no injured count that "more than 70 injured" contradicts.
    assert conflicts_of(tmp_path, {"fa.txt": fa, "ar.txt": ar}) == []


def test_nouns_and_verbs_beside_a_role_are_no_name(tmp_path):
    fa = (
        " date 2023-03-04\nپیکر وزیر پیشین در آتن تشییع شد و فرمانده یگان حفاظت نخست‌وزیر در مراسم حضور داشت."
        " چهارشنبه با اقامه نماز رهبر کلیسا مراسم ادامه یافت.\n"
    )
    ar = " date 2023-03-04\nاليونان تعلن مقتل الوزير السابق في حادث القطار\n"
    names = {
        c.value["name"]
        for name, text in (("fa.txt", fa), ("ar.txt", ar))
        for c in extraction_apart(tmp_path, name, text).claims
        if c.type == "person_role"
    }
    assert not names & {"پیکر", "یگان حفاظت", "یگان حفاظت نخست‌وزیر", "اقامه نماز", "تعلن مقتل"}


def test_days_of_mourning_are_not_the_days_to_an_election(tmp_path):
    ar = (
        " date 2023-03-01\nوأعلن رئيس الوزراء الحداد الوطني ثلاثة أيام، على أن تجرى انتخابات تشريعية في غضون"
        " ٥٠ يوما.\n"
    )
    x = extraction_apart(tmp_path, "ar.txt", ar)
    [three] = [f for f in _frames(x, "duration") if f.value["low"] == 3]
    assert "c:mourning" in three.subject["tokens"] and "c:election" not in three.subject["tokens"]


def test_an_indefinite_adjective_after_a_place_noun_is_no_place(tmp_path):
    ar = " date 2023-03-01\nاصطدم القطاران في منطقة جبلية قرب تيمبي وسط اليونان.\n"
    x = extraction_apart(tmp_path, "ar.txt", ar)
    assert not [c for c in x.claims if c.type == "place" and "جبلية" in c.text]


def test_a_dispatch_dateline_may_agree_with_the_occasion_date_but_neverconflicts_of(tmp_path):
    articles = {
        "en.md": (
            "---\ntitle: Greek train crash\npublished: 2023-03-01\nlanguage: en\n---\n"
            "ATHENS, March 1 (Reuters) - A passenger train collided with a freight train near Tempi, killing"
            " dozens, officials said.\n"
        ),
        "fa.txt": (
            " date 2023-03-01\nبرخورد قطار مسافربری با قطار باری شامگاه سه‌شنبه ۹ اسفند ۱۴۰۱ در نزدیکی تمپی"
            " در یونان رخ داد.\n"
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, articles) if f["code"] == "CF04"]


def test_a_count_a_report_says_was_revised_is_no_conflict_with_the_revised_one(tmp_path):
    # 46 on Wednesday; on Thursday officials cut it «از حدود ۴۶ به ۴۳ نفر» after counting some
    # bodies twice: the Wednesday report told the count before the revision.
    articles = {
        "en.txt": (
            " date 2023-03-01\nThe death toll from Tuesday's collision of two trains near Tempi stood at 46 on"
            " Wednesday, officials said.\n"
        ),
        "fa.txt": (
            " date 2023-03-02\nمقام‌های یونان روز پنجشنبه شمار کشته‌شدگان برخورد قطارها در شامگاه سه‌شنبه ۹"
            " اسفند در نزدیکی تمپی را از حدود ۴۶ به ۴۳ نفر کاهش دادند.\n"
        ),
    }
    assert conflicts_of(tmp_path, articles) == []
    # Without the revision, a lower count the next day is a conflict.
    articles["fa.txt"] = (
        " date 2023-03-02\nمقام‌های یونان روز پنجشنبه اعلام کردند شمار کشته‌شدگان برخورد قطارها در شامگاه"
        " سه‌شنبه ۹ اسفند در نزدیکی تمپی ۴۳ نفر است.\n"
    )
    assert [f["code"] for f in conflicts_of(tmp_path, articles)] == ["CF03"]


def test_decades_are_a_duration(tmp_path):
    en = " date 2023-03-01\nIt was Greece's worst rail disaster in almost three decades, officials said.\n"
    x = extraction_apart(tmp_path, "en.txt", en)
    assert [(f.predicate, f.value["unit"]) for f in x.frames if "three" in f.text] == [("duration", "decade")]


def test_a_file_header_does_not_date_an_occasion_the_text_puts_on_another_weekday(tmp_path):
    # Published on Wednesday 1 March; the Tuesday beside «افتتاح» is the opening's, and the crash
    # «شامگاه همان روز» gets no date of its own: the header's Wednesday is not its day.
    fa = (
        " date 2023-03-01\nایستگاه جدید لاریسا که سه‌شنبه افتتاح شد، شامگاه همان روز صحنه سانحه قطار"
        " مسافربری بود.\n"
    )
    x = extraction_apart(tmp_path, "fa.txt", fa)
    [main] = [m for m in x.mentions if m.main]
    assert (main.date, main.weekday) == (None, 2)
    assert _frames(x, "event_date") == []


def test_a_founding_word_claims_only_a_date_a_few_words_from_it(tmp_path):
    # «هنگام بازگشت از مراسم افتتاح»: the Tuesday is the crash's, four words before the opening.
    fa = (
        " date 2023-03-01\nقطار مسافربری شامگاه سه‌شنبه هنگام بازگشت از مراسم افتتاح ایستگاه لاریسا"
        " دچار سانحه شد.\n"
    )
    [main] = [m for m in extraction_apart(tmp_path, "fa.txt", fa).mentions if m.main]
    assert main.earliest == "2023-02-28"


def test_an_age_set_off_by_commas_after_a_name_and_one_at_death_are_ages(tmp_path):
    en = (
        " date 2019-12-13\nAbdelmadjid Tebboune, 74, a former prime minister, won the presidential election"
        " with 58.13%, officials said. Tebboune, 74, is to be sworn in next week.\n"
    )
    x = extraction_apart(tmp_path, "en.txt", en)
    ages = [f for f in _frames(x, "age")]
    assert ages and all(f.value["low"] == 74 and f.subject["tokens"] == ["n:tebboune"] for f in ages)
    fa = " date 2019-12-13\nمحمد علی، رئیس سابق فدراسیون، در ۸۰ سالگی درگذشت.\n"
    [age] = _frames(extraction_apart(tmp_path, "fa.txt", fa), "age")
    assert (age.value["low"], age.value["unit"]) == (80, "year")


def test_turnout_given_with_a_rate_verb_or_as_an_adjective_is_turnout(tmp_path):
    en = " date 2019-12-13\nTurnout fell to 39.9% in Thursday's presidential election, the lowest ever.\n"
    fa = " date 2019-12-13\nانتخابات ریاست‌جمهوری الجزایر روز پنجشنبه با مشارکت ۳۹٫۹ درصدی برگزار شد.\n"
    for name, text in (("en.txt", en), ("fa.txt", fa)):
        x = extraction_apart(tmp_path, name, text)
        assert [(f.predicate, f.value["unit"]) for f in x.frames if "39" in f.text or "۳۹" in f.text] == [
            ("turnout", "percent")
        ]


def test_an_election_named_with_a_glued_preposition_is_an_election(tmp_path):
    ar = (
        " date 2019-09-16\nقتل ثلاثة أشخاص في تحطم طائرة يوم الأحد. وحددت السلطات يوم ١٢ ديسمبر المقبل"
        " موعدا للاقتراع الرئاسي.\n"
    )
    x = extraction_apart(tmp_path, "ar.txt", ar)
    assert [(m.type, m.earliest) for m in x.mentions if not m.main] == [("election", "2019-12-12")]


def test_a_list_word_is_no_part_of_the_name_after_it(tmp_path):
    fa = " date 2019-12-13\nچند مقام از جمله مالک رحمتی، استاندار آذربایجان شرقی، در جلسه حضور داشتند.\n"
    x = extraction_apart(tmp_path, "fa.txt", fa)
    assert [c.value["name"] for c in x.claims if c.type == "person_role"] == ["مالک رحمتی"]


def test_a_railways_minister_is_an_office_and_an_accusative_minister_is_one(tmp_path):
    texts = {
        "en.txt": (
            " date 2023-08-06\nPakistan's Railways Minister Khawaja Saad Rafique said the Hazara Express"
            " derailment near Nawabshah would be investigated.\n"
        ),
        "fa.txt": " date 2023-08-06\nخواجه سعد رفیق، وزیر راه‌آهن پاکستان، گفت علت خروج قطار بررسی می‌شود.\n",
        "ar.txt": " date 2023-06-27\nأعلنت الحكومة اليونانية تعيين كوستيس هاتزيداكيس وزيرا للمالية.\n",
    }
    people = {
        name: [c for c in extraction_apart(tmp_path, name, text).claims if c.type == "person_role"]
        for name, text in texts.items()
    }
    roles = {name: [c.value["role"] for c in cs] for name, cs in people.items()}
    assert "railways_minister" in roles["en.txt"] and "railways_minister" in roles["fa.txt"]
    [minister] = people["ar.txt"]
    assert (minister.value["role"], minister.value["name"]) == ("finance_minister", "كوستيس هاتزيداكيس")


def test_a_date_of_an_act_on_the_occasion_is_not_the_occasion_s(tmp_path):
    # The case was opened on Friday over the crash of Tuesday: Friday is the case's, and bounds the
    # crash (it came before).
    en = (
        " date 2023-03-04\nProsecutors opened a case on Friday over the train crash near Tempi, officials"
        " said.\n"
    )
    [main] = [m for m in extraction_apart(tmp_path, "en.txt", en).mentions if m.main]
    assert (main.date, main.weekday) == (None, None)
    # A cut "in February after the earthquakes", told in June, is no quake of the report's days
    # (the February still bounds the quake).
    en2 = (
        " date 2023-06-22\nAt its meeting on Thursday the central bank raised its rate to 15%. It had cut the"
        " rate to 8.5% in February after the earthquakes.\n"
    )
    x = extraction_apart(tmp_path, "en2.txt", en2)
    assert [m.type for m in x.mentions if m.main] == ["meeting"]


def test_a_later_report_with_the_same_counts_joins_the_occasion_and_its_later_date_is_no_conflict(tmp_path):
    early = (
        " date 2023-03-01\nA passenger train and a freight train collided near Tempi on Tuesday, February 28,"
        " killing 57 people. Officials said 350 passengers were aboard and 85 people were injured.\n"
    )
    later = (
        " date 2023-03-06\nGreek prosecutors opened a case on Sunday over the collision near Tempi, which killed"
        " 57 people. The train carried 350 passengers, and 85 people were injured.\n"
    )
    for name, text in (("early.txt", early), ("later.txt", later)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path]).report
    assert any({"early", "later"} <= set(e["articles"]) for e in report["events"])
    assert not [f for f in report["findings"] if f["code"] == "CF04"]


def test_a_place_name_cut_to_its_first_word_is_the_same_unlisted_place():
    assert same_unlisted("?:bhng", "?:bhngbsr")
    assert not same_unlisted("?:bhr", "?:bhrmpr")  # too short to say so


def test_a_region_the_gazetteer_lacks_may_hold_a_station_it_lacks(tmp_path):
    articles = {
        "ar.txt": " date 2023-06-04\nوقع تصادم القطارات في ولاية أوديشا شرقي الهند مساء الجمعة ٢ يونيو وقتل ٢٧٥ شخصا.\n",
        "en.txt": (
            " date 2023-06-04\nThe trains collided on Friday, June 2, near Bahanaga Bazar station, killing 275"
            " people.\n"
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, articles) if f["code"] == "CF05"]


def test_one_injured_person_told_of_is_no_count_of_the_injured(tmp_path):
    en = (
        " date 2023-03-06\nOfficials said one injured passenger had since died in hospital in Larissa after"
        " the train crash.\n"
    )
    assert not _frames(extraction_apart(tmp_path, "en.txt", en), "injured")


def test_a_governor_s_listed_place_is_his_province_and_gives_his_country(tmp_path):
    # (Baghdad's governor in 2022, Mohammed Jaber al-Atta.) In Arabic the place follows the role
    # with no definite word after it; in an IRNA report the place, not the outlet, gives the country.
    texts = {
        "ar.txt": " date 2022-05-10\nوقال محافظ بغداد محمد جابر العطا إن الحريق أخمد.\n",
        "fa.txt": " date 2022-05-10\nبه گزارش ایرنا، محمد جابر العطا، استاندار بغداد، گفت آتش خاموش شد.\n",
    }
    for name, text in texts.items():
        [c] = [c for c in extraction_apart(tmp_path, name, text).claims if c.type == "person_role"]
        assert (c.value["name"], c.value["role"], c.value["country"]) == ("محمد جابر العطا", "governor", "IQ")


def test_someone_named_as_a_role_holds_it_and_a_turkish_s_lost_in_latin_script_is_the_same_name(tmp_path):
    en = (
        " date 2023-06-04\nANKARA - President Tayyip Erdogan brought back Mehmet Simsek, a former Merrill Lynch"
        " economist, as Turkey's finance minister on Saturday.\n"
    )
    fa = " date 2023-06-04\nآنکارا - محمد شیمشک، وزیر دارایی ترکیه، روز شنبه به کابینه بازگشت.\n"
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "fa.txt").write_text(fa, encoding="utf-8")
    xs, _ = extract_corpus([str(tmp_path)])
    claims = [
        c for x in xs for c in x.claims if c.type == "person_role" and c.value["role"] == "finance_minister"
    ]
    assert {c.article: c.value["name"] for c in claims} == {"en": "Mehmet Simsek", "fa": "محمد شیمشک"}
    ents = resolve_entities(claims, load_rules())
    assert len({ents.entity(c) for c in claims}) == 1


def test_a_date_in_a_relative_clause_past_a_figure_is_not_the_figure_s(tmp_path):
    ar = " date 2023-03-02\nونقل القطار ٣٥٠ راكبا من أثينا إلى مدينة سالونيك التي زارها رئيس الوزراء عام ٢٠٢١.\n"
    en = (
        " date 2023-03-02\nThe train carried 350 passengers to Thessaloniki, which the prime minister visited in"
        " 2021.\n"
    )
    for name, text in (("ar.txt", ar), ("en.txt", en)):
        [f] = [f for f in extraction_apart(tmp_path, name, text).frames if f.value.get("low") == 350]
        assert f.time is None


def test_a_late_office_holder_is_no_rival_and_number_words_are_no_name(tmp_path):
    articles = {
        "en.txt": (
            " date 2024-07-06\nTEHRAN - The vote was held after the killing of President Ebrahim Raisi in a"
            " helicopter crash on May 19. Turnout was 49.8%.\n"
        ),
        "fa.txt": " date 2024-07-06\nپزشکیان با بیش از ۱۶ میلیون رأی رئیس‌جمهور شد.\n",
        "ar.txt": (
            " date 2024-07-06\nوقال مسعود بزشكيان، الرئيس الإيراني المنتخب، إن نسبة المشاركة اقتربت من 50 في المئة"
            " بعد مقتل الرئيس إبراهيم رئيسي.\n"
        ),
    }
    xs = {name: extraction_apart(tmp_path, name, text) for name, text in articles.items()}
    raisi = [c for name in ("en.txt", "ar.txt") for c in xs[name].claims if c.type == "person_role"]
    assert [c.value["modifiers"] for c in raisi if "Raisi" in c.text or "رئيسي" in c.text] == [
        ["late"],
        ["late"],
    ]
    assert not [c for c in xs["fa.txt"].claims if c.type == "person_role" and "میلیون" in c.value["name"]]
    [turnout] = [c for c in xs["ar.txt"].claims if c.type == "number" and c.value.get("value") == 50]
    assert turnout.value["hedge"] == "about"  # «اقتربت من 50 في المئة»
