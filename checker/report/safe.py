"""Text from articles made safe to display: bidi controls neutralised, terminal controls removed.

An article may hold U+202E (right-to-left override) or an unmatched U+2069: shown as they are,
they reorder the report around them. Embeddings and overrides (U+202A–U+202E) are dropped, and
direction isolates (U+2066–U+2069) are kept only in matched pairs, so a piece of text can never
change the direction of what follows it.
"""

from __future__ import annotations

import re

_EMBEDDINGS = re.compile("[\u202a-\u202e]")
_ISOLATES = re.compile("[\u2066-\u2069]")
_OPEN = "\u2066\u2067\u2068"
_PDI = "\u2069"
# C0/C1 controls other than tab and newline: an ESC («\x1b[31m») would drive a terminal.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def neutralize_bidi(text: str) -> str:
    """``text`` without embeddings/overrides and with every isolate matched.

    >>> neutralize_bidi("a\\u202eb\\u2069c\\u2068d")
    'abc\\u2068d\\u2069'
    """
    text = _EMBEDDINGS.sub("", text)
    if not _ISOLATES.search(text):
        return text
    out, depth = [], 0
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch == _PDI:
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    return "".join(out) + _PDI * depth


def terminal_safe(text: str) -> str:
    """``text`` for a terminal line: controls shown as ``\\xNN`` escapes, bidi neutralised."""
    return neutralize_bidi(_CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text))
