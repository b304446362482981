"""Generalization checks on stories the checker has never seen (tests/fixtures/unseen/).

Three stories, each covered by articles in two or three languages:

- quake/      an earthquake in north-western Iran (en Reuters, fa ISNA, ar undated): casualty counts
              with hedges, a Gregorian and a Jalali date, the Reuters → IRNA chain, ministers that
              are NOT in rules/people.yaml.
- cairo/      Jordan's foreign minister in Cairo (ar Al-Ahram, en AFP): Hijri + Gregorian date, an
              unknown deputy foreign minister, MENA / Al-Ahram / AFP.
- inflation/  Iran's central bank on inflation (fa Tasnim, ar): percentages, a Jalali year, ranges,
              a central bank governor who is NOT in rules/people.yaml.

Contradictions and meaning-preserving edits are applied to a copy of one article that is added to
its story (as in tests/test_heldout.py). Failures found when this file was written are marked
``xfail(strict=True)`` with the reason; see the QA report for details.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.pipeline import check, extract_corpus
from tests.helpers import new_problems

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
QUAKE, CAIRO, INFLATION = UNSEEN / "quake", UNSEEN / "cairo", UNSEEN / "inflation"

Q_EN, Q_FA, Q_AR = "a_en_reuters", "b_fa_isna", "c_ar_undated"
C_AR, C_EN = "a_ar_ahram", "b_en_afp"
I_FA, I_AR = "a_fa_tasnim", "b_ar_economy"

STORY_OF = {Q_EN: QUAKE, Q_FA: QUAKE, Q_AR: QUAKE, C_AR: CAIRO, C_EN: CAIRO, I_FA: INFLATION, I_AR: INFLATION}

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractions():
    xs, diags = extract_corpus([UNSEEN])
    assert not diags
    return {x.article.id: x for x in xs}


@pytest.fixture(scope="module")
def claims(extractions):
    return {aid: x.claims for aid, x in extractions.items()}


def test_all_articles_read(extractions):
    assert set(extractions) == set(STORY_OF)
    langs = {aid: x.article.language for aid, x in extractions.items()}
    assert langs == {Q_EN: "en", Q_FA: "fa", Q_AR: "ar", C_AR: "ar", C_EN: "en", I_FA: "fa", I_AR: "ar"}
    assert extractions[Q_AR].article.published is None
    assert extractions[Q_EN].article.published == "2025-11-13"


def test_every_claim_quotes_the_original_text(extractions):
    for x in extractions.values():
        for c in x.claims:
            assert x.article.text[c.start : c.end] == c.text, (x.article.id, c)


def _by_surface(claims, aid, ctype, surface):
    return [c for c in claims[aid] if c.type == ctype and c.text == surface]


@pytest.mark.parametrize(
    ("aid", "surface", "earliest", "latest"),
    [
        (Q_EN, "Wednesday, November 12, 2025", "2025-11-12", "2025-11-12"),
        (Q_EN, "December 2003", "2003-12-01", "2003-12-31"),
        (Q_FA, "۱۲ نوامبر ۲۰۲۵", "2025-11-12", "2025-11-12"),
        (Q_FA, "۵ دی ۱۳۸۲", "2003-12-26", "2003-12-26"),
        (Q_AR, "ديسمبر 2003", "2003-12-01", "2003-12-31"),
        (C_AR, "16 نوفمبر 2025", "2025-11-16", "2025-11-16"),
        (C_EN, "Sunday, November 16, 2025", "2025-11-16", "2025-11-16"),
        (C_EN, "1987", "1987-01-01", "1987-12-31"),
        (I_FA, "سال ۱۴۰۲", "2023-03-21", "2024-03-19"),
    ],
)
def test_dates_exact_surface(claims, aid, surface, earliest, latest):
    hits = _by_surface(claims, aid, "date", surface)
    assert hits, [c.text for c in claims[aid] if c.type == "date"]
    assert (hits[0].value["earliest"], hits[0].value["latest"]) == (earliest, latest)


@pytest.mark.parametrize(
    ("aid", "contains", "iso", "calendar", "weekday"),
    [
        (Q_FA, "چهارشنبه ۲۱ آبان ۱۴۰۴", "2025-11-12", "jalali", "wednesday"),
        (Q_AR, "الأربعاء 12 نوفمبر 2025", "2025-11-12", "gregorian", "wednesday"),
        (C_AR, "الأحد 25 جمادى الأولى 1447", "2025-11-16", "hijri", "sunday"),
        (I_FA, "چهارشنبه ۱۷ دی ۱۴۰۴", "2026-01-07", "jalali", "wednesday"),
    ],
)
def test_calendar_dates_with_weekday(claims, aid, contains, iso, calendar, weekday):
    hits = [c for c in claims[aid] if c.type == "date" and contains in c.text]
    assert hits
    v = hits[0].value
    assert (v["iso"], v["calendar"], v["weekday"], v["weekday_ok"]) == (iso, calendar, weekday, True)


def _number(claims, aid, surface):
    hits = _by_surface(claims, aid, "number", surface)
    assert hits, [c.text for c in claims[aid] if c.type == "number"]
    return hits[0].value


@pytest.mark.parametrize(
    ("aid", "surface", "low", "high", "low_inc"),
    [
        (Q_EN, "at least 120 people", 120, None, True),
        (Q_FA, "بیش از ۱۲۰ کشته", 120, None, False),
        (Q_AR, "120 قتيلا على الأقل", 120, None, True),
        (Q_FA, "حدود ۲۵۰۰ نفر", 2250, 2750, True),
        (Q_AR, "أكثر من 26 ألف شخص", 26000, None, False),
        (C_AR, "أكثر من 70 في المائة", 70, None, False),
        (I_FA, "بین ۵ تا ۷ درصد", 5, 7, True),
        (I_AR, "35 في المائة", 35, 35, True),
    ],
)
def test_hedged_numbers(claims, aid, surface, low, high, low_inc):
    v = _number(claims, aid, surface)
    assert (v["low"], v["high"], v["low_inclusive"]) == (low, high, low_inc)


def test_persian_death_toll_is_killed_not_wounded(claims):
    v = _number(claims, Q_FA, "بیش از ۱۲۰ نفر")
    assert v["unit"] == "killed"


def test_persian_next_year_is_jalali(claims):
    (c,) = [c for c in claims[I_FA] if c.type == "date" and c.text == "سال آینده"]
    assert (c.value["earliest"], c.value["latest"]) == ("2026-03-21", "2027-03-20")


def test_english_death_toll_counts_people(claims):
    v = _number(claims, Q_EN, "at least 120 people")
    assert v["unit"] in ("killed", "person")


def test_arabic_range_with_wa(claims):
    hits = [c for c in claims[I_AR] if c.type == "number" and c.text.startswith("بين 5 و7")]
    assert hits, [c.text for c in claims[I_AR] if c.type == "number"]
    v = hits[0].value
    assert (v["low"], v["high"], v["kind"]) == (5, 7, "percent")


def test_arabic_fi_al_miaa_is_not_the_number_100(claims):
    bad = [c.text for c in claims[I_AR] if c.type == "number" and c.value["value"] == 100]
    assert not bad


def test_english_dollar_sign_unit(claims):
    v = _number(claims, C_EN, "about $1.2 billion")
    assert (v["value"], v["unit"]) == (1_200_000_000, "dollar")


def test_arabic_dollar_amount(claims):
    v = _number(claims, C_AR, "نحو 1.2 مليار دولار")
    assert (v["value"], v["unit"], v["hedge"]) == (1_200_000_000, "dollar", "about")


def _roles(claims, aid):
    return {
        (c.value["name"], c.value["role"], c.value["country"]): c
        for c in claims[aid]
        if c.type == "person_role"
    }


@pytest.mark.parametrize(
    ("aid", "name", "role", "country"),
    [
        (Q_EN, "Eskandar Momeni", "interior_minister", "IR"),
        (Q_AR, "إسكندر مؤمني", "interior_minister", "IR"),
        (I_AR, "محمد رضا فرزين", "central_bank_governor", "IR"),
        (C_EN, "Badr Abdelatty", "foreign_minister", "EG"),
        (C_AR, "أيمن الصفدي", "foreign_minister", "JO"),
        # a hyphenated given name; the country is the one country the article names
        (Q_EN, "Mohammad-Reza Zafarghandi", "health_minister", "IR"),
        # a role with a place complement and an appositive name; "West Azerbaijan" is no country
        (Q_EN, "Reza Rahmani", "governor", "IR"),
        (Q_FA, "اسکندر مومنی", "interior_minister", "IR"),
        (I_FA, "محمدرضا فرزین", "central_bank_governor", "IR"),
        pytest.param(
            C_AR,
            "حسام الدين رضوان",
            "deputy_foreign_minister",
            "EG",
            marks=xfail(
                "ar «السفير حسام الدين رضوان نائب وزير الخارجية للشؤون العربية»: the role is found, but the"
                " country (Egypt: the host's deputy) needs world knowledge; the article names Egypt and Jordan"
            ),
        ),
    ],
)
def test_unknown_people_beside_a_role(claims, aid, name, role, country):
    roles = _roles(claims, aid)
    assert (name, role, country) in roles, sorted(k for k in roles)
    c = roles[(name, role, country)]
    assert name in c.text


@pytest.mark.parametrize(
    ("aid", "name", "role"),
    [
        (Q_FA, "محمدرضا ظفرقندی", "health_minister"),
        (Q_FA, "رضا رحمانی", "governor"),
        (I_FA, "محمدرضا فرزین", "central_bank_governor"),
        (C_AR, "حسام الدين رضوان", "deputy_foreign_minister"),
        (C_AR, "حسام الدين رضوان", "ambassador"),
    ],
)
def test_unknown_people_beside_a_role_any_country(claims, aid, name, role):
    assert any(n == name and r == role for n, r, _ in _roles(claims, aid))


def test_governor_has_the_province_as_scope(claims):
    (c,) = [c for c in claims[Q_EN] if c.type == "person_role" and c.value["role"] == "governor"]
    assert c.value["scope"] == {"kind": "place", "text": "West Azerbaijan", "place": "?:vstsrbjn"}
    assert c.value["country_source"] == "scope"


def test_no_person_from_words_after_a_colon(claims):
    names = {n for n, _, _ in _roles(claims, I_AR)}
    assert names == {"محمد رضا فرزين"}


def _chains(claims, aid):
    return {tuple(c.value["chain"]) for c in claims[aid] if c.type == "source"}


@pytest.mark.parametrize(
    ("aid", "chain"),
    [
        (Q_FA, ("isna", "irna")),
        (Q_AR, ("irna",)),
        (I_FA, ("tasnim",)),
        (I_AR, ("tasnim",)),
        (Q_EN, ("reuters", "irna")),
        (C_AR, ("al_ahram", "mena")),  # «ونقلت صحيفة الأهرام عن وكالة …»: «عن» links them
        # «Egypt's state news agency MENA said»: the bare acronym more often names the region, so
        # only "news agency MENA" is listed.
        (C_EN, ("mena",)),
    ],
)
def test_sources(claims, aid, chain):
    assert chain in _chains(claims, aid), _chains(claims, aid)


# --------------------------------------------------------------------------------------------
# Findings on the untouched stories
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report():
    return check([UNSEEN]).report


def _problems(report) -> set[tuple[str, str]]:
    return {(f["code"], f["key"]) for f in report["findings"] if f["type"] in ("conflict", "inconsistency")}


def _find(report, code, articles, value=None):
    return [
        f
        for f in report["findings"]
        if f["code"] == code
        and any(
            set(articles) <= set(v["articles"]) and (value is None or value in (v["value"], v["display"]))
            for v in f["values"]
        )
    ]


def test_clean_stories_have_no_conflicts(report):
    assert _problems(report) == set()


def test_cairo_is_one_event(report):
    assert any(sorted(e["articles"]) == [C_AR, C_EN] for e in report["events"])


def test_quake_is_one_event(report):
    assert any(sorted(e["articles"]) == sorted([Q_EN, Q_FA, Q_AR]) for e in report["events"])


@xfail("the fa and ar reports of one press conference by the central bank governor (same day) are two events")
def test_inflation_is_one_event(report):
    assert any(sorted(e["articles"]) == [I_FA, I_AR] for e in report["events"])


def test_undated_article_is_estimated_after_the_quake(report):
    (a,) = [a for a in report["articles"] if a["id"] == Q_AR]
    assert a["published"] is None and a["date_estimate"]["earliest"] >= "2025-11-12"


def test_cairo_agreements(report):
    assert _find(report, "AG01", [C_AR, C_EN], "badr_abdelatty")
    assert _find(report, "AG01", [C_AR, C_EN], "ayman_safadi")
    assert _find(report, "AG04", [C_AR, C_EN], "2025-11-16")


def test_cairo_deputy_left_out_of_the_english_report(report):
    hits = [f for f in report["findings"] if f["code"] == "OM01" and f["missing_in"] == [C_EN]]
    assert hits and hits[0]["values"][0]["articles"] == [C_AR]


def test_quake_interior_minister_agrees_across_scripts(report):
    assert any(
        f["code"] == "AG01"
        and f["key"] == "office:IR:interior_minister"
        and {Q_EN, Q_AR} <= {a for v in f["values"] for a in v["articles"]}
        for f in report["findings"]
    )


def test_quake_death_toll_agreement(report):
    assert [
        f
        for f in report["findings"]
        if f["code"] == "AG03" and {Q_FA, Q_AR} <= {a for v in f["values"] for a in v["articles"]}
    ]


def test_quake_bam_2003_agreement(report):
    assert [
        f
        for f in report["findings"]
        if f["code"] == "AG02" and {Q_EN, Q_FA} <= {a for v in f["values"] for a in v["articles"]}
    ]


def test_inflation_35_percent_agreement(report):
    assert [
        f
        for f in report["findings"]
        if f["code"] == "AG03" and {I_FA, I_AR} <= {a for v in f["values"] for a in v["articles"]}
    ]


# --------------------------------------------------------------------------------------------
# Injected contradictions and meaning-preserving edits
#
# Two modes. "copy": the edited article is added beside its original (as in test_heldout), so the
# original, in the same language, can witness the contradiction. "replace": the edited article
# takes the original's place, so only the reports in the OTHER languages can witness it.
# --------------------------------------------------------------------------------------------


def _corpus(tmp_path: Path, aid: str, edit, mode: str = "copy", same_ok: bool = False) -> Path:
    story = STORY_OF[aid]
    d = tmp_path / story.name
    shutil.copytree(story, d)
    text = (story / f"{aid}.txt").read_text(encoding="utf-8")
    new = edit(text)
    assert same_ok or new != text, "the edit must change the text"
    if mode == "replace":
        (d / f"{aid}.txt").unlink()
    (d / f"zz_{aid}_edited.txt").write_text(new, encoding="utf-8")
    return d


def _edited_problems(report, aid) -> list[dict]:
    return [
        f
        for f in report["findings"]
        if f["type"] in ("conflict", "inconsistency")
        and f["severity"] in ("error", "warning")
        and any(f"zz_{aid}_edited" in v["articles"] for v in f["values"])
    ]


def _evidence(f) -> set[str]:
    return {e["text"] for v in f["values"] for e in v["evidence"]}


def _replace_all(*pairs):
    def edit(t: str) -> str:
        for old, new in pairs:
            assert old in t, old
            t = t.replace(old, new)
        return t

    return edit


# (name, article, edit, expected code, modes, quotes that must NOT be in the finding: unrelated facts)
CONTRADICTIONS = [
    (
        "quake: exact 95 killed against at least 120 (en)",
        Q_EN,
        _replace_all(
            ("kills at least 120", "kills 95"), ("killing at least 120 people", "killing 95 people")
        ),
        "CF03",
        ("copy", "replace"),
        ("more than 26,000 people", "about 2,500 people", "أكثر من 26 ألف شخص", "نحو 2500 شخص"),
    ),
    (
        "quake: exact 90 killed against more than 120 (fa)",
        Q_FA,
        _replace_all(("بیش از ۱۲۰", "۹۰")),
        "CF03",
        ("copy", "replace"),
        ("بیش از ۲۶ هزار کشته", "بیش از ۸۰۰ نفر", "أكثر من 26 ألف شخص", "more than 26,000 people"),
    ),
    (
        "quake: weekday does not fit (en)",
        Q_EN,
        _replace_all(("Wednesday, November 12", "Tuesday, November 12")),
        "IN01",
        ("replace",),
        (),
    ),
    (
        "quake: Jalali and Gregorian side by side differ (fa)",
        Q_FA,
        _replace_all(("(۱۲ نوامبر ۲۰۲۵)", "(۱۴ نوامبر ۲۰۲۵)")),
        "IN02",
        ("replace",),
        (),
    ),
    (
        "quake: Bam dated a year later (fa)",
        Q_FA,
        _replace_all(("۵ دی ۱۳۸۲", "۵ دی ۱۳۸۳")),
        "CF02",
        ("copy", "replace"),
        (),
    ),
    (
        "quake: Bam dated a year later (en)",
        Q_EN,
        _replace_all(("December 2003", "December 2004")),
        "CF02",
        ("copy", "replace"),
        (),
    ),
    (
        "quake: another interior minister (en)",
        Q_EN,
        _replace_all(("Eskandar Momeni", "Ahmad Vahidi"), ("Momeni told", "Vahidi told")),
        "CF01",
        ("copy", "replace"),
        (),
    ),
    (
        "quake: another interior minister (fa)",
        Q_FA,
        _replace_all(("اسکندر مومنی", "احمد وحیدی")),
        "CF01",
        ("copy", "replace"),
        (),
    ),
    (
        "quake: quake dated two days earlier (fa)",
        Q_FA,
        _replace_all(("چهارشنبه ۲۱ آبان ۱۴۰۴ (۱۲ نوامبر ۲۰۲۵)", "دوشنبه ۱۹ آبان ۱۴۰۴ (۱۰ نوامبر ۲۰۲۵)")),
        "CF04",
        ("copy", "replace"),
        (),
    ),
    (
        "cairo: Shoukry instead of Abdelatty (en)",
        C_EN,
        _replace_all(("Badr Abdelatty", "Sameh Shoukry"), ("Abdelatty reiterated", "Shoukry reiterated")),
        "CF01",
        ("copy", "replace"),
        (),
    ),
    (
        "cairo: Hijri and Gregorian side by side differ (ar)",
        C_AR,
        _replace_all(("الأحد 25 جمادى الأولى", "الأحد 27 جمادى الأولى")),
        "IN02",
        ("replace",),
        (),
    ),
    (
        "cairo: meeting dated five days earlier (en)",
        C_EN,
        _replace_all(("Sunday, November 16, 2025", "Tuesday, November 11, 2025")),
        "CF04",
        ("copy", "replace"),
        (),
    ),
    (
        "cairo: committee founded in another year (en)",
        C_EN,
        _replace_all(("set up in 1987", "set up in 1992")),
        "CF02",
        ("copy", "replace"),
        ("next year", "العام المقبل"),
    ),
    (
        "cairo: trade figure incompatible (en)",
        C_EN,
        _replace_all(("about $1.2 billion", "about $3 billion")),
        "CF03",
        ("copy", "replace"),
        (),
    ),
    (
        "inflation: another central bank governor (ar)",
        I_AR,
        _replace_all(("محمد رضا فرزين", "علي صالح آبادي"), ("وأضاف فرزين", "وأضاف صالح آبادي")),
        "CF01",
        ("copy", "replace"),
        (),
    ),
    (
        "inflation: 42 percent against 35 percent (ar)",
        I_AR,
        _replace_all(("35 في المائة", "42 في المائة")),
        "CF03",
        ("copy", "replace"),
        (),
    ),
    (
        "inflation: growth range 9-10 against 5-7 (fa)",
        I_FA,
        _replace_all(("بین ۵ تا ۷ درصد", "بین ۹ تا ۱۰ درصد")),
        "CF03",
        ("copy", "replace"),
        (),
    ),
]

CONTRADICTION_XFAIL: dict[str, str] = {}


def _contradiction_params():
    out = []
    for name, aid, edit, code, modes, unrelated in CONTRADICTIONS:
        for mode in modes:
            tid = f"{mode}: {name}"
            marks = [xfail(CONTRADICTION_XFAIL[tid])] if tid in CONTRADICTION_XFAIL else []
            out.append(pytest.param(name, aid, edit, code, mode, unrelated, id=tid, marks=marks))
    return out


@pytest.mark.parametrize(("name", "aid", "edit", "code", "mode", "unrelated"), _contradiction_params())
def test_injected_contradiction_is_caught(tmp_path, name, aid, edit, code, mode, unrelated):
    report = check([_corpus(tmp_path, aid, edit, mode)]).report
    found = _edited_problems(report, aid)
    shown = [(f["code"], f["key"], sorted(_evidence(f))) for f in found]
    hits = [f for f in found if f["code"] == code]
    if code.startswith("CF"):  # a conflict needs a witness in another article than the edited one
        hits = [f for f in hits if any(a != f"zz_{aid}_edited" for v in f["values"] for a in v["articles"])]
    assert hits, (name, shown)
    # the conflict must be about the edited fact, not a bucket of unrelated numbers or dates
    assert any(not (_evidence(f) & set(unrelated)) for f in hits), (name, shown)


@pytest.fixture(scope="module")
def baselines():
    return {story: check([story]).report for story in (QUAKE, CAIRO, INFLATION)}


DUPLICATE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    "aid",
    [pytest.param(a, marks=[xfail(DUPLICATE_XFAIL[a])] if a in DUPLICATE_XFAIL else []) for a in STORY_OF],
)
def test_exact_duplicate_raises_no_conflict(tmp_path, baselines, aid):
    """Two outlets running the same wire copy word for word must not contradict each other."""
    report = check([_corpus(tmp_path, aid, lambda t: t, "copy", same_ok=True)]).report
    found = new_problems(report, baselines[STORY_OF[aid]], f"zz_{aid}_edited")
    assert not found, [(f["code"], f["key"], sorted(_evidence(f))) for f in found]


MEANING_KEPT = [
    ("quake: Persian digits to Latin (fa)", Q_FA, lambda t: t.translate(LATIN_DIGITS)),
    ("quake: Latin digits to Arabic-Indic (ar)", Q_AR, lambda t: t.translate(ARABIC_DIGITS)),
    ("quake: ZWNJ dropped (fa)", Q_FA, lambda t: t.replace("\u200c", "")),
    (
        "quake: 'more than 120' for 'at least 120' (en)",
        Q_EN,
        _replace_all(
            ("kills at least 120", "kills more than 120"),
            ("killing at least 120 people", "killing more than 120 people"),
        ),
    ),
    (
        "quake: 'about 130 killed' for 'more than 120 killed' (fa)",
        Q_FA,
        _replace_all(("بیش از ۱۲۰ نفر کشته", "حدود ۱۳۰ نفر کشته")),
    ),
    (
        "quake: date as '12 November 2025' (en)",
        Q_EN,
        _replace_all(("Wednesday, November 12, 2025", "Wednesday, 12 November 2025")),
    ),
    ("cairo: Arabic-Indic digits (ar)", C_AR, lambda t: t.translate(ARABIC_DIGITS)),
    # (a country whose month began a day later: the same Sunday is its 24th)
    ("cairo: Hijri day one off (ar)", C_AR, _replace_all(("الأحد 25 جمادى الأولى", "الأحد 24 جمادى الأولى"))),
    ("cairo: alias 'Badr Abdel Aty' (en)", C_EN, _replace_all(("Badr Abdelatty", "Badr Abdel Aty"))),
    ("inflation: Latin digits (fa)", I_FA, lambda t: t.translate(LATIN_DIGITS)),
    ("inflation: '35%' for '35 في المائة' (ar)", I_AR, _replace_all(("35 في المائة", "35%"))),
    (
        "inflation: 'about 6 percent' inside the 5-7 range (fa)",
        I_FA,
        _replace_all(("بین ۵ تا ۷ درصد", "حدود ۶ درصد")),
    ),
]

MEANING_XFAIL: dict[str, str] = {}


def _meaning_params():
    out = []
    for name, aid, edit in MEANING_KEPT:
        for mode in ("copy", "replace"):
            tid = f"{mode}: {name}"
            marks = [xfail(MEANING_XFAIL[tid])] if tid in MEANING_XFAIL else []
            out.append(pytest.param(name, aid, edit, mode, id=tid, marks=marks))
    return out


@pytest.mark.parametrize(("name", "aid", "edit", "mode"), _meaning_params())
def test_meaning_preserving_edit_raises_no_new_conflict(tmp_path, baselines, name, aid, edit, mode):
    report = check([_corpus(tmp_path, aid, edit, mode)]).report
    found = new_problems(report, baselines[STORY_OF[aid]], f"zz_{aid}_edited")
    assert not found, (name, [(f["code"], f["key"], sorted(_evidence(f))) for f in found])
