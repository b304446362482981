"""Holders the eval's swapped names showed unread, each checked here on a text written for the test:

- «المتحدث باسم الشرطة نبيل عبد الله»: a body whose first word is also a role phrase's («الشرطة» of
  «قائد الشرطة») is the body the spokesman speaks for, and the name follows it;
- «المتحدث باسم الجيش السوداني …»: a country's adjective after that body is the body's country,
  the name comes after it, and a figure the holder gives is placed in that country as the body's
  own words would place it;
- "John Smith, a police spokesman,": an apposition's article and the words that say whose role it
  is stand between a name and its role in English (but after "…, as finance minister" the name
  is the role's after "as"); "a spokesman for Qatar's foreign ministry" is Qatar's foreign ministry
  spokesman, as "the Qatari foreign ministry spokesman" is;
- armed groups are bodies of the organizations lexicon ("the Islamist group Boko Haram", «جماعة
  بوكو حرام», «گروه تکفیری بوکوحرام»), so two reports that give one group two leaders conflict;
- a headline's verb in the present («يهدد») and a word that begins with «بب» («ببيع») are no words
  of a name;
- a woman's role in Arabic is derived from the role's phrase («حاكم ولاية» → «حاكمة ولاية», «القاضي»
  → «القاضية», a nisba agreeing: «المستشار الألماني» → «المستشارة الألمانية»);
- a surname of one consonant («أويس», "Sisi") binds two names only when their given names agree;
- a town's Friday prayer leader («خطيب جمعة تبريز», «امام جمعه تبریز») is one office;
- a word of a country's longer name is a surname right after a common given name («محسن اسلامی»),
  and a name that is another with an Arabic participle's m before it is another name («محسن», Hussein).
"""

from __future__ import annotations

from checker.align.names import NameMatcher
from checker.rules import load_rules
from tests.helpers import conflicts_of, extraction_of, findings_of, md, roles_of


def _role_claims(tmp_path, name, text):
    ex = extraction_of(tmp_path, name, text)
    return ex, [c for c in ex.claims if c.type == "person_role"]


def test_a_body_word_that_is_also_a_role_word_is_the_spokesmans_body(tmp_path):
    ex = extraction_of(tmp_path, "ar.txt", "وقال المتحدث باسم الشرطة نبيل عبد الله إن الحادث وقع ليلا.\n")
    assert roles_of(ex) == [("نبيل عبد الله", "spokesperson")]
    ex = extraction_of(tmp_path, "ar2.txt", "وقالت المتحدثة باسم الجيش سارة العلي إن الحادث وقع ليلا.\n")
    assert roles_of(ex) == [("سارة العلي", "spokesperson")]


def test_the_country_after_the_body_is_the_bodys_and_places_its_figures(tmp_path):
    ex, [c] = _role_claims(
        tmp_path,
        "ar.txt",
        "وقال المتحدث باسم الجيش السوداني نبيل عبد الله إن الاشتباكات أسفرت عن مقتل 45 شخصا.\n",
    )
    assert (c.value["name"], c.value["country"], c.value["scope"]["country"]) == ("نبيل عبد الله", "SD", "SD")
    ex, [c] = _role_claims(
        tmp_path,
        "ar2.txt",
        "وكان المتحدث باسم وزارة الصحة السعودية محمد العبدالعالي قد أفاد بأن أكثر من 2760 حاجا تعرضوا"
        " للإجهاد الحراري.\n",
    )
    assert c.value["name"] == "محمد العبدالعالي"
    [f] = [f for f in ex.frames if f.value.get("low") == 2760]
    assert "cc:SA" in f.qualifiers.get("scope", [])


