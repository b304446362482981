"""How two frames of one key compare, by their predicate's semantics (``rules/predicates``).

- quantities are intervals: «بیش از ۸۰» is (80, ∞) and agrees with «حدود ۸۵»; a predicate's
  ``tolerance`` widens both;
- dates are intervals after calendar conversion; a lunar Hijri date carries ±1 day;
- a count that *varies* (the missing, the trapped) moves either way between days: only one day's
  figures are compared;
- a *cumulative* count (a death toll) may rise with ``reported_at``: a higher later figure is
  never a conflict, a lower later one is;
- entities, places and categories are equal, contain one another, or differ.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import Any

from checker.align.frames import Keyed
from checker.align.geo import UNLISTED, country_of, maybe_same_unlisted, place_relation
from checker.findings.base import canonical
from checker.model import intervals_meet, value_bounds

_HIJRI_SLACK = timedelta(days=1)
_INF = float("inf")
_UNIT_SLACK = 0.02  # share of a span two durations in different units may differ by


def raw_bounds(k: Keyed) -> tuple[float, float]:
    """A quantity's interval in its own unit."""
    return value_bounds(k.frame.value)


def bounds(k: Keyed) -> tuple[float, float]:
    """A quantity's interval in its class's base unit (durations in days: one week is seven)."""
    lo, hi = raw_bounds(k)
    return lo * k.scale, hi * k.scale


def _open_overlap(a: Keyed, b: Keyed, tol: float) -> bool:
    return intervals_meet(bounds(a), a.frame.value, bounds(b), b.frame.value, tol)


def _decimals(x: float) -> int:
    text = repr(float(x))
    return 0 if "e" in text or text.endswith(".0") else len(text.split(".")[1])


def _other_magnitude(a: Keyed, b: Keyed) -> bool:
    """Two figures ``_MAGNITUDE`` times or more apart, with other leading digits: no slip of a
    "million" for a "billion" (42 million against 42 billion still conflicts), but two quantities
    a clause's words could not tell apart."""
    xs = []
    for k in (a, b):
        lo, hi = bounds(k)
        x = lo if hi == _INF else hi if lo == -_INF else (lo + hi) / 2
        if not x or abs(x) == _INF:
            return False
        xs.append(abs(x))
    small, big = sorted(xs)
    if big < _MAGNITUDE * small:
        return False
    ratio = big / small
    return abs(ratio - 10 ** round(math.log10(ratio))) > _MAGNITUDE_SLACK * ratio


_MAGNITUDE = 20
_MAGNITUDE_SLACK = 0.05


