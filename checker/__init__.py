"""checker: source comparison and fact consistency for news in Persian, Arabic and English.

Public API::

    from checker import load_corpus, extract
    articles, diagnostics = load_corpus(["seeds/"])
    claims = extract(articles[0]).claims
"""

from __future__ import annotations

from checker.model import Article, Extraction

__all__ = ["Article", "Extraction", "extract", "load_corpus"]
__version__ = "0.1.0"


def load_corpus(paths, lang=None):  # type: ignore[no-untyped-def]
    """Load articles from files or directories: see :func:`checker.corpus.load_corpus`."""
    from checker.corpus import load_corpus as _load

    return _load(paths, lang=lang)


def extract(article: Article | str, lang: str | None = None, rules=None) -> Extraction:  # type: ignore[no-untyped-def]
    """Claims of one article (an :class:`Article`, or a plain text with ``lang``)."""
    from checker.corpus.language import detect_language
    from checker.pipeline import extract_article

    if isinstance(article, str):
        detected = lang or detect_language(article)[0] or "fa"
        article = Article(id="text", text=article, path="<text>", language=detected)
    return extract_article(article, rules)
