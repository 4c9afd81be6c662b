"""The twentieth round's part on lists (docs/report-parser.md, "Twentieth round, lists"): several
units or secretaries listed before the 述职 they give, or before a verb they take in turn (分别,
依次…), are one item each, in the order of the list. Every sentence here is our own, with invented
names and units.
"""

from report_import.parser import parse_report

from .records import agenda

REVIEW = (
    "2026年1月12日上午，北岳理工大学在行政楼第三会议室召开2025年度院级党组织书记抓基层党建工作"
    "述职评议会。校党委书记方振宇、校党委副书记梁秋实，各院级党组织书记参加会议。会议由梁秋实主持。"
)
MEETING = (
    "2026年3月18日下午，东江工程大学党委组织部在明德楼405会议室召开基层党建工作推进会。"
    "会议由党委组织部部长范一鸣主持。"
)
UNITS = [
    "机械学院党委",
    "材料学院党委",
    "化工学院党委",
    "数学学院党总支",
    "物理学院党总支",
    "图书馆党总支",
    "后勤党委",
    "机关党委",
    "档案馆党支部",
    "出版社党总支",
]


def _accounts(record):
    return [who for kind, who in agenda(record) if kind == "述职"]


# Units listed before their accounts -------------------------------------------------------


def test_counted_units_whose_account_is_told_after_a_cited_rule_are_one_account_each():
    r = parse_report(
        REVIEW + "会上，" + "、".join(UNITS) + "等10个院级党组织书记依照《北岳理工大学院级"
        "党组织书记述职评议考核办法》要求，向学校党委作了述职报告。方振宇对述职情况逐一进行了点评。"
    )
    assert _accounts(r) == UNITS


def test_counted_units_giving_their_account_in_a_form_are_one_account_each():
    units = ["自动化系", "光电研究所", "学院机关"]
    r = parse_report(REVIEW + "会上，" + "、".join(units) + "3个单位以PPT形式述职。")
    assert _accounts(r) == units


def test_the_accounts_stand_where_the_list_is_told():
    r = parse_report(
        REVIEW + "会上，" + "、".join(UNITS) + "10个单位以PPT形式述职。方振宇作总结讲话。"
    )
    assert agenda(r)[-1] == ("讲话", "方振宇")
    assert _accounts(r) == UNITS


# Units with their speakers in turn ------------------------------------------------------


def test_units_whose_heads_speak_in_turn_are_one_item_each():
    r = parse_report(
        MEETING + "电气学院、土木学院、外国语学院相关负责同志分别就党建项目推进情况进行了交流发言。"
    )
    assert agenda(r) == [("交流", "电气学院"), ("交流", "土木学院"), ("交流", "外国语学院")]


# Guards: near-misses that must not change -----------------------------------------------


def test_a_count_larger_than_the_list_makes_them_examples():
    r = parse_report(
        REVIEW + "会上，" + "、".join(UNITS) + "等19个院级党组织书记依照《北岳理工大学述职评议"
        "考核办法》要求，向学校党委作了述职报告。"
    )
    assert not set(_accounts(r)) & set(UNITS)


def test_a_list_of_units_that_attend_is_no_account():
    r = parse_report(
        REVIEW + "会上，机械学院、材料学院、图书馆等3个单位的党员代表列席会议。方振宇作总结讲话。"
    )
    assert _accounts(r) == []


def test_a_list_whose_elements_are_neither_units_nor_names_is_left_to_the_clause_reader():
    r = parse_report(MEETING + "学习心得、工作体会、存在问题分别由各支部进行了交流发言。")
    assert not any(who in ("学习心得", "工作体会", "存在问题") for _, who in agenda(r))


def test_members_the_clause_reader_named_are_not_read_twice():
    r = parse_report(REVIEW + "会上，教工第一党支部书记贺岚、学生党支部书记简书航依次述职。")
    assert _accounts(r) == ["贺岚", "简书航"]
