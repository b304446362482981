"""Parallel sentences: two reports that tell one fact in one sentence each pair its values.

"Sri Lanka is still recovering from the 2022 economic crisis, its worst since independence in
1948" and «سریلانکا هنوز از بحران اقتصادی سال ۲۰۲۲ … از زمان استقلال در سال ۱۹۴۸» share a country,
a concept and every figure. Their subjects, read word by word, share too little to say that the
two 2022s are one fact; the sentences say it. A sentence of one article and a sentence of another
are *parallel* when

- they share what no translation changes: figures, dates, places, people's names, and lexicon
  concepts and countries; at least one figure, date, place or name, and two such things in all;
- each is the other's best match in its article (a tie matches nothing);
- their figures are the same but for at most one on each side, and so are their dates.

In a parallel pair, the concept frames of one class that give the same value are paired, and when
exactly one frame of a class is left on each side, those two are paired: whatever their words, they
are the one value the sentences differ on ("2025 economic crisis" against «بحران … سال ۲۰۲۲»).
Everything else ``align.frames.comparable`` requires still holds (one kind of date, no disjoint
scope, time or measure), and ``findings`` judges the pairs with the predicate's semantics, as a
possible conflict (a warning) when the values disagree. The weights are fixed: a pair never
depends on unrelated articles, except that a sentence shared by many (boilerplate) pairs nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from itertools import combinations
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from checker.align.context import Context
from checker.align.geo import UNLISTED, maybe_same_unlisted, place_relation
from checker.model import WEEKDAY_IDS, Claim, intervals_meet, reads_as_year, value_bounds
from checker.normalize import fold
from checker.normalize.translit import skeleton_tokens

# A thing shared by more sentences than this proposes no pair (blocking, and boilerplate).
_MAX_POSTING = 64
_MIN_SHARED = 2
_SMALL = 10  # integers below this ("two", "one") are too common to align sentences by
_PERSON = ("person_role", "attendance")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_SKELETON_MIN = 3

Sentence = tuple[str, tuple[int, int]]  # (article, original span)


class Parallel(NamedTuple):
    """What parallel sentences pair: keyed concept frames (``align.frames.Keyed``), and the claims
    of places, of people in roles and of dates or figures that the sentences differ on."""

    frames: list[tuple]
    places: list[tuple[Claim, Claim]]
    people: list[tuple[Claim, Claim]]
    values: list[tuple[Claim, Claim]]


def parallel_pairs(ctx: Context, keyed: list, comparable: Callable[[Any, Any], bool]) -> Parallel:
    """Pairs of keyed concept frames read from parallel sentences, and the pairs of place claims,
    of role claims and of value claims they differ on (see ``_place_pair``, ``_person_pair`` and
    ``_value_pair``); ``comparable`` is what else two frames must satisfy
    (``align.frames.comparable``)."""
    values, things, frames = _sentences(ctx, keyed)
    langs = {aid: x.article.language or "" for aid, x in ctx.extractions.items()}
    (places, people, valued), place_keys = _by_sentence(ctx), _place_keys(keyed)
    lex = _value_rules(ctx, keyed)
    unlisted = _unlisted_named(places)
    stories = _stories(ctx)
    kinds = {e.id: e.type for e in ctx.events}
    out = []
    placed, named, changed = [], [], []
    for s, t in _aligned(values, things, langs):
        # (two reports of one story only: a sentence of another story may share a name and a year)
        one_story = bool(stories.get(s[0], set()) & stories.get(t[0], set()))
        pair = one_story and _value_pair(valued.get(s, []), valued.get(t, []), values[s], values[t], lex)
        if pair:
            changed.append(pair)
        if _says_more(values[s], values[t]):
            continue  # the sentences say different things, not one thing with one value changed
        a, b = values[s] | things[s], values[t] | things[t]
        # (a country the sentence names in a role's word: «رئيس الوزراء الهندي» names India, as
        # «در هند» does; it tells where a place is named, not how alike the sentences are)
        pair = _place_pair(
            ctx,
            places.get(s, []),
            places.get(t, []),
            (a, b),
            (_role_countries(people.get(s, [])), _role_countries(people.get(t, []))),
            unlisted,
            one_story,
        )
        if pair and not place_keys[pair[0].id] & place_keys[pair[1].id]:
            placed.append(pair)
        who = _person_pair(ctx, people.get(s, []), people.get(t, []), a, b)
        if who:
            named.append(who)
        by_class: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
        for k in frames.get(s, ()):
            by_class[k.klass][0].append(k)
        for k in frames.get(t, ()):
            by_class[k.klass][1].append(k)
        for klass in sorted(by_class):
            xs, ys = by_class[klass]
            same = [(a, b) for a in xs for b in ys if _value(a) == _value(b) and _fit(a, b, comparable)]
            out.extend(same)
            left_x = [a for a in xs if not any(a is p for p, _ in same)]
            left_y = [b for b in ys if not any(b is q for _, q in same)]
            if (
                len(left_x) == 1
                and len(left_y) == 1
                and _fit(left_x[0], left_y[0], comparable)
                and not _start_against_deed(ctx, kinds, left_x[0], left_y[0])
                # (a sentence that also states the other's value, in words no frame was read from,
                # agrees on it: «أمس الاثنين … بعد … يوم السبت 15 يونيو» and «روز دوشنبه ۲۸ خرداد»)
                and _atom(left_y[0]) not in values[s]
                and _atom(left_x[0]) not in values[t]
            ):
                out.append((left_x[0], left_y[0]))
    return Parallel(out, placed, named, changed)


def _stories(ctx: Context) -> dict[str, set[str]]:
    """Article → the occasions it tells of with another report: its main one, and every one of
    several articles it has a part in (two reports of one story may tell it around different
    occasions: a summit that one of them places apart no longer links them, the coup they both
    recall does). A sentence of another story shares none."""
    out: dict[str, set[str]] = defaultdict(set)
    for aid, eid in ctx.event_of.items():
        out[aid].add(eid)
    for e in ctx.events:
        if len(e.articles) > 1:
            for aid in e.articles:
                out[aid].add(e.id)
    return out


# How many things two parallel sentences must share for the places or people they differ on to
# pair: one alone (Mecca, in "died in Mecca and Medina" and «القنصلية في جدة … في مكة») tells no
# one fact.
_SHARED = 2
_PLACE_FRAMES = ("event_place", "located_in", "origin", "destination")


def _by_sentence(ctx: Context) -> tuple[dict[Sentence, list[Claim]], ...]:
    """Per sentence, its place claims, its people's claims (roles, attendance), and its claims of
    figures and dates."""
    places: dict[Sentence, list[Claim]] = defaultdict(list)
    people: dict[Sentence, list[Claim]] = defaultdict(list)
    valued: dict[Sentence, list[Claim]] = defaultdict(list)
    for aid in sorted(ctx.extractions):
        for c in ctx.extractions[aid].claims:
            if c.type == "place" and c.value.get("place"):
                places[(aid, c.sentence)].append(c)
            elif c.type in _PERSON:
                people[(aid, c.sentence)].append(c)
            elif _atom_of(c) is not None:
                valued[(aid, c.sentence)].append(c)
    return places, people, valued


def _unlisted_named(places: dict[Sentence, list[Claim]]) -> dict[str, list[str]]:
    """Article → the ids of the places the gazetteer lacks that it names."""
    out: dict[str, set[str]] = defaultdict(set)
    for (aid, _span), cs in places.items():
        out[aid].update(c.value["place"] for c in cs if c.value.get("unlisted"))
    return {aid: sorted(ids) for aid, ids in out.items()}


def _atom_of(c: Claim) -> tuple | None:
    """The claim's value as its sentence's values are kept (see ``_sentences``)."""
    v = c.value
    if c.type == "number" and v.get("value") is not None:
        return _number(v)
    if c.type == "date" and v.get("earliest") and v.get("latest"):
        return ("d", v["earliest"], v["latest"])
    return None


def _framed(ctx: Context, keyed: list) -> dict[str, set[str]]:
    """Claim id → the predicates of the frames read from it."""
    out: dict[str, set[str]] = defaultdict(set)
    for k in keyed:
        for cid in k.frame.claims:
            out[cid].add(k.frame.predicate)
    return out


class _Values(NamedTuple):
    """What ``_value_pair`` reads of the rules and the frames."""

    framed: dict[str, set[str]]  # claim id → predicates of its frames
    running: frozenset[str]  # predicates whose values move with time (cumulative, varies)
    parents: dict[str, str]  # unit → the more general unit it refines


def _value_rules(ctx: Context, keyed: list) -> _Values:
    defs = ctx.rules.concepts("predicates").get("predicates") or {}
    units = ctx.rules.concepts("units").get("concepts") or {}
    return _Values(
        _framed(ctx, keyed),
        frozenset(p for p, d in defs.items() if d.get("cumulative") or d.get("varies")),
        {u: d["parent"] for u, d in units.items() if d.get("parent")},
    )


def _value_pair(xs: list[Claim], ys: list[Claim], a: set, b: set, lex: _Values) -> tuple[Claim, Claim] | None:
    """The one date, or the one figure, that two parallel sentences differ on, when no frame of
    both tells what it is ("those they won in 1978 and 1986" against «در سال‌های ۱۹۸۵ و ۱۹۸۶»): a
    possible conflict by the sentences alone. The sentences must share a date or a figure besides.
    No value to differ on: a small figure ("two", the "first" of "for the first time"), a day
    counted from the publication ("today": the reports were written on different days), a
    dateline, a month with no year, or a value of a frame whose values move with time (a running
    count keeps its own semantics). The same value: a lunar day a day apart, a hedged figure whose
    range holds the other, or one the other rounded."""
    x = [u for u in a - b if _specific(u) and not _soft(u, xs)]
    y = [v for v in b - a if _specific(v) and not _soft(v, ys)]
    if not x or not y:  # (no value changed; a figure one report adds tells another fact)
        return _hedge_pair(xs, ys, a & b, lex)
    # (a weekday counted from the publication names the day of that weekday the other gives:
    # «كان مقررا يوم الجمعة» and "was to deliver its verdict on Friday, August 7")
    x = [u for u in x if not _weekday_of_soft(u, ys)]
    y = [v for v in y if not _weekday_of_soft(v, xs)]
    if len(x) != 1 or len(y) != 1 or x[0][0] != y[0][0]:
        return None
    if not any(isinstance(u, tuple) and _specific(u) for u in a & b):
        return None  # (sentences that share names and places only may tell two facts of a story)
    c = next((k for k in xs if _atom_of(k) == x[0]), None)
    d = next((k for k in ys if _atom_of(k) == y[0]), None)
    if c is None or d is None:
        return None
    fc, fd = lex.framed.get(c.id, set()), lex.framed.get(d.id, set())
    if (fc and fd) or (fc | fd) & lex.running:
        return None  # (frames on both sides are compared by their subjects; a running count rises)
    if x[0][0] == "d" and _slot(xs, c, a & b) != _slot(ys, d, a & b):
        # (a history told in both: «آخر خفض … في مارس ٢٠٢٠ … بدءاً من ديسمبر ٢٠٢١» against «از
        # دسامبر ۲۰۲۱ تا اوت ۲۰۲۳»; the date each adds stands elsewhere among the dates they share)
        return None
    apart = _dates_apart(c, d, x[0], y[0]) if x[0][0] == "d" else _figures_apart(c, d, lex.parents)
    return (c, d) if apart else None


def _slot(claims: list[Claim], k: Claim, shared: set) -> int:
    """How many of the dates two sentences share stand before ``k`` in its sentence."""
    return sum(1 for o in claims if o.start < k.start and o.type == "date" and _atom_of(o) in shared)


def _hedge_pair(xs: list[Claim], ys: list[Claim], shared: set, lex: _Values) -> tuple[Claim, Claim] | None:
    """Parallel sentences that give one figure, one of them as a bound that leaves it out: "an
    electorate of fewer than 46.5 million" against «من أصل 46.5 مليون ناخب». The sentences must share
    a date or a figure besides it, and the figure must pass ``_figures_apart``'s guards."""
    found = []
    for atom in sorted(u for u in shared if isinstance(u, tuple) and u[0] == "v" and _specific(u)):
        cs = [k for k in xs if _atom_of(k) == atom]
        ds = [k for k in ys if _atom_of(k) == atom]
        if len(cs) == 1 and len(ds) == 1 and _bound_apart(cs[0].value, ds[0].value):
            found.append((cs[0], ds[0]))
    if len(found) != 1 or not any(
        _specific(u) and isinstance(u, tuple) for u in shared - {_atom_of(found[0][0])}
    ):
        return None
    c, d = found[0]
    fc, fd = lex.framed.get(c.id, set()), lex.framed.get(d.id, set())
    if (fc and fd) or (fc | fd) & lex.running:
        return None
    return (c, d) if _one_measure(c.value, d.value, lex.parents) else None


