"""Two reports that place one occasion in places the gazetteer lacks, whose names one report cut
short («ولاية ريو …» against «ایالت ریو گرانده …»): known by the sound of their names only, a
conflict between them is possible, not certain (a warning that says so). A name whose first word
opens foreign names («ريو», rules/places ``name_openers``) is no longer cut short, so the test
reads the cut with rules that lack that word. The floods in the Brazilian state of Rio Grande do
Sul, May 2024; sentences written for this test, in our own words. The gazetteer now names that
state in Persian and Arabic: the test reads it with rules whose gazetteer lacks it, as it lacks
many a district."""

from __future__ import annotations

import shutil
from pathlib import Path

from checker.pipeline import check
from checker.rules import Rules
from tests.helpers import md

_FLOOD = {
    "ar.md": md(
        "ar",
        "2024-05-10",
        "أعلن الدفاع المدني في ولاية ريو غراندي دو سول بجنوب البرازيل اليوم الجمعة ارتفاع عدد ضحايا"
        " الفيضانات إلى 113 قتيلا.",
    ),
    "fa.md": md(
        "fa",
        "2024-05-10",
        "دفاع مدنی ایالت ریو گرانده دو سول در جنوب برزیل روز جمعه اعلام کرد شمار کشته‌های سیل به ۱۱۳ نفر"
        " رسیده است.",
    ),
}


def _without(root: Path, place: str) -> Rules:
    """The project's rules, with no Persian or Arabic name of ``place``."""
    shutil.copytree(Path(__file__).parent.parent / "rules", root)
    for lang in ("fa", "ar"):
        path = root / "places" / f"{lang}.yaml"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text(
            "".join(x for x in lines if not x.lstrip().startswith(f'"{place}"')), encoding="utf-8"
        )
    return Rules(root)


def _cf05(tmp_path: Path, story: dict[str, str], place: str, openers: bool = True) -> list[dict]:
    (tmp_path / "story").mkdir()
    for name, text in story.items():
        (tmp_path / "story" / name).write_text(text, encoding="utf-8")
    rules = _without(tmp_path / "rules", place)
    if not openers:
        # (as though «ريو» opened no foreign names: the Arabic name is then cut short)
        path = tmp_path / "rules" / "places" / "ar.yaml"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(x for x in lines if not x.startswith("name_openers:")), encoding="utf-8")
        rules = Rules(tmp_path / "rules")
    return [f for f in check([tmp_path / "story"], rules=rules).report["findings"] if f["code"] == "CF05"]


def test_an_unlisted_place_cut_short_is_at_most_a_possible_conflict(tmp_path):
    found = _cf05(tmp_path, _FLOOD, "BR-RS", openers=False)
    assert found and all(
        f["severity"] == "warning" and "not in the gazetteer" in f["explanation"] for f in found
    )


def test_a_foreign_name_opened_by_rio_is_not_cut_short(tmp_path):
    assert not _cf05(tmp_path, _FLOOD, "BR-RS")
