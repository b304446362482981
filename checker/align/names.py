"""Is this the same person? Names compared by rapidfuzz on match keys, anchored on the surname.

On raw text no scorer separates variants from different people (LIBRARIES.md); after the
match-key fold, comparing the last tokens (and the first tokens when both names have two or
more) separates them: «اسعد الشیبانی» = «اسعد حسن الشیبانی» = «اسعد شیبانی» = «شبیانی», while
«اسعد شیبانی» ≠ «فیصل مقداد».
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from checker.normalize.translit import DOUBLE
from checker.rules import Rules

# Consonants in a surname's skeleton at or below which it must match exactly across scripts.
_SHORT_SURNAME = 3
_FINAL_ALTERNATE_MIN = 2  # consonants a skeleton needs before its last may be read as an alternate
_PARTICIPLE = "m"  # the skeleton class of the m an Arabic participle or noun of place opens with


def _head(x: str, y: str) -> str:
    """What ``x`` has before all of ``y`` (``""`` when it does not end in ``y`` with one more class)."""
    return x[0] if len(x) == len(y) + 1 and x.endswith(y) else ""


_OTHER_NAME = 60.0  # at most, for two names one of which is the other with that m before it
_PARTICLE_LEN = 2  # letters of a word before a surname too short to be a name ("al", «آل», "de")


@lru_cache(maxsize=1 << 16)
def _read(word: str, src: str, dst: str) -> str:
    """A skeleton with one class read as another; the few names of a corpus are read again and
    again against the lexicon's aliases, so each reading is made once."""
    return DOUBLE.sub(r"\1", word.replace(src, dst))


