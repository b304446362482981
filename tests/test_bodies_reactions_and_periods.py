"""Session 80, probe batch 52 (stories written by a helper that saw no code, scored first):

- two heads of two bodies no lexicon lists, whose names open with the same word («رئيس منظمة
  الطوارئ» and «رئيس منظمة الطيران المدني»), hold two offices: a body's name opens another's only
  word by word, not because one skeleton ("tr") opens another ("trn");
- the places a few words after «في كلمة» (in a speech) are where it was voiced: a resort and its
  state («في كلمة من منتجعه مارالاغو في فلوريدا»), a city and its state («في كلمة بمدينة واكو
  بولاية تكساس»);
- «التوقعات بأن» and "expectations that" look ahead: a meeting so told is still to come;
- a span a percentage right after it is measured over («در یک سال ۴۱٫۶ درصد گران‌تر شده») is no
  length of anything (``period``);
- groceries («المواد الغذائية المنزلية», "groceries") are a figure of their own beside food;
- «در مسیر تهران به کی‌یف» (on the route from Tehran to Kyiv) names where the flight left, then
  where it was bound.
"""

from __future__ import annotations

import pytest

from tests.helpers import main_of, md, md_extraction, problems_of


def test_two_bodies_that_open_alike_are_two(tmp_path):
    text = (
        "تحطمت طائرة ركاب أوكرانية بعد إقلاعها من طهران يوم الأربعاء. ونقل التلفزيون عن رئيس منظمة "
        "الطوارئ الإيرانية بيرحسين كوليوند قوله إن النيران حالت دون الإنقاذ. ونقلت وكالة مهر عن رئيس "
        "منظمة الطيران المدني الإيرانية علي عابد زاده قوله إن طهران لن تسلم الصندوقين الأسودين."
    )
    found = problems_of(tmp_path, {"ar.md": md("ar", "2020-01-08", text)})
    assert [f["code"] for f in found if f["code"] == "CF01"] == []


def test_the_places_of_a_speech_are_where_it_was_voiced(tmp_path):
    text = (
        "شنت الولايات المتحدة فجر الجمعة ضربة صاروخية على قاعدة جوية في سوريا.\n\n"
        "وقال الرئيس الأمريكي دونالد ترامب، في كلمة من منتجعه مارالاغو في فلوريدا، إنه أمر بضربة "
        "محددة على المطار الذي انطلق منه الهجوم."
    )
    main = main_of(tmp_path, "ar.md", md("ar", "2017-04-07", text))
    assert not {p for p in main.places if p.startswith("US")}, main.places


@pytest.mark.parametrize(
    ("lang", "published", "text"),
    [
        (
            "ar",
            "2022-07-14",
            "ارتفع معدل التضخم في الولايات المتحدة إلى 9.1% في يونيو، وفق بيانات نشرت يوم الأربعاء.\n\n"
            "وعززت البيانات التوقعات بأن يلجأ مجلس الاحتياطي الفدرالي إلى زيادة أكبر في أسعار الفائدة خلال "
            "اجتماعه يومي 26 و27 يوليو.",
        ),
        # (session 81: a day named for a strike to come, «… ۳۱ ژانویه (۱۱ بهمن) را روز دوم اعتصاب …
        # اعلام کردند», in a report published before it)
        (
            "fa",
            "2023-01-20",
            "بیش از یک میلیون نفر روز پنجشنبه ۲۹ دی ۱۴۰۱ (۱۹ ژانویه ۲۰۲۳) در اعتراض به طرح بازنشستگی در "
            "فرانسه راهپیمایی کردند و اعتصاب سراسری حمل‌ونقل را مختل کرد.\n\nاتحادیه‌ها شامگاه پنجشنبه روز "
            "سه‌شنبه ۳۱ ژانویه (۱۱ بهمن) را روز دوم اعتصاب و تظاهرات سراسری اعلام کردند.",
        ),
    ],
)
def test_a_meeting_expectations_look_ahead_to_is_still_to_come(tmp_path, lang, published, text):
    found = problems_of(tmp_path, {f"{lang}.md": md(lang, published, text)})
    assert [f["code"] for f in found if f["code"] == "IN04"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "بر پایه این گزارش، قیمت انرژی در یک سال ۴۱٫۶ درصد و قیمت بنزین ۵۹٫۹ درصد گران‌تر شده است."),
        # (session 81: a span a count came about in, right after the count: «۲۰٫۵ میلیون شغل در
        # یک ماه», "killed 300 people in three days")
        ("fa", "در آمریکا ۲۰٫۵ میلیون شغل در یک ماه از بین رفت."),
        ("en", "The floods killed 300 people in three days."),
    ],
)
def test_a_span_a_change_is_measured_over_is_a_period(tmp_path, lang, text):
    x = md_extraction(tmp_path, lang, text, "2022-07-14")
    [span] = [f for f in x.frames if f.predicate == "duration"]
    assert span.qualifiers.get("period") is True


def test_groceries_are_no_food_at_large(tmp_path):
    text = "كما ارتفعت أسعار الغذاء 10.4%، وأسعار المواد الغذائية المنزلية 12.2%."
    x = md_extraction(tmp_path, "ar", text, "2022-07-14")
    tokens = {f.value["low"]: set(f.subject.get("tokens") or ()) for f in x.frames if f.predicate == "rate"}
    assert "c:groceries" in tokens[12.2]
    assert "c:groceries" not in tokens[10.4]


def test_on_the_route_from_one_place_to_another(tmp_path):
    text = (
        "هواپیمای مسافربری اوکراینی که صبح چهارشنبه در مسیر تهران به کی‌یف در پرواز بود، دقایقی پس از "
        "برخاستن از فرودگاه امام خمینی سقوط کرد و هر ۱۷۶ سرنشین آن جان باختند."
    )
    x = md_extraction(tmp_path, "fa", text, "2020-01-08")
    route = {f.predicate: f.value["id"] for f in x.frames if f.predicate in ("origin", "destination")}
    assert route.get("destination") == "ua.kyiv"
