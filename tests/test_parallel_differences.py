"""Parallel sentences that differ on one place or one person (align/parallel ``_place_pair`` and
``_person_pair``; findings CF05 and CF01, as warnings).

Two reports often tell one fact in one sentence each, translated. When the two sentences are each
other's best match and share two other things (a name, a day, a sum), the one place or the one
person they differ on is a possible conflict, for no key pairs them: the sentences do.

- A place: two towns (or provinces) of one country that neither holds nor is held by the other,
  each named as where something is or happened (not a bare mention or a dateline).
- A person: two people in one role that the office check does not key (an envoy, an archbishop
  whose see the text lost), neither a former, acting or deputy holder, and neither sentence naming
  the other's person in any words.

The articles are written for the test, in our own words, from the reporting on Pakistan's floods
(late August 2022) and on Steve Witkoff's meeting with Vladimir Putin (11 April 2025); each swapped
name is another town of Pakistan, or another US envoy of the time.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, edited, extraction_of, md, roles_of, subfolder

_FLOODS = {
    "en.md": md(
        "en",
        "2022-08-31",
        "Prime Minister Shehbaz Sharif, speaking to reporters in Sukkur on Tuesday, said the floods had"
        " caused losses of at least $10 billion.",
    ),
    "fa.md": md(
        "fa",
        "2022-08-31",
        "شهباز شریف، نخست‌وزیر پاکستان، روز سه‌شنبه در گفت‌وگو با خبرنگاران در سکهر گفت خسارت سیل"
        " دست‌کم ۱۰ میلیارد دلار است.",
    ),
}
_ENVOY = {
    "en.md": md(
        "en",
        "2025-04-12",
        "US special envoy Steve Witkoff met President Vladimir Putin in St Petersburg on Friday, April 11,"
        " for more than four hours, the Kremlin said.",
    ),
    "fa.md": md(
        "fa",
        "2025-04-12",
        "استیو ویتکاف، فرستاده ویژه آمریکا، روز جمعه ۱۱ آوریل بیش از چهار ساعت در سن‌پترزبورگ با ولادیمیر"
        " پوتین دیدار کرد.",
    ),
}


@pytest.mark.parametrize(
    ("story", "old", "new", "code", "quoted"),
    [
        (_FLOODS, "در سکهر", "در لاهور", "CF05", {"Sukkur", "لاهور"}),
        (
            _ENVOY,
            "استیو ویتکاف",
            "کیت کلاگ",
            "CF01",
            {"US special envoy Steve Witkoff", "کیت کلاگ، فرستاده ویژه آمریکا"},
        ),
    ],
    ids=["place", "person"],
)
def test_the_one_thing_parallel_sentences_differ_on_is_a_possible_conflict(
    tmp_path, story, old, new, code, quoted
):
    assert not conflicts_coded(subfolder(tmp_path, "same"), story, code)
    [f] = conflicts_coded(subfolder(tmp_path, "m"), edited(story, "fa.md", old, new), code)
    assert f["severity"] == "warning" and "parallel sentences" in f["message"]
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == quoted


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("در سکهر", "در استان سند", "the province holds the town"),
        ("در سکهر", "در دبی", "a town of another country: where, not which town"),
    ],
)
def test_place_guards(tmp_path, old, new, why):
    assert not conflicts_coded(tmp_path, edited(_FLOODS, "fa.md", old, new), "CF05"), why


def test_a_town_only_mentioned_pairs_nothing(tmp_path):
    # (the second town of a list is a bare mention, not where the losses were counted; the first,
    # Karachi, is shared)
    story = {
        "en.md": md(
            "en",
            "2022-08-31",
            "Prime Minister Shehbaz Sharif said on Tuesday that the floods had caused losses of at least"
            " $10 billion in Karachi and Sukkur.",
        ),
        "fa.md": md(
            "fa",
            "2022-08-31",
            "شهباز شریف، نخست‌وزیر پاکستان، روز سه‌شنبه گفت خسارت سیل در کراچی و لاهور دست‌کم ۱۰ میلیارد دلار است.",
        ),
    }
    assert not conflicts_coded(tmp_path, story, "CF05")


def test_the_sentences_must_share_more_than_one_thing(tmp_path):
    # (the day alone in common, and figures that differ: the figures pair the sentences, but one
    # shared thing tells no one fact, as in "five pilgrims died in Mecca and Medina" against
    # «القنصلية في جدة أصدرت 41 تصريح دفن لحجاج … في مكة»)
    story = {
        "en.md": md("en", "2022-08-31", "Officials said on Tuesday that 41 people had died in Sukkur."),
        "fa.md": md("fa", "2022-08-31", "مقامات روز سه‌شنبه گفتند ۱۴ نفر در لاهور جان باختند."),
    }
    assert not conflicts_coded(tmp_path, story, "CF05")


@pytest.mark.parametrize(
    ("new", "why"),
    [
        ("کیت کلاگ، فرستاده ویژه پیشین آمریکا", "a former envoy holds the role no more"),
        ("کیت کلاگ، سخنگوی وزارت خارجه آمریکا", "another role"),
    ],
)
def test_person_guards(tmp_path, new, why):
    story = edited(_ENVOY, "fa.md", "استیو ویتکاف، فرستاده ویژه آمریکا", new)
    assert not conflicts_coded(tmp_path, story, "CF01"), why


def test_a_sentence_that_names_the_other_person_too(tmp_path):
    # (the shape of a list of those present, "X, special envoy of the United States, Y, and two
    # aides": the role is read for the name after it, and the sentence still names X)
    en = (
        "The US team at the talks with Vladimir Putin in St Petersburg on Friday, April 11, included"
        " Andrew Peek, special envoy of the United States, Michael Anton, and two aides."
    )
    fa = "اندرو پیک، فرستاده ویژه آمریکا، روز جمعه ۱۱ آوریل در سن‌پترزبورگ با ولادیمیر پوتین دیدار کرد."
    story = {"en.md": md("en", "2025-04-12", en), "fa.md": md("fa", "2025-04-12", fa)}
    assert not conflicts_coded(tmp_path, story, "CF01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «تام» (Tom) is also a word of a role phrase (plenipotentiary): a name still, in
        # rules/people_cues/fa.yaml name_words
        ("تام پریلو، فرستاده ویژه آمریکا، روز پنجشنبه گفت مذاکرات ادامه دارد.", [("تام پریلو", "envoy")]),
        (
            "علی رضایی، نماینده تام الاختیار ایران، روز پنجشنبه گفت مذاکرات ادامه دارد.",
            [("علی رضایی", "envoy")],
        ),
    ],
)
def test_a_word_of_a_role_phrase_may_begin_a_name(tmp_path, text, expected):
    assert roles_of(extraction_of(tmp_path, "fa.md", md("fa", "2024-08-16", text))) == expected
