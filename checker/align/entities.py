"""One entity id per person across the corpus.

A claim about a known person (``rules/people.yaml``) carries that person's id. A name the list
lacks is first matched against the known aliases, then clustered with the other unknown names:
by surname-anchored rapidfuzz on match keys when both names share a script, and on consonant
skeletons ("Eskandar Momeni" = «إسكندر مؤمني») when they do not. Blocking on the first
consonant of the surname's skeleton, which both scripts share, keeps this near-linear.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from checker.align.names import NameMatcher
from checker.model import Claim
from checker.normalize import fold, match_key
from checker.normalize.keys import raw_tokens
from checker.normalize.translit import is_latin, reread, skeleton_tokens
from checker.rules import LANGS, Rules
from checker.table_cache import Memo, load_or_build

_PERSON_TYPES = ("person_role", "attendance")


@dataclass
class Entities:
    """Claim id → entity id, and entity id → display name."""

    of_claim: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)

    def entity(self, claim: Claim) -> str | None:
        return self.of_claim.get(claim.id)


@dataclass(frozen=True)
class NameForm:
    """A name prepared for comparison in and across scripts."""

    key: str
    skel: tuple[str, ...]
    latin: bool
    block: str = "?"  # the surname skeleton's first class, read as its one alternate if it has one
    # "Abdullah II", «عبدالله دوم»: the regnal number, compared apart from the name (rules/people_cues)
    regnal: int | None = None
    base: str = ""  # the key without the regnal number
    # A Latin name's skeleton with its letters read the other way (rules/transliteration
    # ``latin_readings``), and its block: Turkish "Celik" (Çelik) is «تشيليك» (the plain skeleton
    # reads a c as k or s)
    alt: tuple[str, ...] = ()
    alt_block: str = ""

    @classmethod
    def of(cls, name: str, rules: Rules) -> NameForm:
        tokens = raw_tokens(name)
        number = _regnal(name, tokens, rules)
        if number is not None:
            tokens = tokens[:-1]
        skel = tuple(skeleton_tokens(tokens, rules))
        first = skel[-1][:1] if skel else "?"
        base = " ".join(match_key(t) for t in tokens) if number is not None else match_key(name)
        key = f"{base} {number}" if number is not None else base
        latin = is_latin(base)
        classes = _block_classes(rules)
        alt: tuple[str, ...] = ()
        other = [reread(t, rules) for t in tokens] if latin else tokens
        if other != tokens:
            alt = tuple(skeleton_tokens(other, rules))
        alt_first = alt[-1][:1] if alt else ""
        return cls(
            key, skel, latin, classes.get(first, first), number, base, alt, classes.get(alt_first, alt_first)
        )


@lru_cache(maxsize=1 << 14)
def name_key(name: str, rules: Rules) -> str:
    """The match key of a name without its regnal number ("Hassan II" → "hasan"): what
    another report must name for the person to be named there."""
    return NameForm.of(name, rules).base


def _regnal(name: str, tokens: list[str], rules: Rules) -> int | None:
    """The regnal number a name ends in, when it has a name before it: "Mohammed VI" (in capitals),
    «محمد ششم», «عبد الله الثاني»."""
    if len(tokens) < 2:
        return None
    last = name.split()[-1] if name.split() else ""
    table = _regnal_table(rules)
    if is_latin(tokens[-1]) and not last.isupper():
        return None
    return table.get(tokens[-1])


@lru_cache(maxsize=4)
def _regnal_table(rules: Rules) -> dict[str, int]:
    """A regnal number's folded word (as :func:`raw_tokens` reads it, article dropped) → its value."""
    out: dict[str, int] = {}
    for lang in LANGS:
        for value, forms in (rules.lang("people_cues", lang).get("regnal") or {}).items():
            for form in forms:
                words = raw_tokens(form)
                if len(words) == 1:
                    out.setdefault(words[0], int(value))
    return out


def _block_classes(rules: Rules) -> dict[str, str]:
    """Skeleton classes with one alternate reading («ش» may be a Turkish ş written s): blocked with
    it, so "Simsek" meets «شيمشك»."""
    alt = rules.top("transliteration").get("skeleton_alternates") or {}
    one = {
        src: dsts if isinstance(dsts, str) else dsts[0]
        for src, dsts in alt.items()
        if isinstance(dsts, str) or len(dsts) == 1
    }
    out = {}
    for src in one:
        # (followed to the end: a v may be read f, and an f dropped, so v, f and none are one block)
        seen, dst = {src}, one[src]
        while dst in one and dst not in seen:
            seen.add(dst)
            dst = one[dst]
        out[src] = dst
    return out


