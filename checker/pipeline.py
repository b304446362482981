"""The only module that knows the order of the stages:
load → normalize → extract → align → find → report."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from checker.corpus import load_corpus
from checker.corpus.loader import Tally
from checker.errors import internal_error
from checker.extract.base import Doc
from checker.extract.dates import extract_dates
from checker.extract.numbers import extract_numbers
from checker.extract.people import assume_outlet_country, extract_people
from checker.extract.sources import extract_sources
from checker.limits import DEFAULT as DEFAULT_LIMITS
from checker.limits import BudgetExceeded, Limits, time_budget
from checker.model import Article, Claim, Diagnostic, Extraction
from checker.normalize import NormText, normalize
from checker.normalize.sentences import split_sentences
from checker.rules import Rules, load_rules

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
    ref = reference or _iso_date(article.published)
    return Doc(
        article=article, lang=lang, norm=norm, sentences=split_sentences(norm.text), reference_date=ref
    )


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


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_article(article: Article, rules: Rules | None = None) -> Extraction:
    """All claims of one article, in a stable order."""
    rules = rules or load_rules()
    doc = prepare(article, rules)
    dates = extract_dates(doc, rules)
    if article.published is None:
        published = _dateline(doc, dates)
        if published:
            # Relative dates («دیروز») now have a reference: read the dates again, nothing else.
            article = dataclasses.replace(article, published=published, published_source="dateline")
            doc.article, doc.reference_date, doc.diagnostics = article, _iso_date(published), []
            dates = extract_dates(doc, rules)
    dates.extend(_header_claim(doc))
    taken = [(doc.norm.norm_index(c.start), doc.norm.norm_index(c.end)) for c in dates]
    claims: list[Claim] = [
        *dates,
        *extract_numbers(doc, rules, taken),
        *extract_people(doc, rules),
        *extract_sources(doc, rules),
    ]
    claims = assume_outlet_country(claims, rules)
    claims.sort(key=lambda c: (c.start, c.end, c.type, c.id))
    return Extraction(article=article, claims=tuple(_unique_ids(claims)), diagnostics=tuple(doc.diagnostics))


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
                words = [w for w in doc.text[s[0] : s[1]].split() if any(ch.isalpha() for ch in w)]
                short[s] = len(words) <= _DATELINE_MAX_WORDS
            if short[s]:
                return v["iso"]
    return None


def _unique_ids(claims: Iterable[Claim]) -> Iterable[Claim]:
    seen: dict[str, int] = {}
    for c in claims:
        n = seen.get(c.id, 0)
        seen[c.id] = n + 1
        yield c if n == 0 else dataclasses.replace(c, id=f"{c.id}#{n + 1}")


def extract_corpus(
    paths: Sequence[str | Path],
    lang: str | None = None,
    rules: Rules | None = None,
    limits: Limits = DEFAULT_LIMITS,
    tally: Tally | None = None,
) -> tuple[list[Extraction], list[Diagnostic]]:
    """Load a corpus and extract every article; one broken file never stops the others.

    Each article is extracted on its own: a bug met in one (W121) or an article over its time
    budget (W118) leaves that article with no claims and a diagnostic, and the run goes on.
    """
    rules = rules or load_rules()
    articles, diagnostics = load_corpus(paths, lang=lang, rules=rules, limits=limits, tally=tally)
    extractions = [extract_isolated(a, rules, limits) for a in articles]
    for x in extractions:
        diagnostics.extend(x.diagnostics)
    diagnostics.sort(key=lambda d: (d.path or "", d.line or 0, d.article or "", d.code, d.message))
    return extractions, diagnostics


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


@dataclasses.dataclass(frozen=True)
class CheckResult:
    """What ``checker check`` produced."""

    report: dict
    out_dir: Path
    diagnostics: tuple[Diagnostic, ...]
    written: tuple[Path, ...] = ()
    tally: Tally = dataclasses.field(default_factory=Tally)

    def fails(self, threshold: str) -> bool:
        """True when a finding reaches ``threshold`` (error, warning, info; never)."""
        from checker.findings.base import SEVERITY_RANK

        if threshold == "never":
            return False
        return any(SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[threshold] for f in self.report["findings"])

    def summary_lines(self) -> list[str]:
        s = self.report["summary"]
        f = s["findings"]
        return [
            f"checker: {s['articles']} articles, {s['events']} events, {s['claims']} claims; "
            f"{f['error']} errors, {f['warning']} warnings, {f['info']} info; {s['diagnostics']} diagnostics",
            f"checker: {self.tally.line()}",
            "checker: wrote " + ", ".join(map(str, self.written))
            if self.written
            else "checker: wrote nothing",
        ]


def check(
    paths: Sequence[str | Path],
    out_dir: Path | None = None,
    lang: str | None = None,
    html: bool = False,
    rules: Rules | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> CheckResult:
    """Load, extract, align, find, and (when ``out_dir`` is given) write the report."""
    from checker.align import build_context
    from checker.errors import CheckerError
    from checker.findings import run_checks
    from checker.report.build import build_report

    rules = rules or load_rules()
    tally = Tally()
    extractions, diagnostics = extract_corpus(paths, lang=lang, rules=rules, limits=limits, tally=tally)
    if not extractions:
        raise CheckerError(
            "E002", "no readable article", ", ".join(map(str, paths)), "give .txt, .md, .json or .jsonl files"
        )
    ctx = build_context(extractions, rules)
    report = build_report(ctx, run_checks(ctx), diagnostics)
    written = write_report(report, out_dir, html) if out_dir is not None else ()
    return CheckResult(
        report=report,
        out_dir=out_dir or Path("."),
        diagnostics=tuple(diagnostics),
        written=written,
        tally=tally,
    )


def write_report(report: dict, out_dir: Path, html: bool = False) -> tuple[Path, ...]:
    """report.json (validated already), report.md (and report.html) rendered from it, atomically."""
    from checker.report.claims import dumps
    from checker.report.markdown import render_markdown
    from checker.report.writer import write_atomic

    files = {"report.json": dumps(report), "report.md": render_markdown(report)}
    if html:
        from checker.report.html import render_html

        files["report.html"] = render_html(report)
    for name, text in files.items():
        write_atomic(out_dir / name, text)
    return tuple(out_dir / name for name in files)