def _bound_apart(u: dict, v: dict) -> bool:
    """One figure given exactly on one side and as a bound that excludes it on the other."""
    a, b = value_bounds(u), value_bounds(v)
    return not (a[0] == a[1] and b[0] == b[1]) and not intervals_meet(a, u, b, v)


def _soft(atom: tuple, claims: list[Claim]) -> bool:
    """A day only counted from the publication («يوم الجمعة»: the Friday past, or the one to come?),
    a dispatch's dateline ("SEOUL, Dec. 14 —": when it was filed), or a month with no year."""
    told = [k for k in claims if _atom_of(k) == atom]
    return bool(told) and all(k.type == "date" and _loose_day(k) for k in told)


def _loose_day(k: Claim) -> bool:
    """Counted from the publication, a dispatch's dateline, or a month whose year the text leaves
    out ("first announced in February", "take effect in May": often what is planned or when)."""
    v = k.value
    return bool(
        v.get("relative")
        or "dateline" in k.flags
        or (v.get("precision") == "month" and "year_inferred" in k.flags)
    )


def _weekday_of_soft(atom: tuple, claims: list[Claim]) -> bool:
    """A day whose weekday a day of ``claims`` counted from the publication names."""
    if atom[0] != "d" or atom[1] != atom[2]:
        return False
    day = WEEKDAY_IDS[date.fromisoformat(atom[1]).weekday()]
    return any(k.type == "date" and k.value.get("relative") and k.value.get("weekday") == day for k in claims)


