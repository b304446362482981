"""Heads of listed bodies, offices of things that are no country, one day in two calendars, and
the days a storm struck other countries.

Articles written for these tests from real reporting, in our own words:
- the IAEA's mission to the Zaporizhzhia nuclear plant led by its Director General Rafael Grossi,
  1 September 2022 (his predecessor Yukiya Amano died in 2019);
- NASA's Artemis I launch of 16 November 2022 under Administrator Bill Nelson;
- Hurricane Idalia's landfall near Keaton Beach, Florida, on Wednesday 30 August 2023, after it
  passed western Cuba on 28 August;
- the G20 summit in New Delhi of 9–10 September 2023, chaired by India;
- the UAE's energy minister Suhail al-Mazrouei at an OPEC+ meeting.
"""

from __future__ import annotations

from tests.helpers import conflicts_of, extraction_of, main_of, md, problems_of, report_of


def _roles(x) -> list[tuple[str, str, dict]]:
    return [
        (c.value["name"], c.value["role"], c.value.get("scope") or {})
        for c in x.claims
        if c.type == "person_role"
    ]


_GROSSI_EN = md(
    "en",
    "2022-09-01",
    "IAEA Director General Rafael Grossi led a team of inspectors into the Zaporizhzhia nuclear plant"
    " on Thursday, crossing the front line despite shelling nearby.",
)
_GROSSI_AR = md(
    "ar",
    "2022-09-01",
    "وصل المدير العام للوكالة الدولية للطاقة الذرية، رافائيل غروسي، اليوم الخميس إلى محطة زابوريجيا"
    " النووية على رأس فريق من المفتشين.",
)
_GROSSI_FA = md(
    "fa",
    "2022-09-02",
    "رافائل گروسی، مدیرکل آژانس بین‌المللی انرژی اتمی، روز پنجشنبه همراه گروهی از بازرسان وارد نیروگاه"
    " اتمی زاپوریژیا شد.",
)


def test_the_head_of_a_listed_body_is_keyed_by_the_body_in_every_language(tmp_path):
    """ "IAEA Director General", «المدير العام للوكالة الدولية للطاقة الذرية», «مدیرکل آژانس
    بین‌المللی انرژی اتمی»: one office, the agency's head, whatever the word for it."""
    for name, text in (("en.md", _GROSSI_EN), ("ar.md", _GROSSI_AR), ("fa.md", _GROSSI_FA)):
        [(_, _, scope)] = _roles(extraction_of(tmp_path, name, text))
        assert scope.get("org") == "iaea", name
    story = {"en.md": _GROSSI_EN, "ar.md": _GROSSI_AR, "fa.md": _GROSSI_FA}
    found = problems_of(tmp_path, story)
    assert not [f for f in found if f["code"] == "CF01"]
    # Amano for Grossi in one report: two heads of one agency at once
    story["fa.md"] = _GROSSI_FA.replace("رافائل گروسی", "یوکیا آمانو")
    [cf] = [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]
    assert "International Atomic Energy Agency" in cf["message"]


def test_a_body_named_before_the_role_or_after_it_in_arabic(tmp_path):
    """ "NASA Administrator Bill Nelson" (the body before the role), «مدير وكالة ناسا بيل نيلسون»."""
    en = md(
        "en",
        "2022-11-16",
        "NASA Administrator Bill Nelson watched the Artemis I rocket lift off from Florida early on Wednesday.",
    )
    [(name, role, scope)] = _roles(extraction_of(tmp_path, "en.md", en))
    assert (name, role, scope.get("org")) == ("Bill Nelson", "head_of_organization", "nasa")
    # the pronoun is no body: "who" before a role is not WHO
    plain = md("en", "2022-11-16", "Officials who head the programme said the launch went well.")
    assert all(s.get("org") is None for _, _, s in _roles(extraction_of(tmp_path, "en2.md", plain)))


