"""checker: source comparison and fact consistency for news in Persian, Arabic and English.

Public API::

    from checker import load_corpus, extract
    articles, diagnostics = load_corpus(["seeds/"])
    claims = extract(articles[0]).claims
    from checker.pipeline import check
    result = check("seeds/", out_dir="reports/seeds")   # a CheckResult

Nothing heavy is imported here: ``checker --help`` must start fast.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from checker.model import Article, Extraction

__all__ = ["Article", "Extraction", "__version__", "extract", "load_corpus"]
__version__ = "0.1.0"


def load_corpus(paths, lang=None):  # type: ignore[no-untyped-def]
    """Load articles from files or directories: see :func:`checker.corpus.load_corpus`."""
    from checker.corpus import load_corpus as _load

    return _load(paths, lang=lang)


def extract(article: Article | str, lang: str | None = None, rules=None) -> Extraction:  # type: ignore[no-untyped-def]
    """Claims of one article (an :class:`Article`, or a plain text with ``lang``)."""
    from checker.corpus.language import detect_language
    from checker.model import Article
    from checker.pipeline import extract_article

    if isinstance(article, str):
        detected = lang or detect_language(article)[0] or "fa"
        article = Article(id="text", text=article, path="<text>", language=detected)
    return extract_article(article, rules)


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    if name in ("Article", "Extraction"):
        from checker import model

        return getattr(model, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")


class _Package(types.ModuleType):
    """The ``checker`` package, whose ``extract`` attribute stays the function above.

    Importing the subpackage ``checker.extract`` makes Python bind it as an attribute of its
    parent, which would replace the public function after the first call. The subpackage is
    still importable (``import checker.extract.dates``, ``from checker.extract import base``):
    those go through ``sys.modules``, not through this attribute.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