def _dates_apart(c: Claim, d: Claim, x: tuple, y: tuple) -> bool:
    """Two dates of one precision that do not overlap (a year read as a figure, "won in 1978", is
    a year)."""
    if any(k.type == "date" and (k.value.get("relative") or k.rule.startswith("date.meta")) for k in (c, d)):
        return False  # (counted from the publication, or the publication's own date)
    if {k.value.get("marker") if k.type == "date" else None for k in (c, d)} == {"since", None}:
        return False  # ("with effect from March 22" is when a thing starts, not the day it was done)
    u, v = (
        {"earliest": a[1], "latest": a[2], **(k.value if k.type == "date" else {})}
        for a, k in ((x, c), (y, d))
    )
    if (u.get("precision") or "year") != (v.get("precision") or "year"):
        return False
    early, late = sorted((u, v), key=lambda w: w["earliest"])
    if late["earliest"] <= early["latest"]:
        return False
    gap = (date.fromisoformat(late["earliest"]) - date.fromisoformat(early["latest"])).days
    return gap > 1 or "hijri" not in (u.get("calendar"), v.get("calendar"))


def _figures_apart(c: Claim, d: Claim, parents: dict[str, str]) -> bool:
    u, v = c.value, d.value
    if not _one_measure(u, v, parents):
        return False
    (al, ah), (bl, bh) = value_bounds(u), value_bounds(v)
    return not (al <= bh and bl <= ah) and not rounded(float(u["value"]), float(v["value"]))


