"""Places the gazetteer does not list: a town, a river or a district read from the words around it.

A story happens in places no lexicon can hold: a suburb («ضاحية كراسنوغورسك»), a river gorge
("the Seti River"), a district («شهرستان پازارجیک»). Such a name is read where the text itself
says it is a place:

- after a head noun of ``heads:`` in ``rules/places/<lang>.yaml`` («شهر», «نهر», "the town of");
- before an English head of ``heads_after:`` ("Seti River", "Osmaniye province");
- as each name of a list after a plural head of ``heads_plural:`` («روستاهای موندکای و چورالمالا»,
  "the villages of Mundakkai and Chooralmala"), or the two after a dual one of ``heads_dual:``
  («قريتي مونداكاي وتشورالمالا»), joined by a comma or a word of ``list_joins:``;
- in English, as capitalised words right after a locative ("in Krasnogorsk").

The name is one word in Persian (two when the second is no common word either), in Arabic one
word or a construct «رأس الحكمة», and in English a run of up to three capitalised words. Words
that cannot be names (``not_name``, roles, countries, months, weekdays; in Persian also words
hazm's dictionary counts as common) stop it. Its id is ``?:`` and its consonant skeleton, so that
«خیمکی», «خيمكي» and "Khimki" are one place (``align/geo``); it has no container.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from checker.extract.base import Doc
from checker.extract.lexicon import Table, cached, clitics, country_entries, flat
from checker.extract.people_tables import people_tables
from checker.normalize import fold
from checker.normalize.common import hazm_path
from checker.normalize.translit import skeleton
from checker.rules import Rules, cache_file

UNLISTED = "?:"
# The ``locative`` of a name read from a list ("the villages of A and B", "in A and B"): where
# something is, one of several places.
LISTED = "listed"
_WORD = re.compile(r"[^\W\d_][\w\u200c'’-]*")
_MAX_EN_WORDS = 3
_NUMBERED = re.compile(r"[ \t]+(?:No\.?\s*|#)?\d")
# A Persian word hazm's dictionary counts this often is a common word, not a town's name
# («شهر بزرگ», «شهر جدید»); rare words (and foreign names, which it lacks) may be names.
_COMMON_FA = 500_000
_ARTICLE = ("ال",)
_OF_THE = "لل"  # a preposition glued to the article: no name begins so
# A relative adjective («التاريخية», «الساحلية») agrees with the head noun; a name's second word
# («رأس الحكمة», «شرم الشيخ») is a noun.
_NISBA = ("ية", "يه", "یه", "یة")  # the fold writes «ي» as «ی» and «ة» as «ه»
_LATIN_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az"}


@dataclass(frozen=True)
class UnlistedTables:
    heads: Table  # «شهر» → city
    heads_after: Table  # "River" → river (English)
    locatives: Table  # "in", "at" (English: a capitalised name may follow)
    blocked: frozenset[str]
    numbers: frozenset[str]  # number words («ده», "three"): a head after them is plural
    demonstratives: frozenset[str] = frozenset()  # «این» before a head: the place named before
    verbal: frozenset[str] = frozenset()  # «بسجن»: a verbal noun ("to jail") before a person's name
    based: Table | None = None  # "headquartered in", «مستقر در»: where a body is based follows
    light_verbs: frozenset[str] = frozenset()  # «شد», «کرد»: the word before one is a predicate
    plural: Table | None = None  # «روستاهای» → village: a list of names follows
    dual: Table | None = None  # «قريتي» → village: two names follow
    join: re.Pattern[str] | None = None  # what stands between two names of a list
    # (Persian) adjectives of a head noun that hazm counts too seldom to know («شهر توریستی …»)
    adjectives: frozenset[str] = frozenset()
    # (Arabic) first words of foreign place names whose second word has no article («فورت ماكموري»)
    openers: frozenset[str] = frozenset()
    # English heads the lexicon writes in lower case ("province", "mine"); the others must be
    # capitalised to end a name ("Notre-Dame Cathedral", not "the Gothic cathedral")
    lower_heads: frozenset[str] = frozenset()


def unlisted_tables(rules: Rules, lang: str) -> UnlistedTables:
    return cached(rules, lang, "places_unlisted", lambda: _build(rules, lang))  # type: ignore[return-value]


def _strings(node) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def _build(rules: Rules, lang: str) -> UnlistedTables:
    data = rules.lang("places", lang)
    cl = clitics(rules, lang)
    blocked = set(people_tables(rules, lang).blocked)
    for family in ("months", "weekdays", "relative"):
        blocked.update(w for s in _strings(rules.lang(family, lang)) for w in fold(s).split())
    heads, after = _by_kind(data.get("heads")), _by_kind(data.get("heads_after"))
    locs = [(p, "location") for p in data.get("locatives") or []] if lang == "en" else []
    blocked.update(w for p, _ in heads + after for w in fold(p).split())
    blocked.update(fold(w) for w in data.get("not_names") or ())
    # What happened is no part of where («به رودخانه پاتاپسکو فروریخت»: it collapsed into the river).
    for phrase, _ in flat(rules.lang("predicates", lang).get("predicates")):
        blocked.update(w for w in fold(phrase).split() if len(w) > 3)
    # Nor is what a figure measures («در بخش حمل‌ونقل», in the transport sector: «بخش» is a district
    # too).
    # (whole one-word phrases only: "Central" of "central bank" may open a name, "Central Sulawesi")
    blocked.update(fold(p) for p, _ in flat(rules.lang("concepts", lang).get("concepts")) if " " not in p)
    # Nor is an ordinal («منطقه یکم», the First District: which one, not its name).
    ordinals = (rules.lang("numbers", lang).get("ordinals") or {}).get("words") or {}
    blocked.update(fold(w) for ws in ordinals.values() for w in ws if " " not in w)
    # A country's adjective after a name is no part of it («بارتين التركية»: Turkey's Bartin).
    blocked.update(fold(p) for p, _ in country_entries(rules, lang, ("adjectives",)) if " " not in p)
    return UnlistedTables(
        heads=Table.build(heads, cl),
        heads_after=Table.build(after, cl),
        lower_heads=frozenset(fold(p) for p, _ in after if p[:1].islower()),
        locatives=Table.build(locs, cl),
        blocked=frozenset(blocked),
        demonstratives=frozenset(fold(w) for w in data.get("demonstratives") or ()),
        verbal=frozenset(fold(w) for w in data.get("verbal_heads") or ()),
        light_verbs=frozenset(fold(w).split()[0] for w in data.get("light_verbs") or ()),
        based=Table.build(
            [(p, "based") for p in ((rules.lang("predicates", lang).get("based") or {}).get("after") or [])],
            cl,
        ),
        numbers=frozenset(
            w
            for field in ("units", "teens", "tens", "hundreds", "scales")
            for x in _strings(rules.lang("numbers", lang).get(field))
            for w in fold(x).split()
        ),
        plural=Table.build(_by_kind(data.get("heads_plural")), cl),
        dual=Table.build(_by_kind(data.get("heads_dual")), cl),
        join=_join_rx(data.get("list_joins") or (), cl),
        adjectives=frozenset(fold(w) for w in data.get("head_adjectives") or ()),
        openers=frozenset(fold(w) for w in data.get("name_openers") or ()),
    )


def _by_kind(heads: dict | None) -> list[tuple[str, str]]:
    return [(p, kind) for kind, ps in (heads or {}).items() for p in ps]


def _join_rx(words, glued: str) -> re.Pattern[str]:
    """A comma, a join word, or both, between two names of a list; a join that is one of the
    language's proclitics (``glued``) may be written on the name after it («وتشورالمالا»)."""
    alts = sorted({fold(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(w) + (r"\s*" if w in glued else r"\s+") for w in alts)
    word = f"(?:{body})" if body else "(?!)"
    return re.compile(rf"[ \t]*(?:[,،][ \t]*{word}?|{word})")


def fa_common() -> frozenset[str]:
    """Persian words hazm counts as common enough to be an ordinary word (``_KIND_FA`` times or more,
    its derived forms with no count included)."""
    return _fa_common(_KIND_FA)


@lru_cache(maxsize=4)
def _fa_common(threshold: int = _COMMON_FA, uncounted: bool = True) -> frozenset[str]:
    """Persian words that are no town's name: the ones hazm's word list counts as common, and
    (``uncounted``) the derived forms it lists with no count («دیگری», «ارزیابی»), among which
    are many names too («بادغیس»). Read once from hazm's file, then kept in the cache directory
    (a 0.4 s read becomes 0.07 s)."""
    default_words = hazm_path("data/words.dat")  # (what hazm.utils.default_words names)
    if default_words is None:  # pragma: no cover - hazm is a required dependency
        return frozenset()
    st = os.stat(default_words)
    key = hashlib.sha256(
        f"{default_words}:{st.st_size}:{st.st_mtime_ns}:{threshold}:{uncounted}:folded".encode()
    ).hexdigest()[:16]

    def build() -> bytes:
        words = []
        with open(default_words, encoding="utf-8") as f:
            for line in f:
                word, _, rest = line.partition("\t")
                count = rest.partition("\t")[0]
                if count.isdigit() and ((uncounted and int(count) == 0) or int(count) >= threshold):
                    words.append(word)
                    # (as the folded text writes it: «زغال‌سنگ» loses its ZWNJ, coal is no town)
                    words.append(fold(word.replace("\u200c", "")))
        return "\n".join(sorted(set(words))).encode("utf-8")

    return frozenset(cache_file(f"fa-common-{key}.txt", build).decode("utf-8").split("\n"))


def place_key(name: str, rules: Rules) -> str:
    """``?:`` and the consonant skeleton of a name, articles dropped («العلمين», "El Alamein")."""
    return place_key_by(name, lambda tok: skeleton(tok, rules))


def place_key_by(name: str, skel: Callable[[str], str]) -> str:
    """:func:`place_key` with the skeleton of one token given."""
    parts = []
    for tok in re.split(r"[\s\-‐]+", fold(name).replace("\u200c", " ")):
        if not tok or tok in _LATIN_ARTICLES:
            continue
        if tok.startswith(_ARTICLE) and len(tok) > 3:
            tok = tok[2:]
        parts.append(skel(tok))
    return UNLISTED + "".join(parts)


def find_unlisted(
    doc: Doc, rules: Rules, taken: list[tuple[int, int]]
) -> list[tuple[int, int, str, bool | str]]:
    """``(start, end, kind, locative)`` of unlisted place names, folded offsets, outside ``taken``
    (the spans of listed places); ``locative`` is ``LISTED`` for a name of a list."""
    t = unlisted_tables(rules, doc.lang)
    text = doc.text
    out: list[tuple[int, int, str, bool | str]] = []
    covered = bytearray(len(text) + 1)  # one mark per character: every test is linear in its span
    for a, b in taken:
        covered[a:b] = b"\x01" * (b - a)

    def free(s: int, e: int) -> bool:
        if 1 in covered[s:e]:
            return False
        covered[s:e] = b"\x01" * (e - s)
        return True

    def fit(span: tuple[int, int] | None) -> tuple[int, int] | None:
        """The words of ``span`` before a listed place that follows them: «منطقه لیاری کراچی» is
        the district Lyari, of Karachi."""
        if span is None:
            return None
        k = covered.find(1, *span)
        if k <= span[0] or not text[k - 1].isspace():
            return span
        return span[0], span[0] + len(text[span[0] : k].rstrip())

    for _s, e, kind in t.heads.find(text):
        if text[e : e + 1] == "\u200c" or text[e : e + 3].strip().startswith("ها") or _counted(text, _s, t):
            continue  # «استان‌های آسیب‌دیده», «ده استان»: a plural head names no one place
        if text[_s:e] in t.verbal:
            continue  # «بسجن كلود غيان»: jailing him
        span = _quoted(text, e, lambda a, b: 1 not in covered[a:b])
        if span is None and kind == "facility" and _kind_word(doc, text, e):
            continue  # «معدن زغال‌سنگ», «نیروگاه اتمی»: what the facility is, not where (but «معدن مس «سونگون»»)
        # (after a province's or a town's head the next word is a name unless frequent: «ولایت
        # بادغیس»; a district's head is often a common noun, «در این محله زندگی می‌کنند»)
        span = span or fit(_after(doc, t, e, headed=kind in _NAMED_HEADS and not _demonstrative(text, _s, t)))
        if span and free(*span):
            out.append((*span, kind, True))
    for table, most in ((t.plural, _LISTED_MAX), (t.dual, 2)):
        for _s, e, kind in table.find(text) if table is not None else ():
            for span in _listed(doc, t, e, most):
                if free(*span):
                    out.append((*span, kind, LISTED))
    for s, _e, kind in t.heads_after.find(text):
        if doc.lang == "en" and (text[s:_e] in t.lower_heads or _capital(doc, s)):
            span = _before_en(doc, t, s)
            if span and free(*span):
                out.append((*span, kind, _after_locative(text, span[0], t)))
    # (where a body is based, «مستقر در کوپرتینو»: a town the gazetteer lacks, in any script)
    for _s, e, _ in t.based.find(text) if t.based is not None else ():
        span = _after(doc, t, e, headed=True)
        if span and free(*span):
            out.append((*span, "city", True))
    for _s, e, _ in t.locatives.find(text):
        # (and the names joined to it: "in Mundakkai and Chooralmala")
        spans = _listed(doc, t, e, _LISTED_MAX, commas=False) if _capital(doc, _next_word(text, e)) else []
        for span in spans:
            if _NUMBERED.match(text, span[1]):
                break  # "in Hangar 12", "at Gate 5": a numbered part of a site, no town
            if free(*span):
                out.append((*span, "place", LISTED if len(spans) > 1 else True))
    return sorted(out)


_LISTED_MAX = 5  # names of one list after a plural head, at most


def _listed(doc: Doc, t: UnlistedTables, pos: int, most: int, commas: bool = True) -> list[tuple[int, int]]:
    """The names of a list after a plural head: each a name as ``_after`` reads one (a frequent
    word is none), joined to the one before by a comma or a join word; at most ``most``. Without
    ``commas``, a join word must stand there ("in Gaza, Hamas said" lists no places)."""
    out: list[tuple[int, int]] = []
    at = pos
    while len(out) < most:
        span = _after(doc, t, at)
        if span is None:
            break
        out.append(span)
        m = t.join.match(doc.text, span[1]) if t.join is not None else None
        if m is None or m.end() == span[1] or (not commas and not m.group().strip(" \t,،")):
            break
        at = m.end()
    return out


def _after_locative(text: str, start: int, t: UnlistedTables) -> bool:
    """ "in Al Haouz province": a locative right before the name (and perhaps "the", "Al")."""
    words = text[max(0, start - 24) : start].split()[-3:]

    def locative(w: str) -> bool:
        return any(True for _ in t.locatives.find(w))

    while words and (
        words[-1] == "the"
        # (an article of a name, "Al", unless it is the locative itself: "at the Mariinsky Palace")
        or (words[-1] in _LATIN_ARTICLES and not locative(words[-1]))
        or words[-1].endswith(_POSSESSIVE)
    ):
        # "in the Al Haouz province"; "in Seoul's Itaewon nightlife district": the town's district
        words = words[:-1]
    return bool(words) and locative(words[-1])


_POSSESSIVE = ("'s", "’s")
_NAMED_HEADS = ("province", "city", "village")


def _demonstrative(text: str, start: int, t: UnlistedTables) -> bool:
    """«این استان»: "this province", the one named before, no name after it (rules/places
    ``demonstratives``)."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1] in t.demonstratives


def _counted(text: str, start: int, t: UnlistedTables) -> bool:
    """The head follows a number («ده استان», "three provinces")."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and (before[-1][:1].isdigit() or before[-1] in t.numbers)


def _next_word(text: str, pos: int) -> int:
    m = _WORD.search(text, pos, min(len(text), pos + 3))
    return m.start() if m else pos


def _capital(doc: Doc, pos: int) -> bool:
    o = doc.norm.orig_index(pos)
    return o < len(doc.article.text) and doc.article.text[o].isupper()


_QUOTE = re.compile(r"\s*[«\"“]([^»\"”\n]{2,40})[»\"”]")


def _quoted(text: str, pos: int, unplaced=lambda a, b: True) -> tuple[int, int] | None:
    """«منطقه «رأس الحکمه»»: a quoted name after a head, up to four words; also after one word
    that says what kind it is («معدن زغال‌سنگ «آماسرا»», a coal mine named Amasra), though not
    after a listed place's name («ایالت کالیفرنیا «فرست ریپابلیک»»: the state, then a bank it
    closed); ``unplaced(start, end)`` says a span holds no listed place."""
    m = _QUOTE.match(text, pos)
    if m is None:
        w = _WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        m = _QUOTE.match(text, w.end()) if w and unplaced(w.start(), w.end()) else None
    if m and len(m.group(1).split()) <= 4 and _WORD.match(m.group(1).strip()):
        return m.start(1), m.end(1)
    return None


_KIND_FA = 10_000  # a word hazm counts this often, right after a facility's head, says what it is


def _kind_word(doc: Doc, text: str, pos: int) -> bool:
    m = _WORD.match(text, _next_word(text, pos))  # (the whole word, not its first letters)
    return doc.lang == "fa" and m is not None and m.group() in _fa_common(_KIND_FA)


def _ok(doc: Doc, t: UnlistedTables, word: str, headed: bool = False) -> bool:
    """``headed``: right after a head noun («ولایت بادغیس»), where only a frequent word is no name."""
    if word.endswith(("'s", "’s")):
        return False  # "Friday's attack": a possessive before a noun
    if len(word) < 3 or word in t.blocked or (word[0] in t.heads.clitics and word[1:] in t.blocked):
        return False
    if doc.lang == "ar" and word.startswith(_OF_THE):
        return False  # «منجم للفحم»: "a mine for coal", no name
    return doc.lang != "fa" or (word not in _fa_common(uncounted=not headed) and word not in fa_verb_forms())


_PRESENT_PREFIXES = ("ب", "ن", "می", "نمی")
_PAST_PREFIXES = ("", "ن", "می", "نمی")
_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
_PAST_ENDINGS = ("م", "ی", "یم", "ید", "ند")


@lru_cache(maxsize=1)
def fa_verb_forms() -> frozenset[str]:
    """Persian verb forms with a prefix or a person's ending, from the stems of hazm's verb list
    («بخوابم», «می‌روند», «رفتند»), folded: no town's name («در زندان بخوابم», "to sleep in prison",
    names no prison). Bare stems are left out: «کرد» is a Kurd too."""
    path = hazm_path("data/verbs.dat")
    if path is None:  # pragma: no cover - hazm is a required dependency
        return frozenset()
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            past, _, present = line.strip().lstrip("#").partition("#")
            for pre in _PRESENT_PREFIXES if present else ():
                out.update(pre + present + end for end in _PRESENT_ENDINGS)
            for pre in _PAST_PREFIXES if past else ():
                out.update(pre + past + end for end in (*_PAST_ENDINGS, *(("",) if pre else ())))
    return frozenset(fold(w) for w in out)


def _after(doc: Doc, t: UnlistedTables, pos: int, headed: bool = False) -> tuple[int, int] | None:
    """The name right after a head or a locative: one or two words (see the module's text).
    ``headed``: after a head noun of a town or region, whose first word is a name unless frequent."""
    text = doc.text
    words = []
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        gap = text[(words[-1].end() if words else pos) : m.start()]
        if gap.strip() or "\n" in gap:
            break
        if doc.lang == "en":
            if not words and m.group() in _LATIN_ARTICLES and _capital(doc, m.start()):
                # ("in Al Khor", "in Al Qusayr": an Arabic name's article, written apart, opens it)
                named = _after(doc, t, m.end(), headed)
                return (m.start(), named[1]) if named is not None else None
            article, dash, _rest = m.group().partition("-")
            if words and dash and article in _LATIN_ARTICLES and _capital(doc, m.start() + len(article) + 1):
                words.append(m)  # ("the town of Bir al-Abed": an article joined to the next word)
                continue
            if not _capital(doc, m.start()) or not _ok(doc, t, m.group()) or len(words) == _MAX_EN_WORDS:
                break
        elif not words:
            if not _ok(doc, t, m.group(), headed):
                return None
            if doc.lang == "ar" and m.group().endswith(_NISBA) and not m.group().startswith(_ARTICLE):
                return None  # «بمنطقة جبلية»: an indefinite head and its adjective, "a mountainous area"
            if doc.lang == "fa" and (
                _adjective_fa(m.group()) or m.group() in t.adjectives or _compound_adjective_fa(doc, m)
            ):
                # «شهر تاریخی لاهاینا»: a common adjective of the head, then the name (and where
                # no name follows, the word is the name: «شهر ساری در …»)
                named = _after(doc, t, m.end(), headed)
                if named is not None:
                    return named
        elif doc.lang == "ar":
            if not (m.group().startswith(_ARTICLE) and not words[0].group().startswith(_ARTICLE)) and (
                words[0].group() not in t.openers or m.group().startswith(_ARTICLE)
            ):
                break
            if not _ok(doc, t, m.group()) or m.group().endswith(_NISBA):
                break  # «بلدة لاهاينا التاريخية»: an adjective of the head noun, not part of the name
        elif not _ok(doc, t, m.group()) or _before_light_verb(text, m.end(), t):
            break  # («شهر لاهاینا شعله‌ور شد»: "ablaze" is what happened in Lahaina)
        words.append(m)
        if doc.lang != "en" and len(words) == 2:
            break
    return (words[0].start(), words[-1].end()) if words else None


def _before_light_verb(text: str, pos: int, t: UnlistedTables) -> bool:
    """The next word is a verb that makes a compound verb with the word before ``pos``."""
    m = _WORD.match(text, _next_word(text, pos))
    return m is not None and m.group() in t.light_verbs


def _adjective_fa(word: str) -> bool:
    """A common Persian adjective in «ی» («تاریخی», «ساحلی», «مرزی»)."""
    return word.endswith("ی") and word in _fa_common(_KIND_FA)


def _compound_adjective_fa(doc: Doc, m: re.Match[str]) -> bool:
    """A Persian compound adjective, written with a ZWNJ (which the fold drops): a common word, then
    a relative adjective in «ی» or a participle («زمین‌گرمایی», geothermal; «فوق‌امنیتی»;
    «تخلیه‌شده», evacuated): «نیروگاه زمین‌گرمایی سوارتسنگی» names Svartsengi."""
    parts = doc.article.text[slice(*doc.norm.orig_span(m.start(), m.end()))].split("\u200c")
    return (
        len(parts) > 1
        and fold(parts[0]) in _fa_common(uncounted=False)
        and (parts[-1].endswith("ی") or parts[-1] in _PARTICIPLES_FA)
    )


_PARTICIPLES_FA = ("شده", "نشده", "یافته")


def _before_en(doc: Doc, t: UnlistedTables, pos: int) -> tuple[int, int] | None:
    """ "Seti River": the capitalised words right before an English head written after the name."""
    text = doc.text
    words = []
    end = pos
    for m in reversed(list(_WORD.finditer(text, max(0, pos - 60), pos))):
        if text[m.end() : end].strip() or len(words) == _MAX_EN_WORDS:
            break
        if not _capital(doc, m.start()) or not _ok(doc, t, m.group()):
            break
        words.append(m)
        end = m.start()
    return (words[-1].start(), words[0].end()) if words else None
