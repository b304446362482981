"""A role's complement: what the role is *of*, so that a role with a complement stays one role.

- Another role: "adviser to the foreign minister", «مشاور وزیر خارجه», «مستشار وزير الخارجية». The
  outer role is the person's; the inner one names someone only when the grammar says so (see
  ``people._attach``).
- An organization: "Secretary-General of the Presidency", «دبیرکل نهاد ریاست جمهوری», «الأمين
  العام لرئاسة الجمهورية», "head of the Red Crescent". Such a role is not the country's office of
  the same name: a Secretary-General of the Presidency is no President.
- A place, for roles that take one ("governor of West Azerbaijan", «استاندار آذربایجان غربی»).

A deputy word before a role («معاون», «نائب», "deputy") makes it the deputy's role.
The complement is found on the folded text; the rules are ``complements`` in rules/roles/<lang>.yaml.
"""

from __future__ import annotations

import re
from itertools import islice

from checker.extract import organizations
from checker.extract.base import Doc
from checker.extract.lexicon import squash
from checker.extract.organizations import OrgTables
from checker.extract.people_names import blocked
from checker.extract.people_tables import PeopleTables
from checker.normalize import fold

_TOKEN = re.compile(r"[^\W\d_]+")
_SPACE = re.compile(r"[\s\u200c]*")
_MAX_WORDS = 6
_WORD_AFTER = re.compile(r"[\s\u200c]+([^\W\d_]+)")
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
_CONNECTORS = frozenset({"of", "and", "the", "for", "&"})


def region(text: str, s: int, e: int, t: PeopleTables) -> bool:
    """A country name with a compass word beside it names a region: "West Azerbaijan",
    «آذربایجان غربی», «أذربيجان الغربية»."""
    if t.compass_rx is None or not t.compass_rx.search(text, max(0, s - 24), e + 24):
        return False  # no compass word near: the common case, decided by one search
    after = _WORD_AFTER.match(text, e, e + 24)
    if after and after.group(1) in t.compass:
        return True
    return _word_ending(text, s, " -") in t.compass


def _word_ending(text: str, pos: int, gap: str) -> str:
    """The last word before ``pos`` (across up to 3 characters of ``gap``), or ""."""
    seg = text[max(0, pos - 24) : pos]
    if gap:
        stripped = seg.rstrip(gap)
        if len(seg) - len(stripped) > 3:
            return ""
        seg = stripped
    m = _LAST_WORD.search(seg)
    return m.group(0) if m else ""


def widen_deputy(text: str, s: int, e: int, rid: str, t: PeopleTables) -> tuple[int, str]:
    """«نائب وزير» + «الصحة»: a deputy's phrase whose last word opens a specific role is that
    role's deputy («نائب وزير الصحة» is a deputy health minister, never a health minister)."""
    if rid not in t.deputy_ids:
        return e, rid
    last = text.rfind(" ", s, e) + 1 or s
    hit = t.roles.match_at(text, last)
    if hit and hit[1] > e:
        return hit[1], t.deputy_role.get(hit[2], rid)
    return e, rid


_DEPUTY = "deputy_official"


def apply_deputy(np, t: PeopleTables, text: str) -> None:
    """«معاون» / «نائب» / "deputy" just before a role: the deputy's role, never the office itself."""
    e = np.start
    while e > 0 and text[e - 1].isspace() and np.start - e < 3:
        e -= 1
    if e == np.start or _word_ending(text, e, "") not in t.deputy_last:
        return
    s = next((s for s, end, _ in t.deputy.find(text, max(0, e - 24), e) if end == e), None)
    if s is None:
        return
    np.start = s
    # (an office with no deputy role of its own: a deputy all the same, «معاون دبیرکل سازمان ملل»)
    np.role = t.deputy_role.get(np.role) or (np.role if np.role in t.deputy_ids else _DEPUTY)
    if "deputy" not in np.modifiers:
        np.modifiers.append("deputy")


