"""Readings the unseen probe batch 39 (Elizabeth Holmes's sentencing, the Voepass turboprop crash)
showed missing, each checked here on a text written for the test, in our own words:

- «نطق بالحكم القاضي …»: the role word behind a preposition ("with the verdict") owns no role
  after it; the judge named is a judge, not a referee;
- Arabic puts the verb first: in «وأمر القاضي بانكمان بتسليم نفسه», after the article has named
  the judge in full, "the judge" is the subject and the one-word name after it the object;
- an age set off by commas owns one figure: «طالب بسجن …، البالغ من العمر ٣٢ عاماً، مدة ٥٠
  عاماً» asks for 50 years, and 50 is no age;
- a turboprop's maker before its model ("ATR 72-500", «ای‌تی‌آر ۷۲-۵۰۰») makes the figures
  a model's, no range of people aboard.

The stories: Sam Bankman-Fried's sentencing in New York on 28 March 2024 (25 years; prosecutors
had sought 40 to 50); the Yeti Airlines ATR 72-500 that crashed at Pokhara on 15 January 2023
with 72 people on board.
"""

from __future__ import annotations

from tests.helpers import extraction_of, frames_of, md, roles_of

_SENTENCING_AR = (
    "أصدرت محكمة فدرالية في نيويورك يوم الخميس حكماً بسجن سام بانكمان فريد، مؤسس منصة إف تي إكس،"
    " مدة ٢٥ عاماً. ونطق بالحكم القاضي لويس كابلان في مانهاتن.\n\n"
    "وكان الادعاء قد طالب بسجن بانكمان، البالغ من العمر ٣٢ عاماً، مدة ٥٠ عاماً.\n\n"
    "وأمر القاضي بانكمان، الموقوف منذ أغسطس، بدفع ١١ مليار دولار."
)


def test_the_judge_named_after_the_verdict_word_is_a_judge(tmp_path):
    ex = extraction_of(tmp_path, "ar.md", md("ar", "2024-03-28", _SENTENCING_AR))
    assert ("لويس كابلان", "judge") in roles_of(ex)


def test_the_one_word_name_after_the_judge_already_named_is_the_object(tmp_path):
    ex = extraction_of(tmp_path, "ar.md", md("ar", "2024-03-28", _SENTENCING_AR))
    assert [name for name, role in roles_of(ex) if role == "judge"] == ["لويس كابلان"]


def test_a_one_word_judge_with_no_judge_named_before_stays(tmp_path):
    # (the rule reads a name as the object only against a judge the article has named in full)
    ex = extraction_of(
        tmp_path,
        "ar.md",
        md(
            "ar",
            "2024-03-28",
            "أصدرت محكمة فدرالية في نيويورك يوم الخميس حكماً بسجن سام بانكمان فريد مدة ٢٥ عاماً، وقال"
            " القاضي كابلان، في جلسة النطق بالحكم، إنه لم يبد ندماً.",
        ),
    )
    assert ("كابلان", "judge") in roles_of(ex)


def test_an_age_between_commas_owns_one_figure(tmp_path):
    frames = frames_of(tmp_path, "ar.md", md("ar", "2024-03-28", _SENTENCING_AR))
    by = {f.value.get("low"): f for f in frames if f.value.get("unit") == "year"}
    assert by[32].predicate == "age"
    assert by[50].predicate == "sentence"
    assert by[50].qualifiers.get("requested") == "prosecution"


def test_a_turboprops_model_is_no_count_of_people(tmp_path):
    for lang, body in (
        (
            "en",
            "The ATR 72-500 operated by Yeti Airlines crashed into a gorge near Pokhara on Sunday with"
            " 72 people on board.",
        ),
        ("fa", "هواپیمای ای‌تی‌آر ۷۲-۵۰۰ شرکت یتی روز یکشنبه با ۷۲ سرنشین در نزدیکی پوخارا سقوط کرد."),
    ):
        ex = extraction_of(tmp_path, f"{lang}.md", md(lang, "2023-01-16", body))
        figures = [(c.value["low"], c.value["high"]) for c in ex.claims if c.type == "number"]
        assert figures == [(72, 72)], lang
        assert [(f.value["low"], f.value["high"]) for f in ex.frames if f.predicate == "aboard"] == [(72, 72)]
