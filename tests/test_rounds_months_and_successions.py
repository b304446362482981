"""Session 68, probe batches 22 and 23 (twelve stories written by helpers that saw no code, scored
unseen: 88/207 and 104/247 caught, 10 and 14 false conflicts; eight stories tuned on, four kept
out). The general readings:

- a family name written first ("Yoon Suk Yeol", then "Yoon, 64,") is what the report calls him;
- an ordinal («چهاردهمین») or a predicate's word («ناکام مانده») after a role names no one;
- "with the start of the pandemic" («مع بداية») says when, it starts nothing;
- two parallel histories that each add a date of their own at different places conflict on none;
- a figure's clause that names two measured families measures the one named nearest before it
  («التضخم البريطاني يرتفع إلى ٢٫٢٪ بعد أول خفض للفائدة»); services prices and poverty are
  families of their own; a year's rate is no month's; an undated report's «في يوليو» is July's;
- a place after another occasion's word, where someone is held ("held in Iran"), or a capital that
  reacts ("Tehran has called …") is no place of the report's occasion; a storm's track names
  several countries;
- «الفحم» is coal; the ezafe's «ی» after a name ending in a vowel («استان زامبزیای») is the name's;
- a relative day right beside an occasion's word is its day ("a court on Tuesday upheld");
- "earlier this month" sets an occasion apart, and so does a later meeting sentence that names
  only people the lead's meeting words do not;
- "the first round of … talks" is no election's round;
- a holder every report names beside another holder of the office is a predecessor;
- "737-800" is a model, however often written;
- a figure one report tells beside another is told with its loose equal in another report;
- (the kept-out stories, once scored) a child's age is no adult's; a place after an apart cue is
  the other occasion's; what a request lists it asks for; a poll's shares are estimates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.pipeline import check
from tests.helpers import conflicts_of, findings_of, frames_of, md, md_extraction, roles_of


def _txt(date: str, body: str) -> str:
    return f" date {date}\n{body}\n"


def _rate_tokens(folder, lang: str, published: str, body: str) -> set[str]:
    """The subject tokens of the one rate frame of an article."""
    [rate] = [f for f in frames_of(folder, f"{lang}.md", md(lang, published, body)) if f.predicate == "rate"]
    return set(rate.subject["tokens"])


def _coded(folder, code: str, **articles: tuple[str, str]) -> list[dict]:
    """The findings coded ``code`` of a story of .txt articles, ``name=(published, body)``."""
    texts = {f"{name}.txt": _txt(*dated) for name, dated in articles.items()}
    return [f for f in findings_of(folder, texts) if f["code"] == code]


def _no_conflict(folder, code: str, **articles: tuple[str, str]) -> None:
    """A story of .txt articles (``name=(published, body)``) raises no finding coded ``code``."""
    found = _coded(folder, code, **articles)
    assert not found, [f["message"] for f in found]


def _none_coded(found: list[dict], code: str) -> None:
    assert not [f for f in found if f["code"] == code], [f["message"] for f in found]


def test_a_family_name_written_first_keys_an_age(tmp_path):
    """ "Yoon Suk Yeol" then "Yoon, 64,": the age is Yoon's, as «یون ۶۴ ساله» is."""
    fs = frames_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2025-01-15",
            "Investigators detained President Yoon Suk Yeol on Wednesday. Yoon, 64, is a former prosecutor.",
        ),
    )
    [age] = [f for f in fs if f.predicate == "age"]
    assert "n:yoon" in age.subject["tokens"]


def test_an_ordinal_before_a_role_names_no_one(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "جوزف عون فرمانده ارتش بود. او چهاردهمین رئیس‌جمهور لبنان است. مجلس پیش از این ۱۲ بار در انتخاب"
        " رئیس‌جمهور ناکام مانده بود.",
        "2025-01-10",
    )
    names = [n for n, role in roles_of(x) if role == "president"]
    assert not any("چهاردهمین" in n or "ناکام" in n for n in names), names


def test_the_start_of_another_thing_starts_nothing(tmp_path):
    """«قد جرى في مارس ٢٠٢٠ مع بداية جائحة كوفيد»: the date of a cut, not a founding."""
    fs = frames_of(
        tmp_path,
        "ar.md",
        md(
            "ar",
            "2024-08-15",
            "وكان آخر خفض للفائدة في بريطانيا قد جرى في مارس ٢٠٢٠ مع بداية جائحة كوفيد-١٩.",
        ),
    )
    assert not [f for f in fs if f.predicate == "founded"]


_PROBES = Path(__file__).parent.parent / "benchmarks" / "probes"