def link(
    doc: Doc,
    nps: list,
    t: PeopleTables,
    mention_starts: set[int],
    countries,
    places=None,
    key=None,
    heads: frozenset[str] = frozenset(),
    orgs: OrgTables | None = None,
    kind_of=None,
    country_of=None,
) -> list:
    """Attach complements; drop roles that are no role without one (a bare «رئیس»). ``places``:
    the gazetteer's names (a Table), so a listed place opens a place complement by itself
    («محافظ بيروت مروان عبود»: Beirut's governor, not «بيروت» as his first name). ``key``: a
    place name's skeleton (``places_unlisted.place_key``), which names a place complement the
    gazetteer lacks the same way in every script. ``heads``: nouns that may stand before a place's
    name («ولاية», «استان»). ``orgs``: the organizations lexicon, which names the body a head's
    complement is («مدیرکل سازمان جهانی بهداشت», "FEMA Administrator"). ``kind_of`` and
    ``country_of``: a listed place's kind and country."""
    by_start = {np.start: np for np in nps}
    for np in nps:
        if np.outer is not None:
            continue
        office = _office_before(doc, np, t, orgs)
        if office is not None:
            # "Bank of England Governor Andrew Bailey": the bank's head, an office of its country
            body, np.role = office
            np.scope = {"kind": "organization", "text": _surface(doc, *body[:2]), "org": body[2]}
            continue
        before = _place_before(doc, np, t, places) or _province_before(doc, np, t, places, kind_of)
        if before is not None:
            # "Maryland Governor Wes Moore", "Baltimore Mayor Brandon Scott": the place named first
            np.scope = {"kind": "place", "text": _surface(doc, *before[:2])}
            np.scope["place"] = _scope_place(before[2], np.scope["text"], key)
            continue
        body = _org_before(doc, np, t, orgs)
        if body is not None:
            # "FEMA Administrator Deanne Criswell", "WHO Director-General Tedros": the body named first
            np.scope = {"kind": "organization", "text": _surface(doc, *body[:2]), "org": body[2]}
            continue
        named = _name_before(doc, np, t) if _owner_before(doc, np, t) is None else None
        if named is not None:
            # "Goldman Sachs Chief Executive David Solomon": the body's words are no name's
            np.scope = {"kind": "organization", "text": _surface(doc, *named)}
            np.start = named[0]
            continue
        owner = _owner_before(doc, np, t)
        if owner is not None:
            # "the summit's president, Sultan al-Jaber": the summit's, not a country's
            np.scope = {"kind": "organization", "text": _surface(doc, *owner)}
            region_hit = next(
                (h for h in places.find(doc.text, *owner) if h[1] == owner[1]) if places and kind_of else (),
                None,
            )
            if region_hit is not None and kind_of(region_hit[2]) in _REGIONS and t.exclusive.get(np.role):
                # ("Scotland's First Minister Alex Salmond": the region's office)
                np.scope = {"kind": "place", "text": _surface(doc, *region_hit[:2])}
                np.scope["place"] = _scope_place(region_hit[2], np.scope["text"], key)
            continue
        pos, linked = _after(doc.text, np.end, t)
        inner = by_start.get(pos)
        if inner is not None and t.role_clitics and doc.text.startswith(t.role_clitics, np.start):
            # («نطق بالحكم القاضي إدوارد دافيلا»: a role word behind a preposition, "with the
            # verdict", owns no role after it; the judge is the one named)
            inner = None
        if inner is not None and inner is not np and (linked or not t.linkers):
            np.inner, inner.outer = inner, np
            np.scope = {"kind": "role", "text": _surface(doc, inner.start, inner.end), "role": inner.role}
            np.end = inner.end
            continue
        posted = _posted_in(doc, t, pos, places, country_of, mention_starts)
        if posted is not None:
            # "the interior minister in Gaza, Fathi Hamad", «وزير الداخلية في غزة فتحي حماد»: an
            # exclusive office there is its country's; an ambassador is only posted there
            np.end = posted[1]
            if np.country is None and t.exclusive.get(np.role) and posted[2]:
                np.country, np.country_source = posted[2], "scope"
            continue
        country = t.countries.match_at(doc.text, pos) if linked else None
        if country and np.country is None and not region(doc.text, *country[:2], t):
            np.country, np.country_source, np.end = (
                country[2],
                "text",
                country[1],
            )  # "minister of the Syrian Arab Republic"
            continue
        held = _region_after(doc, np, t, pos, linked, places, kind_of, mention_starts)
        if held is not None:
            # «نخست‌وزیر اسکاتلند», "the prime minister of Scotland": the region's own office, not
            # its country's
            np.scope = {"kind": "place", "text": _surface(doc, *held[:2])}
            np.scope["place"] = _scope_place(held[2], _unheaded(np.scope["text"], t, heads), key)
            np.end = held[1]
            continue
        listed = _listed_body(doc, np, t, pos, orgs)
        if listed is not None:
            # «مديرة الوكالة الفيدرالية لإدارة الطوارئ»: the lexicon knows where the body's name ends
            np.scope = {"kind": "organization", "text": _surface(doc, *listed[:2]), "org": listed[2]}
            np.end = listed[3]
            if t.exclusive.get(np.role) and np.country_source != "text":
                np.country, np.country_source = None, None
            continue
        again = _body_again(doc, np, t, pos, orgs)
        if again is not None:
            # «رئيس المنظمة», «رئیس این سازمان»: the head of the body the report named last
            np.scope = {"kind": "organization", "text": _surface(doc, pos, again[0]), "org": again[1]}
            np.end = again[0]
            continue
        named = _body_named(doc, np, t, pos, linked, mention_starts)
        if named is not None:
            # «الرئيس التنفيذي لبوينغ», «مدیرعامل انویدیا»: a body no lexicon lists,
            # named right after the head's role
            np.scope = {"kind": "organization", "text": _surface(doc, *named[:2])}
            np.end = named[2]
            continue
        span = _complement(doc, np, t, pos, linked, mention_starts, places, heads)
        if span:
            kind = t.scope_kind.get(np.role, "organization")
            if _headed_place(doc, t, span[0], places, heads) is not None:
                kind = "place"  # «المدعية العامة لولاية نيويورك»: New York's, a state's office
            np.scope = {"kind": kind, "text": _surface(doc, *span)}
            np.end = span[1]
            org = organizations.resolve(doc, *span, orgs) if kind == "organization" and orgs else None
            if org:
                np.scope["org"] = org
            if kind == "place":
                hit = places.match_at(doc.text, span[0]) if places is not None else None
                named = _unheaded(np.scope["text"], t, heads)
                np.scope["place"] = _scope_place(hit[2] if hit else None, named, key)
            if t.exclusive.get(np.role) and np.country_source != "text":
                np.country, np.country_source = None, None  # the President *of the Red Crescent*
            if kind == "organization":
                _body_country(doc, np, t)
            if kind == "place" and np.country is None:
                found = _scope_country(doc, span, countries)
                if found:
                    np.country, np.country_source = found, "scope"
    for np in nps:
        if np.scope:
            _leanings_after(doc, np, t)
    return [np for np in nps if np.scope or np.role not in t.needs_scope]


