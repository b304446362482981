"""When something was done to a person: arrested or detained, killed. The date beside those words is
keyed on the person named before it, so two reports that date one person's arrest differently
conflict, whatever else their sentences say.

Sentences written for these tests from real reporting: Imran Khan's arrest at the Islamabad High
Court on 9 May 2023 (19 Ordibehesht 1402) and his release on bail two days later; Evan
Gershkovich, arrested in Yekaterinburg on 29 March 2023 and freed on 1 August 2024."""

from __future__ import annotations

from tests.helpers import conflicts_of, frames_of

KHAN_EN = (
    "---\ntitle: Imran Khan granted bail\npublished: 2023-05-12\nlanguage: en\n---\n"
    "ISLAMABAD, May 12 - Former Pakistani Prime Minister Imran Khan, who was arrested on May 9, 2023"
    " at the Islamabad High Court, was granted bail on Friday.\n"
)
KHAN_FA = (
    " date 2023-05-13\nبه گزارش ایرنا، عمران خان، نخست‌وزیر پیشین پاکستان که ۱۹ اردیبهشت ۱۴۰۲ در"
    " دادگاه عالی اسلام‌آباد بازداشت شده بود، روز جمعه با قرار وثیقه آزاد شد.\n"
)


def _acts(frames) -> list[tuple[str, str, str]]:
    return [
        (f.predicate, f.subject["tokens"][0], f.value["iso"])
        for f in frames
        if f.predicate in ("detained_on", "died_on")
    ]


def test_the_date_after_detained_is_when_the_person_named_before_was_detained(tmp_path):
    text = (
        "---\ntitle: t\npublished: 2024-08-02\nlanguage: en\n---\n"
        "Russia freed Evan Gershkovich on Thursday. Gershkovich, who was detained on March 29, 2023 in"
        " Yekaterinburg, had been held for 491 days.\n"
    )
    assert _acts(frames_of(tmp_path, "en.md", text)) == [("detained_on", "n:gershkovich", "2023-03-29")]


def test_a_persian_date_before_its_verb_is_the_arrest_and_also_the_hearing_it_names(tmp_path):
    """«… که ۱۹ اردیبهشت ۱۴۰۲ در دادگاه … بازداشت شده بود»: the arrest's date, keyed on Khan; the
    court the sentence names keeps the day too."""
    frames = frames_of(tmp_path, "fa.txt", KHAN_FA)
    assert _acts(frames) == [("detained_on", "n:خان", "2023-05-09")]
    assert [f.value["iso"] for f in frames if f.predicate == "event_date"] == ["2023-05-09"]


def test_reports_that_date_one_arrest_differently_conflict(tmp_path):
    conflicts = conflicts_of(
        tmp_path, {"en.md": KHAN_EN, "fa.txt": KHAN_FA.replace("۱۹ اردیبهشت", "۱۶ اردیبهشت")}
    )
    assert any(
        f["message"].startswith("arrested or detained on")
        and {v["articles"][0] for v in f["values"]} == {"en", "fa"}
        for f in conflicts
    )


def test_reports_that_date_one_arrest_alike_do_not_conflict(tmp_path):
    assert [
        f for f in conflicts_of(tmp_path, {"en.md": KHAN_EN, "fa.txt": KHAN_FA}) if "detained" in f["message"]
    ] == []


def test_a_speakers_words_give_no_ones_arrest_a_date(tmp_path):
    """ "Khan said police detained 20 supporters on May 10": the date is of the arrests he speaks
    of, not of his own."""
    text = (
        "---\ntitle: t\npublished: 2023-05-12\nlanguage: en\n---\n"
        "Khan said police detained 20 of his supporters on May 10, 2023.\n"
    )
    assert _acts(frames_of(tmp_path, "en.md", text)) == []
