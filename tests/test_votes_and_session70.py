"""Session 70: the eval's misses and probe batches 28-31 (twelve stories written by helpers that
saw no code; four tuned on, two kept out, six wholly held out until scored). The general readings:

- a count of members or deputies followed by their side («۱۲۰۴ عضو رأی موافق دادند», "1,204
  members voted in favor", «صوت 1204 أعضاء لصالح») is a count of the motion's votes on that side;
- a motion's share that no side word marks ("by 1,204 votes to 310, or 80%", «با ۸۰ درصد آرا …
  تصویب کردند») is the share that carried it, compared with the other reports' share;
- a figure in a clause of its own after ", and" is dated by that clause's date, not the sentence's
  first ("A tentative agreement was reached on Monday, Feb. 26, and members ratified it on Friday,
  March 8, by 1,204 votes to 310");
- a role's word inside a name is none ("Amir-Hossein", «حسين أمير عبد اللهيان»); «وزير خارجيته»
  is one role; ordinals are no words of a name; a four-digit age is a year of birth;
- two values each given by two reports, one report giving both, are two figures;
- a duration after "within" («ظرف», «في غضون») is a limit, and a shorter length falls within it;
- a first round and its runoff are two occasions, and a report of the first round joins the
  runoff reports' «الجولة الأولى» of its day; a count cut short in words meets the full count;
- bodies found are at least that many dead; a country after "including" («با احتساب») is counted in
  a group's figure; a margin between candidates is no one's votes;
- a tax cut is no bond purchase; the holder after "<role> under" ("health minister under President
  Khatami") held office in an earlier government;
- Arabic clause words and occasion nouns end a name; «لک» is a lakh; «از قربانیان» after a count's
  unit makes it a part of the dead.
"""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import check
from tests.helpers import conflicts_of, extraction_of, findings_of, frames_of, md, roles_of, subfolder

_EN = (
    "The nurses' union said its members had approved the new contract. A tentative agreement was "
    "reached on Monday, Feb. 26, and members ratified it on Friday, March 8, by 1,204 votes to 310, "
    "or 80%."
)
_FA = (
    "اعضای اتحادیه پرستاران روز جمعه ۱۸ اسفند ۱۴۰۲ با ۸۰ درصد آرا قرارداد جدید را تصویب کردند. در "
    "این رأی‌گیری ۱۲۰۴ عضو رأی موافق و ۳۱۰ عضو رأی مخالف دادند."
)


def _frames(folder, lang: str, body: str, published: str, keep) -> list:
    """The frames of one article that ``keep`` keeps."""
    return [f for f in frames_of(folder, f"{lang}.md", md(lang, published, body)) if keep(f)]


def _votes(folder, lang: str, body: str, published: str = "2024-03-09") -> dict[float, dict]:
    return {
        f.value["low"]: f for f in _frames(folder, lang, body, published, lambda f: f.predicate == "votes")
    }


def test_members_counted_with_their_side_are_a_motions_votes(tmp_path):
    cases = {
        "fa": _FA,
        "en": "Members ratified the contract in a vote on Friday: 1,204 members voted in favor and 310 voted against.",
        "ar": "وفي الاقتراع الذي جرى يوم الجمعة، صوت 1204 أعضاء لصالح العقد مقابل 310 أعضاء صوتوا ضده.",
    }
    for lang, body in cases.items():
        votes = _votes(tmp_path, lang, body)
        sides = {n: votes[n].qualifiers.get("candidate") for n in (1204, 310)}
        assert sides == {1204: "side:for", 310: "side:against"}, (lang, sides)


def test_a_figure_of_a_joined_clause_holds_on_that_clauses_day(tmp_path):
    # (where the 8th is the reported occasion's own day the figures are the occasion's; never the
    # 26th's, the tentative deal's)
    en = _votes(tmp_path, "en", _EN)
    assert {(f.time or {}).get("earliest", "2024-03-08") for f in en.values()} == {"2024-03-08"}
    # (and told in a later report of a walkout, they are the 8th's)
    walkout = "Nurses at the hospital walked out on Tuesday, April 16, over staffing. " + _EN
    later = _votes(tmp_path, "en_later", walkout, "2024-04-17")
    assert {f.time["earliest"] for f in later.values()} == {"2024-03-08"}
    # (a clause joined after the figure is not its own: the rise is 2022's)
    rate = next(
        f
        for f in frames_of(
            tmp_path,
            "en2.md",
            md(
                "en",
                "2023-03-12",
                "The company's net income for 2022, the highest in its history, rose 46.5%, and in 2023 it "
                "fell by a quarter.",
            ),
        )
        if f.value.get("low") == 46.5
    )
    assert rate.time["earliest"] == "2022-01-01"


