"""The only module that knows the order of the stages:
load → normalize → extract → align → find → report."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from checker.calendars.gregorian import iso_day
from checker.corpus import load_corpus
from checker.corpus.loader import Tally
from checker.engine import Engine
from checker.errors import CheckerError, internal_error
from checker.extract.base import Doc
from checker.extract.dates import SINCE_SLIP_DAYS, a_year_earlier, extract_dates, told_since
from checker.extract.frame_tables import frame_tables
from checker.extract.frames import extract_frames
from checker.extract.lexicon import cached
from checker.extract.mentions import extract_mentions, past_days_ahead
from checker.extract.numbers import extract_numbers
from checker.extract.people import assume_outlet_country, extract_people
from checker.extract.places import extract_places
from checker.extract.sources import extract_sources
from checker.limits import DEFAULT as DEFAULT_LIMITS
from checker.limits import BudgetExceeded, Limits, time_budget
from checker.model import Article, Claim, Diagnostic, Extraction
from checker.normalize import NormText, fold, normalize
from checker.normalize.sentences import split_sentences
from checker.rules import Rules, load_rules

if TYPE_CHECKING:  # pragma: no cover
    from checker.config import Settings
    from checker.store import Store

# A dateline is a short line near the top that is mostly a date («24.12.2025 - به‌روز رسان : …»).
_DATELINE_SENTENCES = 6
_DATELINE_MAX_WORDS = 8
_BLANK = re.compile(r"[^\n]")


def prepare(article: Article, rules: Rules, reference: date | None = None) -> Doc:
    """Fold the text, blank its boilerplate, split sentences."""
    lang = article.language or "fa"
    norm = normalize(article.text, lang)
    if article.boilerplate:
        norm = NormText(_blank(norm, article.boilerplate), norm.original, norm.src)
    ref = reference or iso_day(article.published)
    return Doc(
        article=article,
        lang=lang,
        norm=norm,
        sentences=split_sentences(
            norm.text,
            _lower(norm),
            _abbreviations(rules, lang),
            _numbered(rules, lang),
            _openers(rules, lang),
        ),
        reference_date=ref,
        title=normalize(article.title, lang).text if article.title else "",
    )


def _abbreviations(rules: Rules, lang: str) -> frozenset[str]:
    """Words written with a dot before a name in ``lang`` ("Gen.", "Gov."): honorifics and role
    phrases of ``rules/roles`` that end in one, and the dotted initialisms of ``rules/countries``
    ("U.S."), folded and without it."""

    def build() -> frozenset[str]:
        data = rules.lang("roles", lang)
        countries = rules.lang("countries", lang).get("countries") or {}
        phrases = [
            *(data.get("honorifics") or ()),
            *(p for r in (data.get("roles") or {}).values() for p in r.get("phrases") or ()),
            *(p for e in countries.values() for p in e.get("names") or () if " " not in p),
        ]
        initials = rules.lang("people_cues", lang).get("initials") or ()  # («پی. ناندالال ویراسینگه»)
        return frozenset(
            fold(w).rstrip(".") for p in phrases if p.endswith(".") for w in p.split() if w.endswith(".")
        ) | {fold(w) for w in initials}

    return cached(rules, lang, "abbreviations", build)


def _openers(rules: Rules, lang: str) -> frozenset[str]:
    """Words that open a sentence after a capital letter's stop ("… in group A. The team …"), which
    a person's initial is not followed by (rules/people_cues ``initial_not_before``), folded."""
    words = rules.lang("people_cues", lang).get("initial_not_before") or ()
    return cached(rules, lang, "initial_not_before", lambda: frozenset(fold(w) for w in words))


def _numbered(rules: Rules, lang: str) -> frozenset[str]:
    """Words written with a dot before a number in ``lang``: the dotted month abbreviations of
    ``rules/months`` ("Dec.", "Sept."), folded and without the dot."""

    def build() -> frozenset[str]:
        calendars = rules.lang("months", lang).get("calendars") or {}
        return frozenset(
            fold(w).rstrip(".")
            for months in calendars.values()
            for names in months.values()
            for w in names
            if w.endswith(".")
        )

    return cached(rules, lang, "numbered", build)


