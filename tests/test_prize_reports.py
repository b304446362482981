"""Reports of a prize given to a jailed activist: the prize typed in Persian however the lead words
it («جایزه صلح نوبل … اهدا کرد»), the prison where she is held kept out of the award's place, and
an Arabic name that stops at the reporting verb after it («ناصر كنعاني وصفه»). Written for this
test, in our own words, from the reporting of the 2023 Nobel Peace Prize (6 October 2023)."""

from __future__ import annotations

from tests.helpers import extraction_apart, md, roles_of

_FA = md(
    "fa",
    "2023-10-07",
    "کمیته نوبل نروژ روز جمعه ۱۴ مهر ۱۴۰۲ جایزه صلح نوبل سال ۲۰۲۳ را به نرگس محمدی، فعال ایرانی حقوق"
    " بشر، اهدا کرد.",
)
_EN = md(
    "en",
    "2023-10-06",
    "OSLO, Oct 6 - The Norwegian Nobel Committee on Friday awarded the Nobel Peace Prize to Narges"
    " Mohammadi, an Iranian rights campaigner who is being held in Tehran's Evin prison.",
)
_AR = md(
    "ar",
    "2023-10-06",
    "وفي طهران، نقلت وكالة الأنباء الرسمية عن المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني وصفه"
    " قرار لجنة نوبل بأنه منحاز وسياسي.",
)


def test_a_prize_given_in_persian_types_the_report(tmp_path):
    x = extraction_apart(tmp_path, "fa.md", _FA)
    [main] = [m for m in x.mentions if m.main]
    assert main.type == "award" and main.earliest == "2023-10-06"


def test_the_prison_a_laureate_is_held_in_is_not_where_the_prize_was_given(tmp_path):
    x = extraction_apart(tmp_path, "en.md", _EN)
    places = {f.value["id"] for f in x.frames if f.predicate == "event_place"}
    assert not places & {"ir.evin", "ir.tehran"}, places


def test_an_arabic_name_stops_at_the_reporting_verb_after_it(tmp_path):
    x = extraction_apart(tmp_path, "ar.md", _AR)
    assert roles_of(x) == [("ناصر كنعاني", "foreign_ministry_spokesperson")]