def test_a_bodys_head_with_a_country_after_the_body_stays_the_bodys_head(tmp_path):
    # (the head of the Iranian Red Crescent is no president of Iran; the Egyptian Olympic committee's
    # head is Egyptian, the name after the adjective)
    heads = {
        "ar.txt": ("وقال رئيس الهلال الأحمر الإيراني بير حسين كوليوند إن الفرق وصلت.\n", "بير حسين كوليوند"),
        "ar2.txt": ("وقال رئيس اللجنة الأولمبية المصرية أحمد ناصر إن الفرق وصلت.\n", "أحمد ناصر"),
    }
    for name, (text, holder) in heads.items():
        _, [c] = _role_claims(tmp_path, name, text)
        assert (c.value["name"], c.value["role"]) == (holder, "head_of_organization"), name
    assert c.value["country"] == "EG"


def test_an_english_apposition_with_words_before_the_role(tmp_path):
    text = md(
        "en",
        "2024-04-14",
        "John Smith, a police spokesman, said ten people died. Rear Admiral Daniel Hagari, the Israel"
        " Defense Forces spokesman, said most drones were intercepted.",
    )
    ex = extraction_of(tmp_path, "en.md", text)
    assert roles_of(ex) == [("John Smith", "spokesperson"), ("Daniel Hagari", "spokesperson")]


def test_a_spokesman_for_a_countrys_ministry_is_that_ministrys(tmp_path):
    text = md(
        "en",
        "2023-09-18",
        "Majed al-Ansari, a spokesman for Qatar's foreign ministry, said the plane had left.",
    )
    [c] = [c for c in extraction_of(tmp_path, "en.md", text).claims if c.type == "person_role"]
    assert (c.value["name"], c.value["role"], c.value["country"]) == (
        "Majed al-Ansari",
        "foreign_ministry_spokesperson",
        "QA",
    )


def test_a_name_before_as_and_a_role_is_that_roles(tmp_path):
    text = md(
        "en",
        "2023-06-23",
        "Erdogan brought back Mehmet Simsek, a former Merrill Lynch economist, as finance minister.",
    )
    ex = extraction_of(tmp_path, "en.md", text)
    assert ("Mehmet Simsek", "finance_minister") in roles_of(ex)
    assert ("Mehmet Simsek", "economist") not in roles_of(ex)


def test_armed_groups_are_bodies_in_every_language(tmp_path):
    texts = {
        "ar.txt": "بعد أن هدد زعيم جماعة بوكو حرام أبو بكر شيكاو ببيع التلميذات.\n",
        "fa.txt": "ابوبکر شکائو، سرکرده گروه تکفیری بوکوحرام، گفت دختران را می‌فروشد.\n",
        "en.md": md(
            "en", "2014-05-06", "The leader of the Islamist group Boko Haram, Abubakar Shekau, spoke."
        ),
    }
    for name, text in texts.items():
        _, claims = _role_claims(tmp_path, name, text)
        assert [(c.value["role"], c.value["scope"].get("org")) for c in claims] == [
            ("leader", "boko_haram")
        ], name
    _, [c] = _role_claims(tmp_path, "ar2.txt", texts["ar.txt"])
    assert c.value["name"] == "أبو بكر شيكاو"


def test_a_headline_verb_is_no_name(tmp_path):
    ex = extraction_of(tmp_path, "ar.txt", "زعيم حزب المعارضة يهدد بالانسحاب من الحكومة\n\nنص الخبر.\n")
    assert roles_of(ex) == []


_STORY = {
    "en.md": md(
        "en",
        "2024-03-15",
        "A car bomb killed 12 people in Mogadishu on Thursday. Al-Shabaab leader Ahmed Umar Diriye said the"
        " group carried out the attack.",
    ),
    "ar.txt": " date 2024-03-15\n\nقتل 12 شخصا في انفجار سيارة مفخخة في مقديشو يوم الخميس. وقال زعيم حركة"
    " الشباب أحمد عمر ديري إن الحركة نفذت الهجوم.\n",
    "fa.txt": " date 2024-03-15\n\nانفجار یک خودروی بمب‌گذاری‌شده در موگادیشو روز پنجشنبه ۱۲ نفر را کشت."
    " احمد عمر دیریه، رهبر گروه الشباب، گفت این گروه مسئول حمله است.\n",
}


