"""Session 78, probe batch 46 (four stories written by a helper that saw no code, scored first:
6 false conflicts):

- the whole a part is set beside ("28 people, among them 22 children, died", «لقي ٢٨ شخصا، بينهم ٢٢
  طفلا، حتفهم») shares the part's word: both are the dead, not the whole left to a later
  "carrying" word as those aboard;
- an Arabic future verb after «و» («وسينضم كوم», "and Koum will join") and a noun of condolence with
  its possessive («قدمت … تعازيها») are no part of a name;
- a Swiss canton («كانتون فاليه», «کانتون واله») is a province's head noun, not Canton, the old name of
  Guangzhou;
- a role whose word has a possessive ending («وزير خارجيته», his foreign minister) is the office
  of the holder named before it, by name or by role alone («الرئيس الأمريكي»), not of the
  article's places.
"""

from __future__ import annotations

import pytest

from tests.helpers import md_extraction

_x = md_extraction


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "لقي ٢٨ شخصا، بينهم ٢٢ طفلا، حتفهم مساء الثلاثاء عندما اصطدمت حافلة تقل تلاميذ بجدار نفق."),
        (
            "en",
            "Thirty people, among them 12 children, died on Tuesday when a bus carrying pupils hit a wall.",
        ),
    ],
)
def test_the_whole_beside_its_part_shares_the_part_s_word(tmp_path, lang, text):
    frames = {f.value.get("low"): f.predicate for f in _x(tmp_path, lang, text, "2012-03-14").frames}
    assert frames[28 if lang == "ar" else 30] == "killed"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال مسؤولون إن الشركة ستواصل عملها. وسينضم كوم، الرئيس التنفيذي لواتساب، إلى مجلس الإدارة.", None),
        ("كما قدمت الرئيسة السويسرية إيفلين فيدمر-شلومبف تعازيها لأسر الضحايا.", "إيفلين فيدمر-شلومبف"),
    ],
)
def test_verbs_and_nouns_after_a_name_are_no_part_of_it(tmp_path, text, name):
    names = [
        c.value["name"] for c in _x(tmp_path, "ar", text, "2014-02-20").claims if c.type == "person_role"
    ]
    assert all("وسينضم" not in n and "تعازيها" not in n for n in names)
    if name:
        assert names == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقع الحادث داخل نفق قرب مدينة سيير في كانتون فاليه جنوب سويسرا."),
        ("fa", "این حادثه در تونلی نزدیک شهر سیر در کانتون واله در جنوب سوئیس رخ داد."),
    ],
)
def test_a_swiss_canton_is_no_guangzhou(tmp_path, lang, text):
    places = [
        c.value.get("place") for c in _x(tmp_path, lang, text, "2012-03-14").claims if c.type == "place"
    ]
    assert "cn.guangzhou" not in places


def test_his_foreign_minister_is_the_possessor_s(tmp_path):
    # («وزير خارجيته», his foreign minister: the country of the holder named before it, the US
    # president, though the article's places are Cuba's)
    text = (
        "هافانا - وصل الرئيس الأمريكي إلى هافانا الأحد في أول زيارة لرئيس أمريكي إلى كوبا منذ 88 عاما، "
        "وكان في استقباله في مطار هافانا وزير الخارجية الكوبي برونو رودريغيز، فيما يرافق الرئيس "
        "الأمريكي في زيارته وزير خارجيته جون كيري. وتجول في هافانا القديمة."
    )
    roles = {
        c.value["name"]: c.value["country"]
        for c in _x(tmp_path, "ar", text, "2016-03-21").claims
        if c.type == "person_role"
    }
    assert roles["جون كيري"] == "US"
