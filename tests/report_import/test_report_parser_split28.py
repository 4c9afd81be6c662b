"""Twenty-eighth round, split: two acts of one subject in one sentence.

A named speaker's remark (发言) or exchange (交流) joined by 并 to the same speaker's study,
explanation, reading or account is an item of its own (the settled table: one item per speaker per
act; S23/29, S31/13). Guards: the shapes whose golds over sets 18-34 keep one item, or which
earlier readings decide, stay as they are. All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

HEAD = (
    "化学学院教工第一党支部召开支部党员大会\n\n2026年6月10日下午，化学学院教工第一党支部在"
    "化学楼402会议室召开支部党员大会，支部全体党员参加会议，会议由支部书记邓怀瑾主持。\n\n"
)


def _agenda(tail: str) -> list[tuple[str, str | None]]:
    return [(a["kind"], a["speaker"]) for a in parse_report(HEAD + tail)["agenda"]]


@pytest.mark.parametrize(
    ("tail", "agenda"),
    [
        (  # a study, then the leader's remark
            "邓怀瑾领学了《中国共产党章程》有关章节，并结合支部实际作了交流发言。",
            [("学习", "邓怀瑾"), ("交流", "邓怀瑾")],
        ),
        (  # an explanation, then an exchange with the members
            "组织委员严书航解读了《中国共产党发展党员工作细则》，并与参会的学生代表们交流了发展"
            "党员工作的具体做法。",
            [("解读", "严书航"), ("交流", "严书航")],
        ),
        (  # a study, then the leader's remark called 发言
            "邓怀瑾领学了党的二十届四中全会公报，并结合学院实际作中心组发言。",
            [("学习", "邓怀瑾"), ("发言", "邓怀瑾")],
        ),
    ],
)
def test_a_remark_joined_to_another_act_is_its_own_item(tail, agenda):
    assert _agenda(tail) == agenda


@pytest.mark.parametrize(
    ("tail", "agenda"),
    [
        (  # a review's closing words: no 发言 of the reviewer
            "支部党员逐一作对照检查。学院党委副书记钟立言对本次会议进行了点评，并作总结发言，"
            "要求支部抓好整改。",
            [("发言", None), ("点评", "钟立言")],
        ),
        (  # an account, then another account read by the remark reader: one more 报告, no 发言
            "邓怀瑾汇报了支部一年来的工作情况，并对去年查摆问题的整改情况作了汇报。",
            [("报告", "邓怀瑾")],
        ),
        (  # an account that goes on into a duty report stays one report (crowd20b)
            "邓怀瑾汇报了支部一年来的工作情况，并代表支部委员会作2025年度党支部书记述职报告。",
            [("报告", "邓怀瑾")],
        ),
        (  # a lecture whose lecturer stresses in a further sentence (golds 18-34: 7 one, 5 split)
            "学院党委副书记钟立言以“坚守初心，争做四有好老师”为题讲授党课。他强调，全体党员要"
            "在教书育人中当好表率。",
            [("报告", "钟立言")],
        ),
        (  # an account with directions in its sentence (golds 18-34: 7 one, 4 split)
            "邓怀瑾通报了本学期支部党员发展工作情况，要求各党小组按时完成考察材料的整理。",
            [("报告", "邓怀瑾")],
        ),
    ],
)
def test_one_act_told_on_stays_one_item(tail, agenda):
    assert _agenda(tail) == agenda
