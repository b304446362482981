"""Places named in the text («در نطنز», «في دمشق», "at the Kremlin"), with what contains them.

Names come from the gazetteer (``rules/places``) plus the country names of ``rules/countries``.
A place is *locative* when a locative word stands before it («در», «في», a glued «بـ», "in",
"near"), an *origin* after «از» / «من» / "from", otherwise a *mention*. "X in Y", «X در Y»,
«X في Y» and "X, Y" (Y bigger than X) give X a stated ``container``.

Names that are also common words or people's names (``ambiguous:`` in the rules, and every
one-word name that is a word of a known person's alias) and country names (already read as
people's countries) only count after a locative or inside such a pair. In English a name must
hold a capital letter in the original text ("Jordan", "southern Lebanon").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from checker.align.places import RANK, Gazetteer, gazetteer
from checker.extract.base import Doc
from checker.extract.lexicon import Table, cached, clitics, country_entries, phrases_rx, squash
from checker.extract.places_unlisted import LISTED, UNLISTED, find_unlisted, place_key
from checker.model import Claim
from checker.normalize import fold
from checker.rules import Rules

_MAX_CUE_WORDS = 4
_MAX_SKIPPED = 3  # determiners and country words between a cue and a name
# The longest text between X and Y in "X in Y": a few cue words («در نزدیکی شهر»).
_MAX_GAP = 40
_COMMA = {",", "،"}


@dataclass(frozen=True)
class PlaceTables:
    names: Table
    locatives: frozenset[str]
    containment: frozenset[str]
    origins: frozenset[str]
    determiners: frozenset[str]
    describers: frozenset[str]  # "southern" of "in the southern city of": skipped between a cue and a name
    after_heads: frozenset[str]  # one-word nouns after a name ("Adiala jail", "Seti River")
    names_of: tuple[re.Pattern[str] | None, re.Pattern[str] | None]  # «اتفاق باريس», "Paris Agreement"
    speaking: tuple[re.Pattern[str] | None, re.Pattern[str] | None]  # "the Kremlin said", «أعلن الكرملين»
    heads: frozenset[str]  # one-word nouns before a name («بندر طبرق», «شهر درنه»)
    nationals: frozenset[str]  # one-word country names and adjectives: "the Chinese capital Beijing"
    prefixes: str
    ambiguous: frozenset[str]
    cue_ends: frozenset[str]  # last words of every cue phrase: a quick gate before the full test
    located_after: tuple[str, ...] = ()  # "-based": a name right before it is a place
    not_glued: str = ""  # proclitics that seldom glue to a place's name (rules/morphology)
    # head nouns of a province or a region, before a name («منطقة», «استان») or after it ("region")
    region_heads: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # Names several places share («طرابلس»: Tripoli in Libya and in Lebanon): key → every id
    homonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A country's name that another country's province also bears (Georgia, the US state): key →
    # (the country, those provinces)
    country_provinces: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # "the southern Indian city of Kochi", «مدينة كوتشي الهندية»: a nationality's adjective with a
    # town's head: (the words before the name, the adjective after it, adjective → country)
    national_town: tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]] = (None, None, {})
    # One-word nouns of what befalls a place (a quake, a fire, a crash: rules/events, the families of
    # ``_BEFALLING``): a short name right after one is the place it befell («زلازل هرات», «زلزلهٔ کنر»)
    occasions: frozenset[str] = frozenset()
    # the ambiguous names only because they are short foreign towns' (not the hand-listed common words)
    short: frozenset[str] = frozenset()


@dataclass
class Mention:
    start: int  # folded, without a glued proclitic
    end: int
    place: str
    cue: str | None = None  # "location" or "origin"
    container: str | None = None
    contained: bool = False  # it is the Y of some "X in Y"


def place_tables(rules: Rules, lang: str) -> PlaceTables:
    """The compiled place tables of ``lang`` (cached per rules object)."""
    return cached(rules, lang, "places", lambda: _build(rules, lang))  # type: ignore[return-value]


_BEFALLING = ("disaster", "accident")  # event families whose word a place may follow as its genitive


def _occasions(rules: Rules, lang: str) -> frozenset[str]:
    families = {k: d.get("family") for k, d in (rules.concepts("events").get("types") or {}).items()}
    words = rules.lang("events", lang).get("types") or {}
    return frozenset(
        k
        for typ, ws in words.items()
        if families.get(typ) in _BEFALLING
        for k in _keys(ws)
        if " " not in fold(k)
    )


def _keys(phrases: list[str] | None) -> frozenset[str]:
    return frozenset(squash(fold(p).strip()) for p in phrases or [] if fold(p).strip())


def _with_its_article(
    rules: Rules, lang: str, entries: list[tuple[str, str]], hand: set[tuple[str, str]]
) -> list[tuple[str, str]]:
    """A generated name that is another name of the same place without its definite article is
    dropped: Arabic writes «الأقصر» (Luxor) with it, and a bare «أقصر» is "shortest" (clitics still
    match «بالأقصر», and «للأقصر» through ``article_after_lam``)."""
    art = fold((rules.lang("morphology", lang) or {}).get("article") or "")
    if not art:
        return entries
    keys = {(squash(fold(n).strip()), pid) for n, pid in entries}
    return [
        (n, pid) for n, pid in entries if (n, pid) in hand or (art + squash(fold(n).strip()), pid) not in keys
    ]


def _build(rules: Rules, lang: str) -> PlaceTables:
    data = rules.lang("places", lang)
    gz = gazetteer(rules)
    exclude = _keys(data.get("exclude"))
    countries = rules.lang("countries", lang).get("countries") or {}
    entries = [
        (n, pid) for section in ("hand", "names") for pid, ns in (data.get(section) or {}).items() for n in ns
    ]
    entries += [(n, cc) for cc, e in countries.items() for n in e.get("names") or []]
    hand = {(n, pid) for pid, ns in (data.get("hand") or {}).items() for n in ns}
    # A month's name is no generated town's: Persian «آوریل» (April) is not Orel («اوریل»).
    months = {
        squash(fold(n).strip())
        for cal in (rules.lang("months", lang).get("calendars") or {}).values()
        for names in cal.values()
        for n in names
    }
    # Nor is a locative or a head noun: «ميناء» (port) folds to Minna's «مينا».
    common = _keys(data.get("locatives")) | {
        squash(fold(h)) for hs in (data.get("heads") or {}).values() for h in hs if " " not in h.strip()
    }
    # Nor is another country's adjective: «سوری» (Syrian) is not Surrey, «العاصمة السويدية» (the
    # Swedish capital) not Samandağ, once called al-Suwaydiyah.
    adjectives = {
        squash(fold(a).strip()): cc for cc, e in countries.items() for a in e.get("adjectives") or []
    }
    entries = [
        (n, pid)
        for n, pid in entries
        if pid in gz.places
        and squash(fold(n).strip()) not in exclude
        and ((n, pid) in hand or squash(fold(n).strip()) not in months | common)
        and adjectives.get(squash(fold(n).strip()), pid) == pid
    ]
    entries = _with_its_article(rules, lang, entries, hand)
    short = _latent(rules, lang, gz, [e for e in entries if e not in hand]) - _keys(data.get("ambiguous"))
    ambiguous = set(_keys(data.get("ambiguous"))) | short
    entries += _variants(data, gz, [e for e in entries if e not in hand])
    entries += _ezafe(data, gz, entries)
    by_key: dict[str, list[str]] = {}
    also = [(n, pid) for pid, ns in (data.get("also") or {}).items() for n in ns if pid in gz.places]
    for n, pid in [*entries, *also]:
        ids = by_key.setdefault(squash(fold(n).strip()), [])
        if pid not in ids and gz.kind(pid) in ("city", "village"):
            ids.append(pid)
    homonyms = {k: tuple(v) for k, v in by_key.items() if len({gz.country_of(p) for p in v}) > 1}
    named_countries = {squash(fold(n).strip()): cc for n, cc in entries if gz.kind(cc) == "country"}
    country_provinces: dict[str, tuple[str, tuple[str, ...]]] = {}
    # (a province's name with its head noun, «ولاية جورجيا», «ایالت جورجیا», names it bare too)
    province_heads = {
        squash(fold(h)) for h in (data.get("heads") or {}).get("province") or () if " " not in h.strip()
    }
    for n, pid in entries:
        words = fold(n).split()
        bare = words[1:] if len(words) > 1 and squash(words[0]) in province_heads else words
        for key in {squash(" ".join(words)), squash(" ".join(bare))}:
            cc = named_countries.get(key)
            if cc and gz.kind(pid) == "province" and gz.country_of(pid) != cc:
                got = country_provinces.get(key, (cc, ()))[1]
                country_provinces[key] = (cc, tuple(sorted({*got, pid})))
    # A head noun may stand between the locative and a listed name too («في ضاحية خيمكي», «في مدينتي تامبا»).
    heads = {
        squash(fold(h))
        for field in ("heads", "heads_plural", "heads_dual")
        for hs in (data.get(field) or {}).values()
        for h in hs
        if " " not in h.strip()
    }
    determiners = _keys(data.get("determiners")) | heads
    nationals = frozenset(
        k
        for k in _keys([p for p, _ in country_entries(rules, lang, ("names", "adjectives"))])
        if " " not in k
    )
    return PlaceTables(
        names=Table.build(entries, clitics(rules, lang)),
        not_glued="".join(fold(c) for c in rules.lang("morphology", lang).get("not_before_places") or []),
        region_heads=tuple(
            frozenset(
                squash(fold(h))
                for kind in _REGION_KINDS
                for h in (data.get(field) or {}).get(kind) or ()
                if " " not in h.strip()
            )
            for field in ("heads", "heads_after")
        ),
        locatives=_keys(data.get("locatives")) | _keys(data.get("hosts")) | _keys(data.get("destinations")),
        containment=_keys(data.get("containment")),
        origins=_keys(data.get("origins")),
        determiners=frozenset(determiners),
        describers=_keys(data.get("describers")),
        heads=frozenset(heads),
        nationals=nationals,
        after_heads=frozenset(
            k
            for k in _keys([h for hs in (data.get("heads_after") or {}).values() for h in hs])
            if " " not in k
        ),
        prefixes="".join(fold(p) for p in data.get("locative_prefixes") or []),
        names_of=_around(data.get("names_of") or {}, rules, lang),
        speaking=_around(data.get("speaking") or {}, rules, lang),
        ambiguous=frozenset(ambiguous),
        occasions=_occasions(rules, lang),
        short=frozenset(short),
        cue_ends=frozenset(
            fold(p).split()[-1]
            for field in ("locatives", "hosts", "destinations", "origins")
            for p in data.get(field) or []
            if fold(p).split()
        )
        | determiners
        | nationals,
        located_after=tuple(fold(p) for p in data.get("located_after") or ()),
        homonyms=homonyms,
        country_provinces=country_provinces,
        national_town=_national_town(rules, lang, data),
    )


def _national_town(
    rules: Rules, lang: str, data: dict
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    """What ``PlaceTables.national_town`` reads: the words before a town's name (in English the
    adjective and the head, "Indian city of"; else the head, «مدينة»), the adjective after it (in
    Arabic, «الهندية»), and each adjective's country."""
    adjectives = {squash(fold(p).strip()): cc for p, cc in country_entries(rules, lang, ("adjectives",))}
    heads = [
        fold(h).strip() for kind in ("city", "village") for h in (data.get("heads") or {}).get(kind) or ()
    ]
    if lang == "en":
        heads = [h for h in heads if not h.startswith("the ")]  # ("the southern Indian city of")
    if lang not in ("en", "ar") or not adjectives or not heads:
        return None, None, {}
    adj = "|".join(sorted((re.escape(a) for a in adjectives if a), key=len, reverse=True))
    head = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    if lang == "en":
        return re.compile(rf"(?<!\w)(?P<adj>{adj})\s+(?:{head})\s+\Z"), None, adjectives
    return re.compile(rf"(?<!\w)(?:{head})\s+\Z"), re.compile(rf"\s+(?P<adj>{adj})(?!\w)"), adjectives