_LEANINGS = 3  # political leanings after a complement («اليمينية المتطرفة»)


def _leanings_after(doc: Doc, np, t: PeopleTables) -> None:
    """A political leaning right after a role's complement (``descriptor`` in rules/roles) is the
    holder's, and the name comes after it: «زعيمة "الجبهة الوطنية" اليمينية المتطرفة مارين لوبان»."""
    for _ in range(_LEANINGS):
        pos = _SPACE.match(doc.text, np.end).end()
        hit = t.modifiers.match_at(doc.text, pos) if pos > np.end else None
        if hit is None or hit[2] != "descriptor":
            return
        np.end = hit[1]
        if "descriptor" not in np.modifiers:
            np.modifiers.append("descriptor")


def _body_country(doc: Doc, np, t: PeopleTables) -> None:
    """A country's adjective right after the body a role speaks for or heads («المتحدث باسم الجيش
    السوداني نبيل عبد الله», «وزارة الصحة السعودية»): the body's country, and the holder's name
    comes after it. It is the holder's country too, unless the role is an office one person holds
    in a country (the president *of the Iranian Red Crescent* is not Iran's president)."""
    pos = _SPACE.match(doc.text, np.end).end()
    country = t.countries.match_at(doc.text, pos) if pos > np.end else None
    if country is None or region(doc.text, *country[:2], t):
        return
    np.end = country[1]
    np.scope["country"] = country[2]
    if np.country is None and not t.exclusive.get(np.role):
        np.country, np.country_source = country[2], "text"


# ("its president", and "Its international president": one lower-case word may stand between)
_OWNER = re.compile(r"(?:the\s+)?([^\W\d_]+)['’]s\s+\Z|(?<!\w)(its|their)\s+(?:[a-z][\w-]*\s+)?\Z", re.I)


def _owner_before(doc: Doc, np, t: PeopleTables) -> tuple[int, int] | None:
    """English: a possessive noun that is no country right before an office a country has ("the
    summit's president", "the party's leader") or a body's head ("Nvidia's chief executive"):
    the office is that thing's. "Syria's" is read as the country before (``np.country``), "the
    country's" as the country talked of. "Its president" is a body's: a country's would be named."""
    if not t.linkers or np.country is not None or not (t.exclusive.get(np.role) or np.role in t.heads_roles):
        return None
    m = _OWNER.search(doc.text, max(0, np.start - 40), np.start)
    if (
        m is None
        or t.anaphora.match_at(doc.text, m.start())
        or t.countries.match_at(doc.text, m.start(m.lastindex))
    ):
        return None
    return m.start(), m.end(m.lastindex)


