"""OM01 attendee omission: one report of an event names an attendee, another leaves them out.

"Left out" means not named at all: neither the entity's known aliases nor its surname appear in
the other report, so a report that mentions someone without a role does not count as an omission.
"""

from __future__ import annotations

import re
from collections import defaultdict

from checker.align.context import Context
from checker.findings.base import make_finding, value_entry
from checker.model import Claim, Finding
from checker.normalize import fold, match_key

CODE = "OM01"
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
        words = {a: _words(ctx, a) for a in ev.articles}
        for eid, claims in sorted(attending.items()):
            named_in = {c.article for c in claims}
            missing = [
                a for a in ev.articles if a not in named_in and not _named(eid, claims, people, words[a])
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
    text = ctx.article(aid).text
    return set(match_key(text).split()) | set(_WORD.findall(fold(text)))


def _named(eid: str, claims: list[Claim], people: dict, words: set[str]) -> bool:
    keys = {c.value["match_key"] for c in claims}
    for aliases in (people.get(eid) or {}).get("aliases", {}).values():
        keys.update(match_key(a) for a in aliases)
    return any(k and k.split()[-1] in words for k in keys)