def _one_measure(u: dict, v: dict, parents: dict[str, str]) -> bool:
    """Two figures the sentences alone may set against each other: no ordinals, one unit (or one a
    kind of the other), and with no unit, large ones only."""
    if "ordinal" in (u.get("kind"), v.get("kind")):
        return False
    if not (u.get("unit") or v.get("unit")):
        # (a small figure with no unit may be a model's number, "Bell 212"; a large one is specific:
        # "about 11,500 members" against «نحو 11500 عضو»)
        return min(abs(float(u["value"])), abs(float(v["value"]))) >= _BARE_MIN
    return _same_unit(u.get("unit"), v.get("unit"), parents)


def _same_unit(x: str | None, y: str | None, parents: dict[str, str]) -> bool:
    """One unit, or one a kind of the other ("killed" of "person")."""

    def line(u: str | None) -> list[str | None]:
        out = [u]
        while out[-1] in parents and len(out) < _UNIT_DEPTH:
            out.append(parents[out[-1]])
        return out

    return x == y or x in line(y) or y in line(x)


_UNIT_DEPTH = 4
_APART_RATIO = 60  # unlisted names' skeletons this alike may be one name (rapidfuzz ratio)
_BARE_MIN = 1000  # a figure with no unit this large may differ by the sentences alone
_ROUNDED_SHARE = 0.1  # a rounded figure lies this close to the exact one, at most


def rounded(x: float, y: float) -> bool:
    """One figure the other rounded to its own precision (1.8 million and 1,833,164; 300 and 289):
    of two figures of one precision (7.7 and 7.8) neither is."""
    sx, sy = figure_step(x), figure_step(y)
    if sx == sy or not x or not y:
        return False
    coarse, fine, step = (x, y, sx) if sx > sy else (y, x, sy)
    return round(fine / step) * step == coarse and abs(coarse - fine) <= _ROUNDED_SHARE * abs(fine)


def figure_step(n: float) -> float:
    """The place of a figure's last significant digit: 1,800,000 → 100,000; 7.8 → 0.1."""
    text = f"{abs(n):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 10.0 ** -len(text.split(".")[1])
    return 10.0 ** (len(text) - len(text.rstrip("0")))


def _place_keys(keyed: list) -> dict[str, set[str]]:
    """Place claim id → the keys of the place frames that give it: two claims one key compares
    already (one event's place) are no parallel pair."""
    keys: dict[str, set[str]] = defaultdict(set)
    for k in keyed:
        if k.key and k.frame.predicate in _PLACE_FRAMES:
            for cid in k.frame.claims:
                keys[cid].add(k.key)
    return keys


def _one_apart(
    xs: list[Claim], ys: list[Claim], meet: Callable[[Claim, Claim], bool]
) -> tuple[Claim, Claim] | None:
    """The one claim of each side that meets none of the other side's, when there is one each."""
    left = [c for c in xs if not any(meet(c, d) for d in ys)]
    right = [d for d in ys if not any(meet(c, d) for c in xs)]
    return (left[0], right[0]) if len(left) == 1 and len(right) == 1 else None


def _role_countries(people: list[Claim]) -> set[str]:
    """ "cc:" atoms of the countries a sentence's roles are given in its own words."""
    return {
        "cc:" + str(c.value["country"])
        for c in people
        if c.value.get("country") and c.value.get("country_source") == "text"
    }