def _rounded(a: Keyed, b: Keyed) -> bool:
    """Two exact figures, one the other rounded to its decimals: 39.9% and «۳۹.۹۲ درصد»."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if alo != ahi or blo != bhi or _INF in (abs(alo), abs(blo)):
        return False
    short, long_ = sorted((alo, blo), key=_decimals)
    places = _decimals(short)
    if 0 < places < _decimals(long_) and abs(round(long_, places) - short) < 10 ** -(places + 3):
        return True
    if (
        places == 0
        # (not a quarter point: 4.75% is no 5%; but 37.97% is "38%")
        and (_decimals(long_) == 1 or abs(long_ - short) < _NEAR_WHOLE)
        and a.frame.value.get("kind") == b.frame.value.get("kind") == "percent"
        and round(long_) == short
    ):
        return True  # (a share rounded to a whole per cent: «سقوط ۱۲ درصدی» of a 12.4% fall)
    return _scaled(a if alo == short else b, short, long_)


_NEAR_WHOLE = 0.1  # a figure of two decimals this near a whole per cent rounds to it
# "16.3 million": a decimal before a scale word, as reports round or cut a long count.
_SCALED = re.compile(r"[0-9۰-۹٠-٩][.٫/][0-9۰-۹٠-٩]+\s*[^\W\d_]")
_SCALED_MIN = 1_000_000
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")
_CUT_DIGITS = 3  # the digits a count cut short in words keeps at least («۱۰ میلیون و ۴۱۵ هزار»)


def _scaled(k: Keyed, short: float, long_: float) -> bool:
    """ "16.3 million" against 16,384,403 (the count cut at its last digit) or 16.4 million
    (rounded); so too «۱۰ میلیون و ۴۱۵ هزار», fewer digits written than the count has."""
    if short < _SCALED_MIN or short == long_:
        return False
    written = f"{int(short):d}"
    if not _SCALED.search(k.frame.text) and (
        len(_DIGIT.findall(k.frame.text)) >= len(written) or len(written.rstrip("0")) < _CUT_DIGITS
    ):
        return False  # (but "10 million" is no cut of 8.7 million: a round figure of its own)
    text = f"{int(short):d}"
    step = 10 ** (len(text) - len(text.rstrip("0")))
    return step > 1 and short in (long_ // step * step, round(long_ / step) * step)


# Two minimums (or two maximums) this far apart are two reports of different figures.
_BOUND_RATIO = 1.25
# A minimum and an exact figure this far above it: "more than 1.8 million" is not said of 2.75
# million, which is "more than 2.7 million".
_FLOOR_RATIO = 1.5


def bounds_apart(a: Keyed, b: Keyed) -> bool:
    """ "more than 2,200 buildings" against «بیش از ۳۳۰۰ ساختمان»: both are minimums, so as
    intervals they meet, but the reports do not give one figure; nor do "at most 10" and "up to 20",
    nor "more than 1.8 million" and 2,749,746.
    A cumulative count that rose between two reports still passes (``_cumulative``)."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if ahi == _INF and bhi == _INF and alo > 0 and blo > 0:
        return max(alo, blo) >= _BOUND_RATIO * min(alo, blo)
    if alo == -_INF and blo == -_INF and ahi > 0 and bhi > 0:
        return max(ahi, bhi) >= _BOUND_RATIO * min(ahi, bhi)
    for (lo, hi), (x, y) in (((alo, ahi), (blo, bhi)), ((blo, bhi), (alo, ahi))):
        if hi == _INF and lo > 0 and x == y and x >= _FLOOR_RATIO * lo:
            return True  # (a minimum and an exact figure far above it)
    if a.frame.value.get("hedge") == b.frame.value.get("hedge") == "range":
        # ("between 58.3% and 60.7%" and "between 58.3% and 91.1%": each report gives the range
        # itself, and one of them gives another; rounded ends still agree, "between 58% and 61%")
        return any(
            abs(x - y) > _RANGE_SLACK * max(abs(x), abs(y))
            for x, y in ((alo, blo), (ahi, bhi))
            if _INF not in (abs(x), abs(y))
        )
    return False


_RANGE_SLACK = 0.05  # share of a range's end by which two reports of one range may differ (rounding)


def _dates(k: Keyed) -> tuple[date, date]:
    v = k.frame.value
    lo, hi = date.fromisoformat(v["earliest"]), date.fromisoformat(v["latest"])
    if v.get("calendar") == "hijri" and not _pinned(v):
        lo, hi = lo - _HIJRI_SLACK, hi + _HIJRI_SLACK
    return lo, hi


def _pinned(v: dict) -> bool:
    """A lunar day whose stated weekday fits one day of its slack is that day, whatever the moon's
    sighting: «ليل الخميس 22 صفر 1445» is Thursday (extraction narrowed it to that day)."""
    return bool(v.get("weekday")) and v.get("earliest") == v.get("latest")