def test_the_president_of_a_summit_is_no_president_of_a_country(tmp_path):
    """ "the summit's president" chairs a meeting; naming him is no rival of the host's head of state."""
    en = md(
        "en",
        "2023-09-10",
        "The summit's president, Amitabh Kant, read out the declaration in New Delhi on Sunday."
        " Indian President Droupadi Murmu hosted a dinner for the leaders.",
    )
    roles = {n: (r, s) for n, r, s in _roles(extraction_of(tmp_path, "en.md", en))}
    assert roles["Amitabh Kant"][1].get("kind") == "organization"
    story = {
        "en.md": en,
        "en2.md": en.replace("The summit's president, Amitabh Kant,", "The chair").replace(
            "Indian President", "President"
        ),
    }
    assert not [f for f in conflicts_of(tmp_path, story) if f["code"] == "CF01"]


def test_a_country_whose_name_ends_in_s_owns_the_role_after_its_apostrophe(tmp_path):
    """ "the United Arab Emirates' energy minister": the Emirates are no one's name."""
    en = md(
        "en",
        "2023-06-04",
        "The new baselines were backed by Suhail al-Mazrouei, who is also the United Arab Emirates'"
        " energy minister, at the meeting in Vienna on Sunday.",
    )
    assert not [n for n, _, _ in _roles(extraction_of(tmp_path, "en.md", en)) if "Emirates" in n]


def test_a_definite_noun_after_and_continues_the_role(tmp_path):
    """«وزير الصناعة والتكنولوجيا المتقدمة»: "and Advanced Technology" is the ministry's, no name."""
    ar = md(
        "ar",
        "2023-06-04",
        "وقال وزير الصناعة والتكنولوجيا المتقدمة في الإمارات إن الاتفاق يدعم الاستثمار.",
    )
    assert not [n for n, _, _ in _roles(extraction_of(tmp_path, "ar.md", ar)) if n.startswith("وال")]


_IDALIA_AR = md(
    "ar",
    "2023-08-31",
    "ضرب الإعصار إداليا ساحل ولاية فلوريدا الأمريكية يوم الأربعاء 14 صفر 1445 هـ الموافق 30 أغسطس 2023"
    " قرب كيتون بيتش، مصنفا من الفئة الثالثة.",
)


def test_one_day_in_two_calendars_has_the_weekday_of_the_first(tmp_path):
    """«الأربعاء 14 صفر 1445 هـ الموافق 30 أغسطس 2023»: the Gregorian day is a stated Wednesday, so
    a report dating the landfall Tuesday 29 August conflicts with it (no day's slack)."""
    x = extraction_of(tmp_path, "ar.md", _IDALIA_AR)
    [greg] = [c for c in x.claims if c.type == "date" and c.value.get("calendar") == "gregorian"]
    assert (greg.value["weekday"], greg.value["weekday_ok"]) == ("wednesday", True)
    en = md(
        "en",
        "2023-08-31",
        "Hurricane Idalia made landfall near Keaton Beach, Florida, on Aug. 29 as a Category 3 storm.",
    )
    found = conflicts_of(tmp_path, {"ar.md": _IDALIA_AR, "en.md": en})
    assert [f for f in found if f["code"] == "CF04"]


def test_the_day_a_storm_struck_another_country_does_not_date_its_landfall(tmp_path):
    """In a report of the landfall in Florida, "In Cuba, where the storm passed on Aug. 28" is the
    day it came there, not the landfall's."""
    en = md(
        "en",
        "2023-09-02",
        "Governor Ron DeSantis toured flooded towns along Florida's Big Bend on Friday, two days after"
        " Hurricane Idalia made landfall near Keaton Beach on Aug. 30.\n\nIn Cuba, where the storm first"
        " passed on Aug. 28, heavy rain flooded parts of Pinar del Rio.",
    )
    main = main_of(tmp_path, "en.md", en)
    assert main.earliest == "2023-08-30"


