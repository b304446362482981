"""Figures in a list: one measure, item by item, each with its own place.

"Iraq will cut 211,000 bpd, the United Arab Emirates 144,000 bpd, Kuwait 128,000 bpd",
«عراق ۲۱۱ هزار، امارات ۱۴۴ هزار و کویت ۱۳۸ هزار بشکه … می‌کاهند», "some 1,100 troops in Niger
and France about 1,500", "more than 50,000 people in Turkey and 6,000 in Syria".

- A figure with no unit of its own, listed after or before one that has it, counts the same thing
  (its unit, predicate and period): an ellipsis, not a bare number.
- Each item is about the place named right before it ("Kuwait 128,000") or, when the items name
  none before them, right after it ("6,000 in Syria"): its scope is that place alone, not every
  country of the sentence, so the items of a list never conflict with one another.

Items are figures of one sentence with nothing between them but list words (``list_words`` in
``rules/predicates``: "and", «و», "in"), punctuation, places and countries, and the unit or the
period words of the figure before. Only the two gaps around each figure are read, so a long list
stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from checker.extract.base import CLAUSE_END
from checker.model import Claim, reads_as_year

_TOKEN = re.compile(r"[^\W\d_]+")
_STOP = CLAUSE_END  # where the last item's words end
_MARKS = re.compile(r"[,،;؛]")  # the marks that part list items
_GAP_MAX = 80  # characters between two items: a list item is short
_HEAD_WORDS = 4  # how far before the first item its place may stand ("Iraq will cut 211,000")
_LISTED_KINDS = ("cardinal", "percent")  # ("Vietnam 46%, Japan 24% and India 26%")


@dataclass(frozen=True)
class Item:
    """What a figure of a list gets from the list."""

    unit: str | None  # the list's unit, for a figure that has none
    scope: tuple[str, ...]  # the item's own places and countries (``p:``, ``cc:``)
    donor: str | None  # the id of the item whose predicate and period an ellipsis takes
    per: str | None = None  # a period said once after the list, for all its items ("… daily output")
    # the list's first item, for a later one: what a trigger names for the first it names for every
    # item of its unit that has no trigger of its own («أحكام بالسجن 10 سنوات و14 عاماً و7 سنوات»)
    first: str | None = None


def list_items(ctx, claims: list[Claim], bounds: tuple[int, int]) -> dict[str, Item]:
    """Claim id → :class:`Item`, for the figures of the sentence's lists; ``bounds``: the
    sentence's folded span."""
    nums = [c for c in claims if c.type == "number" and c.value.get("kind") in _LISTED_KINDS]
    if len(nums) < 2:
        return {}
    out: dict[str, Item] = {}
    chain = [nums[0]]
    gaps: list[tuple[int, int]] = []
    for a, b in pairwise(nums):
        gap = _gap(ctx, a, b)
        if gap is not None and _units_agree(ctx, chain, b):
            chain.append(b)
            gaps.append(gap)
            continue
        out.update(_items(ctx, chain, gaps, bounds))
        chain, gaps = [b], []
    out.update(_items(ctx, chain, gaps, bounds))
    return out


def _unit(c: Claim) -> str | None:
    """A figure's own unit: none where it takes the one the figure before it leaves it (an ellipsis,
    which the list gives it, with the list's period)."""
    return None if c.value.get("unit_elided") else c.value.get("unit")


def _units_agree(ctx, chain: list[Claim], b: Claim) -> bool:
    units = {_unit(c) for c in chain if _unit(c)}
    if _unit(b) is None and units and _own_noun(ctx, b):
        return False  # ("sent 50 fire engines and 200 firefighters": the firefighters are no engines)
    if _unit(b) and any(_unit(c) is None and _own_noun(ctx, c) for c in chain):
        return False
    return not _unit(b) or not units or units == {_unit(b)}


def _own_noun(ctx, c: Claim) -> bool:
    """A figure with a noun of its own after it that is no unit and no place: it counts that."""
    noun = c.value.get("subject")
    if not noun:
        return False
    n, text = ctx.doc.norm, ctx.doc.text
    lo = n.norm_index(c.end)
    lo += len(text[lo:]) - len(text[lo:].lstrip())
    return not any(s <= lo < e for s, e, _ in _places(ctx, lo, min(len(text), lo + len(noun) + 2)))


def _gap(ctx, a: Claim, b: Claim) -> tuple[int, int] | None:
    """The folded span between two figures when it holds only list words, places and a comma:
    ``(start, end)``; else None."""
    n, text = ctx.doc.norm, ctx.doc.text
    lo, hi = n.norm_index(a.end), n.norm_index(b.start)
    if hi - lo > _GAP_MAX or hi <= lo:
        return None
    rest = _blank_places(ctx, lo, hi)
    rest = _blank(rest, lo, ctx.t.per_words.find(text, lo, hi))
    words = _TOKEN.findall(rest)
    # (a join glued to the place after it: «سوريا بنسبة ٤١٪ والعراق ٣٩٪»)
    glued = any(
        w[:1] in ctx.t.list_joins and len(w) > 2 for w in _TOKEN.findall(text, lo, hi) if w not in words
    )
    if not _MARKS.search(rest) and not glued and not any(w in ctx.t.list_joins for w in words):
        return None  # no list: "killed 12 people 6 …"
    if any(ch in '.:!?؟()«»"\n' for ch in rest):
        return None
    if any(w not in ctx.t.list_words and w not in ctx.t.list_joins for w in words):
        return None
    return lo, hi


