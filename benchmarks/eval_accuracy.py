"""Accuracy benchmark: gold findings per story, recall on contradictions, false alarms on edits.

Runs `checker.pipeline.check` in-process on every story of benchmarks/stories/ (and the seeds),
scores the gold items (must/should), then runs every mutation of benchmarks/mutate.py:

* a contradiction is found when a conflict or inconsistency finding has evidence overlapping the
  changed span;
* a meaning-preserving edit raises a false alarm when a conflict or inconsistency finding appears
  that the unedited story's report does not have (compared in the original text's coordinates, by
  code and normalised evidence texts per article, or else by overlapping evidence: a conflict the
  edit leaves with fewer sides, "about 22" now fitting the 21 it contradicted, is not new).

It ends on one line, `accuracy: recall R/N, false alarms F/M, must P/Q, should S/T`, and exits 1
when recall is under 95%, on any false alarm or any missed must item (2 on a broken gold file).
Only the checker's public API and its report are used, never its internals.

    python benchmarks/eval_accuracy.py [--heldout | --only-heldout] [--story NAME] [--verbose] [--jobs N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mutate
import storylib

ALARM_TYPES = ("conflict", "inconsistency")
RECALL_TARGET = 0.95
_STATE: dict = {}  # filled before workers fork: stories and baselines


# --------------------------------------------------------------------------- running the checker


def run_check(paths: list[Path]):
    """The report dict, or the exception the checker raised (a crash is scored, not fatal)."""
    from checker.pipeline import check

    try:
        return check([str(p) for p in paths], None).report
    except Exception as exc:
        return exc


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:200]


# --------------------------------------------------------------------------- evidence in raw coordinates


Span = tuple[str, int, int]  # (article, start, end) in the article file's raw text


def _deltas(report: dict, raws: dict[str, str]) -> dict[str, int]:
    """Offset from the checker's article text to the raw file text, voted by the claims."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for claim in report.get("claims", []):
        raw, text, start = raws.get(claim.get("article")), claim.get("text") or "", claim.get("start", 0)
        if raw is None or len(text) < 3:
            continue
        pos = raw.find(text)
        while pos >= 0 and len(votes[claim["article"]]) < 50:
            votes[claim["article"]][pos - start] += 1
            pos = raw.find(text, pos + 1)
    return {art: c.most_common(1)[0][0] for art, c in votes.items() if c}


def value_spans(finding: dict, deltas: dict[str, int]) -> list[list[Span]]:
    """The evidence spans of each value of a finding."""
    groups = []
    for value in finding.get("values") or []:
        spans = []
        for ev in value.get("evidence") or []:
            d = deltas.get(ev.get("article"), 0)
            spans.append((ev.get("article"), ev.get("start", 0) + d, ev.get("end", 0) + d))
        groups.append(spans)
    return groups


def opposes(groups: list[list[Span]], one: Span, two: Span) -> bool:
    """Whether a finding sets the two spans against each other (in different values, never one)."""
    sides = [(covers(g, one), covers(g, two)) for g in groups]
    if any(a and b for a, b in sides):
        return False
    return any(a for a, _b in sides) and any(b for _a, b in sides)


def covers(spans: list[Span], span: Span) -> bool:
    art, s, e = span
    return any(a == art and fs < e and s < fe for a, fs, fe in spans)


@dataclass
class Scored:
    """A report reduced to what scoring needs: findings with raw spans, and events."""

    findings: list[tuple[dict, list[Span]]] = field(default_factory=list)
    events: list[set[str]] = field(default_factory=list)
    error: str | None = None
    values: list[list[list[Span]]] = field(default_factory=list)  # per finding, per value


def reduce(report, raws: dict[str, str]) -> Scored:
    if isinstance(report, BaseException):
        return Scored(error=_describe(report))
    deltas = _deltas(report, raws)
    values = [value_spans(f, deltas) for f in report.get("findings", [])]
    findings = [
        (f, [sp for g in groups for sp in g])
        for f, groups in zip(report.get("findings", []), values, strict=True)
    ]
    events = [set(ev.get("articles") or []) for ev in report.get("events", [])]
    return Scored(findings, events, None, values)


# --------------------------------------------------------------------------- gold


@dataclass
class ItemResult:
    section: str
    id: str
    level: str
    ok: bool
    detail: str = ""


