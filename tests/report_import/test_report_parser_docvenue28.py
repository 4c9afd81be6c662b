"""The twenty-eighth round's part on the venue (docs/report-parser.md, "Twenty-eighth round,
documents and venue"): a party unit read after the place, the branch that meets there or the
partner the members go to, is no part of the venue. Every sentence here is our own, with invented
names.
"""

from report_import.parser import parse_report


def test_the_branch_after_the_room_is_cut_off_the_venue():
    r = parse_report("2026年3月12日下午，在党员之家会议室化学系党支部召开了2025年度组织生活会。")
    assert r["venue"] == "党员之家会议室"


def test_the_town_branch_gone_to_leaves_the_town():
    r = parse_report(
        "2026年4月16日，数学学院教工第一党支部赴枫林镇机关党支部联合开展主题党日活动。"
    )
    assert r["venue"] == "枫林镇"


def test_the_partner_branch_after_with_leaves_the_place():
    r = parse_report(
        "2026年5月21日，图书馆党支部赴滨江新区与园区管委会党支部联合开展主题党日活动。"
    )
    assert r["venue"] == "滨江新区"


def test_a_community_branch_gone_to_leaves_the_community():
    r = parse_report("2026年6月3日，物理学院党委赴桂园社区党支部联合开展主题党日活动。")
    assert r["venue"] == "桂园社区"


# Guards: a place with no unit after it, and a room whose name holds 与, stay as read.


def test_a_room_alone_stays():
    r = parse_report("2026年3月12日下午，化学系党支部在党员之家会议室召开了2025年度组织生活会。")
    assert r["venue"] == "党员之家会议室"


def test_a_visit_to_a_memorial_hall_stays():
    r = parse_report("2026年4月16日，数学学院教工第一党支部赴枫林镇革命纪念馆开展主题党日活动。")
    assert r["venue"] == "枫林镇革命纪念馆"


def test_a_room_of_a_building_named_with_and_stays():
    r = parse_report("2026年5月21日，图书馆党支部在科学与技术楼301会议室召开支部党员大会。")
    assert r["venue"] == "科学与技术楼301会议室"
