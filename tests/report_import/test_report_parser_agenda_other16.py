"""The sixteenth round's other steps (docs/report-parser.md, "Sixteenth round, agenda: the unnamed
other steps"): a film watched, an oath, a visit, a signing, an award handed, a rating, dues paid,
a song — each one 其他 item, in order, with the one who leads it as speaker when named; told in a
narrative, in 首先…随后…最后 steps, in a lead sentence that also tells a speech, or after a crowd's
exchange. The guards: the same verbs in a purpose, before or after the meeting, in a leader's
requirements, in a caption, as what a speech speaks of, and a signing whose pledge is read out or
kept as a titled pledge. Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

OPENED = "5月10日，化工学院第二党支部在学院会议室召开支部党员大会，支部书记李明华主持会议。"
PASSED_ON = OPENED + "李明华传达了学校党委会议精神。"
CLOSED = "最后，李明华作总结讲话。"


def _steps(text):
    return agenda(parse_report(text))


# Steps of the class the earlier tables had no verb for ------------------------------------------


@pytest.mark.parametrize(
    ("step", "who"),
    [
        ("随后，与会党员集中收看了专题片《永远在路上》。", None),
        ("全体党员签订了党风廉政建设承诺书。", None),
        ("李明华与各党小组长签署了目标责任书。", None),  # the parties sign: no one leads
        ("随后，全体党员在承诺书上郑重签名。", None),
        ("会上为获奖党员颁奖。", None),
        ("会议授予王小兰等三名同志“优秀共产党员”称号。", None),
        ("李明华为新党员佩戴党员徽章。", "李明华"),
    ],
)
def test_a_step_told_in_a_narrative_is_an_item_of_its_own(step, who):
    steps = _steps(PASSED_ON + step + CLOSED)
    assert steps == [("传达", "李明华"), ("其他", who), ("讲话", "李明华")]


def test_steps_told_first_then_last_are_each_an_item():
    text = (
        OPENED + "会上，李明华传达了学校党委会议精神，随后各党小组长与支部签订了目标责任书，"
        "最后全体党员齐唱国际歌。"
    )
    assert _steps(text) == [("传达", "李明华"), ("其他", None), ("其他", None)]


def test_steps_of_different_sorts_told_one_after_another_are_two():
    text = (
        PASSED_ON + "随后，全体党员集中收看了警示教育片。观看结束后，全体党员签订了廉洁承诺书。"
        "最后，李明华为两名转正的党员佩戴了党员徽章，全体党员集中缴纳了党费。"
    )
    assert _steps(text) == [
        ("传达", "李明华"),
        ("其他", None),
        ("其他", None),
        ("其他", "李明华"),
        ("其他", None),
    ]


def test_two_steps_of_different_sorts_led_by_one_person_are_two():
    text = (
        OPENED
        + "李明华带领全体党员参观了校史馆。参观结束后，李明华带领全体党员在党旗下重温入党誓词。"
    )
    assert _steps(text) == [("其他", "李明华"), ("其他", "李明华")]


def test_a_visit_told_again_by_the_members_stays_one_step():
    text = OPENED + "李明华带领全体党员参观了校史馆。党员们依次参观了各个展厅。"
    assert _steps(text) == [("其他", "李明华")]


# A film or a visit someone leads: the settled table's 其他, with the one who leads it -------------


@pytest.mark.parametrize(
    ("step", "who"),
    [
        ("随后，李明华带领全体党员观看了警示教育片《镜鉴》。", "李明华"),
        ("随后，李明华组织党员收看了专题片。", "李明华"),
        ("在讲解员王小兰的带领下，全体党员参观了校史馆。", "王小兰"),
    ],
)
def test_a_film_or_a_visit_someone_leads_is_their_step(step, who):
    assert _steps(PASSED_ON + step) == [("传达", "李明华"), ("其他", who)]


def test_a_leaders_requirements_after_the_film_they_led_are_a_speech():
    text = PASSED_ON + "随后，李明华组织支部成员观看了纪录片，并结合支部工作提出要求。"
    assert _steps(text) == [("传达", "李明华"), ("其他", "李明华"), ("讲话", "李明华")]


# In a sentence that also tells a speech ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5月10日，化工学院召开表彰大会，党委书记李明华讲话并为获奖党员颁奖。",
        "5月10日，化工学院第二党支部召开支部党员大会，支部书记李明华讲话并带领全体党员重温入党誓词。",
        OPENED + "李明华作讲话，并为新党员佩戴党徽。",
    ],
)
def test_a_step_after_a_speech_in_one_sentence_is_the_speakers_own(text):
    assert _steps(text) == [("讲话", "李明华"), ("其他", "李明华")]


def test_a_signing_told_in_the_lead_after_a_speech_is_an_item():
    text = (
        "5月10日，化工学院第二党支部召开党风廉政建设工作会议，李明华作讲话，"
        "各党小组长签订了党风廉政建设承诺书。"
    )
    assert _steps(text) == [("讲话", "李明华"), ("其他", None)]


# After a crowd's exchange ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "who"),
    [
        ("与会党员分享了心得体会，随后签订了廉洁自律承诺书。", None),
        ("党员们交流了心得。李明华为新党员佩戴了党员徽章。", "李明华"),
    ],
)
def test_a_step_after_the_crowds_exchange_is_an_item(step, who):
    assert _steps(PASSED_ON + step) == [("传达", "李明华"), ("交流", None), ("其他", who)]


# Guards: the same verbs telling no step of the meeting -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a purpose
        OPENED + "为引导党员签订廉洁承诺书、观看警示教育片，李明华传达了学校党委会议精神。",
        "5月10日，化工学院第二党支部召开支部党员大会，旨在组织党员参观红色展馆、签订承诺书。"
        "李明华传达了学校党委会议精神。",
        # before or after the meeting
        OPENED + "会前，全体党员签订了廉洁承诺书。李明华传达了学校党委会议精神。",
        OPENED + "此前，支部已组织党员观看警示教育片并签署承诺书。李明华传达了学校党委会议精神。",
        PASSED_ON + "会后，全体党员参观了校史馆并为优秀党员颁奖。",
        PASSED_ON + "下一步，支部将组织党员签订承诺书、观看专题片。",
        # a caption
        PASSED_ON + "\n（图为全体党员观看警示教育片）",
        # an honour received before, not conferred at the meeting
        PASSED_ON + "该支部曾被授予“先进基层党组织”称号。",
    ],
)
def test_the_same_verbs_outside_the_meetings_steps_are_no_item(text):
    assert _steps(text) == [("传达", "李明华")]


@pytest.mark.parametrize(
    "text",
    [
        PASSED_ON + "李明华要求大家认真观看警示教育片，签订廉洁承诺书。",
        OPENED + "李明华传达了学校党委会议精神，并要求各党小组组织党员收看专题片、签署责任书。",
    ],
)
def test_the_same_verbs_in_a_leaders_requirements_are_no_step(text):
    # the requirements after one's own 传达 are a speech (the seventeenth round), never a step
    assert _steps(text) == [("传达", "李明华"), ("讲话", "李明华")]


@pytest.mark.parametrize(
    "said",
    [
        "李明华在讲话中提到参观校史馆的感受，指出签订承诺书不是走过场。",
        "李明华作总结讲话，他回顾了支部组织党员观看专题片、签署责任书的经过。",
    ],
)
def test_steps_a_speech_speaks_of_are_no_item(said):
    assert _steps(OPENED + said) == [("讲话", "李明华")]


def test_a_signing_whose_pledge_is_read_out_stays_the_reading():
    text = PASSED_ON + "全体党员签订了《廉洁从教承诺书》，并由王小兰代表党员宣读承诺书。"
    assert _steps(text) == [("传达", "李明华"), ("宣读", "王小兰")]


def test_a_titled_pledge_signed_is_kept_as_a_pledge_not_an_item():
    text = PASSED_ON + "会议还签订了年度《党建工作目标责任书》。"
    record = parse_report(text)
    assert agenda(record) == [("传达", "李明华")]
    assert [p["title"] for p in record["pledges"]] == ["党建工作目标责任书"]


def test_a_film_watched_with_the_study_that_led_it_stays_the_study():
    text = OPENED + "李明华领学了《中国共产党章程》，并观看了专题片。"
    assert _steps(text) == [("学习", "李明华")]


def test_a_visit_several_lead_with_a_unit_misread_among_them_is_parsed():
    # found by parsing reports run together: the last leader's clause was read as a unit
    # ("宣传委员韩子墨带队一行赴…纪念馆"), joined the step's members with no name, and the
    # attendee pass raised TypeError on it
    text = (
        "我院开展“守初心、担使命”主题党日活动\n"
        "按照我院 “守初心、担使命主题教育工作安排,我院党委开展了相应主题的师生联合党日活动。\n"
        "化工支部书记顾明远、组织委员沈丽华、宣传委员韩子墨带队一行赴西山镇红色交通站纪念馆学习。"
        "集体参观了《西山烽火》展览、李家老宅旧址,了解了西山地区党组织创建和发展的历程。"
    )
    record = parse_report(text)
    assert {"顾明远", "沈丽华"} <= {a["name"] for a in record["attendees"]}
    assert all(a["name"] for a in record["attendees"])