_CAPITALISED = re.compile(r"([^\W\d_][\w&.-]*)\s+\Z")
_BRACKET_BEFORE = re.compile(r"\(\s*[^\W\d_][\w&.-]{0,14}\s*(\))\s+\Z")
_QUOTED = re.compile(r"[\"“«]\s*([^\"”»\n]{2,40}?)\s*[\"”»]")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def _name_before(doc: Doc, np, t: PeopleTables) -> tuple[int, int] | None:
    """English: a capitalised word no lexicon knows right before a body's head ("Boeing Chief
    Executive Dave Calhoun", "Tesla CEO"): the body of that name. Not for a head of state or
    government, whose capitalised word before is a country's, a modifier's or a sentence's
    first."""
    if not t.linkers or np.country is not None or np.role not in t.heads_roles or np.role in t.needs_scope:
        # ("Red Crescent chief": a bare "chief" says too little of what it heads)
        return None
    span = None
    end = np.start
    # (within its sentence: "… halted on Friday. Chief executive Jane Fraser" names no body "Friday")
    first = max(0, doc.sentence_at(np.start)[0])
    # (the body's acronym in brackets may stand between: "National Electoral Institute (INE)
    # President Guadalupe Taddei")
    bracket = _BRACKET_BEFORE.search(doc.text, max(first, end - 20), end)
    if bracket is not None:
        span, end = (bracket.start(), bracket.end(1)), bracket.start()
    # (the capitalised words before it, up to three: "Goldman Sachs Chief Executive David Solomon")
    for _ in range(_BODY_WORDS):
        m = _CAPITALISED.search(doc.text, max(first, end - 30), end)
        if m is None or not doc.article.text[doc.norm.orig_index(m.start(1))].isupper():
            break
        if (
            (blocked(m.group(1), t) and not (span is None and m.group(1) in t.institutions))
            or t.countries.match_at(doc.text, m.start(1))
            or t.roles.match_at(doc.text, m.start(1))
        ):
            break
        span = (m.start(1), span[1] if span else m.end(1))
        end = m.start(1)
    if bracket is not None and span is not None and span[0] == bracket.start():
        return None  # (brackets with no body's name before them: "Mexico (MX) President")
    if (
        span
        and t.exclusive.get(np.role)
        and not _ACRONYM.search(doc.article.text, *doc.norm.orig_span(*span))
        and not _lower_after_names(doc, np, span)
        and doc.text[span[0] : span[1]].split()[-1] not in t.institutions
    ):
        # A head of state's word after capitalised words: "Incoming President", "Democratic
        # President" are adjectives as often as a body. An acronym is a body's ("AMPTP president
        # Carol Lombardini", "WGA West president"); a country's ("US President") is read before.
        return None
    return span


def _lower_after_names(doc: Doc, np, span: tuple[int, int]) -> bool:
    """Two capitalised words or more, then the role in lower case: a body's ("Nippon Steel
    president Eiji Hashimoto"), where one capitalised adjective before a capitalised title is not
    ("Incoming President")."""
    words = doc.article.text[slice(*doc.norm.orig_span(*span))].split()
    return len(words) >= 2 and doc.article.text[doc.norm.orig_index(np.start)].islower()


# An acronym as printed: two or more capitals, maybe joined by a hyphen or an ampersand ("SAG-AFTRA").
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,}(?:[-&][A-Z]{2,})*(?![\w-])")


_BODY_WORDS = 3  # capitalised words of an English body's name before a head's role