def _score(m: NameMatcher, a: NameForm, b: NameForm) -> float:
    if a.regnal is not None and b.regnal is not None and a.regnal != b.regnal:
        return 0.0  # Hassan II is not Hassan I
    score = m.score(a.base, b.base) if a.latin == b.latin else m.skeleton_score(list(a.skel), list(b.skel))
    if a.latin != b.latin and (a.alt or b.alt):
        lat, other = (a, b) if a.latin else (b, a)
        score = max(score, m.skeleton_score(list(lat.alt), list(other.skel)))
        if len(lat.alt) == len(lat.skel) > 1:
            # (each part read its own way: "Ján Kuciak" is «يان كوسياك», the j read y and the c s)
            score = max(
                score,
                m.skeleton_score([*lat.alt[:-1], lat.skel[-1]], list(other.skel)),
                m.skeleton_score([*lat.skel[:-1], lat.alt[-1]], list(other.skel)),
            )
    if (
        score < m.surname_min
        and not a.latin
        and not b.latin
        and (
            a.base.split()[-1:] == b.base.split()[-1:]
            or (
                len(a.skel) == len(b.skel) >= 2
                and all(m.skeletons(x, y) >= m.surname_min for x, y in zip(a.skel, b.skel, strict=True))
            )
        )
    ):
        # One surname, a given name spelled two ways in Arabic script («جوش غرين», «جاش گرین»):
        # the given names' consonants decide; and a name whose every word has the other's
        # consonants, its surname written with a vowel in one language and without in the other
        # («پارک گئون-هه», «بارك كون هيه»; not a bare «بارك», nor «يون سوك يول بسبب إعلانه» and
        # «فون دير لاين», whose last words alone share theirs)
        score = max(score, m.skeleton_score(list(a.skel), list(b.skel)))
    extra = abs(len(a.skel) - len(b.skel))
    if score < m.surname_min and 1 <= extra <= _JOINED_MAX and min(len(a.skel), len(b.skel)) > 1:
        # A name written in more words or in one ("Suk Yeol", «سوک‌یول»; «عبد الله», «عبدالله»;
        # "Ursula von der Leyen", «اورزولا فن‌درلاین»): the longer name with neighbouring words joined.
        long, short = (a, b) if len(a.skel) > len(b.skel) else (b, a)
        score = max(
            score,
            *(
                m.skeleton_score(
                    [*long.skel[:i], "".join(long.skel[i : i + extra + 1]), *long.skel[i + extra + 1 :]],
                    list(short.skel),
                )
                # (two words or more run into one only as a surname with its particles, at the end:
                # «يون سوك يول بسبب إعلانه», a name read on into the sentence, is no «فون دير لاين»)
                for i in (range(len(long.skel) - extra) if extra == 1 else (len(long.skel) - extra - 1,))
            ),
        )
    return score


_JOINED_MAX = 2  # words more in one spelling of a name than in the other that may be joined («فن‌درلاین»)


def _joined_blocks(form: NameForm, rules: Rules) -> tuple[str, ...]:
    """The blocks the form would have with its last two («سوک‌یول») or three («فن‌درلاین») words
    written as one, other than its own."""
    classes = _block_classes(rules)
    out = []
    for k in range(2, _JOINED_MAX + 2):
        if len(form.skel) >= k:
            first = next((w[:1] for w in form.skel[-k:] if w), "")
            out.append(classes.get(first, first))
    return tuple(b for b in dict.fromkeys(out) if b != form.block)


def _bare_block(form: NameForm, rules: Rules) -> str | None:
    """The block of the form's surname read without a first class that the other script may not
    write (the silent h of "Hollande", «اولاند»), or None."""
    optional = rules.top("transliteration").get("skeleton_initial_optional") or ()
    last = form.skel[-1] if form.skel else ""
    if len(last) < 2 or not any(last.startswith(o) for o in optional):
        return None
    classes = _block_classes(rules)
    return classes.get(last[1], last[1])


@lru_cache(maxsize=4)
def _alias_index(rules: Rules) -> dict[str, list[tuple[NameForm, str]]]:
    """Skeleton initial of the surname → [(alias form, person id)]; kept across runs."""
    return load_or_build(rules, "", "alias_index", lambda: _build_alias_index(rules))  # type: ignore[no-any-return]


