"""The twentieth round's part on the meeting's own steps (docs/report-parser.md, "Twentieth round,
the meeting's own steps and studies"): one vote for the papers one verb adopts (session 14,
decision 16; it was one vote per paper before), the members named 全体同志 or
党员教师们, a step of another sort told as done in the same sentence, and a study led 在X带领下
before its verb. Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

BRANCH = (
    "2026年10月15日上午，经济学院第一党支部在经管楼302会议室召开支部党员大会。会议由支部书记"
    "蒋晨曦主持，全体党员参加。"
)
PLENARY = (
    "2026年3月6日下午，材料学院党委在材料楼405会议室召开第三届委员会第二次全体(扩大)会议。"
    "学院党委委员出席会议，会议由学院党委书记韩志远主持。"
)


def _votes(record):
    return [i["documents"] for i in record["agenda"] if i["kind"] == "表决"]


# One vote for the papers one verb adopts (session 14, decision 16) ----------------------------


def test_the_papers_adopted_in_one_sentence_are_one_vote():
    r = parse_report(BRANCH + "会议审议通过了《支部2025年工作总结》、《支部2026年工作计划》。")
    assert _votes(r) == [["支部2025年工作总结", "支部2026年工作计划"]]


def test_the_plenum_adopting_its_papers_is_the_meeting_itself():
    r = parse_report(PLENARY + "全会审议通过了《学院党委工作报告》、《全会决议》。")
    assert _votes(r) == [["学院党委工作报告", "全会决议"]]


def test_a_further_sentence_adopting_another_paper_is_a_vote_of_its_own():
    r = parse_report(
        BRANCH + "会议通过了《支部委员选举办法》。会议还通过了《支部2026年工作计划》。"
    )
    assert _votes(r) == [["支部委员选举办法"], ["支部2026年工作计划"]]


def test_the_election_after_the_rules_in_a_further_sentence_is_a_vote_of_its_own():
    r = parse_report(
        BRANCH + "大会通过了选举办法和监票人名单。大会采用无记名投票方式进行差额选举，"
        "选举产生了新一届支部委员会委员。"
    )
    assert agenda(r) == [("表决", None), ("表决", None)]


@pytest.mark.parametrize(
    "result",
    [
        "全体党员进行了无记名投票表决。全体党员一致通过《支部2026年工作计划》。",
        "会议审议通过了《支部2026年工作计划》。投票结果全票通过。",
    ],
)
def test_the_result_of_a_vote_told_next_is_no_vote_of_its_own(result):
    assert len(_votes(parse_report(BRANCH + result))) == 1


def test_a_person_through_a_paper_is_no_vote():
    r = parse_report(BRANCH + "蒋晨曦通过了《支部工作手册》中的案例讲解党员义务。")
    assert not _votes(r)


def test_a_national_plenum_adopting_its_decision_stays_background():
    r = parse_report(BRANCH + "全会审议通过了《关于加强党的建设的决定》。")
    assert not _votes(r)


# The members named 全体同志 or 党员教师们 ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "活动伊始，与会全体同志共同观看了纪录片《山河作证》。",
        "随后，全体同志共同观看了纪录片《山河作证》。",
        "随后，党员教师们参观了学院院史陈列室。",
    ],
)
def test_the_members_named_so_do_the_meetings_step(sentence):
    assert agenda(parse_report(BRANCH + sentence)) == [("其他", None)]


def test_all_comrades_asked_to_act_do_no_step():
    r = parse_report(BRANCH + "蒋晨曦强调，全体同志要提高政治站位。")
    assert ("其他", None) not in agenda(r)


# A step of another sort told as done in the same sentence ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "随后，全体党员参观了学院院史陈列室，观看了《老教授的初心》访谈视频。",
        "最后，全体党员重温了入党誓词，现场缴纳了4月份党费。",
        "全体党员在烈士墓前敬献花篮，并面向党旗庄严宣誓。",
    ],
)
def test_a_step_of_another_sort_told_as_done_is_its_own(sentence):
    assert agenda(parse_report(BRANCH + sentence)) == [("其他", None), ("其他", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the same sort told on
        "随后，全体党员参观了院史陈列室，瞻仰了老校长铜像。",
        # a heading's list of the steps that follow
        "第二单元，瞻仰烈士铜像，重温入党誓词。",
    ],
)
def test_a_step_of_the_same_sort_or_a_headings_list_goes_on(sentence):
    assert agenda(parse_report(BRANCH + sentence)) == [("其他", None)]


def test_after_a_heard_report_the_meetings_deliberation_is_one_step():
    r = parse_report(
        BRANCH + "会议听取了蒋晨曦代表支委会所作的工作报告，研究了下一阶段的换届安排。"
    )
    assert agenda(r) == [("报告", "蒋晨曦"), ("其他", None)]


# A study led 在X带领下 before its verb -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "会上，在组织委员孟思远的带领下学习了《中国共产党发展党员工作细则》。",
        "会上，在组织委员孟思远带领下，全体党员认真学习了《中国共产党发展党员工作细则》。",
        "会上，在组织委员孟思远的带领下，学习了《中国共产党发展党员工作细则》。",
    ],
)
def test_the_leader_of_a_study_told_before_its_verb_leads_it(sentence):
    assert agenda(parse_report(BRANCH + sentence)) == [("学习", "孟思远")]


def test_a_guide_who_leads_a_visit_is_unchanged():
    r = parse_report(BRANCH + "随后，在讲解员的带领下，全体党员参观了校史馆。")
    assert agenda(r) == [("其他", None)]
