"""Reports are written with orjson where it gives the very text the standard library's ``json``
would (``checker.report.claims.indented``), and with ``json`` where it would not: floats it writes
without an exponent, NaN and infinities, integers beyond 64 bits, keys that are no strings."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.report.claims import dumps, indented, iter_dumps

_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=25,
)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_indented_is_the_standard_librarys_text(value):
    assert indented(value) == _json(value)


def test_the_floats_the_two_encoders_write_differently():
    for value in (
        1e-05,
        0.00001234,
        1e16,
        1.5e300,
        float("inf"),
        float("-inf"),
        2**64,
        {"a": [1e-7, 0.0, -0.0]},
    ):
        assert indented(value) == _json(value)
    assert indented({2: "a", 1: "b"}) == _json({2: "a", 1: "b"})


def test_a_report_streams_the_same_text_as_it_dumps():
    doc = {"claims": [{"text": "«۱۵۴ نفر»", "value": {"low": 154.0, "high": None}}], "format": 3, "empty": []}
    assert "".join(iter_dumps(doc)) == dumps(doc) == _json(doc) + "\n"
