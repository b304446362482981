"""Alignment: entities, article times, events and source chains, built into one Context."""

from __future__ import annotations

from checker.align.context import ArticleTime, Context
from checker.align.entities import resolve_entities
from checker.align.events import build_events
from checker.align.frames import key_frames
from checker.align.subjects import SubjectSpace, signature
from checker.align.time import article_time, date_yearless
from checker.model import Claim, Extraction
from checker.normalize import fold
from checker.rules import Rules

__all__ = ["ArticleTime", "Context", "build_context"]


def build_context(extractions: list[Extraction], rules: Rules) -> Context:
    """Everything the finding checks need, in the order the pieces depend on each other."""
    by_id = {x.article.id: x for x in sorted(extractions, key=lambda x: x.article.id)}
    claims = sorted(
        (c for x in by_id.values() for c in x.claims), key=lambda c: (c.article, c.start, c.end, c.id)
    )
    ctx = Context(rules=rules, extractions=by_id, claims=claims, entities=resolve_entities(claims, rules))
    history = _history(by_id, rules)
    space = SubjectSpace(sig for _, sig, _ in history)
    for aid, x in by_id.items():
        ctx.times[aid] = article_time(x, rules, history, space)
        ctx.origins[aid] = origins(x)
        # (a day written without a year is dated by the article's estimate, or left out)
        ctx.extractions[aid] = date_yearless(x, ctx.times[aid])
    build_events(ctx)
    key_frames(ctx)
    return ctx


def _history(by_id: dict[str, Extraction], rules: Rules) -> list[tuple[Claim, tuple[str, ...], str]]:
    """Year-precise dated facts of the whole corpus, for anniversary arithmetic.

    A fact repeated across many articles (copies of one report) is kept twice at most, from two
    different articles, so that searching it stays proportional to the distinct facts.
    """
    seen: dict[tuple, set[str]] = {}
    out = []
    for aid, x in by_id.items():
        lang = x.article.language or "fa"
        for c in x.claims:
            if (
                c.type == "date"
                and c.value.get("precision") == "year"
                and c.value.get("iso")
                and c.value.get("earliest")
            ):
                sig = signature(fold(x.article.text[c.sentence[0] : c.sentence[1]]), lang, rules)
                arts = seen.setdefault((sig, c.value["iso"]), set())
                if len(arts) < 2 and aid not in arts:
                    arts.add(aid)
                    out.append((c, sig, aid))
    return out


def source_chains(x: Extraction) -> list[list[str]]:
    """The article's citation chains, longest form only («تابناک ← ایرنا», not also «تابناک»)."""
    chains: list[list[str]] = []
    for c in x.claims:
        if c.type != "source" or c.value["relation"] == "mentioned":
            continue
        chain = list(c.value["chain"])
        chains = [ch for ch in chains if ch != chain[: len(ch)]]
        if not any(chain == ch[: len(chain)] for ch in chains):
            chains.append(chain)
    return chains


def origins(x: Extraction) -> tuple[str, ...]:
    """Where the article's information comes from: the last link of each chain, in text order."""
    roots = [ch[-1] for ch in source_chains(x)]
    if not roots and x.article.outlet:
        roots = [f"outlet:{fold(x.article.outlet)}"]
    return tuple(dict.fromkeys(roots))
