"""Dating the reported occasion: days named relative to the publication, a date slipped past the
publication, a day of mourning kept apart from the occasion, and calendar pairs joined by a word.

The articles are short and written for these tests; each rule is one a newsroom's reports show.
"""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check


def _run(tmp_path: Path, articles: dict[str, str]) -> dict:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([str(tmp_path)]).report


def _codes(report: dict, code: str) -> list[dict]:
    return [f for f in report["findings"] if f["code"] == code]


FERRY_EN = """ date 2024-05-12
A ferry carrying 120 passengers capsized on the Lake Victoria crossing near Mwanza on Sunday, and
rescuers pulled 85 people from the water, the regional police commander said. The government
declared Tuesday, May 14, a national day of mourning.
"""
FERRY_FA = """ date 2024-05-13
به گزارش ایرنا، یک کشتی مسافربری با ۱۲۰ مسافر روز یکشنبه ۲۳ اردیبهشت ۱۴۰۳ در دریاچه ویکتوریا نزدیک موانزا غرق شد و ۸۵ نفر نجات یافتند.
"""


def test_a_weekday_in_the_lead_dates_the_occasion_and_a_later_mourning_day_does_not(tmp_path):
    report = _run(tmp_path, {"en.txt": FERRY_EN, "fa.txt": FERRY_FA})
    events = [e for e in report["events"] if e["type"] == "crash"]
    assert any(set(e["articles"]) == {"en", "fa"} and e["date"] == "2024-05-12" for e in events)
    assert not _codes(report, "CF04")


def test_a_report_that_dates_the_occasion_after_its_own_publication_is_compared(tmp_path):
    slipped = FERRY_FA.replace("یکشنبه ۲۳ اردیبهشت", "جمعه ۲۸ اردیبهشت")
    report = _run(tmp_path, {"en.txt": FERRY_EN, "fa.txt": slipped})
    (cf04,) = _codes(report, "CF04")
    assert "2024-05-17" in cf04["message"] and "2024-05-12" in cf04["message"]


MOURNING_AR = """ date 2024-05-13
غرق عبارة في بحيرة فيكتوريا

موانزا - غرقت عبارة تقل 120 راكبا في بحيرة فيكتوريا يوم الأحد 12 مايو 2024، وأعلنت الحكومة الحداد الوطني يوم {day}.
"""


