"""The gazetteer: what each place is and what contains it, from ``rules/places/concepts.yaml``.

Built once per rules object. Every place's ancestors are precomputed, so containment is a set
lookup: ``contains("IR", "ir.natanz")`` is true because Natanz is in Isfahan province, in Iran.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checker.rules import Rules

# Smaller number = smaller place; a container must rank above what it contains.
RANK = {"landmark": 0, "facility": 0, "district": 1, "city": 2, "province": 3, "region": 3, "country": 4}


@dataclass(frozen=True)
class Gazetteer:
    """Places by id, with each one's ancestors (immediate parent first, the country last)."""

    places: dict[str, dict[str, Any]]
    _ancestors: dict[str, tuple[str, ...]]
    _above: dict[str, frozenset[str]]

    @classmethod
    def build(cls, rules: Rules) -> Gazetteer:
        data = rules.concepts("places")
        places = _dependencies({**(data.get("places") or {}), **(data.get("hand") or {})})
        ancestors = {pid: _walk(places, pid) for pid in places}
        return cls(places, ancestors, {pid: frozenset(a) for pid, a in ancestors.items()})

    def get(self, pid: str) -> dict[str, Any] | None:
        return self.places.get(pid)

    def kind(self, pid: str) -> str | None:
        p = self.places.get(pid)
        return p["kind"] if p else None

    def ancestors(self, pid: str) -> tuple[str, ...]:
        """What contains ``pid``, nearest first, up to its country (several lines when it straddles)."""
        return self._ancestors.get(pid, ())

    def contains(self, a: str, b: str) -> bool:
        """``a`` contains ``b``, or they are the same place."""
        return a == b or a in self._above.get(b, ())

    def compatible(self, a: str, b: str) -> bool:
        """One contains the other: «در اصفهان» and «در ایران» can both be true of one event."""
        return self.contains(a, b) or self.contains(b, a)

    def disjoint(self, a: str, b: str) -> bool:
        """Neither contains the other (two provinces, two countries). A town the gazetteer puts
        right under its country, its province unknown (Acapulco, in Mexico), is not apart from a
        province of that country (Guerrero): it may lie inside it."""
        if self.compatible(a, b):
            return False
        return not (
            self._unplaced_under(a, b)
            or self._unplaced_under(b, a)
            or self._in_namesake(a, b)
            or self._in_namesake(b, a)
        )

    def _in_namesake(self, city: str, b: str) -> bool:
        """``b`` lies in the province ``city`` is the capital of and shares its name with: "Baghdad"
        may name the province, so Baghdad International Airport, outside the city, is in it."""
        p = self.places.get(city) or {}
        parent = p.get("parent")
        if not isinstance(parent, str):
            return False  # (a place under several parents names no one province)
        q = self.places.get(parent) or {}
        return q.get("capital") == city and q.get("display") == p.get("display") and self.contains(parent, b)

    def _unplaced_under(self, a: str, b: str) -> bool:
        """``a``, of a kind below a province, has its country as its parent, and ``b`` is a province
        or region of that country."""
        p, q = self.places.get(a), self.places.get(b)
        if not p or not q or p.get("parent") != p.get("country") or p.get("country") != q.get("country"):
            return False
        return (
            RANK.get(p["kind"], RANK["country"]) < RANK["province"]
            and RANK.get(q["kind"]) == RANK["province"]
        )

    def display(self, pid: str) -> str:
        p = self.places.get(pid)
        return p["display"] if p else pid

    def country_of(self, pid: str) -> str | None:
        p = self.places.get(pid)
        return p["country"] if p else None

    def nearest_common(self, a: str, b: str) -> str | None:
        """The smallest place holding both (``a`` itself when it holds ``b``), or None."""
        if self.contains(a, b):
            return a
        for anc in self.ancestors(a):
            if self.contains(anc, b):
                return anc
        return None


def _dependencies(places: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """A territory that ISO 3166-1 lists as a country and ISO 3166-2 as a subdivision of another,
    under the same name (US-MP and MP, the Northern Mariana Islands; CN-HK, "Hong Kong SAR", and
    HK), lies inside that other country too: a court in Saipan sits in the United States."""
    out = dict(places)
    for pid, p in places.items():
        owner, _, code = pid.partition("-")
        c = places.get(code)
        if (
            p.get("kind") == "province"
            and c is not None
            and c.get("kind") == "country"
            and not c.get("parent")
            and p.get("display") in (c.get("display"), f"{c.get('display')} SAR")
        ):
            out[code] = {**c, "parent": owner}
    return out


def _walk(places: dict[str, dict[str, Any]], pid: str) -> tuple[str, ...]:
    """Breadth-first over ``parent`` links; a cycle or an unknown parent stops that line."""
    out: list[str] = []
    frontier = [pid]
    seen = {pid}
    while frontier:
        nxt = []
        for cur in frontier:
            parent = places.get(cur, {}).get("parent")
            for par in [parent] if isinstance(parent, str) else parent or []:
                if par not in seen and par in places:
                    seen.add(par)
                    out.append(par)
                    nxt.append(par)
        frontier = nxt
    country = places.get(pid, {}).get("country")
    if country and country != pid and country not in seen and country in places:
        out.append(country)
    return tuple(out)


_CACHE: dict[int, tuple[Rules, Gazetteer]] = {}


def gazetteer(rules: Rules) -> Gazetteer:
    """The gazetteer of ``rules`` (built once per rules object)."""
    hit = _CACHE.get(id(rules))
    if hit is None or hit[0] is not rules:
        hit = (rules, Gazetteer.build(rules))
        _CACHE[id(rules)] = hit
    return hit[1]
