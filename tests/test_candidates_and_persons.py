"""Candidates, a person's age and tenure, independence, stated weekdays and a town changed in one
report: rules met in an election story (Ghana's presidential election of 7 December 2024, written
for these tests from its reporting), each isolated in sentences of the kind news copy is full of."""

from __future__ import annotations

from checker.extract.people import extract_people
from checker.pipeline import check
from checker.rules import load_rules
from tests.helpers import frames_of as _frames
from tests.helpers import make_doc

EN = (
    " date 2024-12-09\n"
    "ACCRA — Opposition candidate John Dramani Mahama won Ghana's presidential election with 56.55% of the"
    " vote, the electoral commission said on Monday.\n"
    "Vice President Mahamudu Bawumia, the ruling party's candidate, came second with 41.61%.\n"
    "Mahama, a 66-year-old former president, will become the first leader since the country gained"
    " independence from Britain in 1957 to return to power after losing office.\n"
    "Outgoing President Nana Akufo-Addo, who has led Ghana since 2017, congratulated him.\n"
)
AR = (
    " date 2024-12-09\n"
    "أكرا - أعلنت اللجنة الانتخابية في غانا اليوم الاثنين فوز مرشح المعارضة جون دراماني ماهاما"
    " بحصوله على 56.55 بالمئة من الأصوات.\n"
    "وحل نائب الرئيس محامدو باوميا ثانيا بنسبة 41.61 بالمئة.\n"
    "ويبلغ ماهاما من العمر 66 عاما، وكانت غانا قد نالت استقلالها عن بريطانيا عام 1957.\n"
    "وهنأ الرئيس المنتهية ولايته نانا أكوفو أدو الفائز، ويتولى أكوفو أدو الحكم منذ عام 2017.\n"
)


def _conflicts(tmp_path, articles: dict[str, str]) -> list[dict]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path]).report["findings"] if f["type"] == "conflict"]


def _agreements(tmp_path, articles: dict[str, str]) -> list[dict]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path]).report["findings"] if f["type"] == "agreement"]


def test_a_candidate_is_named_by_the_role_word_and_holds_no_office():
    doc = make_doc("Opposition candidate John Dramani Mahama won the vote.", "en", "2024-12-09")
    people = extract_people(doc, load_rules(), [])
    assert [(c.value["name"], c.value["role"]) for c in people] == [("John Dramani Mahama", "candidate")]
    doc = make_doc("فوز مرشح الائتلاف الحاكم في الانتخابات.", "ar", "2024-12-09")
    assert extract_people(doc, load_rules(), []) == []  # a coalition is nobody's name


def test_shares_are_keyed_by_candidate_and_a_changed_share_conflicts(tmp_path):
    frames = {f.text: f for f in _frames(tmp_path, "en.txt", EN)}
    assert frames["56.55%"].qualifiers.get("candidate") == "mahama"
    assert frames["41.61%"].qualifiers.get("candidate") == "bawumia"
    agreed = _agreements(tmp_path, {"en.txt": EN, "ar.txt": AR})
    assert any("56.55" in f["message"] for f in agreed) and any("41.61" in f["message"] for f in agreed)
    # (a day later: a share is no running count that a later report may raise)
    changed = AR.replace("56.55", "61.20").replace("date 2024-12-09", "date 2024-12-10")
    found = _conflicts(tmp_path, {"en.txt": EN, "ar.txt": changed})
    assert any("61.2" in f["message"] and "56.55" in f["message"] for f in found)


def test_a_two_letter_surname_is_read_as_a_whole_word(tmp_path):
    en = (
        " date 2024-03-27\nFormer prime minister Amadou Ba came second with 35.79%, ahead of the"
        " ballot's other names.\n"
    )
    frames = {f.text: f for f in _frames(tmp_path, "en.txt", en)}
    assert frames["35.79%"].qualifiers.get("candidate") == "ba"


def test_an_age_is_the_person_s_and_a_changed_age_conflicts(tmp_path):
    assert not [f for f in _conflicts(tmp_path, {"en.txt": EN, "ar.txt": AR}) if "age" in f["message"]]
    found = _conflicts(tmp_path, {"en.txt": EN, "ar.txt": AR.replace("66 عاما", "71 عاما")})
    assert any(f["message"].startswith("age") for f in found)


def test_two_people_s_ages_are_no_rivals(tmp_path):
    en = (
        " date 2024-12-09\nVice President Mahamudu Bawumia, a 61-year-old economist, conceded to"
        " opposition candidate John Dramani Mahama.\n"
    )
    ar = " date 2024-12-09\nفاز مرشح المعارضة جون دراماني ماهاما، ويبلغ ماهاما من العمر 66 عاما.\n"
    frames = {f.text: f for f in _frames(tmp_path, "en1.txt", en)}
    assert frames["61-year"].subject["tokens"] == ["n:bawumia"]
    assert not [f for f in _conflicts(tmp_path, {"en.txt": en, "ar.txt": ar}) if "age" in f["message"]]


