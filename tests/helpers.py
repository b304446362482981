"""Shared test helpers: build a Doc the way the pipeline does, load YAML case files."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import yaml

from checker.align import build_context
from checker.extract.base import Doc
from checker.model import Article
from checker.pipeline import check, extract_corpus, prepare
from checker.rules import Rules, load_rules

CASES = Path(__file__).parent / "cases"
SEEDS = Path(__file__).parent.parent / "seeds"


def make_doc(text: str, lang: str, reference: date | str | None = None) -> Doc:
    """A Doc for ``text`` in ``lang``, with an optional reference (publication) date."""
    if isinstance(reference, str):
        reference = date.fromisoformat(reference)
    article = Article(id="t", text=text, path="t", language=lang)
    return prepare(article, load_rules(), reference)


def load_cases(pattern: str) -> list[tuple[str, str, dict]]:
    """``(file stem, language, case)`` for every case in the files matching ``pattern``."""
    out = []
    for path in sorted(CASES.glob(pattern)):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        ref = data.get("reference_date")
        for case in data["cases"]:
            case.setdefault("reference_date", ref)
            out.append((path.stem, data["language"], case))
    return out


def case_id(item: tuple[str, str, dict]) -> str:
    return f"{item[0]}:{item[2]['text'][:30]}"


def conflict_signatures(report) -> set[tuple[str, frozenset[str]]]:
    """What each conflict or inconsistency says: its code and the values it sets against each other."""
    return {
        (f["code"], frozenset(v["display"] for v in f["values"]))
        for f in report["findings"]
        if f["type"] in ("conflict", "inconsistency")
    }


def new_problems(report, baseline_report, edited: str) -> list[dict]:
    """Conflicts and inconsistencies naming the edited article that the unedited corpus does not have
    (compared by code and values: keys and ids name the article and may differ)."""
    known = conflict_signatures(baseline_report)
    return [
        f
        for f in report["findings"]
        if f["type"] in ("conflict", "inconsistency")
        and any(edited in v["articles"] for v in f["values"])
        and (f["code"], frozenset(v["display"] for v in f["values"])) not in known
    ]


def extraction_of(folder: Path, name: str, text: str):
    """The extraction of one article, written as ``folder/name`` (its suffix names the format)."""
    (folder / name).write_text(text, encoding="utf-8")
    [x], _ = extract_corpus([str(folder / name)])
    return x


def md_extraction(folder: Path, lang: str, text: str, published: str):
    """The extraction of one Markdown article in ``lang``, published on ``published``."""
    return extraction_of(folder, f"{lang}.md", md(lang, published, text))


def md(lang: str, published: str, body: str, title: str = "t") -> str:
    """An article in Markdown with the front matter a test needs (title, date, language)."""
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\npublished: {published}\nlanguage: {lang}\n---\n{body}\n"


def main_of(folder: Path, name: str, text: str):
    """The main occasion of one article, written as ``folder/name``."""
    [main] = [m for m in extraction_of(folder, name, text).mentions if m.main]
    return main


def extraction_apart(folder: Path, name: str, text: str):
    """The extraction of one article, alone in a folder named after it (so one test may read
    several articles one by one)."""
    d = folder / name.split(".")[0]
    d.mkdir()
    return extraction_of(d, name, text)


def roles_of(extraction) -> list[tuple[str, str]]:
    """(name, role) of each person_role claim of an extraction, in order."""
    return [(c.value["name"], c.value["role"]) for c in extraction.claims if c.type == "person_role"]


def role_values(extraction) -> list[dict]:
    """The value (name, role, country, scope …) of each person_role claim of an extraction, in order."""
    return [c.value for c in extraction.claims if c.type == "person_role"]


def frames_of(folder: Path, name: str, text: str) -> list:
    """The frames of one article, written as ``folder/name``."""
    return list(extraction_of(folder, name, text).frames)


def by_figure(frames, predicate: str, read) -> dict:
    """``read(frame)`` for each frame of ``predicate``, by its figure (its low bound)."""
    return {f.value["low"]: read(f) for f in frames if f.predicate == predicate}


def report_of(folder: Path, articles: dict[str, str]) -> dict:
    """The report of a story: each article written as ``folder/name``."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return check([str(folder / name) for name in articles]).report


def txt_report(folder: Path, **texts: str) -> dict:
    """The report of a story of .txt files: ``name=text`` writes ``folder/name.txt``."""
    return report_of(folder, {f"{name}.txt": text for name, text in texts.items()})


def family_rules(root: Path, families: tuple[str, ...]) -> Rules:
    """Rules of only ``families`` (copied under ``root``), so that other families being edited
    cannot break a module's tests."""
    for family in families:
        shutil.copytree(Path(__file__).parent.parent / "rules" / family, root / family)
    return Rules(root)


def context_of(folder: Path, articles: dict[str, str]):
    """The align stage's context of a story (keyed frames, pairs, events): each article written as
    ``folder/name``."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    xs, _ = extract_corpus([str(folder / name) for name in articles])
    return build_context(xs, load_rules())


def findings_of(folder: Path, articles: dict[str, str]) -> list[dict]:
    """Every finding of a story, agreements and omissions too."""
    return report_of(folder, articles)["findings"]


def problems_of(folder: Path, articles: dict[str, str]) -> list[dict]:
    """The conflicts and inconsistencies of a story: each article written as ``folder/name``."""
    return [f for f in findings_of(folder, articles) if f["type"] in ("conflict", "inconsistency")]


def conflicts_of(folder: Path, articles: dict[str, str]) -> list[dict]:
    """The conflicts of a story (``problems_of`` without the inconsistencies)."""
    return [f for f in problems_of(folder, articles) if f["type"] == "conflict"]


def edited(articles: dict[str, str], name: str, old: str, new: str) -> dict[str, str]:
    """A copy of a story with one phrase of one article changed (the change must apply)."""
    assert old in articles[name], f"{old!r} is not in {name}"
    return dict(articles, **{name: articles[name].replace(old, new)})


def subfolder(folder: Path, name: str) -> Path:
    """A new folder ``folder/name`` (so one test may check a story and its edited copy)."""
    d = folder / name
    d.mkdir()
    return d


def conflicts_coded(folder: Path, articles: dict[str, str], code: str) -> list[dict]:
    """The conflicts of a story that carry ``code``."""
    return [f for f in conflicts_of(folder, articles) if f["code"] == code]


def assert_some_says(found: list[dict], text: str) -> None:
    """Some finding's message holds ``text`` (else the messages there are, to read)."""
    assert [f for f in found if text in f["message"]], [f["message"] for f in found]
