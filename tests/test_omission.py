"""OM01: the omissions of one set of reports form one finding; a shared surname is not a mention.

The event is fixed by hand (every article reports it), so these tests do not depend on how the
event linker groups reports.
"""

from __future__ import annotations

from checker.align import build_context
from checker.findings import omission
from checker.model import Article, Event
from checker.pipeline import extract_article
from checker.rules import load_rules


def _run(texts: dict[str, tuple[str, str]]):
    rules = load_rules()
    xs = [
        extract_article(Article(id=aid, text=t, path=aid, language=lang, published="2025-03-01"), rules)
        for aid, (lang, t) in sorted(texts.items())
    ]
    ctx = build_context(xs, rules)
    ctx.events = [Event(id="ev", articles=tuple(sorted(texts)), date=None, place=None, participants=())]
    ctx.event_of = dict.fromkeys(texts, "ev")
    return omission.run(ctx)


LONG = (
    "en",
    "Foreign Minister Karim Nasser met Defence Minister Samir Haddad in Geneva. The talks were attended "
    "by Interior Minister Omar Khalil, Trade Minister Layla Mansour and Health Minister Yusuf Barakat.",
)
SHORT = ("en", "Foreign Minister Karim Nasser met Defence Minister Samir Haddad in Geneva on Monday.")


def test_one_finding_lists_every_name_left_out():
    found = _run({"a": LONG, "b": SHORT})
    assert len(found) == 1
    (f,) = found
    assert f.missing_in == ("b",)
    names = {v["display"] for v in f.values}
    assert names == {"Omar Khalil", "Layla Mansour", "Yusuf Barakat"}
    assert all(v["articles"] == ["a"] for v in f.values)
    for n in names:
        assert n in f.message and n in f.explanation


def test_finding_is_stable_under_article_order_and_ids():
    one = _run({"a": LONG, "b": SHORT})
    two = _run({"b": SHORT, "a": LONG})
    assert [(f.id, f.fingerprint, f.key) for f in one] == [(f.id, f.fingerprint, f.key) for f in two]


def test_two_directions_are_two_findings():
    other = ("en", SHORT[1] + " The talks were attended by Energy Minister Nadia Fares.")
    found = _run({"a": LONG, "b": other})
    assert sorted(f.missing_in for f in found) == [("a",), ("b",)]


def test_nothing_left_out_gives_no_finding():
    assert _run({"a": LONG, "b": ("en", LONG[1] + " More talks follow.")}) == []


def test_a_surname_mention_counts_as_named():
    # «Khalil said …» names Omar Khalil by his surname only: not an omission.
    other = ("en", SHORT[1] + " Khalil said the talks went well. Mansour and Barakat agreed.")
    assert _run({"a": LONG, "b": other}) == []


def test_shared_surname_of_another_person_is_not_a_mention_fa():
    # The other report names Maher al-Assad, not Bashar: Bashar is left out.
    # Two brothers: the other report names Mahdi Haddad, not Ali Haddad, so Ali is left out.
    a = ("fa", "علی حداد وزیر کشور و کریم ناصر وزیر نفت در این نشست حضور داشتند.")
    b = ("fa", "مهدی حداد وزیر نیرو و کریم ناصر وزیر نفت در این نشست حضور داشتند.")
    found = _run({"a": a, "b": b})
    left_out = {(v["display"], f.missing_in) for f in found for v in f.values}
    assert ("علی حداد", ("b",)) in left_out, left_out
    assert ("مهدی حداد", ("a",)) in left_out, left_out
    assert not any("ناصر" in d for d, _ in left_out)


def test_shared_surname_with_the_full_name_present_is_named_en():
    a = ("en", "The meeting was attended by Interior Minister Omar Khalil and Oil Minister Rami Khalil.")
    b = ("en", "The meeting was attended by Oil Minister Rami Khalil. Omar Khalil also spoke.")
    assert _run({"a": a, "b": b}) == []


def test_shared_surname_ar():
    a = ("ar", "وحضر اللقاء وزير الداخلية عمر خليل ووزير النفط رامي خليل.")
    b = ("ar", "وحضر اللقاء وزير النفط رامي خليل.")
    found = _run({"a": a, "b": b})
    assert [(f.missing_in, [v["display"] for v in f.values]) for f in found] == [(("b",), ["عمر خليل"])]
    # an Arabic name inside the English message keeps its order: direction isolates around it
    assert "\u2068عمر خليل\u2069" in found[0].message


def test_seeds_one_card_per_pair_of_reports():
    """Issue 7: the omissions of one pair of reports form one finding that lists the names."""
    from checker.pipeline import check
    from tests.helpers import SEEDS

    om = [f for f in check([SEEDS]).report["findings"] if f["code"] == "OM01"]
    by_missing = {tuple(f["missing_in"]): f for f in om}
    assert len(by_missing) == len(om)  # one card per set of reports that leave names out
    (s000,) = [a for a in ("000_9165c48caa1174e4",) if (a,) in by_missing]
    assert [v["display"] for v in by_missing[(s000,)]["values"]] == ["Hussein al-Salameh"]
    six = by_missing[("001_393da0c5ffcd2c4c",)]
    assert len(six["values"]) >= 2 and all(v["display"] in six["message"] for v in six["values"])
