"""CF03 quantity conflict and AG03 quantity agreement.

A quantity is keyed by its unit, its subject («روابط دیپلماتیک», «جوان سوری») and the time it
refers to: quantities change, so two are compared only within one event or between articles
published within ``quantities.window_days`` of each other. Hedged numbers are intervals: «بیش از
۸۰» is (80, ∞) and agrees with «حدود ۸۵» but not with «۶۰».
"""

from __future__ import annotations

from checker.align.context import Context
from checker.align.subjects import signature
from checker.findings.facts import Fact, compare
from checker.model import Finding
from checker.report.claims import interval_text

CODE, AGREE = "CF03", "AG03"
_INF = float("inf")


def facts(ctx: Context) -> list[Fact]:
    out = []
    for aid, x in sorted(ctx.extractions.items()):
        lang = x.article.language or "fa"
        for c in x.claims:
            v = c.value
            if c.type != "number" or not v.get("unit") or v.get("kind") == "ordinal":
                continue
            subject = v.get("subject_key") or v.get("subject") or ""
            sig = signature(subject, lang, ctx.rules)
            if not sig:
                continue
            lo = -_INF if v.get("low") is None else float(v["low"])
            hi = _INF if v.get("high") is None else float(v["high"])
            shown = {k: v.get(k) for k in ("low", "high", "low_inclusive", "high_inclusive", "hedge", "unit")}
            display = f"{interval_text(v)} {v['unit']}"
            out.append(Fact(c, v["unit"], sig, lo, hi, shown, display, ctx.times[aid].midpoint()))
    return out


def run(ctx: Context) -> list[Finding]:
    window = int(ctx.rules.top("thresholds").get("quantities", {}).get("window_days", 31))
    return compare(ctx, facts(ctx), (CODE, AGREE), "quantity", window)
