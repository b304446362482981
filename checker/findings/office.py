"""CF01 office-holder conflict and AG01 office-holder agreement.

Key: (country, role) → person, for roles one person holds at a time (an occasion's own offices,
such as a match's referee, are keyed on the event instead). Two different people
named for one office is a conflict: an **error** when two reports of one event disagree or the
articles are contemporary; a **warning** when the articles' dates explain it (a later
office-holder), with which article is older and by how much.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz

from checker.align.context import Context
from checker.align.geo import place_name, same_unlisted, spelled_key, spelled_places
from checker.align.names import NameMatcher, matcher_of
from checker.align.places import gazetteer
from checker.findings.base import (
    agreement_finding,
    dead_entities,
    linked_groups,
    make_finding,
    value_entry,
    years_between,
)
from checker.findings.wording import articles_text
from checker.model import Claim, Finding
from checker.normalize.keys import raw_tokens
from checker.normalize.translit import skeleton_tokens
from checker.rules import LANGS

CODE, AGREE = "CF01", "AG01"
# A former, acting, designate or deputy holder does not hold the office itself, nor does one named
# in a period that closed in an earlier year (extract/people ``_past_terms``).
# (nor a region's: "regional President Nechirvan Barzani" holds no office of Iraq's)
_NOT_HOLDER = {"former", "late", "acting", "designate", "deputy", "past", "regional"}


def _offices(ctx: Context) -> tuple[dict[tuple[str, str], dict[str, list[Claim]]], set[str]]:
    """Holders by office: (country, role) for a country's offices; (``at-`` and the place, role) for
    the offices one person holds in a place ("Maryland Governor Wes Moore", «عمدة بالتيمور»),
    which a country has many of. Also the ids of the holders whose place was inferred."""
    concepts = ctx.rules.concepts("roles").get("concepts") or {}
    exclusive = {k for k, v in concepts.items() if v.get("exclusive")}
    local = {k for k, v in concepts.items() if v.get("scope") == "place" and not v.get("exclusive")}
    provincial = {k for k, v in concepts.items() if v.get("province_office")}
    heads = {k for k, v in concepts.items() if v.get("heads")}
    bodies = ctx.rules.concepts("organizations").get("organizations") or {}
    keys: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    loose: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # (event, role) → unplaced holders
    # (nor is one a report says another was put in the place of: "replaced him with Jeremy Hunt")
    dead = dead_entities(ctx, frozenset({"replaced"}))
    types = {e.id: e.type for e in ctx.events}
    for c in ctx.claims:
        v = c.value
        if c.type != "person_role" or _NOT_HOLDER & set(v.get("modifiers") or []):
            continue
        if ctx.entities.entity(c) in dead:
            continue
        place = (v.get("scope") or {}).get("place")
        org = (v.get("scope") or {}).get("org")
        role = v["role"]
        if concepts.get(role, {}).get("per_event"):
            # (an occasion's own office, whatever the holder's country: a match's referee; an
            # occasion of another type has none, «الحكم» of a court being its ruling)
            kinds = concepts[role].get("event_types")
            if c.article not in ctx.event_of or (kinds and types.get(ctx.event_of[c.article]) not in kinds):
                continue
            where = _EVENT + ctx.event_of[c.article]
        elif (
            role in heads and org in bodies and bodies[org].get("head_office") and bodies[org].get("country")
        ):
            # (the head of a body whose head holds an office of its country: «رئیس کل بانک
            # المغرب» is Morocco's central bank governor, as "Governor" in a report of its rates)
            where, role = bodies[org]["country"], bodies[org]["head_office"]
        elif role in heads and org in bodies:
            # The head of a listed body, whatever the word ("WHO Director-General", «رئیس سازمان
            # جهانی بهداشت»); a party's, company's or armed group's chair and its leader, chief
            # executive or commander are two offices, so there the word stays part of the key.
            where = _BODY + org
            role = role if bodies[org].get("kind") in _SEVERAL_HEADS else _HEAD
        elif v["role"] in exclusive and concepts[v["role"]].get("org") in bodies:
            # (the UN's secretary-general is the UN's, whichever country's report names him; the
            # word is the key, as a body with several heads keeps it)
            where = _BODY + concepts[v["role"]]["org"]
        elif v["role"] in exclusive and place and (v.get("scope") or {}).get("kind") == "place":
            where = _LOCAL + spelled_key(ctx.rules, place).replace("?:", _SKELETON)  # ("Ontario Premier")
        elif v["role"] in exclusive and v.get("country"):
            where = v["country"]
        elif v["role"] in local and place:
            city = _city_of(ctx, concepts[v["role"]], place)
            where = _LOCAL + spelled_key(ctx.rules, city).replace("?:", _SKELETON)
        elif role in heads and (body := unlisted_body(ctx, v.get("scope") or {})):
            # the head of a body no lexicon lists ("Boeing Chief Executive", «مدیرعامل
            # بوئینگ»), by its name's skeleton, the same in every script
            where = _BODY + _SKELETON + body
        else:
            # (a country's office with no country and nothing else that scopes it: not "UAW
            # president Shawn Fain", a body's head, nor a body's own office)
            national = v["role"] in exclusive and not (v.get("scope") or concepts[v["role"]].get("org"))
            if (v["role"] in local or national) and c.article in ctx.event_of:
                loose[(ctx.event_of[c.article], v["role"])].append(c)
            continue
        eid = ctx.entities.entity(c)
        if eid:
            keys[(where, role)][eid].append(c)
    _one_holder_per_article(keys)
    _succeeded(ctx, keys)
    _inferred_beside_written(keys)
    _named_short(ctx, keys)
    out = _one_place(keys)
    _join_the_one_office(ctx, out, _BODY + _SKELETON, heads, dead)
    _drop_from_countries(out, _join_the_one_office(ctx, out, _LOCAL, exclusive, dead))
    inferred = _place_the_unplaced(ctx, out, loose, provincial)
    _named_long(ctx, out)  # (once the offices are joined: the run may have swallowed the place)
    _alone_beside_another(ctx, out)
    return out, inferred


def _named_short(ctx: Context, keys: dict[tuple[str, str], dict[str, list[Claim]]]) -> None:
    """A holder named by one word that is the first or the last word of exactly one other holder's
    name in the same office is that holder, named short («الجنرال بارك» and "General Park An-su":
    a Korean surname comes first). (Across the corpus a surname alone may be many people's: only
    within one office is it one.)"""

    def shorter(one: list[str], other: list[str]) -> bool:
        return (
            len(one) == 1 and len(one[0]) >= _SHORT_MIN and len(other) > 1 and one[0] in (other[0], other[-1])
        )

    _merge_named(ctx, keys, shorter)


_SHORT_MIN = 3  # consonants a one-word name needs to stand for a fuller one («بارك»: brk)


def _named_long(ctx: Context, keys: dict[tuple[str, str], dict[str, list[Claim]]]) -> None:
    """A holder whose name runs on past another holder's whole name in the same office, that name
    standing in it word for word, is that holder: the words around it were read into the name
    where no capital letter ends it («رئيس أساقفة كانتربري جاستن ويلبي تاج القديس»: the see before
    it, the crown after it, against "Justin Welby"). Only one such holder takes it, and neither is a
    known person: «علی محمود عباس», Syria's Ali Mahmoud Abbas, holds Mahmoud Abbas's name in a row."""
    matcher = matcher_of(ctx.rules)

    def longer(run: list[str], name: list[str]) -> bool:
        return 2 <= len(name) < len(run) and _stands_in(matcher, name, run)

    _merge_named(ctx, keys, longer, ctx.entities.known)


def _merge_named(
    ctx: Context,
    keys: dict[tuple[str, str], dict[str, list[Claim]]],
    names: Callable[[list[str], list[str]], bool],
    known: set[str] | frozenset[str] = frozenset(),
) -> None:
    """Each holder of an office whose name's skeletons ``names`` exactly one other holder's do
    (``names(its, other)``) is that other holder: its claims join the other's. Holders in ``known``
    are left as they are."""
    for by_entity in keys.values():
        if len(by_entity) < 2:
            continue
        skels = {
            eid: skeleton_tokens(raw_tokens(ctx.entities.display.get(eid, eid)), ctx.rules)
            for eid in by_entity
        }
        for eid in sorted(by_entity):
            if eid in known:
                continue
            other = [o for o, sk in sorted(skels.items()) if o != eid and names(skels[eid], sk)]
            if len(other) == 1 and other[0] in by_entity and other[0] not in known:
                by_entity[other[0]].extend(by_entity.pop(eid))


def _alone_beside_another(ctx: Context, keys: dict[tuple[str, str], dict[str, list[Claim]]]) -> None:
    """An Arabic name written before its role with no comma, that no lexicon lists and only one
    article gives, beside a second holder of the office that other articles name too, is words
    read into a name: Arabic puts the verb there («وعقب المراسم عاد الملك», "after the ceremony
    returned the king"). The other reports meet the holder they share; the lone name conflicts
    with nothing. (A name after its role, or a known person, is a claim: one report's "economy
    minister Sergio Massa" beside the Caputo the others name may be a changed mention, and so may
    "President Medvedev".)"""
    for holders in keys.values():
        if len(holders) < 2:
            continue
        named = _named_by_article(holders)
        shared = {eid for eid, cs in holders.items() if len({c.article for c in cs}) > 1}
        for eid in sorted(holders):
            claims = holders[eid]
            articles = {c.article for c in claims}
            if (
                eid not in ctx.entities.known
                and len(articles) == 1
                and eid not in shared
                and named[next(iter(articles))] & shared
                and all(_verb_before_role(ctx, c) for c in claims)
            ):
                del holders[eid]


def _verb_before_role(ctx: Context, c: Claim) -> bool:
    """An Arabic claim whose name stands right before its role, no comma between."""
    name = c.value.get("name") or ""
    x = ctx.extractions.get(c.article)
    return (
        x is not None
        and x.article.language == "ar"
        and bool(name)
        and c.text.startswith(name)
        and not c.text[len(name) :].lstrip().startswith(("،", ","))
    )


def _stands_in(matcher: NameMatcher, name: list[str], run: list[str]) -> bool:
    """Some words of ``run`` in a row are ``name`` (by skeletons, in any script)."""
    n = len(name)
    return any(
        matcher.skeleton_score(run[i : i + n], name) >= matcher.surname_min for i in range(len(run) - n + 1)
    )


def _city_of(ctx: Context, concept: dict, place: str) -> str:
    """A town's office named with its province's name ("New York Fire Commissioner", the state's
    name in the gazetteer) is the office of the province's capital, as «رئیس آتش‌نشانی نیویورک» says."""
    entry = gazetteer(ctx.rules).get(place) if concept.get("municipal") else None
    if entry and entry.get("kind") == "province" and entry.get("capital"):
        return entry["capital"]
    return place


def _one_holder_per_article(keys: dict[tuple[str, str], dict[str, list[Claim]]]) -> None:
    """An occasion's own office that one article gives two holders is of two occasions the article
    tells of ("Justice Arthur Engoron … ruled", then "Justice Juan Merchan had set April 15 for …
    a separate hush-money case"): that article's holders key none of it."""
    for (where, _role), holders in keys.items():
        if not where.startswith(_EVENT):
            continue
        named = _named_by_article(holders)
        several = {a for a, eids in named.items() if len(eids) > 1}
        for eid in list(holders):
            holders[eid] = [c for c in holders[eid] if c.article not in several]
            if not holders[eid]:
                del holders[eid]


def _named_by_article(holders: dict[str, list[Claim]]) -> dict[str, set[str]]:
    """Article → the holders of one office it names."""
    named: dict[str, set[str]] = defaultdict(set)
    for eid, cs in holders.items():
        for c in cs:
            named[c.article].add(eid)
    return named


def _succeeded(ctx: Context, keys: dict[tuple[str, str], dict[str, list[Claim]]]) -> None:
    """A holder whom every report that names him names beside another holder of the office is told
    as one of two in turn ("who beat Peronist economy minister Sergio Massa in a runoff on Nov. 19"
    in reports of Economy Minister Luis Caputo's first steps): no report puts him there instead of
    the other, so he keys no conflict. Two reports at least must tell it so: one report that names
    another holder once among its mentions of the holder may have changed one. (A report that names
    one holder alone still conflicts.)"""
    formerly: dict[str, set[str]] = defaultdict(set)  # holder → the reports that call him former
    # (in a report of an office passed on, a resignation or a dismissal, one report tells it so:
    # «اورجیت پاتل کنار رفت؛ شاکتیکانتا داس رئیس بانک مرکزی هند شد»)
    types = ctx.rules.concepts("events").get("types") or {}
    handed = {
        aid
        for aid, x in ctx.extractions.items()
        if any(m.main and (types.get(m.type) or {}).get("hands_over") for m in x.mentions)
    }
    for c in ctx.claims:
        if (
            c.type == "person_role"
            and "former" in (c.value.get("modifiers") or ())
            and (eid := ctx.entities.entity(c))
        ):
            formerly[eid].add(c.article)
    for holders in keys.values():
        if len(holders) < 2:
            continue
        named = _named_by_article(holders)
        # (the holder named beside him must be named alone somewhere: the one in office now; a report
        # that calls him former tells it too, «سرخیو ماسا، وزیر اقتصاد دولت پیشین»)
        alone = {eid for eid, cs in holders.items() if any(named[c.article] == {eid} for c in cs)}
        told = [
            eid
            for eid, cs in holders.items()
            if eid not in alone
            and (
                len({c.article for c in cs} | formerly.get(eid, set())) >= _TOLD_BY
                or {c.article for c in cs} <= handed
            )
            and all(named[c.article] & alone for c in cs)
        ]
        for eid in told:
            del holders[eid]


_TOLD_BY = 2  # reports that name a predecessor beside the holder

# Where a holder's country came from the text around the role, not from the role's own words.
_INFERRED = frozenset({"article", "sentence", "places"})


def _inferred_beside_written(keys: dict[tuple[str, str], dict[str, list[Claim]]]) -> None:
    """A holder whose country an article only infers, where the same article writes that country's
    office out for another holder ("Iraqi Prime Minister Mohammed Shia al-Sudani", then, in Erbil,
    "Prime Minister Masrour Barzani"): the inferred one is some other body's, not the country's."""
    for holders in keys.values():
        if len(holders) < 2:
            continue
        written = defaultdict(set)
        for eid, cs in holders.items():
            for c in cs:
                if c.value.get("country_source") not in _INFERRED:
                    written[c.article].add(eid)
        for eid in list(holders):
            holders[eid] = [
                c
                for c in holders[eid]
                if c.value.get("country_source") not in _INFERRED or not written[c.article] - {eid}
            ]
            if not holders[eid]:
                del holders[eid]


def unlisted_body(ctx: Context, scope: dict) -> str | None:
    """The skeleton of an unlisted body's name, its generic words («شركة», "company") left out;
    None when too short to tell bodies apart."""
    if scope.get("kind") != "organization" or scope.get("org") or not scope.get("text"):
        return None
    generic = _generic_body_words(ctx.rules)
    words = [w for w in raw_tokens(scope["text"]) if w not in generic]
    # (word by word: «منظمة الطوارئ» is no first word of «منظمة الطيران المدني», though "tr" opens "trn")
    skels = [sk for sk in skeleton_tokens(words, ctx.rules) if sk]
    return _WORD_JOIN.join(skels) if len("".join(skels)) >= _BODY_SKELETON_MIN else None


def _generic_body_words(rules) -> frozenset[str]:
    """Words that say what kind of body it is (rules/concepts ``company``), also behind a
    proclitic a head's role puts before a body (rules/people_cues ``body_after_role``: «لشركة»)."""
    out: set[str] = set()
    for lang in LANGS:
        words = {
            w
            for phrase in (rules.lang("concepts", lang).get("concepts") or {}).get("company") or ()
            for w in raw_tokens(phrase)
        }
        clitics = [p for p in rules.lang("people_cues", lang).get("body_after_role") or () if raw_tokens(p)]
        out |= words | {c + w for c in clitics for w in words}
    return frozenset(out)


def _join_the_one_office(
    ctx: Context, offices: dict, prefix: str, roles: set[str], dead: set[str]
) -> set[str]:
    """A holder named without what other reports key the office on ("Chief Executive Dave
    Calhoun" beside "Boeing Chief Executive Dave Calhoun"; "Attorney General Letitia James" beside
    "New York Attorney General Letitia James") holds that office in this report too, when those
    reports give exactly one (offices keyed under ``prefix``). A country read from the article's
    other places says nothing against it; one the text gives does. The ids of the claims joined."""
    held: dict[tuple[str, str], set[str]] = defaultdict(set)  # (entity, role) → offices
    for (where, role), by_entity in offices.items():
        if where.startswith(prefix) and role in roles:
            for eid in by_entity:
                held[(eid, role)].add(where)
    joined: set[str] = set()
    for c in ctx.claims:
        v = c.value
        if (
            c.type != "person_role"
            or v["role"] not in roles
            or v.get("scope")
            or v.get("country_source") == "text"
            or _NOT_HOLDER & set(v.get("modifiers") or [])
        ):
            continue
        eid = ctx.entities.entity(c)
        found = held.get((eid, v["role"]), set())
        if eid and eid not in dead and len(found) == 1:
            offices[(next(iter(found)), v["role"])][eid].append(c)
            joined.add(c.id)
    return joined


def _drop_from_countries(offices: dict, joined: set[str]) -> None:
    """Claims that joined a province's office hold no country's office of that name too."""
    for key in [k for k in offices if not k[0].startswith((_LOCAL, _BODY))]:
        for eid in list(offices[key]):
            kept = [c for c in offices[key][eid] if c.id not in joined]
            if kept:
                offices[key][eid] = kept
            else:
                del offices[key][eid]
        if not offices[key]:
            del offices[key]


def _place_the_unplaced(
    ctx: Context, offices: dict, loose: dict[tuple[str, str], list[Claim]], provincial: set[str]
) -> set[str]:
    """ "Governor Josh Green", with no place, in a report of an event whose other reports name one
    governor's place («جاش گرین، فرماندار هاوایی»): that place's governor. So too a country's office
    named with no country ("Transportation Secretary Pete Buttigieg") where the event's other reports
    name that office of one country only. Only when the event's reports place that office in exactly
    one place or country; the finding then says the place was inferred.
    A province's office that no report places ("Chief Minister M.K. Stalin") is the office of
    the province the event happened in, when the event is placed in one."""
    inferred: set[str] = set()
    for (event, role), claims in sorted(loose.items()):
        places = {
            where
            for (where, r), by_entity in offices.items()
            if r == role
            and (where.startswith(_LOCAL) or _is_country(where))
            and any(ctx.event_of.get(c.article) == event for cs in by_entity.values() for c in cs)
        }
        if not places and role in provincial:
            province = _event_province(ctx, event)
            places = (
                {_LOCAL + spelled_key(ctx.rules, province).replace("?:", _SKELETON)} if province else places
            )
        if len(places) != 1:
            continue
        where = places.pop()
        # (a report that names two holders of the role names two places' holders, whatever its
        # other places: "Miami-Dade County Mayor Daniella Levine Cava" and "Mayor Charles Burkett")
        named: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            named[c.article].add(ctx.entities.entity(c) or "")
        for eid, cs in offices.get((where, role), {}).items():
            for c in cs:
                named[c.article].add(eid)
        for c in claims:
            eid = ctx.entities.entity(c)
            if eid and not named[c.article] - {eid, ""}:
                offices.setdefault((where, role), defaultdict(list))[eid].append(c)
                inferred.add(c.id)
    return inferred


def _is_country(where: str) -> bool:
    """An office key's holder is a country's (an ISO code), not a place's, a body's or an occasion's."""
    return not where.startswith((_LOCAL, _EVENT, _BODY))


def _event_province(ctx: Context, event: str) -> str | None:
    """The one province (or state) its reports place an event in: a place they give, or the
    province that holds it (a district the gazetteer lacks is passed over for the state named
    beside it)."""
    ev = next((e for e in ctx.events if e.id == event), None)
    if ev is None:
        return None
    gaz = gazetteer(ctx.rules)
    mentions = set(ev.mentions)
    provinces = {
        next((p for p in (place, *gaz.ancestors(place)) if gaz.kind(p) == "province"), None)
        for a in ev.articles
        for m in ctx.extractions[a].mentions
        if m.id in mentions
        for place in m.places
        if gaz.get(place) is not None
    } - {None}
    return provinces.pop() if len(provinces) == 1 else None


def _one_place(keys: dict) -> dict:
    """Offices of one place whose name two scripts skeleton a little differently ("Los Angeles"
    ``lsngls``, «لس‌آنجلس» ``lsnjls``) are one office: merged into the first key in order."""
    out: dict = {}
    for where, role in sorted(keys):
        skel = next((p for p in (_LOCAL + _SKELETON, _BODY + _SKELETON) if where.startswith(p)), None)
        if skel:
            same = next(
                (
                    k
                    for k in out
                    if k[1] == role
                    and k[0].startswith(skel)
                    and _same_named(skel, k[0][len(skel) :], where[len(skel) :])
                ),
                None,
            )
            if same is not None:
                for eid, cs in keys[(where, role)].items():
                    out[same][eid].extend(cs)
                continue
        out[(where, role)] = keys[(where, role)]
    return out


def _same_named(kind: str, a: str, b: str) -> bool:
    """Two skeleton keys of one place or body: a body's name spelt alike, or of two words or more
    that open the longer name word by word (each word alike: «منظمة الطوارئ» does not open
    «منظمة الطيران المدني», though "tr" opens "trn"); a place's as ``same_unlisted`` has it."""
    if kind != _BODY + _SKELETON:
        return same_unlisted("?:" + a, "?:" + b)
    if fuzz.ratio(a.replace(_WORD_JOIN, ""), b.replace(_WORD_JOIN, "")) >= _SAME_WORD:
        return True  # ("CrowdStrike", «كراود سترايك»: one name, spelt as one word or two)
    x, y = sorted((a.split(_WORD_JOIN), b.split(_WORD_JOIN)), key=len)
    return (
        len(x) >= _PREFIX_WORDS
        and len("".join(x)) >= _WORD_SKELETON_MIN
        and all(
            u == v or (min(len(u), len(v)) >= _WORD_SKELETON_MIN and fuzz.ratio(u, v) >= _SAME_WORD)
            for u, v in zip(x, y, strict=False)
        )
    )


_WORD_JOIN = "."  # between the skeletons of an unlisted body's words
_WORD_SKELETON_MIN = 4  # consonants of a word's skeleton that may be spelt a little differently
_SAME_WORD = 80
_PREFIX_WORDS = 2  # words of a body's name that may open a longer name of it ("Emergency Organization" no)
_LOCAL = "at-"  # an office of a place, not of a country
_EVENT = "event-"  # an occasion's office (rules/roles ``per_event``)
_BODY = "org-"  # the head of an organization of rules/organizations
_HEAD = "head_of_organization"
_SEVERAL_HEADS = frozenset({"party", "company", "armed_group"})
_BODY_SKELETON_MIN = 3  # consonants an unlisted body's name needs to tell bodies apart ("Boeing": bng)
_SKELETON = "~"  # … named by its skeleton (``places_unlisted.place_key``), not by a gazetteer id


def _label(ctx: Context, country: str, role: str, claims=()) -> str:
    concept = (ctx.rules.concepts("roles").get("concepts") or {}).get(role, {})
    rn = concept.get("display", role)
    if country.startswith(_EVENT):
        ev = next((e for e in ctx.events if e.id == country[len(_EVENT) :]), None)
        kind = ((ctx.rules.concepts("events").get("types") or {}).get(ev.type) or {}) if ev else {}
        when = f" of {ev.date}" if ev is not None and ev.date else ""
        return f"{rn} of the {kind.get('display', 'event')}{when}"
    if concept.get("org") and country == _BODY + concept["org"]:
        return rn  # ("UN humanitarian chief": the office names its body)
    if country.startswith(_BODY + _SKELETON):
        names = sorted(
            {(c.value.get("scope") or {}).get("text") or "" for c in claims} - {""},
            key=lambda t: (not t.isascii(), t),
        )
        return f"{names[0] if names else country[len(_BODY) + 1 :]}'s {rn}"
    if country.startswith(_BODY):
        org = (ctx.rules.concepts("organizations").get("organizations") or {}).get(
            country[len(_BODY) :]
        ) or {}
        return f"{org.get('display', country[len(_BODY) :])}'s {'head' if role == _HEAD else rn}"
    if country.startswith(_LOCAL) and not country.startswith(_LOCAL + _SKELETON):
        return f"{place_name(ctx.rules, country[len(_LOCAL) :])}'s {rn}"  # (a listed place, by its name)
    if country.startswith(_LOCAL):
        # (the place as the first report names it, Latin script first)
        names = sorted(
            {(c.value.get("scope") or {}).get("text") or "" for c in claims} - {""},
            key=lambda t: (not t.isascii(), t),
        )
        return f"{names[0] if names else _spelled_name(ctx, country[len(_LOCAL) :])}'s {rn}"
    cn = (ctx.rules.concepts("countries").get("countries") or {}).get(country, {}).get("display", country)
    return f"{cn}'s {rn}"


def _spelled_name(ctx: Context, where: str) -> str:
    """The name of the listed place a skeleton key was made from (an office placed by inference,
    which no claim names: "Tamil Nadu's chief minister")."""
    key = "?:" + where[len(_SKELETON) :]
    pid = next(iter(spelled_places(ctx.rules, key)), None)
    return place_name(ctx.rules, pid or key)


def run(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    offices, inferred = _offices(ctx)
    for (country, role), by_entity in sorted(offices.items()):
        key = f"office:{country}:{role}"
        label = _label(ctx, country, role, [c for cs in by_entity.values() for c in cs])
        values = [
            value_entry(ctx, eid, ctx.entities.display.get(eid, eid), cs)
            for eid, cs in sorted(by_entity.items())
        ]
        for v in values:
            if len(v["articles"]) >= 2:
                message = f"{label}: {v['display']} in {len(v['articles'])} articles ({articles_text(v['articles'])})"
                why = f"Every one of these articles names {v['display']} as {label}"
                out.append(agreement_finding(ctx, AGREE, key, message, why, v))
        if len(values) > 1 and not _years_apart(ctx, values):
            found = _conflict(ctx, key, label, values)
            if any(all(c in inferred for c in v["claims"]) for v in values):
                # (a side placed only by inference: a possible conflict, and it says so)
                found = replace(
                    found,
                    severity="warning",
                    explanation=found.explanation
                    + " The place of some of these holders is not named in their articles: it is read"
                    " from the other reports of the same event.",
                )
            out.append(found)
    office_of = {
        c.id: office for office, by_entity in offices.items() for cs in by_entity.values() for c in cs
    }
    return [*out, *_parallel(ctx, office_of), *_odd_holder(ctx, office_of)]


def _parallel(ctx: Context, office_of: dict[str, tuple[str, str]]) -> list[Finding]:
    """One possible conflict per group of role claims that parallel sentences pair (see
    ``align.parallel._person_pair``): one role, told in one sentence by each report, held by two
    different people. Two claims one office key holds are compared by it already (a company's
    chief executive, a see's archbishop)."""
    roles = ctx.rules.concepts("roles").get("concepts") or {}
    # (not an occupation: many are journalists at once, and a name read short across scripts, «یان
    # کوچیاک» for "Ján Kuciak", is no other journalist)
    pairs = [
        (c, d)
        for c, d in ctx.parallel_people
        if (office_of.get(c.id) is None or office_of.get(c.id) != office_of.get(d.id))
        and (roles.get(c.value.get("role")) or {}).get("kind") != "occupation"
    ]
    out = []
    for members in linked_groups(pairs):
        by_entity: dict[str, list[Claim]] = defaultdict(list)
        for c in members:
            eid = ctx.entities.entity(c)
            if eid:
                by_entity[eid].append(c)
        if len(by_entity) < 2:
            continue
        role = members[0].value["role"]
        label = (roles.get(role) or {}).get("display", role)
        values = [
            value_entry(ctx, eid, ctx.entities.display.get(eid, eid), cs)
            for eid, cs in sorted(by_entity.items())
        ]
        out.append(
            _possible(
                f"role:{role}:parallel:{'|'.join(sorted(by_entity))}",
                f"reports tell one fact in parallel sentences but name a different {label}",
                "Each sentence is the other's best match (they share names, dates or figures, and differ on "
                f"this person alone), and each names its person as {label}: check who held the role.",
                values,
            )
        )
    return out


def _odd_holder(ctx: Context, office_of: dict[str, tuple[str, str]]) -> list[Finding]:
    """One possible conflict per role of one country or body, in one event's reports, that several
    reports give to one person and a single other report to another, when the role is one many may
    hold at once (no office key compares its holders) and neither side's reports name the other
    person at all: "US climate envoy John Kerry" in two reports, "US climate envoy Todd Stern" in a
    third. Two holders in one report, names that share a word (one person named short), articles a
    year apart, and holders parallel sentences already pair are left alone."""
    roles = ctx.rules.concepts("roles").get("concepts") or {}
    paired = {c.id for pair in ctx.parallel_people for c in pair}
    named: dict[str, set[str]] = defaultdict(set)
    for c in ctx.claims:
        if (eid := ctx.entities.entity(c)) is not None:
            named[c.article].add(eid)
    words_of: dict[str, list[str]] = {}
    holders: dict[tuple[str, str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in ctx.claims:
        v = c.value
        if (
            c.type != "person_role"
            or c.id in office_of
            or c.id in paired
            or _NOT_HOLDER & set(v.get("modifiers") or [])
        ):
            continue
        scope = v.get("scope") or {}
        where = scope.get("org") or scope.get("place") or v.get("country")
        eid = ctx.entities.entity(c)
        if (
            eid
            and where
            and c.article in ctx.event_of
            and (roles.get(v["role"]) or {}).get("kind") != "occupation"
        ):
            holders[(ctx.event_of[c.article], v["role"], str(where))][eid].append(c)
    out = []
    for (event, role, where), by_entity in sorted(holders.items()):
        if len(by_entity) != 2:
            continue
        (many, m_cs), (one, o_cs) = sorted(
            by_entity.items(), key=lambda t: (-len({c.article for c in t[1]}), t[0])
        )
        m_arts, o_arts = {c.article for c in m_cs}, {c.article for c in o_cs}
        if len(m_arts) < 2 or len(o_arts) != 1 or m_arts & o_arts:
            continue
        if any(one in named[a] or _written_in(ctx, o_cs, a, words_of) for a in m_arts) or any(
            many in named[a] or _written_in(ctx, m_cs, a, words_of) for a in o_arts
        ):
            continue
        words = [
            set(skeleton_tokens(raw_tokens(ctx.entities.display.get(e, e)), ctx.rules)) for e in (many, one)
        ]
        if words[0] & words[1]:
            continue  # (one person named short or in full: «بارك» and "Park An-su")
        values = [
            value_entry(ctx, e, ctx.entities.display.get(e, e), cs) for e, cs in ((many, m_cs), (one, o_cs))
        ]
        if _years_apart(ctx, values):
            continue
        label = _scope_label(ctx, role, [*m_cs, *o_cs])
        out.append(
            _possible(
                f"role:{role}:{where}:{event}",
                f"reports of one event name a different {label}",
                f"{len(m_arts)} reports of the event name {values[0]['display']} as {label}, and one names "
                f"{values[1]['display']}; neither side's reports name the other person at all. Several people "
                "may hold this role at once, so check whether the single report is wrong or tells of someone else.",
                values,
            )
        )
    return out


def _possible(key: str, what: str, why: str, values: list[dict]) -> Finding:
    """A possible conflict (a warning) between the people of ``values``, named in its message."""
    names = " vs ".join(f"{v['display']} ({articles_text(v['articles'])})" for v in values)
    return make_finding(CODE, "conflict", "warning", key, f"Possible conflict: {what}: {names}", why, values)


def _written_in(ctx: Context, claims: list[Claim], article: str, words_of: dict[str, list[str]]) -> bool:
    """The article writes the name of these claims' person, in any script, where no claim was read
    from it ("echoing John Kerry"): the skeletons of a name's words in a row, its last word alone
    when that is long enough to tell."""
    if article not in words_of:
        words_of[article] = skeleton_tokens(raw_tokens(ctx.extractions[article].article.text), ctx.rules)
    words, alike = words_of[article], NameMatcher.from_rules(ctx.rules).skeletons
    for c in claims:
        name = skeleton_tokens(raw_tokens(str(c.value.get("name") or "")), ctx.rules)
        if not name:
            continue
        if len(name[-1]) >= _SURNAME_MIN and name[-1] in words:
            return True
        n, joined = len(name), "".join(name)
        if n > 1 and any(
            alike("".join(words[i : i + n]), joined) >= _SAME_NAME for i in range(len(words) - n + 1)
        ):
            return True
    return False


_SURNAME_MIN = 4  # consonants a name's last word needs to tell the person alone ("Kerry", kr, is too short)
_SAME_NAME = 80  # how alike (``NameMatcher.skeletons``) a run of words must be to a name to write it


def _scope_label(ctx: Context, role: str, claims: list[Claim]) -> str:
    """The role with what it is of: a listed body's, a country's, or as a report writes it."""
    v = claims[0].value
    scope = v.get("scope") or {}
    if scope.get("org") in (ctx.rules.concepts("organizations").get("organizations") or {}):
        return _label(ctx, _BODY + scope["org"], role)
    if not scope and v.get("country"):
        return _label(ctx, v["country"], role)
    written = sorted(
        {(c.value.get("scope") or {}).get("text") or "" for c in claims} - {""},
        key=lambda t: (not t.isascii(), t),
    )
    rn = (ctx.rules.concepts("roles").get("concepts") or {}).get(role, {}).get("display", role)
    return f"{written[0]}'s {rn}" if written else rn


# Articles published this far apart may name different holders of an office without a conflict.
_APART_DAYS = 365


def _years_apart(ctx: Context, values: list[dict]) -> bool:
    """Whether every holder is named only in articles whose publication dates are known and lie a
    year or more from every other holder's articles: Biden as president in a report of 2023 and
    Trump in one of 2025 tell of two terms, not of a slip. (An undated article, or one from the
    same months, is still a conflict, which its estimated date may explain.)"""
    days = []
    for v in values:
        dated = [ctx.times[x].published for x in v["articles"]]
        if not all(dated):
            return False
        days.append((min(dated), max(dated)))
    return all(
        (b[0] - a[1]).days >= _APART_DAYS or (a[0] - b[1]).days >= _APART_DAYS
        for i, a in enumerate(days)
        for b in days[i + 1 :]
    )


# Pairs of office-holders explained in one finding; a corpus with many names lists the first ones.
_MAX_REASONS = 6


@dataclass(frozen=True)
class _Side:
    """What the explanation needs about one office-holder's articles, computed once."""

    value: dict
    events: frozenset[str]
    lo: date | None
    hi: date | None
    oldest_mid: date | None
    newest_ref: date | None
    labels: str


def _side(ctx: Context, v: dict) -> _Side:
    arts = v["articles"]
    times = [ctx.times[x] for x in arts]
    bounds = [t.bounds for t in times]
    mids = [m for m in (t.midpoint() for t in times) if m]
    dated = [t.published for t in times if t.published]
    shown = "; ".join(f"{x} ({ctx.times[x].label()})" for x in arts[:5]) + (
        f"; and {len(arts) - 5} more" if len(arts) > 5 else ""
    )
    return _Side(
        value=v,
        events=frozenset(ctx.event_of[x] for x in arts),
        lo=min(lo for lo, _ in bounds) if all(lo for lo, _ in bounds) else None,
        hi=max(hi for _, hi in bounds) if all(hi for _, hi in bounds) else None,
        oldest_mid=max(mids) if mids else None,
        newest_ref=min(dated) if dated else (min(mids) if mids else None),
        labels=shown,
    )


def _conflict(ctx: Context, key: str, label: str, values: list[dict]) -> Finding:
    sides = sorted((_side(ctx, v) for v in values), key=lambda s: (s.lo or date.max, s.value["value"]))
    severity, reasons = "warning", []
    for i, a in enumerate(sides):
        for b in sides[i + 1 :]:
            sev, why = _explain(a, b)
            reasons.append(why)
            severity = "error" if sev == "error" else severity
    if len(reasons) > _MAX_REASONS:
        reasons = [*reasons[:_MAX_REASONS], f"(and {len(reasons) - _MAX_REASONS} more pairs)"]
    names = " vs ".join(f"{s.value['display']} ({articles_text(s.value['articles'])})" for s in sides)
    explanation = " ".join(reasons) + _terms(ctx, key, [s.value for s in sides])
    cause = _cause(sides) if severity == "warning" else None
    return make_finding(
        CODE,
        "conflict",
        severity,
        key,
        f"{label}: {names}",
        explanation,
        values,
        extra={"cause": cause} if cause else None,
    )


def _cause(sides: list[_Side]) -> dict | None:
    """When the oldest side's articles all predate every other side's: the structured cause.

    ``{"kind": "older_articles", "older": [...], "newer": [...], "gap": "about 2 years"}``,
    read by the report layer to group the conflicts one older article explains.
    """
    old, rest = sides[0], sides[1:]
    if not old.hi or not all(s.lo and old.hi < s.lo and not (old.events & s.events) for s in rest):
        return None
    newest = min(s.newest_ref for s in rest if s.newest_ref) if any(s.newest_ref for s in rest) else None
    return {
        "kind": "older_articles",
        "older": list(old.value["articles"]),
        "newer": sorted({a for s in rest for a in s.value["articles"]}),
        "gap": years_between(old.oldest_mid, newest) if old.oldest_mid and newest else None,
    }


def _explain(a: _Side, b: _Side) -> tuple[str, str]:
    da, db = a.value["display"], b.value["display"]
    shared = a.events & b.events
    if shared:
        return (
            "error",
            f"{da} and {db} are named for the same office in reports of one event ({', '.join(sorted(shared)[:3])}).",
        )
    if a.hi and b.lo and a.hi < b.lo:
        return "warning", _older(a, b)
    if b.hi and a.lo and b.hi < a.lo:
        return "warning", _older(b, a)
    if not (a.hi and b.lo and b.hi and a.lo):
        return (
            "warning",
            f"The articles' dates are not all known, so the difference between {da} and {db} may be a change of office-holder.",
        )
    return "error", f"{da} and {db} are named for the same office by articles of the same period."


def _older(old: _Side, new: _Side) -> str:
    """Which articles are older, and by how much (from the old side's latest midpoint to the new side's earliest date)."""
    by = (
        years_between(old.oldest_mid, new.newest_ref)
        if old.oldest_mid and new.newest_ref
        else "an unknown span"
    )
    return (
        f"The articles' dates explain it: {old.labels} is older than {new.labels} by {by}, so "
        f"{old.value['display']} is the earlier office-holder and {new.value['display']} the later one."
    )


def _terms(ctx: Context, key: str, values: list[dict]) -> str:
    country, role = key.split(":", 1)[1].rsplit(":", 1)
    people = ctx.rules.top("people").get("people") or {}
    notes = []
    for v in values:
        for o in (people.get(v["value"]) or {}).get("offices") or []:
            if o["role"] == role and o.get("country") == country and o.get("from"):
                end = f"left it on {o['to']}" if o.get("to") else "still holds it"
                notes.append(f"{v['display']} took the office on {o['from']} and {end}")
    return (" Known terms: " + "; ".join(notes) + ".") if notes else ""
