"""People with their role and country («سرگئی لاوروف وزیر امور خارجه», «وزير الخارجية السوري
الدكتور فيصل المقداد», "Syria's foreign minister Asaad al-Shaibani"), and who attended.

A role phrase anchors the search. Its noun phrase may carry modifiers («دولت موقت», «سابق»),
a country («سوریه», «السوري») or an anaphor («این کشور»), and an honorific («العماد»). A name is
attached from the known-people aliases when one stands beside the phrase, or else from the
name-like words beside it (words that no lexicon knows as a role, country, cue or common word),
so that a person missing from ``rules/people.yaml`` is still found.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from checker.align.places import gazetteer
from checker.extract import role_complements
from checker.extract.base import LAST_WORD, Doc
from checker.extract.lexicon import Table, squash
from checker.extract.organizations import org_tables
from checker.extract.people_names import (
    RUN_TOKENS,
    TOKEN,
    delegation_members,
    known_mentions,
    name_run,
    surname,
)
from checker.extract.people_tables import PeopleTables, people_tables
from checker.extract.places import place_tables, provinces_named_as_countries
from checker.extract.places_unlisted import place_key
from checker.extract.role_complements import region
from checker.model import Claim
from checker.normalize import fold, match_key
from checker.rules import Rules

# What may stand between a role phrase and its name. Not a colon: «محافظ البنك المركزي: التضخم …»
# is a headline whose words after the colon are the statement, not a name.
_FIGURE_AFTER = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}\d")  # a figure within two words
_GAP = re.compile(r"[\s،,\"'(]{0,4}")
_GAP_LEFT = re.compile(r"[\s،,\"')]{0,4}(?:\b(?:an?|the)\s+)?$")
# "Daniel Hagari, the Israel Defense Forces spokesman", "John Smith, a police spokesman": an
# apposition's article, then the words that say whose the role is, between the name and its role
_APPOSED_LEFT = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[^\W\d_][\w'’.-]*\s+){1,4}$")
_APPOSED_BACK = 80  # characters before a role where such an apposition may open
# (but "brought back Mehmet Simsek, a former Merrill Lynch economist, as finance minister": the
# name is the role's after "as", ``_named_as``)
_AS_AFTER = re.compile(r"\s*,\s*as\s")
# … but not where a quotation ends or opens ("I will be the first woman president of Mexico,"
# Sheinbaum told supporters): the name outside the quote is the speaker's, not the role's.
_QUOTE_EDGE = re.compile(r"[,،.:]\s*[\"'“”«»]|[\"'“”«»]\s*[,،.:]")
_WORD = re.compile(r"\w+")
# «دیدار» (meeting) names the occasion in most sentences; a specific cue («حضور داشتند») wins unless far away.
_GENERIC_PENALTY = 60
# Name scans prefer the side each language usually writes the name on.
_SIDES = {"fa": ("left", "right"), "ar": ("right", "left"), "en": ("right", "left")}


@dataclass
class RoleNP:
    """A role phrase and the words that qualify it."""

    start: int
    end: int  # end of the whole noun phrase (modifiers, country, honorific)
    role: str
    role_end: int
    country: str | None = None
    country_source: str | None = None
    modifiers: list[str] = field(default_factory=list)
    name: tuple[int, int] | None = None
    person: str | None = None
    scope: dict | None = None  # the role's complement (role_complements)
    outer: RoleNP | None = None  # the role this one is the complement of («مشاور [وزیر خارجه]»)
    inner: RoleNP | None = None
    titled: bool = False  # ends on an honorific («الدكتور»): a name follows, whatever its first word
    role_start: int = -1  # where the role's own words start (``start`` may be a country's, before them)
    adjacent: bool = False  # its country is written right beside the role's words
    # countries its sentence names before it across a partner word ("with"): not its own
    partnered: frozenset[str] = frozenset()


def extract_people(doc: Doc, rules: Rules, dates: Sequence[Claim] = ()) -> list[Claim]:
    """``person_role`` and ``attendance`` claims of one article. ``dates`` (the article's date
    claims) mark roles held in a closed period of an earlier year as ``past``."""
    t = people_tables(rules, doc.lang)
    text = doc.text
    mentions = _Mentions((s, (s, e, pid)) for s, e, pid in known_mentions(doc, t))
    pt = place_tables(rules, doc.lang)
    # (a country's name that here names another's province is no country: "Florida, Georgia, …")
    provinces = provinces_named_as_countries(text, pt, gazetteer(rules))
    countries = [
        c for c in t.countries.find(text) if not region(text, c[0], c[1], t) and c[1] not in provinces
    ]
    if t.as_written:
        countries = sorted(countries + _countries_as_written(doc, t))
    mod_end = {e: (s, mod) for s, e, mod in t.modifiers.find(text)}
    nps = []
    masked, owners = _possessive_countries(text, countries) if doc.lang == "en" else (text, {})
    # (a role's word inside a name is none: "Amir-Hossein Ghazizadeh Hashemi", «حسين أمير عبد
    # اللهيان»)
    inside = _Spans((a, b) for a, b, _ in mentions.values())
    found = [
        (s, e, rid)
        for s, e, rid in t.roles.find(masked)
        if not _hyphened(doc, s, e) and not (inside.holds(s - 1) and inside.holds(e))
    ]
    found += sorted(x for x in _titles(doc, t, masked, found) if not _hyphened(doc, x[0], x[1]))
    for s, e, rid in found:
        e, rid = role_complements.widen_deputy(text, s, e, rid, t)
        np = _parse_np(text, s, e, rid, t, countries, doc.lang, mod_end)
        owner = next((cc for (a, b), cc in owners.items() if s <= a and b <= e), None)
        if owner and np.country is None:
            np.country, np.country_source = owner, "text"
        role_complements.apply_deputy(np, t, text)
        nps.append(np)
    _served_under(text, nps, t)
    nps = role_complements.link(
        doc,
        nps,
        t,
        set(mentions),
        countries,
        pt.names,
        lambda name: place_key(name, rules),
        pt.heads,
        org_tables(rules, doc.lang),
        gazetteer(rules).kind,
        gazetteer(rules).country_of,
    )
    used: set[tuple[int, int]] = set()
    for np in nps:
        _attach(doc, np, t, mentions, used)
        _drop_place_end(doc, np, pt.names, t.place_verbs)
    # (a nationality inside a name is no country: «محمد شياع السوداني» is Iraq's, not Sudan's; nor
    # is that name's last word alone, where no role stands right before it: «مباحثات مع السوداني»)
    names = [np.name for np in nps if np.name] + [(s, e) for s, e, _ in mentions.values()]
    surnames = {text[a:b].split()[-1] for a, b in names if len(text[a:b].split()) > 1}
    role_ends = {np.end for np in nps}
    countries = [
        c
        for c in countries
        if not any(a <= c[0] and c[1] <= b for a, b in names)
        and not (text[c[0] : c[1]] in surnames and not any(0 <= c[0] - e <= 2 for e in role_ends))
    ]
    _share_titles(doc, nps, t)
    _in_context(doc, nps, t)
    _resolve_countries(doc, nps, t, countries)
    _national(text, nps, t, pt.names)
    _sentence_country(doc, nps, countries, names, t.partners)
    _article_country(
        nps,
        countries,
        {t.person_country.get(pid) for _, _, pid in mentions.values()},
        _dateline_country(doc, rules),
    )
    _resolve_counterparts(doc, nps)
    _in_country(nps, rules)
    _national_office(text, nps, rules)
    _referred_back(text, nps, t)
    claims = [_role_claim(doc, np) for np in nps if np.name and np.role != "counterpart"]
    claims += _successors(doc, claims, t, used)
    _past_terms(doc, claims, dates)
    _dead(doc, claims, t)
    _dead_by_role(doc, nps, claims, t)
    _note_unnamed(doc, nps, {o for _, _, pid in mentions.values() for o in t.offices.get(pid, ())})
    people = {np.name: np.person for np in nps if np.name}
    named = _Spans(people)
    for s, e, pid in mentions.values():
        if not named.holds(s):
            people[(s, e)] = pid
    cues = list(t.attendance.find(text))  # one scan, shared by delegation lists and attendance
    # ("received more than 20.7 million votes": things received, no one hosted)
    cues = [
        c
        for c in cues
        if not (fold(text[c[0] : c[1]]).strip() in t.figure_objects and _FIGURE_AFTER.match(text, c[1]))
    ]
    delegation_members(doc, t, nps, mentions, people, cues)
    claims.extend(_attendance(doc, t, people, cues))
    return sorted(claims, key=lambda c: (c.start, c.end, c.type))


def _titles(doc: Doc, t: PeopleTables, text: str, roles: list[tuple[int, int, str]]):
    """ "Speaker Woo Won-shik": a title word, capitalised, right before a capitalised word, and no
    part of a longer role phrase."""
    for s, e, rid in t.titles.find(text):
        if any(a <= s < b for a, b, _ in roles):
            continue
        o_s, o_e = doc.norm.orig_span(s, e)
        nxt = re.match(r"\s+(\S)", doc.article.text[o_e : o_e + 4])
        if doc.article.text[o_s : o_s + 1].isupper() and nxt and nxt.group(1).isupper():
            yield s, e, rid


_POSSESSIVE = re.compile(r"\s*['’]s\b")
_POSSESSIVE_TAIL = re.compile(r"(?:['’]s|(?<=s)['’])?\s*")
# … or one word that says which of its envoys or officials ("US climate envoy John Kerry"), no
# function word ("French and British ministers" are not France's), before a country's office ("UN
# climate chief" is the head of a UN body, which the body's name tells)
_MODIFIED_TAIL = re.compile(
    r"(?:['’]s|(?<=s)['’])?\s+(?!(?:and|or|of|the|to|in|for|with|by|a|an|as|at)\b)[a-z]{3,}\s+"
)


def _possessive_countries(text: str, countries) -> tuple[str, dict[tuple[int, int], str]]:
    """ "the secretary of Iran's Supreme National Security Council": the country's name and its
    «'s» read as "the", so the role phrase matches; the country is the role's. Same length."""
    chars, owners = list(text), {}
    for s, e, cc in countries:
        m = _POSSESSIVE.match(text, e)
        if not m or not text[max(0, s - 4) : s].endswith(("of ", "for ")):
            continue  # ("a spokesman for Qatar's foreign ministry" too)
        for i in range(s, m.end()):
            chars[i] = " "
        chars[s : s + 3] = list("the")
        owners[(s, m.end())] = cc
    return "".join(chars), owners


def _parse_np(text: str, s: int, e: int, rid: str, t: PeopleTables, countries, lang: str, mod_end) -> RoleNP:
    np = RoleNP(start=s, end=e, role=rid, role_end=e, role_start=s)
    pos = e
    # (a role phrase that holds its country, «المستشارة الألمانية», "the German chancellor": that one)
    inner = next((cc for cs, ce, cc in countries if s <= cs and ce <= e), None)
    if inner is not None:
        np.country, np.country_source = inner, "text"
    for _ in range(5):
        gap = _GAP.match(text, pos).end()
        hit = t.modifiers.match_at(text, gap)
        if hit:
            np.modifiers.append(hit[2])
            pos = np.end = hit[1]
            continue
        hit = (
            (t.complement_countries.match_at(text, gap) or _of_country(text, gap, t))
            if np.country is None
            else None
        )
        if hit and not region(text, hit[0], hit[1], t):
            np.country, np.country_source, np.adjacent = hit[2], "text", pos == e
            pos = np.end = hit[1]
            continue
        hit = t.anaphora.match_at(text, gap) if np.country is None else None
        if hit:
            np.country, np.country_source = _nearest_country(countries, s), "anaphora"
            pos = np.end = hit[1]
            continue
        hit = t.honorifics.match_at(text, gap)
        if hit:
            pos = np.end = hit[1]
            np.titled = True
            continue
        break
    if np.country is None and lang == "en":
        _country_before(text, np, t, countries)
    _modifier_before(text, np, mod_end, t.conjunctions)
    return np


def _share_titles(doc: Doc, nps: list[RoleNP], t: PeopleTables) -> None:
    """«السفير حسام الدين رضوان نائب وزير الخارجية»: a title role before a name gives the name to
    the role written right after it too, which no other name stands beside."""
    for np, nxt in pairwise(nps):
        if np.role not in t.title_roles or not np.name or np.name[0] < np.end or nxt.name:
            continue
        if re.fullmatch(r"[\s،,]*", doc.text[np.name[1] : nxt.start]) and nxt.outer is None:
            nxt.name, nxt.person = np.name, np.person


def _in_context(doc: Doc, nps: list[RoleNP], t: PeopleTables) -> None:
    """A bare role with no complement that the article's words before it make a specific one
    (rules/people_cues ``in_context``): "Governor Elvira Nabiullina" in a report on Russia's
    central bank is its governor, not a province's."""
    for specific, bare, words in t.in_context:
        for np in nps:
            if (
                np.role == bare
                and np.scope is None
                and np.inner is None
                and np.outer is None
                and next(iter(words.find(doc.text, 0, np.start)), None) is not None
            ):
                np.role = specific


