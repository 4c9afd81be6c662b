"""Nineteenth round, attendees (docs/report-parser.md, "Nineteenth round, attendees"). Our own
sentences and invented names."""

import pytest

from report_import.parser import parse_report

_LEAD = "12月18日下午，药学院党委在学院第二会议室召开党支部书记述职评议会。"


def _attendees(text: str) -> dict[str, tuple[list[str], str]]:
    return {a["name"]: (a["titles"], a["role"]) for a in parse_report(text)["attendees"]}


# A comma list before an attendance verb runs back across one part no reader takes
# ("<unit>办、<unit>办负责人": units before their heads) when the part before it is a whole subject.


@pytest.mark.parametrize(
    "sentence, name, titles, role",
    [
        (
            "校党委组织部副部长温书岚，学院综合办、教务办负责人，各支部委员出席会议。",
            "温书岚",
            ["校党委组织部副部长"],
            "出席",
        ),
        (
            "学院党委副书记陆清漪，学院党政办、科研办负责人、相关工作人员，全体党支部书记参加会议。",
            "陆清漪",
            ["学院党委副书记"],
            "参加",
        ),
        (  # the parts before the whole one are taken too
            "学院党委书记严启川，学院党委副书记陆清漪，学院党政办、科研办负责人，全体党员参加会议。",
            "严启川",
            ["学院党委书记"],
            "参加",
        ),
        (
            "学院党委书记严启川，学院党委副书记陆清漪，学院党政办、科研办负责人，全体党员列席会议。",
            "陆清漪",
            ["学院党委副书记"],
            "列席",
        ),
    ],
)
def test_a_list_runs_back_across_a_part_of_units_heads(sentence, name, titles, role):
    assert _attendees(_LEAD + sentence)[name] == (titles, role)


# Guards: the list does not run across a sentence's end, nor across a part that is a clause of
# its own (a chair's 由…主持, a leader's act, units' heads with their own act).


@pytest.mark.parametrize(
    "sentence, attendees",
    [
        ("学院党委书记严启川。学院党政办、科研办负责人，全体党支部书记参加会议。", []),
        ("会议由陆清漪主持，学院综合办、教务办负责人，全体党支部书记参加会议。", [("陆清漪", [])]),
        (
            "学院党委书记严启川作动员讲话，学院综合办、教务办负责人，全体党支部书记参加会议。",
            [("严启川", ["学院党委书记"])],
        ),
        (
            "学院党委书记严启川，学院综合办、教务办负责人作表态发言，全体党支部书记参加会议。",
            [],
        ),
    ],
)
def test_the_list_stops_at_a_sentence_s_end_or_a_clause_of_its_own(sentence, attendees):
    draft = parse_report(_LEAD + sentence)
    assert [(a["name"], a["titles"]) for a in draft["attendees"]] == attendees
    assert "全体党支部书记" in [g["name"] for g in draft["attendee_groups"]]
