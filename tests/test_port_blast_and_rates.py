"""A port explosion and a central bank's decision: rules met in stories of those kinds, each
isolated in sentences written for these tests from real reporting (the Shahid Rajaee port
explosion near Bandar Abbas of 26 April 2025, the Bank of Russia's rate decisions of 2023, the
Lebanese cabinet of 2020). Each test fails without the rule it names."""

from __future__ import annotations

from checker.align.entities import resolve_entities
from checker.pipeline import check, extract_corpus
from checker.rules import load_rules


def _write(tmp_path, articles: dict[str, str]):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _report(tmp_path, articles: dict[str, str]) -> dict:
    return check([_write(tmp_path, articles)]).report


def _codes(report: dict, kind: str = "conflict") -> list[dict]:
    return [f for f in report["findings"] if f["type"] == kind]


def _extraction(tmp_path, name: str, text: str):
    d = tmp_path / name.split(".")[0]
    d.mkdir()
    [x] = extract_corpus([_write(d, {name: text})])[0]
    return x


def test_a_one_word_alias_does_not_bind_a_name_with_another_given_name(tmp_path):
    # "Aoun" is Joseph Aoun's one-word alias; "Michel Aoun" is not Joseph Aoun, and is the same
    # man as «ميشال عون» and «میشل عون» (a French ch is «ش»).
    articles = {
        "en.txt": " date 2020-08-05\nBEIRUT - President Michel Aoun chaired the Supreme Defence Council.\n",
        "ar.txt": " date 2020-08-05\nبيروت - ترأس رئيس الجمهورية ميشال عون اجتماع المجلس الأعلى للدفاع.\n",
        "fa.txt": " date 2020-08-05\nبیروت - میشل عون، رئیس‌جمهور لبنان، ریاست شورای عالی دفاع را بر عهده داشت.\n",
    }
    xs, _ = extract_corpus([_write(tmp_path, articles)])
    claims = [c for x in xs for c in x.claims if c.type == "person_role"]
    ents = resolve_entities(claims, load_rules())
    ids = {c.article: ents.entity(c) for c in claims}
    assert set(ids) == {"en", "ar", "fa"}
    assert len(set(ids.values())) == 1 and "joseph_aoun" not in ids.values()
    # and the dateline before the Persian name is no part of it
    assert {c.value["name"] for c in claims if c.article == "fa"} == {"میشل عون"}


def test_a_site_is_where_its_occasion_happened_and_a_place_it_was_felt_in_is_not(tmp_path):
    en = (
        " date 2025-04-27\nA huge explosion ripped through Shahid Rajaee Port on Saturday, killing at least"
        " 40 people. The blast was felt in Qeshm, across the strait.\n"
    )
    x = _extraction(tmp_path, "en.txt", en)
    [main] = [m for m in x.mentions if m.main]
    assert main.places == ("ir.shahid_rajaee_port",)
    fa = " date 2025-04-27\nانفجار بندر شهید رجایی روز شنبه رخ داد و صدای آن در قشم شنیده شد.\n"
    x = _extraction(tmp_path, "fa.txt", fa)
    [main] = [m for m in x.mentions if m.main]
    assert main.places == ("ir.shahid_rajaee_port",)


def test_every_place_of_a_list_it_was_felt_in_is_felt(tmp_path):
    """ "also felt in the neighbouring provinces of Semnan and South Khorasan": the list's last place
    is as far from the felt words as a place may be, and felt all the same; the quake is in Mashhad."""
    en = (
        " date 2024-06-18\nA magnitude 5.0 earthquake in Mashhad killed four people on Monday. The tremors"
        " were also felt in the neighbouring provinces of Semnan and South Khorasan.\n"
    )
    [main] = [m for m in _extraction(tmp_path, "en.txt", en).mentions if m.main]
    assert main.places == ("ir.mashhad",)


def test_passed_n_is_more_than_n(tmp_path):
    # «از ۴۰ نفر گذشت»: the toll passed 40, so 46 the same day agrees with it
    fa = " date 2025-04-27\nشمار جان‌باختگان انفجار بندر شهید رجایی روز یکشنبه از ۴۰ نفر گذشت.\n"
    x = _extraction(tmp_path, "fa.txt", fa)
    [toll] = [c for c in x.claims if c.type == "number" and c.value.get("low") == 40]
    assert toll.value["hedge"] == "more_than" and toll.value.get("high") is None
    report = _report(
        tmp_path,
        {
            "fa.txt": fa,
            "ar.txt": " date 2025-04-27\nارتفعت حصيلة انفجار ميناء الشهيد رجائي يوم الأحد إلى 46 قتيلا.\n",
        },
    )
    assert not [f for f in _codes(report) if f["code"] == "CF03"]


def test_a_forecast_with_its_verb_last_is_no_decision(tmp_path):
    report = _report(
        tmp_path,
        {
            "en.txt": (
                " date 2023-07-21\nMOSCOW - Russia's central bank raised its key interest rate to 8.5% on Friday.\n"
            ),
            "fa.txt": (
                " date 2023-07-21\nمسکو - بانک مرکزی روسیه روز جمعه نرخ بهره را به ۸.۵ درصد رساند؛ بیشتر تحلیلگران"
                " افزایش نرخ بهره به ۸ درصد را پیش‌بینی کرده بودند.\n"
            ),
        },
    )
    assert not [f for f in _codes(report) if f["code"] == "CF03"]


def test_the_rate_a_cut_started_from_is_the_previous_one_even_with_a_month(tmp_path):
    report = _report(
        tmp_path,
        {
            "en.txt": (
                " date 2023-09-15\nMOSCOW - The key interest rate had stood at 12% since August, when the bank"
                " raised it from 8.5% after the rouble slid.\n"
            ),
            "ar.txt": (
                " date 2023-09-15\nموسكو - وكان البنك المركزي الروسي قد رفع سعر الفائدة في أغسطس من 8.5% إلى 12%"
                " بعد تراجع الروبل.\n"
            ),
        },
    )
    assert not [f for f in _codes(report) if f["code"] == "CF03"]


