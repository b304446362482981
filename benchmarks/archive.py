"""A synthetic archive of many stories, for the store benchmarks (issue 8).

The seed-copy corpus of ``bench_check.synthesize`` is one story told 100,000 times: every copy
names the same people and places, so any neighbourhood is the whole corpus. An archive holds many
stories. This one is made from every story article of ``benchmarks/stories`` and ``seeds/``: each
*copy of a story* (all its reports together) is moved to a random day, so a story's reports stay
within days of each other while two copies of one story fall, on average, about two years apart
and meet (within the store's one-year window) about once each. Dates run forward from the
stories' own, centuries ahead for a large archive: only the spacing matters here. Only the publication date of
the header or front matter moves; the text is the reporters' own.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DATED = re.compile(r"^(\s*date |published: )(\d{4}-\d{2}-\d{2})", re.M)
# Two copies of a story are on average this many days apart.
_APART_DAYS = 2 * 366


def stories() -> dict[str, list[Path]]:
    """Story name → its article files (the benchmark stories and the seeds)."""
    out = {"seeds": sorted((ROOT / "seeds").glob("*.txt"))}
    for d in sorted((ROOT / "benchmarks" / "stories").iterdir()):
        files = sorted(p for p in d.glob("*") if p.suffix in (".txt", ".md"))
        if files:
            out[d.name] = files
    return out


def _shifted(text: str, days: int) -> str:
    """The text with each header date moved by ``days`` (the first of each kind only)."""

    def move(m: re.Match[str]) -> str:
        return m.group(1) + (date.fromisoformat(m.group(2)) + timedelta(days=days)).isoformat()

    return _DATED.sub(move, text, count=1)


def write_archive(n: int, out: Path, seed: int) -> int:
    """Write ``n`` articles (whole story copies, the last one cut short) into ``out``."""
    rng = random.Random(seed)
    told = stories()
    texts = {s: [(p, p.read_text(encoding="utf-8")) for p in files] for s, files in told.items()}
    per_round = sum(len(v) for v in texts.values())
    rounds = -(-n // per_round)
    span = max(rounds * _APART_DAYS, 1)
    written = 0
    for r in range(rounds):
        for story in sorted(texts):
            days = rng.randrange(span)
            for p, text in texts[story]:
                if written == n:
                    return written
                (out / f"{r:05d}_{story}__{p.stem}{p.suffix}").write_text(
                    _shifted(text, days), encoding="utf-8"
                )
                written += 1
    return written


def new_article(out: Path, seed: int, n: int) -> Path:
    """One more report of a random story, at a random day of the archive's span: the article a
    CI job would check against the store."""
    rng = random.Random(seed + 1)
    told = stories()
    story = rng.choice(sorted(told))
    p = rng.choice(told[story])
    per_round = sum(len(v) for v in told.values())
    span = max(-(-n // per_round) * _APART_DAYS, 1)
    dest = out / f"new_{story}__{p.stem}{p.suffix}"
    dest.write_text(_shifted(p.read_text(encoding="utf-8"), rng.randrange(span)), encoding="utf-8")
    return dest
