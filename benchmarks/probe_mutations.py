"""Recall on stories that have no gold file: change one shared figure and see whether it is caught.

Usage: python benchmarks/probe_mutations.py [DIR …] [--kinds year,figure,person] [--verbose]

Each DIR is one story (default: every directory under ``benchmarks/probes``). A *shared* value is
a year (1900–2099) or a figure (a number of two digits or more, or with decimals) written in one article whose
value another article of the story also writes, in any digit script: the stories agree on it, so
a change to one occurrence contradicts the others. Each occurrence is changed on its own (a year
+3, a figure ×1.5 rounded, in the same digit script) and the story is checked again. The change
is *caught* when a conflict quotes the changed words (one that only an inconsistency quotes, "not a
Tuesday", is counted apart as *flagged*). The script prints, per story and kind,
caught/changed and the conflicts the unchanged story raises (its reports agree: each is a false
alarm), each miss and each such conflict with ``--verbose``, and one closing line ``probes: caught
C/N, conflicts in the unchanged stories U``.

``--kinds place`` swaps, the same way, a town, a province or a building of the gazetteer that two
articles give as the place of their main occasion for another story's. ``--kinds person`` swaps office holders instead: each holder of an exclusive office (a country's
prime minister, the UN's secretary-general) or head of a body (a company's chief executive) whom
two articles name for the same office is
replaced, in one article, by another story's full name of the same language that rules/people
does not know and that the story never writes; caught when a conflict quotes the new name.

No gold is involved, so these stories can be written and scored without tuning anything: the
denominator includes values that the texts themselves do not decide (a year that two articles
use for different things), so 100% is not expected.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.corpus import load_corpus  # noqa: E402
from checker.normalize.keys import raw_tokens  # noqa: E402
from checker.normalize.translit import skeleton_tokens  # noqa: E402
from checker.pipeline import check, extract_article  # noqa: E402
from checker.rules import load_rules  # noqa: E402

_DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
_NUMBER = re.compile(
    r"(?<![\w.,٫/:-])([0-9۰-۹٠-٩]{2,}|[0-9۰-۹٠-٩]+[.٫][0-9۰-۹٠-٩]+)(?![\w/:]|[.,٫-][0-9۰-۹٠-٩])"
)
_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".html")


def _ascii(s: str) -> str:
    return "".join(str(_DIGITS.index(ch) % 10) if ch in _DIGITS else "." if ch in ".٫" else ch for ch in s)


def _value(s: str) -> float:
    return float(_ascii(s))


def _script(value: float, like: str) -> str:
    """``value`` in the digit script and with the decimals of ``like`` (its own decimal mark)."""
    base = next((_DIGITS.index(ch) // 10 * 10 for ch in like if ch in _DIGITS), 0)
    mark = next((ch for ch in like if ch in ".٫"), None)
    places = len(like) - like.index(mark) - 1 if mark else 0
    text = f"{value:.{places}f}"
    return "".join(_DIGITS[base + int(d)] if d.isdigit() else mark for d in text)


def _kind(value: float) -> str:
    return "year" if value.is_integer() and 1900 <= value <= 2099 else "figure"


def _body(path: Path) -> tuple[str, int]:
    """The article's text as the checker reads it, and where it starts in the file (after any
    front matter or header line: metadata is not a claim to change)."""
    text = path.read_text("utf-8")
    [article], _ = load_corpus([str(path)])
    at = text.find(article.text)
    return text, max(at, 0)


def occurrences(story: Path) -> list[tuple[Path, int, int, int, str]]:
    """(file, start, end, value, kind) of every shared value in the story, in a stable order."""
    files = sorted(p for p in story.iterdir() if p.suffix in _SUFFIXES)
    found = {}
    for p in files:
        text, at = _body(p)
        found[p] = [(m.start(1), m.end(1), _value(m.group(1))) for m in _NUMBER.finditer(text, at)]
    out = []
    for p, items in found.items():
        others = {v for q, its in found.items() if q != p for _, _, v in its}
        out.extend((p, s, e, v, _kind(v)) for s, e, v in items if v in others and v >= 10)
    return out


def office_holders(story: Path) -> list[tuple[Path, str, str, str, bool]]:
    """(file, name, language, office, known) of every holder of an exclusive office (a country's prime
    minister, the UN's secretary-general) whom another article of the story names for the same
    office: the stories agree on who holds it, so another name there contradicts them. ``known``:
    the name is in rules/people."""
    rules = load_rules()
    concepts = rules.concepts("roles").get("concepts") or {}
    exclusive = {k for k, v in concepts.items() if v.get("exclusive")}
    heads = {k for k, v in concepts.items() if v.get("heads")}
    articles, _ = load_corpus([str(story)])
    by_file: dict[Path, set[tuple[str, str, str, bool]]] = {}
    for a in articles:
        for c in extract_article(a, rules).claims:
            v = c.value
            if c.type != "person_role" or not v.get("name") or v.get("modifiers") or v["name"] not in a.text:
                continue
            if v.get("role") in exclusive and v.get("country"):
                office = f"{v['role']}/{v['country']}"
            elif v.get("role") in heads and (body := _body_key(v.get("scope") or {}, rules)):
                # (a company's or an agency's head: "Microsoft chief executive", «مدیرعامل مایکروسافت»)
                office = f"{v['role']}/{body}"
            else:
                continue
            by_file.setdefault(Path(a.path), set()).add(
                (v["name"], a.language or "", office, bool(v.get("known")))
            )
    out = []
    for p, held in sorted(by_file.items()):
        others = {o for q, h in by_file.items() if q != p for _, _, o, _ in h}
        out.extend((p, *h) for h in sorted(held) if h[2] in others)
    return out


def _body_key(scope: dict, rules) -> str | None:
    """A body's id, or the skeleton of its name without the words that say it is a company."""
    if scope.get("kind") != "organization":
        return None
    if scope.get("org"):
        return scope["org"]
    generic = {w for lang in ("fa", "ar", "en") for p in _company_words(rules, lang) for w in raw_tokens(p)}
    skel = "".join(
        skeleton_tokens([w for w in raw_tokens(scope.get("text") or "") if w not in generic], rules)
    )
    return "~" + skel if len(skel) >= 3 else None


def _company_words(rules, lang: str) -> list[str]:
    words = (rules.lang("concepts", lang).get("concepts") or {}).get("company") or []
    clitics = rules.lang("people_cues", lang).get("body_after_role") or []
    return [*words, *(c + w for c in clitics for w in words)]


_PLACE_KINDS = ("city", "village", "province", "district", "facility", "landmark")


def shared_places(story: Path) -> list[tuple[Path, str, str, str, bool]]:
    """(file, name as written, language, place id, True) of every gazetteer place of a town's,
    a province's or a building's kind that an article gives as the place of the occasion it
    reports (an ``event_place`` frame of its main occasion) and another article also does: the
    reports agree on where, so another place there contradicts them (the shape of
    ``office_holders``)."""
    rules = load_rules()
    articles, _ = load_corpus([str(story)])
    by_file: dict[Path, set[tuple[str, str, str, bool]]] = {}
    for a in articles:
        x = extract_article(a, rules)
        where = {
            f.value.get("id")
            for f in x.frames
            if f.predicate == "event_place" and f.subject.get("main") and f.value.get("id")
        }
        for c in x.claims:
            v = c.value
            if c.type != "place" or v.get("unlisted") or v.get("kind") not in _PLACE_KINDS:
                continue
            if v["place"] in where:
                by_file.setdefault(Path(a.path), set()).add((c.text, a.language or "", v["place"], True))
    out = []
    for p, named in sorted(by_file.items()):
        others = {pid for q, n in by_file.items() if q != p for _, _, pid, _ in n}
        # (every way the article writes the place changes at once: "BAGHDAD —" and "in Baghdad")
        for pid in sorted({n[2] for n in named} & others):
            forms = sorted({n[0] for n in named if n[2] == pid}, key=lambda f: (-len(f), f))
            out.append((p, "\0".join(forms), next(n[1] for n in named if n[2] == pid), pid, True))
    return out


def _stand_in(language: str, pool: dict[str, list[str]], story_text: str) -> str | None:
    """Another story's office holder of the same language, no word of whose name the story
    writes."""
    return next((n for n in pool.get(language, ()) if not any(w in story_text for w in n.split())), None)


def run_people(story: Path, pool: dict[str, list[str]], verbose: bool, find=None) -> list[int]:
    """Each office holder whom two articles agree on (or, with ``find`` = ``shared_places``, each
    place) is replaced, in one article, by another story's of the same language: caught when a
    conflict quotes the new name."""
    tally = [0, 0, 0]
    find = find or office_holders
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / story.name
        shutil.copytree(story, work)
        story_text = " ".join(p.read_text("utf-8") for p in sorted(story.iterdir()) if p.suffix in _SUFFIXES)
        for path, name, language, office, _ in find(story):
            new = _stand_in(language, pool, story_text)
            if new is None:
                continue
            text = path.read_text("utf-8")
            target = work / path.name
            target.write_text(_swapped(text, name, new), "utf-8")
            try:
                report = check([str(work)]).report
            finally:
                target.write_text(text, "utf-8")
            art = next(a for a in report["articles"] if Path(a["path"]).name == path.name)
            body = _swapped(load_corpus([str(target)])[0][0].text, name, new)
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(new), body, re.I)]
            hit = any(_caught(report, art["id"], s, e) for s, e in spans)
            tally[0] += hit
            tally[1] += 1
            if verbose and not hit:
                print(f"  missed {story.name}/{path.name} {office}: {name.replace(chr(0), ' | ')} -> {new}")
    return tally