def _build_alias_index(rules: Rules) -> dict[str, list[tuple[NameForm, str]]]:
    index: dict[str, list[tuple[NameForm, str]]] = defaultdict(list)
    for pid, p in (rules.top("people").get("people") or {}).items():
        for aliases in p["aliases"].values():
            for a in aliases:
                form = NameForm.of(a, rules)
                if form.key:
                    index[form.block].append((form, pid))
                    if form.alt and form.alt_block != form.block:
                        index[form.alt_block].append((form, pid))  # ("Cavusoglu" is met by «تشاووش»)
                    for jb in _joined_blocks(form, rules):
                        index[jb].append((form, pid))  # («فن‌درلاین» is met by «فون در لاین»)
    return index


def resolve_entities(claims: list[Claim], rules: Rules) -> Entities:
    """Give every person claim an entity id."""
    people = rules.top("people").get("people") or {}
    matcher = NameMatcher.from_rules(rules)
    index = _alias_index(rules)
    ents = Entities(display={pid: p["display"] for pid, p in people.items()}, known=set(people))
    unknown: dict[NameForm, list[Claim]] = defaultdict(list)
    # One name recurs across a corpus: its form and best alias are computed once (memoised), and
    # a name's best alias (a pure function of the rules) is kept for the next run.
    forms: dict[str, NameForm] = {}
    aliases = Memo.load(rules, "best_alias")
    for c in claims:
        if c.type not in _PERSON_TYPES:
            continue
        pid = c.value.get("person")
        name = c.value.get("name") or ""
        form = forms.get(name)
        if form is None:
            form = forms[name] = NameForm.of(name, rules)
        if not pid and form.key:
            if name not in aliases:
                short = _without_lineage(name, rules)
                aliases[name] = (
                    short and _best_alias(NameForm.of(short, rules), index, matcher)
                ) or _best_alias(form, index, matcher)
            pid = aliases[name]
            if pid and _of_another_country(c, people[pid]):
                pid = None  # («الرئيس النيجيري محمد بخاري» is not Iran's «محمد باقري»)
        if pid:
            ents.of_claim[c.id] = pid
        elif form.key:
            unknown[form].append(c)
    aliases.save()
    _cluster_unknown(unknown, matcher, ents, rules)
    return ents


def _of_another_country(c: Claim, person: dict) -> bool:
    """The text gives the claim a role of a country that the known person, whose name it only
    resembles, is not of and held no office in."""
    country = c.value.get("country")
    if not country or c.value.get("country_source") != "text" or not person.get("country"):
        return False
    held = {o.get("country") for o in person.get("offices") or ()}
    return country != person["country"] and country not in held


def _without_lineage(name: str, rules: Rules) -> str | None:
    """A name that goes on past its father's with its lineage, to the given name and the father's
    («محمد بن سلمان بن عبدالعزيز آل سعود» → «محمد بن سلمان»), which is how the lexicon knows
    such a person; None for any other name. (The family name they share, «آل سعود», would make a
    cousin of anyone.)"""
    tokens = name.split()
    patronyms = {fold(w) for w in rules.top("transliteration").get("patronyms") or ()}
    at = [i for i, w in enumerate(tokens) if fold(w) in patronyms]
    if len(at) < 2 or at[0] != 1 or at[1] < 3:
        return None
    return " ".join(tokens[: at[1]])


_ONE_WORD_MIN = 95.0
# Across scripts a one-word alias binds a longer name only by a skeleton this long: «سیسی» (s-s)
# is also "Sousa" in "Marcelo Rebelo de Sousa".
_ONE_WORD_SKELETON = 3


def _best_alias(form: NameForm, index, matcher: NameMatcher) -> str | None:
    best, best_score = None, matcher.alias_min
    for alias, pid in (*index.get(form.block, ()), *(index.get(form.alt_block, ()) if form.alt else ())):
        s = _score(matcher, form, alias)
        if len(alias.skel) == 1 < len(form.skel) and (
            s < _ONE_WORD_MIN
            or (alias.latin != form.latin and len(alias.skel[0]) < _ONE_WORD_SKELETON)
            or _other_given_name(form, pid, index, matcher)
        ):
            continue  # a one-word alias ("Tokayev") binds a longer name only by a near-equal surname
        if len(form.skel) == 1 and (
            s < _ONE_WORD_MIN or (alias.latin != form.latin and len(form.skel[0]) <= _ONE_WORD_SKELETON)
        ):
            continue  # one word is a known person's only when written nearly as one («حسينة» is not «حسين»)
        if s >= best_score and (best is None or s > best_score or pid < best):
            best, best_score = pid, s
    return best


