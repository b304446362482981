"""A bounded fuzz run inside the suite (well under a minute): generated bad corpora and texts.

The long campaign is ``benchmarks/fuzz.py``; both judge with ``tests/fuzz/harness.py``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from checker.model import Article
from checker.pipeline import extract_isolated
from checker.rules import load_rules
from tests.fuzz import strategies as fz
from tests.fuzz.harness import judge, md_problems

_SLOW = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
_FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@_SLOW
@given(fz.corpora)
def test_a_fuzzed_corpus_is_checked_whole_safe_and_deterministic(files):
    with tempfile.TemporaryDirectory(prefix="checker-fuzz-") as tmp:
        problems = judge(files, Path(tmp))
    assert problems == {"crash": [], "lost": [], "injection": [], "nondeterministic": []}


@_FAST
@given(fz.article_texts | fz.calendar_texts)
def test_extraction_of_any_text_keeps_exact_offsets_and_raises_nothing(text):
    rules = load_rules()
    for lang in ("fa", "ar", "en"):
        x = extract_isolated(Article(id="t", text=text, path="t.txt", language=lang), rules)
        assert not [d for d in x.diagnostics if d.code in ("W118", "W121")], x.diagnostics
        for c in x.claims:
            assert text[c.start : c.end] == c.text


@_FAST
@given(fz.injections | fz.article_texts)
def test_a_markdown_cell_from_any_text_stays_one_safe_cell(text):
    from checker.report.markdown import md

    row = f"| {md(text)} | x |"
    assert md_problems("| a | b |\n|---|---|\n" + row + "\n") == []