def relation_class(k: Keyed, pdef: dict[str, Any], changes: bool = True) -> tuple:
    """Everything ``relation`` reads of a frame under ``pdef``. Two frames of one class stand in
    one relation to any third, so the many reports that say one thing in one way are compared
    once, not pair by pair (a key that thousands of archived reports share would otherwise cost
    their square). A date, a place or a category is read by its value alone; a quantity by its
    unit, scope and wording too, and by when it was reported where that can matter (a running or
    varying count, or ``changes``: some frame it is compared with tells what a change came to)."""
    f = k.frame
    if pdef.get("value") != "quantity":
        return (canonical(f.value),)
    # (a range's day too: ranges of different days are an estimate and its revision)
    when = pdef.get("cumulative") or pdef.get("varies") or changes or f.value.get("hedge") == "range"
    return (
        k.klass,
        k.scope,
        k.reported if when else None,
        k.scale,
        canonical(f.value),
        canonical(f.qualifiers),
        canonical(f.time) if when else None,
        f.subject.get("kind"),
        bool(_SCALED.search(f.text)),
    )


_PART = "x:part"  # extract/frames: a part of a whole that names no place


def _one_country(rules, a: str, b: str) -> bool:
    """Two listed places of one country."""
    ca = country_of(rules, a) if rules is not None else None
    return ca is not None and ca == country_of(rules, b)


def _unsorted_part(k: Keyed) -> bool:
    """A part of the people counted that says of no kind of them ("27 from the plane"; not "among
    them 175 passengers", which its population keys with the other reports' passengers)."""
    return _PART in k.scope and not k.frame.qualifiers.get("population")


def _revised_estimate(a: Keyed, b: Keyed) -> bool:
    """Two ranges reported on different days: estimates, and a later one revises the earlier
    (a governor put the damage at "$3 billion to $5 billion", and the next day «بين 10 و15 مليار
    دولار»)."""
    return (
        a.frame.value.get("hedge") == b.frame.value.get("hedge") == "range"
        and None not in (a.reported, b.reported)
        and a.reported != b.reported
    )


def relation(a: Keyed, b: Keyed, pdef: dict[str, Any], slack_days: int = 0, rules=None) -> str:
    """``same`` (identical value), ``compatible``, ``conflict``, or ``undecided``."""
    if display_key(a) == display_key(b):
        return "same"
    kind = pdef.get("value")
    if kind == "quantity":
        if a.frame.value.get("unit") != b.frame.value.get("unit") and not _same_dimension(a, b):
            return "undecided"
        tol = float(pdef.get("tolerance") or 0)
        if a.scale != b.scale:
            # ("six months" and «۱۸۰ روز», "a year" and "52 weeks": units of different lengths
            # are said of one span loosely)
            tol = max(tol, _UNIT_SLACK * max(abs(x) for x in (*bounds(a), *bounds(b)) if abs(x) != _INF))
        if (_open_overlap(a, b, tol) and not bounds_apart(a, b)) or _rounded(a, b):
            return "compatible"
        if pdef.get("ages") and _aged_between(a, b):
            return "compatible"
        if _within_limit(a, b) or _within_limit(b, a):
            # "four days of talks" against "reopen embassies within two months": less than a limit
            # is within it (but "within 45 days" against "over 60 days" is no fit)
            return "undecided"
        if (
            not pdef.get("cumulative")
            and a.frame.value.get("kind") == "percent"
            and a.frame.subject.get("kind") == b.frame.subject.get("kind") == "event"
            and any(t.startswith("p:") for t in a.scope ^ b.scope)
        ):
            return "undecided"  # a share of a part of the country: Scotland's 62% against the UK's 72.2%
        if (
            pdef.get("varies")
            and not (_settled(a) and _settled(b))
            and (a.reported is None or a.reported != b.reported)
        ):
            return "undecided"  # six missing on Tuesday, three still missing ten days on
        if _revised_estimate(a, b):
            return "undecided"  # damage put at $3–5 billion one day and at $10–15 billion the next
        if _changed_later(a, b):
            return "undecided"  # a duty raised to 125% in a report a week after one that set it at 34%
        if _other_magnitude(a, b):
            return "undecided"  # a $250,000 limit per depositor and $100 billion withdrawn: two quantities
        # A share is no running count: 54% of the vote does not rise as the count goes on.
        if (
            pdef.get("cumulative")
            and a.frame.value.get("kind") != "percent"
            and not (_settled(a) and _settled(b))
            and not (_at_once(a) and _at_once(b))
        ):
            if a.scope != b.scope:
                return _scoped(a, b)
            if _unsorted_part(a) and _unsorted_part(b):
                # (two parts that name no place nor kind, "92 people died in Jajarkot" and «36 في
                # مقاطعة روكوم», are not known to be one part)
                return "undecided"
            return _cumulative(a, b)
        if (
            "person" in (pdef.get("units") or ())
            and not pdef.get("a_part")
            and _unsorted_part(a) != _unsorted_part(b)
        ):
            return "undecided"  # "27 from the plane", a part of those aboard, is no count of all 67
        return "conflict"
    if kind == "date":
        (alo, ahi), (blo, bhi) = _dates(a), _dates(b)
        gap = max((alo - bhi).days, (blo - ahi).days)
        if _weekdays_stated(a, b):
            slack_days = 0  # "Sunday 24 March" against «شنبه ۴ فروردین»: each text names its day
        # (the days of a visit a report says lasts several, "a three-day state visit": its second
        # day and its third are one occasion's)
        slack_days = max(slack_days, int(pdef.get("stay_days") or 0))
        return "compatible" if gap <= slack_days else "conflict"
    if kind == "place":
        rel = (
            place_relation(rules, a.frame.value["id"], b.frame.value["id"])
            if rules is not None
            else "unknown"
        )
        if (
            rel == "disjoint"
            and pdef.get("roams")
            and _one_country(rules, a.frame.value["id"], b.frame.value["id"])
        ):
            return "compatible"  # (a visit of several days, in two cities of the country visited)
        if rel == "unknown" and (
            _unlisted_apart(rules, a.frame.value, b.frame.value)
            or _held_apart(rules, a.frame.value, b.frame.value)
        ):
            return "conflict"
        return {"same": "same", "compatible": "compatible", "disjoint": "conflict"}.get(rel, "undecided")
    if kind == "category":
        cats = set(pdef.get("categories") or ())
        pair = {a.frame.value.get("id"), b.frame.value.get("id")}
        if any(pair == set(o) for o in pdef.get("overlapping") or ()):
            return "compatible"  # a state visit is also an official one
        return "conflict" if pair <= cats else "undecided"
    return "conflict"