def _swapped(text: str, names: str, new: str) -> str:
    """``text`` with each of ``names`` (NUL-separated, longest first) written as ``new``, in
    capitals where the name was (a dateline's "BAGHDAD —")."""
    for name in names.split("\0"):
        text = text.replace(name, new.upper() if name.isupper() else new)
    return text


def _caught(report: dict, article: str, start: int, end: int, ftype: str = "conflict") -> bool:
    """A finding of ``ftype`` quotes the changed words."""
    for f in report["findings"]:
        if f["type"] != ftype:
            continue
        for val in f.get("values") or []:
            for ev in val.get("evidence") or []:
                if ev["article"] == article and ev["start"] <= start and end <= ev["end"]:
                    return True
    return False


def unchanged(story: Path, verbose: bool) -> int:
    """Conflicts and inconsistencies of the story as written: its reports agree, so each is a
    false alarm (or a slip of the writer's, which the note then names)."""
    report = check([str(story)]).report
    found = [f for f in report["findings"] if f["type"] in ("conflict", "inconsistency")]
    for f in found if verbose else ():
        print(f"  unchanged {story.name}: {f['code']} {f['message'][:160]}")
    return len(found)


def run(story: Path, kinds: set[str], verbose: bool) -> dict[str, list[int]]:
    tally: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / story.name
        shutil.copytree(story, work)
        for path, s, e, value, kind in occurrences(story):
            if kind not in kinds:
                continue
            text = path.read_text("utf-8")
            new = value + 3 if kind == "year" else (round(value * 1.5) if value.is_integer() else value * 1.5)
            repl = _script(new, text[s:e])
            target = work / path.name
            target.write_text(text[:s] + repl + text[e:], "utf-8")
            try:
                report = check([str(work)]).report
            finally:
                target.write_text(text, "utf-8")
            article = next(a["id"] for a in report["articles"] if Path(a["path"]).name == path.name)
            # Offsets in the report are into the article's text (after any front matter).
            at = s - _body(path)[1]
            hit = _caught(report, article, at, at + len(repl))
            # (a change only an inconsistency quotes, "2021-04-30 is not a Tuesday", is flagged
            # to the reader, but not as the clash with the other reports it is)
            flagged = not hit and _caught(report, article, at, at + len(repl), "inconsistency")
            t = tally.setdefault(kind, [0, 0, 0])
            t[0] += hit
            t[1] += 1
            t[2] += flagged
            if verbose and not hit:
                line = text[max(0, s - 60) : e + 40].replace("\n", " ")
                what = "flagged only" if flagged else "missed"
                print(f"  {what} {story.name}/{path.name} {text[s:e]} -> {repl}: …{line}…")
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--kinds", default="year,figure")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    dirs = args.dirs or sorted(p for p in (ROOT / "benchmarks" / "probes").iterdir() if p.is_dir())
    kinds = set(args.kinds.split(","))
    caught = total = flagged = alarms = 0
    pool: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}
    if "place" in kinds:
        for story in dirs:
            for _, names, language, _, _ in shared_places(story):
                # (a stand-in as a town's name is written in running text, and no common word:
                # "NICE", a dateline, is "nice" too)
                name = names.split("\0")[-1]
                if len(name) > 4 and not name.isupper() and name not in places.setdefault(language, []):
                    places[language].append(name)
        for names in places.values():
            names.sort(key=lambda n: (len(n), n))
    if "person" in kinds:
        # (stand-ins from every story given, each story's own holders left out by `_stand_in`'s test)
        for story in dirs:
            # (no name rules/people knows: its known office would speak for the stand-in)
            for _, name, language, _, known in office_holders(story):
                # (and full names: a mutation swaps a full name for another)
                if not known and len(name.split()) > 1 and name not in pool.setdefault(language, []):
                    pool[language].append(name)
        for names in pool.values():
            names.sort(key=lambda n: (len(n), n))
    for story in dirs:
        base = unchanged(story, args.verbose)
        tally = run(story, kinds, args.verbose)
        if "person" in kinds:
            tally["person"] = run_people(story, pool, args.verbose)
        if "place" in kinds:
            tally["place"] = run_people(story, places, args.verbose, shared_places)
        shown = ", ".join(f"{k} {c}/{n}" for k, (c, n, _f) in sorted(tally.items()))
        print(f"{story.name}: {shown or 'no shared values'}; unchanged: {base} conflicts")
        caught += sum(c for c, _, _f in tally.values())
        total += sum(n for _, n, _f in tally.values())
        flagged += sum(f for _, _, f in tally.values())
        alarms += base
    print(
        f"probes: caught {caught}/{total}, conflicts in the unchanged stories {alarms}"
        f" (and {flagged} more changes flagged only by an inconsistency)"
    )


if __name__ == "__main__":
    main()
