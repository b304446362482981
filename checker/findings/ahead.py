"""IN04 a reported occasion dated after the article that reports it.

An article published on 6 April that says the bridge "collapsed on April 26" dates its own
occasion three weeks ahead: the date, or the publication date, is wrong. Extraction marks such
dates (``Mention.ahead``): written out in the sentences of the occasion the article reports, told
as past (no "will", «قرار است», no "until"), by an article whose publication date comes from its
metadata or header, more than a day after it (two for a lunar Hijri date). So is any written-out
date a past verb makes a past day (``ahead`` on the claim: the Persian verb after it, «… روز شنبه ۲۲
مهر … تصویب کردند»; an English or Arabic one before it in its clause), or that something has held
since ("detained since July 26", «منذ الأربعاء 26 يوليو»), whatever it dates.
"""

from __future__ import annotations

from checker.align.context import Context
from checker.findings.base import make_finding, value_entry
from checker.model import Finding
from checker.normalize.keys import isolate as q

CODE = "IN04"


def run(ctx: Context) -> list[Finding]:
    out = []
    types = ctx.rules.concepts("events").get("types") or {}
    for aid, x in sorted(ctx.extractions.items()):
        claims = {c.id: c for c in x.claims}
        published = (x.article.published or "")[:10]
        told: set[str] = set()
        for m in x.mentions:
            what = (types.get(m.type) or {}).get("display", m.type)
            for c in (claims[cid] for cid in m.ahead if cid in claims):
                told.add(c.id)
                shown = _shown(c)
                out.append(
                    _finding(
                        ctx,
                        aid,
                        c,
                        f"{aid}: the {what} it reports is dated {q(c.text)} ({shown}), after its publication on {published}",
                        f"The article was published on {published} and tells of the {what} as past, but one of "
                        f"its sentences dates it {shown}: the date or the publication date is wrong.",
                    )
                )
        for c in x.claims:
            if "ahead" in c.flags and c.id not in told:
                # (a day a past verb tells of, «… روز شنبه ۲۲ مهر … تصویب کردند», whatever it dates)
                shown = _shown(c)
                out.append(
                    _finding(
                        ctx,
                        aid,
                        c,
                        f"{aid}: a date it tells of as past is {q(c.text)} ({shown}), after its publication on {published}",
                        f"The article was published on {published} and tells of what happened on {shown} as past "
                        f'(its clause\'s verb, or "since" before it): the date or the publication date is wrong.',
                    )
                )
    return out


def _shown(c) -> str:
    return c.value.get("iso") or c.value["earliest"]


def _finding(ctx: Context, aid: str, c, message: str, why: str) -> Finding:
    shown = _shown(c)
    return make_finding(
        CODE,
        "inconsistency",
        "error",
        f"article:{aid}:ahead:{c.start}",
        message,
        why,
        [value_entry(ctx, shown, shown, [c])],
    )
