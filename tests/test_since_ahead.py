"""A day something has held since lies in the past: one after the publication is a slip (IN04).

"Has been held since August 26" in a report of 7 August, «محتجز منذ السبت 26 أغسطس» in one of 29
July: the date or the publication date is wrong, whatever verb the clause has (a present one,
"is held", makes no past clause). Only after a word that means nothing else ("since", «منذ»:
``since_past`` in rules/predicates); "from", «اعتبارا من» and «از» also open a period to come
(«اعتبارا من ٥ فبراير», «از ۱۶ فروردین اجرا می‌شود»), and so does a range's start ("from August 10
to August 20") (extract/mentions ``_since``). A year a past verb governs is a slip too
("was elected in 2028"), though a bare year after the publication alone is not: it names a plan
as often.

Found on the benchmark's Niger coup story (session 49). The sentences are written for the test,
in our own words, from the reporting on the detention of Imran Khan in August 2023.
"""

from __future__ import annotations

import pytest

from tests.helpers import md, problems_of

CASES = [
    ("en", "Imran Khan has been held in Attock jail since August 26, his lawyers said.", True),
    ("ar", "ويحتجز عمران خان في سجن أتوك منذ السبت 26 أغسطس، بحسب محاميه.", True),
    # a year a past verb governs ("was elected in 2028" in a report of 2023)
    ("en", "Imran Khan was elected prime minister in 2028, his lawyers said.", True),
    ("ar", "وقال محامو عمران خان، المنتخب رئيسا للوزراء عام 2028، إنه محتجز في سجن أتوك.", True),
    # guards
    ("en", "Imran Khan will contest the election in 2028, his lawyers said.", False),
    ("en", "Imran Khan's party won the 2018 election, his lawyers said.", False),
    # («أسس» is also a noun, "foundations": a plan's year, not a founding)
    ("ar", "واتفق الجانبان على إرساء أسس التعاون في 2028، بحسب البيان.", False),
    ("en", "Imran Khan has been held in Attock jail since August 5, his lawyers said.", False),
    ("en", "The court will hear the appeal from August 10 to August 20, his lawyers said.", False),
    # "from", «اعتبارا من» and «از» also open a period to come: no since-word of a past day
    # (rules/predicates ``since_past``; Persian has none, so «از روز شنبه ۴ شهریور … بازداشت است»
    # is left alone too)
    ("en", "The new rules apply from August 26, the ministry said.", False),
    ("ar", "وتطبق القواعد الجديدة اعتبارا من 26 أغسطس، بحسب الوزارة.", False),
    ("fa", "این تعرفه از ۴ شهریور اجرا می‌شود.", False),
    ("fa", "عمران خان از روز شنبه ۴ شهریور در زندان اتک بازداشت است.", False),
]


@pytest.mark.parametrize(("lang", "text", "slip"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_since_day_after_the_publication(tmp_path, lang, text, slip):
    found = [
        f for f in problems_of(tmp_path, {f"{lang}.md": md(lang, "2023-08-07", text)}) if f["code"] == "IN04"
    ]
    assert bool(found) == slip
