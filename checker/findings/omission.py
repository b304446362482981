"""OM01 attendee omission: one report of an event names an attendee, another leaves them out.

"Left out" means not named at all: neither the entity's known aliases nor its surname appear in
the other report, so a report that mentions someone without a role does not count as an omission.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from checker.align.context import Context
from checker.findings.base import make_finding, value_entry
from checker.model import Claim, Finding
from checker.normalize import match_key
from checker.normalize.keys import key_words

CODE = "OM01"
# Share of an event's reports that must name an attendee before the others are said to leave them out.
_MIN_SHARE = 0.1
_WORD = re.compile(r"\w+")


def run(ctx: Context) -> list[Finding]:
    people = ctx.rules.top("people").get("people") or {}
    out = []
    for ev in ctx.events:
        if len(ev.articles) < 2:
            continue
        attending: dict[str, list[Claim]] = defaultdict(list)
        for a in ev.articles:
            for c in ctx.claims_of(a, "attendance"):
                eid = ctx.entities.entity(c)
                if eid:
                    attending[eid].append(c)
        words: dict[str, set[str]] = {}  # built only for articles whose claims do not name someone
        for eid, claims in sorted(attending.items()):
            named_in = {c.article for c in claims}
            if len(named_in) < _MIN_SHARE * len(ev.articles):
                continue  # one report in many naming someone is that report's outlier, not the others' omission
            missing = [
                a
                for a in ev.articles
                if a not in named_in
                and not _named(eid, claims, people, words.get(a) or words.setdefault(a, _words(ctx, a)))
            ]
            if not missing:
                continue
            display = ctx.entities.display.get(eid, eid)
            rel = sorted({c.value["relation"] for c in claims})
            out.append(
                make_finding(
                    CODE,
                    "omission",
                    "info",
                    f"event:{ev.id}:attendee:{eid}",
                    f"{', '.join(missing)} leave{'s' if len(missing) == 1 else ''} out {display}, whom {', '.join(sorted(named_in))} name{'s' if len(named_in) == 1 else ''} as {'/'.join(rel)}",
                    f"The articles report one event ({ev.id}). {display} is named as {'/'.join(rel)} in {', '.join(sorted(named_in))} but is not named anywhere in {', '.join(missing)}.",
                    [value_entry(ctx, eid, display, claims)],
                    missing_in=missing,
                )
            )
    return out


def _words(ctx: Context, aid: str) -> set[str]:
    """Every word of the article, folded, in both its plain and its match-key spelling."""
    return key_words(ctx.article(aid).text)


@lru_cache(maxsize=4096)
def _alias_surnames(aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k.split()[-1] for k in (match_key(a) for a in aliases) if k)


def _named(eid: str, claims: list[Claim], people: dict, words: set[str]) -> bool:
    surnames = {c.value["match_key"].split()[-1] for c in claims if c.value["match_key"]}
    aliases = tuple(a for group in (people.get(eid) or {}).get("aliases", {}).values() for a in group)
    return bool((surnames | _alias_surnames(aliases)) & words)
