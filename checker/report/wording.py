"""Words for readers: values, keys and article names as a newsroom says them.

Readers never see internal keys (``quantity:year:c:relations+…``) or interval notation
(``(80, ∞) year``): a value is rendered from its fields (``low``, ``high``, ``hedge``,
``unit``) and falls back to its ``display``. Article ids become "outlet: headline".
"""

from __future__ import annotations

import re
from typing import Any

from checker.findings.wording import plural as plural_of
from checker.findings.wording import unit_words

_FSI, _PDI = "\u2068", "\u2069"
# Direction controls that could reorder what is shown around them (embeddings, overrides,
# isolates). Text from an article is shown with them removed, inside an isolate of our own.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# C0/C1 control characters, ANSI escapes among them: none reaches a terminal or a file.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_EITHER = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\x00-\x08\x0b-\x1f\x7f-\x9f]")

_UNITS = {
    "year": ("year", "years"),
    "person": ("person", "people"),
    "percent": ("per cent", "per cent"),
    "mph": ("mph", "mph"),
    "kmh": ("km/h", "km/h"),
    "km": ("km", "km"),
    "kg": ("kg", "kg"),
    "square_km": ("square km", "square km"),
    "cubic_km": ("cubic km", "cubic km"),
    "celsius": ("°C", "°C"),
    "fahrenheit": ("°F", "°F"),
    "child": ("child", "children"),
    "woman": ("woman", "women"),
    "foot": ("foot", "feet"),
    "killed": ("killed", "killed"),
    "wounded": ("wounded", "wounded"),
    "crew": ("crew", "crew"),
    "yen": ("yen", "yen"),
    "yuan": ("yuan", "yuan"),
    "aircraft": ("aircraft", "aircraft"),
}
_HEDGES_OPEN_LOW = {"more_than": "more than", "over": "more than", "at_least": "at least"}


def clean(text: Any) -> str:
    """Text from an article, made safe to display: no bidi controls, no control characters."""
    s = "" if text is None else str(text)
    if _EITHER.search(s) is None:
        return s  # (the common case, one scan)
    return _CONTROLS.sub(" ", _BIDI_CONTROLS.sub("", s))


def isolate(text: Any) -> str:
    """Article text inside one first-strong isolate, so it cannot reorder the line around it."""
    return f"{_FSI}{clean(text)}{_PDI}"


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with "…", closing every isolate the cut leaves open
    (a heading that stops inside «⁨…⁩» must not reorder the rest of the line)."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1].rstrip()
    open_ = head.count(_FSI) + head.count("\u2066") + head.count("\u2067") - head.count(_PDI)
    return head + _PDI * max(0, open_) + "…"


def number(x: float | int) -> str:
    """``4000`` → ``4,000``; ``2.5`` → ``2.5``."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}"


def _unit(unit: str | None, plural: bool) -> str:
    if not unit:
        return ""
    word = unit.replace("_", " ")
    # (the plural the findings write, "crowns" for krona, unless it is none: "7.8 magnitudes")
    one, many = _UNITS.get(unit, (word, unit_words(unit) or plural_of(word)))
    return " " + (many if plural else one)


def quantity_words(v: dict[str, Any]) -> str | None:
    """``{"low": 80, "high": None, "hedge": "more_than", "unit": "year"}`` → ``more than 80 years``."""
    lo, hi = v.get("low"), v.get("high")
    if lo is None and hi is None:
        return None
    if lo is not None and lo == hi:
        return f"{'about ' if v.get('hedge') in ('about', 'approximately') else ''}{number(lo)}{_unit(v.get('unit'), lo != 1)}"
    if hi is None:
        lead = "at least" if v.get("low_inclusive") else "more than"
        return f"{lead} {number(lo)}{_unit(v.get('unit'), True)}"
    if lo is None:
        lead = "at most" if v.get("high_inclusive") else "fewer than"
        return f"{lead} {number(hi)}{_unit(v.get('unit'), True)}"
    return f"between {number(lo)} and {number(hi)}{_unit(v.get('unit'), True)}"


def value_words(entry: dict[str, Any]) -> str:
    """The words for one value of a finding: from its fields when they say enough, else ``display``."""
    v = entry.get("value")
    if isinstance(v, dict):
        words = quantity_words(v)
        if words:
            return words
    return clean(entry.get("display") or v)


def article_name(a: dict[str, Any]) -> str:
    """``Tabnak: «headline»``, or the headline alone, or the file name when there is no headline."""
    head = a.get("headline")
    outlet = a.get("outlet") or None
    if head and outlet:
        return f"{clean(outlet)}: {isolate(head)}"
    if head:
        return isolate(head)
    return clean(outlet or a.get("id"))


def short_name(a: dict[str, Any], words: int = 6) -> str:
    """A short label for running text: the outlet, or the first words of the headline."""
    if a.get("outlet"):
        return clean(a["outlet"])
    head = (a.get("headline") or "").split()
    if head:
        return isolate(" ".join(head[:words]) + (" …" if len(head) > words else ""))
    return clean(a.get("id"))


def reword(text: str, names: dict[str, str], values: list[dict[str, Any]] = ()) -> str:  # type: ignore[assignment]
    """A message with article ids replaced by names and interval displays by words."""
    out = clean(text)
    for v in values:
        d = v.get("display")
        if isinstance(d, str) and d and d in out and isinstance(v.get("value"), dict):
            out = out.replace(d, value_words(v))
    if names:
        pattern = re.compile("|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)))
        out = pattern.sub(lambda m: names[m.group(0)], out)
    return out


def key_words(key: str) -> str:
    """A finding key said in words: ``office:SY:foreign_minister`` → ``office SY foreign minister``.

    Only used where no message says it better; internal parts (``c:…``, ``u:…``) are dropped.
    """
    parts = [p for p in re.split(r"[:+]", key) if p and len(p) > 1 and p not in ("c", "u", "t", "cc")]
    return " ".join(p.replace("_", " ") for p in parts[:4])
