"""One rendering context, built from the report dict, for both report.md and report.html.

Everything a reader sees is decided here: what comes first (errors, then the groups and
warnings, then information), article names instead of file names, values in words, and every
quote with its whole sentence. The templates only lay it out and escape it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from checker.findings.base import SEVERITY_RANK
from checker.report.claimreview import safe_url
from checker.report.wording import article_name, clean, isolate, reword, short_name, shorten, value_words

# A claim id inside a message («(claim 000_ab:date:436-444)») is an internal key: say the article.
_CLAIM_REF = re.compile(r"\(claim ([^\s:()]+):[a-z_]+:\d+-\d+(?:#\d+)?\)")
_TITLE_MAX = 200
# report.html shows the texts of the quoted articles up to this many articles in the run: a large
# run's texts would make the page as large as its corpus (25 MB at 1,000 synthetic articles, and
# the memory peak of a 10,000-article check). Beyond it, quotes keep their sentence and line.
VIEWS_MAX = 200
# The contents list each card of a section up to this many; a longer section, each code once.
TOC_MAX = 50
_DIRS = {"fa": "rtl", "ar": "rtl", "en": "ltr"}
_TITLES = {"error": "Errors", "warning": "Warnings", "info": "Information"}


def anchor(kind: str, value: str) -> str:
    """An HTML id that no article text can shape: a prefix and a hash."""
    return f"{kind}-" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


def _unique_short_names(articles: list[dict[str, Any]]) -> dict[str, str]:
    """Short names that tell articles apart: the date is added where an outlet has several, then the id."""
    short = {a["id"]: short_name(a) for a in articles}
    for add in (lambda a: clean(a.get("time_label") or a.get("published") or ""), lambda a: clean(a["id"])):
        seen: dict[str, int] = {}
        for name in short.values():
            seen[name] = seen.get(name, 0) + 1
        for a in articles:
            extra = add(a)
            if seen[short[a["id"]]] > 1 and extra:
                short[a["id"]] = f"{_isolated(short[a['id']])} ({extra})"
    return short


def _isolated(name: str) -> str:
    """A right-to-left name in a first-strong isolate, so that the date written after it is not
    reordered into it («هسبريس (2023-09-10)» shown as "(10-09-2023) هسبريس")."""
    return isolate(name) if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name) else name


class _Names:
    """Article ids → names, event ids → "event N", and messages with both replaced."""

    def __init__(self, articles: list[dict[str, Any]], events: list[dict[str, Any]] = ()):  # type: ignore[assignment]
        self.events = {e["id"]: f"event {i}" for i, e in enumerate(events, 1)}
        eids = sorted(self.events, key=len, reverse=True)
        # "event event:ab12" in a message becomes "event 3", not "event event 3".
        self.event_pattern = (
            re.compile(r"(?:\bevent )?(" + "|".join(map(re.escape, eids)) + r")(?![\w-])") if eids else None
        )
        # The base direction of an article's text comes from its language, not from its first
        # character (a header such as « date 2025-10-15» would make a Persian text LTR).
        self.dir = {a["id"]: _DIRS.get(a.get("language") or "", "auto") for a in articles}
        self.full = {a["id"]: article_name(a) for a in articles}
        self.when = {a["id"]: clean(a.get("time_label") or a.get("published") or "") for a in articles}
        self.short = _unique_short_names(articles)
        ids = sorted(self.short, key=len, reverse=True)
        alts = "|".join(map(re.escape, ids))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])") if ids else None

    def text(self, s: str, values: list[dict[str, Any]] = ()) -> str:  # type: ignore[assignment]
        out = _CLAIM_REF.sub(r"(in \1)", reword(s, {}, values))
        if self.event_pattern:
            out = self.event_pattern.sub(lambda m: self.events[m.group(1)], out)
        return self.pattern.sub(lambda m: self.short[m.group(0)], out) if self.pattern else out


def _evidence(ev: dict[str, Any], names: _Names, linked: bool) -> dict[str, Any]:
    sent = ev.get("sentence") or {}
    s0, text = sent.get("start"), sent.get("text")
    if text is not None and s0 is not None and s0 <= ev["start"] and ev["end"] <= s0 + len(text):
        before, after = text[: ev["start"] - s0], text[ev["end"] - s0 :]
    else:
        before, after = "", ""
    return {
        "article": ev["article"],
        "article_name": names.full.get(ev["article"], clean(ev["article"])),
        "article_anchor": anchor("art", ev["article"]),
        "dir": names.dir.get(ev["article"], "auto"),
        "href": "#" + anchor("q", f"{ev['article']}\0{ev['start']}\0{ev['end']}") if linked else None,
        "before": clean(before).lstrip(),
        "quote": clean(ev["text"]),
        "after": clean(after).rstrip(),
        "start": ev["start"],
        "end": ev["end"],
        "line": ev.get("line"),
        "column": ev.get("column"),
    }


def _finding(f: dict[str, Any], names: _Names, codes: dict[str, str], linked: bool) -> dict[str, Any]:
    arts = sorted({a for v in f["values"] for a in v["articles"]} | set(f["missing_in"]))
    message = names.text(f["message"], f["values"])
    # A heading stays a heading: a long message (a list of hundreds of articles) is shortened
    # there and given whole in the body.
    title = shorten(message, _TITLE_MAX)
    return {
        "id": f["id"],
        "anchor": f["id"],
        "code": f["code"],
        "code_title": codes.get(f["code"], f["type"]),
        "severity": f["severity"],
        "type": f["type"],
        "message": message,
        "title": title,
        "long": title != message,
        "explanation": names.text(f["explanation"], f["values"]),
        "vals": [
            {
                "words": value_words(v),
                "articles": [names.short.get(a, clean(a)) for a in v["articles"]],
                "evidence": [_evidence(ev, names, linked) for ev in v.get("evidence", [])],
            }
            for v in f["values"]
        ],
        "missing_in": [names.short.get(a, clean(a)) for a in f["missing_in"]],
        "baseline_state": f.get("baseline_state"),
        "article_anchors": " ".join(anchor("art", a) for a in arts),
        "fingerprint": f["fingerprint"],
    }


def _group(g: dict[str, Any], members: list[dict[str, Any]], names: _Names) -> dict[str, Any]:
    if g["kind"] == "older_articles":
        older = ", ".join(
            names.full.get(a, a) + (f" ({names.when[a]})" if names.when.get(a) else "") for a in g["older"]
        )
        gap = f" by {g['gap']}" if g.get("gap") else ""
        title = f"One older article explains {len(members)} office conflicts"
        summary = (
            f"{older} is older than the other reports{gap}. The office-holders it names held those "
            f"offices earlier; the conflicts below follow from its date, not from a factual error."
        )
    else:
        present = ", ".join(names.short.get(a, a) for a in g["present_in"])
        missing = ", ".join(names.short.get(a, a) for a in g["missing_in"])
        title = f"{len(members)} people named in {present} and left out of {missing}"
        summary = (
            f"{', '.join(names.full.get(a, a) for a in g['present_in'])} name "
            f"{', '.join(clean(n) for n in g['names'])}; "
            f"{', '.join(names.full.get(a, a) for a in g['missing_in'])} leave them out."
        )
    severity = max((m["severity"] for m in members), key=SEVERITY_RANK.get)
    return {
        "id": g["id"],
        "anchor": g["id"],
        "kind": g["kind"],
        "title": title,
        "summary": summary,
        "severity": severity,
        "findings": members,
    }


def _codes(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each code of a section's cards, in their order: its count and the anchor of its first card."""
    out: dict[str, dict[str, Any]] = {}
    for b in blocks:
        for f in b["group"]["findings"] if b["group"] else [b["finding"]]:
            entry = out.setdefault(f["code"], {"code": f["code"], "title": f["code_title"], "count": 0})
            entry["count"] += 1
            entry.setdefault("anchor", (b["group"] or f)["anchor"])
    return list(out.values())


