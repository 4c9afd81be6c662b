"""The eleventh round's agenda rules (docs/report-parser.md, "Eleventh round, agenda"): the
work of a year or a term summed up by the one who did it, an account given for the committee
with the bare verb 报告, and an adverb between a speaker's name and the verb. Every sentence
here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

MEETING = (
    "11月20日下午，材料学院教工第二党支部召开支部党员大会。会议由支部书记程远帆主持，"
    "支部全体党员参加。"
)
STUDY = (
    "3月12日上午，环境学院党委召开理论学习中心组学习会。会议由学院党委书记欧阳岚主持，"
    "中心组成员参加。"
)


# The work of a year or a term, summed up by the one who did it --------------------------------


@pytest.mark.parametrize(
    "summed_up",
    [
        "对上届支部委员会工作情况进行总结",
        "从三个方面对六年的工作进行了总结",
        "对本年度支部工作进行了全面总结",
    ],
)
def test_the_work_of_a_year_or_a_term_summed_up_is_a_report(summed_up):
    r = parse_report(MEETING + f"会议伊始，支部书记程远帆{summed_up}。")
    assert agenda(r) == [("报告", "程远帆")]


@pytest.mark.parametrize(
    "summed_up",
    ["对本次会议进行了总结", "对前一阶段工作进行总结，并对下一阶段工作作出部署"],
)
def test_a_summing_up_of_the_meeting_or_of_a_stage_stays_a_speech(summed_up):
    r = parse_report(MEETING + f"党员韦嘉禾汇报了个人情况。最后，程远帆{summed_up}。")
    assert agenda(r) == [("报告", "韦嘉禾"), ("讲话", "程远帆")]


def test_a_term_summed_up_after_one_s_own_account_goes_on_with_it():
    r = parse_report(
        MEETING + "首先，程远帆代表支部委员会向党员大会述职，程远帆对过去一年支部工作进行总结，"
        "并对新一年的工作做出安排。"
    )
    # a duty account, as every gold of sets 18-28 files one outside a review (crowd20b)
    assert agenda(r) == [("述职", "程远帆")]


# An account given for the committee, told with the bare verb ---------------------------------


def test_an_account_given_for_the_team_with_the_bare_verb_is_a_report():
    r = parse_report(MEETING + "第一项议程，由程远帆代表班子报告一年来党支部工作情况。")
    assert agenda(r) == [("报告", "程远帆")]


def test_the_secretary_named_by_surname_and_post_reports_for_the_committee():
    r = parse_report(
        MEETING + "党员韦嘉禾汇报了预备期内的表现。程书记代表支委会报告审查情况，指出韦嘉禾同志"
        "符合党员条件。"
    )
    assert agenda(r) == [("报告", "韦嘉禾"), ("报告", "程远帆")]


def test_a_report_named_after_the_national_congress_is_a_document_not_an_account():
    r = parse_report(STUDY + "会议集中学习了《在中国共产党第二十次全国代表大会上的报告》。")
    assert agenda(r) == [("学习", None)]


def test_a_work_report_made_for_the_committee_keeps_its_earlier_reading():
    r = parse_report(MEETING + "程远帆代表支委会作工作报告并进行对照检查。")
    assert agenda(r) == [("报告", "程远帆")]


# An adverb between the speaker's name and the verb --------------------------------------------


@pytest.mark.parametrize(
    ("told", "kind"),
    [
        ("党委委员、宣传部部长卢映雪原原本本领学了全会公报", "学习"),
        ("党委委员卢映雪集中领学了全会精神", "学习"),
        ("党委副书记卢映雪进一步解读了《条例》的主要内容", "解读"),
    ],
)
def test_an_adverb_between_the_name_and_the_verb_keeps_the_speaker(told, kind):
    r = parse_report(STUDY + f"学习会上，{told}。")
    assert agenda(r) == [(kind, "卢映雪")]


def test_a_group_that_joins_a_ceremony_with_an_adverb_opens_no_item_of_its_own():
    r = parse_report(
        MEETING + "程远帆带领新党员面向党旗进行入党宣誓，老党员一同重温入党誓词，重温入党初心。"
    )
    assert agenda(r) == [("其他", "程远帆")]
