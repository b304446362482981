"""CF04 event-date conflict and AG04 event-date agreement, within one event.

Each report of an event dates it (the date in its text, or its publication date). Reports of one
event that date it more than ``events.date_slack_days`` apart conflict.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from checker.align.context import Context
from checker.findings.base import agreement_finding, make_finding, value_entry
from checker.model import Claim, Finding
from checker.normalize.keys import isolate as q

CODE, AGREE = "CF04", "AG04"


def run(ctx: Context) -> list[Finding]:
    slack = int(ctx.rules.top("thresholds").get("events", {}).get("date_slack_days", 1))
    out = []
    for ev in ctx.events:
        dated: dict[str, list[Claim]] = defaultdict(list)
        for a in ev.articles:
            c = ctx.event_date_claim.get(a)
            if c is not None:
                dated[c.value["iso"]].append(c)
        if len({c.article for cs in dated.values() for c in cs}) < 2:
            continue
        key = f"event:{ev.id}:date"
        entries = [value_entry(ctx, iso, iso, cs) for iso, cs in sorted(dated.items())]
        for e in entries:
            if len(e["articles"]) >= 2:
                quotes = ", ".join(sorted({q(x["text"]) for x in e["evidence"]}))
                message = f"event {ev.id} dated {e['value']} by {', '.join(e['articles'])}"
                out.append(
                    agreement_finding(
                        ctx, AGREE, key, message, f"The reports date the event alike ({quotes})", e
                    )
                )
        days = sorted(date.fromisoformat(iso) for iso in dated)
        if (days[-1] - days[0]).days > slack:
            detail = "; ".join(f"{e['value']} in {', '.join(e['articles'])}" for e in entries)
            out.append(
                make_finding(
                    CODE,
                    "conflict",
                    "error",
                    key,
                    f"event {ev.id}: reports date it differently ({detail})",
                    f"These articles report one event but date it {(days[-1] - days[0]).days} days apart, more than the {slack}-day slack allowed for time zones and lunar dates.",
                    entries,
                )
            )
    return out
