"""Readings the unseen probe batch 41 (the Dutch election of 22 November 2023, the Exxon-Pioneer
deal, the Mangaf fire in Kuwait, the Emilia-Romagna floods) showed missing, each checked here on a
text written for the test, in our own words:

- an undated report whose opening marks a day written in full as today («نُشرت اليوم الأحد ١٠
  مارس ٢٠٢٤») was published that day, so its «أمس» is the day before;
- "a political earthquake", «الزلزال السياسي», is no earthquake;
- "any coalition needs at least 116 seats" is a bar, not seats won (but a clause of its own after
  «و» is not the bar's);
- «ما هطل خلال نحو 36 ساعة» is rain that fell in a span, no time since the rain began;
- a name before its role keeps a last word that is also a town's («سكوت شيفيلد، الرئيس التنفيذي»);
- "record 2023 earnings of $20 billion" are a year's profit, not the price of a deal;
- «تفتح الباب أمام» opens a door, no town of Al-Bab;
- «رئيس الوزراء الهندي» names India in its sentence, as «در هند» does.

And two read from batch 40 once it had been scored, kept out of the tuning until then: «مجموع آرای
مأخوذه» after «وزیر کشور،» is no minister's name, and a date a span runs from to now («… در سال
۱۳۵۷ تاکنون») is what the sentence's superlative measures from; and "the town of Bir al-Abed" goes
on past "Bir" through the article joined to "Abed".

The stories: Portugal's snap election of 10 March 2024 (the Democratic Alliance won 79 seats of 230,
Chega 48; 116 make a majority); a takeover announced with a year's earnings; Modi's compensation
after a fire abroad.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, findings_of, md

_AR = (
    "فوز تحالف يمين الوسط في الانتخابات البرتغالية\n\n"
    "أظهرت نتائج نُشرت اليوم الإثنين ١١ مارس ٢٠٢٤ أن التحالف الديمقراطي حلّ أولاً في الانتخابات التشريعية"
    " المبكرة التي جرت أمس الأحد في البرتغال، في ما وصفه مراقبون بالزلزال السياسي.\n\n"
    "وحصل التحالف على ٧٩ مقعداً من أصل ٢٣٠، ويحتاج أي ائتلاف إلى ١١٦ مقعداً على الأقل.\n"
)


def test_a_day_marked_today_in_the_opening_dates_an_undated_report(tmp_path):
    ex = extraction_of(tmp_path, "ar.txt", _AR)
    assert (ex.article.published, ex.article.published_source) == ("2024-03-11", "dateline")
    [main] = [m for m in ex.mentions if m.main]
    assert (main.type, main.earliest) == ("election", "2024-03-10")


def test_a_political_earthquake_is_no_earthquake(tmp_path):
    ex = extraction_of(
        tmp_path,
        "en.md",
        md("en", "2024-03-11", "Observers called Sunday's snap election in Portugal a political earthquake."),
    )
    assert {m.type for m in ex.mentions} == {"election"}


def test_the_seats_a_majority_needs_are_a_bar(tmp_path):
    ex = extraction_of(tmp_path, "ar.txt", _AR)
    by = {f.value["low"]: f.qualifiers.get("requested") for f in ex.frames if f.predicate == "seats"}
    assert by == {79: None, 116: "threshold"}
    en = md(
        "en", "2024-03-11", "The alliance won 79 seats. Any coalition needs at least 116 seats to govern."
    )
    [bar] = [f for f in extraction_of(tmp_path, "en.md", en).frames if f.value.get("low") == 116]
    assert bar.qualifiers.get("requested") == "threshold"
    fa = md(
        "fa",
        "2024-03-11",
        "برای تشکیل دولت دست‌کم ۱۱۶ کرسی لازم است و ائتلاف دموکراتیک اکنون ۳۷ کرسی با این رقم فاصله دارد.",
    )
    by = {f.value["low"]: f.qualifiers.get("requested") for f in extraction_of(tmp_path, "fa.md", fa).frames}
    assert by[116] == "threshold" and by.get(37) != "threshold"


def test_rain_that_fell_in_a_span_is_no_time_since_it_began(tmp_path):
    ar = md(
        "ar",
        "2023-05-18",
        "بدأت الأمطار الغزيرة يوم الثلاثاء 16 مايو في شمال إيطاليا، وقال رئيس الإقليم إن ما هطل خلال نحو 36"
        " ساعة يعادل نصف المعدل السنوي.",
    )
    assert not [f for f in findings_of(tmp_path, {"ar.md": ar}) if f["code"] == "IN03"]


def test_a_name_before_its_role_keeps_a_last_word_that_names_a_town(tmp_path):
    ar = md(
        "ar",
        "2023-10-12",
        "ومن المقرر أن ينضم سكوت شيفيلد، الرئيس التنفيذي لشركة بايونير، إلى مجلس إدارة إكسون.",
    )
    [name] = [c.value["name"] for c in extraction_of(tmp_path, "ar.md", ar).claims if c.type == "person_role"]
    assert name.endswith("شيفيلد")


def test_a_years_earnings_are_not_the_price_of_a_deal(tmp_path):
    story = {
        "en.md": md(
            "en",
            "2024-01-10",
            "The oil group agreed to buy its rival for $30 billion in stock.\n\nFlush with cash after record"
            " 2023 earnings of $20 billion, the group has been looking to expand its oil reserves.",
        ),
        "fa.md": md("fa", "2024-01-10", "این شرکت نفتی رقیب خود را به ارزش ۳۰ میلیارد دلار خرید."),
    }
    assert not conflicts_of(tmp_path, story)
    [earnings] = [
        f
        for f in extraction_of(tmp_path, "x.md", story["en.md"]).frames
        if f.value.get("low") == 20_000_000_000
    ]
    assert "c:profit" in earnings.subject["tokens"]


def test_opening_the_door_names_no_town(tmp_path):
    ar = md("ar", "2023-10-12", "ويرى محللون أن الصفقة قد تفتح الباب أمام موجة اندماجات جديدة في قطاع النفط.")
    assert not [c for c in extraction_of(tmp_path, "ar.md", ar).claims if c.type == "place"]


def test_a_roles_country_word_names_the_country_in_parallel_sentences(tmp_path):
    story = {
        "ar.md": md(
            "ar",
            "2024-06-13",
            "اندلع حريق فجر الأربعاء في مبنى يسكنه عمال هنود بمنطقة المنقف جنوبي الكويت، وأودى بحياة 49"
            " شخصاً.\n\nمن جهتها، قالت السفارة الهندية في الكويت إنها فتحت خطاً ساخناً لعائلات الضحايا،"
            " فيما أعلن رئيس الوزراء الهندي ناريندرا مودي صرف تعويضات لأسر الضحايا الهنود.",
        ),
        "fa.md": md(
            "fa",
            "2024-06-13",
            "آتش‌سوزی بامداد چهارشنبه در ساختمانی محل سکونت کارگران هندی در منطقه منقف در جنوب کویت ۴۹"
            " کشته برجای گذاشت.\n\nدر هند، نارندرا مودی، نخست‌وزیر این کشور، نشستی درباره حادثه برگزار"
            " کرد و دفترش از پرداخت غرامت به خانواده قربانیان هندی خبر داد.",
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF05"]


def test_the_total_of_votes_after_the_ministers_word_is_no_name(tmp_path):
    # (read after the kept-out batch 40 was scored: Iran's presidential election of June 2021)
    fa = md(
        "fa",
        "2021-06-19",
        "بنا بر اعلام وزیر کشور، مجموع آرای مأخوذه ۲۸ میلیون و ۹۳۳ هزار رأی بوده است.",
    )
    assert not [c for c in extraction_of(tmp_path, "fa.md", fa).claims if c.type == "person_role"]


def test_a_date_a_span_runs_from_to_now_is_what_the_superlative_measures_from(tmp_path):
    fa = md(
        "fa",
        "2021-06-19",
        "میزان مشارکت در این انتخابات ۴۸٫۸ درصد اعلام شد که پایین‌ترین نرخ مشارکت در انتخابات ریاست جمهوری"
        " از پیروزی انقلاب اسلامی در سال ۱۳۵۷ تاکنون است.",
    )
    [f] = [f for f in extraction_of(tmp_path, "fa.md", fa).frames if f.text.endswith("۱۳۵۷")]
    assert f.predicate != "dated" and f.value["earliest"] == "1978-03-21"


def test_an_article_joined_to_the_next_word_goes_on_with_the_name(tmp_path):
    # (read from batch 40 once scored: the attack on the al-Rawda mosque, 24 November 2017)
    en = md(
        "en",
        "2017-11-25",
        "Gunmen attacked a mosque in a village near the town of Bir al-Abed, west of El-Arish, on Friday.",
    )
    names = [c.value["name"] for c in extraction_of(tmp_path, "en.md", en).claims if c.type == "place"]
    assert "Bir al-Abed" in names
