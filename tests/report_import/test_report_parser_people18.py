"""Eighteenth round, attendees (docs/report-parser.md, "Eighteenth round, attendees"). Our own
sentences and invented names."""

import pytest

from report_import.parser import parse_report

_LEAD = "4月12日，化学学院党委在实验楼305会议室召开党支部书记述职评议会。"


def _titles(text: str, name: str) -> list[str]:
    people = {a["name"]: a["titles"] for a in parse_report(text)["attendees"]}
    return people[name]


# The writer's own school or college (我校/我院/本校/本院) is no part of a title.


@pytest.mark.parametrize(
    "sentence, name, titles",
    [
        ("会议由我院党委书记柯文澜主持。", "柯文澜", ["党委书记"]),
        ("我校党委副书记项东岳出席会议。", "项东岳", ["党委副书记"]),
        ("本校纪委副书记温书岚出席会议。", "温书岚", ["纪委副书记"]),
        ("会议由本院党总支书记卓念慈主持。", "卓念慈", ["党总支书记"]),
        ("我校马克思主义学院党总支书记韩立峰出席会议。", "韩立峰", ["马克思主义学院党总支书记"]),
    ],
)
def test_the_writer_s_own_unit_is_dropped_from_a_title(sentence, name, titles):
    assert _titles(_LEAD + sentence, name) == titles


# Guards: a unit written by its name, or as 学院/学校 without the writer's 我/本, stays; a
# hospital's 我院 is still 医院 (the golds of sets 5 and 6).


@pytest.mark.parametrize(
    "sentence, name, titles",
    [
        ("会议由学院党委书记严启川主持。", "严启川", ["学院党委书记"]),
        ("学校党委副书记项东岳出席会议。", "项东岳", ["学校党委副书记"]),
        ("化学学院党委书记柯文澜出席会议。", "柯文澜", ["化学学院党委书记"]),
    ],
)
def test_a_unit_named_without_the_writer_s_pronoun_stays(sentence, name, titles):
    assert _titles(_LEAD + sentence, name) == titles


def test_a_hospital_s_own_unit_is_still_the_hospital():
    text = (
        "2024年3月6日，我院在门诊楼会议室召开领导班子民主生活会。我院党委委员、副院长冯立群"
        "通报了医院整改情况，医院领导班子成员参加会议。"
    )
    assert _titles(text, "冯立群") == ["医院党委委员", "副院长"]
