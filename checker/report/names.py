"""Articles by outlet and headline, instead of by file name.

- **Headline**: the metadata title, else the first line of the text that is not boilerplate (a
  ``date …`` header) and has at least ``_MIN_WORDS`` words (a section line such as «جهان,
  خاورمیانه» is skipped).
- **Outlet**: the metadata outlet, else the outlet lexicon (``rules/sources``): the head of a
  citation chain near the top that the article reports as its own («به گزارش تابناک به نقل از
  ایرنا» → Tabnak) and that is an outlet or broadcaster, not a wire agency.
- **Cited**: the sources the article cites, kept apart from its outlet.
"""

from __future__ import annotations

from typing import Any

from checker.align import Context, source_chains

_MIN_WORDS = 4
_MAX_WORDS = 14  # a longer first line is a paragraph: its first words stand for the headline
_OUTLET_KINDS = {"outlet", "broadcaster"}
_TOP = 600  # an outlet cites itself near the top of its article


def headline(text: str, boilerplate: tuple[tuple[int, int], ...]) -> str | None:
    """The first line with enough words, boilerplate blanked (offsets are not needed here)."""
    chars = list(text)
    for s, e in boilerplate:
        chars[s:e] = " " * (e - s)
    for line in "".join(chars).splitlines():
        words = line.split()
        if len(words) >= _MIN_WORDS:
            return " ".join(words) if len(words) <= _MAX_WORDS else " ".join(words[:_MAX_WORDS]) + " …"
    return None


def _outlet(ctx: Context, aid: str) -> tuple[str | None, str | None]:
    x = ctx.extractions[aid]
    if x.article.outlet:
        return x.article.outlet, "metadata"
    lexicon = ctx.rules.concepts("sources").get("sources") or {}
    for c in x.claims:
        if c.type != "source" or c.start > _TOP or c.value.get("relation") != "report":
            continue
        head = c.value["chain"][0]
        entry = lexicon.get(head) or {}
        if entry.get("kind") in _OUTLET_KINDS:
            return entry.get("display", head), "lexicon"
    return None, None


def article_names(ctx: Context) -> dict[str, dict[str, Any]]:
    """``{id: {headline, outlet, outlet_source, cited}}`` for every article."""
    lexicon = ctx.rules.concepts("sources").get("sources") or {}
    out = {}
    for aid, x in ctx.extractions.items():
        outlet, how = _outlet(ctx, aid)
        own = {k for k, v in lexicon.items() if v.get("display") == outlet} if outlet else set()
        cited = []
        for chain in source_chains(x):
            for s in chain:
                name = lexicon.get(s, {}).get("display", s)
                if s not in own and name not in cited:
                    cited.append(name)
        out[aid] = {
            "headline": x.article.title or headline(x.article.text, x.article.boilerplate),
            "outlet": outlet,
            "outlet_source": how,
            "cited": cited,
        }
    return out
