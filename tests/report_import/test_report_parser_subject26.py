"""Twenty-sixth round, subject: a clause that opens with a study or a relay has no subject.

`people.parse_subject` read the verb into the subject: "学习了习近平总书记在…的讲话、在…的讲话" as a
list of titled names (S20/05), "并认真传达了校党委书记X所做的《…》" as a person X所 (S25/15), so no
study or relay was drafted. `lexicon.VERB_NOT_SUBJECT_RE` ends the subject before such a verb.
All sentences are our own.
"""

import pytest

from report_import.parser import parse_report
from report_import.parser.names import Registry
from report_import.parser.people import parse_subject

HEAD = (
    "物理学院光学教工党支部召开党员大会\n\n2026年5月8日下午，物理学院光学教工党支部在理科楼301会议室"
    "召开党员大会。会议由党支部书记沈一鸣主持，支部全体党员参加会议。\n\n"
)


def _agenda(tail: str) -> list[tuple[str, str | None]]:
    return [(a["kind"], a["speaker"]) for a in parse_report(HEAD + tail)["agenda"]]


@pytest.mark.parametrize(
    ("tail", "agenda"),
    [
        (  # the study of two speeches told as a 、-list
            "会上学习了习近平总书记在全国教育大会上的讲话、在学校思政课教师座谈会上的讲话。"
            "随后，沈一鸣作总结讲话。",
            [("学习", None), ("讲话", "沈一鸣")],
        ),
        (  # the same after a first comma part
            "支部党员首先进行了集中学习，会上学习了习近平总书记在全国教育大会上的讲话、"
            "在学校思政课教师座谈会上的讲话。随后，沈一鸣作总结讲话。",
            [("学习", None), ("讲话", "沈一鸣")],
        ),
        (  # a relay of a report by a leader whose two-character name is followed by 所做
            "会上，沈一鸣首先领学了《中国共产党章程》，并认真传达了校党委书记林东所做的"
            "《凝心聚力，推动学校发展》工作报告精神。随后，与会党员进行了交流发言。",
            [("学习", "沈一鸣"), ("传达", "沈一鸣"), ("交流", None)],
        ),
    ],
)
def test_a_study_or_relay_is_no_subject(tail, agenda):
    assert _agenda(tail) == agenda


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("学习委员王小川作了发言", "学习委员王小川"),  # a title that starts like the verb
        ("传达室主任李明宣读了通知", "传达室主任李明"),  # 传达室 is a place, not the verb
        ("集体学习了党章", ""),  # the adverb before the verb, as before
    ],
)
def test_near_misses_keep_their_subject(clause, subject):
    found = parse_subject(clause, Registry())
    assert clause[: found.end] == subject


def test_a_vote_told_as_a_preview_is_left():
    """选举产生…委员会 stays read as before: ending the subject there drafted the vote of a
    preview ("大会的主要议题是…，选举产生…", S29/19) ahead of the one told later."""
    found = parse_subject("选举产生中国共产党某大学物理学院第二届委员会", Registry())
    assert found.kind == "people"
