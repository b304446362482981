"""A start is no day of a deed, even in parallel sentences.

Two sentences of two reports that share a place, a name and a concept are parallel
(``align.parallel``), and the one date left in each is paired. «يعتصم آلاف المحتجين منذ السبت
الماضي … في كولومبو … راجاباكسا» gives the day a sit-in began; "Mahinda Rajapaksa resigned on
May 9 after his supporters attacked protesters in Colombo" the day of a resignation. A date after
"since", «منذ», «از زمان» and a plain day of occasions of two kinds (a protest, a resignation)
are not paired, so no conflict is claimed between the two; a detention "since 2015" and an arrest
"in 2015" are one occasion's, and still pair (found on an unseen probe of four reports, whose sentences align). A frame whose predicate
is itself a start (a tariff "takes effect from" or "on" a day) still pairs either way.

The articles are written for the test, in our own words, from the reporting on Sri Lanka's crisis
in April and May 2022.
"""

from __future__ import annotations

from checker.align import build_context
from checker.align.parallel import _since
from checker.pipeline import extract_corpus, load_rules
from tests.helpers import md

_REPORTS = {
    "ar.md": md(
        "ar",
        "2022-04-13",
        "ويعتصم آلاف المحتجين منذ السبت الماضي قرب مقر الرئاسة في كولومبو، مطالبين الرئيس غوتابايا"
        " راجاباكسا بالتنحي. وتسري الرسوم الجديدة على الواردات منذ الأحد الماضي.",
    ),
    "en.md": md(
        "en",
        "2022-05-19",
        "Prime Minister Mahinda Rajapaksa resigned on May 9 after his supporters attacked peaceful"
        " protesters in Colombo.",
    ),
}


def _keyed(tmp_path):
    for name, text in _REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    rules = load_rules()
    extractions, _ = extract_corpus([tmp_path], rules=rules)
    ctx = build_context(extractions, rules)
    return ctx, {ctx.article(k.frame.article).text[k.frame.start : k.frame.end]: k for k in ctx.keyed}


def test_a_date_after_since_is_a_start_and_a_day_of_a_deed_is_not(tmp_path):
    ctx, keyed = _keyed(tmp_path)
    assert _since(ctx, keyed["السبت الماضي"])
    assert not _since(ctx, keyed["May 9"])


def test_a_start_by_its_predicate_is_what_it_is_either_way(tmp_path):
    ctx, _ = _keyed(tmp_path)
    starts = [k for k in ctx.keyed if k.frame.predicate not in ("event_date", "dated")]
    assert starts and all(not _since(ctx, k) for k in starts), [k.frame.predicate for k in ctx.keyed]