@dataclass(frozen=True)
class NameMatcher:
    """Thresholds come from ``rules/thresholds.yaml`` (``names``)."""

    surname_min: float = 80.0
    given_min: float = 70.0
    alias_min: float = 85.0
    alternates: tuple[tuple[str, str], ...] = ()  # skeleton classes a name may also be read as
    final_optional: frozenset[str] = frozenset()  # classes one script writes at a word's end, the other not
    initial_optional: frozenset[str] = frozenset()  # … at a word's start («اولاند», "Hollande")
    final_alternates: tuple[tuple[str, str], ...] = ()  # a last class read as another («غريماوث», «گری‌ماوت»)

    @classmethod
    def from_rules(cls, rules: Rules) -> NameMatcher:
        t = rules.top("thresholds").get("names", {})
        alt = rules.top("transliteration").get("skeleton_alternates") or {}
        return cls(
            float(t.get("surname_min", 80)),
            float(t.get("given_min", 70)),
            float(t.get("alias_min", 85)),
            tuple(
                sorted(
                    (src, dst)
                    for src, dsts in alt.items()
                    for dst in ([dsts] if isinstance(dsts, str) else dsts)
                )
            ),
            frozenset(rules.top("transliteration").get("skeleton_final_optional") or ()),
            frozenset(rules.top("transliteration").get("skeleton_initial_optional") or ()),
            tuple(
                sorted(
                    (src, dst)
                    for src, dsts in (
                        rules.top("transliteration").get("skeleton_final_alternates") or {}
                    ).items()
                    for dst in dsts
                )
            ),
        )

    def skeletons(self, x: str, y: str) -> float:
        """0–100: how alike two consonant skeletons are, each alternate class tried too."""
        return self._given(x, y) if x and y else 0.0

    def _given(self, x: str, y: str) -> float:
        """Names by skeleton, each alternate class tried too ("Javier" = «خاویر», "Simsek" = «شيمشك»)."""
        best = fuzz.ratio(x, y)
        for src, dst in self.alternates:
            if src in x or src in y:
                # (a dropped class may leave a double: «ديفيد» read without its f is "dd", "d")
                best = max(best, fuzz.ratio(_read(x, src, dst), _read(y, src, dst)))
        if x[-1:] != y[-1:] and (x[-1:] in self.final_optional or y[-1:] in self.final_optional):
            # "Shah" (xh) = «شاه» (x): a final h after a vowel, which Arabic script drops with its ه
            best = max(
                best,
                fuzz.ratio(
                    x[:-1] if x[-1:] in self.final_optional else x,
                    y[:-1] if y[-1:] in self.final_optional else y,
                ),
            )
        for src, dst in self.final_alternates if min(len(x), len(y)) > _FINAL_ALTERNATE_MIN else ():
            # (not in a skeleton of two: "Razzaz" (rs) is not «روته» (rt), Rutte)
            if (x.endswith(src) and y.endswith(dst)) or (x.endswith(dst) and y.endswith(src)):
                # "Greymouth": «غريماوث» (grms) = «گری‌ماوت» (grmt), an English final th
                best = max(
                    best,
                    fuzz.ratio(
                        x[: -len(src)] + dst if x.endswith(src) else x,
                        y[: -len(src)] + dst if y.endswith(src) else y,
                    ),
                )
        if min(len(x), len(y)) >= 2 and _PARTICIPLE in (_head(x, y), _head(y, x)):
            # (a name with the participle's m before another's letters is another name: «محسن» (mhsn)
            # is not Hussein (hsn), nor «محمد» Hamad)
            return min(best, _OTHER_NAME)
        bx, by = self.bare(x), self.bare(y)
        if x[:1] != y[:1] and (bx != x or by != y):
            # "Hollande" (hlnd) = «اولاند» (lnd): a silent initial h that Persian script drops; and
            # "Tsipras" (tsprs) = «سیپراس» (sprs), the t of an initial ts
            best = max(best, fuzz.ratio(bx, by))
        return best

    def bare(self, x: str) -> str:
        """A skeleton without a first class that the other script may not write (rules/transliteration
        ``skeleton_initial_optional``: a class, or a cluster whose first class may go)."""
        return x[1:] if any(x.startswith(o) and len(x) > len(o) - 1 for o in self.initial_optional) else x

    def readings(self, x: str) -> tuple[str, ...]:
        """A skeleton and its readings with each alternate class (``_given`` reads pairs so)."""
        return tuple(dict.fromkeys([x, *(_read(x, src, dst) for src, dst in self.alternates if src in x)]))

    def score(self, a: str, b: str) -> float:
        """0–100: how alike two match keys are as names of one person."""
        ta, tb = a.split(), b.split()
        if not ta or not tb:
            return 0.0
        if a == b:
            return 100.0
        surname = fuzz.ratio(ta[-1], tb[-1])
        if len(ta) >= 2 and len(tb) >= 2:
            # the first names, or the names right before the surname («الليبرالي خافيير ميلي»: an
            # adjective read into the name), unless that is a particle (the «آل» of «آل سعود»:
            # «محمد بن سلمان … آل سعود» is not «فيصل بن فرحان آل سعود»)
            given = fuzz.ratio(ta[0], tb[0])
            if min(len(ta[-2]), len(tb[-2])) > _PARTICLE_LEN:
                given = max(given, fuzz.ratio(ta[-2], tb[-2]))
            if given < self.given_min:
                return min(surname, given)
            return (surname * 2 + given) / 3
        return surname

    def skeleton_score(self, a: list[str], b: list[str]) -> float:
        """0–100 for two names in different scripts, by consonant skeletons (given names joined)."""
        if not a or not b:
            return 0.0
        surname = self._given(a[-1], b[-1])  # (a Turkish ş lost in Latin script: "Simsek", «شيمشك»)
        # A short surname skeleton that differs by a consonant is another name, whatever the given
        # names share: "Mohamed Bazoum" (bsm) is not «محمود عباس» (bs).
        short = min(len(a[-1]), len(b[-1])) <= _SHORT_SURNAME
        score = self._skeleton_score(a, b, surname, short and a[-1] != b[-1])
        if min(len(a[-1]), len(b[-1])) <= 1 and len(a) >= 2 and len(b) >= 2:
            # A surname of one consonant («أويس», s; "Sisi", s) is met by half the names there are:
            # the given names, all of them, decide («حسن طاهر أويس» is not "Abdel Fattah el-Sisi",
            # though «طاهر» and «فتاح» share two consonants)
            score = min(score, self._given("".join(a[:-1]), "".join(b[:-1])))
        return min(score, surname) if short and surname < 100 else score

    def _skeleton_score(self, a: list[str], b: list[str], surname: float, loose: bool) -> float:
        if len(a) >= 2 and len(b) >= 2:
            # Given names joined, or the first alone: «مساعد بن محمد العيبان» is "Musaad al-Aiban".
            # … or the name right before the surname: «الليبرالي خافيير ميلي» (an adjective first).
            # (A first name of one consonant says little beside a short surname met only as a
            # reading: «علي أكبر صالحي», l-kbr-slh, is not "Lula da Silva", l-d-sl; «علي أكبر ولايتي»
            # is "Ali Velayati".)
            given = self._given("".join(a[:-1]), "".join(b[:-1]))
            if not loose or min(len(a[0]), len(b[0])) > 1:
                given = max(given, self._given(a[0], b[0]))
            if min(len(a[-2]), len(b[-2])) > 1:  # (not a particle's: the «l» of «آل سعود»)
                given = max(given, self._given(a[-2], b[-2]))
            return min(surname, given) if given < self.given_min else (surname * 2 + given) / 3
        return surname

    def same(self, a: str, b: str, threshold: float | None = None) -> bool:
        """True when the keys name one person."""
        return self.score(a, b) >= (self.surname_min if threshold is None else threshold)


@lru_cache(maxsize=4)
def matcher_of(rules) -> NameMatcher:
    """The matcher of a rules object, built once."""
    return NameMatcher.from_rules(rules)
