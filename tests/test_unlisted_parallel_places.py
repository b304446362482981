"""Two parallel sentences that place one fact at two places the gazetteer lacks, of one kind (two
rivers), neither named anywhere in the other's report: a possible conflict (CF05, warning). Not the
occasion's own place, which its key compares. A ferry that sank on the Buriganga in Dhaka, 29 June
2020; sentences written for this test, in our own words."""

from __future__ import annotations

from tests.helpers import edited, md, report_of

_FERRY = {
    "en.md": md(
        "en",
        "2020-06-30",
        "DHAKA — A ferry carrying about 50 passengers capsized in the Buriganga River in Dhaka on Monday"
        " after it was hit by a larger vessel, killing at least 32 people. On Tuesday divers recovered"
        " 12 more bodies from the Dhaleshwari River, downstream from the city.",
    ),
    "fa.md": md(
        "fa",
        "2020-06-30",
        "یک کشتی مسافربری با حدود ۵۰ مسافر روز دوشنبه پس از برخورد با یک کشتی بزرگ‌تر در رودخانه بوریگانگا"
        " در داکا واژگون شد و دست‌کم ۳۲ نفر جان باختند. غواصان روز سه‌شنبه ۱۲ جسد جدید را از رودخانه"
        " دالشواری در پایین‌دست شهر بیرون کشیدند.",
    ),
}


def _parallel_places(report) -> list[dict]:
    return [f for f in report["findings"] if f["code"] == "CF05" and ":parallel:" in f["key"]]


def test_one_river_in_both_reports_raises_nothing(tmp_path):
    assert _parallel_places(report_of(tmp_path, _FERRY)) == []


def test_another_river_in_one_report_is_a_possible_conflict(tmp_path):
    changed = edited(_FERRY, "fa.md", "رودخانه دالشواری", "رودخانه شیتالاکشیا")
    [f] = _parallel_places(report_of(tmp_path, changed))
    assert f["severity"] == "warning"
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {"Dhaleshwari", "شیتالاکشیا"}


def test_a_river_the_other_report_names_too_is_no_conflict(tmp_path):
    # (the English report names the other river elsewhere: the sentences may tell of either)
    changed = edited(_FERRY, "fa.md", "رودخانه دالشواری", "رودخانه شیتالاکشیا")
    changed = edited(
        changed, "en.md", "from the city.", "from the city. Boats also searched the Shitalakshya River."
    )
    assert _parallel_places(report_of(tmp_path, changed)) == []
