"""Golden claims for the seed corpus: generated, never hand-edited.

Regenerate (and review the diff as a change of behaviour) with::

    .venv/bin/python -m tests.golden
"""

from __future__ import annotations

import sys
from pathlib import Path

from checker.pipeline import extract_corpus
from checker.report.claims import claims_document, dumps

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"


def render() -> dict[str, str]:
    """File name → JSON text, one file per seed article."""
    extractions, diagnostics = extract_corpus([ROOT / "seeds"])
    out = {}
    for x in extractions:
        mine = [d for d in diagnostics if d.article == x.article.id]
        doc = claims_document([x], mine)
        for a in doc["articles"]:
            a["path"] = Path(a["path"]).name  # independent of where the checkout lives
        for d in doc["diagnostics"]:
            d.pop("path", None)
        out[f"{x.article.id}.claims.json"] = dumps(doc)
    return out


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    files = render()
    for old in GOLDEN.glob("*.claims.json"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (GOLDEN / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} golden files to {GOLDEN}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