def _place_pair(
    ctx: Context,
    xs: list[Claim],
    ys: list[Claim],
    atoms: tuple[set, set],
    worded: tuple[set, set],
    named: dict[str, list[str]],
    one_story: bool,
) -> tuple[Claim, Claim] | None:
    """The one place each of two parallel sentences names where the other names a place that
    neither holds nor is held by it, when both are listed towns (or provinces, or countries) of one
    country that do not contain each other, each named as where something is or happened (not a
    dispatch's dateline, "KATHMANDU —", nor a bare mention), and the sentences share two other
    things: "Modi, who followed the descent from Johannesburg" and «مودی … در کیپ‌تاون». Two places
    the gazetteer lacks pair when ``_unlisted_apart``."""
    a, b = atoms
    if not one_story or not xs or not ys or len(a & b) < _SHARED:
        return None  # (a sentence of another story may share names and a year: "fled to Turkey")
    # (a listed place barely mentioned, "KATHMANDU —", names no place where anything is; a country
    # the other sentence names in a word of its own, «منابع ارزی ایران» for "in Iran", is one both
    # give, and so is a place it barely mentions: «اسكتلندا» beside "at Balmoral in Scotland")
    xs = [c for c in xs if _placing(c) and not {"cc:", "p:"} & _named_as(c, b | worded[1])]
    ys = [d for d in ys if _placing(d) and not {"cc:", "p:"} & _named_as(d, a | worded[0])]

    def meet(c: Claim, d: Claim) -> bool:
        return place_relation(ctx.rules, c.value["place"], d.value["place"]) in _MEET

    pair = _one_apart(xs, ys, meet) or _one_apart(_countries(xs), _countries(ys), meet)
    # (or the one country each names where the other names another: "funds frozen in South Korea
    # … sent to Qatar" against «در ژاپن … به قطر», whatever towns and regions they add; or the one
    # listed place of a kind, a landmark, town or region, each names where the other names another:
    # "prayed at the Grand Mosque in Saudi Arabia" against "… at the Prophet's Mosque": the
    # country one names holds either)
    if pair is None:
        pair = _one_of_a_kind(xs, ys, meet)
        if pair is None or _named_too(ctx, pair[0], pair[1], b) or _named_too(ctx, pair[1], pair[0], a):
            return None
    u, v = pair[0].value, pair[1].value
    if u.get("unlisted") and v.get("unlisted"):
        return pair if _unlisted_apart(ctx, pair[0], pair[1], named) else None
    if (
        u.get("unlisted")
        or v.get("unlisted")
        or "mention" in (u.get("role"), v.get("role"))
        or u.get("kind") != v.get("kind")
        or not u.get("country")
        or (u.get("country") != v.get("country") and u.get("kind") != "country")
        or place_relation(ctx.rules, u["place"], v["place"]) != "disjoint"
    ):
        return None
    return pair


def _named_as(c: Claim, atoms: set) -> set[str]:
    """How the sentence of ``atoms`` names ``c``'s place: "cc:" in a word of a country, "p:" as a
    place (an unlisted one by its own skeleton, which ``_place_pair`` compares more loosely)."""
    place = str(c.value["place"])
    return {k for k in ("cc:", "p:") if k + place in atoms and not (k == "p:" and c.value.get("unlisted"))}


def _placing(c: Claim) -> bool:
    """Not a bare mention of a listed place (one the gazetteer lacks pairs by its head noun:
    ``_unlisted_apart``)."""
    return c.value.get("role") != "mention" or bool(c.value.get("unlisted"))


def _one_of_a_kind(
    xs: list[Claim], ys: list[Claim], meet: Callable[[Claim, Claim], bool]
) -> tuple[Claim, Claim] | None:
    """The pair ``_one_apart`` finds among the listed places of one kind, when exactly one kind
    has one, or when the others' hold its places ("the Prophet's Mosque in Medina" against «المسجد
    الحرام بمكة»: one difference, named at two levels)."""
    kinds = {c.value.get("kind") for c in xs if not c.value.get("unlisted")}
    found = [
        p
        for k in sorted(kinds & {d.value.get("kind") for d in ys if not d.value.get("unlisted")}, key=str)
        if (p := _one_apart(_of_kind(xs, k), _of_kind(ys, k), meet))
    ]
    inner = [p for p in found if all(q is p or _holds(q, p) for q in found)]
    return inner[0] if len(inner) == 1 else None


def _holds(outer: tuple[Claim, Claim], inner: tuple[Claim, Claim]) -> bool:
    """Each place of ``outer`` holds its side's place of ``inner`` (Medina the Prophet's Mosque)."""
    return all(
        o.value["place"] in (i.value.get("ancestors") or ()) for o, i in zip(outer, inner, strict=True)
    )


def _of_kind(claims: list[Claim], kind: str | None) -> list[Claim]:
    """The listed places of one kind, each named as where something is or happened (not where it
    set out from: "the Howrah express coming from Bengaluru" beside "the Coromandel Express,
    running south from near Kolkata" are two trains)."""
    return [
        c
        for c in claims
        if c.value.get("kind") == kind and not c.value.get("unlisted") and c.value.get("role") == "location"
    ]