def _within_limit(k: Keyed, limit: Keyed) -> bool:
    """``k`` is no longer than ``limit``, a limit an act falls within ("within two months")."""
    return (
        bool(limit.frame.qualifiers.get("within"))
        and not k.frame.qualifiers.get("within")
        and bounds(k)[1] <= bounds(limit)[0]
    )


def _aged_between(a: Keyed, b: Keyed) -> bool:
    """Two exact ages of one person that the years between their reports explain: the later report's
    higher by at least the whole years between them, at most by those rounded (a year and a half
    later, one more; days later, none: 58 against 59 then is a conflict). An age of a stated time,
    «في عام 2019», ``aged_in`` keys apart."""
    if a.reported is None or b.reported is None:
        return False
    (early, first), (late, second) = sorted(((a.reported, a), (b.reported, b)), key=lambda x: x[0])
    lo1, hi1 = raw_bounds(first)
    lo2, hi2 = raw_bounds(second)
    if lo1 != hi1 or lo2 != hi2:
        return False
    years = (late - early).days / 365.25
    return math.floor(years) <= lo2 - lo1 <= max(math.floor(years), round(years))


def _unlisted_apart(rules, a: dict, b: dict) -> bool:
    """Two towns, one or both of which the gazetteer lacks, each report's own («ضاحية
    كراسنوغورسك» against "in Khimki"): apart only when neither report names the other's place
    anywhere, since nothing says whether one holds the other. A place the gazetteer lacks that is
    not known to be a town (a district, "in Kaski") may hold a listed town."""
    x, y = a.get("id") or "", b.get("id") or ""
    ux, uy = x.startswith(UNLISTED), y.startswith(UNLISTED)
    if not (ux or uy):
        return False
    if ux != uy and not (a.get("kind") in _TOWNS and b.get("kind") in _TOWNS):
        return False
    if (a.get("kind") in _REGIONS or b.get("kind") in _REGIONS) and not (
        ux and uy and a.get("kind") == b.get("kind")
    ):
        # «ولاية أوديشا», a region the gazetteer lacks, may hold the other's station; but two
        # districts are two districts ("Seoul's Itaewon district" against «منطقة هونغداي»)
        return False
    return not _names(rules, b, x) and not _names(rules, a, y)


