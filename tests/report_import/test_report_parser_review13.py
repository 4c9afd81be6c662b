"""Mends from session 13's review of the parser's change: each test fails without its mend.
Every sentence here is our own, with invented names and units."""

from report_import.parser import parse_report

from .records import agenda

LIFE = (
    "2026年3月10日下午，化学学院第一党支部在化学楼302会议室召开2025年度组织生活会。"
    "学院党委书记张立明出席会议并讲话。"
    "支部书记王若溪主持会议并代表支委会作对照检查。随后，支部党员逐一进行批评与自我批评。"
)


def test_a_speech_split_off_a_review_is_not_implied_a_second_time():
    # "出席会议并讲话" implies a speech; the directions after the 点评 are that speech, split off
    record = parse_report(
        LIFE + "张立明在点评时对支部的工作给予了充分肯定。他指出，支部要把学习抓在日常。"
        "希望全体党员以更高标准要求自己。"
    )
    assert agenda(record) == [
        ("发言", "王若溪"),
        ("发言", None),
        ("点评", "张立明"),
        ("讲话", "张立明"),
    ]