@pytest.mark.parametrize(
    ("story", "code"),
    [
        # «آخر خفض … في مارس ٢٠٢٠ … بدءاً من ديسمبر ٢٠٢١» and «از دسامبر ۲۰۲۱ تا اوت ۲۰۲۳» each add a
        # date to a shared history, at a different place among the dates they share
        ("boe_first_cut_2024", "CF02"),
        # a year's rate (211.4% in 2023) is no month's (12.8% in November)
        ("argentina_inflation_2023", "CF03"),
        # "Tehran has called the case politically motivated", «بازداشت یوهان فلودروس … در ایران»
        ("hamid_nouri_appeal_2023", "CF05"),
        # «در استان زامبزیای موزامبیک به خشکی رسید و … به سوی مالاوی حرکت کرد»: a storm's track
        ("cyclone_freddy_malawi_2023", "CF05"),
        # "The attack came almost exactly eight years after Anis Amri drove a truck into a Christmas
        # market at Berlin's Breitscheidplatz"; «یک کودک ۹ ساله» against the suspect's 50
        ("magdeburg_market_attack_2024", "CF05"),
        ("magdeburg_market_attack_2024", "CF03"),
        # «در دور دوم انتخابات ۲۰۱۹ … مشارکت حدود ۵۵ درصد بود» is the 2019 runoff's, and «نرخ مشارکت
        # به‌طور مقدماتی ۲۷.۷ درصد» a first figure the final 28.8% revises (batch 24, session 68)
        ("tunisia_election_2024", "CF03"),
        # (a guard: «در انتخابات ۲۰۱۹ صاحب ۳۸ کرسی» names the election, no dated fact to meet a founding)
        ("botswana_election_2024", "CF02"),
        # (a guard: «سرخیو ماسا، وزیر اقتصاد دولت پیشین» calls him former, which tells the succession
        # the English report tells beside Caputo)
        ("argentina_inflation_2023", "CF01"),
    ],
)
def test_the_stories_as_written(story, code):
    """Stories of batches 22 and 23 as their writers wrote them (benchmarks/probes): their reports
    agree, and these conflicts were false."""
    found = [f for f in check([str(_PROBES / story)]).report["findings"] if f["code"] == code]
    assert not found, [f["message"] for f in found]


def test_a_figure_measures_the_family_named_before_it(tmp_path):
    tokens = _rate_tokens(
        tmp_path, "ar", "2024-08-15", "التضخم البريطاني يرتفع إلى ٢٫٢٪ بعد أول خفض للفائدة منذ ٢٠٢٠."
    )
    assert "c:inflation" in tokens and "c:interest" not in tokens


def test_a_share_price_is_one_phrase(tmp_path):
    """«حدود ۴۰ درصد بیشتر از قیمت پایانی سهام»: the shares' closing price, both words kept."""
    tokens = _rate_tokens(
        tmp_path,
        "fa",
        "2023-12-19",
        "نیپون استیل برای هر سهم ۵۵ دلار می‌پردازد که حدود ۴۰ درصد بیشتر از قیمت پایانی سهام این شرکت"
        " در روز جمعه است.",
    )
    assert {"c:price", "c:shares"} <= tokens


def test_services_inflation_and_an_undated_reports_month(tmp_path):
    """Services prices are a measure of their own, and «في يوليو» of an undated report is July's:
    July's 5.2% is no conflict with June's 5.7%, nor with headline inflation."""
    ar = (
        "التضخم البريطاني يرتفع\n"
        "ارتفع معدل التضخم السنوي في المملكة المتحدة إلى ٢٫٢ في المئة في يوليو. وتراجع تضخم قطاع الخدمات إلى"
        " ٥٫٢ في المئة في يوليو من ٥٫٧ في المئة في يونيو.\n"
    )
    en = _txt(
        "2024-08-01",
        "The Bank of England cut rates to 5%. Consumer price inflation was 2% in June, while services"
        " inflation stood at 5.7% in June.",
    )
    fa = _txt("2024-08-02", "تورم بخش خدمات در ژوئن همچنان ۵.۷ درصد بود و تورم سالانه به ۲ درصد رسید.")
    found = conflicts_of(tmp_path, {"ar_a.txt": ar, "en_b.txt": en, "fa_c.txt": fa})
    _none_coded(found, "CF03")
    fs = frames_of(tmp_path, "ar_x.txt", ar)
    assert {f.value["low"]: f.qualifiers.get("month") for f in fs if f.predicate == "rate"}.get(5.7) == 6


def test_poverty_is_no_inflation(tmp_path):
    tokens = _rate_tokens(
        tmp_path,
        "en",
        "2024-01-12",
        "Around 40% of Argentines were living in poverty in the first half of 2023.",
    )
    assert "c:poverty" in tokens and "c:price" not in tokens


