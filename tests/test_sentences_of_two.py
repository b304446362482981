"""Two people sentenced in one month, each in a sentence of their own, and the date of a verdict
told in the clause after an arrest's: "arrested in September 2022 and sentenced last month".

The articles are short and written for these tests, after the reporting on the two Iranian
journalists sentenced in October 2023 (13 and 12 years)."""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check, extract_corpus
from checker.rules import load_rules

EN = """ date 2023-11-20
Niloofar Hamedi, 31, was arrested in September 2022 and sentenced last month to 13 years. Elaheh
Mohammadi, 36, was sentenced in October to 12 years. Both deny the charges.
"""
AR = """ date 2023-11-21
وكانت الصحفية نيلوفر حامدي (31 عاما) قد اعتُقلت في سبتمبر/أيلول 2022، وصدر بحقها الشهر الماضي حكم بالسجن 13 عاما، وتنفي التهم الموجهة إليها.
"""
FA = """ date 2023-11-20
نیلوفر حامدی، روزنامه‌نگار ۳۱ ساله که در شهریور ۱۴۰۱ بازداشت شده بود، مهر ماه امسال به ۱۳ سال زندان محکوم شد.
"""


def _write(tmp_path: Path, **texts: str) -> Path:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def _court(tmp_path: Path, name: str, text: str):
    [x], _ = extract_corpus([str(_write(tmp_path, **{name: text}) / f"{name}.txt")], rules=load_rules())
    return sorted((m for m in x.mentions if m.type == "court"), key=lambda m: m.start)


def test_the_verdict_takes_its_own_clauses_date_not_the_arrests(tmp_path):
    first, second = _court(tmp_path, "en", EN)
    assert (first.earliest, first.latest, first.ordinal) == ("2023-10-01", "2023-10-31", None)  # not "last"
    assert (second.earliest, second.latest) == ("2023-10-01", "2023-10-31")  # a mention of its own
    [ar] = _court(tmp_path, "ar", AR)
    assert (ar.earliest, ar.latest) == ("2023-10-01", "2023-10-31")  # «الشهر الماضي», not 2022


def _sentences(report: dict, code: str) -> list[dict]:
    return [f for f in report["findings"] if f["code"] == code and "sentence" in f["message"]]


def test_two_defendants_sentences_are_not_one_verdicts(tmp_path):
    report = check([str(_write(tmp_path, en=EN, ar=AR, fa=FA))]).report
    assert _sentences(report, "CF03") == []
    [agree] = [f for f in _sentences(report, "AG03") if "13 years" in f["message"]]
    assert {"en", "ar", "fa"} <= set(agree["message"].split(" in ")[-1].replace(",", " ").split())
