"""Twelfth round, title, kind, date, venue and host: readings that hold across the field sets
(docs/report-parser.md, "Twelfth round, title, kind, date, venue, host"). Our own sentences and
invented names."""

import pytest

from report_import.parser import parse_report


def _parsed(text):
    return parse_report(text)


# A cadres' account of duty and integrity, under any of its names, is a 述职评议会.


@pytest.mark.parametrize(
    "name",
    [
        "2024年度中层干部述责述廉评议考核会",
        "2023年度党组织书记抓基层党建工作联述联评现场考核会",
        "2024年度科室主任述廉会议",
    ],
)
def test_an_account_of_duty_or_integrity_under_review_is_a_review_meeting(name):
    record = _parsed(f"2025年1月10日下午，药学院召开{name}。")
    assert (record["title"], record["kind"]) == (name, "述职评议会")


def test_a_review_named_after_another_kind_keeps_that_kind():
    record = _parsed("2025年1月10日，药学院召开2024年度民主生活会暨述责述廉会议。")
    assert record["kind"] == "民主生活会"


# The members elect their committee: the committee named first is what they elect.


def test_a_members_meeting_that_elects_the_branch_committee_is_the_members_meeting():
    record = _parsed("2023年11月8日，校医院党支部召开党支部委员会换届选举全体党员大会。")
    assert (record["title"], record["kind"]) == ("党支部委员会换届选举全体党员大会", "支部党员大会")


def test_a_branch_committee_meeting_on_the_election_stays_the_committees():
    record = _parsed("2023年11月2日，校医院党支部召开支部委员会会议，研究换届选举筹备工作。")
    assert record["kind"] == "支部委员会"


# A meeting of no named kind whose lead sentence invites a lecturer is the lecture.


@pytest.mark.parametrize("talk", ["作党纪学习教育辅导讲座", "就“新修订的纪律处分条例”作专题报告"])
def test_a_study_activity_whose_lead_invites_a_lecturer_is_a_party_lecture(talk):
    record = _parsed(
        f"2024年4月12日，外国语学院党委组织开展专题学习活动，邀请校党校讲师林思远{talk}。"
    )
    assert record["kind"] == "党课"


def test_an_invited_lecture_later_in_the_report_leaves_the_kind_alone():
    text = (
        "2024年4月12日，外国语学院党委召开学习交流会。"
        "会议决定下月邀请校党校讲师林思远作专题辅导讲座。"
    )
    assert _parsed(text)["kind"] == "其他"


def test_an_invited_lecture_at_a_named_meeting_keeps_the_meetings_kind():
    text = (
        "2024年4月12日，外国语学院党委理论学习中心组开展集体学习，邀请校党校讲师林思远作专题辅导。"
    )
    assert _parsed(text)["kind"] == "理论学习中心组学习"


# An activity or a ceremony is no work meeting, whatever work it names.


@pytest.mark.parametrize("name", ["党建结对共建活动", "党建共建签约仪式"])
def test_an_activity_that_names_party_building_is_no_party_building_meeting(name):
    text = f"2024年10月18日，计算机学院教工第二党支部与瑞达软件有限公司党支部举办{name}。"
    assert _parsed(text)["kind"] == "其他"


def test_a_meeting_that_names_party_building_is_still_the_party_building_meeting():
    record = _parsed("2024年3月8日，计算机学院党委召开2024年党建工作推进会。")
    assert record["kind"] == "党建工作会议"


# Where the lead sentence says the members went is the venue.


@pytest.mark.parametrize(
    ("went", "venue"),
    [
        ("赴恒达精密机械有限公司，与公司党支部共同开展主题党日活动", "恒达精密机械有限公司"),
        ("前往青山县红岩村社区商谈结对共建事宜，并开展主题党日活动", "青山县红岩村社区"),
    ],
)
def test_the_destination_of_the_members_is_the_venue(went, venue):
    record = _parsed(f"2024年6月20日上午，化学学院教工党支部{went}。")
    assert record["venue"] == venue


def test_a_room_named_before_the_verb_wins_over_the_destination():
    text = "2024年6月20日，化学学院教工党支部在化学楼201室召开支部党员大会，会后前往实验基地参观。"
    assert _parsed(text)["venue"] == "化学楼201室"


def test_striving_ahead_is_no_destination():
    text = "2024年6月20日，化学学院教工党支部开展主题党日活动，号召党员前赴后继，勇挑重担。"
    assert _parsed(text)["venue"] is None
