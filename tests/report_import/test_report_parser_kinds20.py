"""The twentieth round's kinds part (docs/report-parser.md, "Twentieth round, agenda kinds"): a
leader's directions told in a further sentence after the same leader's 点评 are a separate 讲话
(the settled table), when that sentence opens with no subject, 他/她 or the leader's name and a
verb of directions, not a suggestion (`review_then_directions`). Every sentence here is our own, with invented
names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LIFE = (
    "2026年1月9日下午，化学学院第二学生党支部在化学楼402会议室召开2025年度组织生活会。学院党委"
    "副书记沈嘉禾出席会议并指导，支部全体党员参加会议。会议由党支部书记方若溪主持。"
    "会上，支部党员依次作个人对照检查发言，相互开展了批评。"
)
CHECKS = [("发言", None)]


@pytest.mark.parametrize(
    "review",
    [
        "沈嘉禾对本次组织生活会进行了点评，肯定了支部会前准备充分。就下一步支部建设提出三点要求，"
        "一是抓好理论学习，二是抓实整改落实。",
        "沈嘉禾在点评时指出，这次组织生活会准备充分，查摆问题具体。希望支部把整改落实抓到位。",
        "沈嘉禾对本次组织生活会给予了肯定。她指出，新的一年支部要把理论学习抓在经常、融入日常。",
    ],
)
def test_directions_in_a_further_sentence_after_a_review_are_a_speech(review):
    r = parse_report(LIFE + review)
    assert agenda(r) == [*CHECKS, ("点评", "沈嘉禾"), ("讲话", "沈嘉禾")]


@pytest.mark.parametrize(
    "review",
    [
        # the directions in the 点评's own sentence: the golds split, they stay in the review
        "沈嘉禾对本次组织生活会进行了点评，并对支部下一步工作提出了要求。",
        # a further sentence that does not open with directions goes on with the review
        "沈嘉禾对本次组织生活会进行了点评。她对支部会前准备充分表示肯定。",
        # a suggestion stays in the review (own report 49; S21/06's gold splits it off)
        "沈嘉禾对本次组织生活会进行了点评。她同时建议支部把整改清单细化到人。",
        # the further sentence is someone else's
        "沈嘉禾对本次组织生活会进行了点评。方若溪表示，支部将逐项抓好整改。",
    ],
)
def test_a_review_without_directions_told_after_it_stays_one_item(review):
    r = parse_report(LIFE + review)
    assert ("讲话", "沈嘉禾") not in agenda(r)
    assert ("点评", "沈嘉禾") in agenda(r)


def test_directions_the_reader_already_opened_are_not_doubled():
    r = parse_report(
        LIFE + "沈嘉禾对本次组织生活会进行了点评。她指出，支部会前准备充分。她强调，新的一年支部"
        "要把整改落实抓到位。"
    )
    assert agenda(r).count(("讲话", "沈嘉禾")) == 1