def _blank_places(ctx, lo: int, hi: int) -> str:
    return _blank(ctx.doc.text[lo:hi], lo, _places(ctx, lo, hi))


def _blank(rest: str, lo: int, spans) -> str:
    chars = list(rest)
    for s, e, _ in spans:
        for i in range(max(s, lo), min(e, lo + len(chars))):
            chars[i - lo] = " "
    return "".join(chars)


def _places(ctx, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Folded spans of the places (``p:``) and countries (``cc:``) named in ``[lo, hi)``."""
    n, text = ctx.doc.norm, ctx.doc.text
    found = []
    for o in ctx.claims_within(lo, hi):
        if o.type == "place" and o.value.get("place"):
            s, e = n.norm_index(o.start), n.norm_index(o.end)
            if lo <= s and e <= hi:
                found.append((s, e, "p:" + o.value["place"]))
    for s, e, cc in ctx.t.countries.find(text, lo, hi):
        if not any(s < fe and fs < e for fs, fe, _ in found):
            found.append((s, e, "cc:" + cc))
    return sorted(found)


def _items(ctx, chain: list[Claim], gaps: list[tuple[int, int]], bounds: tuple[int, int]) -> dict[str, Item]:
    if len(chain) < 2:
        return {}
    units = {_unit(c) for c in chain if _unit(c)}
    if len(units) > 1:
        return {}
    unit = next(iter(units), None)
    n, text = ctx.doc.norm, ctx.doc.text
    heads: list[tuple[str, ...]] = []
    tails: list[tuple[str, ...]] = []
    for i, c in enumerate(chain):
        a, b = n.norm_index(c.start), n.norm_index(c.end)
        if i == 0:
            lo = _words_back(text, a, _HEAD_WORDS, bounds[0])
            head = _places(ctx, lo, a)
        else:
            g0, g1 = gaps[i - 1]
            head = _places(ctx, _last_join(ctx, g0, g1), g1)
        if i + 1 < len(chain):
            g0, g1 = gaps[i]
            tail = _places(ctx, g0, _first_join(ctx, g0, g1))
        else:
            end = min(b + _GAP_MAX, bounds[1])
            stop = _STOP.search(text, b, end)
            tail = _places(ctx, b, stop.start() if stop else end)
        heads.append(tuple(sorted({p for _, _, p in head})))
        tails.append(tuple(sorted({p for _, _, p in tail})))
    # The items name their places on one side: before each ("Kuwait 128,000") or after ("6,000 in
    # Syria"); the side that names one for more items wins.
    side = heads if sum(map(bool, heads)) >= sum(map(bool, tails)) else tails
    if sum(map(bool, side)) < 2:
        side = [()] * len(chain)  # no list of places: the figures only share a unit
    # (a period named once after the last item, before the clause ends: «۱۳۸ هزار بشکه از تولید
    # روزانه خود می‌کاهند» — the daily output of every item)
    last = n.norm_index(chain[-1].end)
    stop = _STOP.search(text, last, min(last + _GAP_MAX, bounds[1]))
    per = next(
        iter(ctx.t.per_words.find(text, last, stop.start() if stop else min(last + _GAP_MAX, bounds[1]))),
        None,
    )
    donors = [c for c in chain if _unit(c)]
    out = {}
    for i, c in enumerate(chain):
        if not _unit(c) and _year_like(c):
            continue  # («٤٫٤٪ بنهاية ٢٠٢٤ و٣٫٤٪ بنهاية ٢٠٢٥»: a year, not a figure the list's unit measures)
        donor = None
        if not _unit(c) and donors:
            donor = min(donors, key=lambda d: (abs(d.start - c.start), d.start)).id
        first = chain[0].id if i else None
        out[c.id] = Item(None if _unit(c) else unit, side[i], donor, per[2] if per else None, first)
    return out


def _year_like(c: Claim) -> bool:
    """A whole figure with no unit that reads as a year."""
    return c.value.get("kind") == "cardinal" and reads_as_year(c.value.get("value"))


def _words_back(text: str, at: int, words: int, floor: int) -> int:
    """Where the ``words`` words before ``at`` begin (not before ``floor``)."""
    spans = [m.start() for m in _TOKEN.finditer(text, max(floor, at - 60), at)]
    return spans[-words] if len(spans) >= words else max(floor, at - 60)


def _last_join(ctx, lo: int, hi: int) -> int:
    """The end of the last comma or joining word of a gap: where the next item's words begin."""
    text = ctx.doc.text
    end = lo
    for m in _MARKS.finditer(text[lo:hi]):
        end = max(end, lo + m.end())
    for m in _TOKEN.finditer(text, lo, hi):
        if m.group() in ctx.t.list_joins:
            end = max(end, m.end())
    return end


def _first_join(ctx, lo: int, hi: int) -> int:
    """The start of the first comma or joining word of a gap: where the item before ends."""
    text = ctx.doc.text
    starts = [lo + m.start() for m in _MARKS.finditer(text[lo:hi])]
    starts += [m.start() for m in _TOKEN.finditer(text, lo, hi) if m.group() in ctx.t.list_joins]
    return min(starts, default=hi)
