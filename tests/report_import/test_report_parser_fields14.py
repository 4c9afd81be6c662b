"""Fourteenth round, title, kind, date, venue and host: a meeting's kind from who met and what
they did where its name names none, two campaigns' own words as dates, and a purpose clause's
cited meeting (docs/report-parser.md, "Fourteenth round, title, kind, date, venue, host"). Our
own sentences and invented names."""

import pytest

from report_import.parser import parse_report

# A branch that meets with all its members holds its members' meeting, whatever it is called.


@pytest.mark.parametrize(
    "text",
    [
        "3月6日，历史学院教工党支部在文史楼210召开政治理论学习会，支部全体党员参加会议。",
        "3月6日，后勤与基建处党支部在办公楼305召开专题学习会议，全体在职党员参加了会议。",
        "3月6日，历史学院教工党支部在文史楼210开展专题学习活动。12名党员参加了此次学习。",
        "3月6日，历史学院学生党支部组织全体党员在文史楼210开展了党章专题学习。",
    ],
)
def test_a_branch_meeting_with_all_its_members_is_the_members_meeting(text):
    assert parse_report(text)["kind"] == "支部党员大会"


@pytest.mark.parametrize(
    "text",
    [
        # two branches meet together: no one branch's meeting
        "3月6日，历史学院教工党支部与图书馆党支部在文史楼210联合开展共建活动，两个支部全体党员参加。",
        # an exchange meeting names its own form
        "3月6日，历史学院教工党支部在文史楼210召开教学经验交流会，支部全体党员参加会议。",
        # a college's committee is no branch
        "3月6日，历史学院党委在文史楼210召开专题学习会议，全体党员参加会议。",
    ],
)
def test_a_joint_meeting_a_named_form_or_a_committee_keeps_its_own_kind(text):
    assert parse_report(text)["kind"] == "其他"


# A branch's committee, or a committee's members, as the whole attendance.


def test_a_branch_meeting_attended_by_its_committee_is_the_committee_meeting():
    text = (
        "4月2日晚，物理学院研究生第一党支部在理科楼402开展确定发展对象会议。"
        "会议由支部书记孔令仪主持，全体支委参加。"
    )
    assert parse_report(text)["kind"] == "支部委员会"


def test_an_office_committee_meeting_attended_by_its_members_is_the_plenary():
    text = (
        "11月5日上午，机关党委在行政楼204召开会议，研究下一阶段工作。"
        "机关党委委员参加了会议，会议由机关党委书记贺文澜主持。"
    )
    assert parse_report(text)["kind"] == "党委全委会"


def test_the_branches_committee_members_at_a_college_meeting_make_no_committee_meeting():
    text = (
        "4月2日，体育学院党委在体育馆会议室召开党支部书记例会扩大会议，全体党支部委员参加了会议。"
    )
    assert parse_report(text)["kind"] == "其他"


# The members elect their branch's committee: their meeting, whatever the name calls next.


def test_a_founding_meeting_that_elects_the_committee_is_the_members_meeting():
    text = (
        "9月3日，后勤处党支部成立大会暨第一次支部委员会会议在后勤楼201召开。"
        "会议选举产生了后勤处党支部第一届支部委员会。"
    )
    assert parse_report(text)["kind"] == "支部党员大会"


def test_a_committee_meeting_that_elects_its_secretary_stays_the_committee_meeting():
    text = "9月3日，后勤处党支部召开第一次支委会，支委会选举产生了支部书记和组织委员。"
    assert parse_report(text)["kind"] == "支部委员会"


# The meetings a lead sentence plans are its object, not its kind.


def test_a_meeting_that_plans_the_branches_reviews_is_not_a_review():
    text = "11月26日下午，药学院党委召开会议，安排部署各党支部专题组织生活会和民主评议党员工作。"
    assert parse_report(text)["kind"] == "其他"


def test_a_review_named_in_the_lead_sentence_still_gives_its_kind():
    text = "11月26日下午，药学院教工党支部召开会议，专题组织生活会由支部书记主持。"
    assert parse_report(text)["kind"] == "组织生活会"


# Two campaigns by their own words date a report that writes no year.


def test_the_centenary_campaigns_motto_puts_a_study_in_2021():
    text = (
        "6月8日，数学学院党委召开理论学习中心组学习会，围绕学党史、悟思想、办实事、开新局"
        "开展学习，重温1935年遵义会议的历史。"
    )
    assert parse_report(text)["date"] == "2021-06-08"


def test_the_2019_campaigns_review_meeting_puts_its_planning_in_2019():
    text = "12月2日，化学学院党委召开会议，部署“不忘初心、牢记使命”专题民主生活会各项准备工作。"
    assert parse_report(text)["date"] == "2019-12-02"


# A meeting a purpose clause cites for its requirements is not the one reported.


def test_a_meeting_cited_for_its_requirements_is_not_the_lead():
    text = (
        "12月9日，为贯彻落实学校召开全面从严治党工作会议的要求，"
        "法学院在明法楼101召开教工党支部专题组织生活会。"
    )
    record = parse_report(text)
    assert (record["title"], record["kind"]) == ("教工党支部专题组织生活会", "组织生活会")


def test_a_purpose_clause_that_holds_the_meeting_itself_is_still_the_lead():
    text = "为庆祝建党105周年学院党委于6月30日召开七一表彰大会。"
    assert parse_report(text)["title"] == "七一表彰大会"


# Party work under other words names the work meetings.


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("本学期党务工作总结会议", "党建工作会议"),
        ("党群部门工作会", "党建工作会议"),
        ("二级党组织组织员工作例会", "组织工作会议"),
    ],
)
def test_party_affairs_and_the_organisers_work_name_the_work_meetings(name, kind):
    text = f"3月9日下午，学校党委在办公楼第一会议室召开{name}，校党委书记主持会议。"
    assert parse_report(text)["kind"] == kind


# An activity of no named kind whose first act is a lecture is the lecture.


def test_an_activity_whose_first_act_is_a_lecture_is_a_party_lesson():
    text = (
        "5月22日，审计学院教工党支部开展“清风月”系列活动。"
        "当天，支部书记岳明轩在敏行楼203为支部党员讲授了专题党课。"
    )
    assert parse_report(text)["kind"] == "党课"


def test_an_activity_with_a_lecture_after_other_acts_keeps_its_own_kind():
    text = (
        "12月26日上午，档案馆党支部与退休党支部联合开展共建活动。"
        "首先，馆长向老同志通报了全年工作。随后，支部书记作了一堂微党课。"
    )
    assert parse_report(text)["kind"] == "其他"
