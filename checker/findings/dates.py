"""CF02 historical-date conflict and AG02 historical-date agreement.

A historical fact is a dated past event named in an article («در سال ۱۹۴۴», «۸ دسامبر ۲۰۲۴ (۱۸ آذر
۱۴۰۳)»): comparable across all articles, whatever event they report. Dates are compared as ISO
intervals after calendar conversion; a lunar Hijri date carries ±1 day.
"""

from __future__ import annotations

from datetime import date

from checker.align.context import Context
from checker.align.subjects import signature
from checker.align.time import future_table
from checker.findings.facts import Fact, compare
from checker.model import Claim, Extraction, Finding
from checker.normalize import normalize

CODE, AGREE = "CF02", "AG02"
# Dates this close to the publication date belong to the reported event, not to history.
_EVENT_WINDOW_DAYS = 7


def facts(ctx: Context) -> list[Fact]:
    out = []
    for aid, x in sorted(ctx.extractions.items()):
        pub = ctx.times[aid].published
        event_claim = ctx.event_date_claim.get(aid)
        lang = x.article.language or "fa"
        # Per sentence, computed once: an article dense with dates stays linear (issue 9).
        dates_in = _dates_by_sentence(x)
        sigs: dict[tuple[int, int], tuple] = {}
        futures: dict[tuple[int, int], bool] = {}
        for c in x.claims:
            v = c.value
            if (
                c.type != "date"
                or not v.get("earliest")
                or not v.get("latest")
                or c.rule.startswith("date.meta")
            ):
                continue
            # «العام المقبل», «دیروز»: relative to the article, not history; plans lie ahead.
            if c.sentence not in futures:
                futures[c.sentence] = _future(ctx, x, c)
            if v.get("relative") or v.get("marker") == "until" or futures[c.sentence]:
                continue
            if event_claim is not None and c.id == event_claim.id:
                continue
            lo, hi = date.fromisoformat(v["earliest"]), date.fromisoformat(v["latest"])
            if pub and (pub - lo).days <= _EVENT_WINDOW_DAYS:
                continue  # the reported event itself, or a date after publication
            if c.sentence not in sigs:
                text, skip = _sentence_without_dates(x, c, dates_in.get(c.sentence, []))
                sigs[c.sentence] = signature(text, lang, ctx.rules, skip)
            sig = sigs[c.sentence]
            display = v.get("iso") or v["earliest"]
            out.append(
                Fact(
                    c,
                    "date",
                    sig,
                    lo.toordinal(),
                    hi.toordinal(),
                    display,
                    display,
                    ctx.times[aid].midpoint(),
                )
            )
    return out


def run(ctx: Context) -> list[Finding]:
    return compare(ctx, facts(ctx), (CODE, AGREE), "historical_date")


def _dates_by_sentence(x: Extraction) -> dict[tuple[int, int], list[Claim]]:
    out: dict[tuple[int, int], list[Claim]] = {}
    for d in x.claims:
        if d.type == "date":
            out.setdefault(d.sentence, []).append(d)
    return out


def _sentence_without_dates(x: Extraction, c: Claim, dates: list[Claim]) -> tuple[str, list[tuple[int, int]]]:
    """The claim's folded sentence, and the folded spans of every date in it (month names are not subjects)."""
    s0, s1 = c.sentence
    nt = normalize(x.article.text[s0:s1])
    skip = [
        (nt.norm_index(d.start - s0), nt.norm_index(d.end - s0))
        for d in dates
        if s0 <= d.start and d.end <= s1
    ]
    return nt.text, skip


def _future(ctx: Context, x: Extraction, c: Claim) -> bool:
    """The date's sentence speaks of what will happen («سيعقد … العام المقبل», "will be held")."""
    lang = x.article.language or "fa"
    sentence = normalize(x.article.text[c.sentence[0] : c.sentence[1]]).text
    return next(iter(future_table(ctx.rules, lang).find(sentence)), None) is not None
