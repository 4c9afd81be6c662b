"""The twentieth round's second crowd part (docs/report-parser.md, "Twentieth round, the turns of
several people"): a leader's view told as a turn of an open exchange, and a turn told again after
a list of turns whatever verb tells it. Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

GROUP = (
    "2026年10月15日上午，经济学院在经管楼302会议室召开党委理论学习中心组集体学习会。会议由学院"
    "党委书记蒋晨曦主持，中心组全体成员参加。蒋晨曦领学了《中国共产党章程》。"
)
STUDY = [("学习", "蒋晨曦")]


# A leader's view told as a turn of an open exchange ----------------------------------------


@pytest.mark.parametrize(
    "opened",
    [
        "随后，中心组成员进行了学习交流。",
        "随后，中心组成员逐一分享了学习心得。",
    ],
)
def test_leaders_views_after_the_crowds_round_are_its_turns(opened):
    r = parse_report(
        GROUP + opened + "许志诚院长表示，要把学习成果转化为推动学科建设的实际行动。"
        "林一帆副书记指出，学生工作要抓好纪律教育。"
    )
    assert agenda(r) == [*STUDY, ("交流", None), ("交流", "许志诚"), ("交流", "林一帆")]


@pytest.mark.parametrize(
    "lead_in",
    ["在交流环节，", "在讨论阶段，中心组成员纷纷踊跃发言。"],
)
def test_a_lead_in_opens_the_exchange_for_a_leaders_view(lead_in):
    r = parse_report(
        GROUP + lead_in + "许志诚院长表示，要把学习成果转化为推动学科建设的实际行动。"
        "林一帆副书记指出，学生工作要抓好纪律教育。"
    )
    assert agenda(r) == [*STUDY, ("交流", "许志诚"), ("交流", "林一帆")]


def test_the_chair_closing_after_the_turns_still_speaks():
    r = parse_report(
        GROUP + "随后，中心组成员进行了学习交流。许志诚院长表示，要把学习成果转化为实际行动。"
        "最后，蒋晨曦指出，要以学促干。"
    )
    assert agenda(r)[-1] == ("讲话", "蒋晨曦")


@pytest.mark.parametrize(
    "closing",
    [
        "许志诚院长在讲话中指出，要把学习成果转化为实际行动。",
        "最后，许志诚院长指出，要把学习成果转化为实际行动。",
        "许志诚院长指出，要求全体成员带头学、带头做。",
        "许志诚院长作总结讲话，指出要把学习成果转化为实际行动。",
    ],
)
def test_a_leaders_speech_or_close_after_the_turns_stays_a_speech(closing):
    r = parse_report(
        GROUP + "随后，中心组成员进行了学习交流。何静文表示，教学管理要守住规矩底线。" + closing
    )
    assert agenda(r)[-1] == ("讲话", "许志诚")


def test_a_leaders_view_with_no_exchange_open_stays_a_speech():
    r = parse_report(GROUP + "许志诚院长指出，要把学习成果转化为推动学科建设的实际行动。")
    assert agenda(r) == [*STUDY, ("讲话", "许志诚")]


# A turn told again after a list of turns -----------------------------------------------------


def test_leaders_turns_told_again_after_the_list_are_those_turns():
    r = parse_report(
        GROUP + "院长许志诚、党委副书记林一帆先后作交流发言。许志诚指出，要把学习成果转化为实际"
        "行动。林一帆表示，将结合学生工作实际抓好纪律教育。"
    )
    assert agenda(r) == [*STUDY, ("交流", "许志诚"), ("交流", "林一帆")]


def test_the_chairs_turn_told_again_with_a_remark_is_that_turn():
    r = parse_report(
        GROUP + "蒋晨曦、白景行、祁晓岚先后作交流发言。蒋晨曦认为，要把理论学习和志愿服务结合起来。"
        "白景行从三个方面谈了学习党章的意义。祁晓岚认为，学生党员要在班级学习中带好头。"
    )
    assert agenda(r) == [*STUDY, ("交流", "蒋晨曦"), ("交流", "白景行"), ("交流", "祁晓岚")]


def test_the_chairs_closing_after_the_listed_turns_is_a_speech_of_its_own():
    r = parse_report(
        GROUP + "蒋晨曦、白景行先后作交流发言。白景行表示，将做好党员发展材料审核。"
        "最后，蒋晨曦强调，全体成员要带头学、带头做。"
    )
    assert agenda(r) == [*STUDY, ("交流", "蒋晨曦"), ("交流", "白景行"), ("讲话", "蒋晨曦")]
