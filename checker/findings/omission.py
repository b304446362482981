"""OM01 attendee omission: reports of one event name attendees that another report leaves out.
OM02 official omission: most reports of one event name an official with their role («مروان عبود،
استاندار بیروت»), and another report does not name them at all.

"Left out" means not named at all: neither the entity's known aliases nor its surname appear in
the other report, so a report that mentions someone without a role does not count as an omission.
Where the other report names a *different* person with the same surname («بشار الأسد» against
«ماهر الأسد»), the surname proves nothing and the full name (or a full alias) must appear.

The omissions of one event from one set of reports form one finding that lists the names: "001
leaves out Novak, Belousov and Lavrov, whom 000 names", not one card per name.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from itertools import product

from checker.align.context import Context
from checker.align.entities import name_key
from checker.align.names import matcher_of
from checker.findings.base import dead_entities, linked, make_finding, value_entry
from checker.findings.office import unlisted_body
from checker.model import Claim, Finding
from checker.normalize import match_key
from checker.normalize.keys import isolate, key_pairs, key_words
from checker.normalize.translit import is_latin, reread, skeleton

CODE = "OM01"
OFFICIALS = "OM02"
# Share of an event's reports that must name an attendee before the others are said to leave them out.
_MIN_SHARE = 0.1
# An official is left out only when most reports of the event name them with their role, two at
# least: a follow-up names fewer people, and one report's aside is nobody's omission.
_OFFICIAL_SHARE = 0.5
_OFFICIAL_MIN = 2
_PAST = frozenset({"former", "late"})  # "former prime minister Rafik Hariri": no part of the event
# A story told by more reports than this (an archive's, a synthetic corpus's thousands of copies) is
# left to its events' own findings: one report of hundreds leaving someone out tells a reader little,
# and reading every report's words again for it would cost as much as the events' pass.
_STORY_MAX = 24
# Consonants a surname's skeleton needs before a word of another script stands for it.
_SKELETON_MIN = 4
_PAIR_MIN = 3  # consonants of a short two-word name met only side by side ("Ivan Duque", n dk)


def run(ctx: Context) -> list[Finding]:
    people = ctx.rules.top("people").get("people") or {}
    out = []
    dead = dead_entities(ctx)
    gone = dead_entities(ctx, frozenset({"replaced"})) - dead
    others = _Others(ctx)
    for ev in ctx.events:
        # (the people an article names are its own occasion's: an earlier strike two reports recall
        # in passing is no occasion whose people one of them leaves out)
        articles = [a for a in ev.articles if ctx.event_of.get(a) == ev.id]
        if len(articles) < 2:
            continue
        attending = {e: cs for e, cs in _named(ctx, articles, "attendance").items() if e not in dead}
        officials = {
            e: held
            for e, cs in _named(ctx, articles, "person_role").items()
            if e not in attending and (held := _holding(cs))
        }
        named = others.sweep(articles, [*_asks(attending, people, ctx), *_asks(officials, people, ctx, 2)])
        groups = _left_out(articles, attending, named, _enough(len(articles), _MIN_SHARE))
        out.extend(_finding(ctx, ev.id, missing, members) for missing, members in sorted(groups.items()))
        groups = _officials_left_out(ctx, articles, officials, named, gone)
        out.extend(
            _finding(ctx, ev.id, missing, members, OFFICIALS) for missing, members in sorted(groups.items())
        )
    return out + _story_officials(ctx, out, dead, gone, others)


def _asks(named: dict[str, list[Claim]], people, ctx: Context, minimum: int = 0) -> list[tuple]:
    """(entity, its forms, the articles naming it) of each entity named in ``minimum`` reports."""
    out = []
    for eid, claims in sorted(named.items()):
        named_in = frozenset(c.article for c in claims)
        if len(named_in) >= minimum:
            out.append((eid, _forms(eid, claims, people, ctx.rules), named_in))
    return out


def _officials_left_out(ctx: Context, articles, officials, named, gone) -> dict:
    return _left_out(
        articles,
        officials,
        named,
        _enough(len(articles), _OFFICIAL_SHARE, _OFFICIAL_MIN, strict=True),
        # (not a holder some report says another was put in the place of: that report names the
        # old holder, and leaves out the new one)
        lambda a, claims: bool(
            _offices(claims, ctx)
            & _offices(
                [c for c in ctx.claims_of(a, "person_role") if ctx.entities.entity(c) not in gone], ctx
            )
        ),
    )


def _story_officials(
    ctx: Context, found: list[Finding], dead: set[str], gone: set[str], others: _Others
) -> list[Finding]:
    """OM02 over a whole story: the reports that events link, each telling its own occasion of it.

    One report tells of the lying in state, another of the funeral, a third of the death; the prime
    minister named with her role in two of them, and named at all in three of the four, is left out
    of the fourth, though no one occasion has her in most of its reports. The same tests as for
    one event (a role in two reports at least, named at all in most, named nowhere in the report
    that leaves them out); what an event's own finding already says is not said again, and a report
    published before every report that names someone leaves no one out."""
    said = {(a, v["value"]) for f in found if f.code == OFFICIALS for v in f.values for a in f.missing_in}
    people = ctx.rules.top("people").get("people") or {}
    out = []
    for story in _stories(ctx):
        if not 3 <= len(story) <= _STORY_MAX:
            continue  # (of two reports, or of an archive's many, the events' own findings speak)
        officials = {
            e: held
            for e, cs in _named(ctx, story, "person_role").items()
            if e not in dead and (held := _holding(cs))
        }
        groups: dict[tuple[str, ...], list] = defaultdict(list)
        named = others.sweep(story, _asks(officials, people, ctx, 2))
        for missing, members in _officials_left_out(ctx, story, officials, named, gone).items():
            for eid, claims in members:
                first = min(filter(None, (ctx.times[c.article].published for c in claims)), default=None)
                # (nor by a report out before every report that names them: the story went on)
                left = tuple(
                    a
                    for a in missing
                    if (a, eid) not in said and not (first and (ctx.times[a].published or first) < first)
                )
                if left:
                    groups[left].append((eid, claims))
        label = "story:" + "+".join(story)
        out.extend(_finding(ctx, label, m, ms, OFFICIALS) for m, ms in sorted(groups.items()))
    return out


def _holding(claims: list[Claim]) -> list[Claim]:
    """The claims that name someone in office, not as a past holder ("former prime minister Rafik
    Hariri" is no part of the event; but a chief executive two reports name as such is the event's,
    though a later one calls him the bank's former chief executive)."""
    return [c for c in claims if not set(c.value.get("modifiers") or ()) & _PAST]


def _stories(ctx: Context) -> list[list[str]]:
    """The articles that events link, each set sorted, in a stable order."""
    return linked((ev.articles[0], a) for ev in ctx.events for a in ev.articles[1:])


def _enough(reports: int, share: float, minimum: int = 0, strict: bool = False):
    """How many of an event's reports must name someone before the others leave them out: ``n``
    name them as the claim says (with their role), ``named`` name them at all (a follow-up that
    names "Mike Roffler, the bank's former chief executive" still names him)."""

    def test(n: int, named: int) -> bool:
        return n >= minimum and (named > share * reports if strict else named >= share * reports)

    return test


def _named(ctx: Context, articles, claim_type: str) -> dict[str, list[Claim]]:
    named: dict[str, list[Claim]] = defaultdict(list)
    for a in articles:
        for c in ctx.claims_of(a, claim_type):
            eid = ctx.entities.entity(c)
            if eid:
                named[eid].append(c)
    return named


def _left_out(
    articles, named: dict[str, list[Claim]], names: set[tuple[str, str]], enough, replaced=None
) -> dict:
    """(articles that leave out) → [(entity, its claims)], for entities named in ``enough`` reports;
    ``names`` holds the (article, entity) pairs of the articles that name an entity by name alone
    (``_Others.sweep``)."""
    groups: dict[tuple[str, ...], list[tuple[str, list[Claim]]]] = defaultdict(list)
    for eid, claims in sorted(named.items()):
        named_in = {c.article for c in claims}
        if not enough(len(named_in), len(articles)):
            continue  # one report in many naming someone is that report's outlier, not the others' omission
        missing = tuple(a for a in articles if a not in named_in and (a, eid) not in names)
        if not enough(len(named_in), len(articles) - len(missing)):
            continue
        if replaced is not None:
            # a report that names someone else in the office disagrees (CF01) rather than omits
            missing = tuple(a for a in missing if not replaced(a, claims))
        if missing:
            groups[tuple(sorted(missing))].append((eid, claims))
    return groups


def _finding(
    ctx: Context,
    ev_id: str,
    missing: tuple[str, ...],
    members: list[tuple[str, list[Claim]]],
    code: str = CODE,
) -> Finding:
    """One card for everyone that ``missing`` leaves out of one event."""
    values, parts, naming = [], [], set()
    field = "relation" if code == CODE else "role"
    for eid, claims in members:
        display = ctx.entities.display.get(eid, eid)
        values.append(value_entry(ctx, eid, display, claims))
        rel = "/".join(sorted({_role_words(c.value[field]) for c in claims}))
        named_in = sorted({c.article for c in claims})
        naming.update(named_in)
        parts.append(f"{_shown(display)} ({rel}, named in {', '.join(named_in)})")
    names = [_shown(ctx.entities.display.get(eid, eid)) for eid, _ in members]
    who = ", ".join(missing)
    verb = "leaves" if len(missing) == 1 else "leave"
    n = len(members)
    rels = {_role_words(c.value[field]) for _, claims in members for c in claims}
    as_rel = f" as {next(iter(rels))}" if len(rels) == 1 else ""
    message = (
        f"{who} {verb} out {_list(names)}, whom {', '.join(sorted(naming))} "
        f"name{'s' if len(naming) == 1 else ''}{as_rel}"
    )
    who_kind = "attendee" if code == CODE else "official"
    explanation = (
        f"{_scope(ev_id)} {n} {who_kind}{'s are' if n != 1 else ' is'} named in other "
        f"reports but nowhere in {who}: {'; '.join(parts)}."
    )
    return make_finding(
        code,
        "omission",
        "info",
        f"{ev_id}:{who_kind}s-missing:{'+'.join(missing)}",
        message,
        explanation,
        values,
        missing_in=missing,
    )


def _scope(ev_id: str) -> str:
    if ev_id.startswith("story:"):
        return f"The articles tell one story, each of its own occasion ({ev_id[6:].replace('+', ', ')})."
    return f"The articles report one event ({ev_id})."


def _offices(claims, ctx: Context) -> set[tuple[str, str]]:
    """The offices claims name: a country's, or an unlisted body's by its name's skeleton."""
    out = set()
    for c in claims:
        role = c.value.get("role")
        body = unlisted_body(ctx, c.value.get("scope") or {})
        if role and body:
            out.add((role, "body:" + body))
        elif role and c.value.get("country"):
            out.add((role, c.value["country"]))
    return out


def _role_words(role: str | None) -> str:
    return (role or "?").replace("_", " ")


def _shown(name: str) -> str:
    """A name inside an English line: a script without letter case (Persian, Arabic) goes in
    direction isolates."""
    uncased = any(c.isalpha() and not (c.isupper() or c.islower()) for c in name)
    return isolate(name) if uncased else name


def _list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _forms(
    eid: str, claims: list[Claim], people: dict, rules
) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """(surnames, full names as word tuples) of one entity, from its claims and its known aliases.
    A regnal number is no surname: "Hassan II" is named where «الحسن» is."""
    aliases = tuple(a for group in (people.get(eid) or {}).get("aliases", {}).values() for a in group)
    keys = {name_key(c.value["name"], rules) for c in claims if c.value["match_key"]} | set(
        _alias_keys(aliases)
    )
    fulls = tuple(sorted(tuple(k.split()) for k in keys if k))
    return frozenset(k[-1] for k in fulls), fulls


@lru_cache(maxsize=4096)
def _alias_keys(aliases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in (match_key(a) for a in aliases) if k)


def _split_in(surname: str, words: set[str]) -> bool:
    """A surname written as one word that the article writes as two: «نصرالله» is the «نصر الله» of
    «السيد حسن نصر الله» (both halves words of the article; an omission is not claimed on a guess)."""
    return any(surname[:i] in words and surname[i:] in words for i in range(2, len(surname) - 1))


class _Others:
    """What each article names, built lazily: its words, and the surnames of the people it names."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._words: dict[str, set[str]] = {}
        self._surnames: dict[str, dict[str, set[str]]] = {}
        self._skeletons: dict[str, set[str]] = {}
        self._all_skeletons: dict[str, set[str]] = {}  # every word's skeleton, read once per article
        self._forms: dict[tuple, tuple] = {}  # an entity's forms → their skeletons
        self._pairs: dict[str, set[tuple[str, str]]] = {}  # skeletons of words side by side, per article
        self._read: dict[tuple[str, bool], tuple[str, ...]] = {}  # a word → its skeleton's readings
        self._ids: dict[str, set[str]] = {}  # article → every entity it names by a surname

    def sweep(self, articles, asks: list[tuple]) -> set[tuple[str, str]]:
        """The (article, entity) pairs of ``asks`` (entity, forms, articles naming it with a claim)
        in which an article that makes no claim of the entity names it all the same. One article at
        a time, its words let go after it: an event of thousands of reports holds one report's
        words, not thousands."""
        out = set()
        for a in articles:
            out.update(
                (a, eid) for eid, forms, named_in in asks if a not in named_in and self.names(a, eid, forms)
            )
            for cache in (
                self._words,
                self._surnames,
                self._skeletons,
                self._all_skeletons,
                self._ids,
                self._pairs,
            ):
                cache.pop(a, None)
        return out

    def names(self, aid: str, eid: str, forms: tuple[frozenset[str], tuple[tuple[str, ...], ...]]) -> bool:
        """Whether article ``aid`` names entity ``eid`` (by surname, or by full name where shared)."""
        if eid in self._held(aid):
            return True  # (named there as the same person: "Raphael Claus" is «رافائل کلاوس»)
        surnames, fulls = forms
        words = self._words.get(aid)
        if words is None:
            words = self._words[aid] = key_words(self.ctx.article(aid).text)
        if not surnames & words:
            return (
                any(_split_in(s, words) for s in surnames)
                or self._sounded(aid, forms)
                or self._sounded_full(aid, forms)
            )
        holders = self._holders(aid)
        for s in surnames & words:
            if not holders.get(s, set()) - {eid}:
                return True  # the surname is nobody else's in that article
        # Every matching surname belongs to someone else there too: only a full name counts.
        return any(len(f) > 1 and set(f) <= words for f in fulls)

    def _sounded(self, aid: str, forms) -> bool:
        """A surname written in the other script, as a word of the article: "Salman" and «سلمان»
        share the skeleton ``slmn``. Long skeletons only, so a common word never stands in."""
        got = self._skeletons.get(aid)
        if got is None:
            got = self._skeletons[aid] = {sk for sk in self._every_skeleton(aid) if len(sk) >= _SKELETON_MIN}
        return any(sk in got for sk in self._form_skeletons(forms)[0])

    def _sounded_full(self, aid: str, forms) -> bool:
        """A full name written in the other script, every word of it a word of the article, when
        the surname alone is too short to tell ("Dilma Rousseff" and «دیلما روسف»: ``dlm rsf``)."""
        _long, whole, short = self._form_skeletons(forms)
        got = self._every_skeleton(aid)
        if any(all(sk in got for sk in sks) for sks in whole):
            return True
        # (a name too short for its words to be met anywhere, "Luis Arce", ls rs: met side by side)
        near = [sks for sks in short if all(sk in got for sk in sks)]
        return bool(near) and any(sks in self._side_by_side(aid) for sks in near)

    def _side_by_side(self, aid: str) -> set[tuple[str, str]]:
        got = self._pairs.get(aid)
        if got is None:
            got = self._pairs[aid] = {
                (ra, rb)
                for a, b in key_pairs(self.ctx.article(aid).text)
                for ra in self._readings(a)
                for rb in self._readings(b)
            }
        return got

    def _readings(self, word: str, bare: bool = False) -> tuple[str, ...]:
        """A word's skeleton read each alternate way (``NameMatcher.readings``), and with ``bare``
        each of those without a first class the other script may not write; once per run."""
        got = self._read.get((word, bare))
        if got is None:
            m = matcher_of(self.ctx.rules)
            ways = m.readings(skeleton(word, self.ctx.rules))
            got = self._read[(word, bare)] = (
                tuple(dict.fromkeys((*ways, *map(m.bare, ways)))) if bare else ways
            )
        return got

    def _form_skeletons(
        self, forms
    ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
        """The skeletons of one entity's forms, read once, not once per article asked: its long
        surname skeletons, each full name's word skeletons (names of two words or more, long
        enough in all, with no word that has none), and those of two-word names too short for that."""
        got = self._forms.get(forms)
        if got is None:
            rules = self.ctx.rules
            surnames, fulls = forms
            # (with each skeleton's readings: «جورجيسكو», jrjsk, is "Georgescu", grgsk)
            readings = matcher_of(rules).readings
            # (and without a first class the other script may not write: "Tsipras" is «سیپراس»)
            bare = matcher_of(rules).bare
            long = tuple(
                dict.fromkeys(
                    x
                    for s in surnames
                    for r in readings(skeleton(s, rules))
                    for x in (r, bare(r))
                    if len(x) >= _SKELETON_MIN
                )
            )
            whole, short = [], []
            for f in fulls:
                # (each Latin word also read the other way, rules/transliteration ``latin_readings``:
                # "Ján Kuciak" is «يان كوسياك», jn read yn)
                ways = [
                    dict.fromkeys(
                        [skeleton(w, rules), *([skeleton(reread(w, rules), rules)] if is_latin(w) else [])]
                    )
                    for w in f
                ]
                for sks in product(*ways):
                    if len(f) > 1 and sum(map(len, sks)) >= _SKELETON_MIN + 1 and all(sks):
                        whole.append(sks)
                    elif len(f) == 2 and sum(map(len, sks)) >= _PAIR_MIN:
                        short.append(sks)
            got = self._forms[forms] = (long, tuple(whole), tuple(short))
        return got

    def _held(self, aid: str) -> set[str]:
        """Every entity article ``aid`` names by a surname."""
        got = self._ids.get(aid)
        if got is None:
            got = self._ids[aid] = set().union(*self._holders(aid).values())
        return got

    def _every_skeleton(self, aid: str) -> set[str]:
        got = self._all_skeletons.get(aid)
        if got is None:
            got = self._all_skeletons[aid] = {
                x for w in self._words[aid] for x in self._readings(w, bare=True)
            }
        return got

    def _holders(self, aid: str) -> dict[str, set[str]]:
        """surname -> entities that article ``aid`` names with it."""
        got = self._surnames.get(aid)
        if got is None:
            got = defaultdict(set)
            for c in self.ctx.claims_of(aid):
                if c.type not in ("attendance", "person_role") or not c.value.get("match_key"):
                    continue
                eid = self.ctx.entities.entity(c) or c.value["match_key"]
                got[c.value["match_key"].split()[-1]].add(eid)
            self._surnames[aid] = got
        return got
