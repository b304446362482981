"""Frozen model objects shared by every stage.

Offsets (``start``/``end``) always point into the *original* article text, so that
``article.text[start:end] == claim.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CLAIM_TYPES = ("date", "number", "person_role", "attendance", "source", "place")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem with one article (or one line of one file); the run goes on."""

    code: str
    message: str
    article: str | None = None
    path: str | None = None
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"article": self.article, "code": self.code, "message": self.message}
        if self.path is not None:
            out["path"] = self.path
        if self.line is not None:
            out["line"] = self.line
        return out


@dataclass(frozen=True, slots=True)
class Article:
    """One document of the corpus, with its metadata and original text."""

    id: str
    text: str
    path: str
    language: str | None = None
    language_source: str = "detected"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None
    # Ranges of ``text`` that are boilerplate (share buttons, notices, headers):
    # kept out of extraction, but offsets stay those of ``text``.
    boilerplate: tuple[tuple[int, int], ...] = ()
    line: int | None = None

    def meta(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "language": self.language,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement with exact evidence.

    Attributes:
        id: stable id, ``<article>:<type>:<start>-<end>``.
        article: the article id.
        type: one of CLAIM_TYPES.
        key: the alignment key (may be refined by ``align``).
        value: a JSON-able dict; its shape depends on ``type`` (see schemas/claim.schema.json).
        text: ``article.text[start:end]``.
        start, end: offsets into the original text.
        sentence: ``(start, end)`` of the sentence holding the claim, in original offsets.
        rule: id of the rule that produced the claim.
        flags: e.g. ``latent`` for an ambiguous reading that was kept.
    """

    id: str
    article: str
    type: str
    key: str
    value: dict[str, Any]
    text: str
    start: int
    end: int
    sentence: tuple[int, int]
    rule: str
    flags: tuple[str, ...] = ()

    def as_dict(self, article_text: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "article": self.article,
            "type": self.type,
            "key": self.key,
            "value": self.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
            "rule": self.rule,
        }
        if article_text is not None:
            out["sentence"]["text"] = article_text[self.sentence[0] : self.sentence[1]]
        if self.flags:
            out["flags"] = list(self.flags)
        return out


# Ordinals that set a mention apart from the occasion an article reports ("a second quake", the
# first round in a report of the runoff): extraction keeps it a mention of its own, and the linker
# joins it only with mentions set apart the same way.
DISTINCT_ORDINALS = frozenset({"second", "third", "another", "last", "first_round", "attempt"})
# Relations of a date named as a day to come ("next Sunday", "tomorrow", «دعا إلى قمة يوم الأحد»):
# the occasion it dates is ahead of the report, not a slip of it.
TO_COME_RELATIONS = frozenset({"next_weekday", "coming_weekday", "tomorrow"})
# The prefix of a votes figure's candidate that is a place, by its country ("place:SA": a bid's host
# city or country), keyed as it is (no name's spellings to join) and with no region of its own.
PLACE_CANDIDATE = "place:"


def part_of(type_defs: dict, a: str, b: str) -> bool:
    """Event types ``a`` and ``b`` are one, or one may be part of the other's occasion
    (rules/events ``part_of``: a dam's collapse in a flood, a bridge's after a ship struck it)."""
    return (
        a == b
        or b in (type_defs.get(a, {}).get("part_of") or ())
        or a in (type_defs.get(b, {}).get("part_of") or ())
    )


_INF = float("inf")


def reads_as_year(n: object) -> bool:
    """A whole number that reads as a year (1900–2099) when no unit says otherwise."""
    return isinstance(n, int) and YEARS[0] <= n < YEARS[1]


YEARS = (1900, 2100)


def value_bounds(v: dict) -> tuple[float, float]:
    """A quantity's interval, from a number claim's or a frame's value: "more than 1 million" has
    no upper end."""
    lo, hi = v.get("low"), v.get("high")
    return (-_INF if lo is None else float(lo)), (_INF if hi is None else float(hi))


def intervals_meet(
    a: tuple[float, float], va: dict, b: tuple[float, float], vb: dict, tol: float = 0.0
) -> bool:
    """Two intervals ``a`` and ``b`` (of the values ``va`` and ``vb``) share a point, within
    ``tol``; an open end excludes its bound: (80, ∞) and «80» do not meet."""
    (alo, ahi), (blo, bhi) = a, b
    a_low_ok = alo < bhi + tol or (
        alo == bhi and va.get("low_inclusive", True) and vb.get("high_inclusive", True)
    )
    b_low_ok = blo < ahi + tol or (
        blo == ahi and vb.get("low_inclusive", True) and va.get("high_inclusive", True)
    )
    return a_low_ok and b_low_ok


# A date claim's ``weekday``, by ISO number (Monday is 1).
WEEKDAY_IDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class Mention:
    """An occasion named in one article: «زلزله‌ای به بزرگی ۶٫۱ … در خوی», "talks in the Kremlin".

    Attributes:
        id: ``<article>:event:<start>``.
        type: an event type of ``rules/events/concepts.yaml`` (``earthquake``, ``meeting`` …).
        start, end: the trigger word in the original text.
        sentence: ``(start, end)`` of its sentence, original offsets.
        main: the occasion the article reports (as opposed to an earlier one it recalls).
        date: id of the date claim that dates it, if any; ``earliest``/``latest`` its interval.
        weekday: ISO weekday named for it with no date («عصر روز پنجشنبه»), a constraint.
        places: place ids named after a locative in its sentence (most specific first);
            ``place_claims`` the claims that name them (a finding quotes the place's own words).
        participants: ids of the person claims of its sentence (entities come from ``align``).
        ordinal: ``first``, ``second``, ``another`` … («دومین زلزله», "another quake").
        ahead: ids of the dates, written out and told as past in the main occasion's sentences,
            that lie after the article's publication ("collapsed on April 26" on 6 April).
        countries: the countries its sentences name by name, with or without a locative ("floods
            tore through eastern Spain", «سیل شرق اسپانیا»), sorted.
    """

    id: str
    article: str
    type: str
    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    main: bool
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    weekday: int | None = None
    places: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    ordinal: str | None = None
    triggers: tuple[int, ...] = ()
    place_claims: tuple[str, ...] = ()  # the place claims of ``places``, in the same order
    ahead: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO codes of the countries its sentences name


@dataclass(frozen=True, slots=True)
class Frame:
    """One comparable fact: predicate(subject) = value, with when, where and who said it.

    Attributes:
        id: ``<article>:frame:<predicate>:<start>-<end>``.
        predicate: a predicate of ``rules/predicates/concepts.yaml``.
        subject: ``{"kind": "event", "mention": id}``, ``{"kind": "concepts", "tokens": [...]}``,
            ``{"kind": "entity", "id": ...}`` or ``{"kind": "place", "id": ...}``. Never the whole
            sentence: speakers, roles and reporting verbs are left out.
        value: quantity ``{low, high, low_inclusive, high_inclusive, hedge, unit}``; date
            ``{earliest, latest, iso, precision, calendar}``; entity/place/category ``{id}``.
        qualifiers: ``ordinal``, ``scope`` (countries and places the value is limited to), ``unit``.
        time: ``{earliest, latest}`` of when the value holds, kept apart from ``reported_at``.
        reported_at: when it was said (the article's publication date or its estimate).
        source: the attributed chain («به گزارش تابناک به نقل از ایرنا» → ``[tabnak, irna]``).
        speaker: claim id of the person quoted for it, when one is.
        confidence: how surely the subject was read: ``exact`` (an event or an id), ``lexicon``
            (concepts from the lexicon) or ``fuzzy`` (plain words only).
        claims: the evidence claim ids; the first is the value's own claim.
    """

    id: str
    article: str
    predicate: str
    subject: dict[str, Any]
    value: dict[str, Any]
    text: str
    start: int
    end: int
    claims: tuple[str, ...]
    confidence: str
    qualifiers: dict[str, Any] = field(default_factory=dict)
    time: dict[str, Any] | None = None
    reported_at: str | None = None
    place: str | None = None
    source: tuple[str, ...] = ()
    speaker: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article,
            "predicate": self.predicate,
            "subject": self.subject,
            "value": self.value,
            "qualifiers": self.qualifiers,
            "time": self.time,
            "reported_at": self.reported_at,
            "place": self.place,
            "source": list(self.source),
            "speaker": self.speaker,
            "confidence": self.confidence,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "claims": list(self.claims),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction yields for one article."""

    article: Article
    claims: tuple[Claim, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    mentions: tuple[Mention, ...] = ()
    frames: tuple[Frame, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """An occasion reported by one or more articles (e.g. one meeting)."""

    id: str
    articles: tuple[str, ...]
    date: str | None
    place: str | None
    participants: tuple[str, ...]
    evidence: tuple[str, ...] = ()
    type: str = "meeting"
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """A conflict, omission, agreement or inconsistency, with its evidence."""

    id: str
    fingerprint: str
    code: str
    type: str
    severity: str
    key: str
    message: str
    explanation: str
    values: tuple[dict[str, Any], ...]
    missing_in: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