def _body_named(doc: Doc, np, t: PeopleTables, pos: int, linked: bool, mention_starts: set[int]):
    """Arabic and Persian: a body no lexicon lists named right after a head's role, in quotes
    («الرئيس التنفيذي لـ"إنفيديا"») or as one word behind «ل» («الرئيس التنفيذي لبوينغ») or, in
    Persian, before a comma («مدیرعامل انویدیا،»): its folded span and where the
    complement ends."""
    if t.linkers or np.role not in t.heads_roles or np.country is not None or pos in mention_starts:
        return None
    text = doc.text
    at = next((pos + len(p) for p in t.body_prefixes if p and text.startswith(p, pos)), pos)
    quoted = _QUOTED.match(text, at)
    if quoted:
        return quoted.start(1), quoted.end(1), quoted.end()
    word = _NAME_WORD.match(text, at)
    if (
        word is not None
        and squash(word.group(0)) in t.company_words
        and not (t.article and word.group(0).startswith(t.article))  # («للشركة»: the one named before)
    ):
        # («الرئيس التنفيذي لشركة مايكروسوفت ساتيا ناديلا»: the company's name is the word after
        # «شركة», not the first of the holder's; or the words up to a comma, «لشركة جيجو إير، كيم»)
        words = []
        end = word.end()
        while len(words) < _COMPANY_WORDS:
            name = _NAME_WORD.match(text, _SPACE.match(text, end).end())
            if name is None or not _opens_body(text, name.start(), t):
                break
            words.append(name)
            end = name.end()
            if text[end : end + 1] in ("،", ","):
                return at, end, end
        return (at, words[0].end(), words[0].end()) if words else None
    if word is None or not _opens_body(text, at, t):
        return None
    if at > pos:
        # («لبوينغ»: a name behind the preposition; «للشركة» is "the company", named before)
        return None if t.article and word.group(0).startswith(t.article) else (at, word.end(), word.end())
    after = text[word.end() : word.end() + 2].lstrip(" \u200c")
    return (at, word.end(), word.end()) if after[:1] in ("،", ",") else None


_COMPANY_WORDS = 3  # words of a company's name after «شركة», up to a comma


def _opens_body(text: str, at: int, t: PeopleTables) -> bool:
    """The word at ``at`` may be an unlisted body's name: no word of no name, no role, no country."""
    word = _NAME_WORD.match(text, at)
    return not (
        word is None
        or blocked(word.group(0), t)
        or t.roles.match_at(text, at)
        or t.countries.match_at(text, at)
    )


_BRACKETED = re.compile(r"\s*\([^()\n]{1,16}\)")


def _listed_body(doc: Doc, np, t: PeopleTables, pos: int, orgs: OrgTables | None):
    """A listed organization opening the complement of a role that heads one: its folded span, id
    and where the complement ends (over a country name after it, «… فدرال آمریکا», and an acronym
    in brackets, "(FEMA)")."""
    if orgs is None or (np.role not in t.heads_roles and t.scope_kind.get(np.role) != "organization"):
        return None
    hit = orgs.names.match_at(doc.text, pos) or organizations.acronym_at(doc, pos, orgs)
    if hit is None:
        return None
    end = hit[1]
    country = t.countries.match_at(doc.text, _SPACE.match(doc.text, end).end())
    if country:
        end = country[1]
    bracket = _BRACKETED.match(doc.text, end)
    return hit[0], hit[1], hit[2], bracket.end() if bracket else end


def _body_again(doc: Doc, np, t: PeopleTables, pos: int, orgs: OrgTables | None) -> tuple[int, str] | None:
    if orgs is None or (np.role not in t.heads_roles and t.scope_kind.get(np.role) != "organization"):
        return None
    return organizations.referred(doc, pos, orgs)


def _org_before(doc: Doc, np, t: PeopleTables, orgs: OrgTables | None) -> tuple[int, int, str] | None:
    """A listed organization right before a role that heads one, in a language that puts it there."""
    if orgs is None or not t.linkers or np.role not in t.heads_roles:
        return None
    return organizations.before(doc, np.start, orgs)


def _office_before(doc: Doc, np, t: PeopleTables, orgs: OrgTables | None):
    """A listed body whose head holds an office of its country (``head_office``: a central bank),
    written right before the role's own word ("Bank of England Governor", "the Bank of Japan's
    governor"): the body and that office."""
    if orgs is None or not orgs.head_office:
        return None
    for s, e, _rid in t.roles.find(doc.text, np.start, np.role_end):
        body = organizations.before(doc, s, orgs) if e == np.role_end else None
        if body is not None and body[2] in orgs.head_office:
            return body, orgs.head_office[body[2]]
    return None


def _place_before(doc: Doc, np, t: PeopleTables, places) -> tuple[int, int, str] | None:
    """A listed place right before a role that takes one, in a language that puts it there (English:
    "Maryland Governor", "Maui County Mayor")."""
    if places is None or not t.linkers or t.scope_kind.get(np.role) != "place":
        return None
    return _right_before(doc, np, places, t.place_tails)


def _right_before(doc: Doc, np, places, tails: frozenset[str] = frozenset()) -> tuple[int, int, str] | None:
    """The listed place that ends right before the role, if one does, or before one word that says
    what kind of division it is (``tails``: "Maui County Mayor", "Harris County Sheriff")."""
    lo = max(0, np.start - _PLACE_BEFORE)
    ends = [
        h
        for h in places.find(doc.text, lo, np.start)
        if not (gap := doc.text[h[1] : np.start].split()) or (len(gap) == 1 and gap[0] in tails)
    ]
    return ends[-1] if ends else None