def test_a_motions_share_told_alone_meets_the_other_reports_share(tmp_path):
    arts = {"en.md": md("en", "2024-03-09", _EN), "fa.md": md("fa", "2024-03-09", _FA)}
    agreed = [f["message"] for f in findings_of(tmp_path, arts) if f["type"] == "agreement"]
    assert any("80 percent" in m for m in agreed), agreed
    assert any("310 votes" in m for m in agreed), agreed
    assert not conflicts_of(subfolder(tmp_path, "same"), arts)
    changed = {**arts, "fa.md": md("fa", "2024-03-09", _FA.replace("۱۲۰۴ عضو", "۱۱۴۰ عضو"))}
    found = conflicts_of(subfolder(tmp_path, "changed"), changed)
    assert any("1,140 votes" in f["message"] and "1,204 votes" in f["message"] for f in found), found


def test_a_roles_word_inside_a_name_is_no_role(tmp_path):
    en = roles_of(
        extraction_of(
            tmp_path,
            "en.md",
            md(
                "en",
                "2024-06-29",
                "Two of them, Tehran Mayor Alireza Zakani and Vice President Amir-Hossein Ghazizadeh "
                "Hashemi, withdrew. Iranian activist Amir-Hossein Sabeti called the vote unfair.",
            ),
        )
    )
    assert ("Amir-Hossein Ghazizadeh Hashemi", "vice_president") in en
    assert not any(role == "emir" for _, role in en), en
    ar = roles_of(
        extraction_of(
            tmp_path,
            "ar.md",
            md(
                "ar",
                "2024-07-06",
                "وجاءت الانتخابات المبكرة إثر مقتل الرئيس إبراهيم رئيسي ووزير خارجيته حسين أمير عبد "
                "اللهيان في تحطم مروحية.",
            ),
        )
    )
    # («وزير خارجيته», his foreign minister, is one role; the «أمير» of the name is none)
    assert ("حسين أمير عبد اللهيان", "foreign_minister") in ar, ar
    assert not any(role == "emir" for _, role in ar), ar


def test_an_ordinal_is_no_word_of_a_name_and_a_year_of_birth_no_age(tmp_path):
    fa = roles_of(
        extraction_of(tmp_path, "fa.md", md("fa", "2024-07-06", "مسعود پزشکیان نهمین رئیس‌جمهور ایران شد."))
    )
    assert not any("نهمین" in name for name, _ in fa), fa
    ages = [
        f.value["low"]
        for f in frames_of(
            tmp_path,
            "fa2.md",
            md("fa", "2024-07-06", "پزشکیان متولد ۱۳۳۳ در مهاباد در استان آذربایجان غربی و ۶۹ ساله است."),
        )
        if f.predicate == "age"
    ]
    assert ages == [69]


def test_two_figures_each_met_and_one_report_giving_both_are_no_conflict(tmp_path):
    # (met by their words alone, Brent's March low of $70 and WTI's $80.42 close are two figures,
    # each told by two reports, and one report gives both: the OPEC+ cut story of probe batch 29,
    # written by a helper that saw no code)
    story = Path(__file__).parent.parent / "benchmarks" / "probes" / "opec_plus_cut_2023"
    found = [f["message"] for f in check([story]).report["findings"] if f["type"] == "conflict"]
    assert not any(" 70 dollars" in m for m in found), found


def test_a_limit_within_which_an_act_falls_is_no_length(tmp_path):
    # ("reopen embassies within two months", «حداکثر ظرف دو ماه»: no length of the talks' four days,
    # nor a time since the talks began; the Iran-Saudi story of probe batch 29)
    assert _read_within(tmp_path, "en", "Both sides agreed to reopen embassies within two months.")
    assert _read_within(tmp_path, "fa", "دو کشور سفارتخانه‌های خود را حداکثر ظرف دو ماه بازگشایی می‌کنند.")
    assert _read_within(tmp_path, "ar", "واتفق الجانبان على إعادة فتح السفارات في غضون شهرين.")
    story = Path(__file__).parent.parent / "benchmarks" / "probes" / "iran_saudi_beijing_deal_2023"
    found = check([story]).report["findings"]
    assert not [
        f["message"] for f in found if f["type"] in ("conflict", "inconsistency") and "month" in f["message"]
    ]
    assert any(f["type"] == "agreement" and "2 months" in f["message"] for f in found)


def _read_within(folder, lang: str, body: str) -> bool:
    found = _frames(folder, lang, body, "2023-03-10", lambda f: f.predicate == "duration")
    return bool(found) and all(f.qualifiers.get("within") for f in found)


