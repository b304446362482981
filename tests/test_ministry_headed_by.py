"""Who heads a ministry holds its minister's office: «وزارة الطاقة، التي يقودها الأمير عبدالعزيز بن
سلمان», «وزارت نفت به ریاست محسن پاک‌نژاد», "the oil ministry, headed by Mohsen Paknejad" (rules/
people_cues ``headed_by``: each minister phrase with the ministry's word in its place, then a cue).

Found on the benchmark's OPEC+ story (session 47), where a swapped energy minister went unseen.
The articles are written for the test, in our own words, from the reporting on Iran's oil
ministry in 2024–25.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, edited, extraction_of, md, roles_of, subfolder

_OIL = {
    "en.md": md(
        "en",
        "2025-01-15",
        "TEHRAN, Jan 15 - Iran's crude exports held near 1.7 million barrels per day in December, the oil"
        " ministry, headed by Mohsen Paknejad, said on Wednesday.",
    ),
    "fa.md": md(
        "fa",
        "2025-01-15",
        "تهران - وزارت نفت به ریاست محسن پاک‌نژاد روز چهارشنبه اعلام کرد صادرات نفت خام ایران در آذر نزدیک"
        " به ۱.۷ میلیون بشکه در روز بوده است.",
    ),
    "ar.md": md(
        "ar",
        "2025-01-15",
        "طهران - أعلنت وزارة النفط، التي يقودها محسن باك نجاد، يوم الأربعاء أن صادرات إيران من الخام بلغت"
        " نحو ١٫٧ مليون برميل يوميا في ديسمبر.",
    ),
}


@pytest.mark.parametrize("name", ["en.md", "fa.md", "ar.md"])
def test_who_heads_a_ministry_is_its_minister(tmp_path, name):
    [(_, role)] = roles_of(extraction_of(tmp_path, name, _OIL[name]))
    assert role == "oil_minister"


def test_another_head_of_the_same_ministry_conflicts(tmp_path):
    assert not conflicts_coded(tmp_path, _OIL, "CF01")
    story = edited(_OIL, "fa.md", "به ریاست محسن پاک‌نژاد", "به ریاست جواد اوجی")
    assert conflicts_coded(subfolder(tmp_path, "m"), story, "CF01")
