"""A day counted from another day of its sentence: "resigned on Friday, 16 days after the fire"
dates the fire 16 days before that Friday; so do «۱۶ روز پس از آتش‌سوزی» and «بعد 16 يوما من
الحريق» after a day their sentence names.

The words are ``offsets`` in rules/relative/<lang>.yaml: ``after`` and ``before`` words, and
whether they stand before the count (Arabic «بعد 16 يوما») or after it ("16 days after"). Only a
count of days or weeks, after a day (not a month or a year) named earlier in the sentence, gives
a day: the claim is a date whose ``derived`` says from what, and how far.
"""

from __future__ import annotations

from datetime import date, timedelta

from checker.extract.base import Doc
from checker.model import Claim
from checker.rules import Rules

_DAYS = {"day": 1, "week": 7}  # units a count of which moves a day by whole days
_GAP = 4  # characters of space or punctuation between the count and its word


def offset_dates(doc: Doc, claims: list[Claim], rules: Rules) -> list[Claim]:
    """New date claims for the counts of days after or before a day their sentence names."""
    cfg = rules.lang("relative", doc.lang).get("offsets") or {}
    words = [(w, -1) for w in cfg.get("after") or ()] + [(w, 1) for w in cfg.get("before") or ()]
    if not words:
        return []
    first = bool(cfg.get("word_first"))
    text = doc.article.text
    days = [
        c for c in claims if c.type == "date" and c.value.get("precision") == "day" and c.value.get("iso")
    ]
    taken = {(c.start, c.end) for c in claims if c.type == "date"}
    out = []
    for n in claims:
        unit = n.value.get("unit") if n.type == "number" else None
        if unit not in _DAYS or n.value.get("low") is None or n.value.get("low") != n.value.get("high"):
            continue
        hit = _word(text, n, words, first)
        if hit is None:
            continue
        s, e, sign = hit
        anchor = next(
            (d for d in sorted(days, key=lambda d: -d.start) if d.sentence == n.sentence and d.end <= s), None
        )
        if anchor is None or (s, e) in taken:
            continue
        moved = int(n.value["low"]) * _DAYS[unit] * sign
        day = date.fromisoformat(anchor.value["iso"]) + timedelta(days=moved)
        out.append(_claim(doc, n, s, e, day, anchor, moved))
    return out


def _word(text: str, n: Claim, words: list[tuple[str, int]], first: bool) -> tuple[int, int, int] | None:
    """``(start, end, sign)`` of the count and its offset word, when one stands beside it."""
    for w, sign in sorted(words, key=lambda x: -len(x[0])):
        if first:
            lo = n.start - len(w) - _GAP
            at = text.rfind(w, max(0, lo), n.start)
            if at >= 0 and not text[at + len(w) : n.start].strip(" \u200c,،"):
                return at, n.end, sign
        else:
            after = text[n.end : n.end + len(w) + _GAP]
            at = after.find(w)
            if at >= 0 and not after[:at].strip(" \u200c,،"):
                end = n.end + at + len(w)
                if end >= len(text) or not text[end].isalpha():
                    return n.start, end, sign
    return None


def _claim(doc: Doc, n: Claim, s: int, e: int, day: date, anchor: Claim, moved: int) -> Claim:
    iso = day.isoformat()
    value = {
        "iso": iso,
        "precision": "day",
        "earliest": iso,
        "latest": iso,
        "calendar": "gregorian",
        "original": {},
        "weekday": None,
        "weekday_ok": None,
        "relative": None,
        "marker": None,
        "derived": {"from": anchor.id, "days": moved},
    }
    return Claim(
        id=f"{doc.article.id}:date:{s}-{e}",
        article=doc.article.id,
        type="date",
        key="date",
        value=value,
        text=doc.article.text[s:e],
        start=s,
        end=e,
        sentence=n.sentence,
        rule=f"date.{doc.lang}.offset",
    )
