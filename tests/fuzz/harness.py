"""The fuzz oracle: write generated inputs into a corpus, run ``checker check`` on it, and judge.

A run is judged on five counts (those ``benchmarks/fuzz.py`` prints):

- **crash**: a traceback, an exception out of ``main``, or an exit code other than 0 or 1 (the
  corpus always holds a good seed article, so "nothing readable" cannot apply);
- **lost**: an input file, JSONL line or JSON list item that is neither an article nor a
  diagnostic in report.json;
- **timeout**: judged by the caller, who runs batches in a subprocess with a time limit;
- **injection**: markup from an article in report.md or report.html (a raw tag, a
  ``javascript:`` link, a table row with the wrong number of cells, a carriage return), a bidi
  embedding or override control, an unbalanced isolate, or an ANSI escape on the terminal;
- **nondeterministic**: different report bytes when the same corpus is written in another order.

Usage (one batch, as ``benchmarks/fuzz.py`` runs it): ``python -m tests.fuzz.harness SEED I…``
prints one JSON line with the problems found for the inputs numbered ``I…``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html as html_lib
import io
import json
import os
import random
import re
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from tests.fuzz.generators import SEEDS, FuzzFile, input_for

# A raw tag an article could plant; «onerror=» as escaped text is harmless, so it is not sought.
_RAW_TAGS = re.compile(r"(?i)<\s*(?:script|img|svg|x-fz-tag|iframe|object|embed)\b")
_JS_ATTR = re.compile(r"""(?i)(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""")
# An unescaped «](javascript:» (a «]» after an even run of backslashes), an autolink, a raw anchor.
_MD_LINK = re.compile(r"(?i)(?<!\\)(?:\\\\)*\]\(\s*javascript:|<javascript:|<a\s+href|<!--")
_EMBED = re.compile("[\u202a-\u202e]")
_ISOLATE_OPEN, _ISOLATE_CLOSE = "\u2066\u2067\u2068", "\u2069"
_ANSI = "\x1b"
REPORTS = ("report.json", "report.md", "report.html")


def _fs_name(name: bytes) -> str:
    return os.fsdecode(name)


def _display(path: Path) -> str:
    return re.sub("[\ud800-\udfff]", "\ufffd", str(path))


def write_corpus(root: Path, files: list[FuzzFile], order: random.Random | None = None) -> None:
    """Create ``root`` holding two seed articles, the inputs, and a manifest naming a missing file."""
    root.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    entries: list[tuple[str, object]] = [(f"seed:{p.name}", p) for p in seeds]
    entries += [(f"in:{i}", f) for i, f in enumerate(files)]
    if order is not None:
        order.shuffle(entries)
    for _, item in entries:
        if isinstance(item, Path):
            shutil.copyfile(item, root / item.name)
        else:
            _write_one(root, item)
    manifest = {
        "articles": {"zz_missing.txt": {"outlet": "Nowhere"}, seeds[0].name: {"outlet": "<b>Seed</b> |x|"}}
    }
    (root / "corpus.json").write_text(json.dumps(manifest), encoding="utf-8")


def _write_one(root: Path, f: FuzzFile) -> None:
    path = root / _fs_name(f.name)
    if f.special == "fifo":
        os.mkfifo(path)
    elif f.special == "loop":
        other = path.with_name(path.name + ".other.txt")
        os.symlink(other.name, path)
        os.symlink(path.name, other)
        f.extra["other"] = other.name
    elif f.special == "dirlink":
        os.symlink(".", path)
    else:
        path.write_bytes(f.data or b"")


def run_cli(root: Path, out: Path) -> tuple[int | None, str, str, str | None]:
    """``checker check ROOT --out OUT --html`` in this process: (exit code, stdout, stderr, crash)."""
    from checker.cli import main

    so, se = io.StringIO(), io.StringIO()
    crash = None
    rc: int | None = None
    try:
        with contextlib.redirect_stdout(so), contextlib.redirect_stderr(se):
            rc = main(["check", str(root), "--out", str(out), "--html"])
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        crash = "".join(traceback.format_exception(exc))[-2000:]
    return rc, so.getvalue(), se.getvalue(), crash


def accounted(files: list[FuzzFile], root: Path, report: dict) -> list[str]:
    """The inputs (or their lines and items) that are neither an article nor a diagnostic."""
    by_path: dict[str, list[tuple[str, int | None]]] = {}
    for a in report["articles"]:
        by_path.setdefault(a["path"], []).append(("article", a.get("line")))
    for d in report["diagnostics"]:
        if d.get("path"):
            by_path.setdefault(d["path"], []).append((d["code"], d.get("line")))
    lost = []
    for f in files:
        if not f.expect_read:
            continue
        names = [f.name] + ([os.fsencode(f.extra["other"])] if "other" in f.extra else [])
        for name in names:
            seen = by_path.get(_display(root / _fs_name(name)), [])
            whole_file = any(kind != "article" and line is None for kind, line in seen)
            if not seen or (f.units > 1 and len(seen) < f.units and not whole_file):
                lost.append(f"{f.category}: {name!r} has {len(seen)} of {f.units} entries")
    return lost


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _ISOLATE_CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", line))


def md_problems(md: str) -> list[str]:
    out = []
    if _RAW_TAGS.search(md) or _MD_LINK.search(md):
        out.append("md: raw tag or javascript link: " + (_RAW_TAGS.search(md) or _MD_LINK.search(md)).group())
    if "\r" in md:
        out.append("md: carriage return")
    if _EMBED.search(md):
        out.append("md: bidi embedding/override control")
    header = None
    for line in md.split("\n"):
        if not _balanced(line):
            out.append(f"md: unbalanced isolate in {line[:80]!r}")
        if line.startswith("|"):
            header = header if header is not None else _pipes(line)
            if _pipes(line) != header:
                out.append(f"md: table row with {_pipes(line)} pipes, header has {header}: {line[:80]!r}")
        else:
            header = None
    return out


def _own_scripts_removed(html: str) -> str:
    """The page without its own scripts: those whose sha256 its Content-Security-Policy allows.
    Any other script (one an article smuggled in) stays and is reported."""
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    allowed = set(re.findall(r"'(sha256-[^']+)'", html_lib.unescape(csp.group(1)))) if csp else set()

    def drop(m: re.Match[str]) -> str:
        digest = "sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode()
        return "" if digest in allowed else m.group(0)

    return re.sub(r"<script>(.*?)</script>", drop, html, flags=re.S)


def html_problems(html: str) -> list[str]:
    out = []
    html = _own_scripts_removed(html)
    m = _RAW_TAGS.search(html) or _JS_ATTR.search(html)
    if m:
        out.append("html: raw tag or javascript link: " + m.group())
    if _EMBED.search(html):
        out.append("html: bidi embedding/override control")
    for node in re.split(r"<[^>]*>", html):
        if not _balanced(node):
            out.append(f"html: unbalanced isolate in {node[:80]!r}")
            break
    return out


def judge(files: list[FuzzFile], work: Path) -> dict[str, list[str]]:
    """Run the corpus made of ``files`` twice (two write orders) and list the problems by kind."""
    problems: dict[str, list[str]] = {"crash": [], "lost": [], "injection": [], "nondeterministic": []}
    root = work / "corpus"
    write_corpus(root, files)
    rc, so, se, crash = run_cli(root, work / "out1")
    if crash or rc not in (0, 1) or "Traceback" in se:
        problems["crash"].append(crash or f"exit {rc}: {se[-500:]}")
        return problems
    if _ANSI in so or _ANSI in se:
        problems["injection"].append("terminal: ANSI escape")
    texts = {name: (work / "out1" / name).read_text(encoding="utf-8") for name in REPORTS}
    report = json.loads(texts["report.json"])
    problems["lost"] += accounted(files, root, report)
    problems["injection"] += md_problems(texts["report.md"]) + html_problems(texts["report.html"])
    shutil.rmtree(root)
    write_corpus(root, files, order=random.Random(len(files)))
    rc2, _, _, crash2 = run_cli(root, work / "out2")
    if crash2 or rc2 != rc:
        problems["nondeterministic"].append(f"second run: exit {rc2} vs {rc}; {crash2 or ''}"[:500])
    else:
        for name in REPORTS:
            if (work / "out2" / name).read_bytes() != (work / "out1" / name).read_bytes():
                problems["nondeterministic"].append(f"{name} differs between write orders")
    return problems


def judge_inputs(seed: int, indices: list[int]) -> dict[str, list[str]]:
    files = [input_for(seed, i) for i in indices]
    with tempfile.TemporaryDirectory(prefix="checker-fuzz-") as tmp:
        return judge(files, Path(tmp))


if __name__ == "__main__":
    seed, *idx = (int(a) for a in sys.argv[1:])
    sys.stdout.write(json.dumps(judge_inputs(seed, idx), ensure_ascii=True) + "\n")