def _event_ok(story: storylib.Story, item: dict, scored: Scored) -> bool:
    want = set(item["articles"])
    others = {a for ev in story.gold.get("events") or [] if ev is not item for a in ev["articles"]}
    forbidden = others - want - set(item.get("may_include", []))
    return any(want <= ev and not ev & forbidden for ev in scored.events)


def score_item(story: storylib.Story, section: str, item: dict, scored: Scored) -> bool:
    if scored.error:
        return False  # a crash fails every item, traps included
    if section == "events":
        return _event_ok(story, item, scored)
    quotes = [(q["article"], *story.locate(q)) for q in item["quotes"]]
    if section == "traps":
        return not any(
            f["type"] in ALARM_TYPES and opposes(groups, quotes[0], quotes[1])
            for (f, _sp), groups in zip(scored.findings, scored.values, strict=True)
        )
    if section == "omissions":
        missing = set(item["missing_in"])
        return any(
            f["type"] == "omission"
            and any(covers(sp, q) for q in quotes)
            and missing <= set(f.get("missing_in") or [])
            for f, sp in scored.findings
        )
    ftype = {"conflicts": "conflict", "agreements": "agreement"}[section]
    return any(f["type"] == ftype and all(covers(sp, q) for q in quotes) for f, sp in scored.findings)


def score_gold(story: storylib.Story, scored: Scored) -> list[ItemResult]:
    return [
        ItemResult(section, item["id"], item.get("level", "must"), score_item(story, section, item, scored))
        for section, item in storylib.gold_items(story)
    ]


def closest(scored: Scored, span: Span, n: int = 3) -> list[str]:
    """The findings whose evidence lies nearest to a span of the same article."""
    art, s, _e = span
    ranked = []
    for f, spans in scored.findings:
        dists = [abs(fs - s) for a, fs, _fe in spans if a == art]
        if dists:
            texts = "; ".join(f"{a}@{fs}-{fe}" for a, fs, fe in spans[:4])
            ranked.append((min(dists), f"{f.get('code')} {f.get('type')} [{texts}]"))
    return [text for _d, text in sorted(ranked)[:n]]


def gold_report(story: storylib.Story) -> dict:
    """A report that does exactly what the gold asks: every gold item must score on it."""

    def ev(quote):
        start, end = story.locate(quote)
        art = quote["article"]
        return {"article": art, "start": start, "end": end, "text": story.articles[art].raw[start:end]}

    findings = [
        {"type": "conflict", "code": "GOLD", "values": [{"evidence": [ev(q)]} for q in it["quotes"]]}
        for it in story.gold.get("conflicts") or []
    ]
    findings += [
        {"type": "agreement", "code": "GOLD", "values": [{"evidence": [ev(q) for q in it["quotes"]]}]}
        for it in story.gold.get("agreements") or []
    ]
    findings += [
        {
            "type": "omission",
            "code": "GOLD",
            "values": [{"evidence": [ev(it["quotes"][0])]}],
            "missing_in": it["missing_in"],
        }
        for it in story.gold.get("omissions") or []
    ]
    events = [{"articles": e["articles"]} for e in story.gold.get("events") or []]
    return {"findings": findings, "events": events, "claims": []}


def check_gold(stories: list[storylib.Story]) -> int:
    """Score each story's gold against the report the gold describes; 1 if any item fails."""
    failed = 0
    for story in stories:
        scored = reduce(gold_report(story), {a.id: a.raw for a in story.articles.values()})
        bad = [f"{r.section}/{r.id}" for r in score_gold(story, scored) if not r.ok]
        failed += bool(bad)
        shown = ", ".join(bad) if not story.heldout else f"{len(bad)} items"
        print(f"gold {story.name}: " + (f"inconsistent: {shown}" if bad else "consistent"))
    return 1 if failed else 0


# --------------------------------------------------------------------------- mutations


_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d\u200e\u200f]")


def norm(text: str) -> str:
    text = mutate.to_script(unicodedata.normalize("NFC", text), "latin")
    text = _MARKS.sub("", text.replace("ي", "ی").replace("ك", "ک"))
    return " ".join(text.split()).lower()


