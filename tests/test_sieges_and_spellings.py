"""Session 82, probe batch 60 (stories written by helpers that saw no code: a hostage siege, a
cruise ship's capsizing, a school shooting, a missed debt payment):

- a name met by a one-word alias only in another reading ("Corrado Clini", kln read gln, against
  "Jolani") is that person's only when the person's full names there fit its given name;
- Arabic words that read as a number only once folded, spelt as the text spells them, are none
  («ميتا», dead, is no «مئتا»; «أثناء», during, is no «اثنا»: rules/numbers ``not_numbers_as_written``);
- two figures joined by "or" («شش یا هفت ساله», «ستة أو سبعة أعوام») are a range;
- an unlisted spelling of a listed place is that place when it has the skeleton of one of its
  names in any language («جنوى» of «جنوة», Genoa); «القريب» (nearby) is no part of a place's name;
- a report's word for the occasion as a span of days ("the four-day siege", rules/events
  ``stay_concept``) makes its first and last days one occasion's, as "a three-day visit" does;
- a surname one script writes without its first class ("Tsipras", «سیپراس») is named there;
- batch 59, read after its kept-out score: a listed place's name ending an Arabic name of three
  words is the verb's object only after a verb a place may be the object of («زار», not «أعلن»:
  rules/people_cues ``place_object_verbs``).
"""

from __future__ import annotations

import pytest

from checker.align.geo import place_relation
from checker.pipeline import load_rules
from tests.helpers import findings_of, md, md_extraction, problems_of


def test_a_one_word_alias_met_in_another_reading_needs_the_given_name(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2012-01-16",
            "Fuel fears after cruise ship capsizes\n\nROME, Jan 15 — Environment Minister Corrado Clini "
            "warned that the fuel on board must not leak into the protected waters.",
        ),
        "fa.md": md(
            "fa",
            "2012-01-16",
            "نگرانی از نشت سوخت کشتی تفریحی\n\nکورادو کلینی، وزیر محیط زیست ایتالیا، هشدار داد که باید از نشت "
            "سوخت کشتی به آب‌های حفاظت‌شده جلوگیری شود.",
        ),
    }
    assert not problems_of(tmp_path, story)


@pytest.mark.parametrize(
    "text",
    [
        "وأفادت الشرطة بأن المسلح عثر عليه ميتا داخل المدرسة.",
        "وروى ركاب مشاهد من الذعر أثناء عملية الإخلاء التي استمرت ساعات.",
    ],
    ids=["dead", "during"],
)
def test_a_word_folded_into_a_number_word_is_no_number(tmp_path, text):
    x = md_extraction(tmp_path, "ar", text, "2012-12-15")
    assert not [c.text for c in x.claims if c.type == "number"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "همه کودکان قربانی تیراندازی شش یا هفت ساله بودند."),
        ("en", "All the children killed were six or seven years old."),
        ("ar", "وكان جميع الأطفال الضحايا في عمر ستة أو سبعة أعوام."),
    ],
)
def test_two_figures_joined_by_or_are_a_range(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2012-12-15")
    assert [(c.value["low"], c.value["high"]) for c in x.claims if c.type == "number"] == [(6, 7)]


def test_an_unlisted_spelling_of_a_listed_place_is_that_place():
    rules = load_rules()
    assert place_relation(rules, "it.genoa", "?:jn") == "same"  # «جنوى», of the Arabic «جنوة»
    assert place_relation(rules, "it.genoa", "?:rm") != "same"


def test_nearby_is_no_part_of_a_place_name(tmp_path):
    text = "وكانت السفينة قد أبحرت من ميناء تشيفيتافيكيا القريب من روما مساء الجمعة."
    x = md_extraction(tmp_path, "ar", text, "2012-01-14")
    assert [c.text for c in x.claims if c.type == "place" and "القريب" in c.text] == []


def test_the_first_and_last_days_of_a_siege_are_one_occasion(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2013-09-25",
            "Kenya says mall siege is over\n\nNAIROBI, Sept 24 — Kenyan forces ended the four-day siege of "
            "the Westgate shopping mall in Nairobi, in which at least 67 people were killed.\n\n"
            "Troops launched a final assault on the gunmen on Tuesday, Sept. 24, President Uhuru Kenyatta said.",
        ),
        "fa.md": md(
            "fa",
            "2013-09-25",
            "پایان گروگان‌گیری در مرکز خرید نایروبی\n\nحمله افراد مسلح به مرکز خرید وست‌گیت در نایروبی روز "
            "شنبه ۳۰ شهریور (۲۱ سپتامبر) آغاز شد و دست‌کم ۶۷ نفر در آن کشته شدند.",
        ),
    }
    assert not [f for f in problems_of(tmp_path, story) if f["code"] == "CF04"]


def test_a_surname_written_without_its_first_class_is_named(tmp_path):
    # ("Tsipras", tsprs, is «سیپراس», sprs: the t of an initial ts, rules/transliteration)
    story = {
        "en.md": md(
            "en",
            "2015-08-21",
            "Greek prime minister resigns\n\nATHENS, Aug 20 — Prime Minister Alexis Tsipras resigned on "
            "Thursday and called a snap election for September.",
        ),
        "ar.md": md(
            "ar",
            "2015-08-21",
            "استقالة رئيس الوزراء اليوناني\n\nأعلن رئيس الوزراء اليوناني ألكسيس تسيبراس استقالته يوم الخميس "
            "ودعا إلى انتخابات مبكرة في سبتمبر.",
        ),
        "fa.md": md(
            "fa",
            "2015-08-21",
            "انتخابات زودهنگام در یونان\n\nدولت چپ‌گرای الکسیس سیپراس روز پنجشنبه کنار رفت و یونان در "
            "سپتامبر انتخابات زودهنگام برگزار می‌کند.",
        ),
    }
    left_out = [f["message"] for f in findings_of(tmp_path, story) if f["type"] == "omission"]
    assert not [m for m in left_out if m.startswith("fa leaves out")], left_out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (a listed place's name, Santos, ends the president's name: «أعلن» takes no place)
        ("أعلن الرئيس الكولومبي خوان مانويل سانتوس وقفا نهائيا لإطلاق النار.", "خوان مانويل سانتوس"),
        # (after «زار» the place is what was visited)
        ("زار منسق الأمم المتحدة للشؤون الإنسانية مارتن غريفيث غزة يوم الأحد.", "مارتن غريفيث"),
    ],
    ids=["announced", "visited"],
)
def test_a_place_ends_a_name_only_as_the_object_of_a_verb_of_place(tmp_path, text, name):
    x = md_extraction(tmp_path, "ar", text, "2016-08-30")
    assert [c.value["name"] for c in x.claims if c.type == "person_role"] == [name]
