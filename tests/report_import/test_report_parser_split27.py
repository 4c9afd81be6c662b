"""Twenty-seventh round, split: an oath told inside another act's comma part or sentence.

The settled table files an oath (重温入党誓词, 向党旗宣誓) as a step `其他`; told after an arrival or a
vote's count, the item drafted there swallowed it (S22/10, S22/18, S25/21; held out S31/10,
S31/15, S32/19, S33/14, S33/16). `oaths.oaths` drafts it as its own item once. All sentences are
our own.
"""

import pytest

from report_import.parser import parse_report

HEAD = (
    "材料学院金属材料党支部开展主题党日活动\n\n2026年4月12日上午，材料学院金属材料党支部开展"
    "“追寻红色足迹”主题党日活动，活动由支部书记罗景平主持，支部全体党员参加活动。\n\n"
)


def _kinds(tail: str) -> list[str]:
    return [a["kind"] for a in parse_report(HEAD + tail)["agenda"]]


@pytest.mark.parametrize(
    ("tail", "kinds"),
    [
        (  # after an arrival at a place, facing the badge
            "罗景平讲授了专题党课。最后，党员们来到了党群服务中心，面向党徽重温入党誓词。",
            ["报告", "其他"],
        ),
        (  # after the count of a vote, in the same sentence
            "经投票，张晓等5名预备党员全票通过转为正式党员，全体党员共同再读入党誓词。",
            ["其他"],
        ),
    ],
)
def test_an_oath_told_inside_another_act_is_its_own_item(tail, kinds):
    assert _kinds(tail) == kinds


@pytest.mark.parametrize(
    "tail",
    [
        # the oath told again in the next sentence: one oath
        "在罗景平的带领下，全体党员面向党旗重温入党誓词。紧握右拳高高举起，面向党旗庄严宣誓。",
        # the leader named before the oath: the step drafted there is the oath (own reports 20, 643)
        "随后，在罗景平的带领下，全体党员面向党旗重温入党誓词。",
        # a means named, not a step held
        "罗景平讲授了专题党课，要求各位党员通过重温入党誓词、开展谈心谈话等方式坚定理想信念。",
        # felt, not taken ("在…中重温")
        "全体党员集体参观了入党誓词书法作品展，在艺术熏陶中重温入党誓词。",
        # told after the meeting
        "罗景平讲授了专题党课。会后，全体党员面向党旗重温入党誓词。",
    ],
)
def test_an_oath_told_again_named_or_felt_adds_no_item(tail):
    assert _kinds(tail).count("其他") <= 1
