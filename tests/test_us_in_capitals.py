"""Whose office: "US" in capitals names the United States before a role ("US climate envoy John
Podesta", "Todd Stern, the US envoy,"), though the fold makes it the pronoun "us"; and an article
that names one country once, beside a known person of it, gives that country to its other
office-holders ("President Joe Biden … the deadliest U.S. wildfire … Governor Josh Green").

Found on the benchmark's COP28 and Maui stories (session 47), where the US envoy became the host
country's and a governor had no country. The articles are written for the test, in our own words,
from the reporting on COP29 in Baku (November 2024) and on Biden's visit to Lahaina (August 2023).
"""

from __future__ import annotations

import pytest

from tests.helpers import extraction_of, md, roles_of


def _countries(tmp_path, body: str, published: str = "2024-11-24") -> dict[str, str | None]:
    x = extraction_of(tmp_path, "en.md", md("en", published, body))
    return {c.value["name"]: c.value["country"] for c in x.claims if c.type == "person_role"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("US climate envoy John Podesta called the deal a historic step.", "John Podesta"),
        ("Todd Stern, the US envoy, said the outcome would send a signal.", "Todd Stern"),
    ],
)
def test_us_in_capitals_is_the_united_states(tmp_path, sentence, name):
    body = f"BAKU, Nov 24 - The talks in Azerbaijan ended on Sunday. {sentence}"
    assert _countries(tmp_path, body)[name] == "US"


def test_us_the_pronoun_is_no_country(tmp_path):
    body = "BAKU, Nov 24 - Let us be clear, Foreign Minister Jeyhun Bayramov of Azerbaijan said on Sunday."
    x = extraction_of(tmp_path, "en.md", md("en", "2024-11-24", body))
    assert roles_of(x) == [("Jeyhun Bayramov", "foreign_minister")]
    assert _countries(tmp_path, body)["Jeyhun Bayramov"] == "AZ"


def test_one_country_beside_its_known_person_is_the_articles(tmp_path):
    body = (
        "LAHAINA, Aug 22 - President Joe Biden walked through the burned-out town on Monday after the"
        " deadliest U.S. wildfire in more than a century. Governor Josh Green said the rebuilding would"
        " take years."
    )
    assert _countries(tmp_path, body, "2023-08-22")["Josh Green"] == "US"
