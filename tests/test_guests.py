"""The guests at an occasion are its crowd: "about 4,500 guests", «نحو 4500 ضيف» and «حدود ۴۵۰۰
مهمان» are one count of one funeral, compared across reports.

Articles written for these tests from real reporting, in our own words: Nelson Mandela's state
funeral and burial at Qunu, Eastern Cape, on Sunday 15 December 2013, attended by about 4,500 guests.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, frames_of, md, subfolder

_STORY = {
    "en.md": md(
        "en",
        "2013-12-15",
        "QUNU, Dec 15 — Nelson Mandela was laid to rest in his childhood village of Qunu on Sunday after a"
        " state funeral attended by about 4,500 guests, among them Prince Charles and Oprah Winfrey.",
    ),
    "ar.md": md(
        "ar",
        "2013-12-15",
        "كونو - شيع جثمان الزعيم الجنوب أفريقي الراحل نيلسون مانديلا اليوم الأحد إلى مثواه الأخير في قرية"
        " كونو، في جنازة رسمية حضرها نحو 4500 ضيف.",
    ),
    "fa.md": md(
        "fa",
        "2013-12-15",
        "مراسم تشییع و تدفین نلسون ماندلا روز یکشنبه در روستای کونو با حضور حدود ۴۵۰۰ مهمان برگزار شد.",
    ),
}


def test_guests_are_the_crowd_of_the_occasion(tmp_path):
    for name, text in _STORY.items():
        crowd = [f for f in frames_of(tmp_path, name, text) if f.predicate == "attendance"]
        assert [f.value["unit"] for f in crowd] == ["guest"], name
        assert (
            crowd[0].subject.get("kind") == "event" and crowd[0].value["low"] < 4500 < crowd[0].value["high"]
        )


def test_a_changed_count_of_guests_conflicts(tmp_path):
    assert not conflicts_of(subfolder(tmp_path, "same"), _STORY)
    changed = edited(_STORY, "fa.md", "حدود ۴۵۰۰ مهمان", "۳۰۰۰ مهمان")
    found = [f for f in conflicts_of(subfolder(tmp_path, "changed"), changed) if "۳۰۰۰" in str(f["values"])]
    assert found and found[0]["key"].startswith("attendance@")
