"""Shares of the vote per candidate: rules met on a fresh election story (Ghana, 7 December 2024:
John Mahama 56.55%, Mahamudu Bawumia 41.61%, turnout about 60.9%), written for these tests."""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check, extract_corpus

EN = (
    " date 2024-12-09\nACCRA, Dec 9 - Former president John Mahama won Ghana's presidential election with"
    " 56.55% of the vote, the Electoral Commission said on Monday.\n"
    "Vice President Mahamudu Bawumia, the ruling party's candidate, took {bawumia}%. Turnout was about 60.9%.\n"
)
FA = (
    " date 2024-12-09\nآکرا - به گزارش ایرنا، کمیسیون انتخابات غنا روز دوشنبه اعلام کرد جان ماهاما، "
    "رئیس‌جمهور پیشین، با کسب ۵۶.۵۵ درصد آرا در انتخابات ریاست‌جمهوری پیروز شد.\n"
    "محمودو باوومیا، معاون رئیس‌جمهور و نامزد حزب حاکم، ۴۱.۶۱ درصد آرا را به دست آورد. میزان مشارکت حدود"
    " ۶۰.۹ درصد بود.\n"
)
AR = (
    " date 2024-12-09\nأكرا - أعلنت لجنة الانتخابات في غانا، الاثنين، فوز الرئيس السابق جون ماهاما في"
    " الانتخابات الرئاسية بحصوله على 56.55 في المئة من الأصوات.\n"
    "وحصل نائب الرئيس محمودو باوميا، مرشح الحزب الحاكم، على 41.61 في المئة، فيما بلغت نسبة المشاركة نحو"
    " 60.9 في المئة.\n"
)


def _story(tmp_path: Path, bawumia: str = "41.61") -> list[str]:
    for name, text in (("en.txt", EN.format(bawumia=bawumia)), ("fa.txt", FA), ("ar.txt", AR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / n) for n in ("en.txt", "fa.txt", "ar.txt")]


def test_each_share_is_its_candidates_in_every_language(tmp_path):
    xs, _ = extract_corpus(_story(tmp_path))
    shares = {
        (x.article.id, f.value["low"]): f.qualifiers.get("candidate")
        for x in xs
        for f in x.frames
        if f.predicate == "votes"
    }
    assert all(shares.get((a, v)) for a in ("en", "fa", "ar") for v in (56.55, 41.61)), shares


def test_one_election_and_no_conflict_when_the_reports_agree(tmp_path):
    report = check(_story(tmp_path)).report
    assert [sorted(e["articles"]) for e in report["events"]] == [["ar", "en", "fa"]]
    assert [f for f in report["findings"] if f["type"] == "conflict"] == []


def test_a_changed_share_conflicts(tmp_path):
    report = check(_story(tmp_path, bawumia="46.61")).report
    quoted = {
        ev["text"]
        for f in report["findings"]
        if f["type"] == "conflict"
        for v in f["values"]
        for ev in v["evidence"]
    }
    assert "46.61%" in quoted


def test_a_word_of_a_long_country_name_may_be_a_given_name(tmp_path):
    # «جان» is a word of «اسوالبارد و جان ماین» (Svalbard and Jan Mayen), and John's name.
    (tmp_path / "fa.txt").write_text(
        " date 2024-12-09\nدیروز جان ماهاما، رئیس‌جمهور پیشین، گفت.\n", encoding="utf-8"
    )
    [x], _ = extract_corpus([str(tmp_path / "fa.txt")])
    assert [c.value["name"] for c in x.claims if c.type == "person_role"] == ["جان ماهاما"]


def test_an_incumbent_holds_the_office(tmp_path):
    text = (
        " date 2024-09-22\nكولومبو - حل الرئيس المنتهية ولايته رانيل ويكريمسينغه ثالثا بنسبة 17.27 بالمئة.\n"
    )
    (tmp_path / "ar.txt").write_text(text, encoding="utf-8")
    [x], _ = extract_corpus([str(tmp_path / "ar.txt")])
    [p] = [c for c in x.claims if c.type == "person_role"]
    assert p.value["name"] == "رانيل ويكريمسينغه" and p.value["role"] == "president"
    assert "incumbent" in p.value["modifiers"]


