"""Session 65, probe batch 15 (recall): a military offensive's toll («قتلوا خلال القتال», "killed in
the fighting", «در این درگیری‌ها») is the fighting's (rules/events ``fighting``, with no day of its
own: a war's fighting goes on for days), so the reports' tolls meet; a prison term is the
convict's, never the judge's who passed it; a term is no count over the places its clause names;
and a one-letter initial is no regnal number ("Ramona V. Manglona")."""

from __future__ import annotations

from tests.helpers import conflicts_of, edited, extraction_of, md, subfolder

_FIGHTING = {
    "en.md": md(
        "en",
        "2023-09-30",
        "YEREVAN — Azerbaijan retook the region in a one-day military offensive on Sept. 19. The "
        "region's ombudsman said at least 200 people were killed and more than 400 wounded in the "
        "fighting.",
    ),
    "ar.md": md(
        "ar",
        "2023-09-30",
        "يريفان - استعادت أذربيجان الإقليم في عملية عسكرية خاطفة يوم 19 سبتمبر. وقال أمين المظالم "
        "في الإقليم إن 200 شخص على الأقل قتلوا وأصيب أكثر من 400 آخرين خلال القتال.",
    ),
    "fa.md": md(
        "fa",
        "2023-09-30",
        "ایروان - جمهوری آذربایجان روز ۱۹ سپتامبر در یک عملیات نظامی یک‌روزه این منطقه را پس گرفت. "
        "مدافع حقوق بشر منطقه اعلام کرد در این درگیری‌ها دست‌کم ۲۰۰ نفر کشته و بیش از ۴۰۰ نفر زخمی شدند.",
    ),
}


def _killed_keys(folder, name: str, text: str) -> list[str]:
    x = extraction_of(folder, name, text)
    return [f.subject.get("type") for f in x.frames if f.predicate == "killed"]


def test_a_toll_of_fighting_is_the_fighting_s(tmp_path):
    for name, text in _FIGHTING.items():
        assert _killed_keys(subfolder(tmp_path, name[:2]), name, text) == ["fighting"], name


def test_an_air_strike_in_a_report_of_fighting_is_an_episode_of_it(tmp_path):
    """Fighting "entered its fourth day on Tuesday, with air strikes" in one report, a convoy shot
    at "on Monday" in another: no two dates of one attack."""
    story = {
        "en.md": md(
            "en",
            "2023-04-18",
            "KHARTOUM — Heavy fighting between the army and a paramilitary force entered its fourth "
            "day on Tuesday, with air strikes and artillery fire pounding parts of the capital.",
        ),
        "ar.md": md(
            "ar",
            "2023-04-18",
            "الخرطوم - تواصلت الاشتباكات العنيفة بين الجيش وقوات الدعم السريع لليوم الرابع. وقال وزير "
            "الخارجية الأمريكي إن قافلة دبلوماسية أمريكية تعرضت لإطلاق نار في الخرطوم يوم الاثنين.",
        ),
    }
    assert conflicts_of(tmp_path, story) == []


def test_a_changed_toll_of_the_fighting_conflicts(tmp_path):
    assert conflicts_of(subfolder(tmp_path, "same"), _FIGHTING) == []
    changed = edited(_FIGHTING, "fa.md", "دست‌کم ۲۰۰ نفر", "دست‌کم ۳۰۰ نفر")
    assert any("300" in str(f["values"]) for f in conflicts_of(subfolder(tmp_path, "changed"), changed))


def _sentences(folder, lang: str, text: str) -> list[dict]:
    x = extraction_of(folder, f"{lang}.md", md(lang, "2024-06-26", text))
    return [f.qualifiers for f in x.frames if f.predicate == "sentence"]


def test_the_judge_serves_no_sentence_and_its_prison_no_scope(tmp_path):
    en = (
        "SAIPAN — WikiLeaks founder Julian Assange pleaded guilty on Wednesday in a federal court. "
        "Chief U.S. District Judge Ramona V. Manglona accepted the plea and sentenced him to time "
        "served, the 62 months he spent in London's Belmarsh prison."
    )
    assert _sentences(subfolder(tmp_path, "en"), "en", en) == [{}]
    fa = (
        "جولیان آسانژ، بنیان‌گذار ویکی‌لیکس، روز چهارشنبه در دادگاه فدرال در سایپان اعتراف کرد. "
        "رامونا منگلونا، قاضی ارشد این دادگاه، او را به ۶۲ ماه زندان محکوم کرد."
    )
    assert all(q.get("person") != "منگلونا" for q in _sentences(subfolder(tmp_path, "fa"), "fa", fa))


def test_a_one_letter_initial_is_no_regnal_number(tmp_path):
    x = extraction_of(
        tmp_path,
        "en.md",
        md("en", "2024-06-26", "Chief U.S. District Judge Ramona V. Manglona accepted the plea."),
    )
    assert [c.value["name"] for c in x.claims if c.type == "person_role"] == ["Ramona V. Manglona"]


def test_a_lawn_is_no_chaman(tmp_path):
    """«در مراسمی در چمن جنوبی کاخ سفید»: the White House's South Lawn («چمن», lawn), no Chaman in
    Pakistan (rules/places/fa ``exclude``)."""
    text = "اسرائیل و امارات روز سه‌شنبه در مراسمی در چمن جنوبی کاخ سفید توافق را امضا کردند."
    x = extraction_of(tmp_path, "fa.md", md("fa", "2020-09-16", text))
    assert "pk.chaman" not in [c.value["place"] for c in x.claims if c.type == "place"]