def _lower(norm: NormText) -> Callable[[int], bool]:
    """Whether the folded text's character at ``i`` is a lower-case letter in the original."""
    original = norm.original

    def lower(i: int) -> bool:
        o = norm.orig_span(i, i + 1)[0]
        return o < len(original) and original[o].islower()

    return lower


def _blank(norm: NormText, ranges: Iterable[tuple[int, int]]) -> str:
    """The folded text with the boilerplate ``ranges`` (original offsets) blanked.

    Same length, line breaks kept: offsets and sentence boundaries do not move. Built in one pass
    (not one copy of the text per range), so an article with thousands of ranges stays linear.
    """
    text, pieces, pos = norm.text, [], 0
    for o_s, o_e in ranges:
        a, b = max(norm.norm_index(o_s), pos), min(norm.norm_index(o_e), len(text))
        if b <= a:
            continue
        pieces += [text[pos:a], _BLANK.sub(" ", text[a:b])]
        pos = b
    pieces.append(text[pos:])
    return "".join(pieces)


def extract_article(article: Article, rules: Rules | None = None) -> Extraction:
    """All claims of one article, in a stable order."""
    rules = rules or load_rules()
    doc = prepare(article, rules)
    dates = extract_dates(doc, rules)
    if article.published is None:
        published = _dateline(doc, dates) or _today_dated(doc, dates)
        if published:
            # Relative dates («دیروز») now have a reference: read the dates again, nothing else.
            article = dataclasses.replace(article, published=published, published_source="dateline")
            doc.article, doc.reference_date, doc.diagnostics = article, iso_day(published), []
            dates = extract_dates(doc, rules)
    dates.extend(_header_claim(doc))
    taken = [(doc.norm.norm_index(c.start), doc.norm.norm_index(c.end)) for c in dates]
    people = extract_people(doc, rules, dates)
    numbers = extract_numbers(doc, rules, taken)
    # (a figure's unit is no place: «23448 أكرا» is acres, not Accra)
    units = [
        (doc.norm.norm_index(c.start), doc.norm.norm_index(c.end)) for c in numbers if c.value.get("unit")
    ]
    claims: list[Claim] = [
        *dates,
        *numbers,
        *people,
        *extract_sources(doc, rules),
        *extract_places(doc, rules, people, units),
    ]
    claims = assume_outlet_country(claims, rules)
    claims.sort(key=lambda c: (c.start, c.end, c.type, c.id))
    claims = list(_unique_ids(claims))
    tables = frame_tables(rules, doc.lang)
    mentions = extract_mentions(doc, claims, tables)
    # (a past day after the publication, whatever it dates: IN04 quotes it; `ahead` on the claim)
    # (and the main occasion's days told as past: a guessed year months ahead is last year's
    # there too, «۳۱ اردیبهشت امسال … خواسته بود» in a report of November)
    ahead = past_days_ahead(doc, claims, tables) | {cid for m in mentions for cid in m.ahead}
    claims = [_past_day(c, doc, rules) if c.id in ahead else c for c in claims]
    moved = {c.id for c in claims if c.id in ahead and "ahead" not in c.flags}
    if moved:
        # (and an occasion that day dates moves with it: "sank on the morning of April 16", in a
        # report of November, went down in the April before)
        now = {c.id: c.value for c in claims if c.id in moved}
        mentions = [
            dataclasses.replace(
                m,
                ahead=tuple(i for i in m.ahead if i not in moved),
                **(
                    {"earliest": now[m.date]["earliest"], "latest": now[m.date]["latest"]}
                    if m.date in now
                    else {}
                ),
            )
            if moved & {*m.ahead, m.date}
            else m
            for m in mentions
        ]
    frames = extract_frames(doc, claims, mentions, tables)
    return Extraction(
        article=article,
        claims=tuple(claims),
        diagnostics=tuple(doc.diagnostics),
        mentions=tuple(mentions),
        frames=tuple(frames),
    )


