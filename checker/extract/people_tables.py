"""Lexicon tables the people extractor needs, compiled once per (rules, language)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.extract.lexicon import Table, cached, clitics, flat, phrases_rx, squash
from checker.extract.lexicon import country_entries as lexicon_countries
from checker.normalize import fold
from checker.rules import Rules

# Aliases of other languages that a text may quote: Persian articles name Arab officials in
# Arabic spelling («اسعد الشیبانی»), and the fold makes the letters meet.
_ALIAS_LANGS = {"fa": ("fa", "ar"), "ar": ("ar", "fa"), "en": ("en",)}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PeopleTables:
    roles: Table
    titles: Table  # roles only as a capitalised title before a name ("Speaker")
    countries: Table
    # names read only as written, in the original text ("US": the fold makes it "us"), and their country
    as_written: tuple[tuple[re.Pattern[str], str], ...]
    bodies: frozenset[str]  # "countries" that are blocs or organizations (EU, UN): no country's offices
    complement_countries: Table  # countries after a role, ambiguous names included
    anaphora: Table
    honorifics: Table
    modifiers: Table
    aliases: Table
    headers: Table
    attendance: Table
    # "received" (rules/events ``figure_objects``): with a figure right after it, things received
    figure_objects: frozenset[str]
    conjunctions: frozenset[str]
    blocked: frozenset[str]
    blocked_prefixes: tuple[str, ...]  # «لل»: a word that begins so is no part of a name
    possessed_endings: tuple[str, ...]  # «وزير خارجيته»: a role of the holder named before it
    role_clitics: tuple[str, ...]  # «بال»: a role written behind a preposition has no name before it
    # «مرشحة حزب "مورينا" الحاكم», «مرشحة تحالف المعارضة»: a body between a role and its holder's name
    body_between: re.Pattern[str] | None
    # «على» (on): no name as the original spells it, though folded like «علي» (Ali)
    blocked_as_written: frozenset[str]
    # «زار», «غادر»: verbs whose object a place may be, right after the name of who does it
    # («زار منسق … مارتن غريفيث غزة»); empty where any verb may (rules/people_cues ``place_object_verbs``)
    place_verbs: frozenset[str]
    blocked_shapes: tuple[
        tuple[str, tuple[str, ...], int], ...
    ]  # «الم…ين»: (beginning, endings, fewest letters)
    owners: frozenset[str]  # «دولت», "government": a name after one is the owner's (rules/people_cues)
    person_country: dict[str, str]
    exclusive: dict[str, bool]
    clitics: str
    offices: dict[str, tuple[tuple[str, str], ...]]
    # A role's complement (see rules/roles/<lang>.yaml ``complements``).
    linkers: frozenset[str]
    on_behalf: tuple[str, ...]  # «باسم»: an organization's name follows (rules/roles complements)
    prefixes: str
    institutions: frozenset[str]
    deputy: Table
    scope_kind: dict[str, str]
    needs_scope: frozenset[str]
    heads_roles: frozenset[str]  # roles that name an organization's head (rules/roles ``heads``)
    # Words that follow a division's name, between it and its office ("Maui County Mayor"):
    # rules/places ``heads_after`` of provinces and districts.
    place_tails: frozenset[str]
    possessives: frozenset[str]  # "his", "her" before a role: the office of one named before
    # "under": between two roles, the second names whose government the first was held in
    era_words: frozenset[str]
    patronyms: frozenset[str]  # «بن», "bin": a father's name follows (rules/transliteration)
    name_particles: frozenset[str]  # those and a family's «آل»: no word of a name's own
    # «عبد», «ابو», «بن»: the word after one is a name's, whatever else it means («عبد العالي»;
    # rules/transliteration ``compound_openers``)
    compound_openers: frozenset[str]
    given_names: frozenset[str]  # «محسن», «محمد»: common given names (rules/people_cues)
    surname_words: frozenset[
        str
    ]  # words only a country's longer name blocks («اسلامی»): a surname after a given name
    clause_verbs: re.Pattern[str] | None  # "was", "said" after a name: the subject of its own clause
    deputy_role: dict[str, str]
    deputy_ids: frozenset[str]
    deputy_last: frozenset[str]
    phrase_words: frozenset[str]
    compass: frozenset[str]
    locatives: frozenset[str]  # "in", «في», «در» before a place in a role phrase (rules/roles complements)
    compass_rx: re.Pattern[str] | None
    title_roles: frozenset[str]
    single_aliases: frozenset[str]
    alias_words: dict[str, frozenset[str]]
    regnal: frozenset[str]  # «دوم», «الثالث», "III" after a name: a part of it (rules/people_cues)
    in_context: tuple[tuple[str, str, Table], ...]  # (specific role, bare role, its context words)
    body_prefixes: tuple[str, ...]  # «ل» before a body's name after a head's role
    article: str  # the definite article («ال»), which a body named again carries
    initials: frozenset[
        str
    ]  # «پی» of «پی. ناندالال ویراسینگه»: a Latin initial as Persian or Arabic writes it
    death: Table  # death verbs ("verb") and the words that part a subject from one ("block")
    death_after: re.Pattern[str] | None  # "'s funeral" right after a name
    left_as: re.Pattern[str] | None  # "resigned", "quit": a holder named "as" the role left it
    death_of: re.Pattern[str] | None  # «وفاة», "death of the" right before a role with no name
    capitals: dict[str, str]  # a capital's folded, squashed name → its country (a dispatch's dateline)
    successor: Table | None  # "replaced him with", «وعينت مكانه»: the name after them succeeds
    # a role phrase one country's office alone bears ("Secretary of State"): folded → country
    national: dict[str, str] = field(default_factory=dict)
    # nouns that say a body is a company («شركة», «شرکت»; rules/concepts ``company``), folded
    company_words: frozenset[str] = frozenset()
    # "with", «با», «مع»: a country before one is the other party's, not the role's after it
    partners: frozenset[str] = frozenset()
    # «ال»: a definite role word that may name the holder already named, the verb's subject
    # («وأمر القاضي هولمز», "the judge ordered Holmes"); empty where word order cannot say so
    referring_article: str = ""


_TIME_UNITS = ("year", "decade", "month", "week", "day")


def people_tables(rules: Rules, lang: str) -> PeopleTables:
    """The compiled tables for ``lang`` (cached)."""
    return cached(rules, lang, "people", lambda: _build(rules, lang))  # type: ignore[return-value]


_COUNTRY_WORDS = 2
_SHORT_WORD = 2  # letters


def _headed_by(role_entries: list[tuple[str, str]], spec: dict) -> list[tuple[str, str]]:
    """Role phrases of a ministry and who heads it: each minister phrase («وزير الطاقة», "energy
    minister") with the ministry's word in the minister's («وزارة الطاقة», "energy ministry"), then
    each cue («، التي يقودها», ", headed by"). The name after such a phrase holds the role."""
    minister, ministry, cues = spec.get("minister"), spec.get("ministry"), spec.get("cues") or []
    if not (minister and ministry and cues):
        return []
    word = re.compile(rf"(?<!\w){re.escape(minister)}(?!\w)", re.IGNORECASE)
    out = []
    for phrase, rid in role_entries:
        if not rid.endswith("_minister") or not word.search(phrase):
            continue
        body = word.sub(ministry, phrase, count=1)
        out.extend((body + cue, rid) for cue in cues)
    return out


def _feminine(role_entries: list[tuple[str, str]], spec: dict) -> list[tuple[str, str]]:
    """A woman's role phrases (rules/people_cues ``feminine``): the first word in the feminine
    («وزير الخارجية» → «وزيرة الخارجية»), and the words after it that agree with it, a nisba with the
    article («المستشار الألماني» → «المستشارة الألمانية») and the listed ones («الأول» → «الأولى»).
    Phrases the roles already list are not repeated."""
    heads, words = spec.get("heads") or {}, spec.get("words") or {}
    article, ending, feminine = spec.get("nisba") or ("", "", "")
    have = {p for p, _ in role_entries}
    out = []
    for phrase, rid in role_entries:
        first, *rest = phrase.split()
        if first not in heads:
            continue
        agreed = [
            words.get(w)
            or (
                w + feminine[len(ending) :] if article and w.startswith(article) and w.endswith(ending) else w
            )
            for w in rest
        ]
        for variant in {" ".join([heads[first], *rest]), " ".join([heads[first], *agreed])}:
            if variant not in have:
                have.add(variant)
                out.append((variant, rid))
    return out


def _build(rules: Rules, lang: str) -> PeopleTables:
    roles = rules.lang("roles", lang)
    countries = rules.lang("countries", lang)
    cues = rules.lang("people_cues", lang)
    role_entries = [(p, rid) for rid, e in (roles.get("roles") or {}).items() for p in e.get("phrases", [])]
    role_entries += _headed_by(role_entries, cues.get("headed_by") or {})
    role_entries += _feminine(role_entries, cues.get("feminine") or {})
    # Every country (those rules/countries lacks come from the gazetteer: «نخست‌وزیر نپال»).
    country_entries = lexicon_countries(rules, lang, ("names", "adjectives"))
    people = rules.top("people").get("people") or {}
    alias_entries = [
        (a, pid)
        for pid, p in people.items()
        for lg in _ALIAS_LANGS.get(lang, (lang,))
        for a in p["aliases"].get(lg, [])
    ]
    concepts = rules.concepts("roles").get("concepts") or {}
    blocked = {fold(w) for w in cues.get("not_name", [])}
    for phrase, _ in role_entries:
        # (an abbreviation blocks no word of a name: "Sen." is a senator, Sen a surname, as in
        # "Health Minister Samanta Lal Sen")
        if not phrase.endswith("."):
            blocked.update(w for w in _WORD.findall(fold(phrase)) if not _acronym(w, lang))
    # (a word of a country's longer name that no cue blocks may be a surname after a given name:
    # «محسن اسلامی», though «اسلامی» is a word of «جمهوری اسلامی ایران», and of roles'
    # «انقلاب اسلامی»)
    surname_words = {
        w for phrase, _ in country_entries if len(ws := _WORD.findall(fold(phrase))) > 1 for w in ws
    } - {fold(w) for w in cues.get("not_name", [])}
    # A country's words are no name's, but not every word of a long gazetteer name: «جان» (John)
    # is in «اسوالبارد و جان ماین» (Svalbard and Jan Mayen).
    for phrase, _ in country_entries:
        words = _WORD.findall(fold(phrase))
        if len(words) <= _COUNTRY_WORDS:
            # (a short word of a longer name says little: «سن» of «سن مارینو» is also Sen, a surname)
            blocked.update(
                w for w in words if (len(words) == 1 or len(w) > _SHORT_WORD) and not _acronym(w, lang)
            )
    for phrase in roles.get("honorifics") or []:
        blocked.update(_WORD.findall(fold(phrase)))
    for phrase, _ in flat(roles.get("modifiers")):
        blocked.update(_WORD.findall(fold(phrase)))
    # Words that name an occasion («التقى», «زلزال», "crashed") are never a name's. (Predicate
    # words may be: «حداد» is mourning and a surname.)
    for phrase, _ in flat(rules.lang("events", lang).get("types")):
        blocked.update(w for w in _WORD.findall(fold(phrase)) if len(w) > 3)
    # A place's head noun, one or two («محافظة», «مدينتي», «استان»), names no person in Arabic or Persian
    # script (English heads are surnames too: "Park", "Hall"; capitals tell names there).
    # (Nor, with the article, a short one: «نيكولا ساركوزي احتمال دخول السجن» runs on to no «السجن»)
    places = rules.lang("places", lang) if lang != "en" else {}
    article = fold((rules.lang("morphology", lang) or {}).get("article") or "")
    for section in ("heads", "heads_plural", "heads_dual"):
        for phrase, _ in flat(places.get(section)):
            words = _WORD.findall(fold(phrase))
            blocked.update(w for w in words if len(w) > 3)
            if article and len(words) == 1 and not words[0].startswith(article):
                blocked.add(article + words[0])
    # Weekday names ("on Saturday", «روز شنبه ناجی آغبال»): the day a name follows is no part of it.
    for names in (rules.lang("weekdays", lang).get("weekdays") or {}).values():
        for phrase in names:
            blocked.update(w for w in _WORD.findall(fold(phrase)) if len(w) > 2)
    # Number words and the units of time they count («ووزير الداخلية الأسبق، ست سنوات», «بريس
    # أورتفو سنتين»: a sentence's length after a name is no part of it). (Not in English, whose
    # names are capitalised and whose places may hold a number: "Thousand Oaks". Nor the scales:
    # «ألفين», two thousand, is Alvin too.)
    numbers = rules.lang("numbers", lang) if lang != "en" else {}
    # (and the ordinals a suffix makes of them: «او چهاردهمین رئیس‌جمهور لبنان» names no one. Not
    # Arabic's ordinal words: «ثاني» is a name's, «آل ثاني».)
    suffixes = [fold(x) for x in (numbers.get("ordinals") or {}).get("suffixes") or ()]
    for part in ("units", "teens", "tens", "hundreds"):
        for phrase, _ in flat(numbers.get(part)):
            words = [w for w in _WORD.findall(fold(phrase)) if len(w) > 2]
            blocked.update(words)
            blocked.update(w + x for w in words for x in suffixes)
    units = (rules.lang("units", lang).get("units") or {}) if lang != "en" else {}
    for unit in _TIME_UNITS:
        for part in ("phrases", "duals"):
            for phrase in (units.get(unit) or {}).get(part) or ():
                blocked.update(w for w in _WORD.findall(fold(phrase)) if len(w) > 2)
    # Words a cue uses that names use too: «الله» of «آية الله» is in «عبد الله» and «نصر الله».
    blocked -= {fold(w) for w in cues.get("name_words") or ()}
    cl = clitics(rules, lang)
    comp = roles.get("complements") or {}
    return PeopleTables(
        roles=Table.build(role_entries, cl),
        titles=Table.build([(p, rid) for rid, ps in (roles.get("titles") or {}).items() for p in ps], cl),
        countries=Table.build(country_entries, cl),
        as_written=tuple(
            (re.compile(rf"(?<![\w.]){re.escape(w)}(?![\w.])"), cc)
            for cc, e in sorted((countries.get("countries") or {}).items())
            for w in e.get("as_written") or ()
        ),
        # Right after a role only a country can stand, so names the gazetteer marks ambiguous
        # count there («رئیس‌جمهور پیشین پرو»: Peru, not "fly").
        complement_countries=Table.build(
            lexicon_countries(rules, lang, ("names", "adjectives", "after_role"), True), cl
        ),
        anaphora=Table.build([(p, "anaphora") for p in countries.get("anaphora") or []], cl),
        honorifics=Table.build([(p, "honorific") for p in roles.get("honorifics") or []], cl),
        modifiers=Table.build(flat(roles.get("modifiers")), cl),
        aliases=Table.build(alias_entries, cl),
        headers=Table.build([(p, "header") for p in cues.get("list_headers") or []], cl),
        figure_objects=frozenset(
            fold(w).strip() for w in rules.lang("events", lang).get("figure_objects") or ()
        ),
        attendance=Table.build(
            [(p, "delegation") for p in cues.get("delegation") or []] + flat(cues.get("attendance")), cl
        ),
        conjunctions=frozenset(fold(w) for w in cues.get("conjunctions") or []),
        blocked=frozenset(blocked),
        blocked_prefixes=tuple(fold(p) for p in cues.get("not_name_prefixes") or ()),
        possessed_endings=tuple(fold(p) for p in cues.get("possessed_role_endings") or ()),
        role_clitics=tuple(fold(p) for p in cues.get("role_clitics") or ()),
        body_between=_body_between(cues),
        blocked_as_written=frozenset(cues.get("not_name_as_written") or ()),
        place_verbs=frozenset(fold(w) for w in cues.get("place_object_verbs") or ()),
        bodies=frozenset(
            cc
            for cc, d in (rules.concepts("countries").get("countries") or {}).items()
            if d.get("kind") not in (None, "country")
        ),
        blocked_shapes=tuple(
            (
                fold(x.get("starts") or ""),
                tuple(fold(e) for e in x.get("ends") or [""]),
                int(x["min_letters"]),
            )
            for x in cues.get("not_name_shapes") or ()
        ),
        owners=frozenset(squash(fold(w)) for w in cues.get("owners") or []),
        partners=frozenset(fold(w) for w in cues.get("partners") or []),
        referring_article=fold(cues.get("referring_article") or ""),
        person_country={pid: p.get("country") for pid, p in people.items() if p.get("country")},
        exclusive={rid: bool(c.get("exclusive")) for rid, c in concepts.items()},
        clitics=cl,
        offices={
            pid: tuple((o.get("country"), o["role"]) for o in p.get("offices") or [])
            for pid, p in people.items()
        },
        linkers=frozenset(fold(w) for w in comp.get("linkers") or []),
        on_behalf=tuple(fold(w) for w in comp.get("on_behalf") or []),
        prefixes="".join(fold(w) for w in comp.get("prefixes") or []),
        institutions=frozenset(fold(w) for w in comp.get("institutions") or []),
        deputy=Table.build([(p, "deputy") for p in comp.get("deputy") or []], cl),
        scope_kind={rid: c["scope"] for rid, c in concepts.items() if c.get("scope")},
        needs_scope=frozenset(rid for rid, c in concepts.items() if c.get("needs_scope")),
        heads_roles=frozenset(rid for rid, c in concepts.items() if c.get("heads")),
        possessives=frozenset(fold(w) for w in cues.get("possessives") or ()),
        era_words=frozenset(fold(w) for w in cues.get("era_words") or ()),
        patronyms=_patronyms(rules),
        name_particles=_patronyms(rules)
        | frozenset(fold(w) for w in rules.top("transliteration").get("family_particles") or ()),
        compound_openers=frozenset(
            fold(w) for w in rules.top("transliteration").get("compound_openers") or ()
        ),
        given_names=frozenset(fold(w) for w in cues.get("given_names") or ()),
        surname_words=frozenset(surname_words),
        clause_verbs=phrases_rx(cues.get("clause_verbs"), r"[ \t]+(?:%s)(?!\w)"),
        place_tails=frozenset(
            fold(w)
            for kind in ("province", "district")
            for w in (rules.lang("places", lang).get("heads_after") or {}).get(kind) or ()
            if " " not in w
        ),
        deputy_role=_deputy_roles(concepts),
        deputy_last=frozenset(
            _WORD.findall(fold(p))[-1] for p in comp.get("deputy") or [] if _WORD.findall(fold(p))
        ),
        deputy_ids=frozenset(rid for rid, c in concepts.items() if c.get("deputy_of")),
        compass=frozenset(fold(w) for w in comp.get("compass") or []),
        locatives=frozenset(fold(w) for w in comp.get("locatives") or []),
        compass_rx=_any_word([fold(w) for w in comp.get("compass") or []]),
        title_roles=frozenset(rid for rid, c in concepts.items() if c.get("title")),
        phrase_words=frozenset(
            w for phrase, _ in role_entries + country_entries for w in _WORD.findall(fold(phrase))
        ),
        single_aliases=_surname_aliases(rules, alias_entries),
        alias_words=_alias_words(alias_entries),
        death=Table.build(
            [(p, "verb") for p in (cues.get("death") or {}).get("verbs") or []]
            + [(p, "block") for p in (cues.get("death") or {}).get("not_between") or []],
            cl,
        ),
        death_after=phrases_rx((cues.get("death") or {}).get("after"), r"\s*(?:%s)(?!\w)"),
        left_as=phrases_rx(cues.get("left_as"), r"(?<!\w)(?:%s)(?!\w)"),
        successor=Table.build(
            [(p, "after") for p in cues.get("successor") or ()]
            + [(p, "before") for p in cues.get("successor_before") or ()],
            cl,
        )
        if cues.get("successor") or cues.get("successor_before")
        else None,
        capitals={squash(fold(p).strip()): cc for p, cc in lexicon_countries(rules, lang, ("capitals",))},
        death_of=phrases_rx((cues.get("death") or {}).get("of"), r"(?<!\w)(?:%s)\s*"),
        in_context=tuple(
            (specific, v["role"], Table.build([(w, "context") for w in v["words"]], cl))
            for specific, v in sorted((cues.get("in_context") or {}).items())
        ),
        initials=frozenset(fold(w) for w in cues.get("initials") or ()),
        body_prefixes=tuple(
            sorted((fold(w) for w in cues.get("body_after_role") or ()), key=len, reverse=True)
        ),
        article=fold(rules.lang("morphology", lang).get("article") or ""),
        regnal=frozenset(
            fold(w) for forms in (cues.get("regnal") or {}).values() for w in forms if " " not in w
        ),
        national={
            squash(fold(p).strip()): cc for cc, ps in (roles.get("national") or {}).items() for p in ps
        },
        company_words=frozenset(
            squash(fold(p)) for p in (rules.lang("concepts", lang).get("concepts") or {}).get("company") or ()
        ),
    )


def _acronym(word: str, lang: str) -> bool:
    """A folded English word of two letters or one in a role's or a country's phrase: an acronym
    there ("UN", "MP"), written in capitals, which blocks no name's word: "Un" and "Mi" are
    syllables of Korean names ("Kim Jong Un"). English function words are ``not_name`` anyway."""
    return lang == "en" and len(word) <= 2


def _patronyms(rules: Rules) -> frozenset[str]:
    return frozenset(fold(w) for w in rules.top("transliteration").get("patronyms") or ())


def _surname_aliases(rules: Rules, alias_entries) -> frozenset[str]:
    """Aliases that stand for a surname: one word («الشرع», "Sharaa"), or a patronymic particle
    and one word («بن سلمان», "bin Salman"): inside a longer unknown name they name someone else
    («عبدالعزيز بن سلمان» is not Mohammed bin Salman)."""
    particles = {fold(str(w)) for w in rules.top("transliteration").get("join_next") or ()}
    out = set()
    for a, _ in alias_entries:
        words = fold(a).split()
        if len(words) == 1 or (len(words) == 2 and words[0] in particles):
            out.add(" ".join(words))
    return frozenset(out)


def _any_word(words: list[str]) -> re.Pattern[str] | None:
    """One pattern that finds any of ``words`` as a whole word (None for no words)."""
    if not words:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
    )


def _deputy_roles(concepts: dict) -> dict[str, str]:
    """role → the role of its deputy («معاون» + وزیر خارجه → deputy_foreign_minister)."""
    out: dict[str, str] = {}
    for rid, c in sorted(concepts.items()):
        if c.get("deputy_of") and not rid.startswith("first_"):
            out.setdefault(c["deputy_of"], rid)
    for rid, c in concepts.items():
        if rid.endswith("_minister") and rid not in out and not c.get("deputy_of"):
            out[rid] = "deputy_minister"
    return out


def _alias_words(alias_entries: list[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """person → every word of their many-word aliases («احمد», «شرع»): a given name beside a
    one-word alias («احمد حسین الشرع») shows the alias is theirs."""
    out: dict[str, set[str]] = {}
    for a, pid in alias_entries:
        words = _WORD.findall(fold(a))
        if len(words) > 1:
            out.setdefault(pid, set()).update(words)
    return {pid: frozenset(ws) for pid, ws in out.items()}


def _body_between(cues: dict) -> re.Pattern[str] | None:
    """A body's noun (``body_nouns``) and its name after a role, before the holder's name: the name
    in quotes, or one to three definite words, and a definite adjective after a quoted one («حزب
    "مورينا" الحاكم», «تحالف المعارضة»). After a noun without its article the definite words may
    follow one bare word, a chain of nouns that the first definite one closes («حركة مجتمع السلم»,
    «حزب جبهة التحرير الوطني»), also when the role's complement took the noun in (it ends the
    match's lookbehind). ``body_article`` marks a definite word. A quoted name is as
    long as ``people._QUOTED_AFTER`` allows one right after a role."""
    nouns = cues.get("body_nouns")
    article = fold(cues.get("body_article") or "")
    if not nouns or not article:
        return None
    body = "|".join(sorted((re.escape(fold(n)) for n in nouns), key=len, reverse=True))
    definite = rf"{re.escape(article)}[^\W\d_]+"
    # (the noun with its article too, «مرشحة الحزب الحاكم»; and a quoted name alone, its noun
    # read into the role's complement: «رئيس حزب» + «"مورينا" الحاكم»)
    noun = rf"(?:{re.escape(article)})?(?:{body})"
    bare = f"(?:{body})"  # (a noun with no article stands in a chain: «حركة مجتمع …»; «الحزب عبد …» not)
    chain = rf"(?:[^\W\d_]+\s+)?{definite}(?:\s+{definite}){{0,2}}"
    taken = "|".join(rf"(?<=\s{re.escape(fold(n))})" for n in nouns)  # (each lookbehind of one width)
    quoted = r'(?:\s+"[^"\n]{2,60}")?'  # (the body's own name after its words: «تحالف المعارضة "…"»)
    return re.compile(
        rf'\s*(?:(?:{noun})\s+)?"[^"\n]{{2,60}}"(?:\s+{definite})?'
        rf"|\s*{re.escape(article)}{bare}\s+{definite}(?:\s+{definite}){{0,2}}{quoted}"
        rf"|\s*{bare}\s+{chain}{quoted}"
        rf"|(?:{taken})\s+{chain}{quoted}"
    )