def _held_apart(rules, a: dict, b: dict) -> bool:
    """A place the gazetteer lacks, which its report puts inside a listed one («بلدة … بولاية
    كاليفورنيا»), against a listed place apart from that one (Texas): apart too."""
    for inner, other in ((a, b), (b, a)):
        held, pid = inner.get("in"), other.get("id") or ""
        if held and pid and not pid.startswith(UNLISTED) and place_relation(rules, held, pid) == "disjoint":
            return True
    return False


_TOWNS = ("city", "village")
_REGIONS = ("district", "province", "region")  # kinds (rules/places heads) that may hold a town


def _names(rules, v: dict, place: str) -> bool:
    """The report of ``v`` names ``place`` somewhere (a listed one by id, an unlisted one by its
    skeleton, or by a listed place of that name)."""
    named = v.get("named") or ()
    if not place.startswith(UNLISTED):
        return place in named
    # (spelled another script's way: «شيتوان» names "Chitwan")
    return any(
        place_relation(rules, place, o) == "same"
        or (o.startswith(UNLISTED) and maybe_same_unlisted(rules, place, o))
        for o in named
    )


def _changed_later(a: Keyed, b: Keyed) -> bool:
    """One figure is what a change came to ("raising the duty on Chinese imports to 125%"), in a
    report later than the other's, which tells of no change: the change may have come between. (Two
    reports of one change, "raised its key rate to 15%" on Thursday and «١٥٪» on Monday, compare.)"""
    moved = [k for k in (a, b) if k.frame.qualifiers.get("changed_to")]
    if len(moved) != 1:
        return False
    other = b if moved[0] is a else a
    return bool(moved[0].reported and other.reported and moved[0].reported > other.reported)


def _scoped(a: Keyed, b: Keyed) -> str:
    """Counts for different scopes: a wider scope (Turkey and Syria) may be larger than a narrower
    one (Turkey alone); only a narrower count above a wider one of the same day conflicts."""
    if not (a.scope and b.scope) or not (a.scope <= b.scope or b.scope <= a.scope):
        return "undecided"  # one count names no area (is it the whole, or the same part?), or apart
    narrow, wide = (a, b) if a.scope < b.scope else (b, a)
    if a.reported is None or a.reported != b.reported:
        return "undecided"  # counts of different days and areas: either may have moved
    return "conflict" if bounds(narrow)[0] > bounds(wide)[1] else "compatible"


def _same_dimension(a: Keyed, b: Keyed) -> bool:
    return a.klass == b.klass


_SETTLED_DAYS = 365


def _at_once(k: Keyed) -> bool:
    """A count taken at once, which no later report raises: one side of a motion's tally ("204 in
    favour"), or the bar it had to clear ("the 200 votes needed")."""
    q = k.frame.qualifiers
    return str(q.get("candidate") or "").startswith("side:") or q.get("requested") == "threshold"


def _settled(k: Keyed) -> bool:
    """A count of an occasion long past (the 1939 quake's toll in a 2023 report) no longer rises:
    two such counts that differ conflict, whenever they were reported."""
    when = k.frame.time or {}
    if not when.get("latest") or k.reported is None:
        return False
    try:
        return (k.reported - date.fromisoformat(when["latest"][:10])).days > _SETTLED_DAYS
    except (TypeError, ValueError):
        return False