def _alarm_keys(story: storylib.Story, scored: Scored, maps: dict, added: set[str]):
    """(key, per-article original spans) of each conflict or inconsistency touching the story."""
    out = []
    for f, spans in scored.findings:
        if f["type"] not in ALARM_TYPES:
            continue
        orig: list[Span] = []
        for art, s, e in spans:
            if art in added or art not in story.articles:
                orig.append((art, s, e))
                continue
            os_, oe = mutate.to_original(maps.get(art, []), s, e)
            orig.append((art, os_, oe))
        if all(a in added for a, _s, _e in orig):
            continue
        texts = sorted(
            (a, norm(story.articles[a].raw[s:e]) if a in story.articles else "") for a, s, e in orig
        )
        out.append(((f.get("code"), tuple(texts)), orig))
    return out


def new_alarms(story: storylib.Story, base: Scored, scored: Scored, mut: mutate.Mutation) -> list[str]:
    before = _alarm_keys(story, base, {}, set())
    keys = {k for k, _sp in before}
    found = []
    for key, spans in _alarm_keys(story, scored, mut.maps, set(mut.added)):
        if key in keys:
            continue
        arts = {a for a, _s, _e in spans}
        if any(
            k[0] == key[0] and arts <= {a for a, _s, _e in bsp} and all(covers(bsp, sp) for sp in spans)
            for k, bsp in before
        ):
            continue
        found.append(f"{key[0]} " + "; ".join(f"{a}@{s}-{e}" for a, s, e in spans[:4]))
    return found


@dataclass
class MutResult:
    id: str
    story: str
    family: str
    kind: str
    description: str
    ok: bool
    detail: list[str]


def run_mutation(task: tuple[str, int]) -> MutResult:
    name, index = task
    story, base, muts = _STATE["stories"][name], _STATE["baselines"][name], _STATE["mutations"][name]
    mut = muts[index]
    with tempfile.TemporaryDirectory(prefix="checker-eval-") as tmp:
        paths = mutate.write(mut, Path(tmp))
        raws = {Path(n).stem: t for n, t in mut.files.items()}
        scored = reduce(run_check(paths), raws)
    if mut.family == mutate.CONTRADICTION:
        if scored.error:
            return MutResult(
                mut.id, name, mut.family, mut.kind, mut.description, False, [f"checker raised {scored.error}"]
            )
        hit = any(f["type"] in ALARM_TYPES and covers(sp, mut.target) for f, sp in scored.findings)
        return MutResult(
            mut.id,
            name,
            mut.family,
            mut.kind,
            mut.description,
            hit,
            [] if hit else closest(scored, mut.target),
        )
    if scored.error:
        return MutResult(
            mut.id, name, mut.family, mut.kind, mut.description, False, [f"checker raised {scored.error}"]
        )
    alarms = new_alarms(story, base, scored, mut)
    return MutResult(mut.id, name, mut.family, mut.kind, mut.description, not alarms, alarms)


# --------------------------------------------------------------------------- reporting


def _select(stories, args):
    skipped = [s for s in stories if s.heldout and not (args.heldout or args.only_heldout)]
    chosen = [s for s in stories if s not in skipped and (not args.only_heldout or s.heldout)]
    if args.story:
        chosen = [s for s in chosen if s.name in args.story]
        unknown = set(args.story) - {s.name for s in stories}
        if unknown:
            raise storylib.GoldError(f"no story named {sorted(unknown)[0]!r}; see benchmarks/stories/")
    return chosen, skipped


def _print_story(story, items, scored, verbose):
    must = [r for r in items if r.level == "must"]
    should = [r for r in items if r.level == "should"]
    line = (
        f"story {story.name} ({story.kind}{', held out' if story.heldout else ''}): "
        f"must {sum(r.ok for r in must)}/{len(must)}, should {sum(r.ok for r in should)}/{len(should)}"
    )
    if scored.error:
        line += f"  [checker raised {scored.error}]"
    print(line)
    if story.heldout and not verbose:
        return
    for r in items:
        if r.ok:
            continue
        print(f"  missed {r.level} {r.section}/{r.id}")
        if verbose:
            item = next(i for s, i in storylib.gold_items(story) if s == r.section and i["id"] == r.id)
            for q in item.get("quotes", []):
                span = (q["article"], *story.locate(q))
                near = closest(scored, span)
                print(
                    f"    {q['article']} «{q['text']}» @{span[1]}: nearest "
                    + (" | ".join(near) if near else "none")
                )


