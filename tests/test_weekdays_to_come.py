"""A bare weekday in a clause of what is to come is the next such day, not the last.

"The leaders are due to meet in Abuja on Thursday", in a report of Monday 7 August 2023, is
Thursday the 10th; "met … on Thursday" is the 3rd. The words are data (``to_come_before`` and, for
Persian, whose verb comes last, ``to_come_after`` in rules/weekdays). A word that opens another
clause between the cue and the weekday ("will investigate the crash that happened on Sunday",
«روز یکشنبه گفت که … خواهد رفت») leaves it past, and so does a comma ("will travel to Paris,
officials said on Sunday").

Found on the benchmark's Niger coup story (session 48): "are due to meet again in Abuja on
Thursday" was dated a week back. The sentences are written for the test.

The report's own weekday told as to come is that day, as wire copy names the day of writing by its
weekday: "Talks will resume in Geneva on Monday" in a report of a Monday is that Monday (session
85: "Barnier is expected to hand his resignation to Macron on Thursday", in a report of Thursday
5 December 2024, was dated the 12th). "Next Monday" is a week on.
"""

from __future__ import annotations

import pytest

from checker.extract.dates import extract_dates
from checker.rules import load_rules
from tests.helpers import make_doc

_MONDAY = "2023-08-07"

CASES = [
    ("en", "The bloc's leaders are due to meet again in Abuja on Thursday.", "2023-08-10"),
    ("en", "Talks will resume in Geneva on Monday.", "2023-08-07"),
    ("en", "Talks will resume in Geneva next Monday.", "2023-08-14"),
    ("ar", "من المقرر أن يعقد القادة قمة في أبوجا يوم الخميس.", "2023-08-10"),
    ("fa", "قرار است رهبران روز پنجشنبه در ابوجا دیدار کنند.", "2023-08-10"),
    ("fa", "رئیس‌جمهور روز یکشنبه به مسکو سفر خواهد کرد.", "2023-08-13"),
    # past, as before (guards)
    ("en", "The leaders met in Abuja on Thursday.", "2023-08-03"),
    ("en", "The minister will travel to Paris, officials said on Sunday.", "2023-08-06"),
    ("en", "Authorities will investigate the crash that happened on Sunday.", "2023-08-06"),
    ("ar", "عقد القادة قمة في أبوجا يوم الخميس.", "2023-08-03"),
    ("fa", "وزیر روز یکشنبه گفت که به مسکو سفر خواهد کرد.", "2023-08-06"),
    ("fa", "وزیر روز یکشنبه به مسکو رفت. او به پاریس خواهد رفت.", "2023-08-06"),
]


@pytest.mark.parametrize(("lang", "text", "iso"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_weekday_to_come(lang, text, iso):
    claims = extract_dates(make_doc(text, lang, _MONDAY), load_rules())
    assert [c.value["iso"] for c in claims] == [iso]
