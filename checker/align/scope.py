"""Blocking keys: what an article shares with the other reports of its story.

An incremental check (``check --store S NEW…``) does not align the new articles with the whole
archive. It aligns them with the stored articles that share a *specific* key with them and were
published near them: a person's name, an office (role and country), a place below the country,
an exact figure of 100 or more, or the type of the occasion the article reports. These are what
the alignment stage links events, offices and frames by, so reports of one story meet through at
least one of them, and two stories that share none are never compared.

Two limits keep the neighbourhood small in a large archive:

- **Window.** Keys meet only between articles published within ``WINDOW_DAYS`` of each other. An
  undated article (no metadata, no dateline) meets the stored articles at any date: the old,
  undated report is the one a fact-checker most needs compared.
- **Specificity.** A key that more than ``MAX_SHARED`` stored articles hold within the window
  (a head of state, a capital) tells no story apart; it is not used to bring articles in.
"""

from __future__ import annotations

from datetime import date

from checker.align.entities import name_key
from checker.calendars.gregorian import iso_day
from checker.model import Extraction
from checker.rules import Rules

WINDOW_DAYS = 366
MAX_SHARED = 64
# A figure this large is specific enough to tell a story (a toll, a sum); years are not figures.
_MIN_FIGURE = 100
_YEARS = range(1300, 2101)


def scope_keys(x: Extraction, rules: Rules) -> list[str]:
    """The article's blocking keys, sorted and without repeats."""
    keys: set[str] = set()
    for c in x.claims:
        v = c.value
        if c.type == "person_role":
            name = v.get("name")
            if name:
                k = name_key(name, rules)
                if len(k) >= 4:
                    keys.add(f"n:{k}")
            if v.get("role") and v.get("country"):
                keys.add(f"o:{v['country']}:{v['role']}")
        elif c.type == "place" and v.get("place") and v.get("kind") != "country":
            keys.add(f"p:{v['place']}")
        elif c.type == "number":
            lo, hi = v.get("low"), v.get("high")
            if isinstance(lo, int | float) and lo == hi and lo >= _MIN_FIGURE and int(lo) not in _YEARS:
                keys.add(f"f:{lo:g}")
    keys.update(f"e:{m.type}" for m in x.mentions if m.main)
    return sorted(keys)


def scope_day(x: Extraction) -> date | None:
    """The day the article is placed at for the window: its publication date, if it has one."""
    return iso_day(x.article.published)
