"""Generators of bad inputs for the fuzz harness: files, names, encodings, JSON/JSONL/YAML
shapes, calendars, pathological runs and injections.

Every generator takes a ``random.Random``: the Hypothesis strategies (``strategies.py``) drive it
with ``st.randoms()``, so failures shrink, and ``benchmarks/fuzz.py`` drives it with a seeded
``Random`` for long campaigns. A generated input is a :class:`FuzzFile`; ``units`` says how many
articles-or-diagnostics it must at least end up as (one per JSONL line or JSON list item).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Markers an attacker would put in article fields; the oracle looks for them in the reports.
INJECTIONS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<x-fz-tag>",
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![i](http://evil.example/x.png)",
    "a | b | c",
    "a \\| b",
    "pipe\r| in cell",
    "```\ncode\n```",
    "`tick`",
    "\u202eevil\u202c",
    "\u2067rtl\u2069\u2069\u2069",
    "\u2066",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "<!-- c -->",
    "&lt;script&gt;",
    "\\",
    "| --- |",
    "\n# heading\n",
    "javascript:alert(1)",
    "<a href='javascript:alert(1)'>x</a>",
    '"><svg onload=alert(1)>',
)

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_YEARS = ("0000", "0001", "0099", "1000", "1342", "1343", "1500", "1501", "9377", "9999", "10000", "99999")
_RELATIVE = ("دیروز", "فردا", "سال آینده", "سال گذشته", "أمس", "غدا", "العام المقبل", "yesterday",
             "tomorrow", "next year", "last year", "next week", "last month", "هفته آینده")  # fmt: skip
_MONTHS = ("اسفند", "مهر", "فروردین", "رمضان", "محرم", "ذو الحجة", "October", "أكتوبر", "تشرین")
_ERAS = ("", " هـ", " ه.ق", " هجری قمری", " هجری شمسی", " م", " AD", " میلادی")
_UNITS = ("1,", "1.", "1/", "1:", "1-", "۱۲ اسفند ۱۴۰۰ ", "1403/09/18 ", "حدود ", "about ", "بیش از ۸۰ ",
          "a", "ب", "9", "٫", "وزیر امور خارجه ", "هشتادمین سالگرد ")  # fmt: skip


@dataclass
class FuzzFile:
    """One generated input.

    Attributes:
        name: the file name relative to the corpus root, as bytes (may be undecodable).
        data: the file's bytes, or ``None`` for a special entry (see ``special``).
        category: which generator made it (for the campaign's tallies).
        units: JSON list items or non-blank JSONL lines (each must be an article or diagnostic).
        special: ``fifo``, ``loop`` (a symlink loop), ``dirlink`` (a link to a directory).
        expect_read: whether the loader should try it (a supported suffix, not hidden).
    """

    name: bytes
    data: bytes | None
    category: str
    units: int = 1
    special: str | None = None
    expect_read: bool = True
    extra: dict = field(default_factory=dict)


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


_SEED_CACHE: list[str] = []


def seed_text(rng: random.Random) -> str:
    if not _SEED_CACHE:
        _SEED_CACHE.extend(_seed_texts())
    return rng.choice(_SEED_CACHE)


def fragment(rng: random.Random, limit: int = 600) -> str:
    """A piece of a seed article."""
    text = seed_text(rng)
    a = rng.randrange(0, max(1, len(text) - 10))
    return text[a : a + rng.randrange(10, limit)]


def noise(rng: random.Random, n: int = 20) -> str:
    """Random characters from every awkward corner of Unicode (no lone surrogates: those are
    made on purpose elsewhere)."""
    pools = (
        (0x20, 0x7E), (0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
        (0x200B, 0x200F), (0x2028, 0x202E), (0x2060, 0x206F), (0x0300, 0x036F), (0x1F300, 0x1F6FF),
        (0x0000, 0x001F), (0xE000, 0xE0FF), (0x06F0, 0x06F9), (0x0660, 0x0669), (0xFFF0, 0xFFFF),
    )  # fmt: skip
    out = []
    for _ in range(n):
        lo, hi = rng.choice(pools)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def pathological(rng: random.Random, size: int = 4000) -> str:
    unit = rng.choice(_UNITS)
    return unit * max(1, size // max(1, len(unit)))


def calendar_text(rng: random.Random) -> str:
    """Dates at and past the edges of every calendar, relative dates, weekdays."""
    y = rng.choice(_YEARS)
    d, m = rng.randint(0, 32), rng.randint(0, 13)
    forms = (
        f"{d} {rng.choice(_MONTHS)} {y}{rng.choice(_ERAS)}",
        f"{y}/{m:02d}/{d:02d}{rng.choice(_ERAS)}",
        f"{d:02d}.{m:02d}.{y}",
        f"سال {y}{rng.choice(_ERAS)}",
        f"in {y}",
        f"عام {y}{rng.choice(_ERAS)}",
        f"{rng.choice(_RELATIVE)}",
        f"شنبه {d} {rng.choice(_MONTHS)}",
        f"the {rng.randint(1, 100000)}th anniversary next year",
        f"{rng.randint(1, 20000)}مین سالگرد سال آینده",
        f"30 اسفند {y}",
    )
    return " ".join(rng.choice(forms) for _ in range(rng.randint(1, 6)))


def article_text(rng: random.Random) -> str:
    """An article body: seed pieces mixed with dates, injections, noise and odd line endings."""
    parts = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.35:
            parts.append(fragment(rng))
        elif kind < 0.55:
            parts.append(calendar_text(rng))
        elif kind < 0.75:
            parts.append(rng.choice(INJECTIONS))
        elif kind < 0.9:
            parts.append(noise(rng, rng.randint(1, 40)))
        else:
            parts.append(pathological(rng, rng.randint(10, 3000)))
    text = rng.choice((" ", "\n", "\r\n", "\r", "\u2028", " \t")).join(parts)
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text


def field_value(rng: random.Random) -> object:
    """A metadata value: good, wrong type, injection, lone surrogate, long number, nested."""
    choices: list[Callable[[], object]] = [
        lambda: fragment(rng, 60),
        lambda: rng.choice(INJECTIONS),
        lambda: "x\ud800y" if rng.random() < 0.5 else "\udcff",
        lambda: BIGNUM if rng.random() < 0.2 else rng.randint(-5, 10**6),
        lambda: None,
        lambda: [fragment(rng, 20)],
        lambda: {"a": [1, {"b": 2}]},
        lambda: "",
        lambda: "javascript:alert(1)",
        lambda: f"{rng.choice(_YEARS)}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d}",
        lambda: rng.choice(("fa", "ar", "en", "de", "", "FA")),
        lambda: noise(rng, 10),
        lambda: "a:b\nc",
    ]
    return rng.choice(choices)()


def article_object(rng: random.Random) -> object:
    if rng.random() < 0.08:
        return rng.choice(([], "text", 5, None, [1, 2], {"title": "no text"}, {"text": ""}, {"text": 5}))
    obj: dict[str, object] = {"text": article_text(rng)}
    for key in ("id", "title", "outlet", "url", "published", "language"):
        if rng.random() < 0.5:
            obj[key] = field_value(rng)
    if rng.random() < 0.1:
        obj["id"] = "dup"
    return obj


BIGNUM = "__fuzz_bignum__"  # written as a 5,000-digit JSON number


def _dumps(value: object) -> str:
    # ensure_ascii keeps lone surrogates as \ud800 escapes, which a JSON file may legally hold.
    return json.dumps(value, ensure_ascii=True).replace(f'"{BIGNUM}"', "9" * 5000)


def deep(rng: random.Random, opener: str, closer: str) -> str:
    n = rng.choice((40, 500, 3000, 20000))
    return opener * n + closer * n


def _encode(rng: random.Random, text: str) -> bytes:
    codec = rng.choice(("utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1256", "latin-1", "broken"))
    if codec == "broken":
        raw = text.encode("utf-8", errors="replace")
        cut = rng.randrange(0, len(raw) + 1)
        return (
            raw[:cut] + rng.choice((b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00\x01", b"\xfe\xff")) + raw[cut:]
        )
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace")


def gen_txt(rng: random.Random) -> FuzzFile:
    text = article_text(rng)
    if rng.random() < 0.4:
        year = rng.choice(_YEARS)
        text = (
            f"{rng.choice((' date', 'date', 'DATE:', ' date '))} {year}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d} "
            + text
        )
    return FuzzFile(b"", _encode(rng, text), "txt")


def gen_md(rng: random.Random) -> FuzzFile:
    fronts = (
        lambda: "title: " + json.dumps(str(field_value(rng)), ensure_ascii=False),
        lambda: "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]",
        lambda: "n: &n 1\nid: *n",
        lambda: "title: " + deep(rng, "[", "]"),
        lambda: "id: " + "9" * 5000,
        lambda: "published: " + rng.choice(_YEARS) + "-02-30",
        lambda: "- just\n- a list",
        lambda: "title: [unclosed",
        lambda: "outlet: !!python/object:os.system {}",
        lambda: "\n".join(
            f"{k}: {json.dumps(field_value(rng), ensure_ascii=True)}" for k in ("id", "title", "url")
        ),
        lambda: "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(rng.choice((10, 200)))),
    )
    front = rng.choice(fronts)()
    body = article_text(rng) if rng.random() < 0.9 else ""
    eol = rng.choice(("\n", "\r\n"))
    text = f"---{eol}{front}{eol}---{eol}{body}"
    return FuzzFile(b"", _encode(rng, text), "md")


def gen_json(rng: random.Random) -> FuzzFile:
    kind = rng.random()
    if kind < 0.1:
        return FuzzFile(b"", b"[]", "json-empty-list")
    if kind < 0.2:
        return FuzzFile(b"", deep(rng, rng.choice("[{"), "").encode() + b"", "json-deep")
    if kind < 0.3:
        n = rng.choice((40, 3000))
        return FuzzFile(b"", ('{"text": "x", "t": ' + "[" * n + "]" * n + "}").encode(), "json-deep")
    if kind < 0.4:
        return FuzzFile(b"", ('{"text": "متن خبر", "id": ' + "7" * 5000 + "}").encode(), "json-bignum")
    if kind < 0.6:
        items = [article_object(rng) for _ in range(rng.randint(1, 5))]
        return FuzzFile(b"", _dumps(items).encode(), "json-list", units=len(items))
    return FuzzFile(b"", _dumps(article_object(rng)).encode(), "json")


def gen_jsonl(rng: random.Random) -> FuzzFile:
    lines = []
    for _ in range(rng.randint(1, 6)):
        r = rng.random()
        if r < 0.1:
            lines.append("{bad json")
        elif r < 0.15:
            lines.append(deep(rng, "[", "]"))
        elif r < 0.2:
            lines.append("")
        else:
            lines.append(_dumps(article_object(rng)))
    eol = rng.choice(("\n", "\r\n"))
    units = sum(1 for line in lines if line.strip())
    return FuzzFile(b"", (eol.join(lines)).encode(), "jsonl", units=max(units, 1))


def gen_empty(rng: random.Random) -> FuzzFile:
    data = rng.choice((b"", b"   \n\t", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 10, bytes(range(256))))
    return FuzzFile(b"", data, "empty-or-binary")


def gen_pathological(rng: random.Random) -> FuzzFile:
    # Up to 20 KB here; benchmarks/bench_pathological.py times the large sizes.
    size = rng.choice((1000, 5000, 20000))
    return FuzzFile(b"", pathological(rng, size).encode(), "pathological")


GENERATORS: dict[str, Callable[[random.Random], FuzzFile]] = {
    "txt": gen_txt,
    "md": gen_md,
    "json": gen_json,
    "jsonl": gen_jsonl,
    "empty": gen_empty,
    "pathological": gen_pathological,
}
_SUFFIX = {"txt": b".txt", "md": b".md", "json": b".json", "jsonl": b".jsonl"}


def file_name(rng: random.Random, stem: str, suffix: bytes) -> bytes:
    """A file name: plain, Unicode, undecodable bytes, markup, spaces, colons, odd case."""
    odd = rng.random()
    if odd < 0.5:
        return stem.encode() + suffix
    extras = (
        b"\xff\xfe", "خبر".encode(), b"<b>x</b>", b"a|b", b"a:b", b" sp ace ", b"[x](javascript:y)",
        "\u202eevil".encode(), b"\x1b[31m", b"`t`", b"&amp;",
    )  # fmt: skip
    name = stem.encode() + rng.choice(extras) + (suffix.upper() if rng.random() < 0.1 else suffix)
    return name.replace(b"/", b"_")


def make_input(rng: random.Random, index: int) -> FuzzFile:
    """The ``index``-th input of a corpus: a file of some format, or a special entry."""
    r = rng.random()
    stem = f"f{index:05d}_"
    if r < 0.03:
        return FuzzFile(stem.encode() + b"fifo.txt", None, "fifo", special="fifo")
    if r < 0.06:
        return FuzzFile(stem.encode() + b"loop.txt", None, "symlink-loop", special="loop")
    if r < 0.08:
        return FuzzFile(stem.encode() + b"dirlink", None, "dirlink", special="dirlink")
    if r < 0.10:
        return FuzzFile(b"." + stem.encode() + b"hidden.txt", b"hidden", "hidden", expect_read=False)
    if r < 0.12:
        return FuzzFile(stem.encode() + b"notes.pdf", b"%PDF-1.4", "unsupported", expect_read=False)
    name = rng.choice(list(GENERATORS))
    f = GENERATORS[name](rng)
    suffix = _SUFFIX.get(name) or rng.choice(list(_SUFFIX.values()))
    f.name = file_name(rng, stem, suffix)
    if not f.name.lower().endswith(suffix):  # an upper-case suffix is still supported
        f.expect_read = f.name.lower().endswith((b".txt", b".md", b".json", b".jsonl"))
    return f


def input_for(seed: int, index: int) -> FuzzFile:
    """The ``index``-th input of campaign ``seed``: the same bytes whatever batch it lands in,
    so that a failing batch can be bisected down to one input."""
    return make_input(random.Random(f"{seed}:{index}"), index)


def make_corpus(rng: random.Random, n: int, first: int = 0) -> list[FuzzFile]:
    return [make_input(rng, first + i) for i in range(n)]
