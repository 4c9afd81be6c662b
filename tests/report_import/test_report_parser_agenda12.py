"""The twelfth round's agenda rules (docs/report-parser.md, "Twelfth round, agenda"): the
members' own steps told without a speaker — a named song sung, and an oath renewed after the
members' stance is told in a comma part of its own. Every sentence here is our own, with
invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

PARTY_DAY = (
    "2025年7月1日上午，机械学院第四党支部在学院会议室开展主题党日活动。活动由支部书记杭子墨主持，"
    "支部全体党员参加。"
)


# A named song the members sing -------------------------------------------------------------


@pytest.mark.parametrize(
    "sung",
    [
        "全体党员高唱《没有共产党就没有新中国》",
        "最后，与会党员共同深情演唱《团结就是力量》",
        "随后，全体党员合唱《歌唱祖国》",
    ],
)
def test_a_named_song_the_members_sing_is_a_step_of_their_own(sung):
    r = parse_report(PARTY_DAY + f"杭子墨领学了《中国共产党章程》。{sung}。")
    assert agenda(r) == [("学习", "杭子墨"), ("其他", None)]


def test_a_singer_in_a_lecture_without_a_song_named_is_no_step():
    r = parse_report(
        PARTY_DAY + "杭子墨以“红歌里的党史”为题讲授专题党课，其间声乐老师与学生现场合唱，余音绕梁。"
    )
    assert agenda(r) == [("报告", "杭子墨")]


# An oath renewed after the members' stance -------------------------------------------------


@pytest.mark.parametrize(
    "oath",
    [
        "随后，全体党员面向党旗，举起右手重温入党誓词",
        "随后，全体党员面向党旗肃立，举起右拳，在党旗前重温了入党誓词",
        "随后，全体党员面向党旗，高举右拳，重温入党誓词",
    ],
)
def test_an_oath_renewed_after_the_members_stance_is_a_step_of_its_own(oath):
    r = parse_report(PARTY_DAY + f"杭子墨领学了《中国共产党章程》。{oath}。")
    assert agenda(r) == [("学习", "杭子墨"), ("其他", None)]


def test_a_song_that_closes_an_activity_told_before_is_no_step_of_its_own():
    r = parse_report(
        PARTY_DAY + "杭子墨领学了《中国共产党章程》。联谊活动在全体党员合唱《歌唱祖国》中进入尾声。"
    )
    assert agenda(r) == [("学习", "杭子墨")]
