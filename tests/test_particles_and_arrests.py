"""Names with particles written as one word, and places that belong to another act than the occasion."""

from __future__ import annotations

import pytest

from checker.align.entities import NameForm, _score
from checker.align.names import NameMatcher
from checker.rules import load_rules
from tests.helpers import conflicts_of, extraction_of, md


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ursula von der Leyen", "اورزولا فن‌درلاین"),  # "von der" run into the surname, with a ZWNJ
        ("أورسولا فون دير لاين", "اورزولا فن‌درلاین"),
        ("Pieter van den Broek", "پیتر فان‌دن‌بروک"),
    ],
)
def test_a_surname_with_its_particles_in_one_word_is_one_name(one, other):
    rules = load_rules()
    assert _score(NameMatcher.from_rules(rules), NameForm.of(one, rules), NameForm.of(other, rules)) >= 80


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Pieter van den Broek", "پیتر برگمان"),
        # a name read on into its sentence ("Yoon Suk Yeol over his declaration") meets no surname
        # with particles by joining words inside it
        ("يون سوك يول بسبب إعلانه", "فون دير لاين"),
    ],
)
def test_joining_words_does_not_make_other_people_one(one, other):
    rules = load_rules()
    m = NameMatcher.from_rules(rules)
    assert _score(m, NameForm.of(one, rules), NameForm.of(other, rules)) < 80


@pytest.mark.parametrize(
    ("en_name", "fa_name"),
    [("Ursula von der Leyen", "اورزولا فن‌درلاین"), ("Pieter van den Broek", "پیتر فان‌دن‌بروک")],
)
def test_one_office_holder_spelt_with_a_joined_surname_is_no_conflict(tmp_path, en_name, fa_name):
    en = md(
        "en",
        "2025-04-03",
        f"BRUSSELS - European Commission President {en_name} said on Thursday the bloc was readying"
        " countermeasures against the new tariffs.",
    )
    fa = md(
        "fa",
        "2025-04-03",
        f"بروکسل – {fa_name}، رئیس کمیسیون اروپا، روز پنجشنبه گفت اتحادیه برای اقدام متقابل در برابر"
        " تعرفه‌های تازه آماده می‌شود.",
    )
    assert not [f for f in conflicts_of(tmp_path, {"en.md": en, "fa.md": fa}) if f["code"] == "CF01"]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("آتش از روز سه‌شنبه در شهر تاریخی تالکیتنا شعله‌ور شد و به‌سرعت گسترش یافت.", "تالکیتنا"),
        ("آتش روز دوشنبه در شهر ماراکو زبانه‌کشان شد و ده‌ها خانه را ویران کرد.", "ماراکو"),
    ],
)
def test_a_word_before_a_light_verb_is_no_part_of_a_town(tmp_path, body, town):
    x = extraction_of(tmp_path, "fa.md", md("fa", "2023-08-09", body))
    assert [c.text for c in x.claims if c.type == "place"] == [town]


_ATTACK_EN = md(
    "en",
    "2024-03-23",
    "MOSCOW - Gunmen opened fire at a concert hall in Krasnogorsk, just outside Moscow, on Friday"
    " evening, killing at least 60 people in the deadliest attack in Russia in two decades.",
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "en2.md",
            md(
                "en",
                "2024-03-23",
                "MOSCOW - At least 60 people were killed when gunmen stormed a concert hall near Moscow on"
                " Friday. The four gunmen who carried out the attack were arrested in the Bryansk region"
                " on Saturday, the security service said.",
            ),
        ),
        (
            "ar.md",
            md(
                "ar",
                "2024-03-23",
                "موسكو - قتل 60 شخصا على الأقل مساء الجمعة في هجوم مسلح على قاعة للحفلات الموسيقية قرب"
                " موسكو. وقال جهاز الأمن إنه تم اعتقال 11 شخصا، بينهم المسلحون الأربعة الذين نفذوا الهجوم"
                " مباشرة، وذلك في مقاطعة بريانسك.",
            ),
        ),
        (
            "fa.md",
            md(
                "fa",
                "2024-03-23",
                "مسکو – دست‌کم ۶۰ نفر عصر جمعه در حمله مسلحانه به یک سالن کنسرت در نزدیکی مسکو کشته شدند."
                " چهار فرد مسلح که عاملان مستقیم حمله بوده‌اند، روز شنبه در استان بریانسک بازداشت شدند.",
            ),
        ),
    ],
)
def test_where_the_attackers_were_arrested_is_not_where_they_attacked(tmp_path, name, text):
    conflicts = conflicts_of(tmp_path, {"en.md": _ATTACK_EN, name: text})
    assert not [f for f in conflicts if f["code"] in ("CF04", "CF05")]


def test_a_place_right_after_the_described_attack_is_still_its_own(tmp_path):
    text = md(
        "en",
        "2024-03-23",
        "MOSCOW - Police arrested the men who carried out the attack in Krasnogorsk on Friday.",
    )
    x = extraction_of(tmp_path, "en.md", text)
    [attack] = [m for m in x.mentions if m.type == "attack"]
    assert attack.places


@pytest.mark.parametrize("tens", ["ده‌ها", "ده ها", "دهها"])  # ZWNJ, a space, or neither
def test_tens_of_thousands_is_no_thousand(tmp_path, tens):
    """«ده‌ها هزار کشته» (tens of thousands killed) says no figure: never "1,000 killed"."""
    body = f"سد بانکیائو در سال ۱۹۷۵ فروریخت و {tens} هزار کشته برجا گذاشت؛ صدها هزار نفر نیز آواره شدند."
    x = extraction_of(tmp_path, "fa.md", md("fa", "2023-06-07", body))
    assert not [c for c in x.claims if c.type == "number" and c.value.get("value") in (1000, 100000)]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "About 1,833,164 pilgrims took part in this year's Hajj, the statistics authority said."),
        ("ar", "وبلغ عدد حجاج هذا العام 1,833,164 حاجا، وفق الهيئة العامة للإحصاء."),
        ("fa", "امسال ۱٬۸۳۳٬۱۶۴ زائر در مراسم حج شرکت کردند."),
    ],
)
def test_pilgrims_are_counted_people(tmp_path, lang, body):
    x = extraction_of(tmp_path, f"{lang}.md", md(lang, "2024-06-16", body))
    assert [c.value["unit"] for c in x.claims if c.type == "number" and c.value["value"] == 1833164] == [
        "pilgrim"
    ]


def test_the_cause_of_an_accident_is_no_doer(tmp_path):
    """«عامل» is also a cause («عامل اصلی حادثه»): the accident keeps its place."""
    body = "به گفته پلیس، مه غلیظ عامل اصلی تصادف زنجیره‌ای روز شنبه در شهر یزد بود که ۱۲ کشته برجا گذاشت."
    x = extraction_of(tmp_path, "fa.md", md("fa", "2024-01-14", body))
    assert any(m.places for m in x.mentions if m.main)