def _in_country(nps: list[RoleNP], rules: Rules) -> None:
    """A word that names another office in some countries (rules/roles ``in_country``): Britain's
    "chancellor" is its finance minister, Germany's its head of government."""
    concepts = rules.concepts("roles").get("concepts") or {}
    for np in nps:
        other = (concepts.get(np.role) or {}).get("in_country", {}).get(np.country or "")
        if other:
            np.role = other


def _national(text: str, nps: list[RoleNP], t: PeopleTables, places: Table) -> None:
    """A role phrase that only one country's office bears ("Secretary of State Marco Rubio", with
    no country written) is that country's (``national`` in rules/roles), unless a complement makes
    it another office ("Secretary of State for Northern Ireland") or a place before it a
    province's ("Arizona Secretary of State Adrian Fontes")."""
    if not t.national:
        return
    for np in nps:
        if np.country is not None or np.scope is not None or np.inner is not None:
            continue
        cc = t.national.get(squash(text[np.start : np.role_end]))
        if cc is None:
            continue
        before = len(text[max(0, np.start - 40) : np.start].rstrip()) + max(0, np.start - 40)
        if not any(e == before for _, e, _ in places.find(text, max(0, before - 40), before)):
            np.country, np.country_source = cc, "title"


def _national_office(text: str, nps: list[RoleNP], rules: Rules) -> None:
    """A one-word role with its country written right beside it and nothing else that scopes or
    qualifies it names the country's one office (``national_office`` in rules/roles/concepts):
    "North Korean leader
    Kim Jong Un", «رهبر کره شمالی». Not "Iraqi Shiite leader Muqtada al-Sadr", nor "opposition
    leader", whose words say which of the country's leaders."""
    concepts = rules.concepts("roles").get("concepts") or {}
    for np in nps:
        office = (concepts.get(np.role) or {}).get("national_office")
        if (
            office
            and np.adjacent
            and np.scope is None
            and np.inner is None
            and not np.modifiers
            and len(text[np.role_start : np.role_end].split()) == 1
        ):
            np.role = office


def _sentence_country(
    doc: Doc, nps: list[RoleNP], countries, names: list[tuple[int, int]], partners: frozenset[str]
) -> None:
    """An unknown office-holder with no country, in a sentence that names one country before the
    role and no other role of the sentence holds it: "… for Niger's military rulers to reinstate
    President Mohamed Bazoum" (in a dispatch from Abuja) is Niger's president. A country named
    after the role is where someone went or what they spoke of, not theirs; so is one a partner
    word parts from the role ("Australia was working closely with the government of Prime
    Minister James Marape")."""
    for np in nps:
        if (
            not np.name
            or np.country is not None
            or np.person is not None
            or (np.scope or {}).get("kind") == "organization"
        ):
            continue
        lo, _ = doc.sentence_at(np.start)
        held = {o.country for o in nps if o is not np and o.country and doc.sentence_at(o.start)[0] == lo}
        before = [(e, cc) for s, e, cc in countries if cc and lo <= s < np.start]
        np.partnered = frozenset(cc for e, cc in before if _partnered(doc.text, e, np, names, partners))
        named = {cc for _, cc in before} - np.partnered - held
        if len(named) == 1:
            np.country, np.country_source = named.pop(), "sentence"


def _partnered(text: str, e: int, np: RoleNP, names: list[tuple[int, int]], partners: frozenset[str]) -> bool:
    """A partner word stands between a country ending at ``e`` and the role, a few words before the
    role with no mark between ("Australia was working closely with the government of Prime
    Minister …"), and no one is named between the country and that word ("Modi held talks with
    Emir …": Modi's partner, not India's or Kuwait's)."""
    found = [m for m in _WORD.finditer(text, e, np.start) if m.group() in partners]
    if not found:
        return False
    at, end = found[-1].span()
    between = text[end : np.start]
    return (
        len(between.split()) <= _PARTNER_WORDS
        and not _PARTNER_BREAK.search(between)
        and not any(e <= s < at for s, _ in names)
    )


