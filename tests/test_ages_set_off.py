"""An age set off after a name («ملاديتش (78 عاماً)», "Mladic, 78,") is the person's age now,
whatever date stands before the name (extract/frames ``_aged_then``), and a named person's age is
compared across reports whatever countries each report is most about (align/frames ``_keyed``).

Written for the test, in our own words, from the reporting on the UN appeals judgment of 8 June
2021 that upheld Ratko Mladić's life sentence (he was 78; the ICTY had convicted him in 2017).
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, findings_of, md

_APPEAL = {
    "en.md": md(
        "en",
        "2021-06-08",
        "THE HAGUE — UN appeals judges on Tuesday, June 8, 2021, upheld the life sentence of former Bosnian"
        " Serb commander Ratko Mladic for genocide.\n\n"
        "Mladic, 78, listened from the courtroom. U.S. President Joe Biden welcomed the ruling.",
    ),
    "ar.md": md(
        "ar",
        "2021-06-08",
        "أيدت محكمة الاستئناف التابعة للأمم المتحدة في لاهاي الثلاثاء 8 يونيو 2021 حكم السجن المؤبد بحق"
        " القائد العسكري السابق لصرب البوسنة راتكو ملاديتش.\n\n"
        "وكانت المحكمة الجنائية الدولية ليوغوسلافيا السابقة، التي أغلقت أبوابها عام 2017، قد دانت ملاديتش"
        " (78 عاماً) في نوفمبر 2017 بتهمة الإبادة الجماعية في سريبرينيتسا.",
    ),
    "fa.md": md(
        "fa",
        "2021-06-08",
        "دادگاه تجدیدنظر سازمان ملل در لاهه روز سه‌شنبه ۱۸ خرداد ۱۴۰۰ حکم حبس ابد راتکو ملادیچ، فرمانده"
        " پیشین صرب‌های بوسنی را تأیید کرد.\n\n"
        "ملادیچ ۷۸ ساله در زندانی در هلند نگهداری می‌شود.",
    ),
}


def test_an_age_set_off_after_a_name_is_compared_across_reports(tmp_path):
    found = findings_of(tmp_path, _APPEAL)
    [age] = [f for f in found if f["code"] == "AG03" and f["key"].startswith("age")]
    assert sorted(age["values"][0]["articles"]) == ["ar", "en", "fa"]


def test_another_age_set_off_after_the_name_is_a_conflict(tmp_path):
    [f] = [f for f in conflicts_coded(tmp_path, edited(_APPEAL, "ar.md", "(78 عاماً)", "(74 عاماً)"), "CF03")]
    assert "age" in f["message"]


_HANDOVER = {
    "en.md": md(
        "en",
        "2024-10-01",
        "MEXICO CITY — Claudia Sheinbaum was sworn in on Tuesday, October 1, 2024, as Mexico's first woman"
        " president. Outgoing President Andres Manuel Lopez Obrador, 70, handed the presidential sash to"
        " the head of the Chamber of Deputies, who passed it to Sheinbaum.",
    ),
    "fa.md": md(
        "fa",
        "2024-10-01",
        "کلودیا شینبام روز سه‌شنبه ۱۰ مهر ۱۴۰۳ به‌عنوان نخستین رئیس‌جمهور زن مکزیک سوگند یاد کرد. آندرس"
        " مانوئل لوپس اوبرادور، رئیس‌جمهوری پیشین، حمایل ریاست‌جمهوری را به ایفیخنیا مارتینس، رئیس ۹۴ ساله"
        " مجلس نمایندگان، سپرد.",
    ),
}


def test_an_age_inside_a_role_phrase_is_its_holders_not_a_person_named_before(tmp_path):
    # («ایفیخنیا مارتینس، رئیس ۹۴ ساله مجلس نمایندگان»: the chamber's head is 94, not López Obrador)
    assert not conflicts_coded(tmp_path, _HANDOVER, "CF03")


_PAROLE = {
    "ar.md": md(
        "ar",
        "2024-01-06",
        "أفرج عن العداء الجنوب أفريقي أوسكار بيستوريوس (37 عاماً) بشروط يوم الجمعة 5 يناير 2024 من سجن"
        " أتريدجفيل قرب بريتوريا.",
    ),
    "fa.md": md(
        "fa",
        "2024-01-06",
        "اداره خدمات اصلاحی آفریقای جنوبی اعلام کرد پیستوریوس ۳۷ ساله از ۵ ژانویه ۲۰۲۴ در شمار آزادشدگان"
        " مشروط قرار گرفته و اکنون در خانه است.",
    ),
}


def test_a_surname_no_claim_gives_before_an_age_word_owns_the_age(tmp_path):
    # («پیستوریوس ۳۷ ساله از ۵ ژانویه ۲۰۲۴»: his age, not 37 years from that day)
    found = findings_of(tmp_path, _PAROLE)
    assert not [f for f in found if f["type"] == "inconsistency"]
    assert [f for f in found if f["code"] == "AG03" and f["key"].startswith("age")]
