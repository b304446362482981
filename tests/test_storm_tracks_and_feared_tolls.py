"""A storm that crosses borders is placed in every country a report names as hit (findings/frames
``_told_in``; the probe ``benchmarks/probes/cyclone_idai_2019``, written unseen, raised the
conflict), and a toll a leader fears is a forecast, not a count (rules/predicates ``forecasts``).

Written for the test, in our own words, from the reporting on Cyclone Idai, which made landfall
near Beira, Mozambique, on the night of 14 March 2019 and went on to flood eastern Zimbabwe, after
rains that had already killed 56 people in Malawi. On 18 March Mozambique's president said more
than 1,000 people might have died; the confirmed toll was 84.
"""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check
from tests.helpers import frames_of, md

_IDAI = {
    "en.md": md(
        "en",
        "2019-03-19",
        "MAPUTO — Cyclone Idai struck the port city of Beira on the night of Thursday, March 14, 2019,"
        " flattening homes and cutting power to the city.\n\n"
        "In Zimbabwe, flash floods killed at least 98 people in Manicaland province. In"
        " Malawi, floods before the storm killed 56 people.\n\n"
        "Mozambique's President Filipe Nyusi said on Monday that more than 1,000 people may have died."
        " The confirmed toll stood at 84 on Tuesday.",
    ),
    "ar.md": md(
        "ar",
        "2019-03-19",
        "ضرب الإعصار إيداي موزمبيق ليل الخميس 14 مارس 2019، وأعلنت السلطات مقتل 84 شخصا على الأقل حتى"
        " الثلاثاء.\n\n"
        "وقدر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية عدد من كانوا في مسار الإعصار بنحو 1.7 مليون"
        " شخص، إضافة إلى نحو 920 ألفا تضرروا في ملاوي.",
    ),
}


_PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "probes" / "cyclone_idai_2019"


def _place_conflicts(folder: Path) -> list[dict]:
    return [f for f in check(sorted(folder.iterdir())).report["findings"] if f["code"] == "CF05"]


def test_a_storm_is_placed_in_every_country_a_report_names_as_hit():
    # (the Arabic report tells of Mozambique and names Malawi's and Zimbabwe's people in other
    # sentences; the English ones tell of Beira, Manicaland and Malawi)
    assert not _place_conflicts(_PROBE)


def test_a_feared_toll_is_no_count_of_the_dead(tmp_path):
    # ("more than 1,000 people may have died", Mozambique's president's fear, against the 293 counted)
    killed = [f for f in check(sorted(_PROBE.iterdir())).report["findings"] if f["key"].startswith("killed")]
    assert not [f for f in killed if f["type"] == "conflict"]
    # (and in a text written for the test: the feared figure is a forecast, the counted one a toll)
    feared = [f for f in frames_of(tmp_path, "en.md", _IDAI["en.md"]) if f.value.get("low") == 1000]
    assert feared and all(f.qualifiers.get("requested") == "forecast" for f in feared)
