"""The twentieth round's crowd part (docs/report-parser.md, "Twentieth round, the crowd's and the
meeting's own items"): the anthem played and a song the meeting opens or closes in, the crowd told
as 全场/全体 before a ceremony, the meeting's own study told with 学习贯彻/学习领会, a crowd's turn
told with its topic first and 双方 as a crowd, and a leader affirming each branch (点评). Every
sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

MEMBERS = (
    "2026年6月18日下午，化工学院第二党支部在化工楼210会议室召开支部党员大会。会议由支部书记"
    "韦知远主持，支部全体党员参加。"
)
STUDY = MEMBERS + "韦知远领学了《中国共产党章程》。"


# The anthem played, a song the meeting opens or closes in ---------------------------------


@pytest.mark.parametrize(
    "played",
    [
        "会议最后，全体起立，奏国际歌。",
        "随后，全体党员起立，奏国歌。",
        "最后，全场齐唱国歌，歌声嘹亮。",
        "最后，全体齐唱《国际歌》。",
        "大会圆满完成各项议程，在雄壮的《国际歌》中闭幕。",
    ],
)
def test_the_anthem_played_or_sung_at_the_close_is_a_step_of_its_own(played):
    assert agenda(parse_report(STUDY + played)) == [("学习", "韦知远"), ("其他", None)]


@pytest.mark.parametrize(
    "opened",
    [
        "会议开始，全体起立奏国歌。",
        "活动在全体党员合唱《我和我的祖国》中开始。",
        "主题活动在大家共同唱响《没有共产党就没有新中国》中拉开帷幕。",
    ],
)
def test_a_song_the_meeting_opens_in_is_its_first_step(opened):
    r = parse_report(MEMBERS + opened + "韦知远领学了《中国共产党章程》。")
    assert agenda(r) == [("其他", None), ("学习", "韦知远")]


def test_a_song_an_activity_goes_on_in_stays_no_step():
    r = parse_report(STUDY + "联谊活动在全体党员合唱《歌唱祖国》中进入尾声。")
    assert agenda(r) == [("学习", "韦知远")]


def test_a_concert_played_is_no_anthem():
    r = parse_report(STUDY + "随后，学生乐团演奏了《黄河大合唱》选段。")
    assert agenda(r) == [("学习", "韦知远")]


def test_the_whole_of_a_unit_as_a_ceremony_s_crowd():
    r = parse_report(STUDY + "随后，全体重温入党誓词。")
    assert agenda(r) == [("学习", "韦知远"), ("其他", None)]


# The meeting's own study --------------------------------------------------------------------


@pytest.mark.parametrize(
    "studied",
    [
        "会议学习贯彻习近平总书记在中央政治局集体学习时的重要讲话精神。",
        "会议深入学习领会《中国共产党纪律处分条例》。",
        "会议首先学习贯彻全国教育大会精神。",
    ],
)
def test_the_meeting_studying_a_text_is_its_own_study(studied):
    r = parse_report(MEMBERS + studied + "韦知远作总结讲话。")
    assert agenda(r) == [("学习", None), ("讲话", "韦知远")]


@pytest.mark.parametrize(
    "not_studied",
    [
        "会议要求深入学习贯彻党的二十大精神。",
        "会议强调，要深入学习贯彻党的二十大精神。",
    ],
)
def test_a_demand_to_study_is_no_study(not_studied):
    r = parse_report(MEMBERS + "韦知远作工作报告。" + not_studied)
    assert ("学习", None) not in agenda(r)


def test_members_taking_in_a_hero_s_qualities_study_no_text():
    r = parse_report(
        MEMBERS
        + "全体党员参观了院士事迹展。党员们深入学习领会了他不忘初心、忠诚如山的政治品格，"
        + "献身科研的担当精神。"
    )
    assert ("学习", None) not in agenda(r)


# A crowd's turn with its topic first; 双方 -------------------------------------------------


@pytest.mark.parametrize(
    "turn",
    [
        "随后，大家对如何提升支部组织力进行了讨论。",
        "随后，双方就实验室安全管理等工作进行了深入探讨。",
        "随后，双方围绕研究生党员培养进行了深入交流。",
    ],
)
def test_a_crowd_s_turn_told_with_its_topic_is_an_exchange(turn):
    r = parse_report(MEMBERS + "韦知远介绍了支部的党建工作。" + turn)
    assert agenda(r) == [("报告", "韦知远"), ("交流", None)]


def test_the_two_sides_planning_ahead_take_no_turn():
    r = parse_report(MEMBERS + "韦知远介绍了支部的党建工作。双方将从创新学习形式等方面联建联动。")
    assert agenda(r) == [("报告", "韦知远")]


# A leader affirming each branch --------------------------------------------------------------


@pytest.mark.parametrize(
    "affirmed",
    [
        "韦知远充分肯定了各党支部一年来所做的工作。",
        "学院党委书记韦知远肯定了各党支部取得的成绩，希望各支部持续发力。",
    ],
)
def test_a_leader_affirming_each_branch_comments_on_their_accounts(affirmed):
    r = parse_report(MEMBERS + "各党支部书记依次述职。" + affirmed)
    assert ("点评", "韦知远") in agenda(r)


def test_affirming_the_former_committee_is_no_comment():
    r = parse_report(MEMBERS + "韦知远首先肯定了上届支部委员会的成绩，感谢全体党员的支持。")
    assert ("点评", "韦知远") not in agenda(r)
