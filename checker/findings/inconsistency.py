"""IN01 weekday inconsistency and IN02 calendar-pair inconsistency, within one article.

IN01: a weekday given beside a date does not fit it («یکشنبه ۱۹ آذر ۱۴۰۳»: 19 Azar 1403 is a Monday).
IN02: two dates written side by side in two calendars («۱۵ اکتبر ۲۰۲۵ (۲۳ مهر ۱۴۰۴)») differ.
"""

from __future__ import annotations

import re
from itertools import pairwise

from checker.align.context import Context
from checker.findings.base import make_finding, value_entry
from checker.model import Finding
from checker.normalize.keys import isolate as q

WEEKDAY, PAIR = "IN01", "IN02"
_PUNCT = r"[\s()\[\]/،,\-–—=:]{0,6}"
_BETWEEN_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _between(links: list[str]) -> re.Pattern[str]:
    """Punctuation, or a linking word of the language's lexicon («الموافق», «برابر با»), between
    the two dates of one pair."""
    key = tuple(sorted(links, key=len, reverse=True))
    if key not in _BETWEEN_CACHE:
        alt = "|".join(re.escape(w) for w in key)
        word = rf"(?:{alt})" if alt else "(?!)"
        _BETWEEN_CACHE[key] = re.compile(rf"{_PUNCT}(?:{word}{_PUNCT})?")
    return _BETWEEN_CACHE[key]


def run(ctx: Context) -> list[Finding]:
    out = []
    for aid, x in sorted(ctx.extractions.items()):
        dates = [c for c in x.claims if c.type == "date" and c.value.get("earliest")]
        for c in dates:
            if c.value.get("weekday_ok") is False:
                out.append(
                    make_finding(
                        WEEKDAY,
                        "inconsistency",
                        "error",
                        f"article:{aid}:weekday:{c.value['iso']}",
                        f"{aid}: the weekday in {q(c.text)} does not fit {c.value['iso']}",
                        f"{c.value['iso']} is not a {c.value['weekday']}; either the weekday or the date is wrong.",
                        [value_entry(ctx, c.value["iso"], c.value["iso"], [c])],
                    )
                )
        between = _between(ctx.rules.lang("weekdays", x.article.language).get("date_links") or [])
        for a, b in _calendar_pairs(dates, x.article.text, between):
            if (
                a.value["precision"] != "day"
                or b.value["precision"] != "day"
                # (a weekday alone is placed by a guess, "next Sunday"; the date beside it says which:
                # «قرار است روز یکشنبه (۲۶ فروردین) … نشست برگزار کند» in a report of that Sunday)
                or _weekday_alone(a)
                or _weekday_alone(b)
                or not (a.value["latest"] and b.value["latest"])
                or not (a.value.get("iso") and b.value.get("iso"))  # «هفته آینده»: a week, no day (issue 9)
            ):
                continue
            if a.value["earliest"] <= b.value["latest"] and b.value["earliest"] <= a.value["latest"]:
                continue
            out.append(
                make_finding(
                    PAIR,
                    "inconsistency",
                    "error",
                    f"article:{aid}:calendar_pair:{a.start}",
                    f"{aid}: {q(a.text)} ({a.value['calendar']}) is {a.value['iso']} but {q(b.text)} ({b.value['calendar']}) beside it is {b.value['iso']}",
                    "The article gives one date in two calendars, and they do not convert to the same day.",
                    [
                        value_entry(ctx, a.value["iso"], a.value["iso"], [a]),
                        value_entry(ctx, b.value["iso"], b.value["iso"], [b]),
                    ],
                )
            )
    return out


def _calendar_pairs(dates: list, text: str, between: re.Pattern[str]) -> list[tuple]:
    """Dates written side by side in two calendars. A range beside a range («از پنجشنبه ۱۰ آبان تا
    شنبه ۱۲ آبان (۳۱ اکتبر تا ۲ نوامبر)») pairs start with start and end with end, though the first
    range's end stands next to the second's start."""
    out = []
    for i, (a, b) in enumerate(pairwise(dates)):
        if a.value["calendar"] == b.value["calendar"] or not between.fullmatch(text[a.end : b.start]):
            continue
        first = dates[i - 1] if i > 0 else None
        last = dates[i + 2] if i + 2 < len(dates) else None
        if (
            a.value.get("range") == "end"
            and b.value.get("range") == "start"
            and first is not None
            and last is not None
            and first.value.get("range") == "start"
            and last.value.get("range") == "end"
            and first.value["calendar"] == a.value["calendar"]
            and last.value["calendar"] == b.value["calendar"]
        ):
            out += [(first, b), (a, last)]
        else:
            out.append((a, b))
    return out


_WEEKDAY_RELATIONS = frozenset({"weekday", "next_weekday", "coming_weekday", "last_weekday"})


def _weekday_alone(c) -> bool:
    """A weekday with no date of its own, placed by a guess of which week."""
    return (c.value.get("relative") or {}).get("relation") in _WEEKDAY_RELATIONS
