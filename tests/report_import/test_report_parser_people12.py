"""Twelfth round, attendees and chairs (docs/report-parser.md, "Twelfth round, attendees and
chairs"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report


def _attendees(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a["name"]: (a["role"], a["titles"]) for a in parse_report(text)["attendees"]}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "5月8日，学校党委巡察工作动员会召开。第三巡察组组长、党委常委、副校长龚立言出席会议并讲话。",
            "龚立言",
            ["第三巡察组组长", "党委常委", "副校长"],
        ),
        (
            "9月3日，教工党支部召开组织生活会。会议坚持第一议题，第二党支部晏秋白书记带领党员学习。",
            "晏秋白",
            ["第二党支部书记"],
        ),
    ],
)
def test_an_ordinal_before_a_unit_at_a_clause_start_is_part_of_the_title(text, name, titles):
    assert _attendees(text)[name][1] == titles


def test_an_ordinal_followed_by_a_comma_is_still_a_clause_adverbial():
    text = (
        "4月2日，学院党委召开党风廉政建设工作会议，会议由党委书记芮东阳主持。"
        "第一，党委副书记邝文杰作工作报告。"
    )
    assert _attendees(text)["邝文杰"][1] == ["党委副书记"]


# Settled in session 15 (decision 20): the chair, one of the leaders who attend as a group, is
# 出席 whether or not the whole leadership attended (the first two were 参加 until then).
@pytest.mark.parametrize(
    ("group", "role"),
    [
        ("校领导班子成员出席会议", "出席"),
        ("校领导班子其他成员出席会议", "出席"),
        ("学校全体领导班子成员出席会议", "出席"),
        ("党政领导班子全部成员出席会议", "出席"),
    ],
)
def test_a_chair_takes_the_leaderships_role_when_the_leadership_attended(group, role):
    text = (
        f"3月26日下午，学校召开2025年党风廉政建设工作会议。校党委副书记、校长戚远航主持会议，"
        f"{group}，全体中层干部参加会议。"
    )
    assert _attendees(text)["戚远航"][0] == role
