"""Session 64: a short mutiny "on June 23-24" (English), «۲ و ۳ تیر» (Persian) and «يومي 23 و24
يونيو» (Arabic) had been read as one day each, the first in English and the last in the others: a
false conflict of dates in probe batch 14 (scored unseen first). A day written before or after a
date's own day, in its month, widens the date to both days."""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, md, subfolder


def _spans(folder, lang: str, text: str) -> list[tuple[str, str, str]]:
    x = extraction_of(folder, f"{lang}.md", md(lang, "2023-08-24", text))
    return [(c.text, c.value["earliest"], c.value["latest"]) for c in x.claims if c.type == "date"]


def test_two_days_of_one_month_span_both(tmp_path):
    assert _spans(subfolder(tmp_path, "en"), "en", "It came two months after the mutiny of June 23-24.") == [
        ("June 23-24", "2023-06-23", "2023-06-24")
    ]
    fa = _spans(subfolder(tmp_path, "fa"), "fa", "این حادثه دو ماه پس از شورش ۲ و ۳ تیر رخ داد.")
    assert fa == [("۲ و ۳ تیر", "2023-06-23", "2023-06-24")]
    ar = _spans(subfolder(tmp_path, "ar"), "ar", "وجاء بعد شهرين من التمرد يومي 23 و24 يونيو الماضيين.")
    assert ar == [("23 و24 يونيو", "2023-06-23", "2023-06-24")]


def test_a_day_of_the_date_before_is_that_date_s(tmp_path):
    """ "postponed on Jan. 6 and Jan. 13": two days, not a week from the 6th to the 13th."""
    got = _spans(tmp_path, "en", "The verdict was postponed on Jan. 6 and Jan. 13, his lawyers said.")
    assert [(a[5:], b[5:]) for _, a, b in got] == [("01-06", "01-06"), ("01-13", "01-13")]


def test_reports_of_the_two_days_agree_and_a_third_day_conflicts(tmp_path):
    en = (
        "MOSCOW — The business jet crashed on Wednesday, Aug. 23, exactly two months after Wagner's "
        "mutiny on June 23-24, when its fighters marched on Moscow."
    )
    fa = (
        "مسکو - این جت روز چهارشنبه ۱ شهریور سقوط کرد؛ درست دو ماه پس از شورش واگنر در ۲ و ۳ تیر که "
        "نیروهایش به سوی مسکو حرکت کردند."
    )
    story = {"en.md": md("en", "2023-08-24", en), "fa.md": md("fa", "2023-08-24", fa)}
    assert not [f for f in conflicts_of(subfolder(tmp_path, "same"), story) if "06-2" in f["message"]]
    changed = dict(story, **{"en.md": story["en.md"].replace("June 23-24", "June 26-27")})
    found = conflicts_of(subfolder(tmp_path, "changed"), changed)
    assert any("06-2" in f["message"] for f in found), [f["message"] for f in found]


def test_a_persian_verb_after_a_head_noun_is_no_town(tmp_path):
    """«از میان شهر می‌گذرد» ("runs through the city"): «می‌گذرد» had been read as a town the
    gazetteer lacks, named after «شهر», and raised a false conflict of the floods' place in probe
    batch 14 (rules/morphology ``verb_prefixes``)."""
    text = "دو سد واقع در وادی درنه، بستر رودخانه‌ای که از میان شهر می‌گذرد، فرو ریختند."
    x = extraction_of(tmp_path, "fa.md", md("fa", "2023-09-12", text))
    assert not [c.text for c in x.claims if c.type == "place" and "گذرد" in c.text]


def test_night_in_arabic_is_no_lille(tmp_path):
    """«وفي ليل اليوم نفسه» ("that same night") had named Lille as the floods' place."""
    text = "ضربت العاصفة شرق ليبيا يوم الأحد، وفي ليل اليوم نفسه انهار سدّا وادي درنة."
    x = extraction_of(tmp_path, "ar.md", md("ar", "2023-09-12", text))
    assert not [c.text for c in x.claims if c.type == "place" and c.text == "ليل"]
