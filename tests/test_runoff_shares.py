"""Each candidate's share in a runoff, told three ways: the winner "beating" a described rival,
a surname written in two words («قلیچدار اوغلو»), and a Persian report of «دور دوم» that is the
report's own round. (The rival's share «مقابل» the winner's stays a figure compared with: read as
the rival's, a short name fragment keyed it to the wrong candidate in a Taiwanese story.)"""

from __future__ import annotations

import pytest

from checker.normalize.keys import name_tokens
from tests.helpers import conflicts_coded, edited, md, subfolder

_RUNOFF = {
    "en.md": md(
        "en",
        "2023-05-29",
        "ANKARA, May 29 - Tayyip Erdogan won Turkey's presidential runoff on Sunday after beating opposition"
        " challenger Kemal Kilicdaroglu with 52.18% of the vote, according to official results.\n\n"
        "Kilicdaroglu, the candidate of a six-party alliance, took 47.82%, the election council said."
        " Turnout was 84.15%.",
    ),
    "fa.md": md(
        "fa",
        "2023-05-29",
        "رجب طیب اردوغان روز یکشنبه ۷ خرداد در دور دوم انتخابات ریاست جمهوری ترکیه با کسب ۵۲.۱۸ درصد"
        " آرا بر کمال قلیچدار اوغلو پیروز شد. قلیچدار اوغلو ۴۷.۸۲ درصد آرا را به دست آورد. میزان مشارکت"
        " ۸۴.۱۵ درصد بود.",
    ),
    "ar.md": md(
        "ar",
        "2023-05-29",
        "فاز رجب طيب أردوغان يوم الأحد بجولة الإعادة في الانتخابات الرئاسية التركية، بعد حصوله على 52.18"
        " بالمئة من الأصوات مقابل 47.82 بالمئة لمنافسه مرشح المعارضة كمال كليتشدار أوغلو. وبلغت نسبة"
        " المشاركة 84.15 بالمئة.",
    ),
}


def test_a_runoff_told_three_ways_has_no_conflict(tmp_path):
    assert conflicts_coded(tmp_path, _RUNOFF, "CF03") == []


@pytest.mark.parametrize(
    ("name", "old", "new", "value"),
    [
        ("fa.md", "۵۲.۱۸ درصد", "۵۱.۱۸ درصد", "51.18"),  # the winner's, told in «دور دوم»
        ("en.md", "with 52.18%", "with 53.18%", "53.18"),  # the winner's, after "beating" the rival
        ("fa.md", "اوغلو ۴۷.۸۲ درصد", "اوغلو ۴۶.۸۲ درصد", "46.82"),  # the rival's, a surname in two words
        ("en.md", "took 47.82%", "took 48.82%", "48.82"),  # the rival's, past "a six-party alliance"
    ],
)
def test_a_changed_share_conflicts(tmp_path, name, old, new, value):
    found = conflicts_coded(subfolder(tmp_path, "x"), edited(_RUNOFF, name, old, new), "CF03")
    assert [f for f in found if "votes" in f["message"] and value in f["message"]], [
        f["message"] for f in found
    ]


def test_a_surname_written_in_two_words_is_one():
    assert name_tokens("کمال قلیچدار اوغلو")[-1] == "قلیجداراوجلو"
    assert len(name_tokens("محمود احمدی نژاد")) == 2


def test_a_names_years_old_is_an_age_not_a_span(tmp_path):
    # («اردوغان ۶۹ ساله از سال ۲۰۰۳ … حکومت کرده است»: 69 years old, not 69 years since 2003)
    from tests.helpers import frames_of, problems_of

    fa = md(
        "fa",
        "2023-05-29",
        "رجب طیب اردوغان رئیس جمهور ترکیه است. اردوغان ۶۹ ساله از سال ۲۰۰۳ ابتدا به عنوان نخست وزیر و سپس"
        " رئیس جمهور بر ترکیه حکومت کرده است. پزشکیان ۲۰ سال نماینده مجلس بود.",
    )
    preds = {f.value.get("low"): f.predicate for f in frames_of(tmp_path, "fa.md", fa)}
    assert preds.get(69) == "age" and preds.get(20) != "age", preds
    assert not [p for p in problems_of(subfolder(tmp_path, "r"), {"fa.md": fa}) if p["code"] == "IN03"]