def _past_day(c: Claim, doc: Doc, rules: Rules) -> Claim:
    """A day told as past that lies after the publication: last year's, when its year was guessed
    and it lies months ahead, or more than a month ahead in a clause opened by "since"; else a slip
    the report makes (``ahead``: IN04 quotes it)."""
    ref = doc.reference_date
    earlier = a_year_earlier(c, ref, SINCE_SLIP_DAYS if told_since(doc, rules, c) else None) if ref else None
    if earlier is not None:
        return dataclasses.replace(c, value=earlier)
    if c.value.get("precision") == "month" and "year_inferred" in c.flags:
        return c  # (a guessed month weeks ahead is no slip of the report: "in December", in October)
    return dataclasses.replace(c, flags=(*c.flags, "ahead"))


def _header_claim(doc: Doc) -> list[Claim]:
    """The header's publication date as a claim, so findings can quote it («date 2025-10-15»)."""
    a = doc.article
    if a.published_source != "header" or not a.published or not a.boilerplate:
        return []
    hs, he = a.boilerplate[0]
    at = a.text.find(a.published[:10], hs, he + 1)
    if at < 0:
        return []
    day = date.fromisoformat(a.published[:10])
    value = {
        "iso": day.isoformat(),
        "precision": "day",
        "earliest": day.isoformat(),
        "latest": day.isoformat(),
        "calendar": "gregorian",
        "original": {"year": day.year, "month": day.month, "day": day.day},
        "weekday": None,
        "weekday_ok": None,
        "relative": None,
        "marker": None,
    }
    start, end = doc.norm.norm_index(at), doc.norm.norm_index(at + 10)
    return [doc.claim("date", start, end, value, "date.meta.header", "date")]


def _dateline(doc: Doc, dates: list[Claim]) -> str | None:
    """The publication date from a dateline near the top, when the metadata has none."""
    first = doc.sentences[:_DATELINE_SENTENCES]
    if not first:
        return None
    short: dict[tuple[int, int], bool] = {}
    for c in dates:
        v = c.value
        if v.get("precision") != "day" or v.get("relative") or not v.get("iso"):
            continue
        at = doc.norm.norm_index(c.start)
        if at >= first[-1][1]:
            continue  # past the first sentences: no need to find its sentence (dense dates stay linear)
        s = doc.sentence_at(at)
        if s in first:
            if s not in short:
                # A dateline is a short line or fragment; a short sentence that ends on a full stop
                # ("The rebels took Damascus on 8 December 2024.") tells of a date, it is no dateline.
                words = [w for w in doc.text[s[0] : s[1]].split() if any(ch.isalpha() for ch in w)]
                short[s] = len(words) <= _DATELINE_MAX_WORDS and doc.text[s[1] - 1] not in ".!?؟"
            if short[s]:
                return v["iso"]
    return None


def _today_dated(doc: Doc, dates: list[Claim]) -> str | None:
    """The publication date from a day the opening sentences mark as today, written out in full:
    «نُشرت اليوم الخميس ٢٣ نوفمبر/تشرين الثاني ٢٠٢٣», "today, Thursday 23 November 2023" (the
    dates stage read the today word as a relative day it could not resolve)."""
    first = doc.sentences[:_DATELINE_SENTENCES]
    if not first:
        return None
    today = [c.end for c in dates if (c.value.get("relative") or {}).get("relation") == "today"]
    for c in dates:
        v = c.value
        if v.get("precision") != "day" or v.get("relative") or not v.get("iso"):
            continue
        if doc.norm.norm_index(c.start) >= first[-1][1]:
            continue
        if any(
            0 <= c.start - e <= _TODAY_GAP and not doc.article.text[e : c.start].strip(" ,،") for e in today
        ):
            return v["iso"]
    return None


_TODAY_GAP = 3  # characters between a today word and its day (a space, a comma)


def _unique_ids(claims: Iterable[Claim]) -> Iterable[Claim]:
    seen: dict[str, int] = {}
    for c in claims:
        n = seen.get(c.id, 0)
        seen[c.id] = n + 1
        yield c if n == 0 else dataclasses.replace(c, id=f"{c.id}#{n + 1}")


