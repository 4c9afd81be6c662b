"""The fifteenth round's agenda rules (docs/report-parser.md, "Fifteenth round, agenda"): two rows
of the settled table the parser did not yet follow — a reviewer's own requirements told in a
further sentence after the 点评 are a 讲话, whatever stands between; the members' discussion of a
topic is an exchange (交流), unless the meeting decides on candidates, where it is their remarks
on them (发言). Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

REVIEW = (
    "2026年1月8日下午，物理学院党委召开党支部书记抓党建工作述职评议会。"
    "学院党委书记周立衡出席会议。各党支部书记依次进行现场述职。"
)
STUDY = (
    "2026年1月12日下午，物理学院教工第三党支部召开支部党员大会。"
    "会议由支部书记卢向晨主持，支部全体党员参加。会上，卢向晨领学了党章。"
)


# A reviewer's requirements after the 点评 ------------------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "周立衡强调，各支部要严格落实“三会一课”制度。",
        "他强调，各支部要严格落实“三会一课”制度。",
        "就做好下一步工作，她要求各支部严格落实“三会一课”制度。",
        "与会人员进行了民主测评。周立衡希望各支部严格落实“三会一课”制度。",
    ],
)
def test_a_reviewers_requirements_in_a_further_sentence_are_a_speech(after):
    body = REVIEW + "周立衡对各支部的述职逐一进行了点评，肯定了成绩，也指出了不足。" + after
    kinds = [kind for kind, who in agenda(parse_report(body)) if who == "周立衡"]
    assert kinds == ["点评", "讲话"]


def test_a_reviewers_view_after_the_review_still_comments():
    body = REVIEW + "周立衡对各支部的述职逐一进行了点评。周立衡认为，各支部工作扎实有效。"
    assert [k for k, who in agenda(parse_report(body)) if who == "周立衡"] == ["点评"]


def test_a_reviewers_requirements_in_the_review_sentence_are_the_review():
    body = REVIEW + "周立衡对各支部的述职逐一进行了点评，并要求各支部严格落实“三会一课”制度。"
    assert [k for k, who in agenda(parse_report(body)) if who == "周立衡"] == ["点评"]


def test_a_speech_told_on_in_a_further_sentence_stays_one_speech():
    body = REVIEW + "周立衡作总结讲话。周立衡强调，各支部要严格落实“三会一课”制度。"
    assert [k for k, who in agenda(parse_report(body)) if who == "周立衡"] == ["讲话"]


# The members' discussion ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "talk",
    [
        "随后，与会党员围绕如何发挥先锋模范作用展开了热烈讨论。",
        "大家就支部建设中的难点进行了深入讨论。",
    ],
)
def test_the_members_discussion_of_a_topic_is_an_exchange(talk):
    assert agenda(parse_report(STUDY + talk)) == [("学习", "卢向晨"), ("交流", None)]


def test_a_discussion_at_a_meeting_on_candidates_is_the_crowds_exchange():
    # 发言 until session 13; its decision 4 files the crowd's 讨论 on a candidate 交流, as any other
    body = (
        "2026年1月15日晚，物理学院学生第一党支部召开支部党员大会，讨论接收发展对象。"
        "会议由支部书记韩亦舟主持。发展对象许若溪汇报了个人思想情况。"
        "与会党员围绕她的现实表现进行了充分讨论。"
    )
    assert agenda(parse_report(body)) == [("报告", "许若溪"), ("交流", None)]


def test_a_discussion_told_with_criticism_stays_a_speech_turn():
    talk = "随后，与会党员展开讨论，逐一开展批评和自我批评。"
    assert agenda(parse_report(STUDY + talk)) == [("学习", "卢向晨"), ("发言", None)]


def test_a_discussion_that_adopts_a_plan_is_no_exchange():
    talk = "最后，与会党员讨论并通过了支部2026年工作计划。"
    kinds = [kind for kind, _ in agenda(parse_report(STUDY + talk))]
    assert "交流" not in kinds
