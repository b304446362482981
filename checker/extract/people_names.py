"""Names around role phrases: known people's aliases in the text, runs of name-like words, and
the members listed after a delegation phrase («هیأتی متشکل از …», "a delegation including …")."""

from __future__ import annotations

import re

from checker.extract.base import Doc
from checker.extract.people_tables import PeopleTables
from checker.model import Claim

TOKEN = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"[\s\u200c]*")
MAX_NAME_TOKENS = 5  # words of a name, its particles not counted («محمد بن سلمان بن عبدالعزيز آل سعود»)
RUN_TOKENS = 2 * MAX_NAME_TOKENS + 1  # tokens read to find one


def known_mentions(doc: Doc, t: PeopleTables):
    """Known-people aliases in the text, except a one-word alias inside a longer unknown name:
    «ماهر الشرع» / "Maher al-Sharaa" is not Ahmed al-Sharaa. The alias still binds after a word that
    cannot be a given name («الرئيس الشرع», «وأضاف الشرع», an Arabic verb opening its clause, a
    word right after another name) or after one of the person's own given names («احمد حسین الشرع»)."""
    text = doc.text
    capital = capital_test(doc)
    found = list(t.aliases.find(text))
    ends = {e for _, e, _ in found}
    for s, e, pid in found:
        if _inside_unknown_name(doc, t, s, e, pid, ends, capital):
            continue
        yield s, e, pid


def _inside_unknown_name(
    doc: Doc, t: PeopleTables, s: int, e: int, pid: str, ends: set[int], capital
) -> bool:
    text = doc.text
    if text[s:e].strip() not in t.single_aliases:
        return False
    nxt = _WORD_AFTER.match(text, e + 1) if text[e : e + 1] == " " else None
    if (
        capital is not None
        and nxt is not None
        and capital(nxt)
        and not blocked(nxt.group(0), t)
        and nxt.group(0) not in t.alias_words.get(pid, ())
    ):
        return True  # a given name of another before a surname: "Chief Justice Sisi Khampepe"
    prev = _word_before(text, s)
    if prev is None or blocked(prev.group(0), t) or (capital is not None and not capital(prev)):
        return False
    word = prev.group(0)
    if word in t.alias_words.get(pid, ()):
        return False  # one of the person's own given names
    if t.clitics and word[:1] in t.clitics and len(word) > 3 and word[1:] in t.alias_words.get(pid, ()):
        return False
    k = prev.start()
    while k > 0 and text[k - 1] in " \u200c":
        k -= 1
    if k in ends:
        return False  # right after another name: «عبد العاطي يستقبل الصفدي»
    lo, _ = doc.sentence_at(s)
    clause = text[lo : prev.start()].rstrip(" \u200c")
    # Arabic puts the verb first: «من جانبه، أشاد الصفدي»
    return not (doc.lang == "ar" and (not clause or clause[-1] in "،,:؛\n."))


_WORD_END = re.compile(r"[^\W\d_]+\Z")
_WORD_AFTER = re.compile(r"[^\W\d_]+")  # the word right after an alias (one space between)


def _word_before(text: str, pos: int):
    """The word directly before ``pos`` (one to three spaces or a hyphen between), or None."""
    i = pos
    while i > 0 and text[i - 1] in " \u200c-" and pos - i < 3:
        i -= 1
    if i == pos:
        return None
    return _WORD_END.search(text, max(0, i - 40), i)


def capital_test(doc: Doc):
    if doc.lang != "en":
        return None
    return lambda m: doc.article.text[doc.norm.orig_index(m.start())].isupper()


