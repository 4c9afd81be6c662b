"""The agenda read by the class of each act (docs/report-parser.md, "Tenth round, agenda"): a
member's view against a leader's directions, an account of work against one's account of
oneself, someone summing up, words addressed to someone, what follows a demand, and the
accounts given one after another at a review. Every sentence here is our own, with invented
names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LIFE = "12月10日下午，化工学院教工第三党支部召开年度组织生活会。会议由支部书记葛文涛主持，支部全体党员参加会议。"
STUDY = (
    "4月8日上午，外国语学院党委召开理论学习中心组学习会。会议由学院党委书记谭雪松主持，"
    "中心组成员参加会议。"
)
MEETING = (
    "11月14日下午，数学学院学生党支部召开支部党员大会。会议由支部书记邹宁主持，支部全体党员参加。"
)
REVIEW = (
    "1月9日上午，建筑学院党委召开党支部书记抓党建工作述职评议会。会议由学院党委书记孔令辉主持。"
)


# A member's view and a leader's directions ----------------------------------------------------


@pytest.mark.parametrize("verb", ["表示", "认为"])
def test_a_member_who_gives_a_view_speaks_a_turn_not_a_speech(verb):
    r = parse_report(LIFE + f"党员谷雨同志{verb}，支部要把学习放在首位，常学常新。")
    assert agenda(r) == [("发言", "谷雨")]


def test_a_leader_named_with_the_post_after_the_name_still_gives_a_speech():
    r = parse_report(LIFE + "会上，葛文涛书记表示，支部工作责任重大，委员们要各负其责。")
    assert agenda(r) == [("讲话", "葛文涛")]


def test_the_chairs_view_answering_the_others_is_still_a_speech():
    r = parse_report(
        LIFE + "党员谷雨同志认为，支部活动可以更加丰富。葛文涛表示，支部将逐条抓好整改。"
    )
    assert agenda(r) == [("发言", "谷雨"), ("讲话", "葛文涛")]


def test_the_view_told_at_a_lecture_named_as_the_occasion_is_a_speech():
    r = parse_report(
        "5月6日晚，学校举行学生党员报告会。学生处处长温如海参加。"
        "温如海在报告会上讲到，学生党员要学深悟透、知行合一。"
    )
    assert agenda(r) == [("讲话", "温如海")]


def test_directions_of_someone_new_stay_a_speech():
    r = parse_report(LIFE + "党员谷雨同志强调，支部要把学习放在首位。")
    assert agenda(r) == [("讲话", "谷雨")]


# An account of work and one's account of oneself -------------------------------------------------


@pytest.mark.parametrize(
    "account",
    [
        "组织委员贺明汇报了支部开展志愿服务活动的情况。",
        "组织委员贺明代表党支部做了2024年度工作汇报。",
    ],
)
def test_an_account_of_work_or_of_how_things_stand_is_a_report(account):
    r = parse_report(LIFE + account)
    assert agenda(r) == [("报告", "贺明")]


def test_a_candidates_account_of_oneself_is_a_report():
    # the settled agenda kinds (session 10): an applicant's account is a 报告
    r = parse_report(MEETING + "发展对象鲁辰汇报了个人思想和学习情况。")
    assert agenda(r) == [("报告", "鲁辰")]


# Someone summing up ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "会议最后，邹宁对本次会议进行了简要总结。",
        "邹宁作最后总结，号召大家以新党员为榜样。",
        "会议最后，支部书记邹宁总结：同志们要把今天的讨论落到实处。",
    ],
)
def test_a_named_person_summing_up_closes_with_a_speech(closing):
    r = parse_report(MEETING + "组织委员贺明介绍了发展对象的培养情况。" + closing)
    assert agenda(r)[-1] == ("讲话", "邹宁")


def test_the_summary_of_a_units_year_stays_its_report():
    r = parse_report(LIFE + "葛文涛对支部一年来的工作进行了总结梳理。")
    assert agenda(r) == [("报告", "葛文涛")]


# Words addressed to someone, or said again ---------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "支部书记邹宁向3名新党员表示了诚挚的祝福，希望他们继续努力。",
        "会议伊始，支部书记邹宁向支委会成员提出本次确定发展对象的条件以及选择标准。",
        "最后，支部书记邹宁再一次强调各位党员要把学习落到实处。",
    ],
)
def test_words_addressed_to_someone_or_said_again_are_a_speech(words):
    r = parse_report(MEETING + words)
    assert agenda(r) == [("讲话", "邹宁")]


def test_thanks_before_a_review_leave_the_review_its_speaker():
    r = parse_report(
        REVIEW + "各党支部书记依次述职。听取述职后，孔令辉对各位书记的付出表示感谢。"
        "同时结合各支部工作进行点评。"
    )
    assert agenda(r)[-1] == ("点评", "孔令辉")


# What follows a demand ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "demand",
    [
        "观看结束后，党委书记谭雪松要求各党总支、党支部结合实际，组织广大党员干部认真学习大会"
        "讲话精神，把此次讲话作为近期的主要学习内容。",
        "谭雪松要求，全院上下要将学习贯彻作为重要政治任务，开展层层宣讲。",
    ],
)
def test_what_a_leader_demands_is_no_act_of_the_meeting(demand):
    r = parse_report(STUDY + "会上，全体人员观看了大会直播。" + demand)
    assert agenda(r) == [("其他", None), ("讲话", "谭雪松")]


def test_a_demand_named_as_the_measure_lets_the_act_after_it_be_read():
    r = parse_report(LIFE + "会上，宣传委员罗琳对照学校党委的总体要求，作了个人对照检查。")
    assert agenda(r) == [("发言", "罗琳")]


# Accounts given one after another at a review --------------------------------------------------------


def test_accounts_told_one_after_another_with_different_verbs_are_the_accounts_under_review():
    r = parse_report(
        REVIEW + "会上，机械系党总支冯强介绍了党总支的特色工作；电子系党总支林海向大家介绍了"
        "党总支的建设成效；材料系党支部江涛作了工作汇报。"
    )
    assert agenda(r) == [("述职", "冯强"), ("述职", "林海"), ("述职", "江涛")]


def test_a_single_report_at_a_review_stays_a_report():
    r = parse_report(
        REVIEW + "组织员沈立汇报了述职评议工作的准备情况。随后，各党支部书记依次述职。"
    )
    assert agenda(r)[0] == ("报告", "沈立")


def test_the_organisers_report_before_the_accounts_stays_a_report():
    r = parse_report(
        REVIEW + "组织员沈立汇报了述职评议工作的准备情况。会上，机械系党总支冯强介绍了党总支的"
        "特色工作；电子系党总支林海作了工作汇报。"
    )
    assert agenda(r) == [("报告", "沈立"), ("述职", "冯强"), ("述职", "林海")]