def test_every_organization_name_belongs_to_a_listed_body():
    """rules/organizations: each language's ids are in concepts.yaml, and no name serves two bodies."""
    from checker.normalize import fold
    from checker.rules import load_rules

    rules = load_rules()
    bodies = rules.concepts("organizations")["organizations"]
    for lang in ("fa", "ar", "en"):
        data = rules.lang("organizations", lang)
        seen: dict[str, str] = {}
        for section in ("names", "acronyms"):
            for oid, names in (data.get(section) or {}).items():
                assert oid in bodies, (lang, oid)
                for name in names:
                    key = name if section == "acronyms" else fold(name)
                    assert seen.setdefault(key, oid) == oid, (lang, name)


def test_customers_without_power_are_no_damaged_homes(tmp_path):
    """ "2.6 million homes and businesses without electricity" is an outage, not damage; a report
    of the next day with fewer is the grid coming back, not a conflict."""
    en = md(
        "en",
        "2023-08-31",
        "Hurricane Idalia struck Florida on Wednesday, leaving more than 280,000 homes and businesses"
        " without electricity, according to PowerOutage.us.",
    )
    ar = md(
        "ar",
        "2023-09-01",
        "ضرب الإعصار إداليا ولاية فلوريدا الأمريكية يوم الأربعاء، ولا يزال نحو 100 ألف منزل ومؤسسة تجارية"
        " بلا كهرباء صباح الجمعة.",
    )
    frames = [f for f in extraction_of(tmp_path, "en.md", en).frames if "280" in f.text]
    assert [f.predicate for f in frames] == ["without_power"]
    assert not [f for f in conflicts_of(tmp_path, {"en.md": en, "ar.md": ar}) if f["code"] == "CF03"]


def test_a_toll_of_another_state_keeps_its_place(tmp_path):
    """ "Four deaths have been reported in North Carolina", in a report of a storm that struck
    Florida, is North Carolina's count: no rival of Florida's toll."""
    en = md(
        "en",
        "2022-10-06",
        "Hurricane Ian struck Florida on Sept. 28. Florida officials have confirmed 100 deaths."
        " Four deaths have been reported in North Carolina.",
    )
    [nc] = [f for f in extraction_of(tmp_path, "en.md", en).frames if f.text.startswith("Four")]
    assert nc.qualifiers.get("scope") == ["p:US-NC"]


def test_a_storm_that_reached_land_on_a_day_is_dated_by_it(tmp_path):
    """«… با رده ۴ و بادهایی با سرعت ۲۴۰ کیلومتر … به خشکی رسید»: reaching land is no count that
    rose to a figure, so the day dates the landfall."""
    fa = md(
        "fa",
        "2023-09-01",
        "توفان ایدالیا روز چهارشنبه ۸ شهریور با رده ۳ و بادهایی با سرعت ۲۰۰ کیلومتر در ساعت در نزدیکی"
        " کیتون بیچ در ایالت فلوریدا به خشکی رسید.",
    )
    main = main_of(tmp_path, "fa.md", fa)
    assert main.earliest == "2023-08-30"


_G20_EN = md(
    "en",
    "2023-09-09",
    "Leaders at the G20 summit in New Delhi adopted a joint declaration on Saturday. Indian Prime"
    " Minister Narendra Modi announced the consensus to the conference.",
)
_G20_FA = md(
    "fa",
    "2023-09-10",
    "رهبران گروه ۲۰ در نشست دهلی نو روز شنبه ۱۸ شهریور بیانیه مشترکی را تصویب کردند. آنتونیو گوترش،"
    " دبیرکل سازمان ملل، از این بیانیه استقبال کرد.",
)
_G20_AR = md(
    "ar",
    "2023-09-09",
    "اعتمد مؤتمر قمة مجموعة العشرين في نيودلهي اليوم السبت إعلانا مشتركا، وقال رئيس البنك الدولي أجاي"
    " بانغا إن الإعلان خطوة مهمة. وتستضيف البرازيل القمة المقبلة في نوفمبر 2024.",
)


def test_reports_of_one_conference_quoting_different_delegates_are_one_event(tmp_path):
    """Each report's own occasion, in one city on one day, published together, though no delegate
    is named in two of them; the next summit, to come after the publication, is another one."""
    report = report_of(tmp_path, {"en.md": _G20_EN, "fa.md": _G20_FA, "ar.md": _G20_AR})
    linked = [sorted(e["articles"]) for e in report["events"] if len(e["articles"]) > 1]
    assert linked == [["ar", "en", "fa"]]
    main = main_of(tmp_path, "ar.md", _G20_AR)
    assert main.earliest == "2023-09-09"


