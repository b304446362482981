"""An occasion a later report only recalls, undated, joins the occasion the other reports tell.

A report of the homecoming recalls "the final played in Qatar", naming no day: it is the final the
match reports date and place at Lusail (``align.events._aside_fits``). An undated aside joins an
occasion only when every place it names is that occasion's (or holds it), or, naming no place,
when it shares a person; it never founds an occasion of its own. A sentence of two welcomes in two
towns ("Scholz met them at Cologne/Bonn airport, while Putin welcomed the others at Vnukovo") is not
Putin's welcome alone.

The articles are written for the test, in our own words, from the reporting on the World Cup final
of 18 December 2022 and the prisoner exchange of 1 August 2024.
"""

from __future__ import annotations

from tests.helpers import md, report_of, subfolder

_FINAL = {
    "en.md": md(
        "en",
        "2022-12-18",
        "LUSAIL, Qatar, Dec 18 - Argentina won the World Cup on Sunday, beating France 4-2 in a penalty"
        " shootout after a 3-3 draw at Lusail Stadium. Captain Lionel Messi scored twice in the final.",
    ),
    "fa.md": md(
        "fa",
        "2022-12-18",
        "آرژانتین روز یکشنبه در ورزشگاه لوسیل قطر در ضربات پنالتی فرانسه را شکست داد و قهرمان جام جهانی"
        " شد. لیونل مسی، کاپیتان آرژانتین، در این دیدار دو گل زد.",
    ),
    "ar.md": md(
        "ar",
        "2022-12-21",
        "بوينس آيرس - استقبل الرئيس ألبرتو فرنانديز يوم الثلاثاء في العاصمة المنتخب العائد بكأس العالم"
        " وسط حشود تقدر بالملايين. وكان رفاق القائد ليونيل ميسي قد تغلبوا على فرنسا بركلات الترجيح في النهائي الذي"
        " أقيم في قطر.",
        title="الرئيس الأرجنتيني يستقبل أبطال العالم في بوينس آيرس",
    ),
}


def _with(report: dict, article: str) -> list[set[str]]:
    return [set(e["articles"]) for e in report["events"] if article in e["articles"]]


def test_a_recalled_final_joins_the_final(tmp_path):
    events = _with(report_of(tmp_path, _FINAL), "en")
    assert any({"en", "fa", "ar"} <= e for e in events), events


def test_an_aside_placed_elsewhere_joins_nothing(tmp_path):
    story = dict(_FINAL)
    story["ar.md"] = story["ar.md"].replace("في النهائي الذي أقيم في قطر", "في النهائي الذي أقيم في كولونيا")
    report = report_of(subfolder(tmp_path, "m"), story)
    assert not any("ar" in e for e in _with(report, "en"))
