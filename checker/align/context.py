"""Everything the finding checks read, built once per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from checker.align.entities import Entities
from checker.model import Article, Claim, Event, Extraction
from checker.rules import Rules


@dataclass
class ArticleTime:
    """When an article was written: its publication date, or an estimate from its own text."""

    published: date | None
    earliest: date | None = None
    latest: date | None = None
    evidence: list[dict] = field(default_factory=list)

    @property
    def bounds(self) -> tuple[date | None, date | None]:
        if self.published:
            return self.published, self.published
        return self.earliest, self.latest

    def label(self) -> str:
        """«2025-10-15», «estimated 2023», «estimated after 2024-12-21» or «undated»."""
        if self.published:
            return self.published.isoformat()
        lo, hi = self.earliest, self.latest
        if lo and hi and lo.year == hi.year:
            return f"estimated {lo.year}"
        if lo and hi:
            return f"estimated {lo.isoformat()} to {hi.isoformat()}"
        if lo:
            return f"estimated after {lo.isoformat()}"
        if hi:
            return f"estimated before {hi.isoformat()}"
        return "undated"

    def midpoint(self) -> date | None:
        lo, hi = self.bounds
        if lo and hi:
            return date.fromordinal((lo.toordinal() + hi.toordinal()) // 2)
        return lo or hi

    def estimate_dict(self) -> dict | None:
        if self.published or not (self.earliest or self.latest or self.evidence):
            return None
        return {
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "evidence": self.evidence,
        }


@dataclass
class Context:
    """The corpus after extraction and alignment."""

    rules: Rules
    extractions: dict[str, Extraction]
    claims: list[Claim]
    entities: Entities
    times: dict[str, ArticleTime] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    event_of: dict[str, str] = field(default_factory=dict)
    cluster_of: dict[str, str] = field(default_factory=dict)  # mention id → event id
    # Mentions linked to their event by shared figures alone, their dates apart (a follow-up's date
    # of a later act): their date may agree with the event's, never conflict with it.
    loosely_dated: set = field(default_factory=set)
    keyed: list = field(default_factory=list)  # align.frames.Keyed, in a stable order
    pairs: list = field(default_factory=list)  # candidate pairs of concept frames
    parallel: set = field(default_factory=set)  # (frame id, frame id) of pairs from parallel sentences
    # Place claims, and role claims of people, two parallel sentences differ on (see
    # ``align.parallel``), in a stable order.
    parallel_places: list = field(default_factory=list)
    parallel_people: list = field(default_factory=list)
    parallel_values: list = field(default_factory=list)  # date or figure claims (``align.parallel``)
    origins: dict[str, tuple[str, ...]] = field(default_factory=dict)

    _claim_index: dict[str, Claim] | None = field(default=None, repr=False)
    _keyed_index: dict[tuple, list] | None = field(default=None, repr=False)

    def keyed_of(self, predicate: str, story: str | None, article: str) -> list:
        """The keyed frames of one predicate about one story in one article (indexed on first use)."""
        if self._keyed_index is None:
            index: dict[tuple, list] = {}
            for k in self.keyed:
                index.setdefault((k.frame.predicate, k.story, k.frame.article), []).append(k)
            self._keyed_index = index
        return self._keyed_index.get((predicate, story, article), [])

    def claim(self, cid: str) -> Claim | None:
        """The claim of id ``cid`` (the index is built on first use)."""
        if self._claim_index is None:
            self._claim_index = {c.id: c for c in self.claims}
        return self._claim_index.get(cid)

    def article(self, aid: str) -> Article:
        return self.extractions[aid].article

    def text(self, claim: Claim) -> str:
        return claim.text

    def claims_of(self, aid: str, type_: str | None = None) -> list[Claim]:
        return [c for c in self.extractions[aid].claims if type_ is None or c.type == type_]
