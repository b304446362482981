"""Stories of a crash, a sentencing and a loan, as scraped .txt files: a count of one nationality
is a part of those aboard, a court's ruling is no referee, a forfeiture is one amount across
languages, and «وفريقه» ("and his team") is no part of a minister's name."""

from tests.helpers import by_figure, edited, frames_of, subfolder, txt_report


def _txt(title: str, source: str, day: str, body: str) -> str:
    return f"Title: {title}\nSource: {source}\nDate: {day}\n\n{body}\n"


_CRASH = {
    "en_wire": _txt(
        "Ethiopian Airlines jet crashes after take-off, killing all 157 aboard",
        "Horn Wire",
        "2019-03-11",
        "ADDIS ABABA, March 11 - An Ethiopian Airlines Boeing 737 MAX crashed minutes after leaving Addis"
        " Ababa on Sunday, March 10, 2019, killing all 157 people aboard, 149 passengers and eight crew."
        " The airline said 32 of the passengers were Kenyan nationals, 18 Canadian and nine Ethiopian.",
    ),
    "fa_irna": _txt(
        "سقوط هواپیمای اتیوپیایی با ۱۵۷ سرنشین",
        "ایرنا",
        "2019-03-11",
        "به گزارش ایرنا، هواپیمای بوئینگ ۷۳۷ مکس شرکت هواپیمایی اتیوپی روز یکشنبه ۱۹ اسفند ۱۳۹۷ دقایقی پس"
        " از برخاستن از آدیس آبابا سقوط کرد و همه ۱۵۷ سرنشین آن شامل ۱۴۹ مسافر و ۸ خدمه کشته شدند. به گفته"
        " شرکت هواپیمایی، ۳۲ مسافر تبعه کنیا، ۱۸ نفر کانادایی و ۹ نفر اتیوپیایی بودند.",
    ),
    "ar_wire": _txt(
        "مقتل ١٥٧ شخصا في تحطم طائرة إثيوبية",
        "وكالة الأنباء",
        "2019-03-11",
        "أديس أبابا - تحطمت طائرة بوينغ ٧٣٧ ماكس تابعة للخطوط الجوية الإثيوبية يوم الأحد ١٠ مارس ٢٠١٩ بعد"
        " دقائق من إقلاعها من أديس أبابا، ما أسفر عن مقتل جميع من كانوا على متنها وعددهم ١٥٧ شخصا، بينهم"
        " ١٤٩ راكبا و٨ من أفراد الطاقم. وقالت الشركة إن ٣٢ من الركاب كينيون و١٨ كنديون.",
    ),
}


def test_a_count_of_one_nationality_is_no_count_of_all_passengers(tmp_path):
    """ "32 of the passengers were Kenyan nationals", «۳۲ مسافر تبعه کنیا» and «٣٢ من الركاب كينيون»
    count Kenyans, not the 149 passengers; a changed count of Kenyans in one report conflicts."""
    report = txt_report(subfolder(tmp_path, "same"), **_CRASH)
    assert not [f for f in report["findings"] if f["type"] == "conflict"]
    agreed = [f for f in report["findings"] if f["code"] == "AG03" and ": 32 " in f["message"]]
    assert agreed and {a for v in agreed[0]["values"] for a in v["articles"]} == set(_CRASH)
    moved = edited(_CRASH, "ar_wire", "٣٢ من الركاب", "٣٨ من الركاب")
    report = txt_report(subfolder(tmp_path, "moved"), **moved)
    clashes = [f for f in report["findings"] if f["code"] == "CF03"]
    assert len(clashes) == 1 and "38" in clashes[0]["message"] and "32" in clashes[0]["message"]


