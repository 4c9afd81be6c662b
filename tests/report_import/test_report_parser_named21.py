"""The twenty-first round's named-person part (docs/report-parser.md, "Twenty-first round,
named"): a 说明 of a text named by what it is (选举办法, 实施细则, 方案) explains it, as the
settled table files it (解读); a 说明 of a situation, a purpose or a meeting's programme stays
what it was. Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LEAD = (
    "2026年4月14日下午，园艺学院果树党支部在园艺楼305会议室召开支部党员大会。会议由支部书记"
    "苗若川主持，支部全体党员参加。"
)


@pytest.mark.parametrize(
    "told",
    [
        "会上，蒋一苇副书记详细说明了选举办法和注意事项。",
        "会上，组织委员蒋一苇详细说明了选举办法和注意事项。",
        "会上，组织委员蒋一苇简要说明了发展党员工作实施细则。",
    ],
)
def test_a_text_named_after_the_verb_is_explained(told):
    assert agenda(parse_report(LEAD + told)) == [("解读", "蒋一苇")]


@pytest.mark.parametrize(
    "told",
    [
        "会上，组织委员蒋一苇对选举办法作了详细说明。",
        "会上，组织委员蒋一苇就发展党员工作实施细则作了说明。",
        "会上，组织委员蒋一苇对学院“青苗培育方案”作了说明。",
    ],
)
def test_a_text_named_before_the_verb_is_explained(told):
    assert agenda(parse_report(LEAD + told)) == [("解读", "蒋一苇")]


# Guards: what is not a text stays as it was --------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "会上，组织委员蒋一苇就支部近期工作情况作了说明。",
        "会上，组织委员蒋一苇就召开此次大会的意义作了说明。",
    ],
)
def test_a_situation_or_purpose_explained_is_an_account(told):
    assert agenda(parse_report(LEAD + told)) == [("报告", "蒋一苇")]


def test_a_programme_explained_after_an_account_is_not_an_explanation():
    told = "会上，组织委员蒋一苇通报了会前征求意见情况，说明了会议主题、要求及具体程序。"
    assert "解读" not in [kind for kind, _ in agenda(parse_report(LEAD + told))]


def test_texts_in_title_marks_are_explained_as_before():
    told = "会上，组织委员蒋一苇就《发展党员工作实施细则》作了说明。"
    assert agenda(parse_report(LEAD + told)) == [("解读", "蒋一苇")]
