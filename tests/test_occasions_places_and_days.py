"""Occasions, places and days the probe stories of session 57 misread: a successor named after the
one he followed, a port that is no Nigerian town, a surname that is no Sudanese city, two occasions
named together with one date, the places of another occasion in the same sentence, where a flight
came from or stopped on its way, the day something was said, dates inside a quotation, a date in two
calendars, a process that began weeks ago, and a stay in prison over two past years.

Articles written for these tests from real reporting, in our own words: the Los Angeles fires of
January 2025, the Noto earthquake of 1 January 2024, Narendra Modi's visit to Moscow of 8-9 July
2024, the Potomac collision of 29 January 2025, the Shahid Rajaee port blast of 26 April 2025,
Rodrigo Duterte's arrest of 11 March 2025, the loss of the Titan submersible in June 2023, Donald
Trump's conviction in New York on 30 May 2024 and Lula's victory in Brazil on 30 October 2022.
"""

from __future__ import annotations

from tests.helpers import conflicts_coded, extraction_of, frames_of, md, problems_of


def test_a_successor_named_after_the_holder_makes_him_former(tmp_path):
    """ "President Joe Biden approved a disaster declaration on January 8, and his successor, Donald
    Trump, toured the burned areas": Trump holds the office now, no rival of Biden."""
    story = {
        "en.md": md(
            "en",
            "2025-01-31",
            "President Joe Biden approved a major disaster declaration for Los Angeles on January 8, and his"
            " successor, Donald Trump, toured the burned areas on Friday, January 24.",
        ),
        "fa.txt": " date 2025-02-01\nآتش لس‌آنجلس\nدونالد ترامپ، رئیس‌جمهور آمریکا، روز جمعه ۲۴ ژانویه از مناطق آسیب‌دیده"
        " لس‌آنجلس بازدید کرد.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF01")


def test_a_port_is_no_town_and_a_surname_no_city(tmp_path):
    """«ميناء واجيما» (Wajima's port) folds to Minna's «مينا», a head noun is no name; «ثم أفاد
    الأبيض» (then Abiad said) is the minister, not El Obeid in Sudan."""
    quake = (
        " date 2024-01-04\nزلزال اليابان\nرصدت أمواج تسونامي بارتفاع 1.2 متر في ميناء واجيما بمحافظة إيشيكاوا اليابانية"
        " يوم الاثنين.\n"
    )
    places = {c.value["place"] for c in extraction_of(tmp_path, "ar.txt", quake).claims if c.type == "place"}
    assert "ng.minna" not in places
    blasts = " date 2024-09-19\nانفجارات لبنان\nوأفاد الأبيض يوم الأربعاء بأن عدد قتلى انفجارات البيجر في لبنان ارتفع إلى 12.\n"
    places = {
        c.value["place"] for c in extraction_of(tmp_path, "ar2.txt", blasts).claims if c.type == "place"
    }
    assert "sd.el_obeid" not in places


def test_two_occasions_named_together_share_their_date(tmp_path):
    """ "the magnitude 9.0 earthquake and tsunami of March 11, 2011": the 9.0 is the 2011 quake's,
    no rival of this quake's 7.6."""
    text = md(
        "en",
        "2024-01-04",
        "The earthquake that struck Ishikawa on Monday, January 1, had a magnitude of 7.6. Japan's worst recent"
        " disaster remains the magnitude 9.0 earthquake and tsunami of March 11, 2011, which left more than 18,000"
        " people dead or missing.",
    )
    story = {
        "en.md": text,
        "fa.txt": " date 2024-01-04\nزلزله ژاپن\nزلزله ۷.۶ ریشتری روز دوشنبه استان ایشیکاوا را لرزاند.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF03")


