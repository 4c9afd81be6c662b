"""Twenty-third round, attendees: sitting in written another way; a done verb before a title.

Settled in session 13 (CONVENTIONS.md, decision 9): guides and supervisors are 列席. Sitting in
written in a form the attendance reader did not take — `X巡听会议并参加…活动` (S18/15),
`X同志列会指导` (S28/17), `X参加旁听` (S26/17) — is 列席 like 巡听指导 and 旁听. A clause's verb done
before a title (`全体投票一致同意了党务助理X…`, `会议听取并审议通过党委书记X作的…`: S30/30,
S20/10) is no part of it. Decision 10 (a bare post in a list after a unit-plus-post keeps the bare
post) is what the parser already does; a guard holds it. All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

from .records import attendee

_LIFE = "2026年1月12日下午，化学学院第二党支部在化学楼205会议室召开2025年度组织生活会。"
_CHAIR = "会议由党支部书记沈知远主持。"


@pytest.mark.parametrize(
    ("said", "name", "titles"),
    [
        (
            "学院党委委员、副院长邵启帆同志列会指导，支部全体党员参加会议。",
            "邵启帆",
            ["学院党委委员", "副院长"],
        ),
        (
            "学院党政办公室副主任戴语桐参加旁听，支部全体党员参加会议。",
            "戴语桐",
            ["学院党政办公室副主任"],
        ),
        (
            "校党委常委、副校长韩慕青巡听会议并参加“强基铸魂”主题党日活动，支部全体党员参加会议。",
            "韩慕青",
            ["校党委常委", "副校长"],
        ),
    ],
)
def test_sitting_in_written_another_way_is_sitting_in(said, name, titles):
    record = parse_report(_LIFE + said + _CHAIR)
    assert attendee(record, name) == {"name": name, "titles": titles, "role": "列席"}


def test_an_officer_and_a_listener_joined_by_and_both_sit_in():
    record = parse_report(
        _LIFE + "学院党委委员、宣传部部长郑书宁和党政办公室副主任戴语桐参加旁听。" + _CHAIR
    )
    assert attendee(record, "郑书宁")["role"] == "列席"
    assert attendee(record, "戴语桐") == {
        "name": "戴语桐",
        "titles": ["党政办公室副主任"],
        "role": "列席",
    }


@pytest.mark.parametrize(
    ("said", "name", "titles"),
    [
        (
            "会议听取并审议通过党委书记宁远舟代表党委常委会作的工作报告。",
            "宁远舟",
            ["党委书记"],
        ),
        (
            "全体党员投票一致同意了党务助理温雅同志为本次大会的监票人。随后，温雅宣读了投票结果。",
            "温雅",
            ["党务助理"],
        ),
    ],
)
def test_a_verb_done_before_a_title_is_no_part_of_it(said, name, titles):
    record = parse_report(_LIFE + "支部全体党员参加会议。" + _CHAIR + said)
    assert attendee(record, name)["titles"] == titles


# Guards: what must not change.


def test_attendance_and_then_a_party_day_keeps_the_written_role():
    record = parse_report(
        _LIFE + "校党委常委、副校长韩慕青出席会议并参加“强基铸魂”主题党日活动。" + _CHAIR
    )
    assert attendee(record, "韩慕青")["role"] == "出席"


def test_a_member_who_takes_part_still_takes_part():
    record = parse_report(_LIFE + "学院党政办公室副主任戴语桐参加会议。" + _CHAIR)
    assert attendee(record, "戴语桐")["role"] == "参加"


def test_a_title_after_hearing_a_report_loses_only_the_verb():
    record = parse_report(
        _LIFE
        + "支部全体党员参加会议。"
        + _CHAIR
        + "会上，与会党员听取了学院党委副书记罗清禾作的专题报告。"
    )
    assert attendee(record, "罗清禾")["titles"] == ["学院党委副书记"]


def test_a_bare_post_after_a_unit_and_post_in_a_list_stays_bare():
    """Decision 10: `A学院院长X、党委书记Y` gives Y the bare 党委书记."""
    record = parse_report(
        "2026年3月2日上午，学校召开党支部书记工作会议。信息学院院长陶一鸣、党委书记骆佳宁，"
        "工程学院院长付晓川、党委书记岑雪出席会议。会议由党委组织部部长庞卓然主持。"
    )
    assert attendee(record, "骆佳宁")["titles"] == ["党委书记"]
    assert attendee(record, "岑雪")["titles"] == ["党委书记"]
    assert attendee(record, "陶一鸣")["titles"] == ["信息学院院长"]
