"""The nineteenth round's agenda (docs/report-parser.md, "Nineteenth round, agenda"): the chair's
opening of the meeting — its order of business read out or given for a meeting named in full,
its theme, the headcount told to the meeting — is a 主持 item of the chair (sets 22 and 23).
Every sentence here is our own, with invented names and units.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LEAD = (
    "6月12日下午，机械工程学院本科生第二党支部召开支部党员大会，讨论预备党员转正事宜。"
    "会议由支部书记罗晓峰主持，支部全体党员参加。"
)
NEXT = "随后，预备党员钟雨桐汇报了预备期内的思想、学习和工作情况。"


def _items(opening):
    return agenda(parse_report(LEAD + opening + NEXT))


@pytest.mark.parametrize(
    "opening",
    [
        "罗晓峰宣读了这次会议的内容和流程。",  # read out
        "会议开始，罗晓峰介绍了这次发展党员大会的基本程序。",  # the meeting named in full
        "罗晓峰首先介绍了本次会议的主题和背景。",  # its theme
        "罗晓峰向支部大会报告了正式党员参会情况。",  # told to the meeting
    ],
)
def test_the_chair_opens_the_meeting(opening):
    assert _items(opening) == [("主持", "罗晓峰"), ("报告", "钟雨桐")]


@pytest.mark.parametrize(
    "opening",
    [
        # a text read out is no opening, even with 内容 after it
        "会议开始，罗晓峰宣读了《关于做好预备党员转正工作的通知》。",
        # an account of one's own work, not the meeting's order of business
        "会议开始，罗晓峰介绍了支部一年来的工作情况。",
    ],
)
def test_near_misses_are_not_the_chair_s_opening(opening):
    assert ("主持", "罗晓峰") not in _items(opening)