def _named_too(ctx: Context, c: Claim, d: Claim, atoms: set) -> bool:
    """The sentence of ``atoms`` names ``c``'s place too, in a word no place claim was read from: a
    word of ``c``'s name unlike every word of ``d``'s («والنسیا», in «۲۰۲ نفر در جامعه خودمختار
    والنسیا، دو نفر در منطقه کاستیا-لامانچا», against «فالنسيا»)."""
    own = _skeletons(ctx, str(d.value.get("name") or "").replace("-", " ").split())
    words = [w[2:] for w in atoms if isinstance(w, str) and w.startswith("w:")]
    return any(
        _alike_word(ctx, sk, words)
        for sk in _skeletons(ctx, str(c.value.get("name") or "").replace("-", " ").split())
        if not _alike_word(ctx, sk, own)  # (a word both names have tells nothing)
    )


def _alike_word(ctx: Context, sk: str, words: list[str]) -> bool:
    """A word whose skeleton may be ``sk`` written in another script («فالنسيا» and «والنسیا»), of
    its length or with a prefix (an article) more: not «عرفات» for "Prophet's"."""
    return any(
        (len(w) == len(sk) or w.endswith(sk) or sk.endswith(w))
        and maybe_same_unlisted(ctx.rules, UNLISTED + sk, UNLISTED + w)
        for w in words
    )


def _countries(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.value.get("kind") == "country" and c.value.get("role") != "mention"]


def _unlisted_apart(ctx: Context, c: Claim, d: Claim, named: dict[str, list[str]]) -> bool:
    """Two places the gazetteer lacks, of one kind that a head noun gave (two rivers, two villages)
    or each named after a locative, neither of which the other's report names anywhere by any spelling:
    "the ship struck the Patapsco River bridge" against «جسر نهر سسكويهانا»."""
    u, v = c.value, d.value
    if u.get("kind") != v.get("kind") or (
        u.get("kind") == "place" and "mention" in (u.get("role"), v.get("role"))
    ):
        return False  # (a head says what each is, "the Seti River"; a bare name must follow a locative)
    return not any(_alike(ctx, u["place"], o) for o in named.get(d.article, ())) and not any(
        _alike(ctx, v["place"], o) for o in named.get(c.article, ())
    )


def _alike(ctx: Context, a: str, b: str) -> bool:
    """Two unlisted places whose names may be one written two ways: by the skeletons' alternates
    (``maybe_same_unlisted``), or by skeletons that still share most letters ("Dhaleshwari" and
    «دالشواری»: a Latin "dh" is read as «ذ»)."""
    x, y = a[len(UNLISTED) :], b[len(UNLISTED) :]
    return maybe_same_unlisted(ctx.rules, a, b) or fuzz.ratio(x, y) >= _APART_RATIO


def _person_pair(
    ctx: Context, xs: list[Claim], ys: list[Claim], a: set, b: set
) -> tuple[Claim, Claim] | None:
    """The one person each of two parallel sentences names in a role where the other names someone
    else in the same role, for roles one office-holder check does not key (an archbishop, an envoy,
    a county's sheriff: not exclusive to a country): "Archbishop of Canterbury, Justin Welby" and
    «رئيس أساقفة كانتربري جون سنتامو». Neither may be a former, acting or deputy holder, nor may
    either sentence name the other's person too (see ``_names``). The sentences share two things,
    or one figure or date: "Russian Deputy Prime Minister Alexander Novak said Moscow would extend
    its cut of 500,000 bpd" against «قال نائب رئيس الوزراء الروسي نيكولاي شولغينوف إن بلاده ستمدد
    خفضها … البالغ ٥٠٠ ألف برميل»."""
    valued = any(isinstance(x, tuple) and _specific(x) for x in a & b)
    if not xs or not ys or (len(a & b) < _SHARED and not valued):
        return None

    def same(c: Claim, d: Claim) -> bool:
        e = ctx.entities.entity(c)
        return e is not None and e == ctx.entities.entity(d)

    pair = _one_apart(_one_each(ctx, xs), _one_each(ctx, ys), same)
    if pair is None or pair[0].type != "person_role" or pair[1].type != "person_role":
        return None
    u, v = pair[0].value, pair[1].value
    role = u.get("role")
    roles = ctx.rules.concepts("roles").get("concepts") or {}
    if (
        not role
        or role != v.get("role")
        or (roles.get(role) or {}).get("exclusive")
        or u.get("modifiers")
        or v.get("modifiers")
        or not ctx.entities.entity(pair[0])
        or not ctx.entities.entity(pair[1])
        or _names(ctx, u, b)
        or _names(ctx, v, a)
    ):
        return None
    return pair


