"""A referendum's share in a region, however the sentence gives the region and the side.

- A relative clause tells of the place before its comma: «وفي أيرلندا الشمالية، التي صوت ٥٥٫٨ في
  المئة من ناخبيها للبقاء» is Northern Ireland's share (frames ``_regional``).
- «للبقاء» is «البقاء» with its preposition: the side is Remain (rules/predicates/ar
  ``ballot_options``).
- «۵۵٫۸ درصد رای‌دهندگان» is a share of the votes (rules/predicates/fa ``votes``).

Found on the benchmark's Brexit story (session 48): Scotland's 62% met nothing in Arabic and
Persian. The articles are written for the test, in our own words, from the reporting on the
referendum of 23 June 2016.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, md, subfolder

_VOTE = {
    "en.md": md(
        "en",
        "2016-06-24",
        "LONDON, June 24 - Britain has voted to leave the European Union, with Leave winning 51.9% of the"
        " vote in Thursday's referendum. Northern Ireland voted 55.8% to remain.",
    ),
    "ar.md": md(
        "ar",
        "2016-06-24",
        "لندن - صوت البريطانيون في استفتاء يوم الخميس لصالح الخروج من الاتحاد الأوروبي بنسبة 51.9 في المئة."
        " وفي أيرلندا الشمالية، التي صوت 55.8 في المئة من ناخبيها للبقاء، دعا قادة محليون إلى الهدوء.",
    ),
    "fa.md": md(
        "fa",
        "2016-06-24",
        "لندن - بریتانیایی‌ها در همه‌پرسی روز پنجشنبه با ۵۱٫۹ درصد آرا به خروج از اتحادیه اروپا رای دادند."
        " در ایرلند شمالی ۵۵٫۸ درصد رای‌دهندگان خواهان ماندن در اتحادیه اروپا بودند.",
    ),
}


def _about(found: list[dict], *values: str) -> bool:
    return any(all(v in f["message"] for v in values) for f in found)


def test_a_relative_clause_gives_the_region(tmp_path):
    assert not conflicts_of(tmp_path, _VOTE)
    story = edited(_VOTE, "ar.md", "التي صوت 55.8", "التي صوت 65.8")
    assert _about(conflicts_of(subfolder(tmp_path, "m"), story), "55.8", "65.8")


def test_voters_share_in_persian_is_the_regions_vote(tmp_path):
    story = edited(_VOTE, "fa.md", "۵۵٫۸ درصد رای‌دهندگان", "۶۵٫۸ درصد رای‌دهندگان")
    assert _about(conflicts_of(subfolder(tmp_path, "m"), story), "55.8", "65.8")
