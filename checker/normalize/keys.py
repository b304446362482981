"""Match keys for names: one spelling for the many ways a name is written.

«الشیباني», «شیبانی» and «الشيباني» share a key; «ابو قصرة» and «ابوقصره» too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from checker.normalize.common import fold

_NON_LETTER = re.compile(r"[^\w]+")
_WORD = re.compile(r"\w+")
_DOUBLE = re.compile(r"(.)\1+")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # short vowels, tatweel


@dataclass(frozen=True)
class _KeyRules:
    """The match-key tables of ``rules/transliteration.yaml`` (folded)."""

    fold_table: dict[int, str]
    # The same mapping as (letter, letter) pairs, when no letter maps to another mapped one: a
    # whole article is folded by a few str.replace scans, which beat str.translate's per-letter
    # look-ups (0.9 of 2.3 ms an article in the omission check); None when they would chain.
    fold_pairs: tuple[tuple[str, str], ...] | None
    join_next: frozenset[str]
    join_previous: frozenset[str]
    drop_before: frozenset[str]
    article_min: int


@lru_cache(maxsize=1)
def _key_rules() -> _KeyRules:
    from checker.rules import load_rules  # late: rules imports nothing from here, but keep the layers clear

    t = load_rules().top("transliteration")
    pairs = {fold(k): fold(v) for k, v in (t.get("match_fold") or {}).items()}
    single = all(len(k) == 1 for k in pairs) and not any(ch in pairs for v in pairs.values() for ch in v)
    return _KeyRules(
        fold_table=str.maketrans(pairs),
        fold_pairs=tuple(sorted(pairs.items())) if single else None,
        join_next=frozenset(fold(w) for w in t.get("join_next") or []),
        join_previous=frozenset(fold(w) for w in t.get("join_previous") or []),
        drop_before=frozenset(fold(w) for w in t.get("drop_before") or []),
        article_min=int(t.get("article_min_length", 5)),
    )


# A hyphen inside a word: "Sang-mok" is one given name, as Persian writes it with a ZWNJ («سانگ‌موک»),
# which the fold drops; an article before one stays apart ("al-Sharaa").
_HYPHENED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-(?=[^\W\d_])")


def _hyphen(m: re.Match[str], kr) -> str:
    left = m.group(1)
    return m.group(0) if fold(left) in kr.drop_before or fold(left) in kr.join_next else left


def raw_tokens(name: str) -> list[str]:
    """Folded tokens of a name with the article dropped and «ابو X» joined, letters as written."""
    kr = _key_rules()
    name = _HYPHENED.sub(lambda m: _hyphen(m, kr), name)
    words = [w for w in _NON_LETTER.split(fold(name)) if w]
    # «أليخاندرو», «ألمانيا», «آل سعود»: a word written with a hamza or madda on its first alef
    # begins with no article (the article «ال» takes a plain alef), though folding makes them alike.
    # (short vowels and tatweel are no letters, but no word breaks either: «إِليزابيث» is one word)
    written = [w for w in _NON_LETTER.split(_MARKS.sub("", name)) if w]
    # Nor does a Persian spelling of a Western name: «الیسون», «الیزابت» (Ellison, Elizabeth) are
    # written with the Persian yeh, which an Arabic article's word never is.
    keep = (
        {i for i, w in enumerate(written) if w[:1] in _HAMZA_ALEF or w.startswith(_PERSIAN_EL)}
        if len(written) == len(words)
        else set()
    )

    def strip(j: int) -> str:
        return words[j] if j in keep else _strip_article(words[j])

    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if (w in kr.join_next or w in kr.drop_before) and i + 1 < len(words):
            w = strip(i + 1) if w in kr.drop_before else w + strip(i + 1)
            i += 1
            out.append(w)
        elif w in kr.join_previous and out:
            out[-1] += w  # («قلیچدار اوغلو»: one surname)
        else:
            out.append(strip(i))
        i += 1
    return [w for w in out if w]


def name_tokens(name: str) -> list[str]:
    """Match tokens: :func:`raw_tokens` with letters that differ between Persian and Arabic spellings folded.

    >>> name_tokens("مرهف ابو قصرة")
    ['مرهف', 'ابوقسره']
    """
    table = _key_rules().fold_table
    return [_DOUBLE.sub(r"\1", w.translate(table)) for w in raw_tokens(name)]


def key_words(text: str) -> set[str]:
    """Every word of a whole text in its folded and in its match-key spelling, in one pass.

    Used to ask "is this surname named anywhere in the article?" without keying each word.
    """
    kr = _key_rules()
    folded = fold(text)
    tokens = _key_tokens(folded, kr)
    words = set(_WORD.findall(folded)) | set(tokens)
    joined = set()
    for w, nxt in pairwise(tokens):
        if w in kr.join_next:
            joined.add(w + _strip_article(nxt))
        if nxt in kr.join_previous:
            joined.add(w + nxt)
    return words | joined | {_strip_article(w) for w in words}


def key_pairs(text: str) -> set[tuple[str, str]]:
    """Every two words next to each other in a whole text, in their match-key spelling: a short
    name of two words ("Luis Arce", «لوئیس آرسه») is named where its words stand together."""
    return set(pairwise(_key_tokens(fold(text), _key_rules())))


def _key_tokens(folded: str, kr: _KeyRules) -> list[str]:
    """The words of a folded text in their match-key spelling, in order."""
    return _WORD.findall(_DOUBLE.sub(r"\1", _match_fold(folded, kr)))


def _match_fold(text: str, kr: _KeyRules) -> str:
    if kr.fold_pairs is None:
        return text.translate(kr.fold_table)
    for src, dst in kr.fold_pairs:
        if src in text:
            text = text.replace(src, dst)
    return text


_HAMZA_ALEF = frozenset("أإآ")
_PERSIAN_EL = "ال\u06cc"  # alef, lam, Persian yeh


def _strip_article(word: str) -> str:
    if word.startswith("ال") and len(word) >= _key_rules().article_min:
        return word[2:]
    if word.startswith(("al-", "el-")):
        return word[3:]
    return word


def match_key(name: str) -> str:
    """A space-joined key; compare keys with rapidfuzz, anchored on the surname.

    >>> match_key("اسعد الشيباني") == match_key("اسعد شیبانی")
    True
    """
    return " ".join(name_tokens(name))


def skeleton(token: str) -> str:
    """The token without inner long vowels, for transliteration-tolerant comparison."""
    if len(token) <= 2:
        return token
    return token[0] + re.sub(r"[اویaeiou]", "", token[1:])


def isolate(text: str) -> str:
    """«text» wrapped in direction isolates, so Persian or Arabic inside an English line keeps its order."""
    return f"«\u2068{text}\u2069»"