def test_a_first_round_and_the_runoff_are_two_occasions():
    # (a report of the first round, published the day after it, against reports of the runoff a
    # week on that recall «الجولة الأولى» of 28 June: the same candidates, two votes; the Iran
    # runoff story of probe batch 28)
    # (and the report of the first round, its own occasion, meets the runoff reports' «الجولة
    # الأولى» of that day: its turnout agrees with theirs)
    story = Path(__file__).parent.parent / "benchmarks" / "probes" / "iran_runoff_2024"
    found = check([story]).report["findings"]
    conflicts = [f["message"] for f in found if f["type"] == "conflict"]
    assert not [m for m in conflicts if "turnout" in m or "date of the event" in m], conflicts
    assert any(
        f["type"] == "agreement" and "turnout" in f["message"] and "en_capitalcourier" in f["message"]
        for f in found
    )


def test_a_count_cut_short_in_words_meets_the_full_count(tmp_path):
    arts = {
        "en.md": md(
            "en",
            "2024-06-29",
            "Masoud Pezeshkian led Iran's presidential election on Friday, June 28, with 10,415,991 votes.",
        ),
        "fa.md": md(
            "fa",
            "2024-06-29",
            "مسعود پزشکیان در انتخابات ریاست جمهوری ایران روز جمعه ۸ تیر ۱۴۰۳ با ۱۰ میلیون و ۴۱۵ هزار رأی پیشتاز شد.",
        ),
    }
    assert not conflicts_of(tmp_path, arts)
    # (but another count cut short is no cut of this one)
    other = {
        **arts,
        "fa.md": md(
            "fa",
            "2024-06-29",
            "مسعود پزشکیان در انتخابات ریاست جمهوری ایران روز جمعه ۸ تیر ۱۴۰۳ با ۱۳ میلیون و ۵۳۸ هزار رأی پیشتاز شد.",
        ),
    }
    assert conflicts_of(subfolder(tmp_path, "other"), other)


def test_bodies_found_are_at_least_that_many_dead(tmp_path):
    arts = {
        "en1.md": md(
            "en",
            "2024-03-26",
            "A cargo ship struck the bridge early Tuesday, sending the span into the river and leaving six "
            "members of a road crew presumed dead, officials said after the collapse.",
        ),
        "en2.md": md(
            "en",
            "2024-03-28",
            "On Wednesday, divers recovered the bodies of two of the six road workers who fell with the "
            "bridge after the collapse on Tuesday.",
        ),
        "fa.md": md(
            "fa",
            "2024-03-28",
            "غواصان روز چهارشنبه پیکر دو تن از شش کارگری را که در پی فروریختن پل در روز سه‌شنبه جان "
            "باختند از آب بیرون کشیدند.",
        ),
    }
    assert not conflicts_of(tmp_path, arts)
    body = "وانتشلت فرق الإنقاذ جثث 3 أشخاص من تحت الأنقاض."
    killed = _frames(subfolder(tmp_path, "x"), "ar", body, "2024-03-28", lambda f: f.predicate == "killed")
    assert [(f.value["low"], f.value["high"], f.value["hedge"]) for f in killed] == [(3, None, "at_least")]


def test_a_country_counted_in_a_groups_figure_is_no_scope_of_its_own(tmp_path):
    cases = {
        "en": "Including Russia, the pledges come to about 1.66 million barrels per day.",
        "fa": "با احتساب سهم روسیه، مجموع این تعهدات به حدود یک میلیون و ۶۶۰ هزار بشکه در روز می‌رسد.",
        "ar": "وبما في ذلك روسيا، يرتفع مجموع التعهدات إلى نحو 1.66 مليون برميل يوميا.",
    }
    for lang, body in cases.items():
        barrels = _frames(tmp_path, lang, body, "2023-04-03", lambda f: f.value.get("unit") == "barrel")
        scopes = [f.qualifiers.get("scope") for f in barrels]
        assert scopes and all("cc:RU" not in (s or ()) for s in scopes), (lang, scopes)
    # (but a country's own cut keeps its scope)
    body = "Russia said it would keep its 500,000 bpd cut in place."
    own = _frames(tmp_path, "en", body, "2023-04-03", lambda f: f.value.get("unit") == "barrel")
    assert [f.qualifiers.get("scope") for f in own] == [["cc:RU"]]


def test_a_margin_between_candidates_is_no_ones_votes(tmp_path):
    cases = {
        "fa": "پزشکیان با اختلافی نزدیک به ۲ میلیون و ۸۵۰ هزار رأی به عنوان رئیس‌جمهور انتخاب شد.",
        "en": "Pezeshkian won the runoff by a margin of about 2.85 million votes.",
        "ar": "وفاز بزشكيان في جولة الإعادة بفارق يقارب 2.85 مليون صوت.",
        "en2": "Modi, who won his own seat in Varanasi by 152,513 votes, becomes prime minister again.",
    }
    for name, body in cases.items():
        lang = name[:2]
        votes = _frames(tmp_path, lang, body, "2024-07-06", lambda f: f.predicate == "votes")
        qualifiers = [f.qualifiers for f in votes]
        assert votes and all(q.get("margin") and not q.get("candidate") for q in qualifiers), (
            name,
            qualifiers,
        )
    # (but a tally's "by" is none: "approved by 204 votes to 85")
    body = "The assembly approved the motion by 204 votes to 85."
    tally = _frames(tmp_path, "en", body, "2024-07-06", lambda f: f.predicate == "votes")
    assert tally and not any(f.qualifiers.get("margin") for f in tally)


