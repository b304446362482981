"""IN05 a headline's figure that its own body contradicts.

A report whose headline says "$900 billion" and whose body says "$600 billion" of the same thing
has one of the two wrong. The comparison across reports cannot show it: a report that gives both
values clashes with neither (findings/frames ``_stands``), so the report is checked against
itself here.

A headline frame (extract/frames ``_headline_marked``) and a body frame of its report are of one
thing when they share an exact key (an occasion's toll) or when each pairs (align) with one frame
of another report. The headline is contradicted when its body gives that thing only in values
apart from the headline's. A headline writes short, so its figure fits any body figure of its
predicate, under any key, that is the same or compatible ("kills more than 2,000" over "2,053
dead"), that it rounds (41,000 over 41,054; 40 over 40.3), or whose hedge it drops (200,000 over
"more than 200,000"); and a running count whose headline is no lower than the body's figure is
left alone: the headline then tells the newest figure and the body an earlier one.
"""

from __future__ import annotations

from collections import defaultdict

from checker.align.context import Context
from checker.align.frames import Keyed
from checker.findings.base import make_finding
from checker.findings.compare import bounds, relation
from checker.findings.frames import frame_entry, frame_label, value_words
from checker.model import Finding
from checker.normalize.keys import isolate as q

CODE = "IN05"
_MEET = ("same", "compatible")
_INF = float("inf")


def run(ctx: Context) -> list[Finding]:
    defs = ctx.rules.concepts("predicates").get("predicates") or {}
    partners: dict[str, set[str]] = defaultdict(set)  # frame id → frames of other reports it pairs with
    for a, b in ctx.pairs:
        partners[a.frame.id].add(b.frame.id)
        partners[b.frame.id].add(a.frame.id)
    by_article: dict[str, list[Keyed]] = defaultdict(list)
    for k in ctx.keyed:
        by_article[k.frame.article].append(k)
    out = []
    for aid in sorted(by_article):
        ks = by_article[aid]
        body = [k for k in ks if not k.frame.qualifiers.get("headline")]
        for head in (k for k in ks if k.frame.qualifiers.get("headline")):
            pdef = defs.get(head.frame.predicate, {})
            if pdef.get("value") != "quantity":
                continue
            if any(b.frame.predicate == head.frame.predicate and _fits(head, b, pdef) for b in body) or (
                _given_in_body(ctx, head)
            ):
                continue
            clash = [
                b
                for b in body
                if _one_thing(head, b, partners)
                and relation(head, b, pdef) == "conflict"
                and not (pdef.get("cumulative") and bounds(head)[0] >= bounds(b)[0])
            ]
            if clash:
                out.append(_finding(ctx, aid, head, clash, pdef))
    return out


def _fits(head: Keyed, b: Keyed, pdef: dict) -> bool:
    """The body frame ``b`` gives the headline's figure as a headline would write it: the same or a
    compatible value, one the headline rounds, or a bound of a hedge the headline drops."""
    if relation(head, b, pdef) in _MEET:
        return True
    if b.frame.value.get("unit") != head.frame.value.get("unit"):
        return False
    (hlo, hhi), (blo, bhi) = bounds(head), bounds(b)
    if any(x == y for x in (hlo, hhi) for y in (blo, bhi) if abs(x) != _INF):
        return True
    return hlo == hhi and blo == bhi and abs(blo - hlo) <= _step(hlo) / 2


def _given_in_body(ctx: Context, head: Keyed) -> bool:
    """A figure of the body outside the headline, of the headline's unit and value, whatever frame
    it went to (one report's «به بزرگی ۶.۸» under its headline's «زلزله ۶.۸ ریشتری»)."""
    x = ctx.extractions.get(head.frame.article)
    v = head.frame.value
    if x is None or v.get("low") is None:
        return False
    own = set(head.frame.claims)
    return any(
        c.type == "number"
        and c.id not in own
        and c.start > head.frame.end
        and c.value.get("unit") == v.get("unit")
        and v["low"] in (c.value.get("low"), c.value.get("high"))
        for c in x.claims
    )


def _step(x: float) -> float:
    """The rounding a figure shows: 41,000 is to the thousand, 40 to the unit, 2.5 to the tenth."""
    if x != int(x):
        return 10.0 ** -len(repr(float(x)).split(".")[1])
    n, step = abs(int(x)), 1.0
    while n and n % 10 == 0:
        n //= 10
        step *= 10
    return step


def _one_thing(head: Keyed, b: Keyed, partners: dict[str, set[str]]) -> bool:
    """The body frame ``b`` is of the headline frame's thing: one exact key, or both paired with one
    frame of another report."""
    if b.frame.predicate != head.frame.predicate:
        return False
    if head.key or b.key:
        return head.key == b.key
    return bool(partners.get(head.frame.id, set()) & partners.get(b.frame.id, set()))


def _finding(ctx: Context, aid: str, head: Keyed, clash: list[Keyed], pdef: dict) -> Finding:
    what = frame_label(ctx, head, pdef)
    said = value_words(ctx, pdef, head.frame)
    told = " / ".join(dict.fromkeys(value_words(ctx, pdef, b.frame) for b in clash))
    quoted = ", ".join(dict.fromkeys(q(b.frame.text) for b in clash))
    return make_finding(
        CODE,
        "inconsistency",
        "error" if head.key else "warning",
        f"article:{aid}:headline:{head.frame.start}",
        f"{aid}: its headline gives {what} as {said}, its body as {told}",
        f"The headline says {q(head.frame.text)} ({said}) and the body of the same report says {quoted} "
        f"({told}) of the same thing, and nowhere a value that fits the headline's: one of them is wrong."
        + (
            ""
            if head.key
            else " The two were matched through another report's words: a possible slip to check."
        ),
        [frame_entry(ctx, [head], pdef), frame_entry(ctx, clash, pdef)],
    )