_PARTNER_WORDS = 4  # words between a partner word and the role ("with the government of")
_PARTNER_BREAK = re.compile(r"[,،;:؛.()«»\"]")


def _countries_as_written(doc: Doc, t: PeopleTables) -> list[tuple[int, int, str]]:
    """ "US climate envoy John Kerry": country names read only as written in the original text
    (``as_written`` in ``rules/countries``: the fold makes "US" the pronoun "us"), in folded offsets."""
    n = doc.norm
    return [
        (n.norm_index(m.start()), n.norm_index(m.end()), cc)
        for rx, cc in t.as_written
        for m in rx.finditer(doc.article.text)
    ]


def _article_country(
    nps: list[RoleNP], countries, known: set[str | None], dateline: str | None = None
) -> None:
    """An unknown office-holder with no country, in an article that names one country only (at
    least twice, or once beside a known person of it) and no known person of another, is that
    country's ("Health Minister Mohammad-Reza Zafarghandi" in a report on Iran alone). So is one in
    a dispatch filed from a country's city ("KATHMANDU, Jan 15 — … Prime Minister Pushpa Kamal Dahal") when that country
    is the one the article names most. So is one in an article that names one country far more
    than any other (a report from Paris on aid to Lebanon: «وزير الصحة جميل جبق» is Lebanon's)."""
    named = {cc for _, _, cc in countries if cc}
    counts = Counter(cc for _, _, cc in countries if cc)
    top = counts.most_common(2)
    # (named once, with a known person of that country: "President Joe Biden … the deadliest U.S.
    # wildfire" makes "Governor Josh Green" American too)
    if len(named) == 1 and (len(countries) >= 2 or (known - {None}) == named) and (known - {None}) <= named:
        (cc,) = named
    elif dateline and (not top or counts[dateline] >= top[0][1] or _unrivalled(dateline, counts)):
        # (the country named most, or as often as any other: "bound for Italy"; or named, and no
        # other one dominant: "PORT LOUIS — Mauritius has declared …, appealing to France")
        cc = dateline
    elif top and top[0][1] >= _DOMINANT_MIN and (len(top) == 1 or top[0][1] >= _DOMINANT_RATIO * top[1][1]):
        cc = top[0][0]
    else:
        return
    for np in nps:
        if (
            np.name
            and np.country is None
            and np.person is None
            and (np.scope or {}).get("kind") != "organization"
            and cc not in np.partnered
        ):
            np.country, np.country_source = cc, "article"


def _unrivalled(cc: str, counts: Counter) -> bool:
    """``cc`` is named, and no other country dominates it (``_DOMINANT_MIN`` times, and
    ``_DOMINANT_RATIO`` times as often)."""
    return counts[cc] > 0 and not any(
        n >= _DOMINANT_MIN and n >= _DOMINANT_RATIO * counts[cc] for o, n in counts.items() if o != cc
    )


_DOMINANT_MIN = 4  # times the dominant country is named
_DOMINANT_RATIO = 2  # … against the next one
_DATELINE = re.compile(r"\s*([^\W\d_][^\n,—–(-]{1,30}?)\s*(?:,|—|–|-|\()")


def _dateline_country(doc: Doc, rules: Rules) -> str | None:
    """The country of the city a dispatch was filed from («کاتماندو -», "KATHMANDU, Jan 15 —")."""
    from checker.extract.places import place_tables

    text = doc.text
    for line_start in (0, *(m.end() for m in re.finditer(r"\n", text[:400]))):
        m = _DATELINE.match(text, line_start)
        if not m or len(m.group(1).split()) > 3:
            continue
        hit = place_tables(rules, doc.lang).names.match_at(text, m.start(1), m.end(1))
        if hit and hit[1] == m.end(1):
            return gazetteer(rules).country_of(hit[2])
        # (a capital the country lexicon lists and the gazetteer lacks: «بورت لويس -»)
        capital = people_tables(rules, doc.lang).capitals.get(squash(fold(m.group(1)).strip()))
        if capital:
            return capital
        # a town the gazetteer lacks, with its country or province after it ("KALAMATA, Greece, June
        # 14 —", "KANCHIPURAM, Tamil Nadu —")
        after = _DATELINE.match(text, m.end())
        if after and text[m.end() - 1] == "," and len(after.group(1).split()) <= 2:
            land = people_tables(rules, doc.lang).countries.match_at(text, after.start(1), after.end(1))
            if land and land[1] == after.end(1):
                return land[2]
            hit = place_tables(rules, doc.lang).names.match_at(text, after.start(1), after.end(1))
            if hit and hit[1] == after.end(1):
                return gazetteer(rules).country_of(hit[2])
    return None


def _modifier_before(
    text: str, np: RoleNP, mod_end: dict[int, tuple[int, str]], joins: frozenset[str] = frozenset()
) -> None:
    """Modifiers written before the role: "former foreign minister", «سرپرست وزارت …».

    ``mod_end`` maps the end of every modifier in the document to its start and id (one scan).
    """
    e = np.start
    while e > 0 and (text[e - 1].isspace() or (e == np.start and text[e - 1] == "-")) and np.start - e < 3:
        e -= 1  # (spaces, or the hyphen of "then-governor", "ex-president")
    hit = mod_end.get(e)
    if hit and e < np.start:
        np.modifiers.append(hit[1])
        np.start = hit[0]
        return
    # ("former Jakarta governor", "former Central Java governor": a place's name of a word or two
    # between; only a modifier of time, and never across a conjunction: in "the former minister
    # and governor X", "former" is the minister's)
    for words in _NAME_BEFORE:
        m = words.search(text, max(0, np.start - _NAME_BEFORE_REACH), np.start)
        hit = mod_end.get(m.start()) if m else None
        if hit and hit[1] in _ACROSS_NAME and not joins & set(m.group().split()):
            np.modifiers.append(hit[1])
            return


# (one word before the role, or two, and the space before them)
_NAME_BEFORE = tuple(re.compile(rf"[ ](?:[^\W\d_]+[ ]){{{k}}}\Z") for k in (1, 2))
_NAME_BEFORE_REACH = 40
_ACROSS_NAME = frozenset({"former", "late"})


def _of_country(text: str, pos: int, t: PeopleTables) -> tuple[int, int, str] | None:
    """English "minister of Syria"."""
    if text.startswith("of ", pos):
        return t.countries.match_at(text, pos + 3)
    return None


def _country_before(text: str, np: RoleNP, t: PeopleTables, countries) -> None:
    """English "Syrian foreign minister", "Syria's foreign minister", "the United Arab Emirates'
    industry minister" (a plural name's possessive has no s). ``countries``: the article's country
    names, in text order."""
    window = max(0, np.start - 40)
    k = _ends_at_or_before(countries, window)
    for s, e, cc in countries[k:]:
        if s >= np.start:
            break
        if s < window or e > np.start:
            continue
        adjacent = _POSSESSIVE_TAIL.fullmatch(text, e, np.start)
        tail = adjacent or (cc not in t.bodies and _MODIFIED_TAIL.fullmatch(text, e, np.start))
        if tail and not region(text, s, e, t):
            np.country, np.country_source, np.start, np.adjacent = cc, "text", s, bool(adjacent)


def _nearest_country(countries, pos: int) -> str | None:
    # ``countries`` come from one scan: sorted, not overlapping, so their ends are sorted too.
    i = _ends_at_or_before(countries, pos)
    return countries[i - 1][2] if i else None


