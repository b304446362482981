"""Lexicon tables that frames and event mentions need, compiled once per (rules, language)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from checker.align.places import Gazetteer, gazetteer
from checker.extract.base import WB_L, WB_R, edition_pattern, phrase_pattern, year_name_pattern
from checker.extract.lexicon import Table, cached, clitics, country_entries, flat, phrases_rx, with_lam
from checker.extract.people_tables import people_tables
from checker.extract.places import place_tables
from checker.normalize import fold
from checker.normalize.translit import SkeletonTables, skeleton_tables
from checker.rules import Rules


@dataclass(frozen=True)
class PastBefore:
    """Past verbs before a date in its clause (rules/morphology ``past_before``)."""

    ending: str  # "" where past verbs have no ending of their own (Arabic)
    words: frozenset[str]
    not_: frozenset[str]
    modals: Table
    reach: int
    proclitics: frozenset[str]  # letters joined before a verb («و»)
    present: frozenset[str]  # "is", "are": a participle right after one is no past ("is held")
    infinitive: frozenset[str] = frozenset()  # "to": a verb right after it is a plan ("to cut")
    uncounted: frozenset[str] = frozenset()  # "the", "of", "morning": words the reach does not count


def _past_before(data: dict | None, cl) -> PastBefore | None:
    if not data:
        return None
    return PastBefore(
        data.get("ending") or "",
        frozenset(fold(w) for w in data["words"]),
        frozenset(fold(w) for w in data.get("not") or ()),
        Table.build([(w, "modal") for w in data["modals"]], cl),
        int(data["reach"]),
        frozenset(fold(p) for p in data.get("proclitics") or ()),
        frozenset(fold(p) for p in data.get("present") or ()),
        frozenset(fold(p) for p in data.get("infinitive") or ()),
        frozenset(fold(p) for p in data.get("uncounted") or ()),
    )


_MOVED_GAP = 5  # words between a word of moving and its place ("landed in the southern Indian city of")
ROUTE_REACH = 40  # characters before a place in which its route word («عازم», "bound for") ends


@dataclass(frozen=True)
class FrameTables:
    """Compiled triggers for one language, and the language-independent definitions."""

    event_types: Table  # trigger → event type
    gazetteer: Gazetteer  # what contains what (rules/places)
    translit: SkeletonTables  # the consonant skeletons of names the gazetteer lacks
    place_heads: frozenset[str]  # «ناحیه», «مقاطعة»: a noun before a place's name (rules/places heads)
    names_of: tuple  # a place's name inside an agreement's (extract/places ``names_of``)
    speaking: tuple  # a place that speaks ("the Kremlin said"): no occasion's place
    predicates: Table  # trigger → predicate
    adjacent: Table  # a word that names a predicate only right before its figure («جان ۱۵ نفر را گرفت»)
    categories: Table  # «سفر رسمی» → official
    distinct: Table  # "aftershock": a trigger of another occasion of its type (rules/events)
    figure_objects: Table  # "received": with a figure right after it, things received, no occasion
    series: Table  # "the second": a lead's ordinal that numbers the reported occasion (rules/events)
    companions: Table  # "alongside", «در کنار»: another thing, which a later date of the clause is of
    ordinals: Table  # «دومین» → second
    ordinal_units: Table  # "day" of "the second day of the truce": an ordinal of days, not occasions
    # "bound for", «عازم»: where a vessel came from or went (see frames._route_frames), ending
    # within ``ROUTE_REACH`` characters before the place
    route: dict[str, re.Pattern[str]]
    # "the Singapore-flagged Dali": words right after a place that give its route role
    route_after: dict[str, re.Pattern[str]]
    # "leaving Baltimore for Colombo": words between the departure's place and the destination's
    route_then: re.Pattern[str] | None
    # "flown to", "taken to", «نقلوا إلى»: where the dead, the injured or the survivors were moved
    # after an occasion with victims, not where it happened; up to ``_MOVED_GAP`` words between
    moved_to: re.Pattern[str] | None
    situations: Table  # "war", «الحرب»: a situation elsewhere, whose place follows it (rules/events)
    ballot_options: Table  # "Leave", «البقاء»: a referendum's options
    blocs: Table  # "camp", «معسكر»: before a leader's name, the seats of a bloc of parties
    count_heads: Table  # «شمار», "the number of": right before a trigger, the head of a count
    attempted: Table  # "attempted", «محاولة»: right before a trigger, what did not happen
    vote_sides: dict[str, re.Pattern[str]]  # a tally's sides ("10 to 1", «۱۰ رأی موافق»): see _vote_side
    vote_motions: Table | None  # "amendment" or "resolution": whose count of votes (frames._motion)
    concepts: Table  # «کمیسیون» → committee
    countries: Table  # «سوریه», «السوري» → SY
    demonyms: Table  # «سوری», "Syrian", «روس» → SY, RU (adjectives and the names of peoples)
    roles: Table  # role phrases, blanked out of subjects
    weekdays: Table  # «پنجشنبه» → 4
    future: Table  # «خواهد», "will"
    objects: Table  # "over", «در پی»: the occasion word after them is another act's object
    demonstratives: Table  # «این»: … named again, and with an object mark after it («را») …
    scheduled: Table  # "deadline", «موعد»: a date a few words after them is a schedule's
    object_marks: Table  # … another act's object too
    doers: Table  # "who carried out", «منفذي»: the occasion word after them describes people
    # "defended the decision", «از این تصمیم دفاع کرد»: verbs of a reaction before or after the word
    reactions_before: Table
    reactions_after: Table
    later: Table  # "hours later", «چند ساعت بعد»: a sentence on the day of the sentence before it
    apart: Table  # "hours after", «بعد أسابيع من»: the occasion word after it is another occasion
    rise: Table  # "rose to", «به … رسید»: a running count's update
    earlier: Table  # «پیش از این», "already" → earlier: a figure of an earlier occasion (not «پیشتر گزارش» → report)
    charges: Table  # "for killing", «بتهمة»: what a court's ruling named before judged
    incident: Table  # «الحادث», "the incident": the occasion named without its type
    # "the disaster area", «موقع الحادث»: words before and after an incident word that make it a place
    incident_places: tuple[re.Pattern[str] | None, re.Pattern[str] | None]
    rank_words: frozenset[str]  # "largest", «أكبر»: an ordinal before them ranks the occasion
    # type → (the type it becomes, the actors that make it so, whether one may open the next word)
    actors: dict[str, tuple[str, Table, bool]]
    article: str  # the definite article written onto a word (rules/morphology), folded; "" if none
    verb_final: bool  # the verb ends its clause, after its dates (rules/morphology: Persian)
    modifiers_first: bool  # modifiers stand before their noun (rules/morphology: English)
    year_name: re.Pattern[str] | None  # words before a year that make it a name's («the 2015 Paris …»)
    object_of: re.Pattern[str] | None  # an occasion's word and a preposition of its object ("referendum on ")
    edition: re.Pattern[str] | None  # an edition's name right before its year ("Expo 2030")
    date_owner: re.Pattern[str] | None  # "'s" after a day: the occasion word just after is its own
    # «کووید-۱۹ دیگر وضعیت اضطراری نیست»: an ordinal word that a negated verb after it makes "no
    # longer" (``no_longer`` in rules/predicates/<lang>.yaml): its words, and the negated verbs
    no_longer_words: frozenset[str]
    negated: re.Pattern[str] | None
    past_verbs: Table  # «کرد», «شدند»: past verbs that end a clause (rules/morphology, verb-final languages)
    past_before: PastBefore | None  # "toured the site on Friday": a past verb before a date (English)
    rounds: Table  # «دور نخست» → first, "runoff" → later
    referring: Table  # incident words → "*", «الجلسة», "the hearing" → court: the reported occasion again
    # (casualty words → CASUALTY: the occasion again where it counts its dead, for its place)
    scope_markers: Table  # «به تنهایی», "alone"
    part_markers: Table  # "of the dead": anywhere before the figure in its sentence
    part_after: Table  # "323 of the dead", "17 of its pilgrims": right after the figure
    part_before: Table  # "among them 12 firefighters": right before the figure
    rest_markers: Table  # "34 died inside the stadium and the rest in hospital": the remainder, after it
    per_not_before: Table  # "a day earlier": no period
    when_words: Table  # "since Thursday, when …": the clause after a day is of that day
    same_day: Table  # «در همان روز», "on the same day": a figure on the day named before it
    baselines: tuple[re.Pattern[str] | None, re.Pattern[str] | None]  # "compared with | 2019 | levels"
    populations: Table  # «خارجی», "foreign"
    heads_before: Table  # «شرکت», «حزب»: a name follows
    heads_after: Table  # "Airlines", "Party": a name precedes
    change_verbs: Table  # "raised", «رفعت»: a change in a figure's clause
    planned: Table  # future cues, and modal words that make a duration a plan ("would")
    extension: Table  # "extended", «تمدید»: a duration in their clause is time added
    terms: Table  # "term", «ولاية»: a duration beside them is a term's length
    closed: Table  # "lasted", «استمرت»: a duration whose span is over
    closed_before: Table  # "after" right before a duration: a span that ended ("freed after 45 days")
    closed_after: Table  # "after" right after one: a span between two days ("six weeks after")
    length_suffixes: frozenset[str]  # «۱۸ روزه»: a length written as an adjective
    told: Table  # "said", «بیانیه»: a day beside one is the day a running count was given
    all_words: Table  # "all": a count right after one is everyone of a whole ("All 62 people on board")
    told_after: re.Pattern[str] | None  # «، أن» right after a day: the day is a statement's
    owner_after: re.Pattern[str] | None  # «لمرشح» right after a share: its owner is named after it
    day_joins: frozenset[str]  # "on", «روز»: a day's preposition between a count and its day
    part_of: Table  # "of the" between two figures: the second is the whole ("five of the six crew")
    # a whole's own words (rules/predicates ``whole_words``: "out of", «من أصل»), also between two figures
    part_or_whole: Table
    owned_tail: re.Pattern[str] | None  # "of the state's 497": owner words between "of the" and the whole
    regnal: frozenset[str]  # «الثالث», "iii" after a name: no surname (rules/people_cues)
    # name suffixes written apart («قلیچدار اوغلو»): the surname is both words (rules/transliteration)
    name_suffixes: frozenset[str]
    surname_particles: frozenset[str]  # "le" of "Le Pen": a Latin surname's own particles
    death_age: re.Pattern[str] | None  # «عن» right before years: an age at death, in a death's sentence
    deaths: Table  # death verbs ("verb") and words of speech ("block"): extract/people_tables
    after_nouns: frozenset[str]  # "four Chinese and …": words after a noun, not after a modifier
    population_bridges: frozenset[str]  # "169 | of the passengers were | Indian": count to nationality
    not_names: frozenset[str]  # «حاکم», «المعارض»: words after a head that say which, not who
    name_stop: frozenset[str]  # rules/people_cues ``not_name``: words that are no part of a name
    honorifics: Table  # rules/roles ``honorifics``: "Prince", «شاهزاده», «الأمير» before a name
    population_units: frozenset[str]
    age_after_name: frozenset[str]  # «ساله»: a name's count of years is an age (rules/units)
    minors: Table  # «کودک», "child": an age beside one is a child's (rules/units child, infant)
    stopwords: frozenset[str]
    near_words: Table  # «قرب», "near"
    or_words: Table  # "or", «یا», «أو» between two places: alternatives, neither the occasion's place
    felt_words: Table  # "was felt in", «سمع دوي»: where it was felt, not where it happened (id "felt");
    # "registered in", «المسجلة في»: where what the sentence names comes from (id "described")
    ordered_words: Table  # "ordered … to prevent", «لمنع»: a place in what is ordered
    attributed: Table  # "according to", «به روایت»: a predicate word after one tells who told it
    since_words: Table  # «منذ», "since": a superlative measured from a date
    behind_words: Table  # "among the deadliest, after the 1964 tragedy in Lima": the one ranked above
    since_closers: Table  # «تاکنون» right after a date: the span from it runs to now
    since_past: Table  # "since", «منذ» right before a date: a day something has held since
    conjunctions: re.Pattern[str]  # "and", «و» as a word: where coordinated clauses meet
    setting_words: re.Pattern[
        str
    ]  # "in", «في» before an occasion that is another's setting ("capsized in a storm")
    clause_joins: Table  # "while", «فيما»: a clause with a subject of its own opens after them
    adjunct_openers: Table  # "after", «پس از»: a phrase beside a clause's subject opens after them
    poll_words: Table  # "exit poll", «نظرسنجی»: a sentence's counts of a vote are estimates
    ahead_of: Table  # "ahead of", «پیش از»: the occasion after them may lie ahead (rules/events)
    # "then", «ثم», «قبل أن»: what follows them came after a day written before them; «بعدما»: a
    # clause of another act opens, and a day after it is not the occasion's before it
    sequence: Table
    led_by: Table  # "led by", «به رهبری»: the name after them leads a thing, it is no clause's subject
    venues: Table  # "in a statement from", «في كلمة من»: the place right after is where it was voiced
    itinerary: Table  # "the itinerary", «در ادامه این سفر»: their sentence's places are another leg's
    documents: Table  # "the final statement of", «بیانیه … نشست»: the sentence tells of the text
    set_for: re.Pattern[str] | None  # "for" right before a day: a day set for something, maybe to come
    set_after: re.Pattern[str] | None  # «را روز» right after a day: a day named for something
    counted_nouns: Table  # "trains", «قطار»: a bare number before them counts them, not people
    units_modify: bool  # "two passenger trains": a unit word before a counted noun modifies it
    requested: Table  # "sought" → requested, "targets" → target, "forecast" → forecast: not what happened
    requesters: Table  # "prosecutors" → prosecution, «محاموه» → defence
    maximum: Table  # "a maximum of", «حداکثر مجازات»: the most the law allows
    window_before: Table  # "the past": a duration after it is a window counted back from now
    window_after: Table  # «گذشته», «الماضية»: a duration before it is such a window
    within_before: Table  # "within", «ظرف», «في غضون»: a duration after it is a limit, no length
    count_period_before: Table  # "in" between a count and a span: the span the count came about in
    bodies_before: Table  # "the bodies of", «پیکر», «جثث»: a count of the dead after it is bodies found
    bodies_after: Table  # "bodies", «جسد»: a count of the dead before it is bodies found
    from_words: Table  # "to 5% from 5.25%" → from, "down from 365" → compared: the value before
    to_words: Table  # "to", «به», «إلى»: before the value a plain "from" changed to
    by_words: Table  # "by", «بنسبة»: before the figure a change verb moved a set rate by
    range_open: Table  # "from", «بين»: before a range's first figure written out in full
    range_join: Table  # "to", «و», «تا»: before its second
    relative: Table  # "which", «که», «التي»: a date past one is its clause's
    wholes: Table  # "out of", «من أصل»: the figure after them is the whole (a chamber's seats)
    increments_before: Table  # "another", "a further": the count after them adds to an earlier one
    increments_after: Table  # "more", «جديدة»: the count before them adds to an earlier one
    per_words: Table  # "a day" → day, «سالانه» → year: a figure per period
    distributive: Table  # "each", «هر کدام»: a figure given to each of several people
    object_markers: Table  # «را»: the figure before it is its clause's final verb's object
    respectively: Table  # "respectively", «على الترتيب»: listed concepts pair with listed figures
    anaphors: Table  # "this figure", «این رقم»: a clause about the subject named before
    not_subject: frozenset[str]
    sentence_wide: frozenset[str]  # "c:monthly": a concept that holds for every figure of its sentence
    demanded: frozenset[str]  # "c:ransom": a sum asked for by its nature, no figure of it ``requested``
    periods: frozenset[str]  # "c:third_quarter": the part of a year the figure nearest it is of
    daily_concepts: frozenset[str]  # "c:shares": its figures hold on their day, however recent
    locatives: frozenset[str]
    lasting: Table  # "ultimatum", "ban": a compound duration before them is how long they last
    portion_words: Table  # "a stretch of", «جزء»: a measure of a part (rules/predicates)
    partial_words: Table  # "so far", «حتى الآن»: a count told while it still rises
    known_names: Table  # a known person's alias («ابراهیم رئیسی», "Raisi") → its folded last word
    opponents: Table  # "against", «على»: the candidate after them lost to the clause's subject
    with_words: Table  # "with", «بنسبة»: the share after them is the clause's subject's
    winning_words: Table  # "won", «حصلت على»: a place before them is the votes' candidate
    and_others: Table  # "and other", «ودول أخرى»: the country before them is one of a group
    including: Table  # "including", «با احتساب»: the country after them is counted in a group's figure
    margin_before: Table  # "a margin of", «با اختلاف», «بفارق»: votes after them are a margin
    margin_won_by: Table  # "by": votes after it are a margin where a word of winning comes before
    margin_win_words: Table  # "won", "defeated"
    unit_price: Table  # "a barrel", «للبرميل»: the amount before them is a price of one unit
    based: Table  # "headquartered in", «ومقرها», "-based": where a body is based (id ``after`` or ``before``)
    list_words: frozenset[str]  # "the", «در»: words a list may hold between its items
    list_joins: frozenset[str]  # "and", «و»: words that join its items
    predicate_defs: dict[str, dict[str, Any]]
    own_date: frozenset[str]  # predicates whose dates are their own (founded, ended, mourning)
    twin_dated: frozenset[str]  # own dates about concepts: a calendar twin shares them (founded, ties cut)
    since: frozenset[str]  # superlatives measured from a date ("the deadliest since 1992")
    type_defs: dict[str, dict[str, Any]]
    unit_parent: dict[str, str | None]
    unit_measures: dict[str, str]  # unit → the concept its figures are about ("kmh" → "c:speed")
    counted_units: frozenset[
        str
    ]  # units of things counted ("devices", «جهاز»), which may say what a clause is about
    # units of a bulk (mass, volume) whose phrase may name the stuff weighed («تن نیترات»)
    bulk_units: frozenset[str]
    span_units: frozenset[str]  # units of a span of time ("days", «سال»)
    money_units: frozenset[str]  # currencies: an added sum is the sum of a package of its own
    said_before: re.Pattern[str]  # «وقالت » right before a word: that word is who said it
    said_after: re.Pattern[str]  # " said" right after a word
    said: re.Pattern[str]  # a reporting verb anywhere («اعلام کردند», "announced")
    measure_of: dict[str, str]  # "c:price" → "m:inflation": the family of what a concept measures
    goods: frozenset[str]  # "c:gas": a price beside one is that good's («قیمت گاز», "gas prices")
    set_rates: frozenset[str]  # "m:interest": families of rates someone sets (``_moved_by``)
    # words that tie a figure to the noun of what it measures after it ("in": "$229.1 billion in
    # assets") or between that noun and the figure («بقيمة»), folded
    time_phrases: Table  # "at the end of": a predicate's word inside it says when, not what happened
    measure_after: frozenset[str]
    measure_before: frozenset[str]
    # "judge": roles of a court's bench (rules/roles/concepts ``event_types: [court]``): whoever holds
    # one passes a sentence, never serves it
    bench_roles: frozenset[str]


# Rules fields of words before a figure that make it no fact that happened, and the kind each gives.
_ASKED = (
    ("requested", "requested"),
    ("targets", "target"),
    ("forecasts", "forecast"),
    ("hypotheticals", "hypothetical"),
    ("thresholds", "threshold"),
)


def _vote_sides(sides: dict, motions: list[str]) -> dict[str, re.Pattern[str]]:
    """Regexes of a vote's sides: ``for_after``/``against_after`` match right after a count,
    ``for_before``/``against_before`` right before one (at the end of the text they search), and
    ``joins`` between a tally's two counts. ``motions``: nouns of what is voted on, which a verb
    of a side may have as its object before the count («وأيد المذكرة 180 نائبا»)."""
    out = {}
    # (who voted may stand between a count and its side word: "153 lawmakers voting against")
    voters = rf"(?:(?:{phrase_pattern(sides['voters'], fold)})\s+)?" if sides.get("voters") else ""
    motion = rf"(?:\s+(?:{phrase_pattern(motions, fold)}))?" if motions else ""
    for key, words in sides.items():
        if key == "voters":
            continue
        body = phrase_pattern(words, fold)
        out[key] = re.compile(
            rf"(?<!\w)(?:{body}){motion}\s*\Z"
            if key.endswith("_before")
            else rf"\s*{voters if key.endswith('_after') else ''}(?:{body})(?!\w)"
        )
        if key == "joins":
            out["joins_before"] = re.compile(rf"(?<!\w)(?:{body})\s*\Z")  # "204 votes to | 85"
    return out


def frame_tables(rules: Rules, lang: str) -> FrameTables:
    """The compiled tables for ``lang`` (cached)."""
    return cached(rules, lang, "frames", lambda: _build(rules, lang))  # type: ignore[return-value]


def _known_names(rules: Rules, lang: str) -> list[tuple[str, str]]:
    """Each alias of ``rules/people.yaml`` in ``lang`` that has two words or more, with its last
    word: a known person named without a role still owns a share or an age beside the name."""
    out = []
    for p in (rules.top("people").get("people") or {}).values():
        for alias in (p.get("aliases") or {}).get(lang) or ():
            words = fold(str(alias)).split()
            if len(words) >= 2 and len(words[-1]) >= 3:
                out.append((str(alias), words[-1]))
    return out


def _with_article(entries: list[tuple[str, str]], article: str) -> list[tuple[str, str]]:
    """Each trigger also with the definite article glued to its first word («هجوم» → «الهجوم»)."""
    if not article:
        return entries
    # Short stems stay bare: «الحكمة» (a name: Ras El-Hekma) is not «حكم» + «ال» + «ة».
    more = [(article + p, cid) for p, cid in entries if not p.startswith(article) and len(p.split()[0]) >= 4]
    return entries + more


def _build(rules: Rules, lang: str) -> FrameTables:
    cl = clitics(rules, lang)
    # Inflections a trigger word may carry («زمین‌لرزه‌ای»): ``rules/morphology`` suffixes.
    sfx = tuple(rules.lang("morphology", lang).get("suffixes") or ())
    ev = rules.lang("events", lang)
    pr = rules.lang("predicates", lang)
    weekdays = rules.lang("weekdays", lang).get("weekdays") or {}
    roles = rules.lang("roles", lang).get("roles") or {}
    units = rules.concepts("units").get("concepts") or {}
    art = rules.lang("morphology", lang).get("article") or ""
    people = people_tables(rules, lang)  # (the regnal numbers and death verbs of names, read once)
    return FrameTables(
        gazetteer=gazetteer(rules),
        translit=skeleton_tables(rules),
        place_heads=place_tables(rules, lang).heads,
        names_of=place_tables(rules, lang).names_of,
        speaking=place_tables(rules, lang).speaking,
        # A word that only looks like a trigger with an ending («السيولة») maps to no type.
        event_types=Table.build(
            _with_article(flat(ev.get("types")), art) + [(w, "-") for w in ev.get("not_triggers") or ()],
            cl,
            inflections=sfx,
        ),
        predicates=Table.build(_with_article(flat(pr.get("predicates")), art), cl, inflections=sfx),
        adjacent=Table.build(flat(pr.get("adjacent_triggers")), cl),
        categories=Table.build(flat(pr.get("categories")), cl),
        companions=Table.build([(p, "with") for p in ev.get("companions") or []], cl),
        figure_objects=Table.build([(p, "figure") for p in ev.get("figure_objects") or []], cl),
        series=Table.build([(p, "series") for p in ev.get("series_ordinals") or []], cl),
        distinct=Table.build(
            _with_article([(p, "another") for p in ev.get("distinct_triggers") or []], art),
            cl,
            inflections=sfx,
        ),
        ordinals=Table.build(
            flat(pr.get("ordinals")),
            cl,
            inflections=rules.lang("morphology", lang).get("adjective_endings") or (),
        ),
        ordinal_units=Table.build([(w, "unit") for w in pr.get("ordinal_units") or ()], cl),
        ballot_options=Table.build(with_lam(rules, lang, flat(pr.get("ballot_options"))), cl),  # («للبقاء»)
        blocs=Table.build([(w, "bloc") for w in pr.get("blocs") or ()], cl),
        attempted=Table.build([(w, "attempted") for w in pr.get("attempted") or ()], cl),
        count_heads=Table.build([(w, "head") for w in pr.get("count_heads") or ()], cl),
        vote_sides=_vote_sides(pr.get("vote_sides") or {}, (pr.get("vote_motions") or {}).get("main") or []),
        vote_motions=Table.build(
            [(w, kind) for kind, words in sorted((pr.get("vote_motions") or {}).items()) for w in words],
            clitics(rules, lang),
        )
        if pr.get("vote_motions")
        else None,
        route={
            role: re.compile(
                rf"(?<!\w)(?:{phrase_pattern(words, fold)})\s+(?:{phrase_pattern(ev.get('route_nouns') or [], fold)}\s+)?\Z"
            )
            for role, words in (ev.get("route") or {}).items()
        },
        route_after={
            role: re.compile(rf"[\s\-]*(?:{phrase_pattern(words, fold)})(?!\w)")
            for role, words in (ev.get("route_after") or {}).items()
            if words
        },
        route_then=re.compile(
            rf"[\s,،]*(?:{phrase_pattern(ev['route_then'], fold)})\s+(?:{phrase_pattern(ev.get('route_nouns') or [], fold)}\s+)?\Z"
        )
        if ev.get("route_then")
        else None,
        situations=Table.build([(p, "situation") for p in ev.get("situations") or ()], cl),
        moved_to=re.compile(
            rf"(?<!\w)(?:{phrase_pattern(ev['moved_to'], fold)})(?:\s+[^\W\d_]+){{0,{_MOVED_GAP}}}?\s+\Z"
        )
        if ev.get("moved_to")
        else None,
        concepts=Table.build(
            # (a phrase that names no concept is matched for its longer words and gives nothing;
            # «للتضخم» is «ل» + «التضخم»)
            with_lam(
                rules,
                lang,
                [
                    *flat(rules.lang("concepts", lang).get("concepts")),
                    *((p, None) for p in rules.lang("concepts", lang).get("not_concepts") or ()),
                ],
            ),
            cl,
            inflections=[
                *(rules.lang("morphology", lang).get("enclitics") or ()),
                *(rules.lang("morphology", lang).get("case_endings") or ()),
            ],
        ),
        countries=Table.build(country_entries(rules, lang), cl),
        demonyms=Table.build(
            country_entries(rules, lang, ("adjectives", "people")),
            cl,
            inflections=rules.lang("morphology", lang).get("plural_nisba") or (),
        ),
        roles=Table.build(
            _with_article([(p, rid) for rid, e in roles.items() for p in e.get("phrases", [])], art), cl
        ),
        weekdays=Table.build([(p, str(n)) for n, ps in weekdays.items() for p in ps or []], cl),
        # (a longer phrase that holds a future word is none: "next to", «القادم من», coming from)
        future=Table.build(
            [(p, "future") for p in ev.get("future_cues") or []]
            + [(p, "-") for p in ev.get("not_future") or []],
            cl,
        ),
        ahead_of=Table.build([(p, "ahead") for p in ev.get("ahead_of") or []], cl),
        sequence=Table.build(
            [(p, "then") for p in ev.get("sequence_cues") or []]
            + [(p, "after") for p in ev.get("after_clause_cues") or []],
            cl,
        ),
        led_by=Table.build([(p, "led") for p in pr.get("led_by") or []], cl),
        venues=Table.build([(p, "venue") for p in ev.get("venue_cues") or []], cl),
        itinerary=Table.build([(p, "leg") for p in ev.get("itinerary_cues") or []], cl),
        documents=Table.build([(p, "text") for p in ev.get("document_nouns") or []], cl),
        set_for=phrases_rx(ev.get("set_for"), r"(?<!\w)(?:%s)\s*\Z"),
        set_after=phrases_rx(ev.get("set_after"), r"\s*\)?\s*(?:\([^()]{0,40}\)\s*)?(?:%s)(?!\w)"),
        change_verbs=Table.build([(p, "change") for p in pr.get("change_verbs") or []], cl),
        planned=Table.build(
            [(p, "future") for p in (ev.get("future_cues") or []) + (pr.get("planned_cues") or [])]
            + [(p, "-") for p in ev.get("not_future") or []],
            cl,
        ),
        closed=Table.build([(p, "closed") for p in pr.get("closed_cues") or []], cl),
        extension=Table.build([(p, "extension") for p in pr.get("extension_words") or []], cl),
        terms=Table.build([(p, "term") for p in pr.get("term_words") or []], cl),
        closed_before=Table.build([(p, "closed") for p in pr.get("closed_before") or []], cl),
        closed_after=Table.build([(p, "closed") for p in pr.get("closed_after") or []], cl),
        length_suffixes=frozenset(fold(w) for w in pr.get("length_suffixes") or ()),
        told=Table.build([(p, "told") for p in pr.get("told_cues") or []], cl),
        all_words=Table.build([(p, "all") for p in pr.get("all_words") or []], cl),
        told_after=phrases_rx(pr.get("told_after"), r"[\s،,]*(?:%s)(?!\w)"),
        owner_after=phrases_rx(pr.get("owner_after"), r"\s*(?:%s)(?!\w)"),
        day_joins=frozenset(fold(w).strip() for w in pr.get("day_joins") or ()),
        part_of=Table.build([(p, "part_of") for p in pr.get("part_of") or []], cl),
        part_or_whole=Table.build(
            [(p, "part_of") for p in pr.get("part_of") or []]
            + [(p, "whole") for p in pr.get("whole_words") or []],
            cl,
        ),
        owned_tail=phrases_rx(
            rules.lang("morphology", lang).get("date_owners"), r"(?:\s+[^\W\d_]+(?:%s)){1,2}\s*\Z"
        ),
        death_age=phrases_rx(pr.get("death_age_before"), r"(?<!\w)(?:%s)\s*\Z"),
        deaths=people.death,
        regnal=people.regnal,
        name_suffixes=frozenset(
            fold(str(w)) for w in rules.top("transliteration").get("join_previous") or ()
        ),
        surname_particles=frozenset(
            fold(str(w)) for w in rules.top("transliteration").get("surname_particles") or ()
        ),
        objects=Table.build([(p, "object") for p in ev.get("object_cues") or []], cl),
        demonstratives=Table.build([(p, "this") for p in ev.get("demonstratives") or []], cl),
        scheduled=Table.build([(p, "scheduled") for p in ev.get("scheduled_cues") or []], cl),
        object_marks=Table.build([(p, "object") for p in ev.get("object_marks") or []], cl),
        doers=Table.build([(p, "doer") for p in ev.get("doer_cues") or []], cl),
        reactions_before=Table.build(
            [(p, "reaction") for p in (ev.get("reaction_cues") or {}).get("before") or []], cl
        ),
        reactions_after=Table.build(
            [(p, "reaction") for p in (ev.get("reaction_cues") or {}).get("after") or []], cl
        ),
        later=Table.build([(p, "later") for p in ev.get("later_cues") or []], cl),
        apart=Table.build([(p, "apart") for p in ev.get("apart_cues") or []], cl),
        rise=Table.build([(p, "rise") for p in ev.get("rise_cues") or []], cl),
        earlier=Table.build(
            [(p, "earlier") for p in ev.get("earlier_cues") or []]
            + [(p, "then") for p in ev.get("then_cues") or []]
            + [(p, "report") for p in ev.get("earlier_report_cues") or []],
            cl,
        ),
        charges=Table.build([(p, "charge") for p in ev.get("charge_cues") or []], cl),
        incident=Table.build([(p, "incident") for p in ev.get("incident_words") or []], cl),
        incident_places=(
            phrases_rx((ev.get("incident_places") or {}).get("before"), r"(?<!\w)(?:%s)\s*\Z"),
            phrases_rx((ev.get("incident_places") or {}).get("after"), r"\s*(?:%s)(?!\w)"),
        ),
        rank_words=frozenset(fold(w) for w in ev.get("rank_words") or ()),
        actors={
            typ: (
                a["becomes"],
                Table.build([(w, "actor") for w in a.get("words") or ()], cl),
                bool(a.get("right_after")),
            )
            for typ, a in (ev.get("actors") or {}).items()
        },
        article=fold(art),
        verb_final=bool(rules.lang("morphology", lang).get("verb_final")),
        modifiers_first=bool(rules.lang("morphology", lang).get("modifiers_first")),
        year_name=year_name_pattern(rules.lang("morphology", lang).get("year_name_determiners")),
        edition=edition_pattern(rules.lang("morphology", lang).get("edition_heads")),
        object_of=phrases_rx(
            rules.lang("morphology", lang).get("object_prepositions"), r"\A\S+\s+(?:%s)\s+\Z"
        ),
        date_owner=phrases_rx(
            rules.lang("morphology", lang).get("date_owners"), r"(?:%s)(?:\s+[^\W\d_]+){0,2}\s+\Z"
        ),
        no_longer_words=frozenset(fold(w).strip() for w in (pr.get("no_longer") or {}).get("words") or ()),
        negated=phrases_rx((pr.get("no_longer") or {}).get("negations"), r"(?<!\w)(?:%s)"),
        past_verbs=Table.build(
            [(w, "past") for w in rules.lang("morphology", lang).get("past_verbs") or ()], cl
        ),
        past_before=_past_before(rules.lang("morphology", lang).get("past_before"), cl),
        rounds=Table.build(flat(ev.get("rounds")), cl),
        referring=Table.build(
            flat(ev.get("referring"))
            + [(p, "*") for p in ev.get("incident_words") or []]
            + [(p, CASUALTY) for p in ev.get("casualty_words") or []],
            cl,
            inflections=sfx,
        ),
        scope_markers=Table.build([(p, "scope") for p in pr.get("scope_markers") or []], cl),
        part_markers=Table.build([(p, "part") for p in pr.get("part_markers") or []], cl),
        part_after=Table.build([(p, "part") for p in pr.get("part_after") or []], cl),
        part_before=Table.build([(p, "part") for p in pr.get("part_before") or []], cl),
        rest_markers=Table.build([(p, "rest") for p in pr.get("rest_markers") or []], cl),
        per_not_before=Table.build([(p, "time") for p in pr.get("per_not_before") or []], cl),
        when_words=Table.build([(p, "when") for p in pr.get("when_words") or []], cl),
        same_day=Table.build([(p, "same") for p in pr.get("same_day") or []], cl),
        baselines=(
            phrases_rx((pr.get("baselines") or {}).get("before"), r"(?<!\w)(?:%s)\s*\Z"),
            phrases_rx((pr.get("baselines") or {}).get("after"), r"\s*(?:%s)(?!\w)"),
        ),
        populations=Table.build(flat(pr.get("populations")), cl),
        heads_before=Table.build([(p, "head") for p in (pr.get("name_heads") or {}).get("before") or []], cl),
        heads_after=Table.build([(p, "head") for p in (pr.get("name_heads") or {}).get("after") or []], cl),
        after_nouns=frozenset(fold(w) for w in pr.get("after_nouns") or ()),
        population_bridges=frozenset(w for p in pr.get("population_bridges") or () for w in fold(p).split()),
        not_names=frozenset(fold(w) for w in (pr.get("name_heads") or {}).get("not_names") or ()),
        population_units=frozenset(rules.concepts("predicates").get("population_units") or ()),
        minors=Table.build(
            [
                (p, unit)
                for unit in _MINORS
                for part in ("phrases", "duals")
                for p in ((rules.lang("units", lang).get("units") or {}).get(unit) or {}).get(part) or ()
            ],
            cl,
        ),
        age_after_name=frozenset(
            fold(w).strip() for w in rules.lang("units", lang).get("age_after_name") or ()
        ),
        near_words=Table.build([(p, "near") for p in pr.get("near_words") or []], cl),
        or_words=Table.build([(p, "or") for p in pr.get("or_words") or []], cl),
        felt_words=Table.build(
            [(p, "felt") for p in pr.get("felt_words") or []]
            + [(p, "described") for p in pr.get("described_words") or []],
            cl,
        ),
        ordered_words=Table.build([(p, "ordered") for p in pr.get("ordered_words") or []], cl),
        attributed=Table.build([(p, "attributed") for p in pr.get("attributed_before") or []], cl),
        since_words=Table.build([(p, "since") for p in pr.get("since_words") or []], cl),
        behind_words=Table.build([(p, "behind") for p in pr.get("behind_words") or []], cl),
        since_closers=Table.build([(p, "now") for p in pr.get("since_closers") or []], cl),
        since_past=Table.build([(p, "since") for p in pr.get("since_past") or []], cl),
        conjunctions=_words(
            [*(rules.lang("people_cues", lang).get("conjunctions") or ()), *(pr.get("clause_joins") or ())]
        ),
        setting_words=_words(ev.get("setting_words") or ()),
        clause_joins=Table.build([(p, "join") for p in pr.get("clause_joins") or []], cl),
        adjunct_openers=Table.build([(p, "adjunct") for p in pr.get("adjunct_openers") or []], cl),
        poll_words=Table.build([(p, "poll") for p in pr.get("poll_words") or []], cl),
        counted_nouns=Table.build([(p, "counted") for p in pr.get("counted_nouns") or []], cl),
        units_modify=bool(pr.get("units_modify_nouns")),
        requested=Table.build(
            [(p, kind) for field, kind in _ASKED for p in pr.get(field) or []],
            cl,
        ),
        requesters=Table.build(flat(pr.get("requesters")), cl),
        maximum=Table.build([(p, "maximum") for p in pr.get("maximum") or []], cl),
        window_before=Table.build([(p, "window") for p in pr.get("window_before") or []], cl),
        window_after=Table.build([(p, "window") for p in pr.get("window_after") or []], cl),
        within_before=Table.build([(p, "within") for p in pr.get("within_before") or []], cl),
        count_period_before=Table.build([(p, "period") for p in pr.get("count_period_before") or []], cl),
        bodies_before=Table.build([(p, "bodies") for p in pr.get("bodies_before") or []], cl),
        bodies_after=Table.build([(p, "bodies") for p in pr.get("bodies_after") or []], cl),
        from_words=Table.build(
            [(p, "from") for p in pr.get("from_words") or []]
            + [(p, "compared") for p in pr.get("compared_words") or []]
            + [(p, "changed") for p in pr.get("changed_from_words") or []],
            cl,
        ),
        to_words=Table.build([(p, "to") for p in pr.get("to_words") or []], cl),
        by_words=Table.build([(p, "by") for p in pr.get("by_words") or []], cl),
        range_open=Table.build([(p, "open") for p in pr.get("range_open") or []], cl),
        range_join=Table.build([(p, "join") for p in pr.get("range_join") or []], cl),
        relative=Table.build([(p, "relative") for p in pr.get("relative_words") or []], cl),
        wholes=Table.build([(p, "whole") for p in pr.get("whole_words") or []], cl),
        increments_before=Table.build(
            [(p, "increment") for p in (pr.get("increment_words") or {}).get("before") or []], cl
        ),
        increments_after=Table.build(
            [(p, "increment") for p in (pr.get("increment_words") or {}).get("after") or []], cl
        ),
        per_words=Table.build(flat(pr.get("per_words")), cl),
        distributive=Table.build([(p, "head") for p in pr.get("distributive") or []], cl),
        object_markers=Table.build([(p, "object") for p in pr.get("object_markers") or []], cl),
        respectively=Table.build([(p, "respectively") for p in pr.get("respectively") or []], cl),
        anaphors=Table.build([(p, "anaphor") for p in pr.get("anaphors") or []], cl),
        stopwords=frozenset(fold(w) for w in rules.lang("concepts", lang).get("stopwords") or ()),
        honorifics=people.honorifics,
        name_stop=frozenset(fold(str(w)) for w in rules.lang("people_cues", lang).get("not_name") or ()),
        not_subject=frozenset("c:" + c for c in rules.concepts("predicates").get("not_subject") or ()),
        sentence_wide=frozenset("c:" + c for c in rules.concepts("predicates").get("sentence_wide") or ()),
        demanded=frozenset("c:" + c for c in rules.concepts("predicates").get("demanded") or ()),
        periods=frozenset("c:" + c for c in rules.concepts("predicates").get("periods") or ()),
        daily_concepts=frozenset("c:" + c for c in rules.concepts("predicates").get("daily") or ()),
        locatives=frozenset(fold(w) for w in ev.get("locatives") or []),
        lasting=Table.build([(p, "lasting") for p in pr.get("lasting_nouns") or []], cl),
        portion_words=Table.build([(p, "portion") for p in pr.get("portion_words") or []], cl),
        partial_words=Table.build([(p, "partial") for p in pr.get("partial_words") or []], cl),
        known_names=Table.build(_known_names(rules, lang), cl),
        opponents=Table.build([(p, "opponent") for p in pr.get("opponents") or []], cl),
        with_words=Table.build([(p, "with") for p in pr.get("with_words") or []], cl),
        winning_words=Table.build([(p, "won") for p in pr.get("winning_words") or []], cl),
        and_others=Table.build([(p, "others") for p in pr.get("and_others") or []], cl),
        including=Table.build([(p, "including") for p in pr.get("including_before") or []], cl),
        margin_before=Table.build([(p, "margin") for p in pr.get("margin_before") or []], cl),
        margin_won_by=Table.build([(p, "margin") for p in pr.get("margin_won_by") or []], cl),
        margin_win_words=Table.build([(p, "won") for p in pr.get("margin_win_words") or []], cl),
        unit_price=Table.build([(p, "unit") for p in pr.get("unit_price") or []], cl),
        based=Table.build(
            [(p, side) for side in ("after", "before") for p in (pr.get("based") or {}).get(side) or []], cl
        ),
        list_words=frozenset(fold(w) for w in (pr.get("lists") or {}).get("words") or ()),
        list_joins=frozenset(fold(w) for w in (pr.get("lists") or {}).get("joins") or ()),
        predicate_defs=rules.concepts("predicates").get("predicates") or {},
        own_date=frozenset(
            p for p, d in (rules.concepts("predicates").get("predicates") or {}).items() if d.get("own_date")
        ),
        twin_dated=frozenset(
            p
            for p, d in (rules.concepts("predicates").get("predicates") or {}).items()
            if d.get("own_date") and d.get("subject") == "concepts" and d.get("value") == "date"
        ),
        since=frozenset(
            p for p, d in (rules.concepts("predicates").get("predicates") or {}).items() if d.get("since")
        ),
        type_defs=rules.concepts("events").get("types") or {},
        unit_parent={u: d.get("parent") for u, d in units.items()},
        counted_units=frozenset(u for u, d in units.items() if d.get("dimension") == "count"),
        bulk_units=frozenset(u for u, d in units.items() if d.get("dimension") in ("mass", "volume")),
        span_units=frozenset(u for u, d in units.items() if d.get("dimension") == "duration"),
        money_units=frozenset(u for u, d in units.items() if d.get("dimension") == "money"),
        unit_measures={u: "c:" + d["measures"] for u, d in units.items() if d.get("measures")},
        said_before=_said(rules, lang, before=True),
        said_after=_said(rules, lang, before=False),
        said=_said(rules, lang, before=None),
        measure_of={
            f"c:{c}": f"m:{family.split('.')[0]}"  # a kind of a family is of that family
            for family, cs in (rules.concepts("predicates").get("measures") or {}).items()
            for c in cs
        },
        goods=frozenset(f"c:{c}" for c in rules.concepts("predicates").get("goods") or ()),
        set_rates=frozenset(f"m:{x}" for x in rules.concepts("predicates").get("set_rates") or ()),
        time_phrases=Table.build([(p, "when") for p in pr.get("time_phrases") or []], cl),
        measure_after=frozenset(fold(w) for w in (pr.get("measure_links") or {}).get("after") or ()),
        measure_before=frozenset(fold(w) for w in (pr.get("measure_links") or {}).get("before") or ()),
        bench_roles=frozenset(
            rid
            for rid, c in (rules.concepts("roles").get("concepts") or {}).items()
            if "court" in (c.get("event_types") or ())
        ),
    )


SAID_REACH = 24
CASUALTY = "+"  # ``referring``: a word of the dead or hurt, naming an occasion that counts them


_MINORS = ("child", "infant")  # units of the young (rules/units): an age beside one is a child's


def spoken_by(t: FrameTables, text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """The words at folded ``[s, e)`` are who speaks: a reporting verb of ``rules/sources`` right
    before them («وقالت المحكمة إن …») or right after ("Sall said …"), within ``[lo, hi)``."""
    return bool(
        t.said_before.search(text, max(lo, s - SAID_REACH), s)
        or t.said_after.match(text[e : min(hi, e + SAID_REACH)])
    )


def offset_after(t: FrameTables, text: str, b: int) -> bool:
    """A closed-after word ("later", "after", «بعد») right after a span of time ending at folded
    ``b``: the span lies between two days ("nine days later", «نُه روز بعد»), an offset from one."""
    return t.closed_after.match_at(text, _GAP.match(text, b).end()) is not None


_GAP = re.compile(r"[\s\u200c]*")


def _said(rules: Rules, lang: str, before: bool | None) -> re.Pattern[str]:
    """The reporting verbs of ``rules/sources`` (cues ``said``), right before or after a word
    (``before`` None: anywhere, as a whole word)."""
    cues = (rules.lang("sources", lang).get("cues") or {}).get("said") or []
    body = "|".join(sorted({re.escape(fold(w)) for w in cues if w.strip()}, key=lambda w: (-len(w), w)))
    if not body:
        return re.compile(r"(?!x)x")
    if before is None:
        return re.compile(rf"{WB_L}(?:{body}){WB_R}")
    return re.compile(rf"{WB_L}(?:{body})\s+\Z" if before else rf"\A\s+(?:{body}){WB_R}")


def _words(words) -> re.Pattern[str]:
    """Whole words (folded), punctuation left out: a comma already ends a clause."""
    body = "|".join(sorted({re.escape(fold(w)) for w in words if w and any(ch.isalpha() for ch in w)}))
    return re.compile(f"{WB_L}(?:{body}){WB_R}" if body else r"(?!x)x")
