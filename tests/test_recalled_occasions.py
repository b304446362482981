"""An occasion a report recalls is kept apart from the one it reports, and the figures of the
sentences that go on telling of it are that occasion's.

- A figure its sentence dates years before the reported occasion is no figure of it (align.events
  ``_timed_apart``): the recalled crash does not join the reported one through it.
- A model's number named again without its maker is no count ("Boeing 787 Dreamliner" … "the 787
  Dreamliner"), nor is a flight recorder the plane (rules/concepts ``recorder``): the day it was
  found is no date of the plane's.
- A sentence that names no occasion goes on with the dated one of the sentence before it
  (extract.frames ``_carried``), and an English past verb is looked for past articles,
  prepositions and the parts of a day (rules/morphology ``uncounted``).

Found on the unseen probes ``lion_air_610_2018`` (batch 35) and ``sewol_ferry_2014`` (batch 36).
The stories here are written for the test, in our own words, from the reporting on the Air India
crash at Ahmedabad (12 June 2025, 241 of the 242 aboard killed; India's deadliest air disaster
remains the 1996 mid-air collision over Charkhi Dadri, 349 killed), on the capsizing of the
Eastern Star on the Yangtze (1 June 2015; the inquiry reported that December) and on the Costa
Concordia (capsized off Giglio on 13 January 2012, 4,229 aboard, 32 dead; its captain sentenced to
16 years on 11 February 2015).
"""

from __future__ import annotations

from checker.align.events import _items
from tests.helpers import conflicts_of, context_of, edited, extraction_of, findings_of, md, subfolder

_AHMEDABAD = {
    "en.md": md(
        "en",
        "2025-06-13",
        "AHMEDABAD — An Air India Boeing 787 Dreamliner bound for London crashed into a medical"
        " college hostel moments after take-off on Thursday, killing 241 of the 242 people on board.\n\n"
        "The 787 Dreamliner, Boeing's long-haul jet, entered commercial service in 2011. India's"
        " deadliest air crash remains the 1996 Charkhi Dadri disaster, in which 349 people were"
        " killed.",
    ),
    "ar.md": md(
        "ar",
        "2025-06-14",
        "أحمد آباد - تحطمت طائرة تابعة لشركة طيران الهند من طراز بوينغ 787 بعد إقلاعها من مطار أحمد"
        " آباد يوم الخميس 12 يونيو 2025، ما أسفر عن مقتل 241 من أصل 242 شخصاً كانوا على متنها.\n\n"
        "وتعد هذه الكارثة الأسوأ في الهند منذ عام 1996، حين لقي 349 شخصاً حتفهم في تحطم طائرتين"
        " تصادمتا فوق بلدة شرخي دادري.\n\n"
        "وقال المحققون إن الصندوق الأسود للطائرة انتشل يوم الجمعة 13 يونيو 2025 من سطح المبنى.",
    ),
}


def test_a_figure_dated_years_before_is_no_figure_of_the_reported_crash(tmp_path):
    # (the English 349, read for the crash reported but dated 1996, would link the Arabic report's
    # 1996 collision to this crash: a report that placed no crash of its own would join it so)
    ctx = context_of(tmp_path, _AHMEDABAD)
    [main] = [it for it in _items(ctx, "en", ctx.rules.concepts("events")["types"]) if it.mention.main]
    assert ("killed", (("high", "241"), ("low", "241"))) in main.figures
    assert not [f for f in main.figures if f[1] == (("high", "349"), ("low", "349"))]


def test_a_recalled_crash_is_not_the_reported_one(tmp_path):
    found = findings_of(tmp_path, _AHMEDABAD)
    dated = [f for f in found if f["type"] == "conflict" and f["code"] in ("CF02", "CF04")]
    # (neither 1996 against 12 June 2025, nor the entry into service against the recorder's day)
    assert not dated, [f["message"] for f in dated]


def test_a_model_named_again_without_its_maker_is_no_count(tmp_path):
    x = extraction_of(tmp_path, "en.md", _AHMEDABAD["en.md"])
    counts = [c for c in x.claims if c.type == "number" and c.value.get("value") == 787]
    assert not counts, [x.article.text[c.start : c.end] for c in counts]