def name_run(
    text: str,
    toks,
    t: PeopleTables,
    anchor: int,
    backwards: bool = False,
    capital=None,
    first_free: bool = False,
) -> list:
    """The longest run of adjacent name-like tokens starting at ``anchor``; with ``first_free``
    (after an honorific) the first may be a listed word («الدكتور مساعد العيبان»)."""
    seq = []
    edge = anchor
    for m in toks:
        gap = text[m.end() : edge] if backwards else text[edge : m.start()]
        # a hyphen joins a name ("Abu-Qasra"), a spaced dash ends a dateline («بیروت - میشل عون»);
        # an initial's stop stands inside one ("P. Nandalal Weerasinghe"), with a name word after it
        initial = bool(seq) and gap.strip() == "." and _initial(text, m if backwards else seq[-1], t)
        if (gap.strip() and gap != "-" and not initial) or _words(seq, t) == MAX_NAME_TOKENS:
            break
        if m.group(0) in t.regnal and (bool(seq) != backwards) and not (seq and _initial(text, m, t)):
            # a regnal number ends a name («عبدالله دوم»), though it is also an ordinal word (but one
            # letter with its stop and a word after it is an initial: "Ramona V. Manglona")
            seq.append(m)
            edge = m.start() if backwards else m.end()
            if backwards:
                continue
            break
        free = (
            (first_free and not seq)
            or (not backwards and _before_patronym(text, m, t))
            or _after_particle(text, m, t)
            or _after_given(text, m, t)
            or _hyphened(text, m)
            or (_initial(text, m, t) and (bool(seq) or not backwards))
        )
        if blocked(m.group(0), t) and not free:
            break  # «مساعد بن محمد العيبان»: a given name that is also a word, before «بن»
        # ("Han Duck-soo", "Woo Won-shik": the part after a hyphen is written in lower case)
        joined = (gap == "-" and bool(seq)) if not backwards else text[m.start() - 1 : m.start()] == "-"
        if capital is not None and not capital(m) and not joined:
            break
        seq.append(m)
        edge = m.start() if backwards else m.end()
    while backwards and capital is not None and seq and not capital(seq[-1]):
        seq.pop()  # (a hyphen joins a lower-case part to a name, "Duck-soo", never opens one: "45-year-old")
    while (
        seq
        and blocked(seq[-1].group(0), t)
        and not _hyphened(text, seq[-1])
        and not _after_given(text, seq[-1], t)
        and not _regnal_end(seq, t, backwards)
        and not (backwards and len(seq) > 1 and _initial(text, seq[-1], t))
    ):
        seq.pop()
    while backwards and len(seq) > 2 and t.article and seq[-1].group(0).startswith(t.article):
        # («ومن بين الناجيين ظفر مسعود، رئيس …»: a definite noun opens no name of several words;
        # the name's own article stands on its later words, «عبد الرحمن الأحمد»)
        seq.pop()
    if backwards and len(seq) == 1 and seq[0].group(0) in t.regnal:
        return []  # an ordinal alone before a role («دوم»), no name
    return seq


def _initial(text: str, m: re.Match[str], t: PeopleTables) -> bool:
    """A person's initial: one Latin letter ("P" of "P. Nandalal Weerasinghe"), or one as Persian or
    Arabic writes it («پی» of «پی. ناندالال ویراسینگه»), its stop and a word after it."""
    w = m.group(0)
    return ((len(w) == 1 and w.isascii()) or w in t.initials) and _INITIAL_AFTER.match(
        text, m.end()
    ) is not None


_INITIAL_AFTER = re.compile(r"\. ?[^\W\d_]")


def _regnal_end(seq: list, t: PeopleTables, backwards: bool) -> bool:
    """The run's last word read is a regnal number that follows a name (forwards: it ends the run)."""
    return not backwards and len(seq) >= 2 and seq[-1].group(0) in t.regnal


def _hyphened(text: str, m: re.Match[str]) -> bool:
    """A word joined to the next or the one before by a hyphen is a part of a name, whatever word
    it also is («اوه سه-هون»: «سه» is three)."""
    return (text[m.end() : m.end() + 1] == "-" and text[m.end() + 1 : m.end() + 2].isalpha()) or (
        text[m.start() - 1 : m.start()] == "-" and text[m.start() - 2 : m.start() - 1].isalpha()
    )


_NEXT_WORD = re.compile(r"\s+(\S+)\s")


def _words(seq: list, t: PeopleTables) -> int:
    """A name's words, its particles (rules/transliteration ``patronyms``, ``family_particles``)
    not counted."""
    return sum(m.group(0) not in t.name_particles for m in seq)


