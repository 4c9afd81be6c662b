"""Twenty-first round, attendees: what stands before a title's first 、.

The list and chair readers let in what stands before a person's title up to a 、 (a comma the
reader turned into one): another person whose name no reader took ("院党委副书记A、院督导组成员B"),
a clause ("由学院党委统一部署，…书记X主持", "由支部第三党小组组织，由…组长X主持"), or nothing at all
("、第二党支部书记"). When the part before the 、 ends in no unit, post or number it is dropped
(S19/05, S21/06, S22/23, S27/17, S28/23). A unit shared by two posts ("组织部、统战部常务副部长",
"学校纪委、监察专员办公室…") and a cohort ("2023、2024级…辅导员") stay, as the golds keep them.
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

_LEAD = (
    "经济学院第一党支部召开组织生活会\n\n2025年11月6日下午，经济学院第一党支部在经管楼402会议室"
    "召开2025年度组织生活会，支部全体党员参加。"
)


def _titles(record: dict, name: str) -> list[str]:
    return next(a["titles"] for a in record["attendees"] if a["name"] == name)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "6月12日下午，机械学院教工第二党支部召开支部党员大会，支部全体党员参加。"
            "本次会议由学院党委统一部署，教工第二党支部书记柯望舒主持。",
            "柯望舒",
            ["教工第二党支部书记"],
        ),
        (
            "3月27日上午，环境学院水处理党支部召开支部党员大会。本次会议由支部青年党小组筹备，"
            "由支部纪检委员兼青年党小组组长秦穆川同志主持召开，支部全体党员参加会议。",
            "秦穆川",
            ["支部纪检委员", "青年党小组组长"],
        ),
        (
            _LEAD + "院党委副书记林𬀩、院督导组成员闵秋实列席会议。会议由支部书记邱望舒主持。",
            "闵秋实",
            ["院督导组成员"],
        ),
    ],
)
def test_what_ends_in_no_unit_or_post_before_a_title_is_dropped(text, name, titles):
    assert _titles(parse_report(text), name) == titles


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        ("院党委组织部、宣传部副部长闵秋实列席会议。", "闵秋实", ["院党委组织部、宣传部副部长"]),
        (
            "学校纪委、监察专员办公室综合室副主任闵秋实列席会议。",
            "闵秋实",
            ["学校纪委、监察专员办公室综合室副主任"],
        ),
        ("2023、2024级本科生辅导员葛新桐列席会议。", "葛新桐", ["2023、2024级本科生辅导员"]),
    ],
)
def test_a_shared_unit_or_a_cohort_before_a_title_stays(sentence, name, titles):
    record = parse_report(_LEAD + sentence + "会议由支部书记邱望舒主持。")
    assert _titles(record, name) == titles
