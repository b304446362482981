"""Three new probe stories (a rate decision, an air crash, a sentencing), written by a helper that saw
no code and run once before any change, raised seven conflicts between reports that agree
(benchmarks/probes/README.md, session 55). Each reading that caused one, in our own words:

- "91 passengers and eight crew" is two counts, not one count of people joined by "and";
- «ظفر مسعود، رئيس بنك البنجاب، ومحمد زبير»: the role between commas is the name's before it, the
  name after ", and" is the list's next item;
- "asked the judge for a sentence of 40 to 50 years" is a sentence asked for;
- "a target range of 4.75% to 5.00%" is one range, the sign on each end ("rose 0.5% to 3.2%" is a
  change and a level, no range);
- «٤٫٤٪ بنهاية ٢٠٢٤ و٣٫٤٪ بنهاية ٢٠٢٥»: the years of a list of rates are no rates;
- "its highest level in 23 years" and "the first cut in more than four years" are two records;
- «نحو هدف 2%» is a target, «تقديراتهم» and «انتظارات» forecasts.
"""

from __future__ import annotations

from checker.pipeline import check
from tests.helpers import extraction_of, frames_of, md


def _numbers(x) -> list[tuple[str, str | None]]:
    return [(c.text, c.value.get("unit")) for c in x.claims if c.type == "number"]


def test_a_second_count_after_and_is_no_join(tmp_path):
    x = extraction_of(
        tmp_path, "a_en.txt", " date 2020-05-23\nThe plane was carrying 91 passengers and eight crew.\n"
    )
    assert _numbers(x) == [("91 passengers", "passenger"), ("eight crew", "crew")]
    # (a noun right after "and" still joins: the figure counts both)
    y = extraction_of(tmp_path, "b_en.txt", " date 2020-05-23\nThe deal freed 50 women and children.\n")
    assert _numbers(y) == [("50 women and children", "person")]


def test_a_role_between_commas_before_and_is_the_name_before(tmp_path):
    text = " date 2020-05-23\nومن بين الناجيين ظفر مسعود، رئيس بنك البنجاب، ومحمد زبير.\n"
    x = extraction_of(tmp_path, "a_ar.txt", text)
    assert [c.value["name"] for c in x.claims if c.type == "person_role"] == ["ظفر مسعود"]


def test_a_sentence_asked_of_the_judge_is_asked_for(tmp_path):
    text = " date 2024-03-28\nProsecutors had asked the judge for a sentence of 40 to 50 years.\n"
    [f] = [f for f in frames_of(tmp_path, "a_en.txt", text) if f.predicate == "sentence"]
    assert f.qualifiers.get("requested")


def test_a_range_with_a_sign_on_each_end(tmp_path):
    text = (
        " date 2024-09-18\nThe committee cut its rate to a target range of 4.75% to 5.00%. Exports rose"
        " 0.5% to 3.2% of output.\n"
    )
    x = extraction_of(tmp_path, "a_en.txt", text)
    values = [(c.text, c.value.get("hedge")) for c in x.claims if c.type == "number"]
    assert ("4.75% to 5.00%", "range") in values
    assert ("0.5%", None) in values and ("3.2%", None) in values


def test_the_years_of_a_list_of_rates_are_no_rates(tmp_path):
    text = " date 2024-09-18\nويبلغ متوسط تقديراتهم لسعر الفائدة ٤٫٤٪ بنهاية ٢٠٢٤ و٣٫٤٪ بنهاية ٢٠٢٥.\n"
    rates = [f.text for f in frames_of(tmp_path, "a_ar.txt", text) if f.predicate == "rate"]
    assert rates == ["٤٫٤٪", "٣٫٤٪"]


def test_two_records_of_two_superlatives_do_not_conflict(tmp_path):
    for name, body in (
        (
            "a_en.md",
            "The Federal Reserve made its first interest rate cut in more than four years on Wednesday.",
        ),
        ("b_en.md", "The Federal Reserve interest rate had stood at its highest level in 23 years."),
    ):
        (tmp_path / name).write_text(md("en", "2024-09-18", body), encoding="utf-8")
    assert not [f for f in check([tmp_path]).report["findings"] if f["type"] == "conflict"]


def test_targets_and_forecasts_in_arabic_and_persian(tmp_path):
    ar = " date 2024-09-18\nوقالت اللجنة إن التضخم يتجه نحو هدف 2%.\n"
    [f] = [f for f in frames_of(tmp_path, "a_ar.txt", ar) if f.predicate == "rate"]
    assert f.qualifiers.get("requested") == "target"
    fa = " date 2024-09-19\nمیانهٔ انتظارات برای نرخ بهره تا پایان سال ۲۰۲۴ به ۴٫۴ درصد می‌رسد.\n"
    [g] = [f for f in frames_of(tmp_path, "b_fa.txt", fa) if f.predicate == "rate"]
    assert g.qualifiers.get("requested") == "forecast"