_PLACE_BEFORE = 40  # characters before a role in which a place naming it may start


def _province_before(doc: Doc, np, t: PeopleTables, places, kind_of) -> tuple[int, int, str] | None:
    """English: a province or state named right before a country's office ("Ontario Premier Doug
    Ford", "New South Wales Premier"): that province's office, not the country's. ``kind_of``: a
    place id's kind in the gazetteer."""
    if (
        places is None
        or kind_of is None
        or not t.linkers
        or not t.exclusive.get(np.role)
        or np.country is not None
    ):
        return None
    hit = _right_before(doc, np, places)
    return hit if hit is not None and kind_of(hit[2]) == "province" else None


def _region_after(
    doc: Doc, np, t: PeopleTables, pos: int, linked: bool, places, kind_of, mention_starts: set[int]
) -> tuple[int, int, str] | None:
    """A region or province of the gazetteer named right after a country's office (its
    complement): «نخست‌وزیر اسکاتلند», «رئيس وزراء إقليم كردستان», "the prime minister of
    Scotland". A gloss in brackets between them is passed over («نخست‌وزیر (وزیر اول)
    اسکاتلند»). Not a country, which a country's own office takes, nor a person's name there."""
    if (
        places is None
        or kind_of is None
        or not t.exclusive.get(np.role)
        or np.country is not None
        or (t.linkers and not linked)
    ):
        return None
    gloss = _BRACKETED.match(doc.text, pos)
    if gloss is not None and next(t.roles.find(doc.text, pos, gloss.end()), None):
        pos = _SPACE.match(doc.text, gloss.end()).end()
    if pos in mention_starts or t.countries.match_at(doc.text, pos):
        return None
    hit = places.match_at(doc.text, pos)
    if hit is None or kind_of(hit[2]) not in _REGIONS:
        return None
    if doc.text[pos : pos + 1] in t.body_prefixes:
        # («الوزير الأول لاسكتلندا»: the place's name is the words behind the clitic)
        bare = places.match_at(doc.text[pos + 1 : hit[1]], 0)
        if bare is not None and pos + 1 + bare[1] == hit[1]:
            hit = (pos + 1, hit[1], hit[2])
    return hit


_REGIONS = frozenset({"region", "province"})


def _posted_in(
    doc: Doc, t: PeopleTables, pos: int, places, country_of, mention_starts: set[int]
) -> tuple[int, int, str | None] | None:
    """``(start, end, country)`` of a country or listed place after a preposition of place right
    after a role, when a name follows it (a known one, or in Arabic or Persian one that opens with
    a common given name) ("the interior minister in Gaza, Fathi Hamad", «وزیر کشور
    در غزه فتحی حماد»); none before anything else ("the minister in Tehran on Monday")."""
    text = doc.text
    word = _TOKEN.match(text, pos)
    if places is None or word is None or word.group(0) not in t.locatives:
        return None
    at = _SPACE.match(text, word.end()).end()
    country = t.countries.match_at(text, at)
    hit = country or places.match_at(text, at)
    if hit is None:
        return None
    nxt = _NAME_AFTER.match(text, hit[1])
    if nxt is None:
        return None
    at_name = nxt.start(1)
    if at_name not in mention_starts and (
        nxt.group(1) in t.blocked
        or t.roles.match_at(text, at_name)
        or places.match_at(text, at_name)
        or (t.linkers and not _surface(doc, at_name, nxt.end(1))[:1].isupper())
        # (no capitals in Arabic or Persian script: a common given name opens the name, not a noun
        # that goes on the clause, «رئیس‌جمهور در لهستان حق وتوی قوانین را دارد»)
        or (not t.linkers and nxt.group(1) not in t.given_names)
    ):
        return None
    cc = country[2] if country else (country_of(hit[2]) if country_of else None)
    return at, hit[1], cc


_NAME_AFTER = re.compile(r"[\s\u200c]*,?[\s\u200c]*([^\W\d_]+)")


def _unheaded(name: str, t: PeopleTables, heads: frozenset[str]) -> str:
    """A place's name without the head noun before it («ولاية ماريلاند», «لولاية نيويورك»: Maryland,
    New York), as the other reports name it."""
    words = name.split(maxsplit=1)
    return words[1] if len(words) == 2 and squash(_bare(fold(words[0]), t)) in heads else name


