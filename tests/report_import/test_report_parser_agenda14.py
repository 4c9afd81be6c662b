"""The fourteenth round's agenda rules (docs/report-parser.md, "Fourteenth round, agenda"): the
agenda kinds settled in session 10 — an exchange is 交流 whoever speaks, a criticism round or a
表态 stays 发言, an account (汇报, 介绍…情况) is 报告, a leader's requirements told after the
点评 in a further sentence are a 讲话 — and the adverb reader that takes the clause's verb.
Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report
from report_import.parser.adverbs import subject_before_adverb
from report_import.parser.items import find_trigger
from report_import.parser.people import Registry

from .records import agenda

STUDY = (
    "2025年11月6日下午，化学学院党委理论学习中心组在学院会议室开展集体学习。"
    "学院党委书记林望舒主持学习。"
)
BRANCH = (
    "2025年11月6日下午，化学学院第二党支部在学院会议室召开支部党员大会。"
    "会议由支部书记沈一帆主持，支部全体党员参加。"
)
LIFE = (
    "2025年12月18日下午，化学学院第二党支部召开2025年度组织生活会。会议由支部书记沈一帆主持。"
    "沈一帆代表支部委员会报告了支部一年来的工作。"
)


# An exchange, whoever speaks --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("副院长何一鸣结合分管工作谈了学习体会。", [("交流", "何一鸣")]),
        ("何一鸣、邵金波先后作交流发言。", [("交流", "何一鸣"), ("交流", "邵金波")]),
        ("中心组其他成员结合各自工作，谈了自己的学习心得。", [("交流", None)]),
        ("随后，中心组成员围绕学习内容开展深入研讨。", [("交流", None)]),
    ],
)
def test_an_exchange_at_a_centre_group_study_is_an_exchange_whoever_speaks(body, expected):
    assert agenda(parse_report(STUDY + body)) == expected


def test_a_turn_in_a_studys_discussion_stays_a_speech_as_the_shared_example_files_it():
    assert agenda(parse_report(STUDY + "何一鸣、邵金波先后作研讨发言。")) == [
        ("发言", "何一鸣"),
        ("发言", "邵金波"),
    ]


def test_a_member_who_shares_feelings_exchanges():
    r = parse_report(BRANCH + "党员代表罗文彬分享了参观校史馆的感受。")
    assert agenda(r) == [("交流", "罗文彬")]


def test_a_keynote_told_on_with_the_speakers_reflections_is_one_turn():
    r = parse_report(STUDY + "副院长何一鸣作了主题发言。他结合分管工作，谈了心得体会。")
    assert agenda(r) == [("发言", "何一鸣")]


@pytest.mark.parametrize(
    "body",
    [
        "党员们纷纷分享学习体会，深入剖析自身存在的不足。",
        "全体党员逐一作表态发言。",
    ],
)
def test_a_criticism_round_or_a_pledge_stays_a_speech_turn(body):
    assert agenda(parse_report(LIFE + body)) == [("报告", "沈一帆"), ("发言", None)]


def test_a_discussion_is_read_as_an_exchange_as_the_fifteenth_round_settles_it():
    r = parse_report(BRANCH + "随后，与会党员进行了充分讨论并发表意见。")
    assert agenda(r) == [("交流", None)]


# An account -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "预备党员陆晨汇报了预备期内的思想和工作情况。",
        "组织委员何静介绍了两名发展对象的培养考察情况。",
    ],
)
def test_an_account_given_to_the_meeting_is_a_report(body):
    assert [kind for kind, _ in agenda(parse_report(BRANCH + body))] == ["报告"]


def test_a_sponsors_words_on_the_candidate_stay_a_speech():
    r = parse_report(BRANCH + "入党介绍人许晴介绍了陆晨的培养情况。")
    assert agenda(r) == [("发言", "许晴")]


def test_numbered_steps_after_an_account_are_steps_not_points_of_it():
    r = parse_report(
        BRANCH + "本次会议共三项议程。一是组织委员何静介绍预备党员陆晨的培养考察情况；"
        "二是有表决权的正式党员进行无记名投票表决；三是支部书记沈一帆宣读表决结果。"
    )
    assert agenda(r) == [("报告", "何静"), ("表决", None), ("宣读", "沈一帆")]


# A 点评 and the requirements after it -------------------------------------------------------------


def test_requirements_after_a_review_in_a_further_sentence_are_a_speech():
    r = parse_report(
        LIFE + "学院党委副书记唐若愚对会议进行了点评，认为会议准备充分。"
        "唐若愚就下一步整改工作提出三点要求。"
    )
    assert agenda(r) == [("报告", "沈一帆"), ("点评", "唐若愚"), ("讲话", "唐若愚")]


def test_requirements_in_the_reviews_own_sentence_are_the_review():
    r = parse_report(
        LIFE + "学院党委副书记唐若愚对会议进行了点评，认为会议准备充分，并提出了整改要求。"
    )
    assert agenda(r) == [("报告", "沈一帆"), ("点评", "唐若愚")]


def test_a_supervisors_requirements_after_the_review_stay_a_speech():
    r = parse_report(
        "2025年12月18日下午，化学学院党委召开2025年度领导班子民主生活会。校党委常委、副校长"
        "唐若愚到会指导。会议由学院党委书记沈一帆主持。沈一帆代表领导班子作对照检查。"
        "唐若愚在点评讲话中对本次民主生活会给予肯定。他对学院下一步工作提出三点要求。"
    )
    assert agenda(r)[-2:] == [("点评", "唐若愚"), ("讲话", "唐若愚")]


# The adverb reader takes the clause's verb --------------------------------------------------------


def test_the_adverb_reader_finds_the_subject_before_the_verb_it_is_given():
    body = "沈一帆原原本本领学了《中国共产党章程》"
    registry = Registry()
    subject = subject_before_adverb(body, registry, find_trigger(body, meeting_subject=False))
    assert subject is not None and subject.end == len("沈一帆")


def test_the_adverb_reader_without_a_verb_finds_no_subject():
    assert subject_before_adverb("沈一帆原原本本地", Registry(), None) is None


# A meeting is at least one act ------------------------------------------------------------------

VISIT = (
    "2025年12月30日上午，化学学院第二党支部开展“岁末送温暖”主题党日活动。支部全体党员来到"
    "社区养老服务中心。大家分成三组，为老人们打扫房间、整理衣物。党员们还为老人们送上新年"
    "祝福和慰问品。老人们对同学们的到来表示感谢。"
)
STUDY_DAY = (
    "2025年12月26日下午，化学学院党委理论学习中心组召开第十二次集体学习会。学院领导班子成员"
    "参加。本次学习围绕全面从严治党主题展开。大家深入研读有关文件，学习气氛浓厚。"
)


@pytest.mark.parametrize(
    ("report", "expected"),
    [(VISIT, [("其他", None)]), (STUDY_DAY, [("学习", None)])],
)
def test_a_meeting_told_without_an_agenda_verb_is_its_own_act(report, expected):
    assert agenda(parse_report(report)) == expected


def test_a_lead_alone_names_the_meeting_not_its_acts():
    r = parse_report("2025年12月30日上午，化学学院第二党支部开展“岁末送温暖”主题党日活动。")
    assert agenda(r) == []


def test_a_meeting_whose_acts_are_read_gets_no_act_of_its_own():
    r = parse_report(VISIT + "随后，支部书记沈一帆带领全体党员重温入党誓词。")
    assert agenda(r) == [("其他", "沈一帆")]
