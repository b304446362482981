"""The shared fold agrees with what hazm and pyarabic do to the same characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pyarabic import araby

from checker.normalize import fold
from checker.normalize.ar import display_form as ar_display
from checker.normalize.ar import hamza_key, normalize_ar
from checker.normalize.en import normalize_en
from checker.normalize.fa import display_form as fa_display
from checker.normalize.fa import normalize_fa

ARABIC = st.text(st.sampled_from([*"ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئء", *"ًٌٍَُِّْـ", " ", "ﻻ"]), max_size=80)


@given(ARABIC)
@settings(max_examples=200)
def test_fold_subsumes_pyarabic_cleaning(text):
    assert fold(ar_display(text)) == fold(text)


def test_fold_agrees_with_hazm_character_refinement():
    from hazm import Normalizer

    hazm_chars = Normalizer(
        correct_spacing=False,
        remove_diacritics=False,
        remove_specials_chars=False,
        decrease_repeated_chars=False,
        persian_style=False,
        persian_numbers=False,
        unicodes_replacement=False,
        seperate_mi=False,
    )
    text = "رئيس كشور ﻛﺘﺎﺏ يك"
    assert fold(hazm_chars.normalize(text)) == fold(text)


def test_language_entry_points_keep_offsets():
    for norm, text in ((normalize_fa, "می‌شود ۱۲"), (normalize_ar, "أَحمد ٣"), (normalize_en, "İstanbul 12")):
        nt = norm(text)
        assert len(nt.text) <= len(text) + 1
        s, e = nt.orig_span(0, len(nt.text))
        assert text[s:e].strip() == text.strip()


def test_display_forms_and_hamza_key():
    assert fa_display("میشود") == "می‌شود"
    assert hamza_key("أحمد") == "احمد"
    assert ar_display("شَرع") == "شرع" and araby.strip_tashkeel("شَرع") == "شرع"
