"""Stories of the accuracy benchmark: articles, gold files and quote locations.

Independent of the checker's internals: it reads the story files and the gold YAML only. An
article's id is its file stem. A quote is located in the article's *raw file text*: after the YAML
front matter of a `.md` file, anywhere in a `.txt` file, by the first occurrence of `within` (or of
`text`; `occurrence: N` picks the N-th), then `text` inside it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import yaml

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
SCHEMA = HERE / "gold.schema.json"
SEEDS_GOLD = STORIES / "seeds.gold.yaml"
ARTICLE_SUFFIXES = (".txt", ".md")


class GoldError(Exception):
    """A gold file that cannot be used: one line naming the file and the fix."""


@dataclass(frozen=True)
class Article:
    id: str
    path: Path
    raw: str
    body_start: int  # where the text after the front matter starts (0 for .txt)
    lang: str

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class Story:
    name: str
    gold_path: Path
    gold: dict
    articles: dict[str, Article] = field(default_factory=dict)

    @property
    def heldout(self) -> bool:
        return bool(self.gold.get("heldout"))

    @property
    def kind(self) -> str:
        return str(self.gold.get("kind", ""))

    def locate(self, quote: dict) -> tuple[int, int]:
        """(start, end) of a quote or anchor in its article's raw text."""
        art = self.articles.get(quote["article"])
        if art is None:
            raise GoldError(
                f"{self.gold_path}: unknown article {quote['article']!r}; use a file stem of the story"
            )
        text = quote["text"]
        outer = quote.get("within", text)
        pos = art.body_start - 1
        for _ in range(int(quote.get("occurrence", 1))):
            pos = art.raw.find(outer, pos + 1)
            if pos < 0:
                raise GoldError(
                    f"{self.gold_path}: {outer!r} not found in {art.name}; quote the article exactly"
                )
        inner = outer.find(text)
        if inner < 0:
            raise GoldError(f"{self.gold_path}: {text!r} is not inside {outer!r}; fix `within`")
        return pos + inner, pos + inner + len(text)


def _body_start(path: Path, raw: str) -> int:
    if path.suffix == ".md" and raw.startswith("---"):
        close = raw.find("\n---", 3)
        if close >= 0:
            nl = raw.find("\n", close + 1)
            return len(raw) if nl < 0 else nl + 1
    return 0


def _language(path: Path, raw: str, start: int) -> str:
    head = raw[:start]
    for line in head.splitlines():
        if line.strip().startswith("language:"):
            return line.split(":", 1)[1].strip().strip("'\"")
    text = raw[start:]
    persian = sum(text.count(c) for c in "پچژگکی")
    arabic = sum(text.count(c) for c in "ةيكىأإ")
    letters = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    if letters < len(text) * 0.2:
        return "en"
    return "fa" if persian >= arabic else "ar"


def read_article(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    start = _body_start(path, raw)
    return Article(id=path.stem, path=path, raw=raw, body_start=start, lang=_language(path, raw, start))


def _plain(value):
    """YAML dates become ISO strings, so the gold validates as JSON."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_story(gold_path: Path) -> Story:
    try:
        gold = _plain(yaml.safe_load(gold_path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{gold_path}: unreadable gold ({exc.__class__.__name__}); fix the YAML") from None
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    err = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(gold))
    if err is not None:
        where = "/" + "/".join(map(str, err.absolute_path))
        raise GoldError(f"{gold_path}: {where}: {err.message}; see benchmarks/gold.schema.json")
    folder = (gold_path.parent / gold["path"]).resolve() if "path" in gold else gold_path.parent
    story = Story(name=gold["story"], gold_path=gold_path, gold=gold)
    for path in sorted(folder.iterdir()):
        if path.suffix in ARTICLE_SUFFIXES and path.is_file() and path.name != "README.md":
            art = read_article(path)
            story.articles[art.id] = art
    _check_gold(story)
    return story


def gold_items(story: Story):
    """(section, item) for every scored gold item: events, conflicts, omissions, agreements, traps."""
    for section in ("events", "conflicts", "omissions", "agreements", "traps"):
        for item in story.gold.get(section) or []:
            yield section, item


def _check_gold(story: Story) -> None:
    for _section, item in gold_items(story):
        for quote in item.get("quotes", []):
            story.locate(quote)
        for art in [*item.get("articles", []), *item.get("may_include", []), *item.get("missing_in", [])]:
            if art not in story.articles:
                raise GoldError(
                    f"{story.gold_path}: unknown article {art!r} in {item['id']}; use a file stem"
                )
    facts: dict[str, set[str]] = {}
    for anchor in story.gold.get("anchors") or []:
        story.locate(anchor)
        facts.setdefault(anchor["fact"], set()).update([anchor["article"], *anchor.get("stated_also_in", [])])
    for fact, arts in facts.items():
        if len(arts) < 2:
            raise GoldError(
                f"{story.gold_path}: fact {fact!r} is stated in one article; anchor it in two or more"
            )


def discover(root: Path = STORIES, seeds: bool = True) -> list[Story]:
    """Every story with a gold file, sorted by name, then the seeds."""
    stories = [load_story(p) for p in sorted(root.glob("*/gold.yaml"))]
    if seeds and SEEDS_GOLD.exists():
        stories.append(load_story(SEEDS_GOLD))
    return stories
