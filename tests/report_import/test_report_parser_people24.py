"""Twenty-fourth round, people: a name that holds 和 between surname and given name.

`党委书记汪和生主持会议` (S28/06), `党委副书记李和新、…参会` (S30/11), `会议由…副书记(主持党委工作)戴和圣主持`
(S31/28): after a title, a three-character name whose middle character is 和 is a name, as 向 is in
`刘向兵`; a one-character "name" before 和 is none, so 和 still joins two names (`陈松和张华`) and a
name ending in 和 (`王启和`) is still read. All sentences are our own.
"""

from report_import.parser import parse_report

from .records import attendee

_MEETING = "2026年3月2日下午，化学学院第一党支部在化学楼101会议室召开党员大会。"


def _names(record: dict) -> list[str]:
    return [a["name"] for a in record["attendees"]]


def test_a_chair_whose_name_holds_he_is_the_chair():
    record = parse_report(_MEETING + "会议由党支部书记邹和轩主持，支部全体党员参加会议。")
    assert record["chairs"] == ["邹和轩"]
    assert attendee(record, "邹和轩") == {
        "name": "邹和轩",
        "titles": ["党支部书记"],
        "role": "参加",
    }


def test_a_listed_leader_whose_name_holds_he_is_an_attendee():
    record = parse_report(_MEETING + "学院党委副书记李和新、党政办主任朱远东参加会议。")
    assert attendee(record, "李和新") == {
        "name": "李和新",
        "titles": ["学院党委副书记"],
        "role": "参加",
    }
    assert _names(record) == ["李和新", "朱远东"]


def test_he_between_two_titled_names_still_joins_them():
    record = parse_report(_MEETING + "学院院长王军和副院长李明参加会议。")
    assert _names(record) == ["王军", "李明"]
    record = parse_report(_MEETING + "学院党委副书记陈松和张华参加会议。")
    assert _names(record) == ["陈松", "张华"]


def test_he_before_a_post_or_a_unit_makes_no_name():
    record = parse_report(_MEETING + "学院党委书记和院长参加会议。")
    assert _names(record) == []
    record = parse_report(_MEETING + "学院党委书记孙和支部书记参加会议。")
    assert _names(record) == []


def test_a_name_ending_in_he_is_still_read():
    record = parse_report(_MEETING + "会议由党支部书记王启和主持。")
    assert record["chairs"] == ["王启和"]


def test_titled_name_holding_yi_is_read():
    # 以 between a surname and a given name, as 和 and 向: own reports 563, 569 and 633 carry it
    record = parse_report("3月5日，化学学院第二党支部召开支部党员大会，支部书记陶以宁主持会议。")
    assert record["chairs"] == ["陶以宁"]


def test_yi_after_a_two_character_name_stays_a_preposition():
    record = parse_report(
        "3月5日，化学学院第二党支部召开支部党员大会，支部书记王军以饱满热情主持会议。"
    )
    assert "王军以" not in [a["name"] for a in record["attendees"]]
