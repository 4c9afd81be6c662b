"""The twenty-third round's missing-items part (docs/report-parser.md, "Twenty-third round, missing
items"): thoughts shared told with the bare verb and what is shared (交流体会, 分享心得, 交流感悟),
after a visit, a film or a study, are the crowd's or each named person's `交流`. Every sentence here
is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

VISIT = (
    "2026年5月20日上午，化工学院学生第二党支部组织全体党员赴淮海战役纪念馆开展主题党日活动。"
    "全体党员依次参观了纪念馆的各个展厅。"
)
STUDY = (
    "2026年4月9日下午，外国语学院教工第一党支部在外语楼210会议室召开全体党员大会，支部书记"
    "周明远主持会议。会上，周明远领学了《中国共产党纪律处分条例》。"
)


@pytest.mark.parametrize(
    "shared",
    [
        "参观结束后，支部成员围绕学习和工作实际交流心得体会。",
        "参观结束后，学生党员结合专业学习交流体会和心得。",
        "学习环节后，两个支部的党员代表结合工作实际分享体会。",
    ],
)
def test_the_crowd_sharing_thoughts_with_the_bare_verb_is_one_exchange(shared):
    assert agenda(parse_report(VISIT + shared)) == [("其他", None), ("交流", None)]


def test_each_named_member_sharing_thoughts_is_an_exchange_of_their_own():
    told = "随后，韩若冰同志结合教学工作分享学习体会。沈嘉禾同志结合科研工作交流了心得。"
    assert agenda(parse_report(STUDY + told)) == [
        ("学习", "周明远"),
        ("交流", "韩若冰"),
        ("交流", "沈嘉禾"),
    ]


# Guards: what read so before stays so --------------------------------------------------------


@pytest.mark.parametrize(
    "shared",
    [
        "参观结束后，党员们结合学习和工作实际交流心得体会。",  # the crowd read by its verb already
        "随后，党员们进行了热烈交流，分享了心得体会。",  # the exchange told on, one item
        "随后，党员们围绕主题开展交流，纷纷交流心得体会。",
    ],
)
def test_an_exchange_told_on_with_its_thoughts_stays_one_item(shared):
    assert agenda(parse_report(VISIT + shared)) == [("其他", None), ("交流", None)]


def test_a_turn_that_shares_its_thoughts_stays_one_turn():
    told = "随后，韩若冰同志作交流发言，分享了学习心得。"
    assert agenda(parse_report(STUDY + told)) == [("学习", "周明远"), ("交流", "韩若冰")]


def test_thoughts_to_be_shared_under_a_plan_are_no_item():
    planned = "学院将在网上开设专栏，让全体师生共同交流学习心得。"
    assert agenda(parse_report(VISIT + planned)) == [("其他", None)]
