"""Whose population: the place named last before the figure («بورکینافاسو با جمعیتی حدود ۲۲ میلیون
نفر … از زمان استقلال از فرانسه»: Burkina Faso's, not France's), not every place and word of the
clause (rules/predicates/concepts.yaml ``of_place``). And «الهندية» after an Indian state is the
adjective "Indian", not the Iraqi town of that name (rules/places/ar.yaml ``exclude``).

Found on the benchmark's Niger coup story and on a story written in session 47 about the Silkyara
tunnel rescue (November 2023); the texts here are written for the test, in our own words.
"""

from __future__ import annotations

from tests.helpers import extraction_of, md


def test_the_population_is_the_place_named_before_it(tmp_path):
    text = md(
        "fa",
        "2023-10-03",
        "واگادوگو - بورکینافاسو با جمعیتی حدود ۲۲ میلیون نفر از زمان استقلال از فرانسه در سال ۱۹۶۰ چندین"
        " کودتا را پشت سر گذاشته است.",
    )
    [frame] = [f for f in extraction_of(tmp_path, "fa.md", text).frames if f.predicate == "population"]
    assert frame.qualifiers.get("scope") == ["cc:BF"]
    assert frame.subject["tokens"] == ["cc:BF"]


def test_an_indian_state_is_no_iraqi_town(tmp_path):
    text = md(
        "ar",
        "2023-11-28",
        "أخرجت فرق الإنقاذ في ولاية أوتاراخاند الهندية يوم الثلاثاء جميع العمال الـ٤١ العالقين في نفق منهار.",
    )
    places = {c.value["place"] for c in extraction_of(tmp_path, "ar.md", text).claims if c.type == "place"}
    assert "iq.al_hindiyah" not in places
    assert "IN-UK" in places