def _around(words: dict, rules: Rules, lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Patterns for words right before a place and right after it (see ``framed``)."""
    glued = clitics(rules, lang)
    # (and a proclitic glued to the place itself: «المحكمة الخاصة بسيراليون»)
    own = f"[{re.escape(glued)}]?" if glued else ""
    return (
        phrases_rx(words.get("before"), _BEFORE_NAME % (_glued(glued), own)),
        phrases_rx(words.get("after"), r"\s*(?:%s)(?!\w)"),
    )


# A word that opens a name right before a place: at a word's start, or after one glued proclitic.
_BEFORE_NAME = r"(?:^|(?<=[^\w])%s)(?:%%s)\s+%s\Z"


def _glued(clitic: str) -> str:
    return f"|(?<=[^\\w][{re.escape(clitic)}])" if clitic else ""


def name_of_another(text: str, s: int, e: int, names_of) -> bool:
    """The place's name at folded ``s``–``e`` is part of a treaty's or an agreement's («اتفاق
    باريس», "the Paris Agreement"): no place of the text (``names_of``: ``PlaceTables.names_of``).
    With ``PlaceTables.speaking``: the place speaks ("the Kremlin said")."""
    before, after = names_of
    return bool(
        (before is not None and before.search(text[max(0, s - _NAME_OF_REACH) : s]))
        or (after is not None and after.match(text, e))
    )


_NAME_OF_REACH = 24

_VARIANT_LETTERS = 7


def _variants(data: dict, gz: Gazetteer, generated: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A foreign town's one-word name without an optional letter after its first
    (``optional_second_letters``): «شنغهاي» for «شانغهاي». Appended last, so a real name that
    spells the same wins."""
    letters = set(data.get("optional_second_letters") or ())
    home = set(data.get("home_countries") or [])
    out = []
    for name, pid in generated:
        p = gz.places[pid]
        if p["kind"] != "city" or p["country"] in home or " " in name.strip():
            continue
        f = fold(name).strip()
        if len(f) >= _VARIANT_LETTERS and f[1] in letters:
            out.append((f[0] + f[2:], pid))
    return out


