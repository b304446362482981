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