def _after_particle(text: str, m: re.Match[str], t: PeopleTables) -> bool:
    """The word right before ``m`` opens a name with the next word (rules/transliteration
    ``compound_openers``): «عبد العالي» is Abdelaali, though «العالي» is a word of a role («التعليم العالي»)."""
    prev = _PREV_WORD.search(text, max(0, m.start() - _PARTICLE_REACH), m.start())
    return prev is not None and prev.group(1) in t.compound_openers


def _after_given(text: str, m: re.Match[str], t: PeopleTables) -> bool:
    """A word a country's longer name blocks, right after a common given name: a surname («محسن
    اسلامی», «علی عربی»), not the country's word."""
    if m.group(0) not in t.surname_words:
        return False
    prev = _PREV_WORD.search(text, max(0, m.start() - _PARTICLE_REACH), m.start())
    return prev is not None and prev.group(1) in t.given_names


_PREV_WORD = re.compile(r"(?<!\w)(\w+)[ ]+\Z")
_PARTICLE_REACH = 12


def _before_patronym(text: str, m: re.Match[str], t: PeopleTables) -> bool:
    nxt = _NEXT_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1) in t.patronyms


def blocked(word: str, t: PeopleTables) -> bool:
    """A word that cannot be part of a name: listed, a single letter, or a listed word behind a clitic («وأضاف»)."""
    if len(word) < 2 or word in t.blocked or (t.blocked_prefixes and word.startswith(t.blocked_prefixes)):
        return True
    if any(len(word) >= n and word.startswith(a) and word.endswith(z) for a, z, n in t.blocked_shapes):
        return True  # «المصابين»: a definite plural participle
    return bool(t.clitics) and word[0] in t.clitics and word[1:] in t.blocked


def delegation_members(doc: Doc, t: PeopleTables, nps: list, mentions, people: dict, cues) -> None:
    """Everyone listed after «هیأتی متشکل از», "a delegation including", «وفد يضم» accompanied,
    named with a role, known, or as two to four name-like words."""
    text = doc.text
    items: dict[int, int] = {s: e for s, e, _ in mentions.values()}
    for np in nps:
        lo = min(np.start, np.name[0]) if np.name else np.start
        items[lo] = max(np.end, np.name[1] if np.name else np.end)
    capital = capital_test(doc)
    for _s, e, _ in (c for c in cues if c[2] == "delegation"):
        _, hi = doc.sentence_at(_s)
        pos, count = e, 0
        while pos < hi and count < 12:
            pos = _skip_conjunctions(text, pos, t, glued=count > 0)
            if pos in items:
                pos, count = items[pos], count + 1
                continue
            toks = list(TOKEN.finditer(text, pos, hi))[:RUN_TOKENS]
            seq = name_run(text, toks, t, pos, capital=capital) if toks and toks[0].start() == pos else []
            seq = _list_item(seq, t, items)
            if len(seq) < 2:
                break
            span = (seq[0].start(), seq[-1].end())
            if not any(a <= span[0] < b for a, b in people):
                people[span] = None
            pos, count = span[1], count + 1


def _list_item(seq: list, t: PeopleTables, items: dict[int, int]) -> list:
    """A name of a list ends before a known name or a role («… کریم ناصر پوتین را»), and before a
    word glued to the conjunction («سمير حداد وكريم ناصر»)."""
    for i, m in enumerate(seq):
        glued = i > 0 and t.clitics and m.group(0)[:1] in t.conjunctions and len(m.group(0)) > 3
        if m.start() in items or glued:
            return seq[:i]
    return seq


def _skip_conjunctions(text: str, pos: int, t: PeopleTables, glued: bool) -> int:
    """Past spaces, commas and «و» / "and" between the members of a list."""
    while True:
        pos = _SPACES.match(text, pos).end()
        word = TOKEN.match(text, pos)
        if word and word.group(0) in t.conjunctions:
            pos = word.end()
        elif pos < len(text) and not text[pos].isalpha() and text[pos] in t.conjunctions:
            pos += 1
        elif glued and word and t.clitics and text[pos] in t.conjunctions and len(word.group(0)) > 3:
            return pos + 1  # Arabic «وكريم»
        else:
            return pos


def surname(c: Claim) -> str:
    """The last word of a person claim's match key: who the holder is within one article ("Liz
    Truss" and a later "Truss")."""
    return (c.value.get("match_key") or "").rsplit(" ", 1)[-1]
