"""Fourteenth round, attendees and chairs (docs/report-parser.md, "Fourteenth round, attendees
and chairs"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report
from report_import.parser import patterns as pt

_LEAD = "4月12日，化学学院第三党支部在实验楼305会议室召开支部党员大会，支部全体党员参加。"


def _attendees(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a["name"]: (a["role"], a["titles"]) for a in parse_report(text)["attendees"]}


@pytest.mark.parametrize(
    ("told", "name", "titles"),
    [
        ("随后，傅嘉琳同志深情朗诵了一首诗。", "傅嘉琳", []),  # a verb no reader lists
        ("其中，柯宇辰同学表示要继续努力。", "柯宇辰", []),
        ("如鲍思远同志就提到自己关注乡村振兴。", "鲍思远", []),  # 如 before the subject
        ("会议首先由庞书仪副主任带领大家学习了新修订的条例。", "庞书仪", ["副主任"]),
        ("奚若兰馆长领学二十大报告摘录《推进文化自信自强》。", "奚若兰", ["馆长"]),
    ],
)
def test_a_person_whose_honorific_or_post_closes_the_name_is_present(told, name, titles):
    assert _attendees(_LEAD + told).get(name) == ("参加", titles)


def test_a_list_the_honorific_closes_is_present_when_its_count_is_the_number_listed():
    text = _LEAD + "郁文涛和蔺晓帆两位同志分别领学了《习近平谈治国理政》第四卷的两篇文章。"
    assert {"郁文涛", "蔺晓帆"} <= set(_attendees(text))


def test_a_list_the_honorific_closes_is_not_read_when_its_count_is_not_the_number_listed():
    text = _LEAD + "郁文涛和蔺晓帆三位同志分别谈了体会。"
    assert not {"郁文涛", "蔺晓帆"} & set(_attendees(text))


@pytest.mark.parametrize(
    "told",
    [
        "会上，大家学习了焦裕禄同志的先进事迹。",  # a possessive: told of, not at work
        "她谈到，卢永根同志是永葆初心的布衣院士。",  # a copula: a description
        "选举产生了新一届支委会，戚雨桐同志为组织委员。",  # an appointment
        "经全体党员表决，由戚雨桐同志担任组织委员。",
    ],
)
def test_a_name_closed_by_an_honorific_that_does_not_act_is_not_present(told):
    names = set(_attendees(_LEAD + told))
    assert not {"焦裕禄", "卢永根", "戚雨桐", "殷可心"} & names


def test_whoever_an_act_is_done_under_is_present_with_the_titles_written_there():
    text = _LEAD + "在党支部书记闵晓岚同志的带领下，全体党员重温入党誓词。"
    assert _attendees(text)["闵晓岚"] == ("参加", ["党支部书记"])


def test_a_whole_list_its_count_closes_at_a_clause_start_is_present():
    text = (
        "12月20日，护理学院党委召开基层党支部书记述职评议会，会议由党委副书记闻雅主持。"
        "会上，教工第一党支部书记竺晓、本科生党支部书记轩辕明等2位党支部书记现场述职。"
    )
    attendees = _attendees(text)
    assert attendees["竺晓"] == ("参加", ["教工第一党支部书记"])
    assert attendees["轩辕明"] == ("参加", ["本科生党支部书记"])


def test_a_guide_who_comes_to_the_college_to_guide_sits_in():
    text = (
        "12月28日，机械学院2025年度基层党组织书记述职评议会召开。"
        "省委教育工委组织部组织员骆晨曦莅临我院指导工作。学院党委书记蒲一凡主持会议。"
    )
    assert _attendees(text)["骆晨曦"] == ("列席", ["省委教育工委组织部组织员"])


def test_what_a_guide_brings_along_is_no_part_of_the_name():
    text = (
        "12月28日，机械学院召开党支部书记述职评议会，学院党委书记蒲一凡主持会议，"
        "学校党委组织部部长骆晨曦携工作组莅临现场指导。"
    )
    attendees = _attendees(text)
    assert attendees["骆晨曦"][0] == "列席"
    assert not any(name.startswith("骆晨曦") and name != "骆晨曦" for name in attendees)


def test_a_member_of_a_supervising_group_whose_attendance_is_not_written_sits_in():
    text = (
        "1月8日，外国语学院领导班子召开民主生活会，学院党委书记祁韵主持会议。"
        "学校第三督导组组长邰明远对本次民主生活会给予了充分肯定。"
    )
    assert _attendees(text)["邰明远"] == ("列席", ["学校第三督导组组长"])


def test_a_supervisor_whose_attendance_is_written_sits_in_all_the_same():
    # settled in session 13 (CONVENTIONS.md, decision 9): 列席 also when the report says 出席
    text = (
        "1月8日，外国语学院领导班子召开民主生活会。学校第三督导组组长邰明远出席会议。"
        "学院党委书记祁韵主持会议。"
    )
    assert _attendees(text)["邰明远"][0] == "列席"


def test_a_person_no_reader_titled_takes_the_titles_of_the_first_mention():
    text = (
        "3月5日，学生处党支部召开组织生活会。校党委常委、副校长阎书涵以普通党员身份参加会议"
        "会议由学生处党支部书记主持。随后，阎书涵同志充分肯定了支部一年的工作。"
    )
    assert _attendees(text)["阎书涵"][1] == ["校党委常委", "副校长"]


@pytest.mark.parametrize(
    ("told", "name", "titles"),
    [
        (
            "学院党委副书记蒯振宇院长领学中央经济工作会议精神。",
            "蒯振宇",
            ["学院党委副书记", "院长"],
        ),
        ("学校党委委员冯若水副院长领学了党章。", "冯若水", ["学校党委委员", "副院长"]),
    ],
)
def test_a_post_before_the_name_and_one_after_it_are_two_titles(told, name, titles):
    assert _attendees(_LEAD + told)[name][1] == titles


def test_a_unit_before_the_name_and_a_post_after_it_stay_one_title():
    text = _LEAD + "会上，第二党支部邬家兰书记领学了党章。"
    assert _attendees(text)["邬家兰"][1] == ["第二党支部书记"]


@pytest.mark.parametrize(
    ("rest", "chair", "act"),
    [
        ("主持会议并讲话", True, False),
        ("主持专题民主生活会", True, False),
        ("主持学习会议并传达了上级精神", True, True),
        ("在学院会议室主持召开党委扩大会议", True, False),
        ("主持会议并领学", True, False),
        ("主持人介绍了议程", False, False),
    ],
)
def test_one_pattern_reads_the_chair_after_the_subject_with_any_meeting_named(rest, chair, act):
    m = pt.CHAIR_SUBJECT_REST.match(rest)
    assert bool(m) is chair
    assert bool(m and m.group("act")) is act