_SENTENCE = {
    "en_wire": _txt(
        "Former crypto executive sentenced to 12 years",
        "Court Wire",
        "2024-05-16",
        "NEW YORK, May 16 - A federal judge in Manhattan on Thursday, May 16, 2024, sentenced a former"
        " cryptocurrency lender's chief executive to 12 years in prison and ordered him to forfeit about"
        " $48 million. A jury had convicted him on October 3, 2023. Prosecutors had sought 20 years, while"
        " his lawyers asked for no more than four years.",
    ),
    "fa_isna": _txt(
        "۱۲ سال زندان برای مدیر سابق شرکت رمزارز",
        "ایسنا",
        "2024-05-17",
        "به گزارش ایسنا، یک قاضی فدرال در منهتن روز پنجشنبه ۲۷ اردیبهشت ۱۴۰۳ مدیرعامل سابق یک شرکت وام‌دهی"
        " رمزارز را به ۱۲ سال زندان محکوم کرد و دستور مصادره حدود ۴۸ میلیون دلار از دارایی او را داد. هیئت"
        " منصفه او را در ۱۱ مهر ۱۴۰۲ مجرم شناخته بود. دادستان‌ها خواستار ۲۰ سال زندان بودند، اما وکلای او"
        " حداکثر چهار سال حبس را درخواست کرده بودند.",
    ),
    "ar_wire": _txt(
        "السجن ١٢ عاما لرئيس سابق لشركة إقراض رقمية",
        "وكالة الأنباء",
        "2024-05-16",
        "نيويورك - قضت محكمة فيدرالية في مانهاتن يوم الخميس ١٦ مايو ٢٠٢٤ بسجن الرئيس التنفيذي السابق لشركة"
        " إقراض للعملات المشفرة ١٢ عاما. وأصدر القاضي الحكم وأمر بمصادرة نحو ٤٨ مليون دولار. وكانت هيئة"
        " محلفين قد أدانته في ٣ أكتوبر ٢٠٢٣. وقال المدعي العام إن الحكم سيمنع المتهم من الاحتيال مجددا.",
    ),
}


def test_a_sentencing_in_three_languages_is_one_event_and_raises_nothing(tmp_path):
    """«الحكم» of a court is its ruling, not a match's referee; the defence's «حداکثر چهار سال …
    را درخواست کرده بودند» (the verb last) is asked for; «منهتن» is Manhattan; «أدانته» and
    «مجرم شناخته بود» tell of the conviction, which all three date alike."""
    report = txt_report(tmp_path, **_SENTENCE)
    assert not [f for f in report["findings"] if f["type"] in ("conflict", "inconsistency")]
    events = {e["date"]: sorted(e["articles"]) for e in report["events"]}
    assert events.get("2024-05-16") == ["ar_wire", "en_wire", "fa_isna"]
    assert events.get("2023-10-03") == ["ar_wire", "en_wire", "fa_isna"]


def test_a_forfeiture_changed_in_one_report_conflicts(tmp_path):
    """ "ordered him to forfeit about $48 million", «بمصادرة نحو ٤٨ مليون دولار»: one penalty."""
    moved = edited(_SENTENCE, "ar_wire", "بمصادرة نحو ٤٨ مليون", "بمصادرة نحو ٦٣ مليون")
    report = txt_report(tmp_path, **moved)
    clashes = [f for f in report["findings"] if f["code"] == "CF03"]
    assert len(clashes) == 1 and "penalty" in clashes[0]["message"]


_LOAN = {
    "en_wire": _txt(
        "IMF approves $3 billion loan for Pakistan",
        "Markets Wire",
        "2023-07-12",
        "WASHINGTON, July 12 - The IMF board on Wednesday approved a $3 billion loan for Pakistan. Pakistani"
        " Finance Minister Ishaq Dar welcomed the decision.",
    ),
    "ar_news": _txt(
        "صندوق النقد يوافق على قرض لباكستان",
        "سكاي نيوز عربية",
        "2023-07-13",
        "وافق صندوق النقد الدولي على قرض بقيمة ٣ مليارات دولار لباكستان. وأشاد رئيس الوزراء بجهود وزير المالية"
        " الباكستاني إسحاق دار وفريقه.",
    ),
}


def test_and_his_team_is_no_part_of_a_name(tmp_path):
    """«وزير المالية الباكستاني إسحاق دار وفريقه»: the finance minister and his team, one minister."""
    report = txt_report(tmp_path, **_LOAN)
    assert not [f for f in report["findings"] if f["code"] == "CF01"]
    assert [f for f in report["findings"] if f["code"] == "AG01" and "Ishaq Dar" in f["message"]]


def test_a_nationality_that_modifies_a_thing_counts_no_people(tmp_path):
    """ "242 people aboard the Indian jet": all aboard, not Indians; "169 of the passengers were
    Indian nationals": Indians."""
    text = _txt(
        "t",
        "Wire",
        "2025-06-13",
        "The plane crashed on Thursday with 242 people aboard the Indian jet. The airline said 169 of the"
        " passengers were Indian nationals and 53 British.",
    )
    parts = by_figure(frames_of(tmp_path, "en.txt", text), "aboard", lambda f: f.qualifiers.get("population"))
    assert parts == {242: None, 169: "nationals:IN", 53: "nationals:GB"}
