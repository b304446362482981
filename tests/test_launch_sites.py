"""A base is a facility: «از پایگاه فضایی سریهاریکوتا» names where a launch was from.

A space, air, naval or military base is read as a place the gazetteer need not list (``heads`` in
rules/places/fa.yaml), so reports that put one launch at two bases conflict (CF05), and reports
that agree stay quiet. (Not a bare «پایگاه»: «پایگاه خبری» is a news site.)

Found on the benchmark's Chandrayaan-3 story (session 49). The articles are written for the test,
in our own words, from the reporting on the launch of Aditya-L1 on 2 September 2023. (The active
«پرتاب کرد», "launched", is a launch's word too, rules/events/fa.yaml.)
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, md, subfolder

_LAUNCH = {
    "en.md": md(
        "en",
        "2023-09-02",
        "NEW DELHI - India launched its first solar observatory, Aditya-L1, on Saturday from the Satish"
        " Dhawan Space Centre at Sriharikota, the space agency said.",
    ),
    "fa.md": md(
        "fa",
        "2023-09-02",
        "هند نخستین رصدخانه خورشیدی خود با نام آدیتیا-ال۱ را روز شنبه ۱۱ شهریور ۱۴۰۲ از پایگاه فضایی"
        " سریهاریکوتا پرتاب کرد.",
    ),
}


def test_one_base_agrees(tmp_path):
    assert not [f for f in conflicts_of(tmp_path, _LAUNCH) if f["code"] == "CF05"]


def test_two_bases_conflict(tmp_path):
    story = edited(_LAUNCH, "fa.md", "پایگاه فضایی سریهاریکوتا", "پایگاه فضایی تومبا")
    found = conflicts_of(subfolder(tmp_path, "m"), story)
    assert any(f["code"] == "CF05" and "تومبا" in f["message"] for f in found)
