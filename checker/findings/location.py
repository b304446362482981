"""CF05 place conflict: one facility or landmark placed in two places that do not contain each other.

Each ``place`` claim for a facility or landmark with a stated container («نطنز در استان اصفهان»,
"Natanz, Isfahan Province") says where it is. Two containers conflict when neither holds the
other in the gazetteer: "in Isfahan" and "in Iran" agree, "in Isfahan" and "in Qom" do not.

Two parallel sentences (``align.parallel``) that tell one fact in two places of one country that
do not contain each other are a possible conflict (a warning: the pairing is by the sentences, not
by a key): "Modi, who followed the descent from Johannesburg" against «مودی … در کیپ‌تاون».
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from checker.align.context import Context
from checker.align.geo import place_relation
from checker.align.places import gazetteer
from checker.findings.base import linked_groups, make_finding, value_entry
from checker.findings.wording import articles_text
from checker.model import Claim, Finding
from checker.normalize.keys import isolate as q

CODE = "CF05"
_PLACED = ("facility", "landmark")


def run(ctx: Context) -> list[Finding]:
    gz = gazetteer(ctx.rules)
    placed: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    named: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # (article, place) → its claims
    for c in ctx.claims:
        v = c.value
        if c.type == "place":
            named[(c.article, v.get("place") or "")].append(c)
        if c.type == "place" and v.get("container") and v.get("kind") in _PLACED:
            placed[v["place"]][v["container"]].append(c)
    out = []
    for pid, where in sorted(placed.items()):
        # (a town the gazetteer lacks is the listed one its skeleton spells: «روالبندي» is Rawalpindi)
        clashes = [
            (a, b)
            for a, b in combinations(sorted(where), 2)
            if gz.disjoint(a, b) and place_relation(ctx.rules, a, b) != "same"
        ]
        if not clashes:
            continue
        involved = sorted({x for pair in clashes for x in pair})
        # Each report's words for the facility and for the place it puts it in.
        entries = [value_entry(ctx, w, gz.display(w), _with_containers(where[w], named)) for w in involved]
        # A facility the gazetteer lacks is one by the sound of its name only: a possible conflict.
        fuzzy = any(
            "latent" in c.flags or "fuzzy" in c.flags or c.value.get("unlisted")
            for w in involved
            for c in where[w]
        )
        first = min((c for w in involved for c in where[w]), key=lambda c: (c.article, c.start))
        name = first.value.get("name") if first.value.get("unlisted") else gz.display(pid)
        detail = "; ".join(
            f"in {gz.display(e['value'])} ({', '.join(sorted({q(x['text']) for x in e['evidence']}))}) by {articles_text(e['articles'])}"
            for e in entries
        )
        pairs = ", ".join(f"{gz.display(a)} and {gz.display(b)}" for a, b in clashes)
        out.append(
            make_finding(
                CODE,
                "conflict",
                "warning" if fuzzy else "error",
                f"place:{pid}:located_in",
                f"{name} is placed in two places: {detail}",
                f"The gazetteer holds neither of {pairs} inside the other, so one {gz.kind(pid)} cannot be in both.",
                entries,
            )
        )
    return [*out, *_parallel(ctx, gz)]


def _parallel(ctx: Context, gz) -> list[Finding]:
    """One possible conflict per group of place claims that parallel sentences pair."""
    out = []
    for members in linked_groups(ctx.parallel_places):
        by_place: dict[str, list[Claim]] = defaultdict(list)
        for c in members:
            by_place[c.value["place"]].append(c)
        if len(by_place) < 2:
            continue
        shown = {pid: _shown(gz, cs) for pid, cs in by_place.items()}
        entries = [value_entry(ctx, pid, shown[pid], cs) for pid, cs in sorted(by_place.items())]
        names = " vs ".join(f"{e['display']} ({articles_text(e['articles'])})" for e in entries)
        # (two countries are places of no one country)
        countries = {c.value.get("country") for c in members}
        country = members[0].value.get("country") if len(countries) == 1 else None
        unlisted = any(c.value.get("unlisted") for c in members)
        where = f" of {gz.display(country)}" if country else ""
        why = (
            "the gazetteer lists neither place, and neither report names the other's anywhere"
            if unlisted
            else f"the gazetteer holds neither of {' and '.join(shown[p] for p in sorted(by_place))} inside the other"
        )
        out.append(
            make_finding(
                CODE,
                "conflict",
                "warning",
                f"place:{country or ('unlisted' if unlisted else 'countries')}:parallel:{'|'.join(sorted(by_place))}",
                f"Possible conflict: reports tell one fact in parallel sentences but place it in different places{where}: {names}",
                "Each sentence is the other's best match (they share names, dates or figures, and differ on "
                f"this place alone), and {why}: check which place the fact belongs to.",
                entries,
            )
        )
    return out


def _shown(gz, claims: list[Claim]) -> str:
    """A listed place by its gazetteer name; one the gazetteer lacks by its first report's words."""
    first = min(claims, key=lambda c: (c.article, c.start))
    return (
        q(first.value.get("name") or first.text)
        if first.value.get("unlisted")
        else gz.display(first.value["place"])
    )


def _with_containers(claims: list[Claim], named: dict[tuple[str, str], list[Claim]]) -> list[Claim]:
    """The facility claims, each with the first claim of its container after it in its article."""
    out = list(claims)
    for c in claims:
        after = [k for k in named.get((c.article, c.value["container"]), ()) if k.start >= c.end]
        if after:
            out.append(min(after, key=lambda k: k.start))
    return sorted({k.id: k for k in out}.values(), key=lambda k: (k.article, k.start, k.id))
