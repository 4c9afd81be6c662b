"""Twenty-eighth round, lists: each named speaker of a list read as an item of their own.

The settled table gives "分别" or a list of speakers one item each, in order. Three shapes of
list lost their members (sets 18–34): titled names joined by `，` whose adverb of turns and verb
stand in a comma part of their own (`教师党员代表A，学生党员代表B，分别作交流发言`, S33/06;
`comma_lists.turns_after_list`), an exchange told `作…经验分享` (S29/26; the 交流 row of
`patterns.TRIGGERS`), and a list closed by its own count without 等 (`A、B、C三位老师分别领读`,
`A、B两位同志分别介绍了`, S26/30, S29/18; `people._APPOSED_COUNT`). All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

HEAD = (
    "材料学院金属材料党支部召开支部党员大会\n\n2026年4月12日上午，材料学院金属材料党支部召开"
    "支部党员大会，会议由支部书记罗景平主持，支部全体党员参加会议。\n\n"
)


def _items(tail: str) -> list[tuple[str, str | None]]:
    return [(a["kind"], a["speaker"] or a["org"]) for a in parse_report(HEAD + tail)["agenda"]]


@pytest.mark.parametrize(
    ("tail", "items"),
    [
        (  # titled names joined by commas, the turns in a comma part of their own
            "随后，教师党员代表郑可新，学生党员代表高明远，分别作交流发言。",
            [("交流", "郑可新"), ("交流", "高明远")],
        ),
        (
            "会上，青年教师代表宋雨桐，研究生党员代表何嘉言，依次作交流发言。",
            [("交流", "宋雨桐"), ("交流", "何嘉言")],
        ),
        (  # 作…经验分享: an exchange
            "随后，支部书记曲文涛、张海宁、郭林森分别作党支部建设经验分享。",
            [("交流", "曲文涛"), ("交流", "张海宁"), ("交流", "郭林森")],
        ),
        (  # a count without 等 closes the list: each one named
            "会上，刘子勤、郭世明、赵凯娜三位老师分别领读了相关文章。",
            [("学习", "刘子勤"), ("学习", "郭世明"), ("学习", "赵凯娜")],
        ),
        (
            "随后，入党介绍人于方舟、罗军亮两位同志分别介绍了发展对象的基本情况。",
            [("发言", "于方舟"), ("发言", "罗军亮")],
        ),
    ],
)
def test_each_one_of_a_list_is_an_item(tail, items):
    assert _items(tail) == items


@pytest.mark.parametrize(
    ("tail", "items"),
    [
        (  # counted groups over commas name no one: one unnamed account (S26/15's shape)
            "会上，中文系、新闻系三个教工支部和两个学生党支部书记，分别从支部建设等方面进行述职。",
            [("述职", None)],
        ),
        (  # 等 with a larger count: the names are examples of the group
            "会上，张杰、李明等五位同志作交流发言。",
            [("交流", None)],
        ),
        (  # a count that is not the number listed: no one's turn is read from it
            "会上，郁文涛、蔺晓帆三位同志分别作交流发言。",
            [("交流", None)],
        ),
        (  # names over commas with no adverb of turns: they attend, no act
            "教师党员代表郑可新，学生党员代表高明远，参加了本次会议。",
            [],
        ),
    ],
)
def test_groups_and_attendance_stay_as_they_were(tail, items):
    assert _items(tail) == items
