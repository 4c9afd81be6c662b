"""Twenty-fifth round, segment: acts of the settled table that no reader drafted.

After the agenda pass, `unread_acts` drafts an item for a comma part of the meeting's body whose
verb of the table opens what it says and in which no item opened. Each verb class was measured
alone (the share of its added items the gold holds) on sets 18-30 and checked on 31-34; the visit
(参观: "集体参观了…" S27/02, "赴…展览馆，参观…" S26/04, "第三环节：参观…" S29/30) and the film
watched (观看: S18/23, S22/02, S25/21) are kept. All sentences are our own.
"""

import pytest

from report_import.parser import parse_report

HEAD = (
    "材料学院金属材料党支部开展主题党日活动\n\n2026年4月12日上午，材料学院金属材料党支部开展"
    "“追寻红色足迹”主题党日活动，活动由支部书记罗景平主持，支部全体党员参加活动。\n\n"
)


def _agenda(tail: str) -> list[tuple[str, str | None]]:
    return [(a["kind"], a["speaker"]) for a in parse_report(HEAD + tail)["agenda"]]


@pytest.mark.parametrize(
    ("tail", "agenda"),
    [
        (  # the visit in the comma part after the arrival
            "全体党员首先来到江城革命纪念馆，集体参观了“烽火岁月”主题展览。随后，罗景平带领大家重温入党誓词。",
            [("其他", None), ("其他", "罗景平")],
        ),
        (  # after someone's act, a visit is a step of its own, never part of the speech
            "罗景平讲授了专题党课。随后，支部全体党员赴江城革命纪念馆，参观“烽火岁月”主题展览。",
            [("报告", "罗景平"), ("其他", None)],
        ),
        (  # a numbered step told with a colon
            "活动分为两个环节。第一环节：罗景平讲授专题党课。第二环节：参观江城革命纪念馆。",
            [("报告", "罗景平"), ("其他", None)],
        ),
        (  # a film watched after the arrival
            "罗景平讲授了专题党课。随后，全体党员来到报告厅，集体观看了纪录片《信仰》。",
            [("报告", "罗景平"), ("其他", None)],
        ),
    ],
)
def test_a_visit_or_film_no_reader_drafted_is_an_item(tail, agenda):
    assert _agenda(tail) == agenda


@pytest.mark.parametrize(
    ("tail", "agenda"),
    [
        (  # after the meeting: no item
            "罗景平讲授了专题党课。会后，全体党员赴江城革命纪念馆，参观“烽火岁月”主题展览。",
            [("报告", "罗景平")],
        ),
        (  # a time, not a step
            "全体党员来到江城革命纪念馆，参观结束后，罗景平带领大家重温入党誓词。",
            [("其他", "罗景平")],
        ),
        (  # the visit told on in the next sentence is the same visit
            "全体党员来到江城革命纪念馆。集体参观了“烽火岁月”主题展览，了解了江城地区的革命历史。",
            [("其他", None)],
        ),
        (  # a film watched in a study's sentence is told with the study (S34/15's gold)
            "全体党员集中学习了《中国共产党纪律处分条例》，观看了警示教育片《警钟长鸣》。",
            [("学习", None)],
        ),
        (  # the classes not kept add nothing: a study (领学, 4 of 7 right on sets 18-30)
            "罗景平讲授了专题党课。随后，全体党员来到会议室，学习了党章。",
            [("报告", "罗景平")],
        ),
    ],
)
def test_near_misses_add_no_item(tail, agenda):
    assert _agenda(tail) == agenda


def test_the_title_sentence_frames_the_meeting():
    """A visit told in the title's own sentence is the meeting's framing: no item of its own."""
    report = (
        "外国语学院英语系教工党支部开展主题党日活动\n\n2026年3月28日，外国语学院英语系教工党支部"
        "组织全体党员开展主题党日活动，参观江城革命纪念馆。\n"
    )
    assert [a["kind"] for a in parse_report(report)["agenda"]] == []
