"""A headline states the news without its date: its figure holds when the body's newest figure of
that measure holds (extract/frames ``_headline_times``). Written for these tests from the reporting
of Pakistan's consumer prices for February 2024 (23.1% a year on, after 28.3% in January)."""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check, extract_corpus

FA = (
    " date 2024-03-02\nتورم پاکستان به {head} درصد کاهش یافت\n\n"
    "به گزارش ایرنا، نرخ تورم سالانه پاکستان در ماه فوریه به ۲۳.۱ درصد رسید. "
    "این رقم در ماه ژانویه ۲۸.۳ درصد بود.\n"
)
EN = (
    " date 2024-03-01\nISLAMABAD, March 1 - Pakistan's annual consumer price inflation eased to 23.1% in"
    " February from 28.3% in January, the statistics bureau said on Friday.\n"
)


def _write(tmp_path: Path, head: str) -> list[str]:
    (tmp_path / "fa.txt").write_text(FA.format(head=head), encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    return [str(tmp_path / "fa.txt"), str(tmp_path / "en.txt")]


def _conflicts(paths: list[str]) -> list[dict]:
    return [f for f in check(paths).report["findings"] if f["type"] == "conflict"]


def test_a_headline_figure_holds_for_the_newest_period_its_body_dates(tmp_path):
    paths = _write(tmp_path, "۲۳.۱")
    x = next(x for x in extract_corpus(paths)[0] if x.article.id == "fa")
    head = next(f for f in x.frames if f.text.startswith("۲۳.۱") and f.start < x.article.text.index("\n\n"))
    assert head.time and head.time["earliest"] == "2024-02-01" and head.time["headline"]
    assert _conflicts(paths) == []


def test_a_changed_headline_figure_conflicts_with_the_other_report(tmp_path):
    paths = _write(tmp_path, "۳۴.۷")
    found = _conflicts(paths)
    quoted = {ev["text"] for f in found for v in f["values"] for ev in v["evidence"]}
    assert any("۳۴.۷" in q for q in quoted), found


def test_an_undated_figure_in_the_body_is_the_news_and_keeps_the_headline_undated(tmp_path):
    text = (
        " date 2024-03-07\nEgypt's central bank raises its key rate by 600 basis points\n\n"
        "CAIRO - Egypt's central bank raised its key interest rates by 600 basis points on Wednesday,"
        " after a 200-basis-point increase on February 1.\n"
    )
    (tmp_path / "en.txt").write_text(text, encoding="utf-8")
    [x], _ = extract_corpus([str(tmp_path / "en.txt")])
    head = next(f for f in x.frames if f.start < text.index("\n\n") and "600" in f.text)
    assert head.time is None