def test_a_tax_cut_is_no_bond_purchase(tmp_path):
    arts = {
        "en1.md": md(
            "en",
            "2022-10-20",
            "Her government never recovered from the mini-budget of September 23, in which her chancellor set "
            "out £45 billion in unfunded tax cuts.",
        ),
        "en2.md": md(
            "en",
            "2022-10-25",
            "In his first speech, the new prime minister said mistakes were made under his predecessor, a "
            "reference to the mini-budget of September 23, which rattled markets and forced the Bank of England "
            "into a £65 billion bond-buying programme.",
        ),
        "fa.md": md(
            "fa",
            "2022-10-20",
            "بحران دولت از «بودجه کوچک» اول مهر آغاز شد که در آن وزیر دارایی از کاهش ۴۵ میلیارد پوندی مالیات‌ها "
            "بدون تأمین منابع آن خبر داد.",
        ),
    }
    assert not [f["message"] for f in conflicts_of(tmp_path, arts) if "pound" in f["message"]]
    changed = {**arts, "fa.md": arts["fa.md"].replace("۴۵ میلیارد", "۴۳ میلیارد")}
    found = [f["message"] for f in conflicts_of(subfolder(tmp_path, "changed"), changed)]
    assert any("43,000,000,000" in m and "45,000,000,000" in m and "65" not in m for m in found), found


def test_the_holder_whose_government_a_role_was_held_in_is_no_holder_now(tmp_path):
    body = (
        "Pezeshkian, a lawmaker from Tabriz and health minister under reformist President Mohammad "
        "Khatami, has campaigned on easing internet restrictions. The ministry under Foreign Minister "
        "Abbas Araghchi said so."
    )
    claims = [c.value for c in extraction_of(tmp_path, "en.md", md("en", "2024-06-29", body)).claims]
    roles = {v["name"]: v.get("modifiers") for v in claims if v.get("role")}
    assert "former" in roles["Mohammad Khatami"]
    assert "former" not in roles["Abbas Araghchi"]  # (a ministry is no role held under him)


def test_arabic_words_of_a_clause_end_a_name(tmp_path):
    # («بعد أزمة سياسية اندلعت حين قرر الرئيس سال»: when the president decided, no one's name; and
    # the flood a chief minister declared a disaster is no word of his)
    body = (
        "وجرت الانتخابات وسط منافسة بين 19 مرشحاً، بعد أزمة سياسية اندلعت حين قرر الرئيس سال في "
        "فبراير/شباط تأجيل الاقتراع. وأعلن رئيس وزراء الولاية بريم سينغ تامانغ الفيضان كارثة على "
        "مستوى الولاية."
    )
    names = [name for name, _ in roles_of(extraction_of(tmp_path, "ar.md", md("ar", "2024-03-25", body)))]
    assert not any(w in name for name in names for w in ("حين", "قرر", "الفيضان")), names


def test_lakhs_given_names_and_parts_of_the_victims(tmp_path):
    # «۲۵ لک روپیه» is 2.5 million rupees, no count of 25; «هویت ۲۵ نفر از قربانیان» is a part of the
    # dead; «بريم سينغ تامانغ» is Prem Singh Tamang, no «ب» + Rome's «رىم»; «لإيواء» (for sheltering)
    # is no Iowa
    fa = (
        "دولت ایالتی به خانواده هر یک از جان‌باختگان ۲۵ لک روپیه غرامت می‌پردازد. به گفته او هویت ۲۵ نفر "
        "از قربانیان شناسایی شده است."
    )
    frames = _frames(tmp_path, "fa", fa, "2025-01-30", lambda f: f.value.get("low") in (25, 2_500_000))
    assert {(f.predicate, f.value["low"]) for f in frames} >= {("amount", 2_500_000)}
    assert all(f.qualifiers.get("scope") == ["x:part"] for f in frames if f.predicate == "killed")
    ar = "وأعلن رئيس وزراء الولاية بريم سينغ تامانغ الفيضان كارثة، وفتحت السلطات مخيمات لإيواء النازحين."
    x = extraction_of(tmp_path, "ar.md", md("ar", "2023-10-05", ar))
    assert ("بريم سينغ تامانغ", "chief_minister") in roles_of(x)
    assert not [c.value for c in x.claims if c.type == "place" and "it.rome" in str(c.value)]
    assert not [c.value for c in x.claims if c.type == "place" and c.value.get("place") == "US-IA"]
