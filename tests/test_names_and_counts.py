"""Names read with the words after them, one-word aliases, and counts of a disaster: rules met on
fresh stories (the Hualien quake of 3 April 2024; Argentina's economy minister), written for
these tests."""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check, extract_corpus


def _write(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / n) for n in texts]


def _conflicts(paths: list[str]) -> list[dict]:
    return [f for f in check(paths).report["findings"] if f["type"] == "conflict"]


def test_a_name_read_with_the_words_after_it_is_the_shorter_name_and_no_known_person(tmp_path):
    paths = _write(
        tmp_path,
        {
            "en.txt": " date 2024-05-15\nBUENOS AIRES - Argentina's Economy Minister Luis Caputo defended the spending cuts.\n",
            "ar.txt": " date 2024-05-15\nبوينس آيرس - تقول الحكومة الأرجنتينية، التي يقود وزير الاقتصاد لويس كابوتو برنامجها التقشفي، إن الأسعار تباطأت.\n",
        },
    )
    assert _conflicts(paths) == []


def test_the_injured_after_the_dead_are_the_next_figures(tmp_path):
    text = (
        " date 2024-04-03\nتايبيه - ضرب زلزال قوي شرق تايوان صباح الأربعاء، ما أسفر عن مقتل 9 أشخاص على الأقل"
        " وإصابة أكثر من 900 آخرين.\n"
    )
    [x], _ = extract_corpus(_write(tmp_path, {"ar.txt": text}))
    got = {f.predicate: f.value["low"] for f in x.frames if f.predicate in ("killed", "injured")}
    assert got == {"killed": 9, "injured": 900}


def test_people_trapped_are_not_the_dead(tmp_path):
    text = (
        " date 2024-04-03\nHUALIEN - The earthquake killed at least nine people on Wednesday."
        " More than 100 people were trapped or stranded in tunnels.\n"
    )
    [x], _ = extract_corpus(_write(tmp_path, {"en.txt": text}))
    assert {f.text: f.predicate for f in x.frames if f.predicate in ("killed", "trapped")} == {
        "at least nine people": "killed",
        "More than 100 people": "trapped",
    }


def test_an_earlier_quake_that_occurred_in_a_year_is_not_this_one(tmp_path):
    text = (
        " date 2024-04-03\nتايبيه - ضرب زلزال بقوة 7.2 درجات تايوان الأربعاء. وهو الأقوى منذ زلزال بقوة 7.6"
        " درجات وقع في سبتمبر/أيلول 1999.\n"
    )
    [x], _ = extract_corpus(_write(tmp_path, {"ar.txt": text}))
    main = next(m for m in x.mentions if m.main)
    own = [
        f.value["low"] for f in x.frames if f.predicate == "magnitude" and f.subject.get("mention") == main.id
    ]
    assert own == [7.2]


def test_what_each_party_asked_for_and_the_maximum_are_apart_from_the_sentence(tmp_path):
    # Sam Bankman-Fried was sentenced on 28 March 2024; prosecutors had asked for 40 to 50 years.
    en = (
        " date 2024-03-28\nNEW YORK - A judge in Manhattan sentenced Sam Bankman-Fried, 32, to 25 years in"
        " prison on Thursday. Prosecutors had asked for 40 to 50 years, while the defense asked for six"
        " years. The counts carried a maximum sentence of 110 years.\n"
    )
    fa = (
        " date 2024-03-28\nنیویورک - یک قاضی در نیویورک روز پنجشنبه سم بنکمن-فرید ۳۲ ساله را به ۲۵ سال"
        " زندان محکوم کرد. دادستان‌ها خواستار ۴۰ تا ۵۰ سال حبس شده بودند و وکلای او خواستار حداکثر شش"
        " سال زندان بودند.\n"
    )
    assert _conflicts(_write(tmp_path, {"en.txt": en, "fa.txt": fa})) == []
    [x], _ = extract_corpus([str(tmp_path / "fa.txt")])
    asked = {f.text: f.qualifiers.get("requested") for f in x.frames if f.predicate == "sentence"}
    assert asked == {"۲۵ سال": None, "۴۰ تا ۵۰ سال": "prosecution", "حداکثر شش سال": "defence"}


def test_the_verb_after_a_river_is_no_part_of_its_name(tmp_path):
    text = (
        " date 2024-03-26\nبالتیمور - بخش عمده پل فرانسیس اسکات کی پس از برخورد کشتی «دالی» به رودخانه"
        " پاتاپسکو فروریخت.\n"
    )
    [x], _ = extract_corpus(_write(tmp_path, {"fa.txt": text}))
    names = [c.text for c in x.claims if c.type == "place" and c.value.get("unlisted")]
    assert names and all("فروریخت" not in n for n in names), names