def test_reports_of_one_decision_naming_different_officials_are_one_event(tmp_path):
    # Neither report names anyone the other does; the same days, city and figures make one meeting.
    report = _report(
        tmp_path,
        {
            "en.txt": (
                " date 2023-07-21\nMOSCOW - The Bank of Russia's board, meeting in Moscow on Friday, raised the key"
                " interest rate by 100 basis points to 8.5%, Governor Elvira Nabiullina said. Annual inflation"
                " stood at 3.25% in June.\n"
            ),
            "fa.txt": (
                " date 2023-07-21\nمسکو - هیئت مدیره بانک مرکزی روسیه روز جمعه ۳۰ تیر ۱۴۰۲ در نشستی در مسکو نرخ"
                " بهره را ۱۰۰ واحد پایه افزایش داد و به ۸.۵ درصد رساند. آنتون سیلوانوف، وزیر دارایی روسیه،"
                " از این تصمیم حمایت کرد. نرخ تورم سالانه روسیه در ماه ژوئن ۳.۲۵ درصد بود.\n"
            ),
        },
    )
    assert any(set(e["articles"]) == {"en", "fa"} for e in report["events"])


def _cabinet(minister_ar: str) -> dict[str, str]:
    return {
        "en.txt": (
            " date 2020-08-06\nBEIRUT - Health Minister Hamad Hassan said the toll had risen to 137. Beirut"
            " Governor Marwan Abboud said 300,000 people had lost their homes in the explosion at Beirut port.\n"
        ),
        "fa.txt": (
            " date 2020-08-06\nبیروت - حمد حسن، وزیر بهداشت لبنان، گفت شمار جان‌باختگان انفجار بندر بیروت به ۱۳۷ نفر"
            " رسید. مروان عبود، استاندار بیروت، گفت ۳۰۰ هزار نفر بی‌خانمان شده‌اند.\n"
        ),
        "ar.txt": (
            " date 2020-08-06\nبيروت - قال وزير الصحة اللبناني حمد حسن إن حصيلة انفجار مرفأ بيروت ارتفعت إلى 137"
            " قتيلا.\n"
        ),
        "later.txt": (
            " date 2020-08-09\nباريس - تعهد مؤتمر دولي بتقديم مساعدات للبنان بعد انفجار مرفأ بيروت يوم الثلاثاء 4"
            f" أغسطس. وقال {minister_ar} إن الحصيلة ارتفعت إلى 158 قتيلا في لبنان. وزار ماكرون لبنان، وقال"
            " الرئيس اللبناني إن لبنان يحتاج إلى دعم، فيما دعا الشعب اللبناني إلى الصمود.\n"
        ),
    }


def test_a_report_that_leaves_out_an_official_most_reports_name_is_an_omission(tmp_path):
    report = _report(tmp_path, _cabinet("مسؤول في وزارة الصحة"))
    [om] = [f for f in report["findings"] if f["code"] == "OM02"]
    assert om["missing_in"] == ["later"] and "health minister" in om["message"]
    # Abboud is named in two of four reports: no more than half, so nobody omits him
    assert "Abboud" not in om["message"] and "عبود" not in om["message"]


def test_another_name_in_the_office_is_a_conflict_not_an_omission(tmp_path):
    # The report filed from Paris names Lebanon far more than France: its health minister is
    # Lebanon's, and naming another man in that office is CF01, not OM02.
    report = _report(tmp_path, _cabinet("وزير الصحة جميل جبق"))
    assert not [f for f in report["findings"] if f["code"] == "OM02"]
    [cf] = [f for f in _codes(report) if f["code"] == "CF01"]
    assert "health minister" in cf["message"]


def test_a_numbered_part_of_a_site_is_no_town(tmp_path):
    en = " date 2020-08-05\nThe cargo had been kept in Hangar 12 of the port since 2014.\n"
    x = _extraction(tmp_path, "en.txt", en)
    assert not [c for c in x.claims if c.type == "place"]


def test_a_figure_kept_since_a_year_holds_from_then_on(tmp_path):
    report = _report(
        tmp_path,
        {
            "en.txt": (
                " date 2020-08-05\nBEIRUT - Some 2,750 tonnes of ammonium nitrate had been stored at the port since"
                " 2014.\n"
            ),
            "ar.txt": " date 2020-08-06\nبيروت - كانت 2750 طنا من نترات الأمونيوم مخزنة في المرفأ منذ عام 2014.\n",
            "fa.txt": " date 2020-08-06\nبیروت - ۲۷۵۰ تن نیترات آمونیوم از سال ۲۰۱۶ در بندر انبار شده بود.\n",
        },
    )
    [since] = [f for f in _codes(report) if f["code"] == "CF02"]
    assert since["message"].startswith("in place since")
    assert {v["display"] for v in since["values"]} == {"2014", "2016"}
    [tonnes] = [f for f in report["findings"] if f["code"] == "AG03"]
    assert set(tonnes["message"].split(" in ")[-1].split(", ")) == {"ar", "en", "fa"}


def test_common_persian_words_are_no_places(tmp_path):
    fa = (
        " date 2020-08-06\nاین مواد در انبار بندر نگهداری می‌شد و کارگران سالم ماندند؛ خبر تازه‌ای منتشر نشد.\n"
    )
    x = _extraction(tmp_path, "fa.txt", fa)
    assert not [c for c in x.claims if c.type == "place" and c.value.get("place") != "?"]
