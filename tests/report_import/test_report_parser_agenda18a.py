"""The eighteenth round's agenda, named people's acts (docs/report-parser.md, "Eighteenth round,
agenda: named people's acts"): the round counted the misses over field sets 18-22 and kept no
new rule, so these are guards on the readings that already hold — secretaries who 述职 one after
another, a leader's 点评 and then his 讲话 in a further sentence, one person's relay and another
person's study and explanation, a unit's report and a named lecture. Every sentence here is our
own, with invented names and units.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

REVIEW = "1月9日，信息学院党委召开党支部书记抓党建工作述职评议会，会议由党委副书记程立岩主持。"
STUDY = "3月12日，经济学院党委理论学习中心组召开集体学习会，会议由学院党委书记齐文博主持。"


def _items(told, lead):
    return agenda(parse_report(lead + told))


def test_secretaries_report_in_turn_and_the_secretary_comments_then_speaks():
    told = (
        "学生第一党支部书记钟雨桐、教工第三党支部书记邓海川先后述职。罗振东对述职情况逐一进行了点评。"
        "罗振东在讲话中指出，各党支部要把党建与业务同谋划。"
    )
    assert _items(told, REVIEW) == [
        ("述职", "钟雨桐"),
        ("述职", "邓海川"),
        ("点评", "罗振东"),
        ("讲话", "罗振东"),
    ]


def test_one_relays_another_studies_and_explains_and_the_first_directs():
    told = (
        "齐文博传达了学校党委理论学习中心组学习会议精神。学院党委副书记孟子涵领学了《党员教育管理工作条例》，"
        "并结合学院实际作了解读。齐文博强调，中心组成员要带头学。"
    )
    assert _items(told, STUDY) == [
        ("传达", "齐文博"),
        ("学习", "孟子涵"),
        ("解读", "孟子涵"),
        ("讲话", "齐文博"),
    ]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a relayed speech's own words stay with the relay (no 并, no further speaker)
        ("齐文博传达了学校党委全会精神，指出要坚持问题导向。", [("传达", "齐文博")]),
        # 传达学习 is one verb, one item
        ("齐文博传达学习了学校党委全会精神。", [("传达", "齐文博")]),
        # 说明 of one's own work stays an account
        ("院长韩景行对学院年度工作作了说明。", [("报告", "韩景行")]),
    ],
)
def test_guards_near_misses_that_must_not_change(told, expected):
    assert _items(told, STUDY) == expected
