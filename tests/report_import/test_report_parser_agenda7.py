"""The agenda on the seventh round's patterns, found across the six field sets (docs/report-parser.md,
"Seventh round, agenda"): the closing summing-up is a speech, one's own words after one's own
ceremony, the others' criticism, a vote told by its manner, members whose act follows an attitude
phrase, the meeting opening to the anthem. Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

COMMITTEE = "5月6日，物理学院党委召开党建工作会议。会议由学院党委书记何志远主持。"
BRANCH = "3月18日下午，化学学院教工第二党支部召开支部党员大会，会议由支部书记林晓峰主持。"
REPORTED = BRANCH + "会上，林晓峰作了支部工作报告。"
LIFE = "1月9日，土木学院领导班子召开民主生活会。会议由学院党委书记陶明主持。"


# The chair's closing words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "何志远在会议最后强调，要抓好落实。",
        "何志远在总结时指出，要抓好落实。",
        "何志远书记总结强调，要抓好落实。",
        "何志远总结指出，要抓好落实。",
    ],
)
def test_the_chair_summing_up_at_the_end_gives_a_speech(closing):
    r = parse_report(COMMITTEE + "组织员马丽汇报了发展党员情况。" + closing)
    assert agenda(r) == [("报告", "马丽"), ("讲话", "何志远")]


def test_a_summing_up_that_only_names_the_work_is_no_speech_verb():
    r = parse_report(COMMITTEE + "组织员马丽汇报了发展党员情况。何志远总结了上半年的工作。")
    assert ("讲话", "何志远") not in agenda(r)


# One's own words after one's own act ------------------------------------------------------


def test_ones_words_after_leading_the_oath_are_a_speech_of_their_own():
    r = parse_report(
        "4月2日，数学学院学生党支部开展主题党日活动。支部书记邱岚带领全体党员重温入党誓词。"
        "邱岚勉励大家立足学业、服务同学。"
    )
    assert agenda(r) == [("其他", "邱岚"), ("讲话", "邱岚")]


def test_ones_words_in_the_sentence_of_the_oath_stay_with_it():
    r = parse_report(
        "4月2日，数学学院学生党支部开展主题党日活动。支部书记邱岚带领全体党员重温入党誓词，"
        "并勉励大家立足学业、服务同学。"
    )
    assert agenda(r) == [("其他", "邱岚")]


def test_closing_words_after_others_spoke_are_a_new_speech_of_someone_who_spoke_before():
    r = parse_report(
        COMMITTEE + "何志远指出，要抓好基层党建。组织员马丽汇报了发展党员情况。"
        "最后，何志远强调，要按期完成整改。"
    )
    assert agenda(r) == [("讲话", "何志远"), ("报告", "马丽"), ("讲话", "何志远")]


def test_words_after_ones_own_speech_go_on_with_it():
    r = parse_report(COMMITTEE + "何志远作了讲话。何志远强调，要抓好基层党建。")
    assert agenda(r) == [("讲话", "何志远")]


def test_words_after_passing_a_text_on_go_on_with_it():
    # the words of the text passed on; the speaker's own directions are a speech (the
    # seventeenth round, tests/report_import/test_report_parser_agenda17a.py)
    r = parse_report(COMMITTEE + "何志远传达了上级会议精神。何志远指出，会议精神十分重要。")
    assert agenda(r) == [("传达", "何志远")]


def test_a_lecturers_words_after_the_lecture_go_on_with_it():
    r = parse_report(BRANCH + "林晓峰为全体党员讲授专题党课。林晓峰指出，要学深悟透。")
    assert agenda(r) == [("报告", "林晓峰")]


# The others' criticism ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "criticism",
    [
        "随后，其他班子成员对每位同志提出批评意见。",
        "班子成员轮流对班子提意见。",
        "列席人员对领导班子提出了意见和建议。",
    ],
)
def test_the_others_criticism_in_a_sentence_of_its_own_is_a_turn(criticism):
    r = parse_report(LIFE + "陶明代表领导班子作对照检查。" + criticism)
    assert agenda(r) == [("发言", "陶明"), ("发言", None)]


def test_the_others_criticism_in_the_sentence_of_the_turns_is_part_of_them():
    r = parse_report(
        LIFE
        + "陶明代表领导班子作对照检查。班子成员依次作个人对照检查，其他班子成员逐一提出批评意见。"
    )
    assert agenda(r) == [("发言", "陶明"), ("发言", None)]


def test_a_leaders_points_of_advice_are_no_criticism():
    r = parse_report(
        COMMITTEE + "组织员马丽汇报了发展党员情况。副院长周航就下一步工作提出了三点意见。"
    )
    assert ("发言", None) not in agenda(r)


# A vote told by its manner ------------------------------------------------------------------


@pytest.mark.parametrize(
    "vote",
    [
        "全体党员以无记名投票方式选出了新一届支部委员会。",
        "会议通过无记名投票方式，推选出优秀党员2名。",
        "支部大会通过认真讨论和正式党员的表决，同意接收王悦为预备党员。",
        "党员们开展了线上投票，推选出优秀党员候选人。",
        "大会通过了选举办法和候选人名单。",
        "大会通过了《支部委员会选举办法》。",
    ],
)
def test_a_vote_told_by_its_manner_or_by_what_it_adopted_is_a_vote(vote):
    assert agenda(parse_report(REPORTED + vote)) == [("报告", "林晓峰"), ("表决", None)]


def test_a_resolution_studied_is_no_vote():
    r = parse_report(REPORTED + "随后，全体党员围绕通过《决议》的重大意义进行了学习。")
    assert ("表决", None) not in agenda(r)


def test_learning_by_some_means_is_no_vote():
    r = parse_report(REPORTED + "党员们通过观看纪录片的形式重温了党的历史。")
    assert ("表决", None) not in agenda(r)


# Members whose act follows an attitude phrase ---------------------------------------------------


@pytest.mark.parametrize("attitude", ["本着", "秉持", "秉承"])
def test_members_act_in_the_comma_part_after_their_attitude(attitude):
    r = parse_report(
        REPORTED + f"全体党员{attitude}坦诚相见的态度，逐一进行对照检查，开展批评与自我批评。"
    )
    assert agenda(r) == [("报告", "林晓峰"), ("发言", None)]


# The meeting opens to the anthem ----------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "大会在雄壮的国歌声中开幕。",
        "伴随着全体党员齐唱《国际歌》，大会正式开始。",
        "在庄严的国歌声中，会议拉开序幕。",
    ],
)
def test_the_meeting_opening_to_the_anthem_is_the_members_ceremony(opening):
    r = parse_report(BRANCH + opening + "林晓峰作了支部工作报告。")
    assert agenda(r) == [("其他", None), ("报告", "林晓峰")]


@pytest.mark.parametrize(
    "sentence",
    [
        "林晓峰作了支部工作报告，回顾了国歌诞生的历史。",
        "林晓峰作了支部工作报告。在全国歌咏比赛中，支部党员获得了一等奖。",
    ],
)
def test_an_anthem_named_mid_sentence_or_a_word_that_holds_it_is_no_opening(sentence):
    assert agenda(parse_report(BRANCH + sentence)) == [("报告", "林晓峰")]
