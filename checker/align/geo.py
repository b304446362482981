"""How two places relate: the same, one inside the other, or apart (``rules/places``)."""

from __future__ import annotations

from checker.rules import Rules
from checker.table_cache import load_or_build

UNLISTED = "?:"  # a place the gazetteer lacks, by its consonant skeleton (extract/places_unlisted)
_SAME_SKELETON = 80


_PREFIX_MIN = 4  # consonants of a skeleton that a longer name may open with


def same_unlisted(a: str, b: str) -> bool:
    """Two unlisted places that are one by their skeletons («خیمکی» and "Khimki"), or a name cut
    to its first word («محطة باهاناغا» against "Bahanaga Bazar station"): one skeleton opens the
    other, and is long enough to say so."""
    from rapidfuzz import fuzz

    x, y = sorted((a[len(UNLISTED) :], b[len(UNLISTED) :]), key=len)
    return fuzz.ratio(x, y) >= _SAME_SKELETON or (len(x) >= _PREFIX_MIN and y.startswith(x))


def maybe_same_unlisted(rules: Rules, a: str, b: str) -> bool:
    """Two unlisted places that may be one when each skeleton class may be read as its alternates
    («شيتوان» and "Chitwan": an Arabic ش for a ch, rules/transliteration.yaml). Looser than
    ``same_unlisted``: for asking whether a report names a place at all, never for equating two."""
    from checker.align.names import NameMatcher

    if same_unlisted(a, b):
        return True
    return NameMatcher.from_rules(rules).skeletons(a[len(UNLISTED) :], b[len(UNLISTED) :]) >= _SAME_SKELETON


def place_relation(rules: Rules, a: str, b: str) -> str:
    """``same``, ``compatible`` (one contains the other), ``disjoint`` or ``unknown``. A place the
    gazetteer lacks is the same as another by its skeleton, and otherwise unknown: nothing says
    what contains it."""
    if a == b:
        return "same"
    if a.startswith(UNLISTED) and b.startswith(UNLISTED):
        return "same" if same_unlisted(a, b) else "unknown"
    if a.startswith(UNLISTED) or b.startswith(UNLISTED):
        listed, unlisted = (b, a) if a.startswith(UNLISTED) else (a, b)
        if _spelled_as(rules, listed, unlisted):
            return "same"
        # «ولایت بادغیس», which the Persian names of the gazetteer lack, is Badghis province: what
        # holds it is known when the skeleton names listed places of the other place's country on
        # one line (a province and its capital), and no other there.
        known = {place_relation(rules, c, listed) for c in _spelled_by(rules, unlisted, listed)}
        if known == {"disjoint"}:
            return "disjoint"
        return "compatible" if known and known <= {"same", "compatible"} else "unknown"
    gaz = _gazetteer(rules)
    if gaz is None:
        return "unknown"
    if gaz.get(a) is None or gaz.get(b) is None:
        return "unknown"
    if gaz.compatible(a, b):
        return "compatible"
    return "disjoint" if gaz.disjoint(a, b) else "unknown"


def _spelled_as(rules: Rules, listed: str, unlisted: str) -> bool:
    """A listed place whose name has the unlisted one's skeleton: «كونشان», which the Arabic names
    of the gazetteer lack, is "Kunshan"."""
    gaz = _gazetteer(rules)
    if gaz is None or gaz.get(listed) is None:
        return False
    from checker.extract.places_unlisted import place_key

    key = place_key(gaz.display(listed), rules)
    # (a short skeleton must be the name's own: "Hilo" (hl) is not "Honolulu" (hnl))
    # (or the skeleton of one of its names in any language: «جنوى», which its Arabic names lack, has
    # that of «جنوة», Genoa (jn), not that of "Genoa" (gn))
    if min(len(key), len(unlisted)) - len(UNLISTED) < _PREFIX_MIN:
        return key == unlisted or listed in spelled_places(rules, unlisted)
    # (or one with the same skeleton once a class is read as its alternate: "Charlotte" (jrlt), a
    # French ch, is «شارلوت» (xrlt))
    return (
        same_unlisted(key, unlisted)
        or listed in spelled_places(rules, unlisted)
        or _alike_read(rules, key, unlisted)
    )


def _alike_read(rules: Rules, a: str, b: str) -> bool:
    from checker.align.names import matcher_of

    return matcher_of(rules).skeletons(a[len(UNLISTED) :], b[len(UNLISTED) :]) >= _ALIKE_READ


_ALIKE_READ = 100  # equal skeletons once an alternate class is read: no likeness short of that


