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


# A secretary's 述职 for the committee, at a meeting that is no review ---------------------------

LIFE = (
    "2026年1月8日下午，化工学院第二党支部在化工楼210会议室召开2025年度组织生活会。会议由支部书记"
    "韦知远主持，支部全体党员参加。"
)


@pytest.mark.parametrize(
    "account",
    [
        "支部书记韦知远代表支部委员会向党员大会述职。",
        "支部书记韦知远代表支部班子述职，汇报了支部开展学习教育的情况。",
        "支部书记韦知远代表支部委员会进行述职，报告一年来的支部工作。",
    ],
)
def test_a_secretarys_duty_account_outside_a_review_is_a_duty_account(account):
    r = parse_report(LIFE + account + "随后，支部党员逐一开展批评与自我批评。")
    assert agenda(r)[0] == ("述职", "韦知远")


def test_an_account_that_goes_on_into_a_duty_report_stays_one_report():
    r = parse_report(
        LIFE + "韦知远汇报了支部一年来的工作情况，并代表支部委员会作2025年度党支部书记述职报告。"
    )
    assert agenda(r)[0] == ("报告", "韦知远")


def test_a_duty_account_heard_by_a_leader_is_no_act_of_the_leader():
    r = parse_report(LIFE + "学院党委副书记孔德祥听取了述职情况。韦知远领学了《中国共产党章程》。")
    assert ("述职", "孔德祥") not in agenda(r)