def _ends_at_or_before(countries, pos: int) -> int:
    """How many of ``countries`` end at or before ``pos`` (a binary search)."""
    lo, hi = 0, len(countries)
    while lo < hi:
        mid = (lo + hi) // 2
        if countries[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _served_under(text: str, nps: list[RoleNP], t: PeopleTables) -> None:
    """A role right after another role and an era word (rules/people_cues ``era_words``: "health
    minister under reformist President Mohammad Khatami") names whose government the first was held
    in, an earlier one: its holder is no holder now."""
    ends = {np.role_end for np in nps}
    for np in nps:
        m = LAST_WORD.search(text, max(0, np.start - _ERA_REACH), np.start)
        if m is None or fold(m.group(1)) not in t.era_words or "former" in np.modifiers:
            continue
        if any(0 <= m.start(1) - e <= 1 for e in ends):
            np.modifiers.append("former")


_ERA_REACH = 24  # characters before a role that may hold its era word (a window, not the whole text)


def _hyphened(doc: Doc, s: int, e: int) -> bool:
    """The words ``s:e`` are joined by a hyphen to a capitalised word after them, a name's
    ("Amir-Hossein"; not "then-president", "prime minister-designate")."""
    end = doc.norm.orig_span(s, e)[1]
    return doc.article.text[end : end + 1] == "-" and doc.article.text[end + 1 : end + 2].isupper()


class _Mentions(dict):
    """Known-person mentions by start, with an index by end (one dict lookup, not a scan)."""

    def __init__(self, items) -> None:  # type: ignore[no-untyped-def]
        super().__init__(items)
        self.by_end = {v[1]: v for v in self.values()}


class _Spans:
    """Name spans, asked «does one hold position ``i``?» in log time (linear over an article)."""

    def __init__(self, spans) -> None:  # type: ignore[no-untyped-def]
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach, far = [], -1
        for _, b in ordered:
            far = max(far, b)
            self.reach.append(far)

    def holds(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and self.reach[k] > i


def _attach(doc: Doc, np: RoleNP, t: PeopleTables, mentions, used: set) -> None:
    """The name beside a role phrase. In a compound («X مشاور وزیر خارجه Y», "X, adviser to the
    foreign minister Y") the outer role takes the name before it if there is one, and only then
    does the name after it belong to the inner role; otherwise that name is the outer role's,
    unless the grammar gives it to the inner one (see ``_inner_takes``)."""
    sent_s, sent_e = doc.sentence_at(np.start)
    # A role phrase may run over a line break («وزیر امور\r\nخارجه»), past its sentence's end.
    sent_s, sent_e = min(sent_s, np.start), max(sent_e, np.end)
    if np.inner is not None:
        before = (np.end, np.inner)
        np.end = np.start  # look on the left only, first
        _attach_sides(doc, np, t, mentions, used, ("left",), sent_s, sent_e)
        np.end, inner = before
        if np.name is None:
            _attach_sides(doc, np, t, mentions, used, ("right",), sent_s, sent_e)
            if np.name and _inner_takes(doc, np, inner, t):
                inner.name, inner.person, np.name, np.person = np.name, np.person, None, None
        return
    sides = _SIDES.get(doc.lang, ("left", "right"))
    if sides[0] == "right" and _conjunct_after(doc.text, np.end, t):
        # («ظفر مسعود، رئيس بنك البنجاب، ومحمد زبير»: the name after ", and" is the list's next
        # item; the role between commas is the name's before it, if one is there)
        sides = ("left", "right")
    if np.outer is not None:
        named_before = np.outer.name is not None and np.outer.name[1] <= np.outer.start
        if not named_before or np.name:
            return
        sides = ("right",)
    _attach_sides(doc, np, t, mentions, used, sides, sent_s, sent_e)


def _holds_other(np: RoleNP, person: str | None, t: PeopleTables) -> bool:
    """A known person whom the lexicon gives offices, none of them this role in this country."""
    offices = t.offices.get(person or "", ())
    return bool(offices) and not any(
        role == np.role and (np.country is None or country in (None, np.country)) for country, role in offices
    )


def _inside_longer(doc: Doc, np: RoleNP, t: PeopleTables, found, lo: int, hi: int) -> bool:
    """A one-word alias of a known person that opens a longer run of name words after the role:
    the first word of another's name, which no capital tells apart in Arabic or Persian script
    (``people_names.known_mentions`` reads the capitals of English)."""
    if doc.text[found[0] : found[1]].strip() not in t.single_aliases:
        return False
    longer = _scan_name(doc, np, t, "right", lo, hi, min_tokens=2)
    if longer is None or longer[0] != found[0] or longer[1] <= found[1]:
        return False
    # (a word with a preposition glued to it goes on the sentence, not the name: «الرئيس ماكرون
    # بتكليف الجبهة الشعبية» asks Macron to name the Popular Front)
    nxt = TOKEN.search(doc.text, found[1], longer[1])
    return nxt is not None and not (t.clitics and nxt.group(0)[:1] in t.clitics)


def _inner_takes(doc: Doc, np: RoleNP, inner: RoleNP, t: PeopleTables) -> bool:
    """Whether the name after «مشاور وزیر خارجه» / "adviser to the foreign minister" is the
    minister's: a known holder of that office, or, in English, a name written right after the
    title ("an adviser to Foreign Minister Samir Haddad"); after a comma it is the adviser's."""
    if np.person and any(role == inner.role for _, role in t.offices.get(np.person, ())):
        return True
    return doc.lang == "en" and not doc.text[inner.end : np.name[0]].strip()


def _attach_sides(doc: Doc, np: RoleNP, t: PeopleTables, mentions, used: set, sides, sent_s, sent_e) -> None:
    for i, side in enumerate(sides):
        found = _known_beside(doc.text, np, mentions, side, sent_s, sent_e)
        if (
            found
            and side == "right"
            and doc.lang != "en"
            and _inside_longer(doc, np, t, found, sent_s, sent_e)
        ):
            found = None  # («المرشح اليميني المتطرف كالين جورجيسكو»: Călin, not Ibrahim Kalin)
        if found and _holds_inner(doc.text, np, found[2], t):
            return  # «مشاور رئیس جمهور روسیه ولادیمیر پوتین»: Putin is the president, not the adviser
        if found and i > 0 and _holds_other(np, found[2], t):
            # («جنت یلن وزیر خزانه‌داری آمریکا بایدن را همراهی کردند»: the known president after the
            # treasury's role is the one accompanied; the name before the role is the holder's)
            continue
        if found and (found[0], found[1]) not in used:
            np.name, np.person = (found[0], found[1]), found[2]
            used.add(np.name)
            return
    for i, side in enumerate(sides):
        span = _scan_name(doc, np, t, side, sent_s, sent_e, min_tokens=1 if i == 0 else 2)
        if span and span not in used:
            np.name = span
            used.add(span)
            return
    span = _named_as(doc, np, sent_s, t) if doc.lang == "en" else None
    if span and span not in used:
        np.name = span
        used.add(span)


# "brought back Mehmet Simsek, a former Merrill Lynch economist, as finance minister": a name, an
# appositive set off by commas, then "as" and the role; or a name, a short verb phrase, "as" and
# the role, when the phrase says the holder left it ("Suella Braverman quit as home secretary",
# "Truss announced her resignation as prime minister", "Braverman, who resigned as home secretary").
_NAMED_AS = re.compile(
    r"([A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|al|el|bin|van|von|de))*[ \t]+[A-Z][\w'’-]+)"
    r"(?:,[^,.;:()]{1,80},|,?(?:[ \t]+[a-z][\w'’-]*){1,4})?[ \t]+as[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?\Z"
)


def _named_as(doc: Doc, np: RoleNP, lo: int, t: PeopleTables) -> tuple[int, int] | None:
    """The person named "as" the role, in the original text (English is capitalised there). One
    who "resigned" or "quit as" the role left it: ``former``."""
    n, text = doc.norm, doc.article.text
    o_lo, o_s = n.orig_index(lo), n.orig_index(np.start)
    if text.startswith(("'s", "’s"), n.orig_index(np.end)):
        return None  # ("attended the Arabian Gulf Cup as the emir's guest": the role is a possessor's)
    m = _NAMED_AS.search(text, max(o_lo, o_s - 160), o_s)
    if m is None:
        return None
    between = text[m.end(1) : o_s]
    left = t.left_as is not None and t.left_as.search(fold(between)) is not None
    if not left and not between.lstrip().startswith((",", "as")):
        # (only a verb of leaving joins a name to its "as" role: in "Han will serve as acting
        # president" the role is a duty to come, told by the office's own name elsewhere)
        return None
    if left:
        np.modifiers = [*np.modifiers, "former"]
    return n.norm_index(m.start(1)), n.norm_index(m.end(1))


def _holds_inner(text: str, np: RoleNP, pid: str, t: PeopleTables) -> bool:
    """A known person who holds a role named *inside* this role phrase («مشاور [رئیس جمهور]»,
    "adviser to [the president]") and never held the phrase's own role."""
    held = {role for _, role in t.offices.get(pid, ())}
    if not held or np.role in held:
        return False
    return any(rid in held for _, _, rid in t.roles.find(text, np.start + 1, np.role_end))


def _known_beside(text: str, np: RoleNP, mentions, side: str, lo: int, hi: int):
    if side == "right":
        pos = _GAP.match(text, np.end, hi).end()
        if _QUOTE_EDGE.search(text, np.end, pos):
            return None
        found = mentions.get(pos)
        # In a list «X وزیر امور خارجه، Y معاون نخست وزیر», the name after the comma is the next
        # role's: a comma-separated known name on the right is taken only when no name precedes.
        if found and re.search(r"[،,]", text[np.end : pos]) and _named_left(text, np, lo):
            return None
        return found
    m = _GAP_LEFT.search(text, max(lo, np.start - 8), np.start)
    end = m.start() if m else np.start
    if _QUOTE_EDGE.search(text, end, np.start):
        return None
    # Mentions come from one scan and do not overlap, so at most one ends at ``end``.
    hit = mentions.by_end.get(end)
    return hit if hit is not None and hit[0] >= lo else None


# Lower-case particles inside Latin-script names: "Musaed bin Mohammed al-Aiban", "Ursula von der Leyen".
_PARTICLES = frozenset(
    {
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "abu",
        "abd",
        "ben",
        "van",
        "von",
        "der",
        "den",  # "Pieter van den Broek"
        "ter",
        "de",
        "di",
        "dos",
        "das",
        "da",
        "del",
        "la",
        "le",
        "du",
    }
)


def _capitalised(doc: Doc, m: re.Match[str]) -> bool:
    """A name word in the original text: capitalised ("Shamkhani", "al-Aiban"), or a particle."""
    o = doc.norm.orig_index(m.start())
    word = doc.article.text[o : o + len(m.group())]
    if word[:1].isupper():
        return True
    head, _, rest = word.partition("-")
    return head.lower() in _PARTICLES and (not rest or rest[:1].isupper() or not word.endswith(head))


def _role_after_comma(text: str, pos: int, hi: int, t: PeopleTables) -> bool:
    """A comma right after ``pos``, and a role phrase opening right after it."""
    m = _COMMA_THEN.match(text, pos, hi)
    return m is not None and any(
        s == m.end() for s, _, _ in t.roles.find(text, m.end(), min(hi, m.end() + 40))
    )


# Arabic case endings written out (fathatan, dammatan, kasratan): «حظاً» is a word of the sentence,
# never a name's.
_TANWEEN = re.compile("[\u064b-\u064d]")


def _name_as_written(word: str, t: PeopleTables) -> bool:
    """A word that may be a name's as the original text spells it: not listed as a word that is
    never a name there («على», on), and carrying no case ending."""
    return word not in t.blocked_as_written and _TANWEEN.search(word) is None


def _named_left(text: str, np: RoleNP, lo: int) -> bool:
    """Some word stands right before the role phrase, after list punctuation or the sentence start."""
    m = _GAP_LEFT.search(text, max(lo, np.start - 8), np.start)
    end = m.start() if m else np.start
    return bool(re.search(r"\w\s*$", text[max(lo, end - 3) : end]))


def _as_written(doc: Doc, m: re.Match[str]) -> str:
    """The token as the original text spells it (the fold makes «على», on, the name «علي»)."""
    return doc.article.text[slice(*doc.norm.orig_span(m.start(), m.end()))]


def _persian_verb(doc: Doc, m: re.Match[str]) -> bool:
    """A Persian word written with the continuous prefix and a ZWNJ («می‌یابد», «نمی‌شود») is a
    verb, never part of a name (the fold drops the ZWNJ, so the original is read)."""
    o_s, _ = doc.norm.orig_span(m.start(), m.end())
    return doc.article.text.startswith(("می\u200c", "نمی\u200c"), o_s)


_OWNER_WORDS = 3


def _owned(text: str, lo: int, start: int, t: PeopleTables) -> bool:
    """An owner noun stands a few words before the name, in its clause: «در دولت اصلاحات سید
    محمد خاتمی وزیر بهداشت بود» names the government's head, not the minister."""
    words = re.split(r"[\s\u200c]+", text[max(lo, start - 60) : start].strip())
    near = []
    for w in reversed(words[-_OWNER_WORDS:]):
        if not w or w[-1:] in "،,.:؛":
            break
        near.append(w)
    return any(w in t.owners for w in near) or any(
        "".join(pair) in t.owners for pair in zip(near[1:], near, strict=False)
    )


def _scan_name(
    doc: Doc, np: RoleNP, t: PeopleTables, side: str, lo: int, hi: int, min_tokens: int = 1
) -> tuple[int, int] | None:
    """Name-like words beside the phrase: 2–4 of them, or 1 bounded by list punctuation.

    On the side a language seldom writes names on (left of an Arabic role phrase, where «وأضاف
    الرئيس» puts a verb), ``min_tokens`` asks for two words. In Latin script a name word must be
    capitalised in the original text.
    """
    text = doc.text
    # A word that may be a name's: capitalised in English, no «می‌» verb in Persian.
    capital = (
        (lambda m: _capitalised(doc, m))
        if doc.lang == "en"
        else (lambda m: not _persian_verb(doc, m) and _name_as_written(_as_written(doc, m), t))
        if doc.lang == "fa"
        else (lambda m: _name_as_written(_as_written(doc, m), t))
    )
    if side == "right":
        pos = _GAP.match(text, np.end, hi).end()
        if _QUOTE_EDGE.search(text, np.end, pos):
            return None
        quoted = (t.body_between or _QUOTED_AFTER).match(text, np.end, hi)
        # («مرشحة تحالف المعارضة سوتشيل غالفيز»: the alliance's, then the candidate's name)
        if quoted:
            # («رئيس حزب «حركة الإنصاف الباكستانية» غوهر علي خان»: the quoted words name the party;
            # the holder's name follows them)
            pos = _GAP.match(text, quoted.end(), hi).end()
        toks = [m for m in TOKEN.finditer(text, pos, hi)][:RUN_TOKENS]
        seq = name_run(text, toks, t, pos, capital=capital, first_free=np.titled)
        if not seq:
            return None
        span = (seq[0].start(), seq[-1].end())
        after = text[span[1] : span[1] + 2]
        # (an English possessive ends a name too: "King Hussein's funeral")
        bounded = not after.strip() or after.lstrip()[:1] in "،,.:؛\n" or _POSSESSIVE.match(after) is not None
        if (
            t.clause_verbs is not None
            and "," in text[np.end : span[0]]
            and t.clause_verbs.match(text, span[1])
        ):
            # ("… as Chancellor of the Exchequer, Angela Rayner was appointed …": the next clause's subject)
            return None
        if doc.lang == "fa" and "،" in text[np.end : span[0]] and _set_off_before(text[lo : np.start]):
            # («ژنرال پارک آن سو، رئیس ستاد ارتش، هرگونه فعالیت …»: a role set off by commas is the
            # name's before it; what follows the second comma is the sentence going on)
            return None
        if doc.lang != "en" and _COMMA_THEN.match(text, np.end) and _role_after_comma(text, span[1], hi, t):
            # («… و شهردار سابق نیویورک، مارک میدوز، رئیس دفتر پیشین کاخ سفید»: a name set off by
            # commas with a role of its own after it is that role's, the name-first apposition)
            return None
    else:
        if t.role_clitics and text.startswith(t.role_clitics, np.start):
            return None  # («جلسة النطق بالحكم»: the role behind a preposition is no apposition)
        if " " not in text[np.start : np.end].strip() and _joined_after(text, np.end, t):
            return None  # («…، تروث سوشال، قاضی و دادستان‌ها را …»: a bare role word in a list of nouns)
        apposed = doc.lang == "en" and not _AS_AFTER.match(text, np.end)
        m = (
            _APPOSED_LEFT.search(text, max(lo, np.start - _APPOSED_BACK), np.start) if apposed else None
        ) or (_GAP_LEFT.search(text, lo, np.start))
        end = m.start() if m else np.start
        if _QUOTE_EDGE.search(text, end, np.start):
            return None
        if doc.lang == "fa":
            # («خاویر میلی رسماً رئیس‌جمهور آرژانتین شد»: an adverb with its case ending stands
            # between the name and the role)
            last = list(TOKEN.finditer(text, max(lo, end - 30), end))[-1:]
            if (
                last
                and not text[last[0].end() : end].strip()
                and not _name_as_written(_as_written(doc, last[0]), t)
            ):
                end = last[0].start()
        toks = list(TOKEN.finditer(text, max(lo, end - 80), end))[::-1][:RUN_TOKENS]
        seq = name_run(text, toks, t, end, backwards=True, capital=capital)
        if not seq:
            return None
        span = (seq[-1].start(), seq[0].end())
        before = text[max(lo, span[0] - 2) : span[0]].strip()
        bounded = span[0] - lo < 2 or before[-1:] in "،,.:؛" or before.endswith("و")
        if _owned(text, lo, span[0], t):
            return None
    if len(seq) >= max(2, min_tokens) or (bounded and min_tokens == 1):
        return span
    if side == "right" and np.titled:
        return span  # (one word after an honorific is a name: "Prime Minister Sheikh Hasina resigned")
    if side != "right" and t.honorifics.match_at(text, _word_before(text, span[0], lo)) is not None:
        return span  # («شیخ حسینه، نخست‌وزیر بنگلادش»: the honorific before the word bounds the name)
    return None


_APPOSED_REACH = 40  # characters back from a role to the comma that opens its appositive


def _set_off_before(before: str) -> bool:
    """A comma right before the role, or a comma not far before it and an «و» joining the role to
    another description of the same person («سارا دوترته، دختر او و معاون رئیس‌جمهور فیلیپین،
    بازداشت پدرش را محکوم کرد»: her daughter and vice president)."""
    before = before.rstrip()
    return before.endswith("،") or (before.endswith(" و") and "،" in before[-_APPOSED_REACH:])


_QUOTED_AFTER = re.compile(r"\s*\"[^\"\n]{2,60}\"")  # a quoted name right after a role (folded quotes)


def _conjunct_after(text: str, pos: int, t: PeopleTables) -> bool:
    """A comma and then a conjunction («، و», ", and") right after ``pos``: the next list item."""
    m = _COMMA_THEN.match(text, pos)
    if m is None:
        return False
    word = text[m.end() : m.end() + _JOIN_REACH].split(maxsplit=1)
    if not word:
        return False
    w = word[0]
    # (the conjunction a word of its own, "and", or one letter glued to the next word: «ومحمد»)
    return w in t.conjunctions or any(len(c) == 1 and w.startswith(c) and len(w) > 3 for c in t.conjunctions)


_COMMA_THEN = re.compile(r"\s*[،,]\s*")


def _joined_after(text: str, pos: int, t: PeopleTables) -> bool:
    """A conjunction word (rules/people_cues ``conjunctions``: «و», "and") stands right after ``pos``."""
    words = text[pos : pos + _JOIN_REACH].split(maxsplit=1)
    return text[pos : pos + 1].isspace() and bool(words) and words[0].isalpha() and words[0] in t.conjunctions


_JOIN_REACH = 8


def _word_before(text: str, at: int, lo: int) -> int:
    """Where the word before ``at`` starts (within its sentence, from ``lo``)."""
    words = list(re.finditer(r"\S+", text[max(lo, at - _WORD_BACK) : at]))
    return max(lo, at - _WORD_BACK) + words[-1].start() if words else at


_WORD_BACK = 24


def _drop_place_end(doc: Doc, np: RoleNP, places, verbs: frozenset[str]) -> None:
    """«زار منسق … مارتن غريفيث غزة»: in a verb-first clause the object may follow the name; a
    listed place's name as the last of three or more words is the object, not a surname. (Not in
    English, where "George Washington" is written so.) Where the language lists the verbs a place
    may be the object of, only after one: «وقّع الرئيس الكولومبي خوان مانويل سانتوس» signs no
    Santos, the Brazilian port; it names the president in full."""
    if doc.lang == "en" or not np.name or np.name[1] <= np.start:
        return  # (a name before its role ends at the role: «سكوت شيفيلد، الرئيس التنفيذي», Sheffield)
    before = re.search(r"(\w+)\W*\Z", doc.text[max(0, np.start - _WORD_BACK) : np.start])
    if verbs and not (before and before.group(1) in verbs):
        return
    toks = list(TOKEN.finditer(doc.text, *np.name))
    while len(toks) > 2:
        hit = places.match_at(doc.text, toks[-1].start())
        if not hit or hit[1] != toks[-1].end():
            break
        toks.pop()
        np.name = (np.name[0], toks[-1].end())


def _resolve_countries(doc: Doc, nps: list[RoleNP], t: PeopleTables, countries) -> None:
    text = doc.text
    for i, np in enumerate(nps):
        if np.country:
            continue
        nxt = nps[i + 1] if i + 1 < len(nps) else None
        # (not a role with a complement of its own: «رئیس‌جمهور کشورمان، و … رئیس‌جمهور روسیه», our
        # country's president beside Russia's)
        if nxt and nxt.country and not np.scope and doc.sentence_at(nxt.start) == doc.sentence_at(np.start):
            between = text[np.end : nxt.start]
            if nxt.name:
                between = text[np.end : min(nxt.start, nxt.name[0])]
            if re.fullmatch(r"[\s،,و]*", between):
                np.country, np.country_source = nxt.country, "coordination"
                continue
        owner = _possessor(doc, nps[:i], np, t)
        if owner:
            np.country, np.country_source = owner, "possessor"
            continue
        header = _header_country(doc, np, t)
        if header:
            np.country, np.country_source = header, "header"
        elif np.person and np.person in t.person_country:
            np.country, np.country_source = t.person_country[np.person], "lexicon"
    # Coordination runs backwards through lists: «A وزیر خارجه و B وزیر دفاع دولت موقت سوریه».
    for i in range(len(nps) - 2, -1, -1):
        np, nxt = nps[i], nps[i + 1]
        if np.country_source in (None, "lexicon") and not np.scope and nxt.country_source == "coordination":
            between = text[np.end : min(nxt.start, (nxt.name or (nxt.start,))[0])]
            if re.fullmatch(r"[\s،,و]*", between):
                np.country, np.country_source = nxt.country, "coordination"


def _possessor(doc: Doc, before: list[RoleNP], np: RoleNP, t: PeopleTables) -> str | None:
    """The country of the office holder named last before "his" or "her" and the role, in one
    sentence ("Brazilian President Lula … sent his foreign minister"), or before a role whose word
    has a possessive ending («يرافق الرئيس الأمريكي في زيارته وزير خارجيته جون كيري»)."""
    here = doc.sentence_at(np.start)
    said = doc.text[_word_before(doc.text, np.start, here[0]) : np.start].strip() in t.possessives
    words = doc.text[np.start : np.role_end].split()
    ending = bool(t.possessed_endings and words and words[-1].endswith(t.possessed_endings))
    if not (said or ending):
        return None
    # (one named by the role alone, «الرئيس الأمريكي», is a holder too: "his" is his)
    owner = next((o for o in reversed(before) if o.country and doc.sentence_at(o.start) == here), None)
    return owner.country if owner is not None else None


def _resolve_counterparts(doc: Doc, nps: list[RoleNP]) -> None:
    """«وزير الخارجية السوري … مع نظيره الروسي سيرجي لافروف»: a counterpart holds the same role."""
    for i, np in enumerate(nps):
        if np.role != "counterpart":
            continue
        sentence = doc.sentence_at(np.start)
        for prev in reversed(nps[:i]):
            if prev.start < sentence[0]:
                break  # phrases are in text order: no earlier one is in this sentence
            if prev.role != "counterpart" and doc.sentence_at(prev.start) == sentence:
                np.role = prev.role
                break


def _header_country(doc: Doc, np: RoleNP, t: PeopleTables) -> str | None:
    """«از طرف روسیه، A …، B …»: a header earlier in the same sentence."""
    s, _ = doc.sentence_at(np.start)
    best = None
    for _hs, he, _ in t.headers.find(doc.text, s, np.start):
        hit = t.countries.match_at(doc.text, _GAP.match(doc.text, he).end())
        if hit:
            best = hit[2]
    return best


def _past_terms(doc: Doc, claims: list[Claim], dates: Sequence[Claim]) -> None:
    """A role in a sentence that closes a period in an earlier year is held in that period: "served
    as health minister from 2001 to 2005 under President Mohammad Khatami", «بين عامي 2001 و2005
    في حكومة الرئيس … خاتمي». Such a holder is no rival of today's."""
    pub = doc.reference_date
    if pub is None:
        return
    closed = {
        d.sentence
        for d in dates
        if d.value.get("range") == "end" and (d.value.get("latest") or "9")[:4] < str(pub.year)
    }
    text = doc.article.text
    for c in claims:
        # … or a year right after the name: «والرئيسة بارك كون هيه عام ٢٠١٦», "President Park
        # Geun-hye in 2016" (who held it then, not today's holder)
        dated = any(
            # (or a date years back later in the holder's clause: «إصابة الرئيس رونالد ريغان بالرصاص في
            # واشنطن يوم ٣٠ مارس ١٩٨١», the president of 1981)
            0 <= d.start - c.end <= (_YEARS_BACK_AFTER if _years_back(d, pub) else _YEAR_AFTER)
            and (d.value.get("latest") or "9")[:4] < str(pub.year)
            and not d.value.get("relative")
            and d.value.get("marker") != "since"  # "Sall, in power since 2012", holds it still
            and not _CLAUSE_BREAK.search(text, c.end, d.start)
            for d in dates
        )
        if (c.sentence in closed or dated) and "past" not in c.value["modifiers"]:
            c.value["modifiers"] = sorted([*c.value["modifiers"], "past"])


def _dead(doc: Doc, claims: list[Claim], t: PeopleTables) -> None:
    """A holder the article says died is ``late`` (no holder now, in any report; findings/office):
    the subject of a death verb in a sentence it opens ("King Hassan II, who ruled for 38 years,
    died in Rabat"; «توفي الملك حسين», the verb right before), a name a death noun
    follows ("King Hussein's funeral"), or one in apposition after a ``late`` modifier ("on the
    death of his father, King Hussein")."""
    text = doc.text
    spans = [(doc.norm.norm_index(c.start), doc.norm.norm_index(c.end)) for c in claims]
    for i, c in enumerate(claims):
        if c.type != "person_role" or "late" in c.value["modifiers"]:
            continue
        s, e = spans[i]
        lo, hi = doc.sentence_at(s)
        after = t.death_after is not None and t.death_after.match(text, e) is not None
        # ("his grandfather, King Mohammed V", "his predecessor, President X": former)
        apposed = next(
            (
                mod
                for _ms, me, mod in t.modifiers.find(text, lo, s)
                if mod in ("late", "former") and _APPOSED.fullmatch(text, me, s)
            ),
            None,
        )
        later = [
            a for (a, _b), o in zip(spans[i + 1 :], claims[i + 1 :], strict=True) if o.type == "person_role"
        ]
        if after or _subject_of_death(text, (s, e), (lo, hi), later, t):
            apposed = "late"
        if apposed and apposed not in c.value["modifiers"]:
            c.value["modifiers"] = sorted([*c.value["modifiers"], apposed])


def _successors(doc: Doc, claims: list[Claim], t: PeopleTables, used: set[tuple[int, int]]) -> list[Claim]:
    """A holder put in another's place takes that one's role, and that one is ``former``: "Truss
    sacked Kwarteng … and replaced him with Jeremy Hunt", «وأقالت تراس كوارتنغ وعينت مكانه جيريمي
    هانت». The predecessor is the holder the article names elsewhere whose surname stands nearest
    before the words of succession in their sentence; the successor the name right after them."""
    if t.successor is None:
        return []
    text = doc.text
    out = []
    by_surname: dict[str, list[Claim]] = {}
    for c in claims:
        if "former" not in c.value["modifiers"] and "late" not in c.value["modifiers"]:
            by_surname.setdefault(surname(c), []).append(c)
    for s, e, side in t.successor.find(text):
        lo, hi = doc.sentence_at(s)
        cue = RoleNP(start=s, end=e, role="", role_end=e)
        # (the successor's name after the words, or before them where the verb ends the clause:
        # «… و جرمی هانت را جایگزین او کرد»)
        name = _scan_name(doc, cue, t, "right" if side == "after" else "left", lo, hi, min_tokens=2)
        if name is None or name in used:
            continue
        before = [
            (m.start(), w)
            for m in re.finditer(r"\w+", text[lo : min(s, name[0])])
            if (w := match_key(m.group())) in by_surname
        ]
        if not before:
            continue
        held = by_surname[max(before)[1]]
        cue.role, cue.country = held[0].value["role"], held[0].value["country"]
        used.add(name)
        cue.name, cue.country_source = name, held[0].value["country_source"]
        cue.start = cue.end = cue.role_end = name[0]
        out.append(_role_claim(doc, cue))
        for c in held:
            # (``replaced``: no holder in any report, findings/office)
            c.value["modifiers"] = sorted({*c.value["modifiers"], "former", "replaced"})
    return out


def _dead_by_role(doc: Doc, nps: list[RoleNP], claims: list[Claim], t: PeopleTables) -> None:
    """A death told of a role with no name ("two days before the Queen's death", «قبل يومين من وفاة
    الملكة», «سه روز پیش از درگذشت ملکه») befell the article's holder named by the same role word
    ("Queen Elizabeth II", not "King Charles III"), or its one holder of that role: ``late``. Of two
    holders the word names alike, neither."""
    text = doc.text
    held = [np for np in nps if np.name and np.role != "counterpart"]
    # (the claims of those phrases come first; a successor's, after them, has no phrase of its own)
    named = list(zip(held, claims[: len(held)], strict=True))
    for np in nps:
        if np.name is not None or not _death_of(text, np, t):
            continue
        words = _role_words(text, np)
        holders = [(o, c) for o, c in named if o.role == np.role]
        alike = [c for o, c in holders if words and words[-1] in _role_words(text, o)]
        # (one holder only: "the King's death" in a report naming two kings says not whose)
        for c in alike if len(alike) == 1 else [c for _o, c in holders] if len(holders) == 1 else []:
            if "late" not in c.value["modifiers"]:
                c.value["modifiers"] = sorted([*c.value["modifiers"], "late"])


def _death_of(text: str, np: RoleNP, t: PeopleTables) -> bool:
    """A death noun right before the role phrase («وفاة الملكة», "the death of the queen"), or
    "'s death" right after it."""
    after = t.death_after is not None and t.death_after.match(text, np.role_end) is not None
    if t.death_of is None:
        return after
    # (the noun may be read into the phrase as its modifier: «درگذشت ملکه»)
    return after or any(
        m.end() == np.start or (m.end() <= np.role_end and m.start() >= np.start)
        for m in t.death_of.finditer(text, max(0, np.start - _DEATH_OF_REACH), np.role_end)
    )


_DEATH_OF_REACH = 24


def _role_words(text: str, np: RoleNP) -> list[str]:
    """The words of the role phrase ("queen", «الملكة»)."""
    return re.findall(r"\w+", text[np.start : np.role_end])


def _subject_of_death(
    text: str, span: tuple[int, int], sentence: tuple[int, int], later: list[int], t: PeopleTables
) -> bool:
    """The holder at ``span`` opens its sentence and a death verb follows it (or stands right before
    it, as Arabic writes it) before the next holder, with no word of speech before the verb ("X
    said a soldier died")."""
    (s, e), (lo, hi) = span, sentence
    if len(text[lo:s].split()) > _OPENING_WORDS:
        return False
    nxt = next((a for a in later if a < hi), hi)
    cues = list(t.death.find(text, max(lo, s - _VERB_BEFORE), nxt))
    for vs, ve, kind in cues:
        if kind == "verb" and (vs >= e or ve + _VERB_GAP >= s):
            return not any(k == "block" and lo <= bs < vs for bs, _be, k in t.death.find(text, lo, vs))
    return False


_APPOSED = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*[,،]\s*")  # "of his father, " before the role
_OPENING_WORDS = 5  # words before a subject that opens its sentence (a dateline: "RABAT, July 23 —")
_VERB_BEFORE = 12  # characters back to a verb that precedes its subject («وتوفي الملك الحسن»)
_VERB_GAP = 3


_YEAR_AFTER = 8  # characters between a holder's name and the year that dates the holding ("in", «عام»)
_YEARS_BACK_AFTER = 50  # … and a date of an occasion years before the report, in the holder's clause
_YEARS_BACK = 15  # years between such a date and the report (a holder acts in a term, a decade at most)


def _years_back(d: Claim, pub) -> bool:
    return int((d.value.get("latest") or "9999")[:4]) <= pub.year - _YEARS_BACK


_CLAUSE_BREAK = re.compile(r"[،,;؛()\n]")


def _referred_back(text: str, nps: list[RoleNP], t: PeopleTables) -> None:
    """Unname a one-word unknown holder of a definite role the article has already given to a
    full name without that word: the role is the verb's subject, the holder named before, and the
    word is its object («نطق بالحكم القاضي إدوارد دافيلا … وأمر القاضي هولمز»)."""
    if not t.referring_article:
        return
    held: list[RoleNP] = []
    for np in sorted((np for np in nps if np.name), key=lambda np: np.start):
        words = text[np.name[0] : np.name[1]].split()  # type: ignore[index]
        if (
            len(words) == 1
            and np.person is None
            and not np.modifiers
            and np.scope is None
            and text.startswith(t.referring_article, np.start)
            and any(
                h.role == np.role
                and h.country == np.country
                and words[0] not in text[h.name[0] : h.name[1]].split()  # type: ignore[index]
                for h in held
            )
        ):
            np.name = None
            continue
        if len(words) > 1:
            held.append(np)


def _role_claim(doc: Doc, np: RoleNP) -> Claim:
    ns, ne = np.name  # type: ignore[misc]
    start, end = min(ns, np.start), max(ne, np.end)
    o_s, o_e = doc.norm.orig_span(ns, ne)
    surface = doc.article.text[o_s:o_e]
    value = {
        "person": np.person,
        "name": surface,
        "match_key": match_key(surface),
        "role": np.role,
        "country": np.country,
        "country_source": np.country_source,
        "modifiers": sorted(set(np.modifiers)),
        "known": np.person is not None,
    }
    if np.scope:
        value["scope"] = np.scope
    if np.partnered and np.country is None:
        value["not_country"] = sorted(np.partnered)
    key = f"office:{np.country or '?'}:{np.role}"
    return doc.claim(
        "person_role", start, end, value, f"person_role.{doc.lang}.{'known' if np.person else 'scan'}", key
    )


def _note_unnamed(doc: Doc, nps: list[RoleNP], held: set[tuple[str, str]]) -> None:
    """W203 for a role no name stands beside, unless a known person named in the article holds it."""
    named = {(np.country, np.role) for np in nps if np.name} | held
    seen = set()
    for np in nps:
        k = (np.country, np.role)
        if np.name or k in named or k in seen or np.role == "counterpart" or np.country is None or np.outer:
            continue
        seen.add(k)
        surface = doc.article.text[slice(*doc.norm.orig_span(np.start, np.end))]
        doc.diag(
            "W203",
            f"role without a person: “\u2068{surface}\u2069”; no name stands beside it in this article",
        )


def _attendance(doc: Doc, t: PeopleTables, people: dict, all_cues: list) -> list[Claim]:
    out = []
    by_sentence: dict[tuple[int, int], list] = {}
    for (s, e), pid in people.items():
        by_sentence.setdefault(doc.sentence_at(s), []).append((s, e, pid))
    if not by_sentence:
        return out
    starts = [c[0] for c in all_cues]
    for (ss, se), members in by_sentence.items():
        cues = [c for c in all_cues[bisect_left(starts, ss) : bisect_left(starts, se)] if c[1] <= se]
        if not cues:
            continue
        keys = [pid or match_key(doc.text[s:e]) for s, e, pid in members]
        for (s, e, pid), k in zip(members, keys, strict=True):
            # a delegation's list («هیأتی متشکل از …») covers the names after it; whoever stands
            # before it («پوتین به همراه …») takes part and is accompanied by them
            mine = [c for c in cues if c[2] != "delegation" or c[1] <= s] or [(*cues[0][:2], "attended")]
            relation = min(
                mine,
                key=lambda c: min(abs(c[0] - e), abs(s - c[1])) + (_GENERIC_PENALTY if c[2] == "met" else 0),
            )[2]
            relation = "accompanied" if relation == "delegation" else relation
            o_s, o_e = doc.norm.orig_span(s, e)
            surface = doc.article.text[o_s:o_e]
            value = {
                "person": pid,
                "name": surface,
                "match_key": match_key(surface),
                "relation": relation,
                "with": sorted({x for x in keys if x != k}),
            }
            out.append(
                doc.claim("attendance", s, e, value, f"attendance.{doc.lang}.{relation}", "attendance")
            )
    return out


def _place_countries(claims: list[Claim]) -> list[Claim]:
    """A role whose complement is a listed place takes that place's country: «مروان عبود، استاندار
    بیروت» in an IRNA report is Lebanon's governor, not Iran's."""
    places = [c for c in claims if c.type == "place" and c.value.get("country")]
    if not places:
        return claims

    def placed(c: Claim) -> Claim:
        if _scope_kind(c) != "place" or not _countryless_role(c):
            return c
        hit = next((p for p in places if c.start <= p.start and p.end <= c.end), None)
        return c if hit is None else _with_country(c, hit.value["country"], "scope")

    return [placed(c) for c in claims]


# Countries a role was given from the article as a whole, not from its own words
_GUESSED = (None, "article")


def _seat_countries(claims: list[Claim], rules: Rules, roles: dict) -> list[Claim]:
    """A president or prime minister of no stated country, in a sentence set at one country's seat
    of government ("Speaking at the White House, President Barack Obama said"), is that
    country's (``seat`` in ``rules/places``), whatever country the rest of the article is about."""
    ids = _seat_ids(rules)
    seats: dict[tuple[int, int], set[str]] = {}
    for c in claims:
        if c.type == "place" and c.value.get("locative") and c.value.get("place") in ids:
            seats.setdefault(c.sentence, set()).add(c.value["country"])
    if not seats:
        return claims

    def seated(c: Claim) -> Claim:
        held = seats.get(c.sentence, ())
        if (
            len(held) != 1
            or c.type != "person_role"
            or c.value["country_source"] not in _GUESSED
            or c.value["known"]
            or _scope_kind(c) == "organization"
            or not (roles.get(c.value["role"]) or {}).get("exclusive")
        ):
            return c
        return _with_country(c, next(iter(held)), "seat")

    return [seated(c) for c in claims]


@lru_cache(maxsize=4)
def _seat_ids(rules: Rules) -> frozenset[str]:
    data = rules.concepts("places")
    return frozenset(
        pid for section in ("hand", "places") for pid, e in (data.get(section) or {}).items() if e.get("seat")
    )


def _countryless_role(c: Claim) -> bool:
    return c.type == "person_role" and c.value["country"] is None


def _scope_kind(c: Claim) -> str | None:
    return (c.value.get("scope") or {}).get("kind")


def _with_country(c: Claim, country: str, source: str) -> Claim:
    value = {**c.value, "country": country, "country_source": source}
    return dataclasses.replace(c, value=value, key=f"office:{country}:{c.value['role']}")


def assume_outlet_country(claims: list[Claim], rules: Rules) -> list[Claim]:
    """A role with no country, named by an article whose own attribution is a national outlet,
    is taken to be that country's («اسکندر مومنی، وزیر کشور» in an ISNA report is Iran's).

    The claim says so (``country_source: "outlet"``), so a reader can weigh it. A standing in an
    occasion (a candidate) is not: a national outlet reports other countries' elections. A role
    whose complement is a listed place takes that place's country first (``_place_countries``).
    """
    claims = _place_countries(claims)
    concepts = rules.concepts("sources").get("sources") or {}
    roles = rules.concepts("roles").get("concepts") or {}
    claims = _seat_countries(claims, rules, roles)
    reporter = next((c for c in claims if c.type == "source" and c.value["relation"] == "report"), None)
    outlet = concepts.get(reporter.value["chain"][0], {}) if reporter else {}
    # (a world wire's report, "according to Reuters", names every country's officials)
    country = None if outlet.get("international") else outlet.get("country")
    source = "outlet"
    if not country or country in ("EU", "UN"):
        country, source = _places_country(claims), "places"
    if not country:
        return claims
    crowned = _crowned(rules)
    out = []
    for c in claims:
        role = roles.get(c.value["role"]) if c.type == "person_role" else None
        if (
            _countryless_role(c)
            and not c.value["known"]
            and _scope_kind(c) != "organization"
            and country not in c.value.get("not_country", ())
            and (role or {}).get("kind") != "standing"
            # (a crown the outlet's country has: a king in an IRNA report is some other country's;
            # the one country of the article's places is the king's, though)
            and (
                source != "outlet" or not (role or {}).get("monarch") or (country, c.value["role"]) in crowned
            )
            # (from places, only a country's one office-holder: not a chief executive of a body
            # that a dispatch from Geneva names)
            and (source == "outlet" or (role or {}).get("exclusive"))
        ):
            c = _with_country(c, country, source)
        out.append(c)
    return out


def _crowned(rules: Rules) -> frozenset[tuple[str, str]]:
    """(country, role) of every crown rules/people lists a holder of, past or present."""
    people = rules.top("people").get("people") or {}
    return frozenset(
        (o.get("country"), o["role"])
        for p in people.values()
        for o in p.get("offices") or []
        if o.get("country")
    )


_PLACES_MIN = 2  # mentions of the one country an article's places and named office-holders lie in
_PLACES_RATIO = 2  # … against any other


def _places_country(claims: list[Claim]) -> str | None:
    """The country an article's listed places and its office-holders of known country lie in, when
    one clearly leads ("Odisha", "Bengaluru", "Howrah" and Prime Minister Modi: India's "Railway
    Minister Ashwini Vaishnaw"). Used only where no national outlet gives the country."""
    counts = Counter(
        c.value["country"]
        for c in claims
        if c.value.get("country")
        and (c.type == "place" or (c.type == "person_role" and c.value.get("country_source") != "outlet"))
    )
    top = counts.most_common(2)
    if not top or top[0][1] < _PLACES_MIN or (len(top) > 1 and top[0][1] < _PLACES_RATIO * top[1][1]):
        return None
    return top[0][0]
