"""A count of a people (a nationality, foreigners) is a part of a toll by who its people are, not
by where: the other nationalities of its list, its own country and the occasion's own place are no
scope of it, so three reports of one list compare item by item.

Articles written for these tests from real reporting, in our own words: Ukraine International
Airlines flight PS752, shot down after take-off from Tehran on 8 January 2020 with 176 people on
board, among them 82 Iranians, 63 Canadians and 11 Ukrainians (figures of Ukraine's foreign
minister that day).
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, frames_of, md, subfolder

_STORY = {
    "en.md": md(
        "en",
        "2020-01-08",
        "TEHRAN, Jan 8 — A Ukrainian airliner crashed shortly after take-off from Tehran's Imam Khomeini"
        " airport on Wednesday, killing all 176 people on board. Among the dead were 82 Iranians,"
        " 63 Canadians and 11 Ukrainians, Ukraine's foreign minister said.",
    ),
    "ar.md": md(
        "ar",
        "2020-01-08",
        "طهران - تحطمت طائرة ركاب أوكرانية بعد إقلاعها من مطار الإمام الخميني في طهران صباح الأربعاء،"
        " ما أدى إلى مقتل جميع ركابها الـ176. وقال وزير الخارجية الأوكراني إن بين القتلى 82 إيرانيا"
        " و63 كنديا و11 أوكرانيا.",
    ),
    "fa.md": md(
        "fa",
        "2020-01-08",
        "هواپیمای مسافربری اوکراینی صبح چهارشنبه پس از برخاستن از فرودگاه امام خمینی تهران سقوط کرد و"
        " همه ۱۷۶ سرنشین آن جان باختند. به گفته وزیر خارجه اوکراین، ۸۲ ایرانی، ۶۳ کانادایی و ۱۱ اوکراینی"
        " در میان جان‌باختگان هستند.",
    ),
}


def _iranians(tmp_path, name: str) -> list:
    return [
        f for f in frames_of(tmp_path, name, _STORY[name]) if f.qualifiers.get("population") == "nationals:IR"
    ]


def test_a_count_of_a_people_has_no_scope_of_its_list_or_its_country(tmp_path):
    for name in _STORY:
        found = _iranians(tmp_path, name)
        assert found, name
        assert all("scope" not in f.qualifiers for f in found), (name, [f.qualifiers for f in found])


def test_reports_of_one_list_agree_and_a_changed_item_conflicts(tmp_path):
    assert not [f for f in conflicts_of(subfolder(tmp_path, "same"), _STORY) if "82" in str(f["values"])]
    changed = edited(_STORY, "fa.md", "۸۲ ایرانی", "۹۰ ایرانی")
    found = [f for f in conflicts_of(subfolder(tmp_path, "changed"), changed) if "۹۰" in str(f["values"])]
    assert found, "a changed count of Iranians is not set against the other reports' 82"
    quoted = {ev["text"] for v in found[0]["values"] for ev in v["evidence"]}
    assert any("82" in t for t in quoted)
