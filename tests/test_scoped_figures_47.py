"""Figures of one place, and the words that give them.

* Each report of one story gives one figure of a kind for a place ("Saudi Arabia will extend its
  own cut of 1 million barrels per day", «سهم این کشور یک میلیون بشکه در روز است»): those are one
  fact, whatever other words each clause holds (``align/frames._sole_in_scope``).
* "half a million" is 500,000, not a million.
* "in Seoul's Itaewon district": the locative before the town's possessive is the district's too.

Found on the benchmark's OPEC+ and Itaewon stories (session 47). The articles here are written
for the test, in our own words, from the reporting on the OPEC+ meeting of 30 November 2023 and
the bombing on Istanbul's Istiklal Avenue on 13 November 2022.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, extraction_of, make_doc, md, subfolder

_CUTS = {
    "en.md": md(
        "en",
        "2023-11-30",
        "VIENNA, Nov 30 - Several OPEC+ members agreed at an online meeting on Thursday to voluntary output cuts for the first quarter of 2024. Saudi Arabia will extend its own cut of 1 million barrels per day, the energy ministry said, while Iraq pledged 223,000 bpd and the United Arab Emirates 163,000 bpd. In all, the new pledges come to about 2.2 million bpd.",
    ),
    "fa.md": md(
        "fa",
        "2023-11-30",
        "وین - چند عضو اوپک\u200cپلاس روز پنجشنبه در نشستی مجازی بر سر کاهش داوطلبانه تولید در سه ماه نخست ۲۰۲۴ توافق کردند. به گفته وزارت انرژی عربستان، سهم این کشور یک میلیون بشکه در روز است. عراق ۲۲۳ هزار و امارات ۱۶۳ هزار بشکه در روز از تولید خود می\u200cکاهند.",
    ),
    "ar.md": md(
        "ar",
        "2023-11-30",
        "فيينا - اتفق عدد من أعضاء أوبك+ يوم الخميس في اجتماع عبر الإنترنت على تخفيضات طوعية للإنتاج في الربع الأول من ٢٠٢٤. وقالت وزارة الطاقة إن السعودية ستمدد خفضها البالغ مليون برميل يوميا، فيما تعهد العراق بخفض ٢٢٣ ألف برميل يوميا والإمارات ١٦٣ ألف برميل. ويبلغ مجموع التعهدات الجديدة نحو ٢.٢ مليون برميل يوميا.",
    ),
}


def test_one_figure_for_one_place_is_one_fact(tmp_path):
    assert not conflicts_of(tmp_path, _CUTS)
    story = edited(_CUTS, "en.md", "cut of 1 million barrels", "cut of 1.5 million barrels")
    found = [f for f in conflicts_of(subfolder(tmp_path, "m"), story) if f["code"] == "CF03"]
    assert found and "1,500,000" in found[0]["message"] and "Saudi Arabia" in found[0]["message"]


def test_half_a_million_is_half_a_million():
    from checker.extract.numbers import extract_numbers
    from checker.rules import load_rules

    doc = make_doc(
        "Saudi Arabia will cut half a million bpd, and half a dozen others will follow.", "en", "2023-04-02"
    )
    found = [(c.text, c.value.get("value")) for c in extract_numbers(doc, load_rules(), [])]
    assert found == [("half a million bpd", 500000)]


def test_a_district_of_a_towns_possessive_is_where(tmp_path):
    text = md(
        "en",
        "2022-11-13",
        "ISTANBUL, Nov 13 - An explosion tore through a crowded shopping street in Istanbul's Beyoglu district on"
        " Sunday afternoon, killing six people and wounding 81, officials said.",
    )
    places = {c.text: c.value for c in extraction_of(tmp_path, "en.md", text).claims if c.type == "place"}
    assert places["Beyoglu"]["locative"] and places["Beyoglu"]["role"] == "location"
