"""The thirteenth round's agenda rule (docs/report-parser.md, "Thirteenth round, agenda"): a
crowd's turn — the members or participants as a whole, an optional adverbial, a verb of taking
turns — is one item with no speaker, 交流 for an exchange and 发言 for a discussion or a
criticism. Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

STUDY = (
    "2025年10月9日下午，化学学院第一党支部在学院会议室召开支部党员大会。会议由支部书记林望舒主持，"
    "支部全体党员参加。会上，林望舒领学了《中国共产党纪律处分条例》。"
)


@pytest.mark.parametrize(
    "turn",
    [
        "与会人员围绕学习内容进行了深入交流研讨",
        "随后，参会党员逐一分享学习心得",
        "最后，全体党员座谈，畅所欲言",
        "与会党员围绕支部工作展开了热烈讨论",  # a discussion of a topic (settled, round 15)
    ],
)
def test_a_crowd_that_exchanges_views_takes_one_exchange_turn(turn):
    r = parse_report(STUDY + f"{turn}。")
    assert agenda(r) == [("学习", "林望舒"), ("交流", None)]


@pytest.mark.parametrize(
    "turn",
    [
        "全体党员逐一批评与自我批评",
        "全体党员逐次进行自我评价",
    ],
)
def test_a_crowd_that_discusses_or_criticises_takes_one_speech_turn(turn):
    r = parse_report(STUDY + f"{turn}。")
    assert agenda(r) == [("学习", "林望舒"), ("发言", None)]


def test_a_crowd_exchange_told_with_self_criticism_is_a_speech_turn():
    r = parse_report(STUDY + "党员们纷纷分享学习体会，深入剖析自身存在的不足。")
    assert agenda(r) == [("学习", "林望舒"), ("发言", None)]


def test_the_crowd_named_before_its_own_criticism_is_no_turn():
    r = parse_report(STUDY + "大家的自我批评开诚布公，直面问题。")
    assert agenda(r) == [("学习", "林望舒")]


def test_the_meeting_that_exchanges_views_is_left_to_the_meeting_rules():
    # 会议 is the meeting itself, not a crowd: the verb table reads it as before
    r = parse_report(STUDY + "会议认真交流。")
    assert agenda(r) == [("学习", "林望舒")]