def _ezafe(data: dict, gz: Gazetteer, entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A name below a country with the letter a Persian ezafe writes after a final vowel (``ezafe``:
    «ی» after «ا» or «و»): «استان زامبزیای موزامبیک». Appended last, so a real name that spells the
    same wins. (Not a country's: «آمریکای لاتین» is Latin America.)"""
    rule = data.get("ezafe") or {}
    letter, after = fold(rule.get("letter") or ""), tuple(fold(x) for x in rule.get("after") or ())
    if not letter or not after:
        return []
    out = []
    for name, pid in entries:
        f = fold(name).strip()
        if (
            gz.kind(pid) != "country"
            and len(f.replace(" ", "")) >= _VARIANT_LETTERS - 2
            and f.endswith(after)
        ):
            out.append((f + letter, pid))
    return out


def _latent(rules: Rules, lang: str, gz: Gazetteer, generated: list[tuple[str, str]]) -> set[str]:
    """Generated names that need a cue: a word of a known person's alias («عباس»), or a short
    one-word name (``short_name_letters``) of a town outside ``home_countries``, which is more
    often a common word (Persian «خبر» is "news", not Khobar; Arabic «وان» is "and that", not Van).
    """
    data = rules.lang("places", lang)
    people = rules.top("people").get("people") or {}
    alias_words = {w for p in people.values() for a in p["aliases"].get(lang, []) for w in fold(a).split()}
    home = set(data.get("home_countries") or [])
    short = int(data.get("short_name_letters") or 0)
    out = set()
    for name, pid in generated:
        f = fold(name).strip()
        p = gz.places[pid]
        foreign_town = p["country"] not in home and p["kind"] != "country" and p.get("capital") is not True
        if f in alias_words or (" " not in f and len(f) <= short and foreign_town):
            out.add(squash(f))
    return out


def extract_places(
    doc: Doc, rules: Rules, people: Sequence[Claim] = (), units: Sequence[tuple[int, int]] = ()
) -> list[Claim]:
    """``place`` claims of one article. A name that is a word of a person the article names
    ("former President Alejandro Toledo", later "Toledo said") is that person, unless a locative
    or a containment pair makes it a place ("in Toledo"). A name inside a figure's unit
    (``units``: spans in normalised offsets) is that unit: «23448 أكرا» is acres, not Accra."""
    t = place_tables(rules, doc.lang)
    gz = gazetteer(rules)
    mentions = [m for m in _mentions(doc, t, gz) if not any(s <= m.start and m.end <= e for s, e in units)]
    _homonyms(doc, mentions, t, gz)
    provinces = provinces_named_as_countries(doc.text, t, gz)
    for m in mentions:
        m.place = provinces.get(m.end, m.place)
    _relate(doc.text, mentions, t, gz)
    named = {squash(w) for words in _names(people) for w in words}
    others = _namesakes(doc.text, mentions, t, gz)
    claims = []
    for m in mentions:
        if id(m) in others:
            continue
        if not _counts(doc, m, t, gz) or (_bare(m) and squash(doc.text[m.start : m.end]) in named):
            continue
        if name_of_another(doc.text, m.start, m.end, t.names_of):
            continue
        claims.append(_claim(doc, m, gz))
    # (a namesake of a listed town, "Santa Clara, California": a town the gazetteer lacks)
    found = [
        (m.start, m.end, "city", m.cue == "location", others[id(m)], "namesake")
        for m in mentions
        if id(m) in others
    ]
    taken = [(m.start, m.end) for m in mentions]
    for s, e, kind, locative in find_unlisted(doc, rules, taken):
        if all(squash(w) in named for w in doc.text[s:e].split()):
            continue  # «بسجن زوما»: "with jailing Zuma", no Zuma prison (a person the article names)
        found.append(
            (s, e, kind, locative, _unlisted_container(doc.text, e, kind, mentions, t, gz), "unlisted")
        )
    verbs = tuple(rules.lang("morphology", doc.lang).get("verb_prefixes") or ())
    for s, e, kind, locative, container, rule in found:
        o_s, o_e = doc.norm.orig_span(s, e)
        name = doc.article.text[o_s:o_e]
        pid = place_key(name, rules)
        if pid == UNLISTED or (verbs and name.startswith(verbs)):
            continue  # (nor a verb read as a name after a head noun: «شهر می‌گذرد»)
        value = {
            "place": pid,
            "kind": kind,
            "country": None,
            "name": name,
            "ancestors": [],
            "role": "location" if locative else "mention",
            "locative": bool(locative),
            "unlisted": True,
        }
        if locative == LISTED:
            value["listed"] = True  # (one of several: "the villages of A and B")
        if container:
            value["container"] = container
        claims.append(doc.claim("place", s, e, value, f"place.{doc.lang}.{rule}", f"place:{pid}"))
    outlet = _outlet_spans(doc)
    claims = [c for c in claims if not any(a <= c.start and c.end <= b for a, b in outlet)]
    claims.sort(key=lambda c: (c.start, c.end))
    _contain_unlisted(doc, claims, t)
    return claims


def _outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where the article writes its own outlet's name («ATLANTA (Capitol Ledger) —», "Tehran Times"):
    a place in it is the outlet's, not the story's."""
    name = (doc.article.outlet or "").strip()
    if len(name) < _OUTLET_MIN:
        return []
    folded, key = doc.article.text.casefold(), name.casefold()
    if len(folded) != len(doc.article.text) or len(key) != len(name):
        return []  # (a letter the case fold widens, "ß": its offsets would slip)
    out, at = [], folded.find(key)
    while at >= 0:
        out.append((at, at + len(name)))
        at = folded.find(key, at + 1)
    return out


_OUTLET_MIN = 4  # letters of an outlet's name worth looking for


def _contain_unlisted(doc: Doc, claims: list[Claim], t: PlaceTables) -> None:
    """ "Kanchanpur, in neighbouring Surkhet district", «كانتشانبور في منطقة دايلخ»: a place the
    gazetteer lacks on either side of a containment word; the second holds the first (the
    gazetteer cannot say otherwise). Countries are left out: that a town is in its country is
    seldom what reports disagree on."""
    for x, y in pairwise(claims):
        a, b = doc.norm.norm_index(x.end), doc.norm.norm_index(y.start)
        if b - a > _MAX_GAP or "container" in x.value:
            continue
        if not (x.value.get("unlisted") or y.value.get("unlisted")):
            continue
        if "country" in (x.value.get("kind"), y.value.get("kind")) or y.value.get("kind") in (
            "facility",
            "landmark",
        ):
            continue
        between = doc.text[a:b].strip().lstrip(",،").strip()
        if between and _contained(between, t):
            x.value["container"] = y.value["place"]


def provinces_named_as_countries(text: str, t: PlaceTables, gz: Gazetteer) -> dict[int, str]:
    """A country's name that names another country's province here: "deaths in Florida, Georgia,
    South Carolina and Tennessee" is the US state, in a text whose other places lie in that
    province's country (at least ``_HOME_MIN`` times) and none in the named country. End of the
    name in ``text`` → the province."""
    if not t.country_provinces:
        return {}
    found = list(t.names.find(text))
    ours = [
        (e, t.country_provinces[k]) for s, e, _ in found if (k := squash(text[s:e])) in t.country_provinces
    ]
    if not ours:
        return {}
    counts = Counter(
        gz.country_of(pid) for s, e, pid in found if squash(text[s:e]) not in t.country_provinces
    )
    out = {}
    for e, (cc, provinces) in ours:
        home = [p for p in provinces if counts[gz.country_of(p)] >= _HOME_MIN]
        if len(home) == 1 and not counts[cc]:
            out[e] = home[0]
    return out


def _homonyms(doc: Doc, mentions: list[Mention], t: PlaceTables, gz: Gazetteer) -> None:
    """A town's name that towns of several countries share («طرابلس», Tripoli) is the one in the
    country the article's other places belong to most (a report from Beirut: Lebanon's Tripoli)."""
    if not t.homonyms:
        return
    shared = [m for m in mentions if squash(doc.text[m.start : m.end]) in t.homonyms]
    if not shared:
        return
    counts = Counter(gz.country_of(m.place) for m in mentions if m not in shared and gz.country_of(m.place))
    for m in shared:
        # (the country the article names most, then the bigger town: Libya's Tripoli by default)
        m.place = max(
            t.homonyms[squash(doc.text[m.start : m.end])],
            key=lambda p: (counts.get(gz.country_of(p), 0), _population(gz, p), p),
        )


_REGION_KINDS = ("province", "district", "region")


def _namesake_region(text: str, s: int, e: int, pid: str, t: PlaceTables, gz: Gazetteer) -> str:
    """A town's name after a region's head noun («منطقة فالبارايسو», «استان والپارایسو») or before one
    ("the Valparaiso region") names the region it gives its name to, where the gazetteer lists that
    region under the town's name only as "Valparaiso Province"."""
    parent = (gz.get(pid) or {}).get("parent")
    if gz.kind(pid) not in ("city", "village") or not parent or gz.kind(parent) not in ("province", "region"):
        return pid
    if gz.display(parent) != gz.display(pid):
        return pid
    before, after = text[max(0, s - 24) : s].split(), text[e : e + 24].split()
    if (before and squash(before[-1]) in t.region_heads[0]) or (
        after and squash(after[0]) in t.region_heads[1]
    ):
        return parent
    return pid


def _mentions(doc: Doc, t: PlaceTables, gz: Gazetteer) -> list[Mention]:
    text, out = doc.text, []
    for s, e, pid in t.names.find(text):
        glued = ""
        if t.names.clitics and text[s] in t.names.clitics:
            whole, rest = t.names.ids.get(squash(text[s:e])), t.names.ids.get(squash(text[s + 1 : e]))
            # «وجدة» is Oujda, or «و» + Jeddah: the bigger place is the likelier reading.
            if whole is None and text[s] in t.not_glued:
                continue  # («كورونا»: no «ك» + «ورونا», Verona)
            if whole is None or (rest is not None and _population(gz, rest) > _population(gz, whole)):
                glued, s, pid = text[s], s + 1, rest or pid
        if doc.lang == "en" and not _capitalised(doc, s, e):
            continue
        pid = _namesake_region(text, s, e, pid, t, gz)
        m = Mention(s, e, pid)
        if glued and glued in t.prefixes:
            m.cue = "location"
        elif _JOINED_AFTER.match(text, e):
            m.cue = None  # ("at the China-Gulf Cooperation Council summit": a party, not where it met)
        else:
            m.cue = _cue_before(text, s, t)
        out.append(m)
    return out


def _population(gz: Gazetteer, pid: str) -> int:
    p = gz.get(pid) or {}
    return p.get("population") or (10**9 if p.get("kind") == "country" else 0)


def _capitalised(doc: Doc, s: int, e: int) -> bool:
    """An English name has a capital letter ("Jordan", "southern Lebanon") or starts with a digit."""
    o_s, o_e = doc.norm.orig_span(s, e)
    surface = doc.article.text[o_s:o_e]
    return not surface[:1].isalpha() or any(ch.isupper() for ch in surface)


def _cue_before(text: str, s: int, t: PlaceTables) -> str | None:
    """«location» or «origin» when a cue phrase ends right before ``s`` (a determiner may follow it).

    The window stops at a line break; a full stop stays glued to its word, so «در.» is no cue.
    """
    seg = text[max(0, s - 90) : s]
    words = seg[seg.rfind("\n") + 1 :].split()[-(_MAX_CUE_WORDS + _MAX_SKIPPED) :]
    while words and words[-1] in t.describers:
        words.pop()  # "in western Herat province"
    if not words:
        return None
    last = words[-1]
    if last not in t.cue_ends and not (last[:1] in t.names.clitics and last[1:] in t.cue_ends):
        return None
    words = [w for w in words[:-1] if w not in t.describers] + [last]
    # Determiners and country words may stand between: «في العاصمة الصينية بكين», "in the Chinese
    # capital Beijing", «در پایتخت چین پکن».
    i = len(words)
    while i and len(words) - i < _MAX_SKIPPED:
        w = words[i - 1]
        beside = (i < len(words) and words[i] in t.determiners) or (i > 1 and words[i - 2] in t.determiners)
        if not (w in t.determiners or (w in t.nationals and beside)):
            break
        i -= 1
    words = words[:i]
    for n in range(min(_MAX_CUE_WORDS, len(words)), 0, -1):
        key = "".join(words[-n:])
        for k in (key, key[1:] if n == 1 and key[:1] in t.names.clitics else None):
            if k in t.locatives:
                return "location"
            if k in t.origins:
                return "origin"
    return None


def _relate(text: str, mentions: list[Mention], t: PlaceTables, gz: Gazetteer) -> None:
    """ "X in Y", «X در Y», «X في Y», «X بY» and "X, Y": Y is X's stated container."""
    for x, y in pairwise(mentions):
        if y.start - x.end > _MAX_GAP:
            continue
        between = text[x.end : y.start].strip()
        if between in _COMMA:
            ok = _bigger(gz, x.place, y.place) and (
                gz.contains(y.place, x.place)
                or gz.kind(x.place) in ("facility", "landmark")
                or _unplaced_in(gz, x.place, y.place)
            )
        else:
            ok = _contained(between, t) and _bigger(gz, x.place, y.place)
        if ok:
            x.container, y.contained = y.place, True


def _namesakes(text: str, mentions: list[Mention], t: PlaceTables, gz: Gazetteer) -> dict[int, str]:
    """Towns named with a province or country of another country than the listed town's ("Santa
    Clara, California", where the gazetteer's Santa Clara is Cuba's): another town of that name,
    which the gazetteer lacks, inside the place named after it. Mention id → that place."""
    out = {}
    for x, y in pairwise(mentions):
        between = text[x.end : y.start].strip()
        if y.start - x.end > _MAX_GAP or not (between in _COMMA or _contained(between, t)):
            continue  # ("Santa Clara, California", «سانتا كلارا بولاية كاليفورنيا»)
        cx, cy = gz.country_of(x.place), gz.country_of(y.place)
        if (
            gz.kind(x.place) in ("city", "village")
            and gz.kind(y.place) in ("province", "country")
            and cx is not None
            and cy is not None
            and cx != cy
        ):
            out[id(x)] = y.place
    return out | _foreign_towns(text, mentions, t, gz) | _national_towns(text, mentions, t, gz)


_HOME_MIN = 2  # places of one country that make an article that country's


def _foreign_towns(text: str, mentions: list[Mention], t: PlaceTables, gz: Gazetteer) -> dict[int, str]:
    """A town named after a town's head noun («بلدة لشبونة المجاورة», «شهر لیسبون») in an article
    whose other places all lie in one other country, which never names the town's own: a town of
    that name there that the gazetteer lacks (Lisbon, Maine), not the listed one (Lisbon,
    Portugal). Mention id → the country it lies in."""
    out: dict[str, str] = {}
    countries = [gz.country_of(o.place) for o in mentions]
    for m, own in zip(mentions, countries, strict=True):
        if gz.kind(m.place) not in ("city", "village") or own is None:
            continue
        others = [c for o, c in zip(mentions, countries, strict=True) if o is not m and c != own]
        home = set(others)
        if (
            len(home) != 1
            or None in home
            or len(others) < _HOME_MIN
            or any(gz.kind(o.place) == "country" and o.place == own for o in mentions)
            or any(o.place != m.place and c == own for o, c in zip(mentions, countries, strict=True))
        ):
            continue
        before = text[max(0, m.start - 16) : m.start].split()
        if before and squash(before[-1]) in t.heads:
            out[m.place] = next(iter(home))
    # (every mention of that name in the article, the town's head noun written once)
    return {id(m): out[m.place] for m in mentions if m.place in out}


def _national_towns(text: str, mentions: list[Mention], t: PlaceTables, gz: Gazetteer) -> dict[int, str]:
    """A town a nationality's adjective places in another country than the listed one's ("the
    southern Indian city of Kochi", where the gazetteer's Kochi is Japan's prefecture; «مدينة
    كوتشي الهندية»): a town of that name there that the gazetteer lacks. Mention id → the country."""
    before, after, adjectives = t.national_town
    if before is None:
        return {}
    out = {}
    for m in mentions:
        if gz.kind(m.place) == "country":
            continue
        hit = before.search(text, max(0, m.start - _NATIONAL_REACH), m.start)
        if hit is not None and after is not None:
            hit = after.match(text, m.end)
        cc = adjectives.get(squash(hit.group("adj"))) if hit is not None else None
        if cc is not None and cc in gz.places and gz.country_of(m.place) != cc:
            out[m.place] = cc
    # (every mention of that name in the article, the adjective written once)
    return {id(m): out[m.place] for m in mentions if m.place in out}


_NATIONAL_REACH = 40  # characters before a town's name: "Indian city of", «مدينة»


def _unplaced_in(gz: Gazetteer, town: str, province: str) -> bool:
    """ "Austin, Texas": a town the gazetteer places in its country alone, named with a province of
    that country, which the gazetteer cannot gainsay."""
    return (
        gz.kind(town) in ("city", "village")
        and gz.kind(province) == "province"
        and gz.ancestors(town) == (gz.country_of(town),)
        and gz.country_of(province) == gz.country_of(town)
    )


def _contained(between: str, t: PlaceTables) -> bool:
    """The words between X and Y say that Y holds X ("in", «در شهر», a glued «بـ»)."""
    words = between.split()
    if words and words[-1] in t.determiners:
        words = words[:-1]
    return (len(between) == 1 and between in t.prefixes) or bool(words and "".join(words) in t.containment)


def _unlisted_container(text: str, e: int, kind: str, mentions: list[Mention], t: PlaceTables, gz: Gazetteer):
    """The listed place holding an unlisted facility or landmark: «سجن أديالا في مدينة راولبندي»,
    "Adiala jail in Rawalpindi" (the head noun written after the name may stand between)."""
    if kind not in ("facility", "landmark"):
        return None
    y = next((m for m in mentions if m.start >= e), None)
    if y is None or y.start - e > _MAX_GAP:
        return None
    words = text[e : y.start].split()
    if words and words[0] in t.after_heads:
        words = words[1:]
    return y.place if _contained(" ".join(words), t) and RANK.get(gz.kind(y.place) or "", -1) > 0 else None


def _bigger(gz: Gazetteer, small: str, big: str) -> bool:
    return RANK.get(gz.kind(big) or "", -1) > RANK.get(gz.kind(small) or "", 99)


_HEAD_REACH = 24  # characters before a name in which its head noun stands


def _counts(doc: Doc, m: Mention, t: PlaceTables, gz: Gazetteer) -> bool:
    """Ambiguous names and countries need a locative or a containment pair. An origin word is
    not enough: Persian «از» also marks objects («از ایران حمایت کرد», "supported Iran")."""
    if m.cue == "location" or m.container or m.contained:
        return True
    if t.located_after and doc.text.startswith(t.located_after, m.end):
        return True  # ("the Nairobi-based company")
    if gz.kind(m.place) == "country":
        return False
    # (a head noun right before a short name says it is a place: «از بندر طبرق», the port of Tobruk;
    # so does a dash after a name that opens a line, a dateline's: «سيول -», "SEOUL —"; and a word
    # of what befell it: «زلازل هرات», the Herat quakes)
    before = doc.text[max(0, m.start - _HEAD_REACH) : m.start].split()
    return (
        squash(doc.text[m.start : m.end]) not in t.ambiguous
        or bool(before and before[-1] in t.heads)
        or bool(before and before[-1] in t.occasions and squash(doc.text[m.start : m.end]) in t.short)
        or (
            _DATELINE.match(doc.text, m.end) is not None
            and not doc.text[doc.text.rfind("\n", 0, m.start) + 1 : m.start].strip()
        )
    )


_DATELINE = re.compile(r"[ \t]*[-–—]")
# A name joined by a hyphen to the next name: one side of a pair ("China-Gulf", "US–China").
_JOINED_AFTER = re.compile(r"[-–‐][^\W\d_]")


def _names(people: Sequence[Claim]) -> list[list[str]]:
    """The words of each person's name; a "name" with a dash or a stop in it («بنغازي - أعلنت», a
    dateline) is no one's."""
    out = []
    for c in people:
        words = fold(c.value.get("name") or "").split()
        if words and all(w.replace("\u200c", "").isalpha() for w in words):
            out.append(words)
    return out


def _bare(m: Mention) -> bool:
    """No locative and no containment pair says it is a place."""
    return m.cue != "location" and not m.container and not m.contained


def _claim(doc: Doc, m: Mention, gz: Gazetteer) -> Claim:
    o_s, o_e = doc.norm.orig_span(m.start, m.end)
    value = {
        "place": m.place,
        "kind": gz.kind(m.place),
        "country": gz.country_of(m.place),
        "name": doc.article.text[o_s:o_e],
        "ancestors": list(gz.ancestors(m.place)),
        "role": "location" if m.cue == "location" else m.cue or "mention",
        "locative": m.cue == "location",
    }
    if m.container:
        value["container"] = m.container
    rule = "container" if m.container else ("locative" if m.cue == "location" else m.cue or "name")
    return doc.claim("place", m.start, m.end, value, f"place.{doc.lang}.{rule}", f"place:{m.place}")
