"""Seventeenth round, fields: the kind of a committee's enlarged meeting and the host of a
meeting the writer's school convenes, as sets 18–20 file them (docs/report-parser.md,
"Seventeenth round, fields"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    "lead",
    [
        # numbered, and only conveying and deploying (S20/05's form)
        "9月12日下午，文法学院党委在明理楼506会议室召开2025年第六次党委（扩大）会议，传达学校暑期工作会议精神。",
        "9月9日下午，外国语学院在外语楼B10会议室召开本年度第八次党委(扩大)会议。",
        # the university's, deploying a campaign's work (S20/13's form)
        "11月20日上午，我校在行政楼第二会议室召开党委扩大会议，就巡察整改工作作了安排部署。",
        "11月13日，后勤党委召开党委扩大会，专题学习党的二十届四中全会精神。",
    ],
)
def test_a_committee_s_enlarged_meeting_is_its_plenary_whatever_it_does(lead):
    assert parse_report(lead)["kind"] == "党委全委会"


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        # a plain work meeting that only deploys stays a meeting of its own name
        ("8月29日，文学院召开党委工作会议，安排部署新学期党建工作。", "其他"),
        # the standing committee's and the centre group's enlarged sittings keep their kinds
        ("5月8日，学校召开党委常委（扩大）会议。", "党委常委会"),
        ("5月8日，学院召开党委理论学习中心组（扩大）学习会。", "理论学习中心组学习"),
        # a second name that is a review decides the kind, as before
        ("1月9日下午，材料学院召开党委扩大会议暨2024年度党支部书记述职评议会。", "述职评议会"),
        # a branch's enlarged committee meeting is no party committee's
        ("5月8日，化学学院第一党支部召开支委扩大会议。", "支部委员会"),
    ],
)
def test_near_misses_of_the_enlarged_meeting_keep_their_kinds(lead, kind):
    assert parse_report(lead)["kind"] == kind


@pytest.mark.parametrize(
    "lead",
    [
        "9月27日，学校在沙河校区举行“我和我的祖国”主题党日活动。",
        "3月26日下午，我校在弘毅楼300室召开2025年党委理论学习中心组第二次学习会。",
        # the committee told before its group: 校党委, not 校党委党委
        "6月5日下午，我校党委理论学习中心组在图书馆三楼报告厅开展2025年第五次集体学习。",
        # the school's committee is 校党委 on a page that names the school (S19/20's form)
        "北岳科技大学党委常委会召开第25次会议\n\n10月30日，校党委书记许文博主持召开2025年第25次党委常委会会议。",
    ],
)
def test_the_writer_s_school_convenes_as_its_committee(lead):
    assert parse_report(lead)["host"] == "校党委"


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # a school named as the subject convenes under its name
        ("9月26日上午，北岳科技大学召开第十五次党代会筹备工作动员会。", "北岳科技大学"),
        (
            "3月8日，学校召开党建工作会议。会议强调，北岳科技大学各级党组织要压实责任。",
            "北岳科技大学",
        ),
        # a college's units are untouched
        ("4月26日，护理学院党委召开党委扩大会议。", "护理学院党委"),
        ("5月8日，我院在主楼208会议室召开民主生活会。", "学院"),
    ],
)
def test_near_misses_of_the_school_keep_their_hosts(lead, host):
    assert parse_report(lead)["host"] == host


@pytest.mark.parametrize(
    "lead",
    [
        "11月14日，我院举行党委理论学习中心组（扩大）学习会，专题学习党的二十大报告。",
        "2026年1月9日，我院召开2025年度党支部书记抓党建工作述职评议考核会议。",
        "5月8日，学院召开党建工作会议。",
    ],
)
def test_the_writer_s_college_convenes_as_its_committee(lead):
    assert parse_report(lead)["host"] == "学院党委"


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # a 民主生活会 is the leadership team's, held by the college as written (S18/14)
        ("2017年1月9日上午，我院在工学三号馆219召开2016年度班子民主生活会。", "学院"),
        # a college the page names stays named
        ("9月9日下午，人文学院在人文楼B10会议室召开学院党支部书记工作例会。", "人文学院"),
        # a hospital's page: its 我院 is the hospital
        (
            "2024年3月6日，我院在门诊楼会议室召开领导班子民主生活会。医院领导班子成员参加会议。",
            "医院",
        ),
    ],
)
def test_near_misses_of_the_college_keep_their_hosts(lead, host):
    assert parse_report(lead)["host"] == host