def _print_kinds(results: list[MutResult]):
    by_kind: dict[tuple[str, str], list[MutResult]] = defaultdict(list)
    for r in results:
        by_kind[(r.family, r.kind)].append(r)
    print("contradictions found, by kind:")
    for (family, kind), rs in sorted(by_kind.items()):
        if family == mutate.CONTRADICTION:
            print(f"  {kind:22} {sum(r.ok for r in rs)}/{len(rs)}")
    print("false alarms, by kind of meaning-preserving edit:")
    for (family, kind), rs in sorted(by_kind.items()):
        if family == mutate.PRESERVING:
            print(f"  {kind:22} {sum(not r.ok for r in rs)}/{len(rs)}")


def _print_misses(results: list[MutResult], heldout: set[str], verbose: bool):
    for r in results:
        if r.ok or (r.story in heldout and not verbose):
            continue
        what = "missed" if r.family == mutate.CONTRADICTION else "false alarm"
        print(f"  {what}: {r.id}: {r.description}")
        if verbose:
            for d in r.detail:
                print(f"      {d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--heldout", action="store_true", help="include the held-out stories")
    ap.add_argument("--only-heldout", action="store_true", help="score the held-out stories only")
    ap.add_argument("--story", action="append", help="only this story (repeatable)")
    ap.add_argument("--verbose", action="store_true", help="show each miss with the closest findings")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--seed", type=int, default=0, help="seed of the mutation generator")
    ap.add_argument(
        "--check-gold", action="store_true", help="only check that each gold file scores fully on its own"
    )
    args = ap.parse_args(argv)
    cpu0 = time.process_time()
    try:
        stories = storylib.discover()
        chosen, skipped = _select(stories, args)
    except storylib.GoldError as exc:
        print(f"eval_accuracy: {exc}", file=sys.stderr)
        return 2
    if skipped:
        print(
            f"skipped {len(skipped)} held-out stories: {', '.join(s.name for s in skipped)} (use --heldout)"
        )
    if not chosen:
        print("eval_accuracy: no story selected; a held-out story needs --heldout", file=sys.stderr)
        return 2
    if args.check_gold:
        return check_gold(chosen)

    _STATE.update(stories={}, baselines={}, mutations={})
    items_all: list[ItemResult] = []
    for story in chosen:
        raws = {a.id: a.raw for a in story.articles.values()}
        scored = reduce(run_check([a.path for a in story.articles.values()]), raws)
        items = score_gold(story, scored)
        items_all += items
        _print_story(story, items, scored, args.verbose)
        _STATE["stories"][story.name], _STATE["baselines"][story.name] = story, scored
        _STATE["mutations"][story.name] = mutate.generate(story, stories, args.seed)

    tasks = [(name, i) for name, muts in _STATE["mutations"].items() for i in range(len(muts))]
    sys.stdout.flush()  # forked workers must not inherit unwritten output
    if args.jobs > 1 and len(tasks) > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = pool.map(run_mutation, tasks, chunksize=4)
    else:
        results = [run_mutation(t) for t in tasks]

    _print_kinds(results)
    _print_misses(results, {s.name for s in chosen if s.heldout}, args.verbose)
    contra = [r for r in results if r.family == mutate.CONTRADICTION]
    edits = [r for r in results if r.family == mutate.PRESERVING]
    recall, alarms = sum(r.ok for r in contra), sum(not r.ok for r in edits)
    must = [r for r in items_all if r.level == "must"]
    should = [r for r in items_all if r.level == "should"]
    must_ok, should_ok = sum(r.ok for r in must), sum(r.ok for r in should)
    print(
        f"mutations: {len(contra)} contradictions, {len(edits)} meaning-preserving edits; "
        f"parent CPU {time.process_time() - cpu0:.1f} s, {args.jobs} job(s)"
    )
    print(
        f"accuracy: recall {recall}/{len(contra)}, false alarms {alarms}/{len(edits)}, "
        f"must {must_ok}/{len(must)}, should {should_ok}/{len(should)}"
    )
    failed = (contra and recall < RECALL_TARGET * len(contra)) or alarms or must_ok < len(must)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
