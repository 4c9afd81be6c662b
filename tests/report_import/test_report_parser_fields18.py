"""Eighteenth round, title and host: the school's 校 before its committee's centre group.

"校党委理论学习中心组开展2020年第2次集体学习" (S21/01, S21/25): the school is the host's, 校党委,
and the name keeps the committee's group, as the session-11 conventions write it.
"""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "10月14日上午，校党委理论学习中心组开展2025年第三次集体学习。",
            "党委理论学习中心组2025年第三次集体学习",
        ),
        ("11月20日，校党委中心组举行2025年第六次专题学习。", "党委中心组2025年第六次专题学习"),
        ("5月8日，校党委理论学习中心组在图书馆报告厅开展集体学习。", "党委理论学习中心组集体学习"),
    ],
)
def test_the_school_before_its_committee_s_centre_group_is_the_host_s(text, title):
    record = parse_report(text)
    assert record["title"] == title
    assert record["host"] == "校党委"
    assert record["kind"] == "理论学习中心组学习"


# Guards: near-misses that stay as they were.


def test_a_name_written_after_the_verb_is_named_without_the_school():
    # settled in session 13 (this guard kept 校 before it)
    record = parse_report("6月3日，学校召开校党委理论学习中心组会议。")
    assert record["title"].startswith("党委理论学习中心组")


def test_a_college_committee_s_centre_group_is_unchanged():
    record = parse_report("3月2日，学院党委理论学习中心组开展2024年第一次集中学习。")
    assert record["title"] == "党委理论学习中心组2024年第一次集中学习"
    assert record["host"] == "学院党委"


def test_a_school_s_plain_committee_meeting_is_unchanged():
    record = parse_report("9月6日，校党委召开2025年第十次常委会会议。")
    assert record["host"] == "校党委"
