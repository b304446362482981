"""Date estimates of undated articles: latest bounds from plans and deadlines, the lead's weekday.

General examples in fa, ar and en, with negatives: a past "until" is no plan, a weekday alone
narrows nothing, and a plan earlier than the article's earliest bound is left out.
"""

from __future__ import annotations

import pytest

from checker.align import build_context
from checker.model import Article
from checker.pipeline import extract_article
from checker.rules import load_rules


def _time(text: str, lang: str):
    rules = load_rules()
    x = extract_article(Article(id="u", text=text, path="u", language=lang), rules)
    ctx = build_context([x], rules)
    return ctx.times["u"]


def _kinds(t) -> dict[str, dict]:
    return {e["kind"]: e for e in t.evidence}


@pytest.mark.parametrize(
    ("lang", "text", "latest"),
    [
        ("fa", "سازمان ملل اعلام کرد آتش بس تا 31 دسامبر 2025 تمدید شد.", "2025-12-31"),
        ("fa", "وزیر نفت گفت این طرح تا پایان سال ۲۰۲۵ به پایان می‌رسد.", "2025-12-31"),
        ("en", "The summit is scheduled for March 2026 in Geneva, officials said.", "2026-03-31"),
        ("en", "The council extended the mandate until 30 June 2026, diplomats said.", "2026-06-30"),
        ("ar", "وقال الوزير إنه تم تمديد الهدنة حتى نهاية عام 2025.", "2025-12-31"),
        ("ar", "ومن المقرر أن تعقد القمة في 15 مارس 2026 في الرياض.", "2026-03-15"),
    ],
)
def test_a_plan_or_deadline_bounds_the_article_from_above(lang, text, latest):
    t = _time(text, lang)
    assert t.latest is not None and t.latest.isoformat() == latest, t.evidence
    plan = _kinds(t)["plan"]
    assert plan["bound"] == "latest" and plan["text"] in text and "plan or deadline" in plan["explanation"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He served as foreign minister until 2019 and now teaches in Geneva."),
        ("fa", "او تا سال ۲۰۱۹ وزیر خارجه بود."),
        ("ar", "شغل منصب وزير الخارجية حتى عام 2019."),
        ("en", "The ceasefire signed in March 2020 collapsed within weeks."),
    ],
)
def test_a_past_until_or_a_past_date_is_no_plan(lang, text):
    assert "plan" not in _kinds(_time(text, lang))


def test_a_plan_before_the_earliest_bound_is_left_out():
    text = (
        "The rebels took Damascus on 8 December 2024. "
        "The talks had been scheduled for March 2023 but never took place."
    )
    t = _time(text, "en")
    assert t.earliest.isoformat() == "2024-12-08"
    assert "plan" not in _kinds(t) and t.latest is None


def test_the_lead_weekday_after_a_past_event_moves_the_earliest_bound():
    text = (
        "Putin received Syria's foreign minister at the Kremlin on Thursday afternoon.\n"
        "The rebels took Damascus on Sunday 8 December 2024, ending decades of rule."
    )
    t = _time(text, "en")
    # 2024-12-08 is a Sunday; the first Thursday since is 2024-12-12.
    assert t.earliest.isoformat() == "2024-12-12", t.evidence
    w = _kinds(t)["weekday"]
    assert w["bound"] == "earliest" and "thursday" in w["explanation"].lower()


def test_a_weekday_alone_narrows_nothing():
    t = _time("وزير الخارجية وصل إلى موسكو يوم الخميس وأجرى محادثات.", "ar")
    assert (t.earliest, t.latest) == (None, None)


def test_two_weekdays_in_the_lead_fix_nothing():
    text = (
        "مذاکرات روز دوشنبه آغاز شد و روز پنجشنبه پایان یافت.\n"
        "معارضان در صبح یکشنبه 18 آذر 1403 کنترل دمشق را به دست گرفتند."
    )
    t = _time(text, "fa")
    assert t.earliest.isoformat() == "2024-12-08" and "weekday" not in _kinds(t)
