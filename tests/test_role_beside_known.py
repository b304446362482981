"""A Persian role between two names: the name before it is the holder's when the known person after
it holds another office («جنت یلن وزیر خزانه‌داری آمریکا بایدن را همراهی کرد»)."""

from __future__ import annotations

from tests.helpers import conflicts_coded, edited, extraction_of, md, subfolder

_TALKS = {
    "en.md": md(
        "en",
        "2023-11-16",
        "U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday. U.S. Treasury Secretary"
        " Janet Yellen joined Biden at the talks.",
    ),
    "fa.md": md(
        "fa",
        "2023-11-16",
        "جو بایدن رئیس جمهور آمریکا روز چهارشنبه با شی جین‌پینگ رئیس جمهور چین دیدار کرد. جنت یلن وزیر"
        " خزانه‌داری آمریکا بایدن را در این دیدار همراهی کرد.",
    ),
}


def test_the_name_before_the_role_holds_it(tmp_path):
    x = extraction_of(tmp_path, "fa.md", _TALKS["fa.md"])
    held = {(c.value.get("role"), c.value.get("name")) for c in x.claims if c.type == "person_role"}
    assert ("finance_minister", "جنت یلن") in held, held
    assert ("finance_minister", "بایدن") not in held, held


def test_no_false_conflict_and_a_swapped_holder_conflicts(tmp_path):
    assert conflicts_coded(subfolder(tmp_path, "same"), _TALKS, "CF01") == []
    swapped = edited(_TALKS, "fa.md", "جنت یلن وزیر", "جینا ریموندو وزیر")
    [found] = conflicts_coded(subfolder(tmp_path, "swapped"), swapped, "CF01")
    assert "finance minister" in found["message"], found["message"]


def test_the_organizations_head_with_a_clitic_preposition(tmp_path):
    # («المدير العام للمنظمة»: «ل» + «المنظمة», the body the article named last)
    ar = md(
        "ar",
        "2023-05-05",
        "أعلنت منظمة الصحة العالمية يوم الجمعة انتهاء حالة الطوارئ. وقال المدير العام للمنظمة تيدروس أدهانوم"
        " غيبريسوس في جنيف إن اللجنة أوصت بذلك.",
    )
    x = extraction_of(tmp_path, "ar.md", ar)
    [role] = [c for c in x.claims if c.type == "person_role"]
    assert (role.value.get("scope") or {}).get("org") == "who", role.value


def test_an_age_after_a_hyphenated_surname(tmp_path):
    from tests.helpers import frames_of

    en = md(
        "en",
        "2024-03-28",
        "FTX founder Sam Bankman-Fried was sentenced on Thursday. The judge ordered Bankman-Fried, 32, to forfeit"
        " $11 billion.",
    )
    assert [f.predicate for f in frames_of(tmp_path, "en.md", en) if f.value.get("low") == 32] == ["age"]