# The Kigali Amendment to the Montreal Protocol (October 2016): HFC cuts by year, from a baseline.
_KIGALI_EN = md(
    "en",
    "2016-10-15",
    "Under the deal reached in Kigali, rich countries must cut their use of HFCs 10% by 2019 and 85%"
    " by 2036, compared with 2012 levels, to honour the goals of the Montreal Protocol.",
)
_KIGALI_FA = md(
    "fa",
    "2016-10-16",
    "بر اساس توافق کیگالی، کشورهای ثروتمند باید مصرف این گازها را تا سال ۲۰۱۹ به میزان ۱۰ درصد و تا سال ۲۰۳۶"
    " به میزان ۸۵ درصد نسبت به سطح سال ۲۰۱۲ کاهش دهند تا اهداف پروتکل مونترال محقق شود.",
)
_KIGALI_AR = md(
    "ar",
    "2016-10-15",
    "وتلتزم الدول الغنية بخفض استخدام هذه الغازات بحلول عام ٢٠٣٦، على أن يبلغ الخفض ٨٥ في المئة بحلول العام"
    " نفسه مقارنة بمستويات عام ٢٠١٢، بموجب اتفاق كيغالي.",
)


def _rates(x) -> dict[str, str | None]:
    return {f.text: (f.time or {}).get("earliest") for f in x.frames if f.predicate == "rate"}


def test_each_figure_of_a_list_holds_by_its_own_year_not_the_baseline(tmp_path):
    """ "10% by 2019 and 85% by 2036, compared with 2012 levels": 2012 is the baseline, and in
    «تا سال ۲۰۱۹ به میزان ۱۰ درصد و تا سال ۲۰۳۶ به میزان ۸۵ درصد» the year after "and" is the
    next figure's."""
    assert _rates(extraction_of(tmp_path, "en.md", _KIGALI_EN)) == {"10%": "2019-01-01", "85%": "2036-01-01"}
    assert _rates(extraction_of(tmp_path, "fa.md", _KIGALI_FA)) == {
        "۱۰ درصد": "2019-01-01",
        "۸۵ درصد": "2036-01-01",
    }


def test_the_same_year_names_the_year_before_it_again(tmp_path):
    """«بحلول عام ٢٠٣٦ … بحلول العام نفسه»: a date of 2036, and the figure holds then."""
    x = extraction_of(tmp_path, "ar.md", _KIGALI_AR)
    [same] = [c for c in x.claims if c.type == "date" and c.text == "العام نفسه"]
    assert same.value["earliest"] == "2036-01-01"
    assert _rates(x) == {"٨٥ في المئة": "2036-01-01"}


def test_a_place_in_the_name_of_an_agreement_is_no_place_of_the_text(tmp_path):
    """ "the Montreal Protocol", «پروتکل مونترال», «اتفاق كيغالي»: names of agreements, no places."""
    for name, text in (("en.md", _KIGALI_EN), ("fa.md", _KIGALI_FA), ("ar.md", _KIGALI_AR)):
        x = extraction_of(tmp_path, name, text)
        assert not [c for c in x.claims if c.type == "place" and c.value.get("place") == "ca.montreal"], name
    held = md("en", "2016-10-15", "Delegates met in Montreal on Friday.")
    assert [
        c.value.get("place") for c in extraction_of(tmp_path, "en2.md", held).claims if c.type == "place"
    ] == ["ca.montreal"]


