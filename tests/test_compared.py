"""A result told against the last one: "121 seats, down from 365 in the 2019 election", «مقارنة
بـ365 مقعدا في انتخابات عام 2019», "compared with 67.3 percent in 2019". The compared figure
and its year are the earlier election's; the figure before them is this one's. Written for these
tests (the British general election of 4 July 2024)."""

from __future__ import annotations

from tests.helpers import frames_of, problems_of

UK = {
    "en.txt": " date 2024-07-05\nLONDON - Britain's Labour Party won a landslide in Thursday's general election, taking 411 of the 650 seats in the House of Commons and ending 14 years of Conservative government.\nKeir Starmer will become prime minister after Rishi Sunak conceded defeat. The Conservatives won 121 seats, their worst result in the party's history, down from 365 in the 2019 election.\nTurnout was about 60 percent, one of the lowest since 1885, compared with 67.3 percent in 2019.\n",
    "fa.txt": " date 2024-07-05\nلندن - به گزارش ایرنا، حزب کارگر انگلیس در انتخابات سراسری روز پنجشنبه ۱۴ تیر با کسب ۴۱۱ کرسی از ۶۵۰ کرسی مجلس عوام به پیروزی قاطع دست یافت و به ۱۴ سال حکومت محافظه\u200cکاران پایان داد.\nکی\u200cیر استارمر نخست\u200cوزیر جدید این کشور خواهد شد. حزب محافظه\u200cکار به رهبری ریشی سوناک تنها ۱۲۱ کرسی به دست آورد. این حزب در انتخابات سال ۲۰۱۹ موفق به کسب ۳۶۵ کرسی شده بود.\nمیزان مشارکت حدود ۶۰ درصد اعلام شد.\n",
    "ar.txt": " date 2024-07-05\nلندن - حقق حزب العمال البريطاني فوزا كاسحا في الانتخابات العامة التي جرت الخميس، إذ حصل على 411 مقعدا من أصل 650 في مجلس العموم، منهيا 14 عاما من حكم المحافظين.\nوسيتولى كير ستارمر رئاسة الحكومة بعد أن أقر ريشي سوناك بالهزيمة. وحصل حزب المحافظين على 121 مقعدا فقط، مقارنة بـ365 مقعدا في انتخابات عام 2019.\nوبلغت نسبة المشاركة نحو 60 في المئة، مقابل 67.3 في المئة في انتخابات 2019.\n",
}


def test_figures_compared_with_the_last_election_raise_nothing(tmp_path):
    assert problems_of(tmp_path, UK) == []


def test_a_changed_turnout_conflicts(tmp_path):
    en = UK["en.txt"].replace("Turnout was about 60 percent", "Turnout was 52 percent")
    [found] = problems_of(tmp_path, {**UK, "en.txt": en})
    assert found["code"] == "CF03"
    assert "turnout" in found["message"]


def test_the_figure_before_the_compared_one_is_this_elections(tmp_path):
    en = {f.text: f for f in frames_of(tmp_path, "en.txt", UK["en.txt"])}
    assert en["67.3 percent"].qualifiers.get("previous") is True
    assert en["121 seats"].time is None and en["121 seats"].subject.get("main") is True
    assert en["about 60 percent"].subject.get("kind") == "event"  # a landslide won is no landslide
    ar = {f.text: f for f in frames_of(tmp_path, "ar.txt", UK["ar.txt"])}
    assert ar["121 مقعدا"].time is None and ar["121 مقعدا"].subject.get("main") is True
    assert ar["365 مقعدا"].time is not None  # the 2019 election's
