"""Readings the unseen probe batch 36 (the Enga landslide, the Samsung chairman's acquittal, the
Sewol ferry) showed missing, each checked here on a text written for the test, in our own words:

- a toll feared in the figure's own words is a forecast ("More than 200 feared dead as …");
- «ولم يُنقذ سوى …» counts the rescued;
- one clash («اشتباك») is fighting of its own: its dead are not the disaster's;
- a bracketed age after the family name a name opens («بسجن لي (٥٩ عاماً)», a Korean name's
  first word) is that person's age, not a prison term.

The stories: the Lake Toba ferry that sank off Sumatra on 18 June 2018 with about 190 people
missing (some 200 were feared dead at first, 18 were rescued); a landslide report that also tells
of a tribal clash nearby; the conviction of South Korea's opposition leader Lee Jae-myung in
November 2024.
"""

from __future__ import annotations

from tests.helpers import frames_of, md


def _frames(tmp_path, lang: str, body: str, published: str = "2018-06-20"):
    return frames_of(tmp_path, f"{lang}.md", md(lang, published, body))


def test_a_toll_feared_in_the_figures_own_words_is_a_forecast(tmp_path):
    frames = _frames(
        tmp_path,
        "en",
        "More than 200 feared dead as ferry sinks in Lake Toba\n\nThe overloaded ferry sank on Monday"
        " evening in high waves on Lake Toba in North Sumatra.",
    )
    [feared] = [f for f in frames if f.value.get("low") == 200]
    assert feared.qualifiers.get("requested") == "forecast"


def test_those_rescued_in_arabic(tmp_path):
    frames = _frames(
        tmp_path,
        "ar",
        "غرقت العبارة في بحيرة توبا بجزيرة سومطرة مساء الاثنين، ولم يُنقذ سوى 18 شخصاً، فيما لا تزال"
        " أعداد كبيرة مفقودة.",
    )
    assert {f.predicate for f in frames if f.value.get("low") == 18} == {"rescued"}


def test_the_dead_of_a_clash_are_not_the_disasters(tmp_path):
    frames = _frames(
        tmp_path,
        "ar",
        "طمر انهيار أرضي قرية في إقليم إنغا يوم الجمعة، وقدرت الأمم المتحدة عدد القتلى بأكثر من 670"
        " شخصاً.\n\nوقال مسؤول أممي إن اشتباكاً بين عشيرتين متناحرتين في المنطقة أسفر السبت عن مقتل"
        " ثمانية أشخاص.",
        "2024-05-27",
    )
    x = {f.value.get("low"): f for f in frames if f.predicate == "killed"}
    assert x[670].subject.get("mention") != x[8].subject.get("mention")
    assert x[8].subject.get("type") == "fighting"


def test_a_bracketed_age_after_a_korean_family_name(tmp_path):
    # («لي», Lee, is also "for me": a family name here, since the article's name opens with it)
    frames = _frames(
        tmp_path,
        "ar",
        "أدانت محكمة سيول الجزئية زعيم المعارضة الكوري الجنوبي لي جاي-ميونغ بانتهاك قانون الانتخابات"
        " يوم الجمعة. وكان الادعاء قد طالب بسجن لي (٥٩ عاماً) عامين.",
        "2024-11-15",
    )
    assert {f.predicate for f in frames if f.value.get("low") == 59} == {"age"}
