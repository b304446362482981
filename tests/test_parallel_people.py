"""Parallel sentences that name two people in one role (align/parallel ``_person_pair``, CF01).

Office conflicts are keyed on (country, role) for offices one person holds at a time. A role that
many hold at once (an envoy, an archbishop whose see the text does not place) has no such key, yet
two reports that tell one fact in one sentence each, translated, and name a different person in
that role disagree: "US special envoy Steve Witkoff met President Vladimir Putin in St Petersburg
on Friday, April 11" and «کیت کلاگ، فرستاده ویژه آمریکا، روز جمعه ۱۱ آوریل … با ولادیمیر پوتین
دیدار کرد». CF01 reports it as a possible conflict (a warning: the sentences pair the people, no
key does).

The articles are written for the test, in our own words, from the reporting on Witkoff's meeting
with Putin (11 April 2025); the swapped name is another US envoy of the time.
"""

from __future__ import annotations

import pytest

from tests.helpers import conflicts_coded, edited, extraction_of, md, roles_of, subfolder

_EN = (
    "US special envoy Steve Witkoff met President Vladimir Putin in St Petersburg on Friday, April 11,"
    " for more than four hours, the Kremlin said."
)
_FA = (
    "استیو ویتکاف، فرستاده ویژه آمریکا، روز جمعه ۱۱ آوریل بیش از چهار ساعت در سن‌پترزبورگ با ولادیمیر"
    " پوتین دیدار کرد."
)
_STORY = {"en.md": md("en", "2025-04-12", _EN), "fa.md": md("fa", "2025-04-12", _FA)}


def test_another_person_in_the_role_is_a_possible_conflict(tmp_path):
    assert not conflicts_coded(subfolder(tmp_path, "same"), _STORY, "CF01")
    found = conflicts_coded(
        subfolder(tmp_path, "m"), edited(_STORY, "fa.md", "استیو ویتکاف", "کیت کلاگ"), "CF01"
    )
    assert len(found) == 1
    f = found[0]
    assert f["severity"] == "warning" and "envoy" in f["message"]
    assert {e["text"] for v in f["values"] for e in v["evidence"]} == {
        "US special envoy Steve Witkoff",
        "کیت کلاگ، فرستاده ویژه آمریکا",
    }


@pytest.mark.parametrize(
    ("new", "why"),
    [
        ("کیت کلاگ، فرستاده ویژه پیشین آمریکا", "a former envoy holds the role no more"),
        ("کیت کلاگ، سخنگوی وزارت خارجه آمریکا", "another role"),
    ],
)
def test_guards(tmp_path, new, why):
    story = edited(_STORY, "fa.md", "استیو ویتکاف، فرستاده ویژه آمریکا", new)
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
