"""Who of those aboard a count is, when a report breaks a total down.

- «وكان على متنها ١٨١ شخصاً، هم ١٧٥ راكباً و٦ من أفراد الطاقم، قُتل منهم ١٧٩»: the dead are the
  179 right after «قُتل منهم» ("of them were killed"), not the six crew before the comma. A word
  whose own clause gives a figure right after it is that figure's (``extract.frames``: a clause mark
  between a figure and a word after it counts against them, as between a word and a figure after
  it, when the word has a figure of its own). The 181 and the six stay those aboard.
- «۱۹ نفر روی زمین», "19 on the ground", «١٩ شخصاً على الأرض»: those killed where a plane came
  down are a part apart (population ``on_ground`` in ``rules/predicates``), never a count of
  those aboard: they do not conflict with the 242 aboard.

The articles are written for the test, in our own words, from the reporting on the Jeju Air crash
at Muan in December 2024 and on the Air India crash at Ahmedabad in June 2025.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of, md, subfolder


def _figures(frames, predicate: str) -> set[float]:
    return {f.value["low"] for f in frames if f.predicate == predicate}


def test_the_figure_after_of_them_killed_is_the_toll(tmp_path):
    frames = frames_of(
        tmp_path,
        "ar_muan.txt",
        " date 2024-12-30\nتحطم طائرة في موان\nوانحرفت طائرة شركة جيجو إير عن المدرج في مطار موان الدولي"
        " بكوريا الجنوبية صباح الأحد. وكان على متنها ١٨١ شخصاً، هم ١٧٥ راكباً و٦ من أفراد الطاقم، قُتل"
        " منهم ١٧٩.",
    )
    assert _figures(frames, "killed") == {179}
    assert {181, 6} <= _figures(frames, "aboard")


_CRASH = {
    "fa.md": md(
        "fa",
        "2025-07-12",
        "هواپیمای بوئینگ ۷۸۷ شرکت ایر ایندیا روز پنجشنبه ۱۲ ژوئن اندکی پس از برخاستن از فرودگاه احمدآباد"
        " روی ساختمان خوابگاه یک دانشکده پزشکی سقوط کرد. در این سانحه ۲۶۰ نفر جان باختند: ۲۴۱ نفر از ۲۴۲"
        " سرنشین و ۱۹ نفر روی زمین.",
    ),
    "en.md": md(
        "en",
        "2025-06-13",
        "An Air India Boeing 787 bound for London crashed into a medical college hostel in Ahmedabad"
        " shortly after take-off on Thursday, June 12. There were 242 people aboard the plane, and one"
        " passenger survived.",
    ),
}


def test_those_killed_on_the_ground_are_no_count_of_those_aboard(tmp_path):
    aboard = [f for f in conflicts_of(tmp_path, _CRASH) if f["key"].startswith("aboard")]
    assert not aboard, aboard
    frames = frames_of(subfolder(tmp_path, "fa"), "fa.md", _CRASH["fa.md"])
    ground = [f for f in frames if f.value.get("low") == 19]
    assert [f.qualifiers.get("population") for f in ground] == ["on_ground"]


def test_on_the_ground_reaches_past_the_counts_noun_but_not_past_another_figure(tmp_path):
    # ("19 people on the ground": the phrase begins right after the count's noun and ends further
    # on; «153 قتيلا بينهم 26 أجنبيا»: the foreigners are the 26, not the 153)
    en = frames_of(
        subfolder(tmp_path, "en"),
        "en.md",
        md(
            "en",
            "2025-06-13",
            "The plane crashed into a hostel in Ahmedabad. The crash killed 19 people on the ground.",
        ),
    )
    assert [f.qualifiers.get("population") for f in en if f.value.get("low") == 19] == ["on_ground"]
    ar = frames_of(
        subfolder(tmp_path, "ar"),
        "ar.md",
        md("ar", "2022-10-30", "ارتفاع حصيلة التدافع في سيول إلى 153 قتيلا بينهم 26 أجنبيا."),
    )
    assert [f.qualifiers.get("population") for f in ar if f.value.get("low") == 153] == [None]
