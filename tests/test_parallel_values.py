"""Parallel sentences that differ on one date or one figure alone, where no frame of both says what
it is of: a possible conflict by the sentences (``align.parallel._value_pair``). Spain's Euro 2024
final, 14 July 2024; sentences written for this test, in our own words."""

from __future__ import annotations

import pytest

from checker.align.parallel import _atom_of, _value_pair, _Values
from checker.model import Claim
from tests.helpers import edited, md, report_of, subfolder

_FINAL = {
    "en.md": md(
        "en",
        "2024-07-15",
        "BERLIN — Spain beat England 2-1 in the final of Euro 2024 at the Olympiastadion in Berlin on"
        " Sunday, with Mikel Oyarzabal scoring the winner in the 86th minute.\n\nSpain, coached by Luis"
        " de la Fuente, add the trophy to the European titles they won in 1964, 2008 and 2012, and are"
        " now the only country to have won it four times.",
    ),
    "fa.md": md(
        "fa",
        "2024-07-15",
        "تیم ملی فوتبال اسپانیا شامگاه یکشنبه ۲۴ تیر ۱۴۰۳ در فینال یورو ۲۰۲۴ در ورزشگاه المپیک برلین با"
        " نتیجه ۲ بر ۱ انگلیس را شکست داد و میکل اویارسابال در دقیقه ۸۶ گل پیروزی را زد.\n\nاسپانیا با"
        " هدایت لوئیس د لا فوئنته پیش از این در سال‌های ۱۹۶۴، ۲۰۰۸ و ۲۰۱۲ قهرمان اروپا شده بود و اکنون"
        " تنها کشوری است که چهار بار این جام را برده است.",
    ),
}


def _parallel(report) -> list[dict]:
    return [f for f in report["findings"] if f["key"].startswith("parallel:")]


def test_the_reports_as_written_raise_nothing(tmp_path):
    assert _parallel(report_of(tmp_path, _FINAL)) == []


def test_a_year_changed_in_one_report_is_a_possible_conflict(tmp_path):
    changed = edited(_FINAL, "fa.md", "۱۹۶۴، ۲۰۰۸ و", "۱۹۶۴، ۲۰۱۰ و")
    [f] = _parallel(report_of(subfolder(tmp_path, "changed"), changed))
    assert (f["code"], f["severity"]) == ("CF02", "warning")
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {"2008", "۲۰۱۰"}


def test_a_day_counted_from_the_publication_differs_by_no_value(tmp_path):
    # (two reports filed either side of midnight, each telling of "today": counted from their own
    # publications the days differ, which the words do not say)
    today = {
        "en.md": md(
            "en",
            "2024-07-14",
            "Spain beat England 2-1 in the final of Euro 2024 at the Olympiastadion in Berlin today,"
            " with Mikel Oyarzabal scoring the winner in the 86th minute.",
        ),
        "fa.md": md(
            "fa",
            "2024-07-15",
            "تیم ملی فوتبال اسپانیا امروز در فینال یورو ۲۰۲۴ در ورزشگاه المپیک برلین با نتیجه ۲ بر ۱ انگلیس"
            " را شکست داد و میکل اویارسابال در دقیقه ۸۶ گل پیروزی را زد.",
        ),
    }
    assert _parallel(report_of(tmp_path, today)) == []


def test_a_sentence_of_another_story_pairs_no_value(tmp_path):
    # (a report of another final that recalls the same years is no report of this one)
    other = {
        **_FINAL,
        "other.md": md(
            "en",
            "2021-07-12",
            "LONDON — Italy beat England on penalties in the final of Euro 2020 at Wembley on Sunday."
            " Spain, who won the European titles in 1964, 2008 and 2010, went out in the semi-finals.",
        ),
    }
    assert _parallel(report_of(tmp_path, other)) == []


def _date(article: str, iso: str, relative: bool = False, flags: tuple[str, ...] = ()) -> Claim:
    value = {"earliest": iso, "latest": iso, "iso": iso, "precision": "day", "calendar": "gregorian"}
    if relative:
        value["relative"] = {"relation": "today", "resolved": True, "anchor": iso}
    return Claim(
        f"{article}:date:0-5", article, "date", "date", value, "x", 0, 5, (0, 9), "date.en.day", flags
    )