def extract_corpus(
    paths: str | Path | Sequence[str | Path],
    lang: str | None = None,
    rules: Rules | None = None,
    limits: Limits = DEFAULT_LIMITS,
    tally: Tally | None = None,
    progress: Callable[[Iterable[Extraction]], Iterable[Extraction]] | None = None,
    engine: Engine | None = None,
) -> tuple[list[Extraction], list[Diagnostic]]:
    """Load a corpus and extract every article; one broken file never stops the others.

    Each article is extracted on its own: a bug met in one (W121) or an article over its time
    budget (W118) leaves that article with no claims and a diagnostic, and the run goes on.
    ``progress`` wraps the extractions as they arrive (the CLI's progress bar). ``engine`` says
    where extraction runs (``--jobs``, ``--engine``); the result is the same whichever runs it.
    """
    rules = rules or load_rules()
    articles, diagnostics = load_corpus(as_paths(paths), lang=lang, rules=rules, limits=limits, tally=tally)
    extractions = list((engine or Engine()).extract(articles, rules, limits, progress))
    for x in extractions:
        diagnostics.extend(x.diagnostics)
    return extractions, _sorted(diagnostics)


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=lambda d: (d.path or "", d.line or 0, d.article or "", d.code, d.message))


@dataclasses.dataclass(frozen=True)
class StoredRun:
    """What :func:`read_scope` read back: the extractions to check, their diagnostics, how
    many articles were extracted in this run, and the scope (``given`` articles on the command
    line, ``checked`` in all, of ``stored``); ``within`` the checked article ids, or None when the
    whole store is checked."""

    extractions: list[Extraction]
    diagnostics: list[Diagnostic]
    extracted: int
    given: int
    stored: int
    within: frozenset[str] | None


def read_scope(
    store: Store, keys: dict[str, str], own: dict[str, list[Diagnostic]], extracted: int, whole: bool = False
) -> StoredRun:
    """What to check after :func:`ingest` stored the given articles (``keys``: id → store key,
    ``own``: their load diagnostics, ``extracted`` in this run): the given articles and the stored
    ones that share a blocking key with them (:mod:`checker.align.scope`), or with ``whole``
    every stored article."""
    from checker.align.scope import MAX_SHARED, WINDOW_DAYS

    scope = None if whole else store.neighbours(sorted(set(keys.values())), WINDOW_DAYS, MAX_SHARED)
    extractions, diagnostics = [], list(own.get("", []))
    for x, loaded in store.extractions(scope):
        extractions.append(x)
        diagnostics.extend(loaded)
        diagnostics.extend(x.diagnostics)
    within = None if scope is None else frozenset(x.article.id for x in extractions)
    return StoredRun(extractions, _sorted(diagnostics), extracted, len(keys), store.count(), within)


def add_to_store(
    store_path: str | Path,
    paths: str | Path | Sequence[str | Path],
    lang: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    engine: Engine | None = None,
    progress: Callable[[Iterable[Extraction]], Iterable[Extraction]] | None = None,
    rules: Rules | None = None,
) -> tuple[int, int, list[Diagnostic]]:
    """``checker store add``: extract and store the articles of ``paths`` the store has not seen,
    and check nothing (an archive is filled once; each later ``check --store`` checks its new
    articles with their stored neighbours). Returns the articles extracted, the articles given and
    the load and extraction diagnostics. ``rules`` must be those the later checks use (their
    overlays and thresholds: :func:`settings_rules`), or the checks extract the articles again."""
    from checker.store import Store

    rules = rules or load_rules()
    tally = Tally()
    with Store(store_path, getattr(rules, "digest", "") or "", bulk=True) as store:
        store.begin_run()
        keys, own, extracted = ingest(store, paths, lang, rules, limits, tally, progress, engine or Engine())
        store.finish_ingest(extracted, len(keys))
    if not keys:
        _require([], paths)
    return extracted, len(keys), _sorted([d for ds in own.values() for d in ds])


