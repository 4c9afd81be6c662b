"""The twenty-fourth round's part on exchange and remarks (docs/report-parser.md, "Twenty-fourth
round, exchange and remarks"): the crowd's discussion after a time told with no comma
("观看结束后大家展开了热烈的讨论"), the members' mutual criticism told with its manner ("做了坦诚、中肯的
批评和互相批评") or between them ("班子成员之间开展了…相互批评"), and a 发言提纲 written before the
meeting, which is no one's remarks. Every sentence here is our own, with invented names and units.
"""

from report_import.parser import parse_report

from .records import agenda

PARTY_DAY = (
    "2026年4月9日下午，数学学院教工第二党支部在理学楼306会议室开展主题党日活动，支部全体党员参加。"
)
LIFE_MEETING = (
    "2026年1月15日下午，化工学院教工第三党支部在化工楼208会议室召开2025年度组织生活会，"
    "支部全体党员参加会议。会议由党支部书记孟书仪主持。会上，孟书仪代表支部委员会作了工作报告。"
)
TEAM_MEETING = (
    "2026年1月20日上午，法学院党委在法学楼501会议室召开领导班子民主生活会，学院领导班子成员参加会议。"
    "会议由学院党委书记唐若愚主持。"
)


def test_a_discussion_after_a_film_told_with_no_comma_is_the_crowds_exchange():
    record = parse_report(
        PARTY_DAY + "会上，大家认真观看了专题片并做记录，观看结束后大家展开了热烈的讨论。"
    )
    assert agenda(record) == [("其他", None), ("交流", None)]


def test_a_discussion_after_a_study_told_with_no_comma_is_the_crowds_exchange():
    record = parse_report(
        PARTY_DAY + "会上，支部党员学习了学校工作报告。学习结束后大家进行了讨论，分享了体会。"
    )
    assert ("交流", None) in agenda(record)


def test_the_members_mutual_criticism_told_with_its_manner_is_a_round_of_its_own():
    record = parse_report(
        LIFE_MEETING + "班子成员依次作了自我剖析，开展了自我批评和互相批评。"
        "全体党员逐一做了坦诚、中肯的批评和互相批评，并互相提出了改进意见。"
    )
    assert agenda(record) == [("报告", "孟书仪"), ("发言", None), ("发言", None)]


def test_the_team_members_criticism_between_them_is_their_round():
    record = parse_report(
        TEAM_MEETING + "会上，唐若愚代表学院领导班子作对照检查发言。"
        "随后，班子成员之间开展了严肃认真、实事求是的相互批评。"
    )
    assert agenda(record) == [("发言", "唐若愚"), ("发言", None)]


def test_notes_for_remarks_written_before_the_meeting_are_no_remarks():
    record = parse_report(
        TEAM_MEETING + "筹备过程中，学院党委广泛征求意见，开展经常性谈心谈话；"
        "起草了班子对照检查材料，班子成员分别撰写了个人发言提纲。"
        "会上，唐若愚代表学院领导班子作对照检查发言。"
    )
    assert agenda(record) == [("发言", "唐若愚")]


# Guards: near-misses that read as they did before.


def test_guard_a_time_told_with_a_comma_still_opens_the_crowds_exchange():
    record = parse_report(
        PARTY_DAY + "会上，大家认真观看了专题片。观看结束后，大家展开了热烈的讨论。"
    )
    assert agenda(record) == [("其他", None), ("交流", None)]


def test_guard_criticism_and_self_criticism_is_one_round():
    record = parse_report(LIFE_MEETING + "全体党员逐一开展了批评和自我批评。")
    assert agenda(record) == [("报告", "孟书仪"), ("发言", None)]


def test_guard_a_named_speakers_remarks_still_read():
    record = parse_report(
        TEAM_MEETING + "会上，唐若愚代表学院领导班子作对照检查发言，并带头作个人发言。"
    )
    assert agenda(record)[0] == ("发言", "唐若愚")
