"""A president led by a body's name or by "its" is the body's, not the country's the article names
most, found by running the third batch of session-37 probe stories unchanged.

Articles written for these tests from real reporting, in our own words: Nippon Steel's agreement of
18 December 2023 to buy U.S. Steel, welcomed by Nippon Steel's president Eiji Hashimoto and opposed
by the United Steelworkers, whose international president is David McCall; the White House said
President Joe Biden's administration would scrutinise it.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, md

_EN = md(
    "en",
    "2023-12-18",
    "PITTSBURGH, Dec 18 — Nippon Steel agreed on Monday to buy U.S. Steel for $14.1 billion. Nippon Steel"
    " president Eiji Hashimoto said the deal would bring world-class technology to the United States."
    " The United Steelworkers union said it would object. Its international president, David McCall, said"
    " the union had not been consulted.",
)
_AR = md(
    "ar",
    "2023-12-22",
    "واشنطن - قال البيت الأبيض إن إدارة الرئيس الأمريكي جو بايدن ستدقق في صفقة استحواذ نيبون ستيل على يو إس"
    " ستيل.",
)


def test_a_body_before_a_president_makes_it_the_bodys(tmp_path):
    roles = {
        c.value["name"]: (c.value.get("country"), (c.value.get("scope") or {}).get("kind"))
        for c in extraction_of(tmp_path, "en.md", _EN).claims
        if c.type == "person_role"
    }
    assert roles["Eiji Hashimoto"] == (None, "organization")
    assert roles["David McCall"] == (None, "organization")


def test_the_bodies_presidents_are_not_the_countrys(tmp_path):
    found = conflicts_of(tmp_path, {"en.md": _EN, "ar.md": _AR})
    assert not [f for f in found if f["key"].startswith("office:US:")], [f["message"] for f in found]