def _main(x):
    [m] = [m for m in x.mentions if m.main]
    return m


def test_a_relative_day_beside_the_occasion_is_its_day(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "STOCKHOLM — A Swedish appeals court on Tuesday upheld the life sentence handed to Hamid Nouri, a"
        " former prison official convicted over the execution of prisoners in Iran in 1988.",
        "2023-12-19",
    )
    assert _main(x).earliest == "2023-12-19"


def test_an_occasion_earlier_this_month_is_apart(tmp_path):
    x = md_extraction(
        tmp_path,
        "en",
        "A Swedish appeals court on Tuesday upheld the life sentence of Hamid Nouri. The ruling comes as"
        " relations remain strained: earlier this month a court in Tehran began trying a Swedish diplomat.",
        "2023-12-19",
    )
    assert "ir.tehran" not in _main(x).places


def test_coal_names_no_town(tmp_path):
    x = md_extraction(tmp_path, "ar", "وقع الانفجار في منجم الفحم في إقليم خراسان الجنوبية.", "2024-09-22")
    assert not [c for c in x.claims if c.type == "place" and "الفحم" in c.text]


def test_the_ezafe_after_a_vowel_is_part_of_the_name(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "توفان روز شنبه در استان زامبزیای موزامبیک به خشکی رسید. سیل در آمریکای لاتین هم آمد.",
        "2023-03-14",
    )
    places = {c.value["place"] for c in x.claims if c.type == "place"}
    assert "MZ-Q" in places and "US" not in places


def test_a_predecessor_every_report_names_beside_the_holder(tmp_path):
    en = _txt(
        "2024-01-12",
        "Milei beat Argentine economy minister Sergio Massa in a runoff on Nov. 19. Argentina's Economy"
        " Minister Luis Caputo announced a devaluation.",
    )
    fa = _txt(
        "2024-01-12",
        "میلی در دور دوم انتخابات بر سرخیو ماسا، وزیر اقتصاد آرژانتین، پیروز شد. لوئیس کاپوتو، وزیر اقتصاد"
        " آرژانتین، از کاهش ارزش پزو خبر داد.",
    )
    ar = _txt("2024-01-12", "وقال وزير الاقتصاد الأرجنتيني لويس كابوتو إن الحكومة ستخفض الإنفاق.")
    found = conflicts_of(tmp_path, {"en_a.txt": en, "fa_d.txt": fa, "ar_b.txt": ar})
    _none_coded(found, "CF01")
    # (one report that names another holder beside him may have changed one of its mentions)
    d = tmp_path / "one"
    d.mkdir()
    found = conflicts_of(d, {"en_a.txt": en, "ar_b.txt": ar})
    assert [f for f in found if f["code"] == "CF01"]
    # (but a report that names the other alone still conflicts)
    ar2 = _txt("2024-01-12", "وقال وزير الاقتصاد الأرجنتيني سيرخيو ماسا إن الحكومة ستخفض الإنفاق.")
    d = tmp_path / "two"
    d.mkdir()
    found = conflicts_of(d, {"ar_c.txt": ar2, "ar_b.txt": ar})
    assert [f for f in found if f["code"] == "CF01"]


def test_a_model_written_again_and_a_pair_no_range_is_written_as(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "عثر على الصندوق الأسود لطائرة من طراز بوينغ 737-800. وعلقت الشركة رحلات طائرات 737-800 البالغ"
        " عددها 223 طائرة.",
        "2022-03-27",
    )
    assert not [c for c in x.claims if c.type == "number" and "737" in c.text]
    y = md_extraction(
        tmp_path / "..",
        "en",
        "It returned its fleet of 737-800 jets, and 125-150 rescuers came.",
        "2022-04-20",
    )
    got = [c.text for c in y.claims if c.type == "number"]
    assert not any("737" in t for t in got) and any("125" in t for t in got)


def test_a_value_told_loosely_is_told_with_its_neighbour(tmp_path):
    en = _txt(
        "2022-03-21",
        "The Boeing 737-800 crashed in Guangxi on Monday. The jet was cruising at 29,100 feet when it went"
        " into a dive, dropping to 9,075 feet in two minutes.",
    )
    fa = _txt(
        "2022-03-21",
        "هواپیمای بوئینگ ۷۳۷ روز دوشنبه در گوانگشی سقوط کرد. هواپیما در ارتفاع حدود ۸۹۰۰ متری در حال پرواز بود.",
    )
    found = conflicts_of(tmp_path, {"en_a.txt": en, "fa_b.txt": fa})
    assert not [f for f in found if "height" in f.get("key", "")], [f["message"] for f in found]


