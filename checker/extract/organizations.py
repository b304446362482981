"""Organizations a role's complement names (``rules/organizations``).

"the head of the World Health Organization", «مدیرکل سازمان جهانی بهداشت» and «المدير العام
لمنظمة الصحة العالمية» name one body in three languages: the role's complement resolves to the
organization's id, so that its heads can be compared across reports (findings/office). English
writes the body before the role too ("FEMA Administrator Deanne Criswell", "WHO
Director-General"); acronyms are matched as printed, so the pronoun "who" is no WHO.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.extract.base import Doc
from checker.extract.lexicon import Table, cached, clitics, flat, with_lam
from checker.rules import Rules


@dataclass(frozen=True)
class OrgTables:
    names: Table  # folded full names → id
    acronyms: re.Pattern[str] | None  # acronyms, case-sensitive, on the original text
    acronym_ids: dict[str, str]
    referring: Table  # «المنظمة», "the agency": the body named last
    head_office: dict[str, str] = field(default_factory=dict)  # a bank → the office its head holds


def org_tables(rules: Rules, lang: str) -> OrgTables:
    return cached(rules, lang, "organizations", lambda: _build(rules, lang))  # type: ignore[return-value]


def _build(rules: Rules, lang: str) -> OrgTables:
    data = rules.lang("organizations", lang)
    # («للوكالة الدولية للطاقة الذرية»: «ل» and the article of «الوكالة …»)
    names = with_lam(rules, lang, flat(data.get("names")))
    acr = {a: oid for a, oid in flat(data.get("acronyms"))}
    rx = (
        re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(acr, key=len, reverse=True)) + r")(?!\w)"
        )
        if acr
        else None
    )
    referring = Table.build([(w, "referring") for w in data.get("referring") or []], clitics(rules, lang))
    offices = {
        oid: v["head_office"]
        for oid, v in (rules.concepts("organizations").get("organizations") or {}).items()
        if v.get("head_office")
    }
    return OrgTables(Table.build(names, clitics(rules, lang)), rx, acr, referring, offices)


# Words that may open a complement before the body's name: "the", and an article's determiners.
_LEAD = re.compile(r"(?:the|al|ال)\s+", re.I)


def resolve(doc: Doc, start: int, end: int, t: OrgTables) -> str | None:
    """The id of the organization a complement (folded ``start``–``end``) names: a listed name that
    opens it ("the World Health Organization", «لمنظمة الصحة العالمية») or closes it, or an acronym in it as
    printed («آژانس … فدرال آمریکا (فما)», "the IAEA")."""
    text = doc.text
    pos = start
    lead = _LEAD.match(text, pos, end)
    if lead:
        pos = lead.end()
    hit = t.names.match_at(text, pos, end)
    if hit:
        return hit[2]
    # (or one that closes it, after the words that say what kind of body it is: "the Islamist group
    # Boko Haram", «گروه تکفیری بوکوحرام»)
    last = [h for h in t.names.find(text, pos, end) if h[1] == end]
    if last:
        return min(last)[2]
    if t.acronyms is None:
        return None
    o_start, o_end = doc.norm.orig_span(start, end)
    # (an acronym in brackets right after the complement belongs to it)
    tail = re.match(r"\s*[(\[]([^)\]\n]{1,12})[)\]]", doc.article.text[o_end : o_end + 16])
    for chunk in (doc.article.text[o_start:o_end], tail.group(1) if tail else ""):
        m = t.acronyms.search(chunk)
        if m:
            return t.acronym_ids[m.group()]
    return None


def acronym_at(doc: Doc, pos: int, t: OrgTables) -> tuple[int, int, str] | None:
    """An acronym as printed right at folded ``pos`` («رئیس ناسا», "head of ISRO"): its folded
    span and id."""
    if t.acronyms is None:
        return None
    m = t.acronyms.match(doc.article.text, doc.norm.orig_index(pos))
    if m is None:
        return None
    return pos, doc.norm.norm_index(m.end()), t.acronym_ids[m.group()]


def referred(doc: Doc, start: int, t: OrgTables) -> tuple[int, str] | None:
    """A complement at folded ``start`` that only names a body again («رئيس المنظمة», «رئیس این
    سازمان»): where it ends, and the listed organization the article named last before it, by
    name or acronym."""
    text = doc.text
    hit = t.referring.match_at(text, start)
    if hit is None:
        return None
    found = [(s, oid) for s, _e, oid in t.names.find(text, 0, start)]
    if t.acronyms is not None:
        o_start = doc.norm.orig_index(start)
        found += [
            (doc.norm.norm_index(a.start()), t.acronym_ids[a.group()])
            for a in t.acronyms.finditer(doc.article.text, 0, o_start)
        ]
    return (hit[1], max(found)[1]) if found else None


def before(doc: Doc, pos: int, t: OrgTables) -> tuple[int, int, str] | None:
    """A listed organization written right before folded ``pos`` ("FEMA Administrator", "the World
    Health Organization's chief"): its folded span and id."""
    text = doc.text
    lo = max(0, pos - 80)
    m = re.search(r"(?:['’]s?)?\s+$", text[lo:pos])
    end = lo + m.start() if m else pos
    hits = [h for h in t.names.find(text, lo, end) if h[1] == end]
    if hits:
        return min(hits)
    if t.acronyms is None:
        return None
    o_lo, o_end = doc.norm.orig_span(lo, end)
    found = None
    for a in t.acronyms.finditer(doc.article.text, o_lo, o_end):
        if a.end() == o_end:
            found = a
    if found is None:
        return None
    return doc.norm.norm_index(found.start()), end, t.acronym_ids[found.group()]
