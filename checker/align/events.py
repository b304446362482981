"""Group articles into events: the occasion each one reports (one meeting, one attack).

Two articles report one event when their event dates agree within a day AND they share
participants or a place. Overlap of participants alone never merges: the same people meet
several times a year. An article with no event date of its own stays an event of its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from checker.align.context import Context
from checker.extract.lexicon import Table, cached, clitics
from checker.model import Claim, Event
from checker.normalize import fold

_LEAD_SENTENCES = 12
_EVENT_WINDOW_DAYS = 7
_AFTER_DAYS = 3  # an event dated a little after publication is a slip or a time zone, still the event
_DATELINE_REACH = 40  # characters from the start of a line within which a date is a dispatch dateline
# Beyond the date slack, two reports are still one event when they name nearly the same people
# (a copy whose date was changed must be compared with its original, not set apart).
_SAME_PEOPLE = 0.8


def _tables(ctx: Context, lang: str) -> tuple[Table, Table, set[str]]:
    rules = ctx.rules

    def build():
        ev = rules.lang("events", lang)
        cl = clitics(rules, lang)
        cues = Table.build([(p, "event") for p in ev.get("event_cues") or []], cl)
        countries = rules.lang("countries", lang).get("countries") or {}
        capitals = Table.build([(p, cc) for cc, e in countries.items() for p in e.get("capitals") or []], cl)
        return cues, capitals, {fold(w) for w in ev.get("locatives") or []}

    return cached(rules, lang, "events", build)  # type: ignore[return-value]


def event_date_claim(ctx: Context, aid: str) -> Claim | None:
    """The date of the occasion.

    Candidates are day-precise dates near the publication date (or, for an undated article, dates
    in a sentence that names an event). A date in a sentence naming the event wins; a wire
    dateline at the start of a line ("DUBAI, Nov 13 (Reuters) -") and the file's header date come
    last, since they date the dispatch, not the event.
    """
    x = ctx.extractions[aid]
    cues, _, _ = _tables(ctx, x.article.language or "fa")
    pub = ctx.times[aid].published
    ranked = []
    cued_in: dict[tuple[int, int], bool] = {}  # per sentence: dense dates stay linear
    for c in x.claims:
        v = c.value
        if c.type != "date" or v.get("precision") != "day" or not v.get("iso") or v.get("marker"):
            continue
        when = date.fromisoformat(v["iso"])
        if pub and not (-_AFTER_DAYS <= (pub - when).days <= _EVENT_WINDOW_DAYS):
            continue
        if c.sentence not in cued_in:
            sentence = fold(x.article.text[c.sentence[0] : c.sentence[1]])
            cued_in[c.sentence] = next(iter(cues.find(sentence)), None) is not None
        cued = cued_in[c.sentence]
        if not pub and not cued:
            continue
        # Look back no further than the reach: a text without line breaks stays linear.
        line_start = x.article.text.rfind("\n", max(0, c.start - _DATELINE_REACH - 1), c.start) + 1
        dateline = c.start - line_start <= _DATELINE_REACH
        ranked.append(((not cued, c.rule.startswith("date.meta"), dateline, c.start), c))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None


def place_of(ctx: Context, aid: str) -> str | None:
    """The capital most often named after a locative («در مسکو», «في موسكو»)."""
    x = ctx.extractions[aid]
    _, capitals, locatives = _tables(ctx, x.article.language or "fa")
    text = fold(x.article.text)
    counts: Counter[str] = Counter()
    for s, _e, cc in capitals.find(text):
        before = text[max(0, s - 12) : s].split()
        if (before and before[-1] in locatives) or text[s - 1 : s] in locatives:
            counts[cc] += 1
    if not counts:
        return None
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    names = (ctx.rules.lang("countries", "en").get("countries") or {}).get(top, {}).get("capitals") or []
    return f"{names[0]} ({top})" if names else f"capital of {top}"


def participants(ctx: Context, aid: str) -> set[str]:
    """Entities named as attending, or named with a role, in the article."""
    out = set()
    for c in ctx.extractions[aid].claims:
        if c.type in ("attendance", "person_role"):
            eid = ctx.entities.entity(c)
            if eid:
                out.add(eid)
    return out


def build_events(ctx: Context) -> None:
    """Fill ``ctx.events``, ``ctx.event_of`` and ``ctx.event_date_claim``."""
    slack = int(ctx.rules.top("thresholds").get("events", {}).get("date_slack_days", 1))
    min_shared = int(ctx.rules.top("thresholds").get("events", {}).get("min_shared_participants", 2))
    info: dict[str, tuple[date | None, str | None, set[str]]] = {}
    by_day: dict[int, list[str]] = defaultdict(list)
    for aid in sorted(ctx.extractions):
        claim = event_date_claim(ctx, aid)
        ctx.event_date_claim[aid] = claim
        when = date.fromisoformat(claim.value["iso"]) if claim else ctx.times[aid].published
        info[aid] = (when, place_of(ctx, aid), participants(ctx, aid))
        if when:
            by_day[when.toordinal()].append(aid)
    parent = {aid: aid for aid in info}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    reach = int(ctx.rules.top("thresholds").get("events", {}).get("merge_window_days", slack))
    limit = max(slack, reach)
    span = {a: (w.toordinal(), w.toordinal()) for a, (w, _, _) in info.items() if w}
    for aid, (when, place, people) in info.items():
        if when is None:
            continue
        for day in range(when.toordinal() - max(slack, reach), when.toordinal() + 1):
            for other in by_day.get(day, ()):
                if other >= aid and day == when.toordinal():
                    continue
                o_place, o_people = info[other][1], info[other][2]
                shared = len(people & o_people)
                near = when.toordinal() - day <= slack and (
                    shared >= min_shared or (place and place == o_place)
                )
                alike = shared >= min_shared and shared / max(1, len(people | o_people)) >= _SAME_PEOPLE
                if near or alike:
                    ra, rb = find(aid), find(other)
                    lo, hi = min(span[ra][0], span[rb][0]), max(span[ra][1], span[rb][1])
                    # Merges must not chain: daily copies a day apart would otherwise become one
                    # event spanning months. The merged event's dates stay within the window.
                    if ra != rb and hi - lo <= limit:
                        root = min(ra, rb)
                        parent[max(ra, rb)] = root
                        span[root] = (lo, hi)
    _collect(ctx, info, find)


def _collect(ctx: Context, info, find) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(info):
        groups[find(aid)].append(aid)
    for root in sorted(groups):
        members = groups[root]
        dates = sorted({info[a][0] for a in members if info[a][0]})
        places = Counter(info[a][1] for a in members if info[a][1])
        people = sorted(set().union(*(info[a][2] for a in members)))
        eid = f"event:{root}"
        ctx.events.append(
            Event(
                id=eid,
                articles=tuple(members),
                date=dates[0].isoformat() if dates else None,
                place=sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if places else None,
                participants=tuple(people),
            )
        )
        for a in members:
            ctx.event_of[a] = eid
