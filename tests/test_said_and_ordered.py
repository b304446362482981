"""The day something was said is not the day of what it tells, and a place in what a court orders
is not where it ruled: found by running the session-37 probe stories unchanged at the start of
session 38.

Articles written for these tests from real reporting, in our own words: the protests in Nairobi on
Tuesday 25 June 2024, when protesters stormed Kenya's parliament after it passed the Finance Bill,
and the rights commission's toll given the day after; the International Court of Justice's order
of Friday 26 January 2024 in South Africa's case against Israel, read in The Hague.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of, main_of, md, subfolder

_LATER = (
    "وكانت اللجنة الوطنية لحقوق الإنسان قد تحدثت يوم 26 يونيو/حزيران عن مقتل 22 شخصا على الأقل في"
    " احتجاجات يوم الثلاثاء 25 يونيو/حزيران، حين اقتحم متظاهرون مقر البرلمان في نيروبي."
)


def test_a_day_a_word_of_speech_owns_dates_nothing_it_tells(tmp_path):
    frames = frames_of(tmp_path, "ar.md", md("ar", "2024-07-02", _LATER))
    days = {f.value["iso"] for f in frames if f.value and f.value.get("precision") == "day"}
    assert days == {"2024-06-25"}


_HAGUE = {
    "en": "THE HAGUE - The International Court of Justice on Friday ordered Israel to take all measures within"
    " its power to prevent acts of genocide in Gaza, in an interim ruling on South Africa's case. The"
    " court's president, Joan Donoghue, read the order at the Peace Palace in The Hague.",
    "ar": "لاهاي - أمرت محكمة العدل الدولية يوم الجمعة إسرائيل باتخاذ جميع التدابير التي في وسعها لمنع"
    " ارتكاب أفعال الإبادة الجماعية في قطاع غزة. وتلت رئيسة المحكمة جوان دونوهيو ملخص القرار في قصر"
    " السلام بلاهاي.",
    "fa": "لاهه - دیوان بین‌المللی دادگستری روز جمعه به اسرائیل دستور داد از هرگونه اقدام نسل‌کشی در غزه"
    " جلوگیری کند. رئیس دیوان، جوان دونوهیو، خلاصه حکم را در کاخ صلح در لاهه قرائت کرد.",
}


def test_a_place_in_what_a_court_orders_is_not_where_it_ruled(tmp_path):
    for lang, body in _HAGUE.items():
        main = main_of(tmp_path, f"{lang}.md", md(lang, "2024-01-26", body))
        assert main.places and all("gaza" not in p.lower() and not p.startswith("PS") for p in main.places), (
            lang,
            main.places,
        )


def test_the_hague_against_gaza_is_no_conflict(tmp_path):
    articles = {f"{lang}.md": md(lang, "2024-01-26", body) for lang, body in _HAGUE.items()}
    assert not [f for f in conflicts_of(tmp_path, articles) if f["code"] == "CF05"]


def test_a_surname_that_comes_first_owns_its_share(tmp_path):
    # Taiwan's presidential election of Saturday 13 January 2024, told in our own words.
    ar = md(
        "ar",
        "2024-01-14",
        "فاز لاي تشينغ-تي، مرشح الحزب الديمقراطي التقدمي، بالانتخابات الرئاسية في تايوان يوم السبت. وبحسب"
        " النتائج النهائية حصل لاي على 40.05% من الأصوات، مقابل نحو 26.5% لكو وين-جي.",
    )
    en = md(
        "en",
        "2024-01-14",
        "Lai Ching-te of the Democratic Progressive Party won Taiwan's presidential election on Saturday."
        " Lai took 40.05% of the vote, ahead of Ko Wen-je of the Taiwan People's Party with about 26.5%.",
    )
    for name, text in (("ar.md", ar), ("en.md", en)):
        shares = {
            f.value["low"]: f.qualifiers.get("candidate")
            for f in frames_of(subfolder(tmp_path, name[:2]), name, text)
            if f.predicate == "votes"
        }
        assert shares[40.05] in ("لای", "lai"), (name, shares)
    assert not conflicts_of(tmp_path, {"ar.md": ar, "en.md": en})
