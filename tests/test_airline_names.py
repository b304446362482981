"""Session 65: an airline named after its home ("Alaska Airlines", «آلاسکا ایرلاینز», «هواپیمایی
آلاسکا») is no place of the story: its jets fly everywhere, and the place had scoped the airline's
own fleet apart from the jets the regulator grounded (probe batch 14, scored unseen first). And a
model's number after a word, in a script without capitals, is the model's: «بوئینگ ۷۳۷ مکس ۹» had
counted 9 people aboard an Ethiopian crash."""

from __future__ import annotations

import pytest

from tests.helpers import extraction_of, md, subfolder


def _claims(folder, lang: str, text: str, kind: str) -> list:
    x = extraction_of(folder, f"{lang}.md", md(lang, "2024-01-07", text))
    return [c for c in x.claims if c.type == kind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Alaska Airlines grounded all 65 of its jets on Friday night."),
        ("fa", "آلاسکا ایرلاینز همه ۶۵ فروند هواپیمای خود را زمین‌گیر کرد."),
        ("fa", "شرکت هواپیمایی آلاسکا همه ۶۵ فروند هواپیمای خود را زمین‌گیر کرد."),
        ("ar", "أوقفت ألاسكا إيرلاينز كل طائراتها الـ65 عن العمل."),
    ],
)
def test_an_airline_s_home_is_no_place_of_the_story(tmp_path, lang, text):
    assert [c.value["place"] for c in _claims(tmp_path, lang, text, "place")] == []


def test_the_home_itself_is_still_a_place(tmp_path):
    got = _claims(tmp_path, "en", "A storm hit Alaska on Friday, and 65 homes lost power.", "place")
    assert [c.value["place"] for c in got] == ["US-AK"]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("fa", "هر ۶۵ فروند بوئینگ ۷۳۷ مکس ۹ ناوگان خود از خط پرواز خارج شد.", [65]),
        ("ar", "أوقفت الشركة 65 طائرة بوينغ 737 ماكس 9 من أسطولها.", [65]),
        # (a count after the model's number, with its unit, is a count)
        ("fa", "یک فروند بوئینگ ۷۳۷ حامل ۹ خدمه و ۱۵۰ مسافر سقوط کرد.", [1, 9, 150]),
    ],
)
def test_a_model_s_number_after_a_word_is_no_count(tmp_path, lang, text, values):
    got = _claims(subfolder(tmp_path, lang), lang, text, "number")
    assert [c.value["value"] for c in got] == values