_PRELIMINARY = {
    "en.md": md(
        "en",
        "2025-07-12",
        "NEW DELHI — India's Aircraft Accident Investigation Bureau said in a preliminary report on"
        " Saturday that fuel to both engines of the Air India Boeing 787 was cut off seconds after"
        " take-off.\n\nThe 787, Boeing's long-haul jet, entered commercial service in 2011.",
    ),
    "ar.md": md(
        "ar",
        "2025-07-12",
        "نيودلهي - قال مكتب التحقيق في حوادث الطائرات في الهند في تقرير أولي يوم السبت إن الوقود"
        " انقطع عن محركي طائرة طيران الهند من طراز بوينغ 787 بعد ثوان من إقلاعها.\n\n"
        "وكان الصندوق الأسود للطائرة قد انتشل يوم الجمعة 13 يونيو.",
    ),
}


def test_the_day_a_recorder_was_found_is_no_date_of_the_plane(tmp_path):
    # (the model's entry into service, 2011, and the day its recorder was lifted, 13 June)
    clashes = conflicts_of(tmp_path, _PRELIMINARY)
    assert not clashes, [f["message"] for f in clashes]


_EASTERN_STAR = {
    "en.md": md(
        "en",
        "2015-12-30",
        "BEIJING — A Chinese government inquiry on Wednesday blamed a sudden squall for the sinking of"
        " the cruise ship Eastern Star, and said the captain had failed to steer out of the storm.\n\n"
        "The ship capsized on the Yangtze River near Jianli in Hubei province on the night of June 1"
        " while sailing from Nanjing to Chongqing.",
    ),
}


def test_a_past_verb_is_found_past_a_place_and_the_part_of_a_day(tmp_path):
    # ("capsized … near Jianli in Hubei province on the night of June 1", in December: last June)
    x = extraction_of(tmp_path, "en.md", _EASTERN_STAR["en.md"])
    [june] = [c for c in x.claims if c.type == "date" and x.article.text[c.start : c.end] == "June 1"]
    assert june.value["iso"] == "2015-06-01"


_CONCORDIA = {
    "en.md": md(
        "en",
        "2015-02-11",
        "GROSSETO, Italy — A court on Wednesday sentenced Francesco Schettino, the captain of the"
        " Costa Concordia, to 16 years in prison for manslaughter and for abandoning his ship.\n\n"
        "The cruise ship struck rocks and capsized off the island of Giglio on the night of January 13,"
        " 2012. Of the 4,229 people on board, 32 died.\n\n"
        "The wreck was refloated in July 2014, and 2 divers died during the salvage work.",
    ),
    "fa.md": md(
        "fa",
        "2012-01-15",
        "کشتی تفریحی «کوستا کونکوردیا» شب جمعه ۲۳ دی ۱۳۹۰ (۱۳ ژانویه ۲۰۱۲) در نزدیکی جزیره جیلیو"
        " ایتالیا به صخره برخورد کرد و واژگون شد. این کشتی ۴۲۲۹ سرنشین داشت.",
    ),
}


def test_the_sentences_after_a_recalled_occasion_tell_its_figures(tmp_path):
    # (the English report is of the captain's trial; the 4,229 aboard of the sentence after the
    # capsizing are the capsizing's, as the Persian report of the capsizing gives them)
    found = findings_of(tmp_path, _CONCORDIA)
    aboard = [f for f in found if f["key"].startswith("aboard@") and f["type"] == "agreement"]
    assert aboard, [f["message"] for f in found]
    changed = edited(_CONCORDIA, "en.md", "Of the 4,229 people", "Of the 5,229 people")
    clashes = [
        f
        for f in findings_of(subfolder(tmp_path, "changed"), changed)
        if f["type"] == "conflict" and f["key"].startswith("aboard@")
    ]
    assert clashes


def test_a_new_paragraph_is_told_afresh(tmp_path):
    # ("… 2 divers died during the salvage work" follows the capsizing's paragraph: its figure is
    # no capsizing's)
    x = extraction_of(tmp_path, "en.md", _CONCORDIA["en.md"])
    capsized = {m.id for m in x.mentions if not m.main and m.earliest}
    died = [f for f in x.frames if f.value.get("low") == 2]
    assert capsized and died and not [f for f in died if f.subject.get("mention") in capsized]