def test_a_day_of_mourning_is_its_own_claim_and_is_compared(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    agree = _run(tmp_path / "a", {"en.txt": FERRY_EN, "ar.txt": MOURNING_AR.format(day="الثلاثاء 14 مايو")})
    assert not _codes(agree, "CF02") and not _codes(agree, "CF04")
    differ = _run(tmp_path / "b", {"en.txt": FERRY_EN, "ar.txt": MOURNING_AR.format(day="الخميس 16 مايو")})
    assert not _codes(differ, "CF04")  # the occasion's date still agrees
    assert any("mourning" in f["message"] for f in differ["findings"] if f["type"] == "conflict")


def test_two_calendars_joined_by_a_linking_word_must_agree(tmp_path):
    text = " date 2023-03-10\nبكين - اتفق البلدان، يوم الأربعاء 23 شعبان 1444 هـ الموافق 10 مارس 2023، على استئناف العلاقات.\n"
    report = _run(tmp_path, {"ar.txt": text})
    (in02,) = _codes(report, "IN02")
    assert "2023-03-15" in in02["message"] and "2023-03-10" in in02["message"]


QUAKE_FA = """ date 2025-11-13
تهران - به گزارش ایرنا، زمین‌لرزه‌ای به بزرگی ۵.۸ ریشتر بامداد چهارشنبه ۲۱ آبان ۱۴۰۴ استان کرمان در جنوب شرق ایران را لرزاند.
"""
QUAKE_EN = """ date 2025-11-12
TEHRAN — A magnitude 5.8 earthquake struck in {province} in southeastern Iran early on Wednesday, state media said.
"""


def test_the_province_a_quake_shook_is_its_place_and_the_dateline_is_not(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    agree = _run(tmp_path / "a", {"fa.txt": QUAKE_FA, "en.txt": QUAKE_EN.format(province="Kerman province")})
    assert not _codes(agree, "CF05") and not _codes(agree, "CF04")
    differ = _run(
        tmp_path / "b", {"fa.txt": QUAKE_FA, "en.txt": QUAKE_EN.format(province="Hormozgan province")}
    )
    (cf05,) = _codes(differ, "CF05")
    quoted = {e["text"] for v in cf05["values"] for e in v["evidence"]}
    assert "استان کرمان" in quoted and any("Hormozgan" in q for q in quoted)


def test_citizens_of_a_country_are_part_of_those_aboard(tmp_path):
    fa = FERRY_FA.replace("غرق شد", "غرق شد. پنج شهروند اوگاندا در میان مسافران بودند")
    report = _run(tmp_path, {"en.txt": FERRY_EN, "fa.txt": fa})
    assert not _codes(report, "CF03")


def test_the_toll_of_an_occasion_long_past_does_not_rise(tmp_path):
    """A toll rises while it is counted; a 1939 quake's toll in 2023 reports is final."""
    a = " date 2023-02-06\nA magnitude 7.8 earthquake struck Turkey on Monday. The country's deadliest quake, in 1939, killed 24,000 people.\n"
    b = " date 2023-02-08\nA magnitude 7.8 earthquake struck Turkey on Monday. The deadliest earthquake in Turkey, in 1939, killed about 33,000 people.\n"
    report = _run(tmp_path, {"a.txt": a, "b.txt": b})
    assert any("24,000" in f["message"] and "33,000" in f["message"] for f in _codes(report, "CF03"))


MINE_EN = """ date 2022-10-15
ANKARA — A methane explosion tore through a state-run coal mine in Amasra, in Turkey's Bartin
province, on Friday, killing at least 41 miners. It was the country's deadliest mining disaster
since {year}, when 301 workers died in a fire at a mine in Soma.
"""
MINE_FA = """ date 2022-10-15
آنکارا - به گزارش ایرنا، انفجار گاز متان در یک معدن زغال‌سنگ در شهر آماسرا در استان بارتین ترکیه روز جمعه جان ۴۱ معدنچی را گرفت. این مرگبارترین حادثه معدن در ترکیه پس از سال ۲۰۱۴ است.
"""
MINE_AR = """ date 2022-10-15
أنقرة - قتل 41 عاملا على الأقل في انفجار داخل منجم للفحم في بلدة أماسرا بولاية بارتين التركية يوم الجمعة، في أسوأ كارثة تعدين تشهدها تركيا منذ عام 2014.
"""


def _record_findings(report: dict, kind: str) -> list[dict]:
    return [f for f in report["findings"] if f["type"] == kind and "since" in f["message"]]


def test_the_year_a_superlative_is_measured_from_is_compared_across_languages(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    same = _run(tmp_path / "a", {"en.txt": MINE_EN.format(year=2014), "fa.txt": MINE_FA, "ar.txt": MINE_AR})
    assert not _record_findings(same, "conflict")
    (agree,) = _record_findings(same, "agreement")
    assert "deadliest" in agree["message"]
    changed = _run(
        tmp_path / "b", {"en.txt": MINE_EN.format(year=2011), "fa.txt": MINE_FA, "ar.txt": MINE_AR}
    )
    (conflict,) = _record_findings(changed, "conflict")
    assert "2011" in conflict["message"] and "2014" in conflict["message"]


INFLATION_EN = """ date 2022-07-14
WASHINGTON — US consumer prices rose 9.1% in the year to June, the Labor Department said on
Wednesday. Inflation is now at its highest since {year}, and unemployment at its lowest since 1969.
"""
INFLATION_FA = """ date 2022-07-14
واشنگتن - به گزارش ایسنا، وزارت کار آمریکا روز چهارشنبه اعلام کرد نرخ تورم سالانه این کشور در ماه ژوئن به ۹.۱ درصد رسید که بالاترین نرخ تورم از سال ۱۹۸۱ است.
"""


def test_a_record_high_of_one_measure_is_not_compared_with_another_measures_record_low(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    same = _run(tmp_path / "a", {"en.txt": INFLATION_EN.format(year=1981), "fa.txt": INFLATION_FA})
    assert not [f for f in same["findings"] if f["type"] == "conflict"]
    changed = _run(tmp_path / "b", {"en.txt": INFLATION_EN.format(year=1982), "fa.txt": INFLATION_FA})
    (conflict,) = _record_findings(changed, "conflict")
    assert "1982" in conflict["message"] and "1981" in conflict["message"]
    assert "1969" not in conflict["message"]
