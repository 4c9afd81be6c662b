"""Twentieth round, title part: how much of a body before a meeting's name stays in the name.

A party committee told right after a unit, in a name told before its verb, is part of the name
when no word that starts a name follows it ("我院党委中心组学习于…举行" → 党委中心组学习,
"学校党委巡视整改专题民主生活会召开": S24/03, S26/01); a committee's own qualifier (离退休党委,
分党委, 校区党委) names that committee and stays with it, before the verb or after it (S28/19,
S23/01, S20/17). The unit before the committee stays the host's. Guards: a branch, a quoted
theme, a year after the committee, a committee that hosts (主办的) and the school's 校 before its
centre group keep their earlier readings.
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("2026年4月9日下午，我院党委中心组学习于3号楼401会议室举行。", "党委中心组学习"),
        ("7月2日，学校党委巡视整改专题民主生活会召开。", "党委巡视整改专题民主生活会"),
        ("9月8日，北岳大学党委巡察整改专题民主生活会在行政楼召开。", "党委巡察整改专题民主生活会"),
    ],
)
def test_a_committee_told_after_its_unit_before_the_verb_stays_in_the_name(text, title):
    assert parse_report(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "3月12日上午，离退休党委理论学习中心组（扩大）会议在老干部活动中心召开。",
            "离退休党委理论学习中心组（扩大）会议",
        ),
        (
            "5月14日下午，化学学院分党委中心组在化学楼208会议室举行了本年度第二次集体学习活动。",
            "分党委中心组本年度第二次集体学习活动",
        ),
        ("4月17日，校区党委理论学习中心组开展集体学习。", "校区党委理论学习中心组集体学习"),
    ],
)
def test_a_committees_own_qualifier_stays_with_it(text, title):
    assert parse_report(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a branch told before its meeting is the host's (S21/07)
        ("12月15日下午，我院党支部预备党员转正大会在5号楼207会议室举行。", "预备党员转正大会"),
        # a quoted theme starts the name (own report 27)
        ("6月28日下午，土木工程学院党委“七一”专题党课在明理楼报告厅举行。", "“七一”专题党课"),
        # a year after the committee starts the name
        ("1月8日，文学院党委2025年度民主生活会在文学院会议室召开。", "2025年度民主生活会"),
        # the school's 校 before its centre group told after the verb stays the host's
        (
            "3月28日，校党委理论学习中心组举行2026年第3次集体学习。",
            "党委理论学习中心组2026年第3次集体学习",
        ),
    ],
)
def test_near_misses_keep_their_reading(text, title):
    assert parse_report(text)["title"] == title


def test_a_committee_that_hosts_the_meeting_stays_the_host():
    record = parse_report("5月8日，由化学学院党委主办的“不忘初心”主题党日活动在学院报告厅举行。")
    assert (record["title"], record["host"]) == ("“不忘初心”主题党日活动", "化学学院党委")


def test_the_unit_before_the_committee_stays_the_host():
    record = parse_report("2026年4月9日下午，我院党委中心组学习于3号楼401会议室举行。")
    assert record["host"] == "学院党委"
