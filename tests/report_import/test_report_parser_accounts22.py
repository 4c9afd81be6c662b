"""The twenty-second round's accounts part (docs/report-parser.md, "Twenty-second round,
accounts"): an applicants' reading of their application or their turn, followed by their 汇报,
is one 报告; one's own or one's unit's work summed up is a 报告 (settled in session 13) and
one's directions after it a speech of their own; the 作 of 工作 is no verb of a report (a named
work report) nor of an arrangement (工作安排). Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

ADMISSION = (
    "11月20日下午，材料学院第二党支部在材料楼305会议室召开预备党员转正大会，"
    "支部书记林晓峰主持会议，支部全体党员参加。"
)
MEETING = (
    "1月8日下午，外国语学院教工党支部在外语楼402会议室召开支部党员大会，"
    "支部书记宋嘉文主持会议，支部全体党员参加。"
)
AFTER = "随后，入党介绍人对预备党员的表现发表意见。"


# The applicants' reading or turn, then their 汇报: one account ---------------------------------


@pytest.mark.parametrize(
    "account",
    [
        "6名预备党员依次宣读转正申请书，汇报了预备期间的表现。",
        "预备党员首先宣读入党申请书，汇报了对党的认识和入党动机；",
        "发展对象逐一宣读《入党志愿书》，向党组织汇报自己的入党动机。",
        "预备党员依次宣读转正申请，结合专业特色汇报思想成长。",
        "发展对象依次进行入党志愿书相关内容的宣读，汇报对党的认识。",
        "预备党员依次发言，汇报自己在预备期间的思想和工作情况。",
    ],
)
def test_the_applicants_reading_or_turn_then_their_account_is_one_report(account):
    r = parse_report(ADMISSION + account + AFTER)
    assert agenda(r) == [("报告", None), ("发言", None)]


def test_an_account_opened_again_with_bing_is_the_same_report():
    r = parse_report(
        ADMISSION + "预备党员宣读自己的转正申请，并详细汇报了各自在预备期内的进步与不足。" + AFTER
    )
    assert agenda(r) == [("报告", None), ("发言", None)]


# Guards: a bare reading, a named reader, a reading by someone else ----------------------------


@pytest.mark.parametrize(
    "reading",
    [
        "6名发展对象依次宣读了《入党志愿书》。",  # no 汇报: the golds split, left as read
        "支部书记林晓峰宣读了支部大会决议，汇报了表决结果。",  # no application of one's own
    ],
)
def test_a_reading_without_the_applicants_account_stays_a_reading(reading):
    r = parse_report(ADMISSION + reading)
    assert [kind for kind, _ in agenda(r)] == ["宣读"]


def test_named_probationers_who_read_and_report_stay_readings():
    # own report 50 files each named reader's 宣读; the rule reads the unnamed group only
    r = parse_report(
        ADMISSION + "预备党员汤圆圆、向东宣读了转正申请书，分别汇报了预备期的思想和学习情况。"
    )
    assert agenda(r) == [("宣读", "汤圆圆"), ("宣读", "向东")]


def test_a_candidates_remarks_stay_a_turn():
    r = parse_report(ADMISSION + "发展对象依次发言，表明了入党的决心。")
    assert agenda(r) == [("发言", None)]


# One's own or one's unit's work summed up -------------------------------------------------------


@pytest.mark.parametrize(
    "summed_up",
    [
        "宋嘉文总结了本支部一年来的工作情况。",
        "宋嘉文总结了2025年支部党建工作成效。",
        "宋嘉文对本支部的工作情况进行总结。",
        "宋嘉文代表支部对党建工作作了总结。",
    ],
)
def test_ones_work_summed_up_is_a_report(summed_up):
    r = parse_report(MEETING + "会上，" + summed_up)
    assert agenda(r) == [("报告", "宋嘉文")]


def test_directions_after_ones_account_are_a_speech_of_their_own():
    r = parse_report(
        MEETING + "会上，宋嘉文总结了本支部一年来的工作情况，对新一年支部工作提出了三点要求。"
    )
    assert agenda(r) == [("报告", "宋嘉文"), ("讲话", "宋嘉文")]


def test_a_speech_in_a_further_sentence_after_ones_account_is_its_own():
    r = parse_report(
        MEETING + "会上，宋嘉文对本支部的工作情况进行总结。最后，宋嘉文对本次评议工作进行了总结，"
        "并对下半年工作提出了要求。"
    )
    assert agenda(r) == [("报告", "宋嘉文"), ("讲话", "宋嘉文")]


@pytest.mark.parametrize(
    "summed_up",
    [
        "宋嘉文对本次会议进行了总结。",
        "宋嘉文对本次党员评议工作进行了总结。",
        "宋嘉文对前一阶段工作进行总结，并对下一阶段工作作出部署。",
        "宋嘉文作会议总结。",
    ],
)
def test_a_summing_up_of_the_meeting_or_a_stage_stays_a_speech(summed_up):
    r = parse_report(MEETING + "会上，党员韦嘉禾汇报了个人情况。最后，" + summed_up)
    assert agenda(r) == [("报告", "韦嘉禾"), ("讲话", "宋嘉文")]


def test_the_meeting_summing_up_work_is_no_item():
    r = parse_report(MEETING + "会议总结了2025年学院全面从严治党工作成效。")
    assert agenda(r) == []


def test_a_summary_of_work_that_names_no_state_of_it_stays_a_speech():
    # own report 487 (round 20): "总结了学院2024年党建工作，并对…作出部署" one speech
    r = parse_report(
        MEETING + "会上，宋嘉文总结了学院2025年党建工作，并对2026年党建重点工作作出部署。"
    )
    assert agenda(r) == [("讲话", "宋嘉文")]


def test_a_lecture_goes_on_with_the_lecturers_directions():
    r = parse_report(
        MEETING + "会上，宋嘉文以“守初心”为题讲授专题党课。宋嘉文要求全体党员加强理论学习。"
    )
    assert agenda(r) == [("报告", "宋嘉文")]


# The 作 of 工作 inside a work report named in brackets -------------------------------------------


@pytest.mark.parametrize(
    "named",
    [
        "随后，全体党员对《政府工作报告》进行了讨论。",
        "随后，全体党员分组对《学院党委工作报告》进行了讨论。",
    ],
)
def test_a_work_report_named_in_a_discussion_is_no_report(named):
    r = parse_report(MEETING + "会上，宋嘉文带领大家学习了《政府工作报告》。" + named)
    assert ("报告", None) not in agenda(r)


def test_a_report_given_with_jinxing_is_one():
    r = parse_report(MEETING + "会上，宋嘉文从中外合作办学现状、案例调研等几个方面进行了报告。")
    assert agenda(r) == [("报告", "宋嘉文")]


def test_a_work_report_given_is_still_a_report():
    r = parse_report(MEETING + "会上，宋嘉文代表支部委员会作了2025年度工作报告。")
    assert agenda(r) == [("报告", "宋嘉文")]


@pytest.mark.parametrize(
    "account",
    [
        "宋嘉文就支部最新构成情况和新学期发展工作安排做了详细介绍。",
        "宋嘉文就本轮检查工作安排和联络方式等情况作了说明。",
    ],
)
def test_the_zuo_of_gongzuo_before_anpai_is_no_arrangement(account):
    r = parse_report(MEETING + "会上，" + account)
    assert agenda(r) == [("报告", "宋嘉文")]


def test_work_arranged_is_still_a_speech():
    r = parse_report(MEETING + "会上，宋嘉文对下一阶段工作作了具体安排。")
    assert agenda(r) == [("讲话", "宋嘉文")]
