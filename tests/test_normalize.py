"""The fold: idempotent, offset-exact, and blind to digit scripts, ZWNJ, diacritics and letter variants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.normalize import fold, match_key, normalize
from checker.normalize.keys import raw_tokens
from checker.normalize.sentences import split_sentences

# Text drawn from the alphabets the checker meets, plus the characters the fold deletes or maps.
ALPHABET = st.sampled_from(
    [
        *"ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىةأإآؤئءًٌٍَُِّْـ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789 .,،؛\n",
        *["\u200c", "\u200f", "\u202b", "\ufeff", "ﻻ", "A", "b", "É", "İ", "«", "»"],
    ]
)
TEXT = st.text(ALPHABET, max_size=200)


@given(TEXT)
@settings(max_examples=300)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(TEXT)
@settings(max_examples=300)
def test_every_folded_span_maps_into_the_original(text):
    nt = normalize(text)
    assert nt.original == text
    for i in range(len(nt.text)):
        s, e = nt.orig_span(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert fold(text[s:e]) == nt.text[i] or len(fold(text[s:e])) > 1


@given(st.integers(min_value=0, max_value=10**9))
def test_digit_scripts_fold_alike(n):
    latin = str(n)
    persian = latin.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    arabic = latin.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert fold(persian) == fold(arabic) == latin


def test_zwnj_lost_or_kept_folds_alike():
    assert fold("رئیس‌جمهور") == fold("رئیسجمهور")
    assert fold("می‌شود") == fold("میشود")


def test_arabic_letters_in_persian_fold_to_persian():
    assert fold("رئيس كشور") == fold("رئیس کشور")
    assert fold("شَرع") == fold("شرع")
    assert fold("أحمد") == fold("احمد")


def test_bidi_controls_are_removed_and_offsets_skip_them():
    text = "\u202bسلام\u202c دنیا"
    nt = normalize(text)
    assert nt.text == "سلام دنیا"
    assert text[slice(*nt.orig_span(0, 4))] == "سلام"


def test_match_keys_of_name_variants_meet():
    assert match_key("الشیباني") == match_key("شیبانی")
    assert match_key("ابو قصرة") == match_key("ابوقصره")
    assert match_key("سرگئی لاوروف") == match_key("سرگی لاوروف")


def test_sentences_do_not_break_inside_dotted_dates():
    text = "24.12.2025 - به‌روز شد. سطر دوم"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["24.12.2025 - به‌روز شد.", "سطر دوم"]


def test_a_hard_wrapped_paragraph_is_one_sentence_and_a_headline_stays_apart():
    from checker.model import Article
    from checker.pipeline import prepare
    from checker.rules import load_rules

    text = (
        "Mine blast kills 41 in Turkey\n"
        "ANKARA — A methane explosion tore through a coal mine in Amasra, in Turkey's Bartin\n"
        "province, on Friday, killing at least 41 miners. It was the deadliest mining disaster\n"
        "since 2014,\n"
        "Officials said.\n\n"
        "A new paragraph."
    )
    doc = prepare(Article(id="t", text=text, path="t", language="en"), load_rules())
    got = [text[doc.norm.orig_span(a, b)[0] : doc.norm.orig_span(a, b)[1]] for a, b in doc.sentences]
    assert got[0] == "Mine blast kills 41 in Turkey"
    assert got[1].startswith("ANKARA") and got[1].endswith("41 miners.")
    assert got[2] == "It was the deadliest mining disaster\nsince 2014,\nOfficials said."
    assert got[3] == "A new paragraph."


def test_a_name_whose_first_alef_bears_a_hamza_keeps_its_al():
    """«أليخاندرو» (Alejandro) and «ألبرت» begin with no article; «الشيباني» does."""
    assert raw_tokens("أليخاندرو توليدو")[0].startswith("ال")
    assert raw_tokens("ألبرت")[0].startswith("ال")
    assert raw_tokens("اسعد الشيباني")[1] == raw_tokens("اسعد شيباني")[1]


def test_no_character_maps_to_one_that_maps_on():
    """The fold replaces one distinct character at a time: that is one pass only while no character
    maps to another that the table maps again."""
    from checker.normalize.common import TABLE

    assert not [(chr(k), v) for k, v in TABLE.items() if ord(v) in TABLE and TABLE[ord(v)] != v]
