"""Twenty-sixth round, host: a unit whose members or centre group stand as the lead's subject
convenes the meeting ("X党支部成员在Y举行…", "X党总支全体党员在…带领下奔赴…", "X党委理论学习中心组
在Y，举行…"; docs/report-parser.md, "Twenty-sixth round, host"). Our own sentences and invented
names."""

import pytest

from report_import.parser import parse_report
from report_import.scoring import host_units


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("4月9日下午，园艺本科生党支部成员在南苑楼216室举行党员大会。", "园艺本科生党支部"),
        (
            "6月20日，后勤党总支全体党员在党总支书记韩立的带领下奔赴红岩村纪念馆，开展主题党日活动。",
            "后勤党总支",
        ),
        ("5月14日上午，图书馆党支部全体党员在二楼会议室召开党员大会。", "图书馆党支部"),
        (
            "5月14日上午，经济学院党委理论学习中心组在行政楼402会议室，举行第三次集中学习。",
            "经济学院党委",
        ),
    ],
)
def test_a_unit_whose_members_or_group_act_convenes(lead, host):
    assert host_units(parse_report(lead)["host"]) == host_units(host)


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # a unit the earlier forms read keeps its reading
        ("3月5日，化学学院第一党支部在302室召开党员大会。", "化学学院第一党支部"),
        ("3月23日，办公室党支部全体党员赴井源村开展主题党日活动。", "办公室党支部"),
        ("4月2日下午，保卫处党支部开展“缅怀先烈”主题党日活动。", "保卫处党支部"),
    ],
)
def test_a_subject_read_before_is_read_as_before(lead, host):
    assert parse_report(lead)["host"] == host


def test_members_with_no_unit_before_them_name_no_host():
    # "全体党员在…召开": the members alone are no unit, and 全 is not cut from 全体
    assert parse_report("3月16日，全体党员在523室召开党员大会。")["host"] is None


def test_a_group_of_no_committee_is_not_cut():
    # "专家中心组" is not a committee's centre group: nothing is read from it
    text = "3月16日，专家中心组在523室，举行第一次集中学习。"
    assert parse_report(text)["host"] is None