def _one_each(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """One claim per person of a sentence: a role claim where there is one (a person met and named
    with a role is one person)."""
    out: dict[str | None, Claim] = {}
    for c in sorted(claims, key=lambda c: (c.type != "person_role", c.start, c.id)):
        out.setdefault(ctx.entities.entity(c) or c.id, c)
    return list(out.values())


def _names(ctx: Context, value: dict, atoms: set) -> bool:
    """The sentence of ``atoms`` names the person of ``value`` too, in words no claim of that person
    was read from: "they included Malek Rahmati, governor of East Azerbaijan, Mohammad Ali Al-e
    Hashem, …" (the role went to the name after it), or one person written in two scripts that
    entity resolution kept apart («الملكة إليزابيث الثانية», «ملکه الیزابت دوم»)."""
    sks = _skeletons(ctx, str(value.get("name") or "").split())
    return bool(sks) and all(f"w:{sk}" in atoms or f"n:{sk}" in atoms for sk in sks)


def _skeletons(ctx: Context, words: list[str]) -> list[str]:
    return [sk for sk in skeleton_tokens([fold(w) for w in words], ctx.rules) if len(sk) >= _SKELETON_MIN]


_MEET = ("same", "compatible")


def _says_more(a: set, b: set) -> bool:
    """More than one figure, or more than one date, of either sentence is not the other's. (Kinds
    apart: a figure one report adds beside the date another changed leaves one fact differing, "Gunmen
    took 276 students … on the night of April 14" against "… on the night of Saturday, April 19".)"""
    for kind in ("d", "v"):
        if sum(1 for x in a - b if x[0] == kind) > 1 or sum(1 for x in b - a if x[0] == kind) > 1:
            return True
    return False


_PLAIN_DATES = ("event_date", "dated")


def _start_against_deed(ctx: Context, kinds: dict[str, str], a, b) -> bool:
    """One date a start ("since"), the other not, of occasions of two kinds: a sit-in's start and a
    resignation's day. (A detention "since 2015" and an arrest "in 2015" are one occasion's.)"""
    if _since(ctx, a) == _since(ctx, b):
        return False
    # (the occasion a keyed frame is keyed on, by its type in ``kinds``: event id → type)
    told = {kinds.get((k.key or "").partition("@")[2].partition("#")[0]) for k in (a, b)}
    return None not in told and len(told) > 1


def _since(ctx: Context, k) -> bool:
    """The frame's date is when something began going on ("camped … since Saturday", «منذ السبت
    الماضي»), not the day something was done: the one value left in each of two parallel
    sentences pairs only with its like ("resigned on May 9 after his supporters attacked
    protesters" is no start of the sit-in). A frame whose predicate is itself a start (a tariff
    that takes effect "from" or "on" a day) is what it is either way."""
    if k.frame.predicate not in _PLAIN_DATES:
        return False
    return any(
        (c := ctx.claim(cid)) is not None and c.type == "date" and c.value.get("marker") == "since"
        for cid in k.frame.claims
    )


def _recalled_day(k) -> bool:
    """The day of an earlier occasion a report recalls ("the blast at the Karadon mine in 2010"):
    keyed on its event, which a day changed in one report leaves apart from the others' (the date
    is what would have linked them), so parallel sentences pair it."""
    return k.frame.predicate == "event_date" and not k.frame.subject.get("main")


def _fit(a, b, comparable: Callable[[Any, Any], bool]) -> bool:
    """Two keyed frames pair only across events: within one, their key compares them already."""
    return comparable(a, b) and not (a.key and b.key and a.key == b.key)


def _atom(k) -> tuple | None:
    """A date frame's value as its sentence's values are kept (see ``_sentences``). (Figures are
    kept there without their hedges: "fewer than 2,750" does not state 2,750.)"""
    v = k.frame.value
    return ("d", v["earliest"], v["latest"]) if v.get("earliest") and v.get("latest") else None


def _value(k) -> tuple:
    v = k.frame.value
    return tuple(v.get(f) for f in ("low", "high", "unit", "earliest", "latest", "id"))


def _sentences(ctx: Context, keyed: list):
    """Per sentence: its figures and dates, the other things it names, and its concept frames."""
    values: dict[Sentence, set] = defaultdict(set)
    things: dict[Sentence, set] = defaultdict(set)
    frames: dict[Sentence, list] = defaultdict(list)
    sentence_of: dict[str, Sentence] = {}
    for aid in sorted(ctx.extractions):
        for c in ctx.extractions[aid].claims:
            at = (aid, c.sentence)
            sentence_of[c.id] = at
            v = c.value
            if c.type == "number" and v.get("value") is not None:
                values[at].add(_number(v))
            elif c.type == "date" and v.get("earliest") and v.get("latest"):
                values[at].add(("d", v["earliest"], v["latest"]))
            elif c.type == "place" and v.get("place"):
                things[at].add("p:" + str(v["place"]))
            elif c.type in _PERSON and v.get("name"):
                last = fold(str(v["name"])).split()[-1:]
                things[at].update("n:" + sk for sk in skeleton_tokens(last, ctx.rules))
        x = ctx.extractions[aid]
        for span in {c.sentence for c in x.claims}:
            things[(aid, span)].update(_words(x.article.text[span[0] : span[1]], x.article.language, ctx))
    for k in keyed:
        at = sentence_of.get(k.frame.claims[0]) if k.frame.claims else None
        if at is None:
            continue
        if not k.key or _recalled_day(k):
            frames[at].append(k)
        things[at].update(k.terms)
        things[at].update(c for c in k.frame.qualifiers.get("scope") or () if c.startswith("cc:"))
        things[at].update("n:" + sk for sk in k.names)
    return values, things, frames


def _words(text: str, lang: str | None, ctx: Context) -> set[str]:
    """Consonant skeletons of the words that may be names, as weak evidence ("w:"): in English the
    capitalised words after the first ("Coromandel Express", "Chennai"), in Persian and Arabic,
    which have no capitals, every longer word («کوروماندل اکسپرس»: the same skeletons)."""
    if lang == "en":
        words = [fold(m.group()) for m in _CAPITALISED.finditer(text) if m.start() > 0]
    else:
        words = _LONG_WORD.findall(fold(text))  # (folded first: a short vowel splits no word)
    return {"w:" + sk for sk in skeleton_tokens(words, ctx.rules) if len(sk) >= _SKELETON_MIN}


def year_figure(v: dict) -> bool:
    """A figure with no unit that reads as a year ("from 2001 to 2006", "won in 1978")."""
    return not v.get("unit") and reads_as_year(v.get("value"))


def _number(v: dict) -> tuple:
    n = v["value"]
    if year_figure(v):
        return ("d", f"{n}-01-01", f"{n}-12-31")  # "from 2001 to 2006": a year read as a figure
    return ("v", f"{float(n):.6g}")


def _specific(atom) -> bool:
    if isinstance(atom, tuple):
        if atom[0] == "v":
            n = float(atom[1])
            return not (n.is_integer() and abs(n) < _SMALL)
        return True
    return atom.startswith(("p:", "n:"))


def _word(atom) -> bool:
    return isinstance(atom, str) and atom.startswith("w:")


def _one_changed(a: set, b: set) -> int:
    """What the one value two sentences differ on would add had they shared it (one figure on each
    side, or one date, where the other kind differs on one side at most: a figure one report adds):
    a sentence whose figure another report changed stays the best match it was ("has won it five
    times" against «پنج بار», and against "six times")."""
    best = 0
    for kind, other in (("d", "v"), ("v", "d")):
        x = [u for u in a - b if u[0] == kind]
        y = [v for v in b - a if v[0] == kind]
        if len(x) != 1 or len(y) != 1:
            continue
        if any(u[0] == other and _specific(u) for u in a - b) and any(
            v[0] == other and _specific(v) for v in b - a
        ):
            # (they differ on figures and on dates: two facts, not one changed; a small figure
            # each tells no fact apart: "for the first time since 1980" and «نحو ست ساعات»)
            continue
        best = max(best, 2 if _specific(x[0]) and _specific(y[0]) else 1)
    return best


def _aligned(values: dict, things: dict, langs: dict[str, str]) -> list[tuple[Sentence, Sentence]]:
    """Pairs of sentences of different articles that are each other's best match."""
    atoms = {s: values.get(s, set()) | things.get(s, set()) for s in set(values) | set(things)}
    # A capitalised English word whose skeleton a Persian or Arabic sentence has is a name both give.
    english = {a for s, xs in atoms.items() if langs.get(s[0]) == "en" for a in xs if _word(a)}
    postings: dict = defaultdict(list)
    for s in sorted(atoms):
        for a in atoms[s]:
            if _specific(a) or a in english:
                postings[a].append(s)
    scores: dict[tuple[Sentence, Sentence], int] = {}
    for ss in postings.values():
        if len(ss) > _MAX_POSTING or all(x[0] == ss[0][0] for x in ss):
            continue  # boilerplate, or one article's sentences only
        for s, t in combinations(ss, 2):
            if s[0] != t[0] and (s, t) not in scores:
                shared = atoms[s] & atoms[t]
                across = (langs.get(s[0]) == "en") != (langs.get(t[0]) == "en")
                strong = sum(1 for x in shared if _specific(x) or (across and _word(x)))
                changed = _one_changed(values.get(s, set()), values.get(t, set()))
                if strong and len(shared) + bool(changed) >= _MIN_SHARED:
                    scores[(s, t)] = strong + len(shared) + changed
    best: dict[tuple[Sentence, str], tuple[int, Sentence | None]] = {}
    for (s, t), score in scores.items():
        for x, y in ((s, t), (t, s)):
            slot = (x, y[0])
            held = best.get(slot)
            if held is None or score > held[0]:
                best[slot] = (score, y)
            elif score == held[0]:
                best[slot] = (score, None)  # a tie: no single best match
    return sorted((s, t) for (s, t) in scores if best[(s, t[0])][1] == t and best[(t, s[0])][1] == s)