def ingest(
    store: Store,
    paths: str | Path | Sequence[str | Path],
    lang: str | None,
    rules: Rules,
    limits: Limits,
    tally: Tally,
    progress: Callable[[Iterable[Extraction]], Iterable[Extraction]] | None,
    engine: Engine,
) -> tuple[dict[str, str], dict[str, list[Diagnostic]], int]:
    """Extract and store the articles of ``paths`` that ``store`` has not seen, with their blocking
    keys. Returns the store key of every article given (by id), the load diagnostics by article id
    (``""``: those of no article) and how many articles were extracted."""
    from checker.align.scope import scope_day, scope_keys
    from checker.store import Stored, batched

    articles, diagnostics = load_corpus(as_paths(paths), lang=lang, rules=rules, limits=limits, tally=tally)
    ids = {a.id for a in articles}
    own: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        own.setdefault(d.article if d.article in ids else "", []).append(d)
    keys = {a.id: store.key_of(a) for a in articles}
    have = store.stored(keys.values())
    todo = [a for a in articles if keys[a.id] not in have]
    for batch in batched(engine.extract(todo, rules, limits, progress)):
        store.add(
            [
                Stored(keys[x.article.id], x, own.get(x.article.id, []), scope_keys(x, rules), scope_day(x))
                for x in batch
            ]
        )
    # (a store made before it kept blocking keys gets them now, once)
    for batch in batched(store.unkeyed()):
        store.set_keys([(k, scope_keys(x, rules), scope_day(x)) for k, x in batch])
    return keys, own, len(todo)