def test_two_leaders_of_one_armed_group_conflict(tmp_path):
    agreed = [f for f in findings_of(tmp_path, _STORY) if f["key"] == "office:org-al_shabaab:leader"]
    assert [f["code"] for f in agreed] == ["AG01"]
    story = {**_STORY, "ar.txt": _STORY["ar.txt"].replace("أحمد عمر ديري", "حسن طاهر أويس")}
    d = tmp_path / "swapped"
    d.mkdir()
    [cf] = [f for f in conflicts_of(d, story) if f["key"] == "office:org-al_shabaab:leader"]
    assert cf["code"] == "CF01"
    assert {v["display"] for v in cf["values"]} >= {"حسن طاهر أويس"}


def test_a_one_consonant_surname_needs_the_given_names_too():
    m = NameMatcher.from_rules(load_rules())
    assert m.skeleton_score(["hsn", "thr", "s"], ["bdl", "fth", "s"]) < m.alias_min
    assert m.skeleton_score(["bdl", "fth", "s"], ["bdl", "fth", "s"]) == 100


def test_a_womans_role_in_arabic(tmp_path):
    texts = {
        "a.txt": "وقالت حاكمة ولاية غيريرو إيفلين سالغادو إن الفرق وصلت.\n",
        "b.txt": "وقالت القاضية ناتالي غافارينو إن الحكم نهائي.\n",
        "c.txt": "وقالت السفيرة الأمريكية ليندا توماس غرينفيلد إن بلادها ستصوت.\n",
    }
    roles = {name: roles_of(extraction_of(tmp_path, name, text)) for name, text in texts.items()}
    assert roles == {
        "a.txt": [("إيفلين سالغادو", "governor")],
        "b.txt": [("ناتالي غافارينو", "judge")],
        "c.txt": [("ليندا توماس غرينفيلد", "ambassador")],
    }


def test_a_towns_friday_prayer_leader_is_one_office(tmp_path):
    texts = {
        "en.md": md(
            "en",
            "2024-05-20",
            "The helicopter was carrying eight people, among them the Friday prayer leader of Tabriz,"
            " Mohammad Ali Al-e Hashem, when it crashed on Sunday.",
        ),
        "ar.md": md(
            "ar",
            "2024-05-20",
            "وكانت المروحية تقل ٨ أشخاص، بينهم خطيب جمعة تبريز حسن الموسوي، عندما سقطت يوم الأحد.",
        ),
        "fa.md": md(
            "fa",
            "2024-05-20",
            "امام جمعه تبریز، محمدعلی آل‌هاشم، روز یکشنبه در این بالگرد بود که سقوط کرد.",
        ),
    }
    roles = {n: roles_of(extraction_of(tmp_path, n, t)) for n, t in texts.items()}
    assert {n: [r for _, r in rs] for n, rs in roles.items()} == {n: ["friday_prayer_leader"] for n in texts}
    d = tmp_path / "story"
    d.mkdir()
    [cf] = [f for f in conflicts_of(d, texts) if f["key"].endswith(":friday_prayer_leader")]
    assert "حسن الموسوي" in {v["display"] for v in cf["values"]}


def test_a_country_names_word_after_a_given_name_is_a_surname(tmp_path):
    ex = extraction_of(
        tmp_path,
        "fa.txt",
        "به گزارش ایرنا، محسن اسلامی، سخنگوی ستاد انتخابات کشور، صبح شنبه اعلام کرد.\n",
    )
    assert roles_of(ex) == [("محسن اسلامی", "spokesperson")]
    ex = extraction_of(tmp_path, "fa2.txt", "رئیس جمهوری اسلامی ایران روز شنبه به مسکو رفت.\n")
    assert roles_of(ex) == []


def test_a_name_with_a_participles_m_before_anothers_is_another_name():
    m = NameMatcher.from_rules(load_rules())
    # «محسن اسلامی» (mhsn slm) is not Hussein al-Salameh (hsn slm), nor «محمد» Hamad
    assert m.skeleton_score(["mhsn", "slm"], ["hsn", "slm"]) < m.alias_min
    assert m.skeletons("mhmd", "hmd") < m.given_min
    assert m.skeletons("mhmd", "mhmd") == 100