def test_since_when_a_person_holds_power_and_independence_are_compared(tmp_path):
    found = _conflicts(tmp_path, {"en.txt": EN, "ar.txt": AR.replace("منذ عام 2017", "منذ عام 2019")})
    assert any("2017" in f["message"] and "2019" in f["message"] for f in found)
    # "will become the first … since … independence … in 1957": a past date in a sentence about
    # what is to come keeps its own predicate
    found = _conflicts(tmp_path, {"en.txt": EN, "ar.txt": AR.replace("عام 1957", "عام 1960")})
    assert any("independence" in f["message"] for f in found)


def test_a_speaker_s_since_is_not_their_tenure(tmp_path):
    said = " date 2024-12-09\nPresident Nana Akufo-Addo said the cedi has lost value since 2022.\n"
    led = " date 2024-12-09\nPresident Nana Akufo-Addo, who has led Ghana since 2017, conceded.\n"
    [since] = [f for f in _frames(tmp_path, "said.txt", said) if f.text == "2022"]
    assert not any(t.startswith("n:") for t in since.subject.get("tokens") or ())
    [since] = [f for f in _frames(tmp_path, "led.txt", led) if f.text == "2017"]
    assert since.subject["tokens"] == ["n:addo"]


def test_days_with_stated_weekdays_one_day_apart_conflict(tmp_path):
    en = " date 2024-12-09\nGhanaians voted in the presidential election on Saturday, December 7.\n"
    fa = " date 2024-12-09\nانتخابات ریاست جمهوری غنا روز جمعه ۱۶ آذر ۱۴۰۳ برگزار شد.\n"
    found = _conflicts(tmp_path, {"en.txt": en, "fa.txt": fa})
    assert any(f["code"] == "CF04" for f in found)
    # one stated weekday pins its day, and a date written out in full is no looser
    fa_plain = " date 2024-12-09\nانتخابات ریاست جمهوری غنا در ۱۶ آذر ۱۴۰۳ برگزار شد.\n"
    found = _conflicts(tmp_path, {"en.txt": en, "fa.txt": fa_plain})
    assert any(f["code"] == "CF04" for f in found)
    # a day apart with no weekday stated is within the slack for time zones
    en_plain = " date 2024-12-09\nGhanaians voted in the presidential election on December 7.\n"
    found = _conflicts(tmp_path, {"en.txt": en_plain, "fa.txt": fa_plain})
    assert not any(f["code"] == "CF04" for f in found)
    # and so is a weekday counted from the publication ("on Saturday"), which may be another
    # day's: the day results were announced
    en_counted = " date 2024-12-09\nGhanaians voted in the presidential election on Saturday.\n"
    fa_sunday = " date 2024-12-09\nانتخابات ریاست جمهوری غنا در ۱۸ آذر ۱۴۰۳ برگزار شد.\n"
    found = _conflicts(tmp_path, {"en.txt": en_counted, "fa.txt": fa_sunday})
    assert not any(f["code"] == "CF04" for f in found)


def test_one_occasion_placed_in_another_town_of_the_country_is_a_place_conflict(tmp_path):
    """Written for this test from the reporting of the Derna floods (September 2023)."""
    en = (
        " date 2023-09-12\nThe flood struck the eastern Libyan city of Derna on Sunday, September 10,"
        " after two dams burst.\n"
    )
    ar = " date 2023-09-12\nضربت الفيضانات مدينة طبرق الليبية يوم الأحد 10 سبتمبر 2023 بعد انهيار سدين.\n"
    found = _conflicts(tmp_path, {"en.txt": en, "ar.txt": ar})
    assert any(f["code"] == "CF05" for f in found)


def test_that_round_is_the_round_named_before(tmp_path):
    """Written for this test from the reporting of Iran's 2024 runoff: "that round" after a
    sentence on the first round keeps its figures apart from the runoff's."""
    en = (
        " date 2024-07-06\nPezeshkian won the runoff on Friday with 53.7% of the vote.\n"
        "In the first round on June 28, turnout was 39.9%. Pezeshkian led that round with 10.4 million votes, or about 42.5%.\n"
    )
    ar = " date 2024-07-06\nوفاز بزشكيان في جولة الإعادة يوم الجمعة بنحو 54% من الأصوات.\n"
    frames = {f.text: f for f in _frames(tmp_path, "en.txt", en)}
    assert frames["about 42.5%"].subject["mention"] != frames["53.7%"].subject["mention"]
    assert not [f for f in _conflicts(tmp_path, {"en.txt": en, "ar.txt": ar}) if "42.5" in f["message"]]
