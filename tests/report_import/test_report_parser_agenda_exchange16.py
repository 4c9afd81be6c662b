"""The sixteenth round's exchange turns (docs/report-parser.md, "Sixteenth round, agenda: exchange
turns"): once an exchange is opened — by the crowd's round, a named turn or a lead-in — each
member's view or experience told after it is a turn of it (`交流`, one item each, in order), a
turn told again is the same turn, and a crowd's 发言 that tells what it exchanged is the crowd's
round; a quote closed after its own sentence's end ends the sentence, 说到 is a verb of saying,
and 指导学生 holds no 导学. Guards: a leader's address, the chair's words, a 点评, criticism, a
研讨发言, words that direct others, remarks on a candidate, views with no exchange opened, people
named as examples and words that retell a speech. Every sentence here is our own, with invented
names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LEAD = (
    "2026年3月18日下午，数学学院教工第二党支部在数学楼512会议室召开支部党员大会，"
    "支部书记陶思远主持会议。首先，陶思远带领大家学习了《中国共产党章程》。"
)
OPENED = LEAD + "随后，与会党员结合自身工作实际进行了交流。"


def _items(body: str) -> list[tuple[str, str | None]]:
    return [item for item in agenda(parse_report(body)) if item != ("学习", "陶思远")]


# Named turns after the crowd's round -----------------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        "方佳宁表示，要把学习成果转化为育人实效。邹立伟认为，青年教师要勇挑重担。",
        "方佳宁同志谈到，要把学习成果转化为育人实效。邹立伟同志表示，青年教师要勇挑重担。",
        "方佳宁结合自己的教学工作谈了体会。邹立伟结合科研工作，谈了学习的收获。",
        "方佳宁同志谈了自己的认识。邹立伟同志从青年教师的角度谈了看法。",
        "其中，方佳宁表示，要把学习成果转化为育人实效；邹立伟表示，青年教师要勇挑重担。",
    ],
)
def test_named_views_after_the_crowds_round_are_its_turns(turns):
    assert _items(OPENED + turns) == [("交流", None), ("交流", "方佳宁"), ("交流", "邹立伟")]


@pytest.mark.parametrize(
    "turns",
    [
        "进入交流研讨环节，方佳宁表示，要把学习成果转化为育人实效；邹立伟认为，青年教师要勇挑重担。",
        "交流中，方佳宁表示，要把学习成果转化为育人实效。邹立伟表示，青年教师要勇挑重担。",
    ],
)
def test_a_lead_in_opens_the_exchange(turns):
    assert _items(LEAD + turns) == [("交流", "方佳宁"), ("交流", "邹立伟")]


def test_a_named_turn_opens_the_exchange_for_the_next():
    body = LEAD + "方佳宁分享了参与课程思政建设的体会。邹立伟表示，青年教师要勇挑重担。"
    assert _items(body) == [("交流", "方佳宁"), ("交流", "邹立伟")]


def test_a_turn_told_again_is_the_same_turn():
    body = (
        LEAD + "随后，方佳宁、邹立伟先后作交流发言。方佳宁表示，要把学习成果转化为育人实效。"
        "邹立伟认为，青年教师要勇挑重担。"
    )
    assert _items(body) == [("交流", "方佳宁"), ("交流", "邹立伟")]


def test_a_turn_quoted_to_its_end_is_followed_by_the_next():
    body = OPENED + "方佳宁表示：“这次学习让我深受教育。”邹立伟认为，青年教师要勇挑重担。"
    assert _items(body) == [("交流", None), ("交流", "方佳宁"), ("交流", "邹立伟")]


def test_a_turn_told_with_shuodao():
    body = OPENED + "方佳宁说到：“这次学习让我深受教育。”邹立伟说到：“青年教师要勇挑重担。”"
    assert _items(body) == [("交流", None), ("交流", "方佳宁"), ("交流", "邹立伟")]


def test_a_turn_that_tells_of_guiding_students_is_no_study():
    body = OPENED + "韩梦溪结合自己指导学生竞赛的经历，谈了学习的收获。"
    assert _items(body) == [("交流", None), ("交流", "韩梦溪")]


# The crowd's round ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "round_",
    [
        "随后，党员们纷纷发言，交流学习体会。",
        "随后，大家围绕主题畅所欲言，分享了各自的收获。",
        "交流环节中，党员们畅所欲言。",
    ],
)
def test_a_crowds_speech_that_tells_its_exchange_is_the_crowds_round(round_):
    assert _items(LEAD + round_) == [("交流", None)]


# Guards --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a leader's address and the chair's words stay a speech
        ("陶思远强调，全体党员要以更高标准要求自己。", ("讲话", "陶思远")),
        ("陶思远表示，全体党员要以更高标准要求自己。", ("讲话", "陶思远")),
        ("最后，陶思远作总结讲话，他表示，全体党员要学以致用。", ("讲话", "陶思远")),
        # words that direct others, a 研讨发言, a commentary: not a turn of the exchange
        ("副校长刘建国表示，希望全体党员以更高标准要求自己。", ("发言", "刘建国")),
        ("方佳宁作研讨发言。", ("发言", "方佳宁")),
        ("陶思远对大家的发言进行了点评。", ("发言", "陶思远")),
    ],
)
def test_words_after_the_exchange_that_are_no_turn_of_it(after, expected):
    assert _items(OPENED + after) == [("交流", None), expected]


def test_views_in_a_criticism_round_stay_remarks():
    body = LEAD + "随后，与会党员开展了批评与自我批评。方佳宁表示，自己在理论学习上还有差距。"
    assert _items(body) == [("发言", None), ("发言", "方佳宁")]


def test_views_with_no_exchange_opened_stay_remarks():
    body = LEAD + "随后，陶思远讲授专题党课。方佳宁表示，这次党课让她深受教育。"
    assert _items(body)[-1] == ("发言", "方佳宁")


def test_another_act_closes_the_exchange():
    body = OPENED + "会上还进行了民主评议。方佳宁表示，这次评议让她深受教育。"
    assert _items(body)[-1] == ("发言", "方佳宁")


def test_remarks_on_a_candidate_stay_remarks():
    body = OPENED + "方佳宁表示，该同志入党动机端正，同意接收其为预备党员。"
    assert _items(body) == [("交流", None), ("发言", "方佳宁")]


@pytest.mark.parametrize(
    "after",
    [
        "大家表示，要以优秀党员方佳宁为榜样。",  # named only as an example
        "党员们纷纷表示，要把学习成果转化为育人实效。",  # the crowd's words, told of
    ],
)
def test_no_turn_for_people_named_as_examples_or_a_crowds_words(after):
    assert _items(OPENED + after) == [("交流", None)]


def test_a_crowds_discussion_at_a_meeting_on_candidates_stays_remarks():
    body = (
        "2026年4月2日下午，数学学院学生党支部召开支部党员大会，讨论接收发展对象为预备党员。"
        "支部书记陶思远主持会议。与会党员纷纷发言，交流了对发展对象的看法。"
    )
    assert ("交流", None) not in agenda(parse_report(body))
