"""schema.org ClaimReview drafts (JSON-LD), one per conflict, for a fact-checker to finish.

``itemReviewed`` is a ``Claim`` with one ``appearance`` per article (url, outlet, date,
headline, the quoted words). The rating is left empty for the fact-checker and every review is
marked ``creativeWorkStatus: "Draft"``. URLs other than http(s) are left out.
"""

from __future__ import annotations

from typing import Any

from checker.report.claims import dumps
from checker.report.wording import clean, value_words


def safe_url(url: Any) -> str | None:
    """An http(s) URL, or None: nothing else (``javascript:``, ``data:``) is passed on."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in u) else None


def _appearance(a: dict[str, Any], quotes: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "NewsArticle"}
    url = safe_url(a.get("url"))
    if url:
        out["url"] = url
    if a.get("headline"):
        out["headline"] = clean(a["headline"])
    if a.get("outlet"):
        out["publisher"] = {"@type": "Organization", "name": clean(a["outlet"])}
    if a.get("published"):
        out["datePublished"] = a["published"]
    if a.get("language"):
        out["inLanguage"] = a["language"]
    if quotes:
        out["text"] = " … ".join(clean(q) for q in quotes)
    out["identifier"] = clean(a["id"])
    return out


def review(f: dict[str, Any], articles: dict[str, dict]) -> dict[str, Any]:
    quotes: dict[str, list[str]] = {}
    for v in f["values"]:
        for ev in v.get("evidence", []):
            quotes.setdefault(ev["article"], []).append(ev["text"])
    said = "; ".join(f"{value_words(v)} ({len(v['articles'])} articles)" for v in f["values"])
    return {
        "@type": "ClaimReview",
        "identifier": f["id"],
        "creativeWorkStatus": "Draft",
        "claimReviewed": clean(f["message"]),
        "reviewBody": clean(f["explanation"]),
        "itemReviewed": {
            "@type": "Claim",
            "name": f"Reports disagree: {said}",
            "appearance": [
                _appearance(articles[a], quotes.get(a, [])) for a in sorted(quotes) if a in articles
            ],
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingExplanation": "Draft: the rating is left for the fact-checker.",
        },
    }


def render_claimreview(report: dict[str, Any]) -> str:
    articles = {a["id"]: a for a in report["articles"]}
    graph = [review(f, articles) for f in report["findings"] if f["type"] == "conflict"]
    doc = {"@context": "https://schema.org", "@graph": graph}
    return dumps(doc)