def spelled_key(rules: Rules, place: str) -> str:
    """A place by its skeleton, listed or not: a listed place by its display name's skeleton when
    that is long enough to tell places apart ("New York City" and «نیویورک», which the gazetteer
    names us.new_york_city, are both ``nrkst``), else by its id."""
    gaz = _gazetteer(rules) if not place.startswith(UNLISTED) else None
    if gaz is None or gaz.get(place) is None:
        return place
    from checker.extract.places_unlisted import place_key

    key = place_key(gaz.display(place), rules)
    return key if len(key) - len(UNLISTED) >= _PREFIX_MIN else place


_SPELLED: dict[int, tuple[Rules, dict[str, tuple[str, ...]]]] = {}
_SPELLED_MAX = 3  # listed places one skeleton may name and still say what holds it


def spelled_places(rules: Rules, key: str) -> tuple[str, ...]:
    """The listed places (not countries) whose display name has exactly this skeleton."""
    hit = _SPELLED.get(id(rules))
    if hit is None or hit[0] is not rules:
        hit = (rules, load_or_build(rules, "", "spelled_places", lambda: _spelled_index(rules)))
        _SPELLED[id(rules)] = hit
    return hit[1].get(key, ())


def _spelled_index(rules: Rules) -> dict[str, tuple[str, ...]]:
    gaz = _gazetteer(rules)
    index: dict[str, list[str]] = {}
    if gaz is not None:
        from checker.extract.places_unlisted import place_key

        for pid in sorted(gaz.places):
            if gaz.kind(pid) != "country":
                index.setdefault(place_key(gaz.display(pid), rules), []).append(pid)
        # (and by its names in each language: «كرايستشيرش», which the Arabic names of the gazetteer
        # write «كرايستشرش», is Christchurch by the skeleton both have, not by the English one's)
        for lang in ("ar", "fa", "en"):
            data = rules.lang("places", lang)
            for section in ("hand", "names"):
                for pid, names in sorted((data.get(section) or {}).items()):
                    if pid in gaz.places and gaz.kind(pid) != "country":
                        for name in names:
                            entry = index.setdefault(place_key(name, rules), [])
                            if pid not in entry:
                                entry.append(pid)
    return {k: tuple(v) for k, v in index.items()}


def _spelled_by(rules: Rules, unlisted: str, near: str) -> tuple[str, ...]:
    """The listed places (not countries) of ``near``'s country whose display name has exactly this
    skeleton, when they lie on one line of containment (a province and the capital named after it;
    Mainz and Manaus are other countries')."""
    if len(unlisted) - len(UNLISTED) < _PREFIX_MIN:
        return ()  # (a short skeleton names too many places: "Hilo" (hl) is no Hialeah)
    spelled = spelled_places(rules, unlisted)
    gaz = _gazetteer(rules)
    if gaz is None:
        return ()
    country = gaz.country_of(near) if gaz.kind(near) != "country" else None  # (any name is in a country)
    found = tuple(p for p in spelled if country and gaz.country_of(p) == country)
    if not found or len(found) > _SPELLED_MAX:
        return ()
    return found if all(gaz.compatible(found[0], o) for o in found[1:]) else ()


def _gazetteer(rules: Rules):
    try:
        from checker.align import places
    except ImportError:
        return None
    return places.gazetteer(rules) if hasattr(places, "gazetteer") else None


def country_of(rules: Rules, place: str) -> str | None:
    """The ISO country of a place id (a country's own id is its code)."""
    gaz = _gazetteer(rules)
    if gaz is None or gaz.get(place) is None:
        return None
    return gaz.country_of(place)


def widen(rules: Rules, scope: frozenset[str]) -> frozenset[str]:
    """A scope with what holds its places: «ابوظبی» also speaks of the Emirates."""
    gaz = _gazetteer(rules)
    if gaz is None:
        return scope
    out = set(scope)
    for t in scope:
        if t.startswith("p:") and gaz.get(t[2:]) is not None:
            out.update(f"p:{a}" for a in gaz.ancestors(t[2:]))
            c = gaz.country_of(t[2:])
            if c:
                out.add(f"cc:{c}")
        elif t.startswith("cc:"):
            out.add(f"p:{t[3:]}")
    return frozenset(out)


def place_name(rules: Rules, place: str) -> str:
    """A place id as readers say it ("Lahore", "Kahramanmaraş Province"); a country by its name."""
    country = (rules.concepts("countries").get("countries") or {}).get(place) or {}
    if country.get("display"):
        return str(country["display"])  # the name the rest of the report uses ("Russia")
    g = _gazetteer(rules)
    return g.display(place) if g is not None and g.get(place) else place


def is_country(rules: Rules, place: str) -> bool:
    gaz = _gazetteer(rules)
    return gaz is not None and gaz.kind(place) == "country"
