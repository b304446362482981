"""Hypothesis strategies for bad inputs, built on the generators in ``generators.py``.

Each strategy draws a ``random.Random`` from Hypothesis (``st.randoms``), so a failing example
shrinks like any other, and the same generators serve the long campaign in ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from hypothesis import strategies as st

from tests.fuzz import generators as g


def _from[T](fn: Callable[[random.Random], T]) -> st.SearchStrategy[T]:
    return st.randoms(use_true_random=False).map(fn)


bad_files = _from(lambda r: g.make_input(r, 0))
file_names = _from(lambda r: g.file_name(r, "f", b".txt"))
encodings = _from(lambda r: g.gen_txt(r).data)
json_shapes = _from(g.gen_json)
jsonl_shapes = _from(g.gen_jsonl)
yaml_front_matter = _from(g.gen_md)
calendar_texts = _from(g.calendar_text)
article_texts = _from(g.article_text)
injections = st.sampled_from(g.INJECTIONS)
corpora = st.integers(1, 6).flatmap(lambda n: _from(lambda r: g.make_corpus(r, n)))
