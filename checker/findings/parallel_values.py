"""CF02 and CF03 possible conflicts: parallel sentences that differ on one date or one figure alone.

Two reports that tell one fact in one sentence each ("Argentina add the trophy to those they won in
1978 and 1986" against «آرژانتین … پیش از این در سال‌های ۱۹۸۵ و ۱۹۸۶ قهرمان شده بود») share what no
translation changes, and ``align.parallel`` pairs their one differing value even where no frame of
both says what the value is of. Nothing keys the pair but the sentences, so the finding is a
possible conflict (a warning), with both sentences' words quoted.
"""

from __future__ import annotations

from collections import defaultdict

from checker.align.context import Context
from checker.align.parallel import year_figure
from checker.findings.base import linked_groups, make_finding, value_entry
from checker.findings.wording import articles_text, day_range, quantity
from checker.model import Claim, Finding

DATE_CODE, FIGURE_CODE = "CF02", "CF03"


def run(ctx: Context) -> list[Finding]:
    out = []
    holders: dict[tuple, set[str]] | None = None  # a figure or day → the reports that give it
    for members in linked_groups(ctx.parallel_values):
        by_value: dict[str, list[Claim]] = defaultdict(list)
        for c in members:
            by_value[_shown(c)].append(c)
        if len(by_value) < 2:
            continue
        holders = holders if holders is not None else _holders(ctx)
        bare = {_bare(c) for c in members}
        told = {c.article for c in members}
        if len(bare) > 1 and set.intersection(*(holders.get(b, set()) for b in bare)) - told:
            # (a third report gives every one of the values, hedges aside: they are as many
            # things, which two parallel sentences each told one of: "about 5.5 million of them at
            # restaurants" and "1.3 million" in manufacturing; not one of the two reports, which
            # may repeat the figure it changed elsewhere)
            continue
        entries = [value_entry(ctx, shown, shown, cs) for shown, cs in sorted(by_value.items())]
        dated = _is_date(members[0])
        what = "date" if dated else "figure"
        values = " vs ".join(f"{e['display']} ({articles_text(e['articles'])})" for e in entries)
        out.append(
            make_finding(
                DATE_CODE if dated else FIGURE_CODE,
                "conflict",
                "warning",
                f"parallel:{what}:{'|'.join(sorted(by_value))}",
                f"Possible conflict: reports tell one fact in parallel sentences but give a different {what}: {values}",
                "Each sentence is the other's best match in its report (they share names, places, dates "
                f"or figures) and they differ on this {what} alone; nothing else says what it is of, so "
                "check the sentences: one of them may have changed it.",
                entries,
            )
        )
    return out


def _holders(ctx: Context) -> dict[tuple, set[str]]:
    out: dict[tuple, set[str]] = defaultdict(set)
    for aid, x in ctx.extractions.items():
        for c in x.claims:
            if c.type in ("number", "date"):
                out[_bare(c)].add(aid)
    return out


def _bare(c: Claim) -> tuple:
    """A figure or a day as written, without its hedge."""
    v = c.value
    return ("date", day_range(v)) if c.type == "date" else ("number", v.get("value"), v.get("unit"))


def _is_date(c: Claim) -> bool:
    """A date, or a year read as a figure ("won in 1978")."""
    return c.type == "date" or year_figure(c.value)


def _shown(c: Claim) -> str:
    """The value in words: a day, a year (also one read as a figure), or a quantity."""
    v = c.value
    if c.type == "date":
        return day_range(v)
    if year_figure(v):
        return str(v["value"])
    return quantity(v)