PT_EN = (
    " date 2024-03-10\nLISBON - Portugal's President Marcelo Rebelo de Sousa on Sunday thanked voters after a"
    " parliamentary election in which the centre-right Democratic Alliance narrowly won the most seats.\n"
)
PT_FA = (
    " date 2024-03-11\nلیسبون - به گزارش ایرنا، مارسلو ربلو دی سوزا رئیس‌جمهور پرتغال روز یکشنبه پس از"
    " انتخابات پارلمانی از رأی‌دهندگان قدردانی کرد.\n"
)


def test_a_latin_s_written_z_is_one_name_and_a_short_one_word_alias_binds_no_longer_name(tmp_path):
    # "Sousa" is «سوزا» in Persian (an s between vowels); and el-Sisi's one-word alias «سیسی»,
    # whose skeleton (s-s) is also Sousa's, does not make Portugal's president Egypt's.
    paths = _write(tmp_path, {"en.txt": PT_EN, "fa.txt": PT_FA})
    assert _conflicts(paths) == []
    fa = PT_FA.replace("مارسلو ربلو دی سوزا", "آنتونیو کاستا")
    [found] = _conflicts(_write(tmp_path, {"en.txt": PT_EN, "fa.txt": fa}))
    assert found["code"] == "CF01"
    assert "Sisi" not in found["message"]


def test_a_soft_c_is_an_s_across_scripts(tmp_path):
    # "Cyril" is «سیریل»: a c before e, i or y is no k.
    en = (
        " date 2024-06-14\nCAPE TOWN - South Africa's parliament on Friday re-elected President Cyril"
        " Ramaphosa after his party agreed to a coalition.\n"
    )
    fa = (
        " date 2024-06-15\nکیپ تاون - به گزارش ایسنا، سیریل رامافوزا رئیس‌جمهور آفریقای جنوبی روز جمعه"
        " دوباره از سوی پارلمان این کشور برگزیده شد.\n"
    )
    assert _conflicts(_write(tmp_path, {"en.txt": en, "fa.txt": fa})) == []


def test_a_spanish_j_and_an_adjective_read_into_the_name_are_one_president(tmp_path):
    # "Javier" is «خاویر» and «خافيير» (a Spanish j is «خ»); «الرئيس الليبرالي خافيير ميلي» reads
    # "the liberal" into the name.
    texts = {
        "en.txt": " date 2024-05-14\nBUENOS AIRES - President Javier Milei welcomed the figures on Tuesday.\n",
        "fa.txt": " date 2024-05-14\nبوئنوس آیرس - خاویر میلی، رئیس‌جمهور آرژانتین، روز سه‌شنبه از این ارقام استقبال کرد.\n",
        "ar.txt": " date 2024-05-14\nبوينس آيرس - رحب الرئيس الأرجنتيني الليبرالي خافيير ميلي يوم الثلاثاء بالأرقام.\n",
    }
    assert _conflicts(_write(tmp_path, texts)) == []


def test_a_building_and_a_hall_hold_the_same_crowd(tmp_path):
    # "the hall … can hold about 6,000 people" and «المبنى الذي يتسع لنحو 6000 شخص»: one capacity.
    en = " date 2024-03-23\nMOSCOW - The hall, one of the largest music venues in Russia, can hold about 6,000 people.\n"
    ar = " date 2024-03-23\nموسكو - أضرم المسلحون النار في المبنى الذي يتسع لـ{n} شخص.\n"
    assert _conflicts(_write(tmp_path, {"en.txt": en, "ar.txt": ar.replace("{n}", "6000")})) == []
    [found] = _conflicts(_write(tmp_path, {"en.txt": en, "ar.txt": ar.replace("{n}", "4500")}))
    assert found["code"] == "CF03"


def test_a_report_that_tells_the_toll_rising_does_not_conflict_with_it(tmp_path):
    # «… had put the toll at 28 …, then 41»: one report gives both; the other's 41 agrees.
    en = " date 2022-10-15\nAMASRA - The death toll from the mine explosion rose to 41, officials said on Saturday.\n"
    fa = (
        " date 2022-10-15\nآماسرا - شمار کشته‌های انفجار معدن به ۴۱ نفر رسید. ساعاتی پس از حادثه، وزیر بهداشت"
        " شمار کشته‌ها را ۲۸ نفر اعلام کرده بود.\n"
    )
    assert _conflicts(_write(tmp_path, {"en.txt": en, "fa.txt": fa})) == []
