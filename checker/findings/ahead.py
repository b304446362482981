"""IN04 a reported occasion dated after the article that reports it.

An article published on 6 April that says the bridge "collapsed on April 26" dates its own
occasion three weeks ahead: the date, or the publication date, is wrong. Extraction marks such
dates (``Mention.ahead``): written out in the sentences of the occasion the article reports, told
as past (no "will", «قرار است», no "until"), by an article whose publication date comes from its
metadata or header, more than a day after it (two for a lunar Hijri date). Where the verb ends
its clause (Persian), a date whose clause ends in a past verb is one too, whatever it dates.
"""

from __future__ import annotations

from checker.align.context import Context
from checker.findings.base import make_finding, value_entry
from checker.model import Finding
from checker.normalize.keys import isolate as q

CODE = "IN04"


def run(ctx: Context) -> list[Finding]:
    out = []
    for aid, x in sorted(ctx.extractions.items()):
        claims = {c.id: c for c in x.claims}
        types = ctx.rules.concepts("events").get("types") or {}
        for m in x.mentions:
            what = (types.get(m.type) or {}).get("display", m.type)
            for cid in m.ahead:
                c = claims.get(cid)
                if c is None:
                    continue
                shown = c.value.get("iso") or c.value["earliest"]
                published = (x.article.published or "")[:10]
                if any(c.sentence[0] <= s < c.sentence[1] for s in m.triggers):
                    message = f"{aid}: the {what} it reports is dated {q(c.text)} ({shown}), after its publication on {published}"
                    why = f"tells of the {what} as past, but one of its sentences dates it {shown}"
                else:
                    # (a clause whose verb is past, «… روز شنبه ۲۲ مهر … تصویب کردند»: whatever it dates)
                    message = f"{aid}: a day it tells of as past is {q(c.text)} ({shown}), after its publication on {published}"
                    why = f"tells of what happened on {shown} as past (the verb of its clause)"
                out.append(
                    make_finding(
                        CODE,
                        "inconsistency",
                        "error",
                        f"article:{aid}:ahead:{c.start}",
                        message,
                        f"The article was published on {published} and {why}: the date or the publication date is wrong.",
                        [value_entry(ctx, shown, shown, [c])],
                    )
                )
    return out