_SHARED = ("v", "86")  # a figure both sentences give
_NO_FRAMES = _Values({}, frozenset(), {})


@pytest.mark.parametrize(
    ("c", "d", "paired"),
    [
        (_date("a", "2024-07-14"), _date("b", "2024-07-15"), True),
        # (counted from each report's own publication: "today" and «امروز»)
        (_date("a", "2024-07-14", relative=True), _date("b", "2024-07-15", relative=True), False),
        # ("BERLIN, July 15 —": when the dispatch was filed)
        (_date("a", "2024-07-14", flags=("dateline",)), _date("b", "2024-07-15"), False),
    ],
)
def test_which_days_differ_by_the_sentences_alone(c, d, paired):
    a = {_atom_of(c), _SHARED}
    b = {_atom_of(d), _SHARED}
    assert (_value_pair([c], [d], a, b, _NO_FRAMES) is not None) is paired


# Two reports of one trade deal whose sentences share one figure alone (and differ on a month) and
# name different people in one role that several hold at once (a vice premier): a possible conflict
# by the sentences.
_SOYBEANS = {
    "en.md": md(
        "en",
        "2025-11-01",
        "WASHINGTON — The United States and China reached a trade truce on Thursday after talks in Busan."
        " Chinese Vice Premier Ding Xuexiang said Beijing would buy 12 million tonnes of US soybeans, its first"
        " purchases since May.",
    ),
    "ar.md": md(
        "ar",
        "2025-11-01",
        "توصلت الولايات المتحدة والصين إلى هدنة تجارية يوم الخميس بعد محادثات في بوسان. وقال نائب رئيس"
        " الوزراء الصيني دينغ شيويه شيانغ إن بلاده ستشتري 12 مليون طن من فول الصويا الأميركي، في أول صفقة"
        " منذ يونيو.",
    ),
}


def test_another_person_in_a_sentence_sharing_one_figure_is_a_possible_conflict(tmp_path):
    changed = edited(_SOYBEANS, "ar.md", "دينغ شيويه شيانغ", "تشانغ قوه تشينغ")
    found = [f for f in report_of(tmp_path, changed)["findings"] if f["code"] == "CF01"]
    assert [f for f in found if f["severity"] == "warning" and "parallel" in f["key"]], [
        f["message"] for f in found
    ]


# Ireland's abortion referendum of 25 May 2018, one sentence each: the figure both give may also
# differ by a bound that leaves it out.
_REFERENDUM = {
    "en.md": md(
        "en",
        "2018-05-27",
        "DUBLIN — Irish voters backed repealing the Eighth Amendment by 66.4% in a referendum on Friday,"
        " May 25, 2018, the Referendum Commission said on Saturday. Turnout was 64.1%"
        " of an electorate of 3.37 million, the third-highest for a referendum in the state.",
    ),
    "ar.md": md(
        "ar",
        "2018-05-27",
        "أعلنت لجنة الاستفتاء الإيرلندية يوم السبت أن الناخبين أيدوا بنسبة 66.4 في المئة إلغاء التعديل الثامن"
        " من الدستور في استفتاء جرى يوم الجمعة 25 مايو 2018. وبلغت نسبة"
        " المشاركة 64.1 في المئة من أصل 3.37 مليون ناخب مسجل.",
    ),
}


@pytest.mark.parametrize(
    ("written", "conflict"),
    [
        ("3.37 million", False),
        ("fewer than 3.37 million", True),  # (leaves 3.37 million out)
        ("more than 3.37 million", True),
        ("at least 3.37 million", False),  # (holds it)
        ("about 3.37 million", False),
    ],
)
def test_a_bound_that_leaves_the_other_reports_figure_out_is_a_conflict(tmp_path, written, conflict):
    # (the electorate is keyed since registered voters are a predicate of their own: the finding is
    # the keyed one, no longer a parallel sentences' possible conflict)
    changed = edited(_REFERENDUM, "en.md", "3.37 million", written)
    found = [f for f in report_of(tmp_path, changed)["findings"] if f["type"] == "conflict"]
    assert bool(found) is conflict, [f["message"] for f in found]
    if conflict:
        [f] = found
        assert f["code"] == "CF03" and "registered voters" in f["message"]
        assert {e["text"] for v in f["values"] for e in v["evidence"]} == {written, "3.37 مليون"}