def test_a_place_after_another_occasions_word_is_that_ones(tmp_path):
    """ "The visit coincided with Russian missile strikes on Monday that hit a children's hospital in
    Kyiv", «وتزامنت الزيارة مع ضربات صاروخية … في كييف»: Kyiv is the strikes' place, not the
    talks'."""
    story = {
        "en.md": md(
            "en",
            "2024-07-09",
            "MOSCOW — Narendra Modi held talks with Vladimir Putin at the Kremlin on Tuesday, July 9, 2024. The"
            " visit coincided with Russian missile strikes on Monday that hit a children's hospital in Kyiv.",
        ),
        "ar.txt": " date 2024-07-09\nمودي في الكرملين\nأجرى ناريندرا مودي محادثات مع فلاديمير بوتين في الكرملين اليوم الثلاثاء 9"
        " يوليو 2024. وتزامنت الزيارة مع ضربات صاروخية روسية طالت مستشفى للأطفال في كييف.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF05")


def test_an_earlier_crash_in_the_same_sentence_keeps_its_place(tmp_path):
    """ "The crash is the deadliest U.S. air disaster since November 12, 2001, when Flight 587 went
    down in Queens": Queens is 2001's, not where the jet and the helicopter collided."""
    story = {
        "en.md": md(
            "en",
            "2025-01-30",
            "WASHINGTON — An American Eagle jet and an Army helicopter collided over the Potomac River near"
            " Washington on Wednesday, January 29, killing all 67 people aboard. The crash is the deadliest U.S. air"
            " disaster since November 12, 2001, when American Airlines Flight 587 went down in Queens.",
        ),
        "fa.txt": " date 2025-01-30\nبرخورد در واشنگتن\nیک هواپیمای مسافربری شامگاه چهارشنبه ۱۰ بهمن در واشنگتن با یک بالگرد"
        " ارتش برخورد کرد و ۶۷ نفر کشته شدند.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF05")


def test_where_a_flight_stopped_is_not_where_it_was(tmp_path):
    """ "with a stopover in Dubai" is on the way, not where Duterte was arrested."""
    arrest = md(
        "en",
        "2025-03-12",
        "MANILA — Rodrigo Duterte was arrested at Manila's airport on Tuesday, March 11, 2025. He was flown out"
        " late on Tuesday on a chartered jet, with a stopover in Dubai before continuing to the Netherlands.",
    )
    roles = {
        c.value["place"]: c.value["role"]
        for c in extraction_of(tmp_path, "en.md", arrest).claims
        if c.type == "place"
    }
    assert roles["ae.dubai"] == "origin"


def test_the_day_something_was_said_is_not_the_occasions(tmp_path):
    """ "…, the U.S. Coast Guard said on Thursday, June 22" and «گارد ساحلی آمریکا روز پنجشنبه ۱
    تیر ۱۴۰۲ (۲۲ ژوئن ۲۰۲۳) اعلام کرد»: when the loss was announced, not the implosion of Sunday."""
    story = {
        "en.md": md(
            "en",
            "2023-06-23",
            "BOSTON — The five people aboard the Titan submersible were killed in a catastrophic implosion near the"
            " wreck of the Titanic, the U.S. Coast Guard said on Thursday, June 22.",
        ),
        "fa.txt": " date 2023-06-23\nپایان جست‌وجو برای تایتان\nگارد ساحلی آمریکا روز پنجشنبه ۱ تیر ۱۴۰۲ (۲۲ ژوئن ۲۰۲۳) اعلام کرد که"
        " هر پنج سرنشین زیردریایی تایتان بر اثر انفجار درون‌ریز جان باخته‌اند.\n",
        "ar.txt": " date 2023-06-23\nغواصة تيتان\nقال خفر السواحل الأميركي إن الركاب الخمسة لقوا حتفهم في انفجار داخلي"
        " كارثي وقع يوم الأحد 18 يونيو 2023.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF04")


def test_an_ordinal_is_no_name_of_a_district(tmp_path):
    """«فرمانده منطقه یکم گارد ساحلی» (commander of the First District): no place «یکم»."""
    text = " date 2023-06-23\nتایتان\nجان ماگر، فرمانده منطقه یکم گارد ساحلی آمریکا، در نشستی خبری در بوستون سخن گفت.\n"
    x = extraction_of(tmp_path, "fa.txt", text)
    assert not [c for c in x.claims if c.type == "place" and c.text == "یکم"]


