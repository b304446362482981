"""Values in words for readers: "more than 80 years", "between 5 and 7 percent", "1993"."""

from __future__ import annotations

from typing import Any

_UNIT_WORDS = {
    "decade": "decades",
    "year": "years",
    "month": "months",
    "week": "weeks",
    "day": "days",
    "hour": "hours",
    "minute": "minutes",
    "percent": "percent",
    "krona": "crowns",  # (kronor, kroner: the English reports' word for each)
    "percentage_point": "percentage points",
    "person": "people",
    "killed": "killed",
    "wounded": "injured",
    "crew": "crew",
    "foot": "feet",
    "mph": "mph",
    "kmh": "km/h",
    "magnitude": "",
}


def articles_text(ids: list[str] | tuple[str, ...]) -> str:
    """Articles named in a finding's text: all of a few; of many (an archive's copies of one wire
    story), the first ones and how many more, since the finding's values list them all."""
    ids = list(ids)
    if len(ids) <= _ARTICLES_SHOWN + 2:
        return ", ".join(ids)
    return f"{', '.join(ids[:_ARTICLES_SHOWN])} and {len(ids) - _ARTICLES_SHOWN} more"


_ARTICLES_SHOWN = 6


def number(x: float) -> str:
    """``4000`` → «4,000»; ``7.8`` → «7.8»."""
    x = float(x)
    if x.is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.0f}"


def quantity(v: dict[str, Any]) -> str:
    """A quantity interval in words, with its unit."""
    lo, hi = v.get("low"), v.get("high")
    unit = v.get("unit")
    word = unit_words(unit)
    tail = f" {word}" if word else ""
    if unit == "magnitude":
        tail = ""
    if lo is not None and lo == hi:
        head = number(lo)
    elif v.get("hedge") == "about" and lo is not None and hi is not None:
        head = f"about {number((lo + hi) / 2)}"
    elif lo is not None and hi is not None:
        head = f"between {number(lo)} and {number(hi)}"
    elif lo is not None:
        head = f"{'at least' if v.get('low_inclusive') else 'more than'} {number(lo)}"
    elif hi is not None:
        head = f"{'at most' if v.get('high_inclusive') else 'less than'} {number(hi)}"
    else:
        head = "an unknown number of"
    if unit == "magnitude":
        return f"magnitude {head}"
    return head + tail


def day_range(v: dict[str, Any]) -> str:
    """A date value as written for readers: «2024-12-08», «1993», «December 2003»."""
    if v.get("precision") == "day" or v.get("earliest") == v.get("latest"):
        return v.get("iso") or v["earliest"]
    if v.get("iso"):
        return v["iso"]
    return f"{v['earliest']} to {v['latest']}"


def value_text(predicate_value: str, v: dict[str, Any]) -> str:
    """Any frame value in words."""
    if predicate_value == "quantity":
        return quantity(v)
    if predicate_value == "date":
        return day_range(v)
    return str(v.get("display") or v.get("id") or v.get("name") or v)


def unit_words(unit: str | None) -> str:
    """How English reports write many of ``unit`` ("krona" → "crowns", "lash" → "lashes")."""
    return _UNIT_WORDS.get(unit or "", plural((unit or "").replace("_", " ")))


def plural(word: str) -> str:
    """An English noun in the plural ("spectator" → "spectators", "company" → "companies")."""
    if not word:
        return ""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("sh", "ch", "x", "z")):
        return word + "es"  # ("lash" → "lashes")
    return word if word.endswith("s") else word + "s"