def _estimate(
    aid: str, est: dict[str, Any], names: _Names, spans: dict[str, tuple[int, int]]
) -> dict[str, Any]:
    """The bounds that bind (their date is the estimate's) first, each with its quote and link."""
    items = []
    for e in est["evidence"]:
        span = spans.get(e.get("claim", ""))
        items.append(
            {
                "bound": clean(e["bound"]),
                "date": clean(e["date"]),
                "explanation": names.text(e["explanation"]),
                "quote": clean(e.get("text")) or None,
                "href": "#" + anchor("q", f"{aid}\0{span[0]}\0{span[1]}") if span else None,
                "binds": e["date"] == est.get(e["bound"]),
            }
        )
    return {
        "earliest": est.get("earliest") or "…",
        "latest": est.get("latest") or "…",
        "binding": [i for i in items if i["binds"]],
        "others": [i for i in items if not i["binds"]],
    }


def _article(
    a: dict[str, Any],
    names: _Names,
    texts: dict[str, str],
    marks: dict[str, list],
    spans: dict[str, tuple[int, int]],
) -> dict[str, Any]:
    est = a.get("date_estimate")
    out = {
        "id": clean(a["id"]),
        "anchor": anchor("art", a["id"]),
        "name": names.full[a["id"]],
        "headline": clean(a.get("headline")),
        "outlet": clean(a.get("outlet")) or None,
        "outlet_source": a.get("outlet_source"),
        "cited": [clean(c) for c in a.get("cited", [])],
        "language": a.get("language") or "",
        "dir": names.dir[a["id"]],
        "date": clean(a.get("time_label") or a.get("published") or ""),
        "event": names.events.get(a.get("event"), a.get("event")),
        "event_anchor": anchor("ev", a["event"]) if a.get("event") else None,
        "path": clean(a.get("path")),
        "url": safe_url(a.get("url")),
        "duplicate_of": names.full.get(a.get("duplicate_of")) if a.get("duplicate_of") else None,
        "estimate": None,
        "segments": _segments(texts[a["id"]], marks.get(a["id"], []), a["id"]) if a["id"] in texts else None,
    }
    if est:
        out["estimate"] = _estimate(a["id"], est, names, spans)
    return out