def test_a_date_inside_a_quotation_is_not_the_occasions(tmp_path):
    """«وقال إن "الحكم الحقيقي سيصدره الشعب في 5 نوفمبر"»: the election someone said is to come,
    not the day of the verdict."""
    text = (
        " date 2024-05-31\nإدانة ترامب\nأدانت هيئة محلفين في محكمة بمانهاتن يوم الخميس 30 أيار/مايو 2024 دونالد ترامب."
        ' ووصف ترامب المحاكمة بأنها مزورة، وقال إن "الحكم الحقيقي سيصدره الشعب في 5 نوفمبر".\n'
    )
    x = extraction_of(tmp_path, "ar.txt", text)
    [main] = [m for m in x.mentions if m.main]
    assert main.earliest == "2024-05-30"


def test_the_occasions_day_in_another_calendar_is_its_own_frame_only(tmp_path):
    """«يوم الخميس 30 أيار/مايو 2024 (الموافق 22 ذو القعدة 1445هـ)»: the Hijri twin is evidence of the
    verdict's day, no dated fact of the court of its own (set against the arraignment's April 4)."""
    text = (
        " date 2024-05-31\nإدانة ترامب\nأدانت هيئة محلفين في محكمة بمانهاتن، يوم الخميس 30 أيار/مايو 2024 (الموافق 22 ذو"
        " القعدة 1445هـ)، الرئيس الأميركي السابق دونالد ترامب.\n"
    )
    frames = frames_of(tmp_path, "ar.txt", text)
    assert not [f for f in frames if f.predicate == "dated"]
    [day] = [f for f in frames if f.predicate == "event_date"]
    assert len(day.claims) == 2


def test_what_began_weeks_ago_is_no_founding(tmp_path):
    """ "Jury selection began on April 15, 2024" and «مداولات استمرت يومين بدأت يوم الأربعاء 29
    أيار/مايو»: two things that began, no founding of the story's body on two days."""
    story = {
        "en.md": md(
            "en",
            "2024-05-31",
            "A Manhattan jury convicted Donald Trump on Thursday at the end of his trial. Jury selection began on April"
            " 15, 2024.",
        ),
        "ar.txt": " date 2024-05-31\nإدانة ترامب\nأدانت هيئة محلفين في مانهاتن دونالد ترامب يوم الخميس. وجاء الحكم بعد مداولات"
        " استمرت يومين بدأت يوم الأربعاء 29 أيار/مايو.\n",
        "fa.txt": " date 2024-05-31\nمحکومیت ترامپ\nهیئت منصفه در منهتن روز پنجشنبه ترامپ را مجرم شناخت. اعضای هیئت منصفه پس"
        " از دو روز شور، که از چهارشنبه ۹ خرداد آغاز شده بود، رأی خود را اعلام کردند.\n",
    }
    assert not conflicts_coded(tmp_path, story, "CF02")


def test_a_stay_within_two_past_years_is_over(tmp_path):
    """ "he spent 580 days in prison in 2018 and 2019", «أمضى 580 يوما في السجن بين 2018 و2019»: a
    span within those years, not one from 2018 up to the report; and "in 2018 and 2019" names two
    years, no period since 2018."""
    story = {
        "en.md": md(
            "en",
            "2022-10-31",
            "Lula won Brazil's runoff on Sunday. He spent 580 days in prison in 2018 and 2019 on convictions that"
            " the Supreme Court annulled in 2021.",
        ),
        "ar.txt": " date 2022-10-31\nلولا يفوز\nفاز لولا بالجولة الثانية يوم الأحد. وقد أمضى لولا 580 يوما في السجن بين 2018"
        " و2019 بعد إدانته في قضايا فساد.\n",
    }
    assert not [f for f in problems_of(tmp_path, story) if f["code"] in ("IN03", "CF02")]
    x = extraction_of(tmp_path, "en2.md", story["en.md"])
    assert not [c for c in x.claims if c.type == "date" and c.value.get("range")]


def test_sunstroke_is_no_attack(tmp_path):
    """«توفي 14 حاجا بسبب ضربات الشمس»: sunstrokes, no strike."""
    text = " date 2024-06-18\nوفاة حجاج\nتوفي 14 حاجا أردنيا بسبب ضربات الشمس خلال أداء مناسك الحج في مكة.\n"
    assert "attack" not in {m.type for m in extraction_of(tmp_path, "ar.txt", text).mentions}