def _cumulative(a: Keyed, b: Keyed) -> str:
    """A toll that rose between two reports is no conflict; one that fell, or that two reports of one
    day give differently, is. Undated reports cannot say which came first."""
    if a.reported is None or b.reported is None:
        return "undecided"
    if a.reported == b.reported:
        # (a running count told "so far" that day, «حصل حتى الآن على أكثر من 12.7 مليون صوت», below
        # the day's final figure: the count rose)
        low, high = sorted((a, b), key=lambda k: bounds(k)[0])
        rose = low.frame.qualifiers.get("partial") and bounds(low)[0] <= bounds(high)[0]
        return "compatible" if rose else "conflict"
    early, late = (a, b) if a.reported < b.reported else (b, a)
    if transposed(early, late):
        return "conflict"  # (2207, then 2270 a day on: two digits swapped is likelier than a rise)
    if late.frame.qualifiers.get("partial") and bounds(late)[1] <= bounds(early)[0]:
        # (a later report's first count, since revised: «أحصت في الأيام الأولى ١٢٩», "a figure
        # the police first put at 53"; or one told while the count still ran)
        return "undecided"
    (lo, _), (_, hi) = bounds(early), bounds(late)
    # (an open end excludes its bound: "fewer than 104" later is below an earlier 104)
    closed = late.frame.value.get("high_inclusive", True) and early.frame.value.get("low_inclusive", True)
    return "compatible" if hi > lo or (hi == lo and closed) else "conflict"


_TRANSPOSED_DIGITS = 4  # digits a count needs for two of them swapped to tell a slip, not a rise


def transposed(a: Keyed, b: Keyed) -> bool:
    """Two exact counts of at least ``_TRANSPOSED_DIGITS`` digits that differ only by two
    neighbouring digits swapped («2207», «۲۲۷۰»): one figure miswritten, however the counts run."""
    digits = []
    for k in (a, b):
        v = k.frame.value
        low = v.get("low")
        if v.get("hedge") or low is None or low != v.get("high") or not float(low).is_integer():
            return False
        digits.append(str(int(low)))
    x, y = digits
    if len(x) != len(y) or len(x) < _TRANSPOSED_DIGITS or x == y:
        return False
    apart = [i for i in range(len(x)) if x[i] != y[i]]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and x[apart[0]] == y[apart[1]]
        and x[apart[1]] == y[apart[0]]
    )


def _weekdays_stated(a: Keyed, b: Keyed) -> bool:
    """Solar days, one with a stated weekday that fits it and the other with one too or written
    out in full ("Thursday" against «في ٢٣ يونيو»): the day's slack (time zones, a lunar month's
    first day) is not for them."""
    va, vb = a.frame.value, b.frame.value
    if any(v.get("calendar") == "hijri" and not _pinned(v) for v in (va, vb)):
        return False
    wa, wb = va.get("weekday") is not None, vb.get("weekday") is not None
    # (a weekday counted from the publication, "on Saturday", pins its day against another stated
    # weekday, «یکشنبه ۱۰ اردیبهشت»; against a day written with none it may be another day's, the
    # day results were announced)
    sa, sb = wa and not va.get("relative"), wb and not vb.get("relative")
    return (wa and wb) or (sa and _written_day(vb)) or (sb and _written_day(va))


def _written_day(v: dict) -> bool:
    """A day written as a date ("23 June", «۱ تیر ۱۴۰۲»), not one counted from the publication."""
    return v.get("precision") == "day" and not v.get("relative")


def display_key(k: Keyed) -> str:
    v = k.frame.value
    if "earliest" in v:
        # A day is a day in any calendar; a lunar date's ±1 day is slack, not another value.
        return v["iso"] if v.get("precision") == "day" and v.get("iso") else f"{v['earliest']}/{v['latest']}"
    if "low" in v:
        return f"{v.get('low')}/{v.get('high')}/{v.get('low_inclusive')}/{v.get('high_inclusive')}/{v.get('unit')}"
    return str(v.get("id"))
