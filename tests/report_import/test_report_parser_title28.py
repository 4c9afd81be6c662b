"""Round 28, title and kind: a 沙龙 is a meeting's name, of no work meeting's kind by its work word
(`lexicon.MEETING_NOUN_RE`, `naming.ACTIVITY_NAME`; S28/11, S30/18), and its chair is read as a
meeting's (`patterns.MEETING_END`); a joined meeting (X暨Y) is of the first meeting's kind when
its name tells one (`title_forms.first_of_joined`, `lead._first_named`; S19/15, S34/07)."""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the name before 在…召开, with its ordinal (S30/18)
        (
            "2026年3月12日下午，生物学院第八期党支部书记工作沙龙在生物楼210会议室顺利召开。",
            "第八期党支部书记工作沙龙",
        ),
        # the name the verb governs (S28/11)
        (
            "2026年3月26日，学校举办第五期党建工作沙龙，围绕支部建设开展专题研讨。",
            "第五期党建工作沙龙",
        ),
    ],
)
def test_a_salon_is_named_and_of_no_work_meetings_kind(lead, title):
    record = parse_report(lead)
    assert (record["title"], record["kind"]) == (title, "其他")


def test_the_chair_of_a_salon_is_read():
    text = "2026年3月12日下午，生物学院第八期党支部书记工作沙龙在生物楼210会议室召开。学院党委副书记林晓东主持沙龙。"
    assert parse_report(text)["chairs"] == ["林晓东"]


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        # a work meeting first, a centre group's study second (S34/07)
        (
            "2026年4月8日上午，资源环境学院召开全面从严治党工作会议暨党委理论学习中心组（扩大）学习会。",
            "全面从严治党工作会议",
        ),
        # a college committee's enlarged meeting first, a work word second (S19/15; decision 7)
        (
            "2026年5月16日下午，材料学院党委书记韩立松主持召开党委扩大会议暨党建工作领导小组会议。",
            "党委全委会",
        ),
    ],
)
def test_a_joined_meeting_is_of_the_first_meetings_kind(lead, kind):
    assert parse_report(lead)["kind"] == kind


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        # the first name tells no kind: the second's (S18/20, S22/15)
        (
            "2026年2月27日，学校召开新学期教职工大会暨全面从严治党大会。",
            "全面从严治党工作会议",
        ),
        (
            "2026年3月5日，学院召开“双一流”建设专题学习会暨党委理论学习中心组（扩大）学习会。",
            "理论学习中心组学习",
        ),
        # both tell a kind, the first the earlier: as before (S24/29)
        (
            "2026年4月2日，化学系党支部召开党支部换届选举大会暨4月份主题党日活动。",
            "支部党员大会",
        ),
        # 暨 inside a quoted theme joins no two meetings
        (
            "2026年4月9日，物理系党支部开展“学党史暨强党性”主题党日活动。",
            "主题党日",
        ),
        # a salon on Party building within a branch's day is still its day's
        (
            "2026年4月10日，外语系党支部开展主题党日活动暨党建工作沙龙。",
            "主题党日",
        ),
    ],
)
def test_joined_meetings_read_as_before(lead, kind):
    assert parse_report(lead)["kind"] == kind
