"""One entity id per person across the corpus.

A claim about a known person (``rules/people.yaml``) carries that person's id. A name the list
lacks is first matched, by surname-anchored rapidfuzz, against the known aliases, then clustered
with the other unknown names. Blocking on the surname's first letter keeps this near-linear.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from checker.align.names import NameMatcher
from checker.model import Claim
from checker.normalize import match_key
from checker.rules import Rules

_PERSON_TYPES = ("person_role", "attendance")


@dataclass
class Entities:
    """Claim id → entity id, and entity id → display name."""

    of_claim: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)

    def entity(self, claim: Claim) -> str | None:
        return self.of_claim.get(claim.id)


def _alias_index(rules: Rules) -> dict[str, list[tuple[str, str]]]:
    """Surname initial → [(alias key, person id)]."""
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pid, p in (rules.top("people").get("people") or {}).items():
        for aliases in p["aliases"].values():
            for a in aliases:
                key = match_key(a)
                if key:
                    index[key.split()[-1][:1]].append((key, pid))
    return index


def resolve_entities(claims: list[Claim], rules: Rules) -> Entities:
    """Give every person claim an entity id."""
    people = rules.top("people").get("people") or {}
    matcher = NameMatcher.from_rules(rules)
    index = _alias_index(rules)
    ents = Entities(display={pid: p["display"] for pid, p in people.items()}, known=set(people))
    unknown: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.type not in _PERSON_TYPES:
            continue
        pid = c.value.get("person")
        key = c.value.get("match_key") or ""
        if not pid and key:
            pid = _best_alias(key, index, matcher)
        if pid:
            ents.of_claim[c.id] = pid
        elif key:
            unknown[key].append(c)
    _cluster_unknown(unknown, matcher, ents)
    return ents


def _best_alias(key: str, index, matcher: NameMatcher) -> str | None:
    best, best_score = None, matcher.alias_min
    for alias, pid in index.get(key.split()[-1][:1], ()):
        s = matcher.score(key, alias)
        if s >= best_score and (best is None or s > best_score or pid < best):
            best, best_score = pid, s
    return best


def _cluster_unknown(unknown: dict[str, list[Claim]], matcher: NameMatcher, ents: Entities) -> None:
    """Union unknown keys that name one person; the entity id is ``name:<longest key>``."""
    keys = sorted(unknown, key=lambda k: (-len(k.split()), -len(k), k))
    parent: dict[str, str] = {k: k for k in keys}
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        root = None
        for other in blocks[k.split()[-1][:1]]:
            if matcher.same(k, other):
                root = parent[other]
                break
        parent[k] = root or k
        blocks[k.split()[-1][:1]].append(k)
    for k in keys:
        eid = "name:" + parent[k].replace(" ", "_")
        names = Counter(c.value["name"] for c in unknown[k])
        ents.display.setdefault(eid, names.most_common(1)[0][0])
        for c in unknown[k]:
            ents.of_claim[c.id] = eid