def test_the_ruling_party_is_no_ruling_of_a_court(tmp_path):
    (tmp_path / "en.txt").write_text(EN.format(bawumia="41.61"), encoding="utf-8")
    [x], _ = extract_corpus([str(tmp_path / "en.txt")])
    assert {m.type for m in x.mentions} == {"election"}


def test_a_figure_of_an_earlier_election_is_compared_only_with_that_election(tmp_path):
    # "down from 79% in 2020": the turnout of the previous vote, dated by its year, meets no
    # figure of this election, in this report or in the others. (It stays apart with or without
    # the earlier-time key of align/frames.py: the year already separates it.)
    paths = _story(tmp_path)
    en = EN.format(bawumia="41.61").replace("about 60.9%.", "about 60.9%, down from 79% in 2020.")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    [x], _ = extract_corpus([paths[0]])
    assert [f.predicate for f in x.frames if f.text.startswith("79")] == ["turnout"]
    assert [f for f in check(paths).report["findings"] if f["type"] in ("conflict", "inconsistency")] == []


RUNOFF = {
    "en.txt": (
        " date 2024-07-06\nTEHRAN - Masoud Pezeshkian won Iran's presidential runoff on Friday, July 5, with"
        " 16.4 million votes, the interior ministry said on Saturday. Turnout was {turnout} percent.\n"
    ),
    "fa.txt": (
        " date 2024-07-06\nتهران - به گزارش ایسنا، وزارت کشور روز شنبه اعلام کرد مسعود پزشکیان در دور دوم"
        " انتخابات ریاست جمهوری روز جمعه ۱۵ تیر با ۱۶.۴ میلیون رأی پیروز شد. میزان مشارکت ۴۹.۸ درصد بود.\n"
        "مشارکت در انتخابات قبلی ۴۸.۸ درصد بود.\n"
    ),
    "ar.txt": (
        " date 2024-07-06\nطهران - أعلنت وزارة الداخلية الإيرانية يوم السبت فوز مسعود بزشكيان في الجولة الثانية"
        " من الانتخابات الرئاسية التي جرت يوم الجمعة، بحصوله على 16.4 مليون صوت. وبلغت نسبة المشاركة 49.8"
        " في المئة، مقابل 48.8 في المئة في الانتخابات السابقة.\n"
    ),
}


def test_a_figure_before_another_is_not_the_previous_elections(tmp_path):
    # "49.8 percent, against 48.8 percent in the previous election": only the figure next to "the
    # previous election" is that election's; the first is this one's, and agrees with the others.
    def conflicts(turnout: str) -> list[dict]:
        for name, text in RUNOFF.items():
            (tmp_path / name).write_text(text.replace("{turnout}", turnout), encoding="utf-8")
        report = check([str(tmp_path / n) for n in RUNOFF]).report
        return [f for f in report["findings"] if f["type"] == "conflict"]

    assert conflicts("49.8") == []
    [found] = conflicts("52.3")
    assert {v["display"] for v in found["values"]} >= {"52.3 percent", "49.8 percent"}


def test_a_party_between_a_person_and_the_figure_owns_it(tmp_path):
    # Naidu is no person the article names with a role, so the nearest person is Modi, further
    # back; the party named between them and the figure is whose 16 seats they are.
    from tests.helpers import frames_of

    text = (
        " date 2024-06-05\nNEW DELHI - The Bharatiya Janata Party won 240 seats, leaving Prime Minister Narendra Modi dependent"
        " on allies such as Chandrababu Naidu's Telugu Desam Party, with 16 seats.\n"
    )
    seats = {
        f.text: f.qualifiers.get("candidate")
        for f in frames_of(tmp_path, "en.txt", text)
        if f.predicate == "seats"
    }
    assert seats["16 seats"] not in (None, "modi")
    assert seats["240 seats"] not in (None, "modi")  # the BJP before it, not Modi after it