def test_counties_in_a_disaster_declaration_are_counted_across_languages(tmp_path):
    """ "a major disaster declaration covering nine counties" against «حالة الكارثة … في 11 مقاطعة»:
    one count of counties, told differently; «۹ شهرستان» agrees with the nine."""
    en = md(
        "en",
        "2023-08-31",
        "Hurricane Idalia struck Florida on Wednesday. President Joe Biden approved a major disaster"
        " declaration covering nine counties.",
    )
    ar = md(
        "ar",
        "2023-08-31",
        "ضرب الإعصار إداليا ولاية فلوريدا يوم الأربعاء، وأعلن الرئيس الأمريكي جو بايدن حالة الكارثة الكبرى في"
        " 11 مقاطعة.",
    )
    fa = md(
        "fa",
        "2023-09-01",
        "توفان ایدالیا روز چهارشنبه به فلوریدا رسید و جو بایدن برای ۹ شهرستان این ایالت وضعیت فاجعه بزرگ اعلام کرد.",
    )
    counts = [f for f in extraction_of(tmp_path, "ar.md", ar).frames if f.text == "11 مقاطعة"]
    assert [(f.predicate, f.value["unit"]) for f in counts] == [("count", "district")]
    found = conflicts_of(tmp_path, {"en.md": en, "ar.md": ar, "fa.md": fa})
    assert [f for f in found if f["code"] == "CF03" and "11" in f["message"]]


def test_the_head_of_the_election_authority_is_one_office(tmp_path):
    """ "Chief counting officer X declared the result" against «أعلنت كبيرة مسؤولي فرز الأصوات Y»:
    two people for the office that declared one national result (the Irish divorce referendum of
    May 2019 is the example; the names here are made up)."""
    en = md(
        "en",
        "2019-05-27",
        "DUBLIN, May 27 — Ireland voted to ease its divorce laws in a referendum on Friday. Chief"
        " counting officer Barry Ryan declared the result at Dublin Castle on Sunday.",
    )
    ar = md(
        "ar",
        "2019-05-27",
        "دبلن - صوت الناخبون في أيرلندا يوم الجمعة في استفتاء على تخفيف قوانين الطلاق، وأعلنت كبيرة مسؤولي فرز"
        " الأصوات ماري كيلي النتيجة يوم الأحد في قلعة دبلن.",
    )
    roles = [r for _, r, _ in _roles(extraction_of(tmp_path, "ar.md", ar))]
    assert roles == ["election_chief"]
    assert [f for f in conflicts_of(tmp_path, {"en.md": en, "ar.md": ar}) if f["code"] == "CF01"]


def test_parties_to_a_convention_are_counted_and_a_later_plan_year_is_no_time_of_the_count(tmp_path):
    """ "The protocol, ratified by all 198 parties to the convention, sets targets for 2036": the
    count holds now, not in 2036, and 197 parties in another report is a conflict."""
    a = md(
        "en",
        "2016-10-15",
        "The amendment, adopted by all 197 parties to the Montreal Protocol, sets cuts to be reached by 2036.",
    )
    b = md(
        "en",
        "2016-10-16",
        "The amendment, adopted by all 198 parties to the Montreal Protocol on Saturday, is binding.",
    )
    [f] = [f for f in extraction_of(tmp_path, "a.md", a).frames if f.text == "197 parties"]
    assert (f.value["unit"], f.time) == ("party", None)
    assert [c for c in conflicts_of(tmp_path, {"a.md": a, "b.md": b}) if c["code"] == "CF03"]


def test_a_toll_in_the_occasions_own_town_keeps_no_scope(tmp_path):
    """The bombings near the Kerman cemetery of 3 January 2024, in our own words: a later sentence
    places arrests in another province, so that province joins the occasion's places; the toll
    "in the town of Golzar in Kerman province" still names the occasion's own town, so it is the
    occasion's toll, not a province's apart from it."""
    en = md(
        "en",
        "2024-01-06",
        "Twin blasts killed dozens at a memorial ceremony in the town of Golzar on Wednesday.\n\n"
        "Suspects in the bombings were arrested in Sistan and Baluchestan province on Friday.\n\n"
        "The death toll in the town of Golzar in Kerman province rose to 89, officials said.",
    )
    [toll] = [f for f in extraction_of(tmp_path, "en.md", en).frames if f.predicate == "killed"]
    assert toll.text == "89" and not toll.qualifiers.get("scope")
