"""Twenty-ninth round, host: a host written as the party body's full name ("中共X学院委员会",
"中共X学院党总支第三党支部", "中共X大学第五届委员会第二轮巡察第三巡察组", "中共X大学后勤处总支部
委员会") is read to the body's end, not cut at the school or college; and the scorer counts
"中共…总支部委员会" / "中共…支部委员会" as the general branch / branch they name
(docs/report-parser.md, "Twenty-ninth round, host"). Our own sentences and invented names."""

import pytest

from report_import.parser import parse_report
from report_import.scoring import host_units


def _host(lead: str, headline: str = "") -> str | None:
    text = (f"{headline}\n\n" if headline else "") + f"{lead}会议由周明远主持。\n"
    return parse_report(text)["host"]


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # a college's committee, by its full name before a passive lead
        (
            "2026年4月9日下午，中共江北理工大学材料学院委员会换届选举党员大会在学术报告厅召开。",
            "中共江北理工大学材料学院委员会",
        ),
        # an inspection group of a numbered committee (the term stays with the group)
        (
            "2026年3月2日，中共江北理工大学第五届委员会第二轮巡察第三巡察组召开巡察化学学院党委"
            "工作动员会。",
            "中共江北理工大学第五届委员会第二轮巡察第三巡察组",
        ),
        # a numbered branch under its general branch
        (
            "2026年5月6日，中共化学学院党总支第三党支部在302室召开了支部党员大会。",
            "中共化学学院党总支第三党支部",
        ),
        # a unit's general branch by its committee's full name
        (
            "2026年6月1日，中共江北理工大学后勤处总支部委员会换届选举党员大会在会议中心召开。",
            "中共江北理工大学后勤处总支部委员会",
        ),
        # a committee's plenary under 中国共产党: the committee, without its term
        (
            "2026年1月10日，中国共产党江北学院第二届委员会第五次全体会议在行政楼召开。",
            "中国共产党江北学院委员会",
        ),
    ],
)
def test_a_party_body_s_full_name_is_read_to_its_end(lead, host):
    assert _host(lead) == host


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        # a congress has no body after the school: the school's name as before
        (
            "2026年1月10日，中国共产党江北学院第三次党员代表大会在行政楼举行预备会议。",
            "中国共产党江北学院",
        ),
        # the verb follows the school: its 党委常委会 is the meeting's name, not the host's
        ("2026年1月10日，中共江北理工大学召开党委常委会。", "中共江北理工大学"),
        # a group already read to its end is not read on into what it inspects
        (
            "2026年4月15日上午，校党委第三巡察组巡察图书馆党总支工作动员会在图书馆六楼报告厅召开。",
            "校党委第三巡察组",
        ),
        # a unit without the party's name keeps its reading
        ("2026年5月6日，化学学院第三党支部在302室召开了支部党员大会。", "化学学院第三党支部"),
    ],
)
def test_guards_keep_their_host(lead, host):
    assert _host(lead) == host


@pytest.mark.parametrize(
    ("draft", "gold"),
    [
        ("中共江北理工大学后勤处总支部委员会", "后勤处党总支"),
        ("中共化学学院物理系支部委员会", "化学学院物理系党支部"),
        ("中国共产党江北学院委员会", "江北学院党委"),
    ],
)
def test_the_scorer_counts_a_party_body_s_full_name_as_its_short_one(draft, gold):
    assert host_units(draft) == host_units(gold)


def test_the_scorer_tells_a_committee_from_a_general_branch():
    assert host_units("中共化学学院委员会") != host_units("化学学院党总支")
    assert host_units("中共江北理工大学后勤处总支部委员会") != host_units("后勤处党支部")
