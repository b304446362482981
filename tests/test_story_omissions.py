"""OM02 over a whole story: reports that events link, each telling its own occasion of it."""

from __future__ import annotations

from tests.helpers import edited, findings_of, md

# A report of the lying in state (which names the funeral to come), and two of the funeral.
_STORY = {
    "ar.md": md(
        "ar",
        "2022-09-15",
        "اصطف عشرات الآلاف في لندن اليوم الخميس لإلقاء النظرة الأخيرة على نعش الملكة إليزابيث الثانية في"
        " قاعة وستمنستر قبل الجنازة يوم الاثنين. وأعلن تشارلز ملكا يوم السبت في قصر سانت جيمس بحضور"
        " رئيسة الوزراء ليز تراس. وتقام الجنازة الرسمية يوم الاثنين ١٩ سبتمبر ٢٠٢٢ في كنيسة وستمنستر بحضور"
        " ألفي ضيف.",
    ),
    "en.md": md(
        "en",
        "2022-09-19",
        "The state funeral of Queen Elizabeth II was held at Westminster Abbey on Monday. Prime Minister"
        " Liz Truss read a lesson, and US President Joe Biden was among 2,000 guests.",
    ),
    "fa.md": md(
        "fa",
        "2022-09-19",
        "مراسم تشییع ملکه الیزابت دوم روز دوشنبه در کلیسای وست‌مینستر لندن با حضور ۲ هزار مهمان برگزار شد."
        " جو بایدن، رئیس‌جمهور آمریکا، در این مراسم حضور داشت.",
    ),
}


def _story_omissions(tmp_path, story) -> list[dict]:
    return [f for f in findings_of(tmp_path, story) if f["code"] == "OM02" and f["key"].startswith("story:")]


def test_an_official_two_reports_of_a_story_name_is_left_out_by_a_third(tmp_path):
    """The prime minister is named with her role in the report of the lying in state and in one of
    the funeral: no one occasion has her in most of its reports, but the story does, and the other
    report of the funeral leaves her out."""
    [om] = _story_omissions(tmp_path, _STORY)
    assert om["missing_in"] == ["fa"]
    assert "prime minister" in om["message"] and {v["value"] for v in om["values"]} == {"name:لیز_تراس"}
    assert "one story" in om["explanation"]


def test_a_report_out_before_every_report_naming_someone_leaves_no_one_out(tmp_path):
    """The report of the lying in state came out four days before the funeral whose guests the other
    two name: it leaves out no president. Dated with them, it would."""
    assert all("Biden" not in f["message"] for f in _story_omissions(tmp_path, _STORY))
    same_day = edited(_STORY, "ar.md", "2022-09-15", "2022-09-19")
    assert any(
        "ar" in f["missing_in"] and "Biden" in f["message"] for f in _story_omissions(tmp_path, same_day)
    )


def test_a_story_of_two_reports_is_left_to_its_event(tmp_path):
    """Two reports: a third naming is what makes "most" of a story; of two, the event's own
    finding (OM02 of one event) speaks."""
    two = {k: v for k, v in _STORY.items() if k != "en.md"}
    assert not _story_omissions(tmp_path, two)


def test_an_undated_report_naming_someone_still_counts(tmp_path):
    """One report that names the prime minister has no date: the others' dates alone say who came
    out first (a date and no date are never compared), and the third report still leaves her out.
    (The undated report may leave out others: nothing says it came out before them.)"""
    undated = edited(_STORY, "ar.md", "published: 2022-09-15\n", "")
    [om] = [f for f in _story_omissions(tmp_path, undated) if f["missing_in"] == ["fa"]]
    assert "prime minister" in om["message"]


def test_a_surname_written_as_two_words_names_the_person():
    """«نصرالله», one word in a name's key, is named by an article that writes «نصر الله»; a half
    alone, or halves too short to be words, name no one."""
    from checker.findings.omission import _split_in

    assert _split_in("نصرالله", {"السيد", "حسن", "نصر", "الله"})
    assert not _split_in("نصرالله", {"حسن", "الله"})
    assert not _split_in("abc", {"a", "bc", "ab", "c"})


def test_a_story_of_more_reports_than_the_bound_is_left_to_its_events(tmp_path, monkeypatch):
    """An archive's story of hundreds of reports: no story-wide omission (the bound set to two here,
    below the three reports of the story)."""
    import checker.findings.omission as omission

    monkeypatch.setattr(omission, "_STORY_MAX", 2)
    assert not _story_omissions(tmp_path, _STORY)
