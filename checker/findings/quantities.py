"""CF03 quantity conflict and AG03 quantity agreement.

A quantity is keyed by its unit, its subject («روابط دیپلماتیک», «جوان سوری») and the time it
refers to: quantities change, so two are compared only within one event or between articles
published within ``quantities.window_days`` of each other. Hedged numbers are intervals: «بیش از
۸۰» is (80, ∞) and agrees with «حدود ۸۵» but not with «۶۰».

The subject alone is often just the counted noun ("120 people"), which would put every count of
people in an article under one key; the words of the number's clause (up to ``_CONTEXT_WORDS``
each side, stopping at punctuation) are added, so "120 people were killed" and "2,500 people
were moved to shelters" stay apart.
"""

from __future__ import annotations

import re

from checker.align.context import Context
from checker.align.subjects import signature
from checker.findings.facts import Fact, compare
from checker.model import Claim, Extraction, Finding
from checker.normalize import normalize
from checker.report.claims import interval_text

CODE, AGREE = "CF03", "AG03"
_INF = float("inf")
_CONTEXT_WORDS = 6
_CLAUSE_END = re.compile(r"[،,;:؛.!?؟()\n]")


def facts(ctx: Context) -> list[Fact]:
    """Quantities keyed by their general unit (killed and wounded are counts of people)."""
    units = ctx.rules.concepts("units").get("concepts") or {}
    parents = {u: d.get("parent") for u, d in units.items()}
    out = []
    for aid, x in sorted(ctx.extractions.items()):
        lang = x.article.language or "fa"
        years = _years(x)  # once per article: a number-dense article stays linear (issue 9)
        for c in x.claims:
            v = c.value
            if c.type != "number" or not v.get("unit") or v.get("kind") == "ordinal":
                continue
            subject = signature(v.get("subject_key") or v.get("subject") or "", lang, ctx.rules)
            extra = {f"u:{v['unit']}"} | years.get(c.sentence, set())
            sig = tuple(sorted(set(subject) | set(signature(_clause(x, c), lang, ctx.rules)) | extra))
            if not sig:
                continue
            lo = -_INF if v.get("low") is None else float(v["low"])
            hi = _INF if v.get("high") is None else float(v["high"])
            shown = {k: v.get(k) for k in ("low", "high", "low_inclusive", "high_inclusive", "hedge", "unit")}
            display = f"{interval_text(v)} {v['unit']}"
            kind = parents.get(v["unit"]) or v["unit"]
            out.append(Fact(c, kind, sig, lo, hi, shown, display, ctx.times[aid].midpoint()))
    return out


def _years(x: Extraction) -> dict[tuple[int, int], set[str]]:
    """Per sentence, ``t:2003`` for each year dated in it: the time its quantities refer to."""
    out: dict[tuple[int, int], set[str]] = {}
    for d in x.claims:
        # «سال آینده», resolved against the publication date, dates a forecast as surely as «۱۴۰۵».
        if d.type == "date" and d.value.get("earliest"):
            out.setdefault(d.sentence, set()).add("t:" + d.value["earliest"][:4])
    return out


def _clause(x: Extraction, c: Claim) -> str:
    """Folded words of the number's clause, the number itself left out."""
    s0, s1 = c.sentence
    nt = normalize(x.article.text[s0:s1])
    a, b = nt.norm_index(c.start - s0), nt.norm_index(c.end - s0)
    before = _CLAUSE_END.split(nt.text[:a])[-1].split()[-_CONTEXT_WORDS:]
    after = _CLAUSE_END.split(nt.text[b:])[0].split()[:_CONTEXT_WORDS]
    return " ".join(before + after)


def run(ctx: Context) -> list[Finding]:
    window = int(ctx.rules.top("thresholds").get("quantities", {}).get("window_days", 31))
    return compare(ctx, facts(ctx), (CODE, AGREE), "quantity", window, neutral=True)
