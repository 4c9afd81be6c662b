"""Twentieth round, `A兼B` settled in session 12 (docs/report-parser.md, "Twentieth round, A兼B
settled").

A person's posts joined by 兼 (副校长兼某学院院长) are two titles, A and B, with 兼 dropped: the golds
of sets 18–28 write two in 10 reports (S18/05, S18/08, S20/25, S22/19, S22/20, S22/23, S25/22,
S27/02, S27/03, S27/24) and one in 3 (S20/17, S21/13, S24/05). The agenda's speaker_titles, read
from the same titles, follow. A 兼 inside a unit's name (组织部兼统战部部长) and the verbs 兼任, 兼顾
make no split. Our own reports 26 and 27, written before the settlement, now give two titles too.
All sentences are our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import attendee

CENTRE_GROUP = "4月2日上午，统计学院党委理论学习中心组召开集体学习会，会议由党委书记柯立群主持。"


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        (
            "会上，学院党委副书记兼纪委书记蓝景文传达了学校党风廉政建设工作会议精神。",
            ["学院党委副书记", "纪委书记"],
        ),
        (
            "会上，党总支书记兼副院长蓝景文领学了《中国共产党纪律处分条例》。",
            ["党总支书记", "副院长"],
        ),
    ],
)
def test_posts_joined_by_jian_are_two_titles_for_the_attendee_and_the_speaker(body, titles):
    record = parse_report(CENTRE_GROUP + body)
    assert attendee(record, "蓝景文")["titles"] == titles
    assert [i["speaker_titles"] for i in record["agenda"] if i["speaker"] == "蓝景文"] == [titles]


LECTURE = "5月12日下午，机械学院党委召开党委理论学习中心组学习会。"


@pytest.mark.parametrize(
    ("body", "name", "titles"),
    [
        ("会议由学院党委副书记兼副院长蓝景和主持。", "蓝景和", ["学院党委副书记", "副院长"]),
        (
            "学院党委书记邬振华、正处级组织员兼纪委书记樊若溪、副院长柯明远参加会议。",
            "樊若溪",
            ["正处级组织员", "纪委书记"],
        ),
    ],
)
def test_a_chair_or_a_listed_member_with_posts_joined_by_jian_has_two_titles(body, name, titles):
    assert attendee(parse_report(LECTURE + body), name)["titles"] == titles


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        # two units of one office: 兼 joins the units, not two posts
        ("会议由党委组织部兼统战部部长蓝景和主持。", ["党委组织部兼统战部部长"]),
        ("会议由学院教学兼科研办公室主任蓝景和主持。", ["学院教学兼科研办公室主任"]),
        # the verb 兼任 is no join of two posts
        ("会议由学院副院长兼任支部书记蓝景和主持。", ["学院副院长兼任支部书记"]),
        ("会议由副院长蓝景和主持，蓝景和兼任支部书记。", ["副院长"]),
    ],
)
def test_jian_inside_a_units_name_or_the_verb_jianren_makes_no_split(body, titles):
    assert attendee(parse_report(LECTURE + body), "蓝景和")["titles"] == titles


def test_the_verb_jiangu_after_a_title_makes_no_split():
    body = "会上，副院长蓝景文领学了《中国共产党纪律处分条例》，要求大家统筹兼顾。"
    assert attendee(parse_report(CENTRE_GROUP + body), "蓝景文")["titles"] == ["副院长"]
