"""Lexicon tables the people extractor needs, compiled once per (rules, language)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.extract.lexicon import Table, cached, clitics, flat
from checker.normalize import fold
from checker.rules import Rules

# Aliases of other languages that a text may quote: Persian articles name Arab officials in
# Arabic spelling («اسعد الشیبانی»), and the fold makes the letters meet.
_ALIAS_LANGS = {"fa": ("fa", "ar"), "ar": ("ar", "fa"), "en": ("en",)}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PeopleTables:
    roles: Table
    countries: Table
    anaphora: Table
    honorifics: Table
    modifiers: Table
    aliases: Table
    headers: Table
    attendance: Table
    blocked: frozenset[str]
    person_country: dict[str, str]
    exclusive: dict[str, bool]
    clitics: str
    offices: dict[str, tuple[tuple[str, str], ...]]


def people_tables(rules: Rules, lang: str) -> PeopleTables:
    """The compiled tables for ``lang`` (cached)."""
    return cached(rules, lang, "people", lambda: _build(rules, lang))  # type: ignore[return-value]


def _build(rules: Rules, lang: str) -> PeopleTables:
    roles = rules.lang("roles", lang)
    countries = rules.lang("countries", lang)
    cues = rules.lang("people_cues", lang)
    role_entries = [(p, rid) for rid, e in (roles.get("roles") or {}).items() for p in e.get("phrases", [])]
    country_entries = [
        (p, cc)
        for cc, e in (countries.get("countries") or {}).items()
        for field in ("names", "adjectives")
        for p in e.get(field) or []
    ]
    people = rules.top("people").get("people") or {}
    alias_entries = [
        (a, pid)
        for pid, p in people.items()
        for lg in _ALIAS_LANGS.get(lang, (lang,))
        for a in p["aliases"].get(lg, [])
    ]
    concepts = rules.concepts("roles").get("concepts") or {}
    blocked = {fold(w) for w in cues.get("not_name", [])}
    for phrase, _ in role_entries + country_entries:
        blocked.update(_WORD.findall(fold(phrase)))
    for phrase in roles.get("honorifics") or []:
        blocked.update(_WORD.findall(fold(phrase)))
    for phrase, _ in flat(roles.get("modifiers")):
        blocked.update(_WORD.findall(fold(phrase)))
    cl = clitics(rules, lang)
    return PeopleTables(
        roles=Table.build(role_entries, cl),
        countries=Table.build(country_entries, cl),
        anaphora=Table.build([(p, "anaphora") for p in countries.get("anaphora") or []], cl),
        honorifics=Table.build([(p, "honorific") for p in roles.get("honorifics") or []], cl),
        modifiers=Table.build(flat(roles.get("modifiers")), cl),
        aliases=Table.build(alias_entries, cl),
        headers=Table.build([(p, "header") for p in cues.get("list_headers") or []], cl),
        attendance=Table.build(flat(cues.get("attendance")), cl),
        blocked=frozenset(blocked),
        person_country={pid: p.get("country") for pid, p in people.items() if p.get("country")},
        exclusive={rid: bool(c.get("exclusive")) for rid, c in concepts.items()},
        clitics=cl,
        offices={
            pid: tuple((o.get("country"), o["role"]) for o in p.get("offices") or [])
            for pid, p in people.items()
        },
    )