def _other_given_name(form: NameForm, pid: str, index, matcher: NameMatcher) -> bool:
    """The person's full names share the surname but none fits the given name: "Michel Aoun" is
    not Joseph Aoun, whose one-word alias is "Aoun"."""
    # (in the block of either reading: "Corrado Clini", kln read gln, meets the one-word "Jolani"
    # there, and al-Jolani's full names there too)
    blocks = (form.block, form.alt_block) if form.alt else (form.block,)
    full = [a for b in blocks for a, p in index.get(b, ()) if p == pid and len(a.skel) > 1]
    return bool(full) and all(_score(matcher, form, a) < matcher.alias_min for a in full)


_RUN_ON = 3
_AND = "و"
_AND_WORD = 5  # «وزوجته» (and his wife) is a word of its own, the «وين» of «تساي إنغ-وين» is not
# … and it ends on a possessive ("his", "her"): «واحدا» ("one by one") introduces no one
_POSSESSIVE = ("ه", "ها")


def _cluster_unknown(
    unknown: dict[NameForm, list[Claim]], matcher: NameMatcher, ents: Entities, rules: Rules
) -> None:
    """Union unknown names that name one person; the entity id is ``name:<fullest key>``."""
    forms = sorted(unknown, key=lambda f: (-len(f.key.split()), f.latin, -len(f.key), f.key))
    root: dict[NameForm, NameForm] = {}
    blocks: dict[str, list[NameForm]] = defaultdict(list)
    joined: dict[str, list[NameForm]] = defaultdict(list)  # by the blocks with the last words joined
    readings = {
        src: [dsts] if isinstance(dsts, str) else list(dsts)
        for src, dsts in (rules.top("transliteration").get("skeleton_alternates") or {}).items()
    }
    for f in forms:
        jbs = _joined_blocks(f, rules)
        bare = _bare_block(f, rules)
        near = (
            *blocks[f.block],
            *joined[f.block],
            *(o for jb in jbs for o in blocks[jb]),
            *(blocks[f.alt_block] if f.alt and f.alt_block != f.block else ()),
            *(blocks[bare] if bare else ()),
            # (and under each reading of its first class: "Cherif", j, meets «شریف», x, filed before it)
            *(o for r in readings.get(f.block, ()) if r != f.block for o in blocks[r]),
        )
        met = (o for o in near if _score(matcher, f, o) >= matcher.surname_min)
        matches = list(met) if f.latin else [m for m in (next(met, None),) if m is not None]
        root[f] = root[matches[0]] if matches else f
        if f.latin:
            # (a Latin name bridges two Arabic-script spellings it meets each its own way, which
            # do not meet each other: "Pravind Jugnauth" is «برافيند جوغنوث» and «پراویند جاگنات»)
            for other in {root[o] for o in matches[1:]} - {root[f]}:
                for g, r in root.items():
                    if r is other:
                        root[g] = root[f]
        # (filed under every reading of its first class too: «جرين» is met by "Green"; and under the
        # class as written, which the run-on look-up below reads)
        for b in dict.fromkeys(
            [
                f.skel[-1][:1] if f.skel else "?",
                f.block,
                *readings.get(f.block, ()),
                *([bare] if bare else ()),
            ]
        ):
            blocks[b].append(f)
        for jb in jbs:
            joined[jb].append(f)
    # A name read with the words after it («لويس كابوتو برنامجها التقشفي»: "Luis Caputo his
    # austerity programme") is the shorter name its first words spell, when exactly one does.
    for f in forms:
        if root[f] is not f or len(f.skel) < _RUN_ON:
            continue
        words = f.key.split()
        shorter = {
            root[o]
            for k in range(2, len(f.skel))
            # «عمران خان وزوجته بشرى بيبي» names two people ("and his wife"): not a run-on.
            if not any(
                w.startswith(_AND) and len(w) >= _AND_WORD and w.endswith(_POSSESSIVE) for w in words[k:]
            )
            for o in blocks[f.skel[k - 1][:1]]
            # (a given name of vowels alone has no skeleton: «اوو مورالس» is Evo Morales)
            if (len(o.skel) == k or (len(o.skel) < k and len(o.key.split()) == k))
            and matcher.skeleton_score(list(f.skel[:k]), list(o.skel)) >= matcher.surname_min
        }
        if len(shorter) == 1:
            root[f] = shorter.pop()
    names: dict[NameForm, Counter[str]] = defaultdict(Counter)
    for f in forms:
        names[root[f]].update(c.value["name"] for c in unknown[f])
    for f in forms:
        eid = "name:" + root[f].key.replace(" ", "_")
        ents.display.setdefault(eid, sorted(names[root[f]].items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
        for c in unknown[f]:
            ents.of_claim[c.id] = eid
