"""The twentieth round's named people's acts (docs/report-parser.md, "Twentieth round, named
people's acts"): the speech the lead implies ("X主持会议并讲话") comes after the acts told and
stands beside the person's other acts; one's own 对照检查 after the team's is a second 发言 when
it is told as a check in the team's sentence or as any act led in the next; the words of a
predicate (向大家, 围绕, 严格按照, 引导, 与) are no subject; a named person who 布置了 work speaks.
Every sentence here is our own, with invented names and units.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

STUDY = (
    "4月16日上午，环境学院党委理论学习中心组在环境楼210会议室召开集体学习会，"
    "学院党委书记邱建平{chaired}，中心组成员参加学习。"
)
LIFE = (
    "1月20日下午，化学化工学院党委领导班子在北楼205会议室召开2025年度专题民主生活会。"
    "学院党委书记韩立诚主持会议，学院党委领导班子成员参加会议。"
)
BRANCH = (
    "11月6日下午，信息学院第三党支部在信息楼402会议室召开支部党员大会，支部全体党员参加会议。"
    "会议由支部书记包文静主持。"
)


def _study(chaired, body):
    return agenda(parse_report(STUDY.format(chaired=chaired) + body))


# --- the speech the lead implies ---------------------------------------------------------------


@pytest.mark.parametrize("chaired", ["主持会议并讲话", "主持并作总结讲话"])
def test_the_lead_s_speech_comes_after_the_acts_told(chaired):
    body = "院长周晓岚对《环境学院2026年工作要点》作了解读。副院长陆明汇报了学科建设情况。"
    assert _study(chaired, body) == [("解读", "周晓岚"), ("报告", "陆明"), ("讲话", "邱建平")]


def test_a_leader_who_attends_and_speaks_speaks_last():
    lead = STUDY.format(chaired="主持会议") + "校党委书记沈立平出席会议并讲话。"
    body = "院长周晓岚对《环境学院2026年工作要点》作了解读。"
    items = agenda(parse_report(lead + body))
    assert items.index(("解读", "周晓岚")) < items.index(("讲话", "沈立平")) == len(items) - 1


@pytest.mark.parametrize("chaired", ["主持会议并讲话", "主持召开并讲话"])
def test_the_lead_s_speech_stands_beside_one_s_own_relay(chaired):
    body = "邱建平传达了学校党的建设工作会议精神。院长周晓岚对《环境学院2026年工作要点》作了解读。"
    assert _study(chaired, body) == [("传达", "邱建平"), ("解读", "周晓岚"), ("讲话", "邱建平")]


def test_a_speech_told_later_is_the_lead_s_speech():
    # guard: the speech the lead names is the one the report tells, once, where it is told
    body = "院长周晓岚对《环境学院2026年工作要点》作了解读。最后，邱建平作总结讲话。"
    assert _study("主持会议并讲话", body) == [("解读", "周晓岚"), ("讲话", "邱建平")]


def test_a_chair_without_a_speech_gives_none():
    body = "邱建平传达了学校党的建设工作会议精神。"
    assert ("讲话", "邱建平") not in _study("主持会议", body)


# --- one's own check after the team's ----------------------------------------------------------

TEAM_AND_OWN = [("发言", "韩立诚"), ("发言", "韩立诚")]


@pytest.mark.parametrize(
    "told",
    [
        # the team's check told with an adjective, one's own after 并 with 个人
        "会上，韩立诚代表学院党委领导班子作了深刻的对照检查，并带头做了个人对照检查。",
        # one's own after 并 with no comma before it
        "会上，韩立诚代表领导班子进行对照检查，明确了整改措施并带头作个人发言。",
        # one's own after a 随后 in the team's sentence
        "会上，韩立诚代表学院领导班子进行了对照检查；随后带头作对照检查，查摆了问题。",
        # one's own in the next sentence
        "会上，韩立诚代表学院领导班子作对照检查发言，列出了三条整改举措。随后带头开展自我剖析。",
        "会上，韩立诚代表学院领导班子作对照检查。随后，带头开展了批评和自我批评。",
    ],
)
def test_one_s_own_check_after_the_team_s_is_a_second_item(told):
    assert agenda(parse_report(LIFE + told))[:2] == TEAM_AND_OWN


def test_one_s_own_check_after_the_team_s_and_the_members_in_turn():
    told = (
        "会上，韩立诚代表学院党委领导班子作了全面深刻的对照检查。"
        "随后带头开展自我剖析，班子成员依次作个人对照检查。"
    )
    assert agenda(parse_report(LIFE + told)) == [*TEAM_AND_OWN, ("发言", None)]


@pytest.mark.parametrize(
    "told",
    [
        # guard (own report 176): in the team's sentence, criticism led goes on with the team's
        "会上，韩立诚代表学院领导班子作对照检查，并带头开展批评和自我批评。",
        # guard: the members' own checks are theirs, not another of the one who spoke first
        "会上，韩立诚代表学院领导班子作对照检查。随后，班子成员分别做个人对照检查。",
    ],
)
def test_near_misses_give_one_item_of_the_team_s_speaker(told):
    assert agenda(parse_report(LIFE + told)).count(("发言", "韩立诚")) == 1


def test_an_act_led_after_one_s_own_exchange_is_no_second_check():
    # guard: only the team's check is followed by one's own
    told = "会上，韩立诚作了交流发言。随后带头开展自我剖析。"
    assert agenda(parse_report(LIFE + told)).count(("发言", "韩立诚")) <= 1


# --- the words of a predicate are no subject -------------------------------------------------


def test_everyone_informed_is_no_speaker():
    told = "会上，包文静就支部年度工作的完成情况，向大家作了通报。"
    assert agenda(parse_report(BRANCH + told)) == [("报告", "包文静")]


@pytest.mark.parametrize(
    "told",
    [
        "随后，支部全体党员各抒己见，围绕如何建设高水平研究型大学进行了热烈讨论。",
        "最后，校党委副书记郝立作了总结讲评，认为两位同志态度诚恳，严格按照学校党委要求，"
        "联系实际查问题、做剖析。",
        "要用好多种渠道，把会议精神宣讲到位，引导校区上下把精力集中到落实学校工作部署上来。",
    ],
)
def test_no_unit_is_made_of_a_predicate(told):
    orgs = [org for _, org in agenda(parse_report(BRANCH + "会上，包文静作了开场。" + told))]
    assert not any(o and o.startswith(("围绕", "严格按照", "引导")) for o in orgs)


def test_no_unit_is_made_of_with_the_members():
    told = "副院长林启明作为普通党员到会，与支部党员一起学习文件、交流体会。"
    orgs = [org for _, org in agenda(parse_report(BRANCH + told))]
    assert not any(o and o.startswith("与") for o in orgs)


@pytest.mark.parametrize(
    ("told", "speaker"),
    [
        # guard: 向 is a surname
        ("会上，向瑞林作了题为《坚定理想信念》的专题报告。", "向瑞林"),
        # guard: 与会 opens the members who attend, a crowd that speaks
        ("会上，与会党员依次作了个人对照检查。", None),
    ],
)
def test_a_name_or_a_crowd_that_opens_alike_still_speaks(told, speaker):
    assert ("报告" if speaker else "发言", speaker) in agenda(parse_report(BRANCH + told))


# --- work laid out by a named person --------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "会上，包文静布置了本学期的工作。",
        "会上，包文静书记布置了下阶段党建工作，强调各支部要抓好落实。",
        "会上，组织委员包文静布置了本年度发展党员重点任务。",
    ],
)
def test_work_laid_out_by_a_named_person_is_a_speech(told):
    assert agenda(parse_report(BRANCH + told)) == [("讲话", "包文静")]


def test_a_numbered_step_that_lays_out_work_is_no_one_s_speech():
    # guard: the meeting's own step names no speaker
    told = "会议第一项，包文静通报了支部工作情况。会议第二项布置新学期党建常规工作。"
    assert ("讲话", None) not in agenda(parse_report(BRANCH + told))
