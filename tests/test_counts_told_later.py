"""Counts and days found wrong by running eight new stories unchanged in session 46, as a user would
(a plane crash, an earthquake, a court's sentence, an election). The articles here are written for
the tests, in our own words, from the reporting on other events of the same kinds.

- A later report that tells the toll in the sentence of the crash and its day («سقط … يوم الجمعة …
  ما أسفر عن مقتل …») gives the toll as known when it was written, not that day's: an earlier
  report's lower "at least" is no conflict with it.
- «۹۷ نفر از ۹۹ سرنشین»: the whole after a part and «از» is who was aboard, not the dead.
- An aftershock's magnitude («پس‌لرزه‌ای به بزرگی ۵٫۱») is not the quake's.
- "The death toll from the earthquake that struck … on Friday rose to 1,000 on Sunday": Friday, in
  the relative clause on the quake, dates the quake.
- A report that itself gives two values ("the USGS put it at 6.8, the national institute at 7")
  tells of a split it knows of: a warning, not an error.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of, main_of, md

_CRASH = {
    "en.md": md(
        "en",
        "2018-05-18",
        "HAVANA, May 18 - A Cuban airliner carrying 113 people crashed shortly after take-off from"
        " Havana's airport on Friday, May 18. At least 40 bodies had been recovered by Friday evening,"
        " officials said, and the count was expected to rise.",
    ),
    "ar.md": md(
        "ar",
        "2018-06-20",
        "هافانا - سقطت طائرة الركاب الكوبية بعد إقلاعها من مطار هافانا يوم الجمعة ١٨ مايو/أيار، ما أسفر عن"
        " مقتل ١١٢ شخصاً من أصل ١١٣ كانوا على متنها، وفق ما أعلنته السلطات الكوبية يوم الأربعاء.",
    ),
}


def test_a_later_reports_toll_in_the_sentence_of_the_crash_day_is_its_own(tmp_path):
    assert not [f for f in conflicts_of(tmp_path, _CRASH) if f["code"] == "CF03"]


def test_the_whole_after_a_part_is_who_was_aboard(tmp_path):
    text = md(
        "fa",
        "2018-05-19",
        "هواپیمای مسافربری کوبا روز جمعه پس از برخاستن از فرودگاه هاوانا سقوط کرد و ۱۱۰ نفر از ۱۱۳ سرنشین آن"
        " کشته شدند.",
    )
    figures = {f.value["low"]: f.predicate for f in frames_of(tmp_path, "fa.md", text) if f.value.get("low")}
    assert figures[110] == "killed" and figures[113] == "aboard"


_QUAKE = {
    "en.md": md(
        "en",
        "2016-04-18",
        "QUITO, April 18 - The death toll from the earthquake that struck Ecuador's coast late on Saturday"
        " rose to 413 on Monday, the government said. The U.S. Geological Survey put its magnitude at 7.8.",
    ),
    "fa.md": md(
        "fa",
        "2016-04-18",
        "زلزله‌ای به بزرگی ۷٫۸ ریشتر شامگاه شنبه ۲۸ فروردین ۱۳۹۵ سواحل اکوادور را لرزاند. حدود یک ساعت پس از"
        " زمین‌لرزه اصلی، پس‌لرزه‌ای به بزرگی ۵٫۱ ریشتر نیز منطقه را لرزاند.",
    ),
}


def test_an_aftershocks_magnitude_is_not_the_quakes(tmp_path):
    assert not [f for f in conflicts_of(tmp_path, _QUAKE) if f["code"] == "CF03"]


def test_the_day_in_a_relative_clause_on_the_quake_dates_it(tmp_path):
    main = main_of(tmp_path, "en.md", _QUAKE["en.md"])
    assert (main.earliest, main.latest) == ("2016-04-16", "2016-04-16")


def test_a_split_one_report_gives_itself_is_a_warning(tmp_path):
    story = {
        "en.md": _QUAKE["en.md"],
        "ar.md": md(
            "ar",
            "2016-04-18",
            "كيتو - ضرب زلزال بقوة ٧٫٨ درجات ساحل الإكوادور مساء السبت ١٦ أبريل/نيسان. وقدّرت هيئة المسح"
            " الجيولوجي الأمريكية قوة الزلزال بـ٧٫٨ درجات، فيما قال معهد الجيوفيزياء في الإكوادور إن الزلزال"
            " كان بقوة ٧٫٤ درجات.",
        ),
    }
    magnitudes = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]
    assert magnitudes and all(f["severity"] == "warning" for f in magnitudes)
    assert "itself gives more than one" in magnitudes[0]["explanation"]


def test_two_indices_falls_are_two_facts(tmp_path):
    # (a guard: the clauses keep them apart already; the index concepts keep them apart wherever named)
    story = {
        "en.md": md(
            "en",
            "2024-08-05",
            "TOKYO, Aug 5 - The Nikkei share average closed down 12.4% on Monday, its worst day since 1987,"
            " while the broader Topix index slid 12.2%.",
        ),
        "ar.md": md(
            "ar",
            "2024-08-05",
            "طوكيو - أغلق مؤشر توبكس الأوسع نطاقاً يوم الاثنين ٥ أغسطس/آب منخفضاً بنسبة ١٢٫٢٪، فيما هوى مؤشر نيكاي"
            " بنسبة ١٢٫٤٪ في أسوأ يوم له منذ عام ١٩٨٧.",
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF03"]
