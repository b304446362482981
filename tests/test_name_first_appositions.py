"""Session 66, a name set off by commas with a role of its own, and words with written case
endings.

- In «…، وکیل شخصی پیشین ترامپ و شهردار سابق نیویورک، مارک میدوز، رئیس دفتر پیشین کاخ سفید» the
  name between commas has its own role after it (the name-first apposition of Persian and Arabic):
  it is not the holder of the role before the first comma.
- A word written with a case ending («حظاً», «کاملاً») is a word of the sentence, never a name's:
  «المرشح الأوفر حظاً لنيل ترشيح» names no one.
"""

from __future__ import annotations

from tests.helpers import extraction_of, md


def _people(folder, lang: str, text: str):
    x = extraction_of(folder, f"{lang}.md", md(lang, "2023-08-15", text))
    return {(c.value["name"], c.value["role"]) for c in x.claims if c.type == "person_role"}


def test_a_name_between_commas_with_its_own_role_after_it_is_that_roles(tmp_path):
    text = (
        "رودی جولیانی، وکیل شخصی پیشین ترامپ و شهردار سابق نیویورک، مارک میدوز، رئیس دفتر پیشین "
        "کاخ سفید، و چند وکیل دیگر نیز متهم شده‌اند."
    )
    people = _people(tmp_path, "fa", text)
    assert not any(name == "مارک میدوز" and role == "mayor" for name, role in people)
    assert any(name == "مارک میدوز" for name, _ in people)


def test_a_role_then_a_name_between_commas_still_names_the_holder(tmp_path):
    # (guard: with no role after the second comma, the name is the role's before it)
    text = "وزیر امور خارجه ایران، عباس عراقچی، روز دوشنبه با همتای خود دیدار کرد."
    assert ("عباس عراقچی", "foreign_minister") in _people(tmp_path, "fa", text)


def test_a_word_with_a_case_ending_is_no_name(tmp_path):
    text = "ويعد ترامب المرشح الأوفر حظاً لنيل ترشيح الحزب الجمهوري في انتخابات 2024."
    people = _people(tmp_path, "ar", text)
    assert not any("حظ" in name for name, _ in people), people