def _scope_place(pid: str | None, text: str, key) -> str | None:
    """The place a role's complement names, the same in every script: the skeleton of its name
    when long enough to tell places apart («مریلند», "Maryland": the gazetteer may list a place
    in one language only), else its gazetteer id ("Maui")."""
    skel = key(text) if key is not None else None
    return skel if skel and len(skel) - 2 >= _SKELETON_MIN else pid


_SKELETON_MIN = 4  # consonants a skeleton needs to name a place ("?:h" could be Hawaii or Haiti)


def _after(text: str, pos: int, t: PeopleTables) -> tuple[int, bool]:
    """The position after the spaces (and, in English, "of the" / "to") that follow a role."""
    pos = _SPACE.match(text, pos).end()
    m = _TOKEN.match(text, pos)
    if m and m.group(0) in t.linkers:
        after = _SPACE.match(text, m.end()).end()
        the = _TOKEN.match(text, after)
        if the and the.group(0) == "the":
            after = _SPACE.match(text, the.end()).end()
        return after, True
    return pos, False


def _surface(doc: Doc, s: int, e: int) -> str:
    o_s, o_e = doc.norm.orig_span(s, e)
    return doc.article.text[o_s:o_e]


def _complement(
    doc: Doc,
    np,
    t: PeopleTables,
    pos: int,
    linked: bool,
    mention_starts: set[int],
    places=None,
    heads=frozenset(),
):
    text = doc.text
    if (t.linkers and not linked) or pos in mention_starts:
        return None
    if places is not None and not t.linkers and t.scope_kind.get(np.role) == "place":
        hit = places.match_at(text, pos)
        if hit is None and heads:
            # «محافظ ولاية ماريلاند», «حاكم ولاية كاليفورنيا»: a head noun («ولاية», «استان»)
            # before the place's name, or ending the role's own words; a name the gazetteer lacks
            # is taken as one word («ولاية ماريلاند ويس مور»: Wes Moore of Maryland)
            word = _TOKEN.match(text, pos)
            after = _SPACE.match(text, word.end()).end() if word and word.group(0) in heads else None
            last = text[np.start : pos].split()[-1:]
            if after is None and last and last[0] in heads:
                after = pos
            if after is not None:
                hit = places.match_at(text, after)
                name = _TOKEN.match(text, after) if hit is None else None
                if name and not t.roles.match_at(text, after):
                    hit = (after, name.end(), None)
        if hit is not None and not t.countries.match_at(text, pos):
            return pos, hit[1]
    _, hi = doc.sentence_at(np.start)
    toks = [] if t.linkers else list(islice(_TOKEN.finditer(text, pos, hi), _MAX_WORDS))
    words = [_bare(m.group(0), t) for m in toks]
    if not t.linkers and (
        not toks
        or toks[0].start() != pos
        or not _opens(
            words, t, t.scope_kind.get(np.role) == "place", np.role in t.needs_scope, _on_behalf(text, pos, t)
        )
    ):
        return None  # the common case, decided before any lexicon lookup
    country = t.countries.match_at(text, pos)
    if pos >= hi or t.roles.match_at(text, pos) or (country and not region(text, *country[:2], t)):
        return None
    if t.linkers:  # English: "of the Red Crescent", "of West Azerbaijan"
        run = _latin_run(doc, t, pos, hi, mention_starts)
        hit = places.match_at(text, run[0]) if run and places is not None else None
        if hit is not None and hit[1] < run[1] and t.scope_kind.get(np.role) == "place":
            return run[0], hit[1]  # ("Mayor of Paris Anne Hidalgo": the words after the place are her name)
        return run
    headed = _headed_place(doc, t, pos, places, heads)
    if headed is not None:
        return pos, headed[1]
    end = toks[0].end()
    # (on behalf of a body, its idafa may open with indefinite nouns: «قوات حفظ السلام»)
    open_idafa = _on_behalf(text, pos, t) and not words[0].startswith("ال")
    for i, (prev, m, w) in enumerate(zip(toks, toks[1:], words[1:], strict=False), 1):
        if text[prev.end() : m.start()].strip("\u200c ") or _stops(text, m.start(), w, t, mention_starts):
            break
        if t.prefixes and not w.startswith("ال"):  # Arabic: the definite words of the idafa
            if not open_idafa or i >= _IDAFA_WORDS:
                break
        else:
            open_idafa = False
        end = m.end()
    return pos, end


def _headed_place(doc: Doc, t: PeopleTables, pos: int, places, heads: frozenset[str]):
    """``(start, end, id)`` of the listed place a head noun at ``pos`` names, a clitic glued to the
    head or not («لولاية نيويورك», «استان تهران»): the complement is that place, not an institution."""
    if places is None or not heads:
        return None
    head = _TOKEN.match(doc.text, pos)
    if head is None or squash(_bare(head.group(0), t)) not in heads:
        return None
    after = _SPACE.match(doc.text, head.end()).end()
    return places.match_at(doc.text, after) if after > head.end() else None


