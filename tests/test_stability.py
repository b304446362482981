"""Adding unrelated articles never makes a conflict appear or vanish (issue 6, point 6).

Pair similarity uses fixed weights from the lexicons, never statistics of the corpus, so the
findings among one story's articles are the same whether or not other stories are checked with it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from checker.pipeline import check

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
SEEDS = Path(__file__).parent.parent / "seeds"


def _among(report, articles: set[str]) -> set[tuple]:
    """What each finding among ``articles`` only says: code, type and values with their articles."""
    return {
        (
            f["code"],
            f["type"],
            tuple(sorted((v["display"], tuple(v["articles"])) for v in f["values"])),
            tuple(f["missing_in"]),
        )
        for f in report["findings"]
        if {a for v in f["values"] for a in v["articles"]} | set(f["missing_in"]) <= articles
    }


def test_unrelated_stories_change_no_finding_of_a_story(tmp_path):
    story = tmp_path / "story"
    shutil.copytree(UNSEEN / "quake", story)
    alone = check([story]).report
    ids = {a["id"] for a in alone["articles"]}
    mixed = tmp_path / "mixed"
    shutil.copytree(story, mixed / "quake")
    shutil.copytree(UNSEEN / "cairo", mixed / "cairo")
    shutil.copytree(UNSEEN / "inflation", mixed / "inflation")
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, mixed / f.name)
    together = check([mixed]).report
    assert _among(alone, ids)  # the story has findings of its own to keep
    assert _among(together, ids) == _among(alone, ids)
