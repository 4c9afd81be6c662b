"""The twentieth round's second part on named people's acts (docs/report-parser.md, "Twentieth
round, named people's acts, second part"): a second account of one person told in the sentence
of the first is an item of its own (a 发言 when it accounts for a 对照检查), the same verb told
again goes on with the first; 现场 between a named person and the verb is an adverb, and
`进行一场…党课` is a lecture. Every sentence here is our own, with invented names and units.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LIFE = (
    "1月14日下午，数学学院教工第一党支部在理科楼306会议室召开2025年度组织生活会，"
    "支部全体党员参加会议。会议由支部书记白若兰主持。"
)
PLENUM = "1月9日上午，历史学院党委在文科楼210会议室召开党委全委会。会议由学院党委书记严子墨主持。"
DAY = "11月8日上午，物理学院学生第二党支部赴烈士陵园开展主题党日活动。全体党员参观了烈士陵园。"


def _life(body):
    return agenda(parse_report(LIFE + body))


# --- a second account in the sentence of the first ----------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "白若兰代表支部委员会报告了2025年度支部工作情况，并通报了检视问题的整改情况。",
        "白若兰代表支部委员会报告了2025年度支部工作情况；并通报了检视问题的整改情况。",
        "会上，白若兰首先代表支部委员会报告了2025年度支部工作，通报了检视问题情况。",
        "白若兰代表支部委员会通报了上一年度问题整改情况，并向大家报告了今年的工作。",
    ],
)
def test_a_second_account_in_the_sentence_of_the_first_is_its_own(told):
    body = told + "随后，支部党员逐一进行批评与自我批评。"
    assert _life(body) == [("报告", "白若兰"), ("报告", "白若兰"), ("发言", None)]


def test_a_second_account_of_a_check_is_a_statement():
    body = (
        "白若兰代表支部委员会通报了上一年度问题整改情况，汇报了支部委员会对照检查情况，"
        "剖析了问题产生的原因。随后，支部党员逐一进行批评与自我批评。"
    )
    assert _life(body) == [("报告", "白若兰"), ("发言", "白若兰"), ("发言", None)]


def test_the_same_verb_told_again_is_one_account():
    # guard: "通报了…，并通报…" is the one account going on
    body = "白若兰代表支部委员会通报了2026年度工作计划，并通报了支部存在的主要问题。"
    assert _life(body) == [("报告", "白若兰")]


def test_an_account_after_a_duty_account_goes_on():
    # guard: after a 述职 the account is the 述职's (one item; its kind is the conventions')
    body = "白若兰代表支部委员会进行述职，报告一年来支部工作，通报支部委员会查摆问题情况。"
    assert [speaker for _, speaker in _life(body)] == ["白若兰"]


def test_a_lecture_told_on_is_one_item():
    # guard: a lecture's further words are the lecture (items.same_act)
    body = "白若兰为全体党员讲授专题党课，并通报了支部学习计划。"
    assert _life(body) == [("报告", "白若兰")]


# --- 现场 between the person and the verb; a lesson told with 进行 -------------------------------


@pytest.mark.parametrize(
    "told",
    ["支部书记沈一鸣现场讲授微党课，讲述了陵园里的英烈故事。", "支部书记沈一鸣现场讲授党课。"],
)
def test_a_lesson_given_on_the_spot_is_the_named_person_s(told):
    items = agenda(parse_report(DAY + told))
    assert ("报告", "沈一鸣") in items


def test_a_lesson_told_with_a_measure_word_is_a_lecture():
    told = "支部书记沈一鸣现场进行了一场生动的“红色家书”党课。"
    assert ("报告", "沈一鸣") in agenda(parse_report(DAY + told))


def test_a_study_of_lessons_is_no_lecture():
    # guard: 进行 without a measure word before 党课 tells no lecture
    told = "随后，全体党员进行党课学习。"
    assert ("报告", None) not in agenda(parse_report(DAY + told))


def test_an_on_the_spot_duty_account_is_still_a_duty_account():
    # guard: 现场 after the verb ("进行现场述职") is the act's own word
    body = "支部书记白若兰进行现场述职。"
    assert [speaker for _, speaker in _life(body)] == ["白若兰"]


# --- a report the meeting heard ---------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "会议听取了严子墨代表学院党委所作的2025年度工作报告。",
        "会议听取并审议通过了严子墨书记受党委委托作的工作报告。",
        "会上，大家认真听取了学院党委副书记严子墨作的《新时代党建工作》专题报告。",
        "会议传达了学校党代会精神，听取了严子墨代表学院党委作的工作报告。",
    ],
)
def test_a_heard_report_is_its_giver_s(told):
    assert ("报告", "严子墨") in agenda(parse_report(PLENUM + told))


def test_the_meeting_s_deliberation_after_a_heard_report_is_its_own_step():
    told = "会议听取了严子墨代表学院党委所作的2025年度工作报告，审议了2026年工作要点。"
    assert agenda(parse_report(PLENUM + told)) == [("报告", "严子墨"), ("其他", None)]


def test_a_heard_duty_account_of_unnamed_secretaries_names_no_one():
    # guard: the heard report of people not named is no one's
    told = "会议听取了各党支部书记作的述职报告。"
    assert ("报告", "严子墨") not in agenda(parse_report(PLENUM + told))
    assert all(speaker is None for _, speaker in agenda(parse_report(PLENUM + told)))
