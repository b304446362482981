"""Compiled tables for number claims, built once per ``Rules`` object and language.

:class:`NumberLexicon` holds the number words of ``rules/numbers/<lang>.yaml`` as one token
regex (read by :mod:`checker.extract.number_words`); :class:`Ctx` adds what
:mod:`checker.extract.numbers` needs around a number: hedges, units, labels, ranges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from checker.extract.base import non_word, phrase_pattern
from checker.normalize import fold
from checker.rules import Rules
from checker.table_cache import load_or_build

_HEAD = 4  # letters of a word that must fit some number word before the token regex is tried
_SECTIONS = {"units": "unit", "teens": "teen", "tens": "ten", "hundreds": "hundred", "scales": "scale"}


_SHORT_UNIT = 2  # letters of a unit too short to take a clitic before it


@dataclass(frozen=True)
class Word:
    """One lexicon entry: its value and grammatical class."""

    value: int
    cat: str  # unit | teen | ten | hundred | scale | dual
    ordinal: bool = False
    weak: bool = False
    plural: bool = False
    construct: bool = False  # «مليونا»: a scale after a number, two of it alone («مليونا برميل»)


@dataclass
class NumberLexicon:
    """The compiled number words of one language."""

    lang: str
    data: dict[str, Any]
    words: dict[str, Word]  # keyed by the folded form without spaces
    article_clitics: dict[str, int]
    token_re: re.Pattern[str]
    sep_re: re.Pattern[str]
    glue_re: re.Pattern[str]
    dot_thousands: bool
    slash_decimal: bool
    scan_re: re.Pattern[str]  # finds what token_re.finditer finds, faster: see _scan
    digit_clitics: tuple[str, ...] = ()  # folded letters that may be written onto digits («و7»)


# Keyed by id(rules); each entry keeps the Rules object alive so that its id cannot be reused.
_LEXICONS: dict[tuple[int, str], tuple[Rules, NumberLexicon]] = {}
_CONTEXTS: dict[tuple[int, str], tuple[Rules, Ctx]] = {}


def number_lexicon(rules: Rules, lang: str) -> NumberLexicon:
    """The compiled lexicon for ``lang``, built once per ``Rules`` object."""
    key = (id(rules), lang)
    if key not in _LEXICONS:
        _LEXICONS[key] = (rules, _lexicon(rules.lang("numbers", lang), lang))
    return _LEXICONS[key][1]


def context(rules: Rules, lang: str) -> Ctx:
    """The compiled tables for ``lang``, built once per ``Rules`` object."""
    key = (id(rules), lang)
    if key not in _CONTEXTS:
        _CONTEXTS[key] = (rules, load_or_build(rules, lang, "number_context", lambda: Ctx(rules, lang)))
    return _CONTEXTS[key][1]


def _entries(data: dict[str, Any]) -> tuple[dict[str, Word], list[str]]:
    """Folded space-free form → entry, and every form as written (for the regex)."""
    weak = {squash(fold(w)) for w in data.get("weak") or []}
    plural = {squash(fold(w)) for w in data.get("plural_scales") or []}
    construct = {squash(fold(w)) for w in data.get("construct_duals") or []}
    words: dict[str, Word] = {}
    forms: list[str] = []
    sections = [(data.get(key) or {}, cat) for key, cat in (*_SECTIONS.items(), ("duals", "dual"))]
    sections.append(((data.get("ordinals") or {}).get("words") or {}, "ordinal"))
    for table, cat in sections:
        for value, written in table.items():
            for form in written:
                f = squash(fold(form))
                c = _category(int(value)) if cat == "ordinal" else cat
                words.setdefault(
                    f, Word(int(value), c, cat == "ordinal", f in weak, f in plural, f in construct)
                )
                forms.append(form)
    return words, forms


def _category(value: int) -> str:
    """The class of an ordinal word by its value ("fifth" is a unit, "eightieth" a ten)."""
    if value < 10:
        return "unit"
    if value < 20:
        return "teen"
    if value < 100:
        return "ten"
    return "hundred" if value < 1000 else "scale"


def _lexicon(data: dict[str, Any], lang: str) -> NumberLexicon:
    words, forms = _entries(data)
    pfx = data.get("prefixes") or {}
    article = {fold(k): int(v) for k, v in (pfx.get("article") or {}).items()}
    prefix_list = [*article, *(pfx.get("plain") or [])]
    prefixes = alt(prefix_list)
    suffixes = alt((data.get("ordinals") or {}).get("suffixes"))
    glue = alt(data.get("glued_joiners"))
    # A glued joiner («بیستوپنج») lets a word start or end against a letter; _glue_ok checks it.
    glued = [fold(g) for g in data.get("glued_joiners") or []]
    left = "(?:(?<!\\w)" + "".join(f"|(?<={re.escape(g)})" for g in glued) + ")"
    right = f"(?:(?!\\w)|(?={glue}))" if glued else "(?!\\w)"
    blockers = data.get("not_numbers") or []
    # A joiner that is also a clitic of number words is written onto digits too («بين 5 و7»):
    # digits may follow one that follows no letter.
    plain = {fold(c).strip() for c in pfx.get("plain") or []}
    clitics = sorted(
        {j for j in (fold(c).strip() for c in data.get("joiners") or []) if j and j in plain}
        | {fold(c).strip() for c in data.get("digit_clitics") or [] if c.strip()}
    )
    d_left = left[:-1] + "".join(f"|(?<=(?<!\\w){re.escape(c)})" for c in clitics) + ")"
    token = (
        f"(?:{left}(?:(?P<b>(?:{prefixes})?(?:{alt(blockers)}))(?!\\w)"
        f"|(?P<p>{prefixes})??(?P<w>{alt(forms)})(?P<o>{suffixes})?{right})"
        f"|{d_left}(?P<d>\\d+(?:[.,:/]\\d+)*+))"
    )
    heads = _heads(prefix_list, [*forms, *blockers])
    digits = data.get("digits") or {}
    return NumberLexicon(
        lang=lang,
        data=data,
        words=words,
        article_clitics=article,
        token_re=re.compile(token),
        sep_re=re.compile(rf"\s+|\s*-\s*|\s*(?:{alt(data.get('joiners'))})\s*"),
        glue_re=re.compile(glue),
        dot_thousands=bool(digits.get("dot_thousands")),
        slash_decimal=bool(digits.get("slash_decimal")),
        scan_re=_scan(token, glued, heads, [c[-1] for c in clitics]),
        digit_clitics=tuple(clitics),
    )


def _heads(prefixes: list[str], phrases: list[str]) -> list[str] | None:
    """The first ``_HEAD`` letters of every prefixed phrase, as ``phrase_pattern`` matches them
    («ب» + «الثمانين» → «بالث»; "nine-eleven" → "nine", "a b…" keeps its space); ``None`` when
    some phrase can match nothing at all."""
    pre = [""] + [fold(p).strip() for p in prefixes if p and p.strip()]
    out: set[str] = set()
    for phrase in phrases:
        if not (phrase and phrase.strip()):
            continue
        body = fold(phrase).strip()
        for p in pre:
            s = " ".join((p + body).split())
            if not s:
                return None
            letters = [k for k, ch in enumerate(s) if ch != " "][:_HEAD]
            out.add(s[: letters[-1] + 1])
    return sorted(out)


def _scan(token: str, glued: list[str], heads: list[str] | None, clitics: list[str]) -> re.Pattern[str]:
    """``token`` found by the character before it, for :func:`checker.extract.number_words.tokens`.

    After the text's first character a token follows a non-word character or a glued joiner
    (the lookbehinds of ``token``) and begins with a digit or with one of ``heads``. The regex
    engine skips to such a character by a bitmap lookup, checks the head, and only then tries
    the token (group ``t``); digits may also follow the last letter of a digit clitic. When no
    head begins with a character that can come before a token, the head's first character is
    consumed too, which spares a lookahead at most characters.
    """
    if heads is None or "" in glued:
        return re.compile(f"(?s:.)(?=(?P<t>{token}))")
    ends = sorted({g[-1] for g in glued})
    before = "[" + non_word() + "".join(map(re.escape, sorted({*ends, *clitics}))) + "]"
    firsts = sorted({h[0] for h in heads})
    # One alternative per first letter: the engine tests each by its letter without entering it.
    head = "|".join(["\\d", *(phrase_pattern([h for h in heads if h[0] == c], str) for c in firsts)])
    safe = all((c.isalnum() or c == "_") and c not in ends for c in firsts)
    if safe and not any(e.isdecimal() for e in ends):
        first = "[" + "".join(map(re.escape, firsts)) + "\\d]"
        return re.compile(f"{before}{first}(?<=(?={head})(?=(?P<t>{token})).)")
    return re.compile(f"{before}(?={head})(?=(?P<t>{token}))")


_AROUND_WORDS = 2  # words between the number and the verb of an around-hedge: «از ۱۳۰ نفر گذشت»


# Words between a verb of exceeding and its figure: the subject of an Arabic verb-first clause
# («وتجاوز متوسط سعر غالون البنزين العادي على المستوى الوطني 3 دولارات»).
_VERB_FIRST_WORDS = 8
_SIGN_REACH = 20  # characters: the longest unit phrase before a number ("at the age of ")


class Before:
    """A phrase that ends where a number starts («بیش از» ۸۰): ``search(text, lo, s)`` finds it in
    ``text[lo:s]``, followed only by spaces. The regex is tried only where the text before the
    spaces ends as some phrase does (its last two letters, or its last one)."""

    def __init__(self, body: str, phrases: list[str] | None, word_start: bool = True) -> None:
        start = r"(?<!\w)" if word_start else ""
        self.pattern = re.compile(rf"{start}(?:{body})\s*\Z")
        # As phrase_pattern reads a phrase: folded, stripped, a space matching any spaces or none.
        ends = [" ".join(fold(p).split()) for p in phrases or [] if p and p.strip()]
        self.any = "" in ends
        self.one = frozenset(e[-1] for e in ends if e and (len(e) == 1 or e[-2] == " "))
        self.two = frozenset(e[-2:] for e in ends if len(e) > 1 and e[-2] != " ")

    def search(self, text: str, lo: int, s: int) -> re.Match[str] | None:
        """The phrase ending at ``s`` (spaces aside) and starting at or after ``lo``, or ``None``."""
        if not self.any:
            spaced = s > lo and text[s - 1].isspace()
            tail = text[lo:s].rstrip()[-2:] if spaced else text[max(lo, s - 2) : s]
            if tail[-1:] not in self.one and tail not in self.two:
                return None
        return self.pattern.search(text, lo, s)


class Ctx:
    """Everything a language needs beyond number words, compiled once per ``Rules`` object."""

    def __init__(self, rules: Rules, lang: str) -> None:
        self.lex = lex = number_lexicon(rules, lang)
        nums = lex.data
        ords, labels = nums.get("ordinals") or {}, nums.get("labels") or {}
        subject: dict[str, Any] = nums.get("subject") or {}
        self.max_words = int(subject.get("max_words", 3))
        self.duration_order = subject.get("duration_order") or ["link", "after", "head"]
        self.stop = frozenset(fold(w) for w in nums.get("stopwords") or [])
        # words spelt as written that the fold makes a number word («ميتا», dead: «مئتا», 200)
        self.not_as_written = frozenset(nums.get("not_numbers_as_written") or ())
        self.adjective_endings = tuple(fold(x) for x in subject.get("adjective_endings") or [])
        self.preposition_clitics = tuple(fold(x) for x in subject.get("preposition_clitics") or [])
        self.duration_links = re.compile(rf"\s*(?:{alt(subject.get('duration_links'))})\s+")
        self.of_links = re.compile(rf"\s*(?:{alt(subject.get('of_links'))})\s+")
        self.ord_noun = Before(f"(?:{_prefixes(lex)})?(?:{alt(ords.get('nouns'))})", ords.get("nouns"))
        self.label_before = Before(alt(labels.get("before")), labels.get("before"))
        self.label_after = re.compile(rf"\s*(?:{alt(labels.get('after'))})(?!\w)")
        days = [w for forms in (rules.lang("weekdays", lang).get("weekdays") or {}).values() for w in forms]
        self.weekday_after = re.compile(rf"\s*(?:{alt(days)})(?!\w)") if days else None
        self.digit_suffix = re.compile(rf"(?:{alt(ords.get('digit_suffixes'))})(?!\w)")
        abbrs = [(a, str(v)) for v, forms in (nums.get("scale_abbreviations") or {}).items() for a in forms]
        self.scale_abbr = re.compile(rf"(?:{alt([a for a, _ in abbrs])})(?!\w)")
        self.abbrs = dict(abbrs)
        halves = nums.get("halves") or []
        self.half = re.compile(rf"\s*(?:{alt(halves)})(?!\w)") if halves else None
        self._units(rules.lang("units", lang), rules.concepts("units").get("concepts") or {})
        self._hedges(rules.lang("hedges", lang), rules.concepts("hedges"))

    def _units(self, data: dict[str, Any], concepts: dict[str, Any]) -> None:
        units = data.get("units") or {}
        unit_pairs, sign_pairs = pairs(units, "phrases"), pairs(units, "before")
        unit_body, self.units = table(unit_pairs)
        sign_body, self.signs = table(sign_pairs)
        cue_body, self.cues = table(pairs(units, "cues"))
        self.window = int(data.get("window", 0))
        # English puts adjectives between the number and its noun: "4,000 young Syrian students".
        mid = rf"(?P<mid>(?:[^\W\d_][\w'-]*\s+){{0,{self.window}}}?)" if self.window else "(?P<mid>)"
        noun = rf"(?P<p>{_prefixes(self.lex)})?(?P<u>{unit_body})"
        conn = alt(data.get("connectors"))
        glued = alt(data.get("glued_endings"))
        ending = f"(?:{glued})?" if glued else ""
        self.unit_re = re.compile(rf"(?:\s*|-)(?:(?:{conn})\s+)?{mid}{noun}{ending}(?!\w)")
        self.unit_back = Before(noun, [p for p, _ in unit_pairs])
        links = data.get("links_before") or []
        self.unit_linked_back = Before(rf"{noun}\s+(?:{alt(links)})", links) if links else None
        self.sign_re = Before(sign_body, [p for p, _ in sign_pairs], word_start=False)
        self.cue_re = re.compile(rf"(?<!\w)(?:{cue_body})(?!\w)")
        # Where one conjunct ends and the next begins: a comma or a joiner word («و», "and").
        self.conjunct_sep = re.compile(rf"[,،]|(?<!\w)(?:{alt(self.lex.data.get('joiners'))})(?!\w)")
        self.unit_concepts = concepts
        # «عامين», «لمدة يومين»: a dual that counts two of its unit by itself
        dual_body, self.dual_units = table(pairs(units, "duals"))
        self.unit_duals = (
            re.compile(rf"(?<!\w)(?P<p>{_prefixes(self.lex)})?(?P<u>{dual_body})(?!\w)")
            if self.dual_units
            else None
        )
        # («ساعة و45 دقيقة», "an hour and 45 minutes": one of a unit, as a compound's first part)
        one_pairs = pairs(units, "one")
        _, self.one_units = table(one_pairs)
        self.unit_one = (
            Before(rf"(?P<u>{alt([p for p, _ in one_pairs])})", [p for p, _ in one_pairs])
            if one_pairs
            else None
        )
        self.compound_joins = tuple(sorted(fold(j).strip() for j in data.get("compound_joins") or ()))
        # "50 women and children", «٥٠ من النساء والأطفال»: a count of both (rules/units ``people_joins``)
        self.people_joins = tuple(sorted(fold(j).strip() for j in data.get("people_joins") or ()))
        # Only a unit that some cue refines needs its clause read for cues.
        self.cue_parents = {(concepts.get(c) or {}).get("parent") for c in self.cues.values()}

    def _hedges(self, data: dict[str, Any], concepts: dict[str, Any]) -> None:
        hedges = data.get("hedges") or {}
        before, after = pairs(hedges, "before"), pairs(hedges, "after")
        any_body, self.hedges = table(before + after)
        # A proclitic may be glued to a hedge as to any word («ارتفع بنحو 5%», «يتسع لنحو 6200»).
        plain = alt((self.lex.data.get("prefixes") or {}).get("plain"))
        # ("more than a million": an article may stand between the hedge and a number word)
        articles = data.get("articles") or []
        article = rf"(?:\s+(?:{alt(articles)}))?" if articles else ""
        self.hedge_before = Before(
            f"(?:{plain})?(?P<h>{table(before)[0]}){article}", [p for p, _ in before] + list(articles)
        )
        self.hedge_after = re.compile(rf"\s*(?P<h>{table(after)[0]})(?!\w)")
        self.hedge_not_after = frozenset(fold(w).strip() for w in data.get("before_not_after") or ())
        verbs = data.get("verb_first")
        # («تجاوز معدله السنوي 140», «تجاوز عدد الناخبين المسجلين 27 مليون»: the verb, one to three words, the figure; a conjunction may be
        # glued to the verb: «وتزيد قيمتها على 140 مليون روبية»)
        glued = "".join(fold(w).strip() for w in data.get("verb_first_clitics") or ())
        self.verb_first = (
            re.compile(
                rf"(?<!\w){f'[{glued}]?' if glued else ''}(?P<h>{alt(verbs)})(?:\s+[^\W\d_]+){{1,{_VERB_FIRST_WORDS}}}\s*\Z"
            )
            if verbs
            else None
        )
        self.verb_first_not_after = frozenset(fold(w).strip() for w in data.get("verb_first_not_after") or ())
        self.verb_first_not_through = frozenset(
            fold(w).strip() for w in data.get("verb_first_not_through") or ()
        )
        negators = data.get("negators")
        # («لا تزال ٢٢٣ في قبضة الخاطفين»: "still", no negation)
        unless = data.get("negators_unless_before")
        but = rf"(?!\s+(?:{alt(unless)})(?!\w))" if unless else ""
        self.negator = re.compile(rf"(?<!\w)(?:{alt(negators)})(?!\w){but}") if negators else None
        # "withdraw over 60 days": a span, not more than 60 days ("for over 60 days" is more)
        spans = data.get("duration_spans") or {}
        self.span_words = {squash(fold(w)) for w in spans.get("words") or ()}
        self.span_unless = Before(alt(spans.get("unless_after") or ["(?!)"]), spans.get("unless_after") or [])
        # «از ۱۳۰ نفر گذشت»: a phrase before the number and a verb after it (and its noun).
        self.hedge_around = [
            (
                hid,
                Before(alt(a["before"]), a["before"]),
                re.compile(
                    rf"\s*(?:[^\W\d_]+[\s\u200c]+){{0,{_AROUND_WORDS}}}?(?P<h>{alt(a['after'])})(?!\w)"
                ),
            )
            for hid, entry in hedges.items()
            for a in (entry or {}).get("around") or ()
        ]
        self.hedge_start = re.compile(rf"(?:{any_body})(?!\w)")
        # Where a subject's words stop: a hedge, the next number or a clause cue begins there.
        parts = (self.hedge_start, self.lex.token_re, self.cue_re)
        self.word_stop = re.compile("|".join(f"(?:{r.pattern})" for r in parts))
        join = lambda phrases: re.compile(rf"\s*(?:{alt(phrases)})\s*")  # noqa: E731
        self.ranges = [(Before(alt(r["open"]), r["open"]), join(r["join"])) for r in data.get("ranges") or []]
        self.bare_join = join(data.get("bare_joins"))
        self.either_join = join(data.get("either_joins") or ["(?!)"])
        self.no_range_after = Before(alt(data.get("no_range_after")), data.get("no_range_after"))
        self.hedge_concepts: dict[str, Any] = concepts.get("concepts") or {}
        self.default_tolerance = float(concepts.get("default_tolerance", 0.1))
        self.spreads: dict[str, tuple[dict[str, Any], Decimal, Decimal]] = {}

    def spread(self, hedge: str) -> tuple[dict[str, Any], Decimal, Decimal]:
        """A hedge's concept (rules/hedges/concepts.yaml) with 1 − tolerance and 1 + tolerance."""
        if hedge not in self.spreads:
            sem = self.hedge_concepts[hedge]
            tol = Decimal(str(sem.get("tolerance", self.default_tolerance)))
            self.spreads[hedge] = (sem, 1 - tol, 1 + tol)
        return self.spreads[hedge]

    def _unit_span(self, m: re.Match[str]) -> tuple[str, tuple[int, int]]:
        # «بالذكرى»: the article belongs to the noun's surface, the «ب» before it does not.
        clitics = self.lex.article_clitics.get(m.group("p") or "")
        start = m.start("u") if clitics is None else m.start("p") + clitics
        return self.units[squash(m.group("u"))], (start, m.end("u"))

    def unit_after(self, text: str, e: int) -> tuple[str, tuple[int, int]] | None:
        """The counted noun after the number («سال», «جوان», "young Syrian students")."""
        m = self.unit_re.match(text, e)
        if not m or any(fold_word(w) in self.stop for w in m.group("mid").split()):
            return None
        if m.group("p") and len(m.group("u")) <= _SHORT_UNIT:
            return None  # («الثانية بين»: «ب» and «ين», yen, are the word "between", no unit)
        # (a day's word before a weekday is the weekday's: «ساعت ۱۸ روز جمعه», 6 p.m. on Friday)
        if self.weekday_after is not None and self.weekday_after.match(text, m.end("u")):
            return None
        return self._unit_span(m)

    def unit_before(self, text: str, s: int) -> tuple[str, tuple[int, int]] | None:
        """A noun before an ordinal: «الذكرى الثمانين», «دور دوم»."""
        m = self.unit_back.search(text, max(0, s - 40), s)
        return self._unit_span(m) if m else None

    def unit_linked_before(self, text: str, s: int) -> tuple[str, tuple[int, int]] | None:
        """A counted noun before a cardinal, linked to it: "a crew of 22", «الطاقم الـ21»."""
        m = self.unit_linked_back and self.unit_linked_back.search(text, max(0, s - 40), s)
        return self._unit_span(m) if m else None

    def sign(self, text: str, s: int) -> tuple[str | None, int | None]:
        """A unit sign or phrase right before the number: "$5", «٪۷», "at the age of 96"."""
        m = self.sign_re.search(text, max(0, s - _SIGN_REACH), s)
        # (a sign of letters is a whole word: the "rs" that ends "waters 47" is no rupee sign)
        if m is None or (m.start() and text[m.start()].isalpha() and text[m.start() - 1].isalpha()):
            return None, None
        return self.signs[squash(m.group())], m.start()

    def ordinal_noun(self, text: str, s: int) -> bool:
        return bool(self.ord_noun.search(text, max(0, s - 40), s))

    def refine(self, text: str, unit: str | None, clause: tuple[int, int]) -> str | None:
        """A cue in the clause that narrows the unit: person → student («… مشغول به تحصیل»)."""
        if unit not in self.cue_parents:
            return unit
        for m in self.cue_re.finditer(text, *clause) if unit else ():
            cue = self.cues.get(squash(m.group()))
            if cue and self.unit_concepts.get(cue, {}).get("parent") == unit:
                return cue
        return unit

    def is_percent(self, unit: str | None) -> bool:
        return bool(unit) and self.unit_concepts.get(unit, {}).get("kind") == "percent"

    def dimension(self, unit: str | None) -> str | None:
        return self.unit_concepts.get(unit, {}).get("dimension") if unit else None

    def fraction(self, unit: str | None) -> tuple[str, float] | None:
        """The currency a unit is a fraction of and its share of it (a cent: dollar, 0.01), else ``None``."""
        f = self.unit_concepts.get(unit, {}).get("fraction_of") if unit else None
        return (f[0], float(f[1])) if f else None

    def days(self, unit: str | None) -> float | None:
        """A duration unit's length in days (rules/units/concepts.yaml), else ``None``."""
        return self.unit_concepts.get(unit, {}).get("days") if unit else None


_FOLDED: dict[str, str] = {}


def fold_word(w: str) -> str:
    """``fold(w)``, remembered: the same few thousand words are folded again and again."""
    f = _FOLDED.get(w)
    if f is None:
        if len(_FOLDED) >= 1 << 16:
            _FOLDED.clear()
        f = _FOLDED[w] = fold(w)
    return f


def squash(s: str) -> str:
    return "".join(s.split())


def table(pairs: list[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """An alternation of folded phrases and a map from each (space-free) phrase to its id."""
    ids: dict[str, str] = {}
    for phrase, cid in pairs:
        ids.setdefault(squash(fold(phrase)), cid)
    return alt([p for p, _ in pairs]), ids


def pairs(mapping: dict[str, Any], field: str) -> list[tuple[str, str]]:
    """``{id: {field: [phrase, …]}}`` → ``[(phrase, id), …]``."""
    return [(p, cid) for cid, entry in mapping.items() for p in (entry or {}).get(field) or []]


def alt(phrases: list[str] | None) -> str:
    return phrase_pattern(phrases or [], fold)


def _prefixes(lex: NumberLexicon) -> str:
    pfx = lex.data.get("prefixes") or {}
    return alt([*(pfx.get("article") or {}), *(pfx.get("plain") or [])])