def _segments(text: str, spans: list[tuple[int, int]], aid: str) -> list[dict[str, Any]]:
    """The article text cut at its quoted spans: plain runs and marked runs with anchors.

    Overlapping spans share the first mark that covers them (each quote still has an anchor).
    """
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e in sorted(set(spans)):
        if s < pos:  # inside a mark already placed: add an anchor only
            out[-1]["extra"].append(anchor("q", f"{aid}\0{s}\0{e}"))
            continue
        if s > pos:
            out.append({"text": clean(text[pos:s]), "mark": None, "extra": []})
        out.append({"text": clean(text[s:e]), "mark": anchor("q", f"{aid}\0{s}\0{e}"), "extra": []})
        pos = e
    if pos < len(text):
        out.append({"text": clean(text[pos:]), "mark": None, "extra": []})
    return out


def build_context(report: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """The context of the templates. ``texts`` (id → article text) adds the article views, for a
    run of up to ``VIEWS_MAX`` articles; a quote links to its article's view where there is one."""
    names = _Names(report["articles"], report["events"])
    codes = report.get("codes", {})
    left_out = len(report["articles"]) if texts and len(report["articles"]) > VIEWS_MAX else 0
    texts = {} if left_out else texts
    findings = {f["id"]: _finding(f, names, codes, bool(texts)) for f in report["findings"]}
    blocks, grouped = [], set()
    for g in report.get("groups", []):
        members = [findings[i] for i in g["findings"] if i in findings]
        if members:
            blocks.append({"group": _group(g, members, names), "finding": None})
            grouped.update(g["findings"])
    blocks += [{"group": None, "finding": f} for i, f in findings.items() if i not in grouped]
    blocks.sort(key=lambda b: (-SEVERITY_RANK[(b["group"] or b["finding"])["severity"]], b["group"] is None))
    sections = []
    for sev in ("error", "warning", "info"):
        items = [b for b in blocks if (b["group"] or b["finding"])["severity"] == sev]
        if items:
            sections.append(
                {
                    "severity": sev,
                    "title": _TITLES[sev],
                    "blocks": items,
                    "count": sum(len(b["group"]["findings"]) if b["group"] else 1 for b in items),
                    # (the contents of a long section: each code once, with its count and first card)
                    "codes": _codes(items) if len(items) > TOC_MAX else None,
                }
            )
    spans = {c["id"]: (c["start"], c["end"]) for c in report["claims"]}
    marks: dict[str, list] = {}
    for a in report["articles"]:
        for e in (a.get("date_estimate") or {}).get("evidence", []):
            if e.get("claim") in spans:
                marks.setdefault(a["id"], []).append(spans[e["claim"]])
    for f in report["findings"]:
        for v in f["values"]:
            for ev in v.get("evidence", []):
                marks.setdefault(ev["article"], []).append((ev["start"], ev["end"]))
    shown = [a for a in report["articles"] if a["id"] in marks] if texts else []
    copies = {c for d in report.get("duplicates", []) for c in d["copies"]}
    events = [e for e in report["events"] if not set(e["articles"]) <= copies]
    return {
        "summary": report["summary"],
        "provenance": report.get("provenance"),
        "baseline": report.get("baseline"),
        "sections": sections,
        # (a date estimate's quote links to its article's view, where there is one)
        "articles": [
            _article(a, names, {}, {}, spans if texts else {})
            for a in report["articles"]
            if a["id"] not in copies
        ],
        "article_views": [_article(a, names, texts, marks, spans) for a in shown],
        "texts_left_out": left_out,
        "views_max": VIEWS_MAX,
        "events": [
            {
                "id": e["id"],
                "label": names.events[e["id"]],
                "anchor": anchor("ev", e["id"]),
                "articles": [names.full.get(a, a) for a in e["articles"] if a not in copies],
                "copies": sum(a in copies for a in e["articles"]),
                "date": e["date"] or "—",
                "place": clean(e.get("place_name") or e["place"]) or "—",
                "participants": [clean(p["display"]) for p in e["participants"]],
            }
            for e in events
        ],
        "events_of_copies": len(report["events"]) - len(events),
        "duplicates": [
            {
                "kept": names.full.get(d["kept"], d["kept"]),
                "copies": [names.full.get(c, c) for c in d["copies"]],
                "copy_ids": [clean(c) for c in d["copies"]],
                "similarity": d["similarity"],
            }
            for d in report.get("duplicates", [])
        ],
        "codes": sorted({f["code"] for f in report["findings"]}),
        "filter_articles": [
            {"anchor": anchor("art", a["id"]), "name": names.short[a["id"]]}
            for a in report["articles"]
            if a["id"] not in copies
        ],
        "diagnostics": [
            {
                "code": d["code"],
                "where": clean(d.get("path") or d.get("article") or "")
                + (f":{d['line']}" if d.get("line") else ""),
                "message": clean(d["message"]),
            }
            for d in report["diagnostics"]
        ],
    }
