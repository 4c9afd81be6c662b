"""Twenty-ninth round, named items: a named speaker's account told by 报告了.

"X报告了…情况" is an account given to the meeting, like "X汇报了…" (the settled table's 报告 row);
the readers missed it because 报告了 was neither an agenda verb nor a word that may follow a name
(S20/01, S32/17). Guards: 汇报了, 作了…报告, a report named as a noun and the chair's headcount
(报告了出席会议的人数) stay as they were.
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

HEAD = (
    "地理科学学院教工第二党支部召开支部党员大会\n\n2026年9月15日下午，地理科学学院教工第二党支部在"
    "地科楼305会议室召开支部党员大会，支部全体党员参加会议，会议由支部书记柯望舒主持。\n\n"
)


def _agenda(tail: str) -> list[tuple[str, str | None]]:
    return [(a["kind"], a["speaker"]) for a in parse_report(HEAD + tail)["agenda"]]


@pytest.mark.parametrize(
    ("tail", "agenda"),
    [
        ("柯望舒报告了支部上半年的工作开展情况。", [("报告", "柯望舒")]),
        ("组织委员邵静岚报告了党员发展工作的准备情况。", [("报告", "邵静岚")]),
        (
            "宣传委员岳明川领学了《中国共产党纪律处分条例》。支部副书记尹清远报告了本学期入党积极分子的"
            "培养考察情况。",
            [("学习", "岳明川"), ("报告", "尹清远")],
        ),
    ],
)
def test_an_account_told_by_baogaole_is_a_report(tail, agenda):
    assert _agenda(tail) == agenda


@pytest.mark.parametrize(
    ("tail", "agenda"),
    [
        ("组织委员邵静岚汇报了党员发展工作的准备情况。", [("报告", "邵静岚")]),
        ("组织委员邵静岚作了党员发展工作的准备情况报告。", [("报告", "邵静岚")]),
        ("大家认真学习了政府工作报告。", [("学习", None)]),
        ("会议开始，支部书记报告了出席会议的人数。", [("主持", "柯望舒")]),  # the chair's headcount
    ],
)
def test_other_accounts_stay_as_they_were(tail, agenda):
    assert _agenda(tail) == agenda
