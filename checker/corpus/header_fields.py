"""Labelled lines that open a scraped text file: the article's fields, not its text.

Scrapers and copy-paste often save an article as::

    Title: Erdogan wins runoff with 52.2 percent
    Source: Anadolu
    Date: 2023-05-28

    ANKARA — …

or with Persian or Arabic labels («عنوان: …», «منبع: …», «تاریخ: ۱۴۰۲/۰۳/۰۷», «المصدر: …»). The
labels are data (``header_fields`` in ``rules/boilerplate/<lang>.yaml``; every language's labels
apply, since a scraper's labels need not be in the article's language). :func:`read_header`
reads the run of such lines at the top of the text, blank lines between them allowed, up to the
first line that is not one. Each line it reads is boilerplate, so "Title:" never becomes a
word of the headline and "Source: Anadolu" is no claim.

A date is read when it is numeric: year, month and day (any digit script, ``-``, ``/`` or ``.``
between), or day, month and year: under an Arabic or Persian label day first, as those sites
write it («03/11/2024» is 3 November), under an English one only when one of the first two is
above 12 (03/04/2023 may be March or April). A year before 1700 under
a Persian label is a Jalali year. A date it cannot read (a month name, an ambiguous 03/04/2023)
keeps its line as text, where the date extractor reads it as a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from checker.calendars import to_gregorian
from checker.normalize import fold
from checker.rules import Rules

FIELDS = ("title", "outlet", "published", "url", "author")
_LINE = re.compile(r"[ \t\ufeff]*([^\n:：]{1,40}?)[ \t]*[:：][ \t]*([^\n]*?)[ \t\r]*(?:\n|\Z)")
_BLANK = re.compile(r"[ \t\r\ufeff]*\n")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_DAY_FIRST = frozenset({"ar", "fa"})  # labels of languages whose numeric dates put the day first
_GREGORIAN_FROM = 1700  # a year before this under a Persian label is Jalali («۱۴۰۲/۰۳/۰۷»)


@dataclass
class Header:
    """What the labelled lines at the top of a text say, and where they are."""

    fields: dict[str, str] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)


_CACHE: dict[int, tuple[Rules, dict[str, tuple[str, str]]]] = {}


def _labels(rules: Rules) -> dict[str, tuple[str, str]]:
    """Folded label → (field, language of the file that lists it), built once per Rules object."""
    hit = _CACHE.get(id(rules))
    if hit is None or hit[0] is not rules:
        hit = (rules, _read_labels(rules))
        _CACHE[id(rules)] = hit
    return hit[1]


def _read_labels(rules: Rules) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for lang, data in sorted(rules.files.get("boilerplate", {}).items()):
        for name, phrases in sorted((data.get("header_fields") or {}).items()):
            if name in FIELDS:
                for p in phrases:
                    out.setdefault(" ".join(fold(p).split()), (name, lang))
    return out


def read_header(text: str, rules: Rules) -> Header:
    """The fields of the labelled lines that open ``text`` (see the module docstring)."""
    labels = _labels(rules)
    out = Header()
    pos = 0
    while pos < len(text):
        blank = _BLANK.match(text, pos)
        if blank:
            pos = blank.end()
            continue
        m = _LINE.match(text, pos)
        hit = labels.get(" ".join(fold(m.group(1)).split())) if m else None
        if m is None or hit is None or not m.group(2):
            break
        name, lang = hit
        value = m.group(2)
        if name == "published":
            value = _date(value, lang) or ""
        pos = m.end()
        if not value:
            continue  # (a date it cannot read: its line stays text, for the date extractor)
        out.fields.setdefault(name, value)  # (a field said twice: the first counts)
        out.spans.append((m.start(1), m.end(2)))
    return out


def _date(value: str, lang: str) -> str | None:
    """``value`` as an ISO date, or None when it is no numeric date this can read."""
    v = fold(value).strip()
    try:
        m = _YMD.match(v)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            if y >= _GREGORIAN_FROM:
                return date(y, mo, d).isoformat()
            return to_gregorian("jalali", y, mo, d).isoformat() if lang == "fa" else None
        m = _DMY.match(v)
        if m:
            a, b, y = (int(x) for x in m.groups())
            if y < _GREGORIAN_FROM or (a <= 12 and b <= 12 and a != b and lang not in _DAY_FIRST):
                return None  # (03/04/2023 under an English label: March or April, the text cannot say)
            d, mo = (b, a) if b > 12 else (a, b)
            return date(y, mo, d).isoformat()
    except ValueError:
        return None
    return None