def _bare(word: str, t: PeopleTables) -> str:
    return word[1:] if t.clitics and word[:1] in t.clitics and word[1:] in t.institutions else word


_IDAFA_WORDS = 3  # indefinite nouns before the definite one that closes an idafa («قوات حفظ السلام»)


def _on_behalf(text: str, pos: int, t: PeopleTables) -> bool:
    """The role ends in an on-behalf word («المتحدث باسم …»): an organization is named next."""
    return bool(t.on_behalf) and text[:pos].rstrip().endswith(t.on_behalf)


def _opens(words: list[str], t: PeopleTables, place: bool, head: bool, behalf: bool = False) -> bool:
    """Whether the first word opens a complement of this role. ``behalf``: the role ends in «باسم»,
    so an organization follows, an idafa whose first word may be any noun («خفر السواحل»)."""
    w = words[0]
    if w in t.institutions:
        return True
    if t.prefixes:  # Arabic: «لرئاسة», «للشؤون»
        if w[:1] in t.prefixes and (w[1:] in t.institutions or w[1:].startswith("ل")):
            return True
        nxt_definite = len(words) > 1 and words[1].startswith("ال")
        if behalf and _free(w, t) and any(x.startswith("ال") for x in words[:_IDAFA_WORDS]):
            return True
        if head and w.startswith("ال") and w not in t.blocked:
            return True
        # a bare place needs a definite word after it («أذربيجان الغربية») so a person («علي حسن») is not one
        return place and _free(w, t) and nxt_definite
    return place and _free(w, t)


def _free(word: str, t: PeopleTables) -> bool:
    """A word that may open a place's name: not a function word or verb (names of countries and
    regions are in the blocked list for name scans, but may name a province)."""
    return word not in t.blocked or word in t.phrase_words


def _stops(text: str, pos: int, word: str, t: PeopleTables, mention_starts: set[int]) -> bool:
    country = t.countries.match_at(text, pos)
    if (
        pos in mention_starts
        or t.roles.match_at(text, pos)
        or (country and not region(text, *country[:2], t))
    ):
        return True
    return word in t.blocked and word not in t.institutions and word not in t.phrase_words


def _latin_run(doc: Doc, t: PeopleTables, pos: int, hi: int, mention_starts: set[int]):
    """Capitalised words (with "of", "and", "the" inside) after an English linker; a name after
    the last institution noun is left to the person ("of the Presidency Ahmed Karimi")."""
    text = doc.text
    orig = doc.article.text
    toks = []
    edge = pos
    for m in _TOKEN.finditer(text, pos, hi):
        if (
            text[edge : m.start()].strip() not in ("", "-")
            or len(toks) == _MAX_WORDS
            or m.start() in mention_starts
        ):
            break
        capital = orig[doc.norm.orig_index(m.start())].isupper()
        # (a body's noun in lower case may stand before its name: "of the Islamist group Boko Haram")
        if not capital and m.group(0) not in _CONNECTORS and m.group(0) not in t.institutions:
            break
        toks.append(m)
        edge = m.end()
    while toks and (
        toks[-1].group(0) in _CONNECTORS or not orig[doc.norm.orig_index(toks[-1].start())].isupper()
    ):
        toks.pop()
    if not toks:
        return None
    last_inst = max(
        (
            i
            for i, m in enumerate(toks)
            if m.group(0) in t.institutions and orig[doc.norm.orig_index(m.start())].isupper()
        ),
        default=None,
    )
    if last_inst is not None:
        toks = toks[: last_inst + 1]
    return toks[0].start(), toks[-1].end()


def _scope_country(doc: Doc, span: tuple[int, int], countries) -> str | None:
    """The country a place is named with elsewhere in the article ("Iran's West Azerbaijan province",
    «محافظة أذربيجان الغربية شمال غرب إيران»)."""
    text = doc.text
    needle = text[span[0] : span[1]]
    best = None
    for m in re.finditer(re.escape(needle), text):
        lo, hi = doc.sentence_at(m.start())
        for s, e, cc in countries:
            if s < lo or e > hi or (s < m.end() and e > m.start()):
                continue
            gap = m.start() - e if e <= m.start() else s - m.end()
            if gap <= 30 and (best is None or gap < best[0]):
                best = (gap, cc)
    return best[1] if best else None