def test_a_round_of_talks_is_no_election(tmp_path):
    x = md_extraction(
        tmp_path,
        "ar",
        "استضافت سلطنة عمان، السبت، الجولة الأولى من المحادثات غير المباشرة بين إيران والولايات المتحدة.",
        "2025-04-12",
    )
    assert _main(x).type == "meeting" and _main(x).earliest == "2025-04-12"


# The four stories kept out of the tuning above, once scored (Magdeburg 2, Xi in Riyadh 1, Le Pen 1,
# Tunisia 3 false conflicts, as unseen), and the readings they then showed.


def test_a_childs_age_is_no_adults(tmp_path):
    """«یک کودک ۹ ساله» among the dead is not the suspect «يبلغ من العمر ٥٠ عاماً»."""
    _no_conflict(
        tmp_path,
        "CF03",
        fa_a=("2024-12-21", "هازلوف گفت یک کودک ۹ ساله و چهار زن بزرگسال در میان کشته‌شدگان هستند."),
        ar_b=("2024-12-22", "والمشتبه به طبيب نفسي يبلغ من العمر ٥٠ عاماً ويقيم في ماغدبورغ."),
    )
    fs = frames_of(
        tmp_path, "en.md", md("en", "2024-12-20", "A 9-year-old child was among the dead on Friday.")
    )
    assert [f.qualifiers.get("population") for f in fs if f.predicate == "age"] == ["child"]


def test_what_a_request_lists_it_asks_for(tmp_path):
    fs = frames_of(
        tmp_path,
        "en.md",
        md(
            "en",
            "2025-04-01",
            "Prosecutors had sought a five-year prison term, three of them suspended, and a 300,000-euro fine."
            " The judge gave him 4 years and a fine of 100,000 euros.",
        ),
    )
    asked = {
        f.value["low"]: f.qualifiers.get("requested") for f in fs if f.predicate in ("amount", "sentence")
    }
    assert asked[300000] == "prosecution" and asked[100000] is None


def test_a_polls_shares_are_estimates(tmp_path):
    """«بر پایه این نظرسنجی … زمال ۶.۹ درصد»: an exit poll's share, not the count's 7.35%."""
    x = md_extraction(
        tmp_path,
        "fa",
        "نتایج نظرسنجی خروجی نشان می‌دهد که قیس سعید در انتخابات ریاست‌جمهوری تونس با کسب ۸۹.۲ درصد آرا پیروز"
        " شده است.\n\nبر پایه این نظرسنجی، عیاشی زمال ۶.۹ درصد آرا را به دست آورده است.",
        "2024-10-07",
    )
    asked = {f.value["low"]: f.qualifiers.get("requested") for f in x.frames if f.predicate == "votes"}
    assert asked == {89.2: "forecast", 6.9: "forecast"}, asked


# Batches 24 and 25 (twelve more stories, scored unseen at 4730b01: 142/264 with 12 false
# conflicts and 65/170 with 13).


def test_a_figure_rounded_to_a_whole_per_cent(tmp_path):
    _no_conflict(
        tmp_path,
        "CF03",
        en_a=(
            "2023-06-01",
            "Pakistan's consumer price inflation rose to 37.97% in May, the statistics bureau said.",
        ),
        fa_b=("2023-06-02", "تورم مصرف‌کننده پاکستان در ماه مه به ۳۸ درصد رسید."),
    )


def test_two_people_of_one_surname_by_their_given_names(tmp_path):
    _no_conflict(
        tmp_path,
        "CF03",
        en_a=(
            "2024-02-20",
            "President-elect Asif Ali Zardari, 68, met party leaders in Islamabad on Tuesday.",
        ),
        en_b=(
            "2024-02-20",
            "PPP chairman Bilawal Bhutto Zardari, 35, said his party would back the coalition.",
        ),
    )


def test_a_preliminary_turnout(tmp_path):
    x = md_extraction(
        tmp_path,
        "fa",
        "رئیس هیئت انتخابات تونس اعلام کرد که نرخ مشارکت در انتخابات به‌طور مقدماتی ۲۷.۷ درصد بوده است.",
        "2024-10-07",
    )
    assert [f.qualifiers.get("preliminary") for f in x.frames if f.predicate == "turnout"] == [True]


def test_a_citys_turnout_is_a_regions_share(tmp_path):
    _no_conflict(
        tmp_path,
        "CF03",
        fa_a=(
            "2024-03-04",
            "وزیر کشور گفت مشارکت در انتخابات مجلس ۴۱ درصد بود. میزان مشارکت در تهران حدود ۲۴ درصد برآورد شده است.",
        ),
        en_b=(
            "2024-03-04",
            "Iran's interior minister said turnout in Friday's parliamentary election was 41 percent.",
        ),
    )
