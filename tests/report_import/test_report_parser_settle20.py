"""Twentieth round, two conventions settled in session 12 (docs/report-parser.md, "Twentieth round,
two conventions settled").

1. The floor open to all (大家踊跃发言, 畅所欲言, 各抒己见, 积极发言) is the crowd's round of turns: one
   `交流` item with no speaker, as the settled table's first row says and as every field gold with it
   files it (S21/30, S23/04, S25/14). Criticism and remarks on candidates stay `发言`; so does a turn
   in a study's discussion called 研讨发言 (the table's second row).
2. A unit alone before a person's name, with no post word (计算机系党支部X, 档案馆（校史馆）X同志), is no
   title: titles are post words or unit + post (S18/12, S18/21, S18/23, S18/28, S20/22, S26/25).
   Unit + post stays one title.
All sentences are our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda, attendee

BRANCH = "3月18日下午，化工学院教工第三党支部召开支部党员大会，会议由支部书记邵明川主持。"
REPORTED = BRANCH + "会上，邵明川作了支部年度工作报告。"
CENTRE_GROUP = (
    "4月2日上午，统计学院党委理论学习中心组召开集体学习会，会议由党委书记柯立群主持。"
    "会上，柯立群领学了《论党的自我革命》。"
)


@pytest.mark.parametrize(
    "body",
    [
        "随后，大家踊跃发言，为支部下一步工作建言献策。",
        "随后，与会党员围绕支部年度计划畅所欲言，各抒己见，提出了不少中肯的建议。",
        "会上，全体党员畅所欲言，积极发言。",
        "随后，党员们积极发言，对报告中的各项安排提出了意见和建议。",
    ],
)
def test_the_floor_open_to_all_is_the_crowds_exchange(body):
    assert agenda(parse_report(REPORTED + body)) == [("报告", "邵明川"), ("交流", None)]


@pytest.mark.parametrize(
    "body",
    [
        "随后，大家踊跃发言，开展了批评和自我批评。",  # a criticism round: 发言
        "随后，大家畅所欲言，深入剖析了自身存在的不足。",
    ],
)
def test_the_floor_open_to_all_in_a_criticism_round_stays_fayan(body):
    assert agenda(parse_report(REPORTED + body)) == [("报告", "邵明川"), ("发言", None)]


def test_the_floor_open_to_all_on_a_candidate_stays_fayan():
    body = "随后，党员们踊跃发言，对发展对象的入党申请发表意见。"
    assert agenda(parse_report(REPORTED + body)) == [("报告", "邵明川"), ("发言", None)]


def test_a_named_member_who_speaks_eagerly_stays_fayan():
    body = "随后，党员卫子衡踊跃发言。"
    assert agenda(parse_report(REPORTED + body))[-1] == ("发言", "卫子衡")


@pytest.mark.parametrize(
    "body",
    [
        "随后，中心组成员依次作研讨发言。",
        "随后，中心组成员畅所欲言，作了研讨发言。",
        "随后，中心组成员踊跃作研讨发言。",
    ],
)
def test_turns_in_a_studys_discussion_called_yantao_fayan_stay_fayan(body):
    assert agenda(parse_report(CENTRE_GROUP + body)) == [("学习", "柯立群"), ("发言", None)]


REVIEW = "1月9日上午，电气学院党委召开2024年度党支部书记抓党建工作述职评议会。"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("会上，自动化系党支部骆文青介绍了支部的特色工作。", "骆文青"),
        ("会上，电机教研室甘卫东老师作了交流发言。", "甘卫东"),
        ("会上，图书馆（档案馆）龚雨桐同志作为新党员代表发言。", "龚雨桐"),
        ("会上，材料学院苗俊逸同志分享了学习体会。", "苗俊逸"),
    ],
)
def test_a_unit_alone_before_the_name_is_no_title(body, name):
    assert attendee(parse_report(REVIEW + body), name)["titles"] == []


@pytest.mark.parametrize(
    ("body", "name", "titles"),
    [
        ("会上，自动化系党支部书记骆文青介绍了支部的特色工作。", "骆文青", ["自动化系党支部书记"]),
        ("会上，第二党支部骆文青书记介绍了支部的特色工作。", "骆文青", ["第二党支部书记"]),
        ("会上，图书馆馆长龚雨桐作了工作汇报。", "龚雨桐", ["图书馆馆长"]),
        ("会上，材料学院院长苗俊逸分享了学习体会。", "苗俊逸", ["材料学院院长"]),
    ],
)
def test_a_unit_with_its_post_stays_one_title(body, name, titles):
    assert attendee(parse_report(REVIEW + body), name)["titles"] == titles
