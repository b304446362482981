"""Parallel sentences that differ on the one listed place of a kind each names, beside a country
both name (align/parallel ``_one_of_a_kind``); a place one of them names in words no place claim
was read from (``_named_too``); and a region one of them names with no locative (``_named_as``).

Written for the test, in our own words, from the reporting on the heat at the 2024 hajj (51.8 C
recorded at Mecca's Grand Mosque on 17 June), and on the October 2024 floods in eastern Spain (rescue teams at work in the
Valencia region and in Castilla-La Mancha), and on the death of Queen Elizabeth II at Balmoral,
her estate in Scotland, on 8 September 2022.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, md, subfolder

_HEAT = {
    "en.md": md(
        "en",
        "2024-06-18",
        "MECCA — More than 550 pilgrims died during this year's hajj, most of them in the heatwave,"
        " diplomats said on Tuesday.\n\n"
        "Saudi Arabia's national meteorology centre recorded 51.8 degrees Celsius at the Grand Mosque"
        " in Mecca, Saudi Arabia, on Monday, two days after pilgrims gathered on Mount Arafat.",
    ),
    "ar.md": md(
        "ar",
        "2024-06-18",
        "توفي أكثر من 550 حاجا خلال موسم الحج هذا العام، معظمهم بسبب الحر الشديد، بحسب ما أفاد دبلوماسيون"
        " الثلاثاء.\n\n"
        "وسجل المركز الوطني للأرصاد في السعودية أمس الاثنين 51.8 درجة مئوية في المسجد الحرام بمكة، بعد"
        " يومين من وقوف الحجاج على صعيد عرفات.",
    ),
}


def test_the_one_landmark_parallel_sentences_differ_on_beside_their_country_is_a_possible_conflict(tmp_path):
    # (Saudi Arabia holds either mosque, so before, no place was left apart on the English side)
    [f] = conflicts_coded(
        tmp_path, edited(_HEAT, "en.md", "Grand Mosque in Mecca", "Prophet's Mosque in Medina"), "CF05"
    )
    assert f["severity"] == "warning" and "parallel sentences" in f["message"]
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {"Prophet's Mosque", "المسجد الحرام"}


def test_the_same_landmark_is_no_conflict(tmp_path):
    assert not conflicts_coded(tmp_path, _HEAT, "CF05")


_FLOODS = {
    "ar.md": md(
        "ar",
        "2024-11-01",
        "ضربت فيضانات مدمرة شرق إسبانيا يوم الثلاثاء 29 أكتوبر 2024.\n\n"
        "وعملت فرق الإنقاذ يوم الأربعاء 30 أكتوبر في منطقة فالنسيا وفي إقليم قشتالة-لا مانتشا.",
    ),
    "fa.md": md(
        "fa",
        "2024-11-01",
        "سیلاب‌های ویرانگر روز سه‌شنبه ۲۹ اکتبر ۲۰۲۴ شرق اسپانیا را درنوردید.\n\n"
        "تیم‌های امداد روز چهارشنبه ۳۰ اکتبر در جامعه خودمختار والنسیا و در منطقه کاستیا-لامانچا کار کردند.",
    ),
}


def test_a_place_named_in_words_no_claim_was_read_from_is_one_both_give(tmp_path):
    # («جامعه خودمختار والنسیا» gives no claim of the region, so Castilla-La Mancha would be the
    # one province left apart on the Persian side; its «والنسیا» is the Arabic «فالنسيا»)
    assert not [f for f in conflicts_coded(tmp_path, _FLOODS, "CF05") if "parallel sentences" in f["message"]]


_QUEEN = {
    "en.md": md(
        "en",
        "2022-09-09",
        "LONDON — Queen Elizabeth II died peacefully on Thursday, September 8, 2022, at the age of 96,"
        " Buckingham Palace said.\n\n"
        "The Queen had spent the summer at Balmoral Castle in Scotland, where two days earlier she"
        " received Liz Truss and asked her to form a government.",
    ),
    "fa.md": md(
        "fa",
        "2022-09-09",
        "به گفته کاخ باکینگهام، ملکه الیزابت دوم روز پنجشنبه ۸ سپتامبر ۲۰۲۲ در ۹۶ سالگی درگذشت.\n\n"
        "ملکه تابستان را در قلعه بالمورال اسکاتلند گذرانده بود و دو روز پیش از آن لیز تراس را در"
        " همان‌جا به حضور پذیرفت و مأمور تشکیل دولت کرد.",
    ),
}


def test_a_region_the_other_sentence_barely_mentions_is_one_both_give(tmp_path):
    # («قلعه بالمورال اسکاتلند» names Scotland with no locative; it no longer stands as a second
    # place left apart on the English side, so the two castles are the one difference)
    [f] = conflicts_coded(tmp_path, edited(_QUEEN, "en.md", "Balmoral Castle", "Glamis Castle"), "CF05")
    assert "parallel sentences" in f["message"]
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {"Glamis", "بالمورال"}
    assert not conflicts_coded(subfolder(tmp_path, "same"), _QUEEN, "CF05")
