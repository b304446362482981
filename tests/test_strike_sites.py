"""A strike at several plants in several states, each report naming them its own way: no report
places it apart from another, and a union's members are counted as such. Written for this test, in
our own words, from the reporting on the United Auto Workers' strike of 15 September 2023 (plants
in Wentzville, Missouri; Toledo, Ohio; and Wayne, Michigan)."""

from __future__ import annotations

from tests.helpers import conflicts_coded, frames_of, md

_STRIKE = {
    "en.md": md(
        "en",
        "2023-09-15",
        "DETROIT, Sept 15 - About 12,700 members of the United Auto Workers walked off the job at three"
        " assembly plants just after midnight on Friday, September 15, 2023. The union struck GM's"
        " Wentzville plant in Missouri, Stellantis' Toledo plant in Ohio and Ford's Michigan Assembly"
        " plant in Wayne, Michigan.",
    ),
    "fa.md": md(
        "fa",
        "2023-09-15",
        "حدود ۱۲ هزار و ۷۰۰ عضو اتحادیه کارگران خودروسازی آمریکا بامداد جمعه ۲۴ شهریور ۱۴۰۲ در سه کارخانه"
        " دست به اعتصاب زدند. کارگران کارخانه جنرال موتورز در ونتسویل در ایالت میزوری، مجتمع استلانتیس در"
        " تولیدو در ایالت اوهایو و کارخانه فورد در شهر وین در ایالت میشیگان اعتصاب کردند.",
    ),
    "ar.md": md(
        "ar",
        "2023-09-15",
        "بدأ نحو 12,700 عامل من أعضاء اتحاد عمال السيارات المتحد إضرابا فجر الجمعة 15 سبتمبر 2023 في ثلاثة"
        " مصانع، في أول إضراب متزامن ضد شركات السيارات الثلاث الكبرى في ديترويت. ويشمل الإضراب مصنع جنرال موتورز في ولاية ميزوري ومصنع ستيلانتيس في توليدو بولاية أوهايو"
        " ومصنع فورد في ولاية ميشيغان.",
    ),
}


def test_a_strike_at_plants_in_three_states_is_placed_alike(tmp_path):
    assert not conflicts_coded(tmp_path, _STRIKE, "CF05")


def test_a_unions_members_are_counted(tmp_path):
    counts = [f for f in frames_of(tmp_path, "en.md", _STRIKE["en.md"]) if f.value.get("low") == 11430]
    assert [f.value.get("unit") for f in counts] == ["member"]
