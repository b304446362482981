"""Tariffs and sanctions as occasions, the days measures take effect, and rates a change came to.

Articles written for these tests from real reporting, in our own words:
- the US steel and aluminum tariffs (25% and 10%) that President Trump imposed on Thursday 8 March
  2018 and that took effect on 23 March;
- Russia's central bank raising its key rate to 21% on Friday 25 October 2024, under Western
  sanctions since 2022;
- the Gaza ceasefire that took effect on Sunday 19 January 2025;
- the US duties of February 2025: 10% on Chinese goods from 4 February, raised to 20% on 4 March,
  and those on Canada and Mexico put off to 4 March.
"""

from __future__ import annotations

from tests.helpers import extraction_of, problems_of


def _md(published: str, body: str) -> str:
    return f"---\ntitle: t\npublished: {published}\nlanguage: en\n---\n{body}\n"


_STEEL = _md(
    "2018-03-09",
    "President Donald Trump on Thursday imposed tariffs of 25% on imported steel and 10% on aluminum,"
    " exempting Canada and Mexico. The tariffs take effect on March 23.",
)


def _main(x):
    [main] = [m for m in x.mentions if m.main]
    return main


def test_a_tariff_announcement_is_an_occasion_dated_by_its_announcement(tmp_path):
    x = extraction_of(tmp_path, "en.md", _STEEL)
    main = _main(x)
    assert (main.type, main.earliest, main.ahead) == ("measure", "2018-03-08", ())
    [effect] = [f for f in x.frames if f.text == "March 23"]
    assert effect.predicate == "took_effect"


def test_sanctions_named_in_passing_are_no_occasion(tmp_path):
    x = extraction_of(
        tmp_path,
        "en.md",
        _md(
            "2024-10-26",
            "Russia's central bank raised its key rate to 21% on Friday. The economy has been under"
            " Western sanctions since 2022.",
        ),
    )
    assert not [m for m in x.mentions if m.type == "measure"]


def test_the_day_a_truce_takes_effect_is_the_truces(tmp_path):
    x = extraction_of(
        tmp_path,
        "fa.txt",
        " date 2025-01-19\nآتش‌بس در غزه صبح روز یکشنبه ۳۰ دی به اجرا درآمد.\n",
    )
    assert (_main(x).type, _main(x).earliest) == ("ceasefire", "2025-01-19")


def test_a_second_day_joined_to_a_day_of_effect_takes_effect_too(tmp_path):
    x = extraction_of(
        tmp_path,
        "en.md",
        _md(
            "2025-02-02",
            "President Trump on Saturday ordered new tariffs. The duties on Chinese goods take effect on"
            " Feb. 4 and those on Canada and Mexico on March 4.",
        ),
    )
    assert [f.predicate for f in x.frames if f.text in ("Feb. 4", "March 4")] == [
        "took_effect",
        "took_effect",
    ]


def test_a_rate_a_later_report_says_was_raised_is_no_conflict(tmp_path):
    first = _md("2025-02-04", "A 10% tariff on Chinese imports took effect on Tuesday.")
    later = _md("2025-03-05", "President Trump on Tuesday raised the tariff on Chinese imports to 20%.")
    assert not problems_of(tmp_path, {"en_first.md": first, "en_later.md": later})


def test_a_figure_holds_in_the_year_of_its_own_phrase_not_in_a_laws(tmp_path):
    # (Washington's tariffs on Chinese goods of 2019, under the Trade Act of 1974, against a goods
    # deficit with China of about $419 billion in 2018)
    x = extraction_of(
        tmp_path,
        "en.md",
        _md(
            "2019-05-11",
            "Washington acted under Section 301 of the Trade Act of 1974, citing the $419 billion U.S."
            " goods deficit with China of 2018.",
        ),
    )
    [deficit] = [f for f in x.frames if f.predicate == "amount"]
    assert deficit.time["earliest"] == "2018-01-01"


def test_figures_hours_after_another_days_events_are_not_the_occasions(tmp_path):
    # (Brazil's Senate removing Dilma Rousseff on 31 August 2016, 61 votes to 20, after voting 55
    # to 22 on 12 May to suspend her and open her trial)
    text = (
        "مجلس سنای برزیل روز چهارشنبه با ۶۱ رأی موافق در برابر ۲۰ رأی مخالف، دیلما روسف را استیضاح و"
        " برکنار کرد. سنا روز ۲۳ اردیبهشت روند محاکمه او را آغاز کرده بود. سناتورها چند ساعت بعد با ۵۵"
        " رأی موافق او را تعلیق کردند."
    )
    x = extraction_of(tmp_path, "fa.txt", f" date 2016-09-01\n{text}\n")
    [suspension] = [f for f in x.frames if f.value.get("low") == 55]
    assert suspension.subject.get("mention") != _main(x).id
