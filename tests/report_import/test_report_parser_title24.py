"""Round 24, title: a whole name in quotes is named without them (`parser/title_forms.py`), and a
general branch's centre group before the verb begins the study's name (settled decision 6)."""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the whole name in quotes after the verb (S19/29)
        (
            "2026年3月2日，文学院直属党支部在致知楼206召开了“2026年第二次党员大会”，全体党员参加。",
            "2026年第二次党员大会",
        ),
        # the college convenes; its branch word stays, the college's name goes (S32/02)
        (
            "2026年6月9日下午，海洋科学学院于学院会议室召开了“海洋科学学院党支部选举会议”。",
            "党支部选举会议",
        ),
    ],
)
def test_a_whole_name_in_quotes_is_named_without_them(lead, title):
    assert parse_report(lead)["title"] == title


def test_a_branch_election_meeting_is_its_members_meeting():
    lead = "2026年6月9日下午，海洋科学学院于学院会议室召开了“海洋科学学院党支部选举会议”。"
    assert parse_report(lead)["kind"] == "支部党员大会"


def test_a_general_branch_centre_group_begins_its_study_name():
    record = parse_report(
        "2026年6月10日上午，云麓书院党总支中心组在书院会议室召开了六月份政治理论学习，"
        "会议由书院党总支书记吴启明主持。"
    )
    assert (record["title"], record["host"]) == ("党总支中心组六月份政治理论学习", "云麓书院党总支")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a quoted theme before the name's own words stays in the name
        (
            "2026年4月2日，化学系党支部在化学楼开展了“学思践悟”主题党日活动。",
            "“学思践悟”主题党日活动",
        ),
        # the committee's full name holding the college is cut whole (round 23, S23/16)
        (
            "11月3日下午，理学院在第一报告厅召开中共北岳大学理学院委员会"
            "出席中共北岳大学第五次代表大会代表候选人选举大会。",
            "出席中共北岳大学第五次代表大会代表候选人选举大会",
        ),
        # a committee's centre group: as before
        (
            "2026年5月8日，学院党委理论学习中心组在行政楼会议室开展2026年第三次集体学习。",
            "党委理论学习中心组2026年第三次集体学习",
        ),
    ],
)
def test_near_misses_keep_their_names(lead, title):
    assert parse_report(lead)["title"] == title


def test_a_general_branch_meeting_that_is_no_study_keeps_its_host():
    record = parse_report("2026年5月8日，机电学院党总支在工程楼301召开党员大会。")
    assert (record["title"], record["host"]) == ("党员大会", "机电学院党总支")
