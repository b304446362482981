"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1256.

Order of trust: a BOM names the encoding; otherwise strict UTF-8; otherwise Windows-1256, but
only when the result reads as Arabic-script text (every byte decodes in cp1256, so "it decoded"
proves nothing). The text is kept exactly as decoded (line endings included) so that offsets
stay true; only the BOM is removed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_SPACE = re.compile(r"\s")
# Share of control characters above which a "text" is really binary.
MAX_CONTROL_SHARE = 0.01
# cp1256 is accepted when Arabic-script letters and whitespace make up this share of the text.
MIN_ARABIC_SHARE = 0.6

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    """The outcome of decoding one file.

    Attributes:
        text: the text (BOM removed), or ``None`` when the file cannot be used.
        encoding: the codec used (``utf-8``, ``utf-8-sig``, ``utf-16-le``, ``utf-16-be``, ``cp1256``).
        code: a diagnostic code (W101 empty, W102 binary, W103 undecodable, W104 legacy code page).
        message: the diagnostic's one-line message with the fix, when ``code`` is set.
    """

    text: str | None
    encoding: str | None = None
    code: str | None = None
    message: str = ""


def _binary() -> Decoded:
    msg = "file is binary, not text (fix: pass text files only, or export it as UTF-8 text)"
    return Decoded(None, None, "W102", msg)


def _empty(encoding: str | None) -> Decoded:
    msg = "file is empty or holds only whitespace (fix: remove it or add the text)"
    return Decoded(None, encoding, "W101", msg)


def _check_text(text: str, encoding: str) -> Decoded:
    """Reject decoded text that is empty or full of control characters."""
    if not text.strip():
        return _empty(encoding)
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(1, MAX_CONTROL_SHARE * len(text)):
        return _binary()
    return Decoded(text, encoding)


def looks_arabic_script(text: str) -> bool:
    """Whether ``text`` is mostly Arabic-script letters and whitespace."""
    if not text:
        return False
    good = len(_ARABIC_LETTER.findall(text)) + len(_SPACE.findall(text))
    return good >= MIN_ARABIC_SHARE * len(text)


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of one file.

    >>> decode_bytes("سلام".encode("utf-8-sig")).encoding
    'utf-8-sig'
    >>> decode_bytes("كتاب جديد".encode("cp1256")).code
    'W104'
    """
    if not data.strip():
        return _empty(None)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                bad = exc.start + len(bom)
                return _undecodable(f"it starts with a {codec} byte order mark but byte {bad} is invalid")
            return _check_text(text, "utf-8-sig" if codec == "utf-8" else codec)
    if b"\x00" in data:
        return _binary()
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    legacy = data.decode("cp1256", errors="replace")
    if "\ufffd" not in legacy and looks_arabic_script(legacy):
        checked = _check_text(legacy, "cp1256")
        if checked.text is None:
            return checked
        msg = "decoded as Windows-1256, a legacy code page (fix: re-save it as UTF-8)"
        return Decoded(checked.text, "cp1256", "W104", msg)
    return _undecodable(f"byte {first_bad} is not valid UTF-8")


def _undecodable(why: str) -> Decoded:
    return Decoded(
        None,
        None,
        "W103",
        f"could not be decoded (not UTF-8, UTF-16 or Windows-1256): {why} (fix: re-save it as UTF-8)",
    )
