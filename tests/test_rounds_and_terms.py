"""Election rounds, past terms of office and parts of a toll: rules met in a fresh election and
flood story (the 2024 Iranian runoff, the 2024 Valencia floods), each isolated in a sentence of
the kind news copy is full of."""

from __future__ import annotations

from checker.extract.people import extract_people
from checker.pipeline import check
from checker.rules import load_rules
from tests.helpers import extraction_of as _extraction
from tests.helpers import frames_of as _frames
from tests.helpers import make_doc


def _roles(text: str, lang: str, reference: str = "2024-07-06") -> dict[str, tuple[str, list[str]]]:
    doc = make_doc(text, lang, reference)
    people = extract_people(doc, load_rules(), [])
    return {
        c.value["name"]: (c.value["role"], c.value["modifiers"]) for c in people if c.type == "person_role"
    }


def _conflicts(tmp_path, articles: dict[str, str]) -> list[dict]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path]).report["findings"] if f["type"] == "conflict"]


def test_a_president_of_a_closed_earlier_period_holds_no_office_today(tmp_path):
    """ "served … from 2001 to 2005 under President Khatami" names a past holder: no rival of the
    president another report names today."""
    en = (
        " date 2024-07-06\nPresident Ebrahim Raisi was killed in a helicopter crash on May 19.\n"
        "Pezeshkian served as health minister from 2001 to 2005 under reformist President Mohammad Khatami.\n"
    )
    ar = (
        " date 2024-07-07\nجاءت الانتخابات إثر مقتل الرئيس إبراهيم رئيسي في 19 مايو.\n"
        "وشغل بزشكيان منصب وزير الصحة بين عامي 2001 و2005 في حكومة الرئيس الإصلاحي محمد خاتمي.\n"
    )
    assert [f for f in _conflicts(tmp_path, {"en.txt": en, "ar.txt": ar}) if f["code"] == "CF01"] == []
    x = _extraction(tmp_path, "ar2.txt", ar)
    khatami = [c for c in x.claims if c.type == "person_role" and "خاتمي" in c.value["name"]]
    assert khatami and khatami[0].value["name"] == "محمد خاتمي"  # the leaning is no part of the name
    assert {"past", "descriptor"} <= set(khatami[0].value["modifiers"])


def test_words_around_a_role_that_are_no_name():
    # Holding a post: «وشغل منصب» is no one's name.
    assert "وشغل منصب" not in _roles("وشغل منصب وزير الصحة في الحكومة السابقة.", "ar")
    # A Persian verb («می‌یابد») ends a name; a lone common word after a role is none.
    assert _roles("نتیجه پس از تنفیذ رهبر معظم انقلاب اسلامی رسمیت می‌یابد.", "fa") == {}
    # The head of a government named before a role owns the government, he is not the minister.
    assert "محمد خاتمی" not in _roles("او در دولت اصلاحات سید محمد خاتمی وزیر بهداشت بود.", "fa")
    # … while a name before a role in the same form still is the holder.
    assert _roles("عباس عراقچی وزیر امور خارجه ایران گفت.", "fa")["عباس عراقچی"][0] == "foreign_minister"


def test_the_first_round_is_an_occasion_of_its_own_in_a_report_of_the_runoff(tmp_path):
    """Turnout 39.9% in the first round and 49.8% in the runoff are two occasions' figures."""
    en = (
        " date 2024-07-06\nTurnout in Friday's runoff stood at 49.8%, the interior ministry said.\n"
        "In the first round on June 28, only 39.9% of voters cast ballots.\n"
    )
    ar = (
        " date 2024-07-07\nوبلغت نسبة المشاركة في الجولة الثانية، التي جرت يوم الجمعة 5 يوليو، نحو 49.8%، "
        "بعد أن كانت قد سجلت 39.9% في الجولة الأولى يوم 28 يونيو.\n"
    )
    fa = (
        " date 2024-07-06\nمیزان مشارکت در دور دوم انتخابات روز جمعه ۱۵ تیر ۴۹.۸ درصد بود.\n"
        "دور نخست این انتخابات روز جمعه ۸ تیر برگزار شده بود و مشارکت به ۳۹.۹۲ درصد رسید.\n"
    )
    assert [
        f for f in _conflicts(tmp_path, {"en.txt": en, "ar.txt": ar, "fa.txt": fa}) if f["code"] == "CF03"
    ] == []
    x = _extraction(tmp_path, "ar2.txt", ar)
    first = [m for m in x.mentions if m.ordinal == "first_round"]
    assert first and first[0].earliest == "2024-06-28"
    assert next(m for m in x.mentions if m.main).earliest == "2024-07-05"
    # The first round's date anchors no figure of the runoff.
    runoff = next(f for f in x.frames if f.predicate == "turnout" and "49.8" in f.text)
    assert (runoff.time or {}).get("earliest") != "2024-06-28"
    # A changed first-round turnout is still caught: 39.92 rounds to 39.9, 59.85 does not.
    changed = fa.replace("۳۹.۹۲", "۵۹.۸۵")
    (tmp_path / "fa.txt").write_text(changed, encoding="utf-8")
    assert any(f["code"] == "CF03" for f in check([tmp_path]).report["findings"])


def test_a_fall_inside_a_crash_word_dates_no_fall(tmp_path):
    text = (
        " date 2024-07-06\nانتخابات پس از درگذشت رئیسی در سانحه سقوط بالگرد در ۳۰ اردیبهشت ۱۴۰۳ برگزار شد.\n"
    )
    assert all(f.predicate != "ended" for f in _frames(tmp_path, "fa.txt", text))


def test_a_part_of_the_dead_is_no_rival_of_the_total(tmp_path):
    en = (
        " date 2024-10-31\nFlash floods tore through eastern Spain on Tuesday, killing scores of people.\n"
        "Of the dead, 155 were in the Valencia region, officials said on Thursday.\n"
    )
    fa = " date 2024-10-31\nشمار قربانیان سیل شرق اسپانیا روز پنجشنبه به ۱۵۸ نفر رسید.\n"
    assert [f for f in _conflicts(tmp_path, {"en.txt": en, "fa.txt": fa}) if f["code"] == "CF03"] == []
    # Said as a total, the same figure is a rival of the same day's 158.
    total = en.replace(
        "Of the dead, 155 were in the Valencia region", "By Thursday the death toll stood at 155"
    )
    (tmp_path / "en.txt").write_text(total, encoding="utf-8")
    assert any(f["code"] == "CF03" for f in check([tmp_path]).report["findings"])