def extract_isolated(article: Article, rules: Rules, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """:func:`extract_article` within the article's time budget; a failure becomes a diagnostic."""
    budget = limits.budget(len(article.text))
    try:
        with time_budget(budget):
            return extract_article(article, rules)
    except BudgetExceeded:
        msg = (
            f"extraction stopped after its time budget of {budget:g} CPU seconds; the article keeps no "
            "claims (fix: split the article, or raise --article-seconds)"
        )
        code = "W118"
    except Exception as exc:
        msg, code = internal_error(exc, "extracting this article", "the article keeps no claims"), "W121"
    diag = Diagnostic(code, msg, article=article.id, path=article.path, line=article.line)
    return Extraction(article=article, claims=(), diagnostics=(diag,))


def as_paths(paths: str | Path | Sequence[str | Path]) -> list[str | Path]:
    """One path or many: a single ``str`` is one path, never a sequence of characters."""
    if isinstance(paths, str | os.PathLike):
        return [paths]
    return list(paths)


@dataclasses.dataclass(frozen=True)
class CheckResult:
    """What ``checker check`` produced.

    Attributes:
        report: the report dict (what report.json holds).
        out_dir: where the files were written.
        diagnostics: the per-article diagnostics.
        written: the files written, in the order of the formats.
    """

    report: dict
    out_dir: Path
    diagnostics: tuple[Diagnostic, ...]
    written: tuple[Path, ...] = ()
    tally: Tally = dataclasses.field(default_factory=Tally)
    extracted: int | None = None  # with a store: the articles extracted in this run (the rest reused)

    def failing(self, threshold: str) -> list[dict]:
        """The findings at or above ``threshold`` that are not accepted by a baseline."""
        from checker.findings.base import SEVERITY_RANK

        if threshold == "never":
            return []
        return [
            f
            for f in self.report["findings"]
            if SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[threshold]
            and f.get("baseline_state", "new") == "new"
        ]

    def fails(self, threshold: str) -> bool:
        """True when a new finding reaches ``threshold`` (error, warning, info; never)."""
        return bool(self.failing(threshold))

    def summary_lines(self) -> list[str]:
        s = self.report["summary"]
        f = s["findings"]
        lines = [
            f"checker: {s['articles']} articles, {s['events']} events, {s['claims']} claims; "
            f"{f['error']} errors, {f['warning']} warnings, {f['info']} info; {s['diagnostics']} diagnostics",
            f"checker: {self.tally.line()}",
        ]
        if self.extracted is not None:
            scope = s.get("scope") or {}
            lines.append(
                f"checker: store: {self.extracted} articles extracted, "
                f"{s['articles'] - self.extracted} read back from the store; checked "
                f"{scope.get('checked', s['articles'])} of {scope.get('stored', s['articles'])} stored "
                f"({scope.get('given', 0)} given and the stored articles that share a name, office, place, "
                "figure or kind of occasion with them)"
            )
        base = self.report.get("baseline")
        if base:
            states = [x.get("baseline_state") for x in self.report["findings"]]
            lines.append(
                f"checker: baseline {base['file']}: {states.count('new')} new, "
                f"{states.count('unchanged')} unchanged, {states.count('updated')} updated (told by other "
                f"articles), {len(base['absent'])} absent (stale entries)"
            )
        lines.append(
            "checker: wrote " + ", ".join(map(str, self.written))
            if self.written
            else "checker: wrote nothing"
        )
        return lines


def check(
    paths: str | Path | Sequence[str | Path],
    out_dir: str | Path | None = None,
    lang: str | None = None,
    html: bool = False,
    rules: Rules | None = None,
    limits: Limits = DEFAULT_LIMITS,
    *,
    formats: Sequence[str] | None = None,
    settings: Settings | None = None,
    progress: Callable[[Iterable[Extraction]], Iterable[Extraction]] | None = None,
    engine: Engine | None = None,
    claims_out: str | Path | None = None,
) -> CheckResult:
    """Load, extract, align, find, and (when ``out_dir`` is given) write the report.

    Args:
        paths: one path or a list (files or directories), as ``str`` or ``Path``.
        out_dir: where to write the reports (``str`` or ``Path``); nothing is written when None.
        lang: force the language of every article.
        html: also write report.html (when ``formats`` and ``settings`` are not given).
        rules: preloaded rules (default: the packaged rules plus ``settings.rules`` overlays).
        formats: what to write (``json md html sarif junit github claimreview``).
        settings: select/ignore, severity overrides, baseline, thresholds (see checker.config).
        progress: wraps the extractions as they arrive.
        engine: where extraction runs (default: from ``settings``: jobs, engine, scheduler).
        claims_out: also write every claim as JSON lines to this file.

    With ``settings.store`` the articles the store has already extracted are read back from it,
    the given articles are checked with their stored neighbours (or, with
    ``settings.whole_store``, every stored article), and each finding is ``new`` or ``unchanged`` against the
    store's previous run (see :mod:`checker.store`).
    """
    from checker.config import DEFAULTS
    from checker.report.select import load_baseline

    settings = settings or DEFAULTS
    lang = lang or settings.lang
    rules = rules or settings_rules(settings)
    baseline = load_baseline(settings.baseline) if settings.baseline else None
    engine = engine or Engine(settings.engine, settings.jobs or 1, settings.scheduler)
    tally = Tally()
    if settings.store:
        return _check_stored(
            paths, out_dir, lang, rules, limits, formats, settings, progress, engine, baseline, claims_out
        )
    extractions, diagnostics = extract_corpus(
        paths, lang=lang, rules=rules, limits=limits, tally=tally, progress=progress, engine=engine
    )
    _require(extractions, paths)
    return finish(
        extractions, diagnostics, out_dir, rules, formats, settings, baseline, tally, html, claims_out
    )


def _check_stored(
    paths, out_dir, lang, rules, limits, formats, settings, progress, engine, baseline, claims_out
):  # type: ignore[no-untyped-def]
    """:func:`check` with ``settings.store``: extract only unseen articles, check the whole store,
    and judge the findings against the store's previous run (unless a baseline file is given)."""
    from checker.report.select import stored_baseline
    from checker.store import Store

    tally = Tally()
    with Store(settings.store, getattr(rules, "digest", "") or "", checkpoint=False) as store:
        store.begin_run()
        ingested = ingest(store, paths, lang, rules, limits, tally, progress, engine)
        run = read_scope(store, *ingested, whole=settings.whole_store)
        _require(run.extractions, paths)
        within = None if run.within is None else set(run.within)
        if baseline is None:
            baseline = stored_baseline(str(settings.store), store.findings(within))
        result = finish(
            run.extractions,
            run.diagnostics,
            out_dir,
            rules,
            formats,
            settings,
            baseline,
            tally,
            claims_out=claims_out,
            scope={"given": run.given, "checked": len(run.extractions), "stored": run.stored},
        )
        store.record(result.report, run.extracted, len(run.extractions) - run.extracted, within)
    return dataclasses.replace(result, extracted=run.extracted)


def _require(extractions: list[Extraction], paths: str | Path | Sequence[str | Path]) -> None:
    from checker.errors import CheckerError

    if not extractions:
        raise CheckerError(
            "E002",
            "no readable article",
            ", ".join(map(str, as_paths(paths))),
            "give .txt, .md, .json or .jsonl files",
        )


# A bug that one article's claims trigger in align, findings or the report is confined to it; a run
# that meets more than this many such articles stops (the bug is not about single articles).
_CONFINE_MAX = 8


def confine[Analysis](
    run: Callable[[list[Extraction], list[Diagnostic]], Analysis],
    extractions: list[Extraction],
    diagnostics: list[Diagnostic],
) -> tuple[Analysis, list[Extraction], list[Diagnostic]]:
    """``run(extractions, diagnostics)``; an unexpected exception is traced to one article and
    confined to it.

    The article is found by bisection over the corpus in id order: the shortest prefix that still
    fails ends with it. It keeps no claims and gets a W122 internal-error diagnostic (``--strict``
    fails on it), and the run is tried again; if it fails even with no claims, the article is left
    out of the report and the diagnostic says so. A failure no article explains is raised.
    """
    extractions, diagnostics = list(extractions), list(diagnostics)
    for _ in range(_CONFINE_MAX):
        try:
            return run(extractions, diagnostics), extractions, diagnostics
        except CheckerError:
            raise
        except Exception as exc:  # a bug: find the article it belongs to
            i = _culprit(run, extractions, diagnostics)
            if i is None:
                raise
            x = extractions[i]
            emptied = not x.claims and not x.mentions and not x.frames
            outcome = "the article is left out of the report" if emptied else "the article keeps no claims"
            msg = internal_error(exc, "aligning this article with the others or reporting it", outcome)
            diag = Diagnostic("W122", msg, article=x.article.id, path=x.article.path, line=x.article.line)
            if emptied:
                del extractions[i]
            else:
                extractions[i] = Extraction(article=x.article, claims=(), diagnostics=(*x.diagnostics, diag))
            earlier = [d for d in diagnostics if d.code == "W122" and d.article == x.article.id]
            diagnostics = _sorted([*(d for d in diagnostics if d not in earlier), diag])
    return run(extractions, diagnostics), extractions, diagnostics


def _culprit(
    run: Callable[[list[Extraction], list[Diagnostic]], object],
    extractions: list[Extraction],
    diagnostics: list[Diagnostic],
) -> int | None:
    """The index of the article that makes ``run`` fail: the last of the shortest failing prefix
    (in id order). None when the first article alone does not explain it."""
    order = sorted(range(len(extractions)), key=lambda i: (extractions[i].article.id, i))

    def fails(n: int) -> bool:
        try:
            run([extractions[i] for i in sorted(order[:n])], diagnostics)
        except Exception:
            return True
        return False

    lo, hi = 0, len(order)  # run(prefix of lo) passes (empty: assumed), run(prefix of hi) fails
    if not order or not fails(hi):
        return None  # the failure does not come back: not a property of the articles
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fails(mid):
            hi = mid
        else:
            lo = mid
    return order[hi - 1]


def finish(
    extractions: list[Extraction],
    diagnostics: list[Diagnostic],
    out_dir: str | Path | None,
    rules: Rules,
    formats: Sequence[str] | None,
    settings: Settings,
    baseline: dict | None,
    tally: Tally,
    html: bool = False,
    claims_out: str | Path | None = None,
    scope: dict[str, int] | None = None,
) -> CheckResult:
    """Align, find, build the report and write it: the stages after extraction."""
    from checker.align import build_context
    from checker.config import DEFAULTS
    from checker.findings import run_checks
    from checker.report.build import build_report
    from checker.report.formats import render
    from checker.report.select import apply_settings, provenance
    from checker.report.writer import write_atomic

    if formats is None:
        formats = (
            settings.formats if settings is not DEFAULTS else ("json", "md", *(("html",) if html else ()))
        )

    def analyse(xs: list[Extraction], diags: list[Diagnostic]) -> tuple[dict, dict[str, str]]:
        ctx = build_context(xs, rules)
        findings = apply_settings(run_checks(ctx), settings)
        return build_report(ctx, findings, diags, provenance(xs, rules), baseline, scope), {
            aid: x.article.text for aid, x in ctx.extractions.items()
        }

    def rendered(xs: list[Extraction], diags: list[Diagnostic]) -> list[tuple[str, str]]:
        report, texts = analyse(xs, diags)
        return [(report, texts), *render(report, formats, texts, settings.fail_on)]  # type: ignore[list-item]

    (report, texts), extractions, diagnostics = confine(analyse, extractions, diagnostics)
    written: tuple[Path, ...] = ()
    if out_dir is not None:
        try:  # one format at a time: only one rendered text is held in memory
            written = write_report(report, Path(out_dir), formats, texts, settings.fail_on)
        except CheckerError:
            raise
        except Exception:  # a bug in a renderer: find the article, render everything again without it
            files, extractions, diagnostics = confine(rendered, extractions, diagnostics)
            (report, _), *files = files
            written = _write_files(Path(out_dir), files)
    if claims_out is not None:
        from checker.report.claims import claim_lines

        write_atomic(Path(claims_out), claim_lines(sorted(extractions, key=lambda x: x.article.id)))
        written = (*written, Path(claims_out))
    return CheckResult(
        report=report,
        out_dir=Path(out_dir) if out_dir is not None else Path("."),
        diagnostics=tuple(diagnostics),
        written=written,
        tally=tally,
    )


def settings_rules(settings: Settings) -> Rules:
    """The rules a run with ``settings`` uses: the packaged ones, its overlays, its thresholds."""
    return with_thresholds(load_rules(overlays=settings.rules), dict(settings.thresholds))


def with_thresholds(rules: Rules, thresholds: dict) -> Rules:
    """``rules`` with ``thresholds`` laid over rules/thresholds.yaml (validated by its schema)."""
    if not thresholds:
        return rules
    from checker.errors import RulesError
    from checker.rules import merge, pointer, schema_validator

    merged = merge(rules.top("thresholds"), thresholds)
    err = next(iter(schema_validator("rules/thresholds.schema.json").iter_errors(merged)), None)
    if err is not None:
        raise RulesError(err.message, "config thresholds", pointer(err.absolute_path))
    out = copy.copy(rules)
    out.files = {**rules.files, "thresholds": {"": merged}}
    # (other rules, another digest: nothing cached or stored under the plain rules' digest is reused)
    folded = json.dumps(thresholds, sort_keys=True, ensure_ascii=False, default=str)
    out.digest = hashlib.sha256(f"{rules.digest}\0thresholds\0{folded}".encode()).hexdigest()
    return out


def write_report(
    report: dict,
    out_dir: str | Path,
    formats: Sequence[str] | bool = ("json", "md"),
    texts: dict[str, str] | None = None,
    fail_on: str = "error",
) -> tuple[Path, ...]:
    """Write each format rendered from the (validated) report, atomically; the paths written.

    ``texts`` (article id → text) lets report.html show whole articles; without it the HTML shows
    the quoted sentences only. A ``bool`` in place of ``formats`` is the older ``html`` flag.
    """
    from checker.report.formats import render

    if isinstance(formats, bool):
        formats = ("json", "md", *(("html",) if formats else ()))
    return _write_files(Path(out_dir), render(report, formats, texts or {}, fail_on))


def _write_files(out_dir: Path, files: Iterable[tuple[str, str]]) -> tuple[Path, ...]:
    """Write each ``(name, text)`` atomically under ``out_dir``, as it comes; the paths written."""
    from checker.report.writer import write_atomic

    out: list[Path] = []
    for name, text in files:
        write_atomic(out_dir / name, text)
        out.append(out_dir / name)
    return tuple(out)
