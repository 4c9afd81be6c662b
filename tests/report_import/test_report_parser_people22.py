"""Twenty-second round, attendees: guides and supervisors sit in; titles read once per clause.

Settled in session 13 (CONVENTIONS.md, decision 9): guides and supervisors are 列席, also when
the report says they 出席. A member of a body sent to guide or supervise (督导组, 指导组, 督查组)
named in a list that 参加 or 出席 the meeting sits in (S24/06, S30/13); a guide who comes in person
(亲临指导) sits in and keeps the titles written before the name (S21/20, S23/19). A 巡察组 stays
out of it (the golds file its members 参加), and so do the absent and who attends as a member.

Speed: `first_titles.FirstTitles` reads the words before every looked-up name once per clause
(a list of names the agenda found is one read, not one per name), with the same titles as a
read cut after each name. All sentences are our own.
"""

import pytest

from report_import.parser import first_titles, parse_report

from .records import attendee

_LIFE = "2026年1月12日下午，经济学院领导班子在明德楼506会议室召开2025年度民主生活会。"


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "学校第五督导组组长、财务处处长贺青川，学院党政领导班子成员参加会议。",
            "贺青川",
            ["学校第五督导组组长", "财务处处长"],
        ),
        (
            "学校第二督导组成员、图书馆副馆长毕文舟出席会议，学院领导班子成员参加会议。",
            "毕文舟",
            ["学校第二督导组成员", "图书馆副馆长"],
        ),
        (
            "学校党建工作督查组成员、人事处副处长邹云帆，学院领导班子成员参加会议。",
            "邹云帆",
            ["学校党建工作督查组成员", "人事处副处长"],
        ),
    ],
)
def test_a_supervising_body_s_member_sits_in_whatever_attendance_is_written(text, name, titles):
    record = parse_report(_LIFE + text + "会议由学院党委书记汤砚秋主持。")
    assert attendee(record, name) == {"name": name, "titles": titles, "role": "列席"}


def test_a_guide_who_comes_in_person_sits_in_with_the_titles_before_the_name():
    record = parse_report(
        "2026年1月8日上午，数学学院第三党支部召开2025年度组织生活会。学院工会副主席、"
        "巡回指导组第二组组长冉秋实亲临指导，支部全体党员参加会议。会议由党支部书记柯映雪主持。"
        "会上，第二组组长冉秋实对本次组织生活会进行了点评。"
    )
    assert attendee(record, "冉秋实") == {
        "name": "冉秋实",
        "titles": ["学院工会副主席", "巡回指导组第二组组长"],
        "role": "列席",
    }


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an inspection team (巡察组) is no guide: the golds file its members 参加
        ("学校第一巡察组组长胡望舒，学院领导班子成员参加会议。", "胡望舒", "参加"),
        # a member who takes part as a member
        ("学院党委书记汤砚秋以普通党员身份参加会议。", "汤砚秋", "参加"),
        # a leader who attends and guides: own reports 52, 538 and 539 keep 出席
        ("学校党委常委、副校长童望远出席会议并指导，学院领导班子成员参加会议。", "童望远", "出席"),
    ],
)
def test_near_misses_keep_their_role(text, name, role):
    record = parse_report(_LIFE + text)
    assert attendee(record, name)["role"] == role


_LEADERS = "会上，学院党委书记齐望舒、院长鲍承远、党委副书记戚晓岚、副院长骆启衡围绕学习主题先后作交流发言。"


def test_the_words_before_names_in_one_clause_are_read_once(monkeypatch):
    reads = []
    read = first_titles._read
    monkeypatch.setattr(first_titles, "_read", lambda *args: reads.append(args) or read(*args))
    text = "2026年3月10日下午，物理学院党委召开理论学习中心组学习会。" + _LEADERS
    written = first_titles.FirstTitles(text, set(), ["齐望舒", "鲍承远", "戚晓岚", "骆启衡"])
    assert [written.at_first_mention(n) for n in ["齐望舒", "鲍承远", "戚晓岚", "骆启衡"]] == [
        ["学院党委书记"],
        ["院长"],
        ["党委副书记"],
        ["副院长"],
    ]
    assert len(reads) == 1


def test_a_name_followed_by_its_post_is_read_in_a_span_cut_after_it():
    text = (
        "会议由秦望川书记主持，潘立言、秦望川、符晚晴参加会议。"
        "会上，党支部书记秦望川通报了支部上一年度工作情况。"
    )
    written = first_titles.FirstTitles(text, {"潘立言", "符晚晴"}, ["秦望川"])
    assert written.fuller_than("书记", "秦望川") == ["党支部书记"]
