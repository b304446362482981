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
from itertools import combinations
from typing import Any

from checker.align.context import Context
from checker.align.geo import place_relation
from checker.model import Claim
from checker.normalize import fold
from checker.normalize.translit import skeleton_tokens

# A thing shared by more sentences than this proposes no pair (blocking, and boilerplate).
_MAX_POSTING = 64
_MIN_SHARED = 2
_SMALL = 10  # integers below this ("two", "one") are too common to align sentences by
_YEARS = (1900, 2100)
_PERSON = ("person_role", "attendance")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_SKELETON_MIN = 3

Sentence = tuple[str, tuple[int, int]]  # (article, original span)


def parallel_pairs(
    ctx: Context, keyed: list, comparable: Callable[[Any, Any], bool]
) -> tuple[list[tuple], list[tuple[Claim, Claim]], list[tuple[Claim, Claim]]]:
    """Pairs of keyed concept frames (``align.frames.Keyed``) read from parallel sentences, and
    the pairs of place claims and of role claims they differ on (see ``_place_pair`` and
    ``_person_pair``); ``comparable`` is what else two frames must satisfy
    (``align.frames.comparable``)."""
    values, things, frames = _sentences(ctx, keyed)
    langs = {aid: x.article.language or "" for aid, x in ctx.extractions.items()}
    (places, people), place_keys = _by_sentence(ctx), _place_keys(keyed)
    out = []
    placed, named = [], []
    for s, t in _aligned(values, things, langs):
        if _says_more(values[s], values[t]):
            continue  # the sentences say different things, not one thing with one value changed
        a, b = values[s] | things[s], values[t] | things[t]
        pair = _place_pair(ctx, places.get(s, []), places.get(t, []), a, b)
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
                # (a sentence that also states the other's value, in words no frame was read from,
                # agrees on it: «أمس الاثنين … بعد … يوم السبت 15 يونيو» and «روز دوشنبه ۲۸ خرداد»)
                and _atom(left_y[0]) not in values[s]
                and _atom(left_x[0]) not in values[t]
            ):
                out.append((left_x[0], left_y[0]))
    return out, placed, named


# How many things two parallel sentences must share for the places or people they differ on to
# pair: one alone (Mecca, in "died in Mecca and Medina" and «القنصلية في جدة … في مكة») tells no
# one fact.
_SHARED = 2
_PLACE_FRAMES = ("event_place", "located_in", "origin", "destination")


def _by_sentence(ctx: Context) -> tuple[dict[Sentence, list[Claim]], dict[Sentence, list[Claim]]]:
    """Per sentence, its place claims and its people's claims (roles, attendance)."""
    places: dict[Sentence, list[Claim]] = defaultdict(list)
    people: dict[Sentence, list[Claim]] = defaultdict(list)
    for aid in sorted(ctx.extractions):
        for c in ctx.extractions[aid].claims:
            if c.type == "place" and c.value.get("place"):
                places[(aid, c.sentence)].append(c)
            elif c.type in _PERSON:
                people[(aid, c.sentence)].append(c)
    return places, people


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


def _place_pair(ctx: Context, xs: list[Claim], ys: list[Claim], a: set, b: set) -> tuple[Claim, Claim] | None:
    """The one place each of two parallel sentences names where the other names a place that
    neither holds nor is held by it, when both are listed towns (or provinces, or countries) of one
    country that do not contain each other, each named as where something is or happened (not a
    dispatch's dateline, "KATHMANDU —", nor a bare mention), and the sentences share two other
    things: "Modi, who followed the descent from Johannesburg" and «مودی … در کیپ‌تاون»."""
    if not xs or not ys or len(a & b) < _SHARED:
        return None
    pair = _one_apart(
        xs, ys, lambda c, d: place_relation(ctx.rules, c.value["place"], d.value["place"]) in _MEET
    )
    if pair is None:
        return None
    u, v = pair[0].value, pair[1].value
    if (
        u.get("unlisted")
        or v.get("unlisted")
        or "mention" in (u.get("role"), v.get("role"))
        or u.get("kind") != v.get("kind")
        or not u.get("country")
        or u.get("country") != v.get("country")
        or place_relation(ctx.rules, u["place"], v["place"]) != "disjoint"
    ):
        return None
    return pair


def _person_pair(
    ctx: Context, xs: list[Claim], ys: list[Claim], a: set, b: set
) -> tuple[Claim, Claim] | None:
    """The one person each of two parallel sentences names in a role where the other names someone
    else in the same role, for roles one office-holder check does not key (an archbishop, an envoy,
    a county's sheriff: not exclusive to a country): "Archbishop of Canterbury, Justin Welby" and
    «رئيس أساقفة كانتربري جون سنتامو». Neither may be a former, acting or deputy holder, nor may
    either sentence name the other's person too (see ``_names``)."""
    if not xs or not ys or len(a & b) < _SHARED:
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
        found = [m.group() for m in _CAPITALISED.finditer(text) if m.start() > 0]
    else:
        found = _LONG_WORD.findall(fold(text))  # (folded first: a short vowel splits no word)
    words = [fold(w) for w in found]
    return {"w:" + sk for sk in skeleton_tokens(words, ctx.rules) if len(sk) >= _SKELETON_MIN}


def _number(v: dict) -> tuple:
    n = v["value"]
    if isinstance(n, int) and not v.get("unit") and _YEARS[0] <= n < _YEARS[1]:
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
