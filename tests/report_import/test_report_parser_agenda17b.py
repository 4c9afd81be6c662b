"""The seventeenth round's agenda part on the members', the units' and the crowd's items
(docs/report-parser.md, "Seventeenth round, agenda: the crowd's, the units' and the members'
items, and extra items"):
the team's 对照检查 is a 发言 of its own, also after one's account in the same sentence; a named
介绍 is an account (报告); the meeting's deliberation (酝酿推荐, 研究了, 研究部署, 审议了) is one
其他 step. The guards: one act told twice (`作工作报告并进行对照检查`), a team's account, a
sponsor's 介绍, a vote (审议通过), a demand to deliberate inside a speech
(`二要充分酝酿`), study and research (`学习研究`). Every sentence here is our own, with invented
names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LIFE = (
    "1月8日，材料学院党委领导班子在学院会议室召开2025年度民主生活会，学院党委书记顾承泽主持会议。"
)
DAY = "11月6日，化学学院分析化学教工党支部在化学楼205会议室开展主题党日活动，支部书记温若岚主持。"
COMMITTEE = "9月12日，机械学院党委在学院第一会议室召开党委会议，学院党委书记钱立衡主持会议。"


def _items(text):
    return agenda(parse_report(text))


# The team's 对照检查 ----------------------------------------------------------------------------


def test_the_team_s_check_is_a_remark_of_its_own():
    assert _items(LIFE + "顾承泽代表学院领导班子作对照检查。") == [("发言", "顾承泽")]


def test_the_team_s_check_after_an_account_in_the_next_comma_part_is_a_second_item():
    text = LIFE + "顾承泽汇报了会前征求意见情况，代表学院领导班子作对照检查，查摆了班子存在的问题。"
    assert _items(text) == [("报告", "顾承泽"), ("发言", "顾承泽")]


def test_the_team_s_check_joined_by_bing_after_an_account_is_a_second_item():
    text = LIFE + "顾承泽汇报了学院一年来的工作情况，并代表学院领导班子作了对照检查。"
    assert _items(text) == [("报告", "顾承泽"), ("发言", "顾承泽")]


def test_one_s_own_check_after_the_team_s_is_another_act():
    text = LIFE + "顾承泽代表学院领导班子作对照检查。随后，顾承泽带头作个人对照检查发言。"
    assert _items(text) == [("发言", "顾承泽"), ("发言", "顾承泽")]


def test_the_members_checks_after_the_team_s_are_the_crowd_s_round():
    text = (
        LIFE + "顾承泽代表学院领导班子作对照检查。班子成员依次作个人对照检查，开展批评和自我批评。"
    )
    assert _items(text) == [("发言", "顾承泽"), ("发言", None)]


def test_guard_a_work_report_and_its_check_in_one_comma_part_stay_one_report():
    text = LIFE + "副院长蓝青代表支委会作工作报告并进行对照检查。"
    assert _items(text) == [("报告", "蓝青")]


def test_guard_the_team_s_account_stays_a_report():
    text = LIFE + "顾承泽代表学院领导班子汇报了一年来的工作。"
    assert _items(text) == [("报告", "顾承泽")]


def test_guard_the_check_told_on_in_the_next_sentence_is_the_same_item():
    text = LIFE + "顾承泽代表学院领导班子作对照检查。顾承泽从五个方面查摆了班子存在的问题。"
    assert _items(text) == [("发言", "顾承泽")]


# A named 介绍 is an account ------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "首先，温若岚介绍了本支部的党建工作和特色做法。",
        "首先，温若岚介绍了支部近年来在课程思政方面的探索。",
        "首先，温若岚对实验中心的科研平台进行了介绍。",
        "首先，温若岚从三个方面介绍了“红烛精神”。",
    ],
)
def test_a_named_introduction_is_an_account(told):
    assert _items(DAY + told) == [("报告", "温若岚")]


def test_the_members_introducing_themselves_is_their_account():
    text = DAY + "随后，党员们陆续上台作自我介绍，讲述了过去一年的学习和工作情况。"
    assert _items(text) == [("报告", None)]


def test_guard_a_sponsor_s_introduction_stays_a_remark():
    text = DAY + "入党介绍人温若岚介绍了发展对象的培养考察情况。"
    assert _items(text) == [("发言", "温若岚")]


# The meeting's deliberation -----------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        # read before this round with the meeting as subject (`patterns.MEETING_TRIGGER`); the
        # class's new verbs must leave them as they were
        "会议研究了学院新学期意识形态工作。",
        "会议还审议了《机械学院党支部工作考核办法》。",
        # the crowd as subject: no verb read them before
        "随后，与会党员酝酿推荐了出席学校党代会代表候选人初步人选。",
        "在此基础上，党员们一起酝酿提名了学院党委委员候选人初步人选名单。",
    ],
)
def test_the_meeting_s_deliberation_is_a_step_of_its_own(told):
    text = COMMITTEE + "会议传达学习了学校全面从严治党工作会议精神。" + told
    assert _items(text) == [("传达", None), ("其他", None)]


@pytest.mark.parametrize(
    "told",
    [
        "会议传达学习了学校全面从严治党工作会议精神，研究了学院新学期意识形态工作。",
        "会议学习传达了学校党代会动员大会精神，酝酿推荐了出席学校党代会代表候选人初步人选。",
    ],
)
def test_deliberation_after_a_text_passed_on_in_its_sentence_is_a_second_step(told):
    assert _items(COMMITTEE + told) == [("传达", None), ("其他", None)]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("会议审议通过了《机械学院党支部工作考核办法》。", [("表决", None)]),
        ("钱立衡强调，一要提高政治站位，二要充分酝酿，把优秀党员推荐出来。", [("讲话", "钱立衡")]),
        ("会议要求与会人员会后再认真深入地学习研究。", []),
        ("会后，各支部将研究部署下一步工作。", []),
    ],
)
def test_guard_what_tells_no_deliberation_step(told, expected):
    assert _items(COMMITTEE + told) == expected
