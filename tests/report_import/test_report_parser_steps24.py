"""The twenty-fourth round's part on the meeting's own steps (docs/report-parser.md, "Twenty-fourth
round, steps"): a study the members did together (集体/集中/共同/一起学习了), told on in the sentence
of an oath, a film or a led study, is a 学习 of its own — the leader's when the step before it was
a study the leader led. Every sentence here is our own, with invented names.
"""

from report_import.parser import parse_report

from .records import agenda

BRANCH = (
    "2026年1月14日下午，材料学院金属材料党支部在材料楼205会议室召开支部党员大会，支部书记"
    "唐映秋主持会议，支部全体党员参加会议。"
)


def _kinds(record):
    return [kind for kind, _ in agenda(record)]


# A study told on together is a study of its own ---------------------------------------------


def test_a_study_together_after_the_oath_is_a_study():
    r = parse_report(BRANCH + "会上，全体党员重温了入党誓词，集中学习了《中国共产党章程》第七章。")
    assert _kinds(r) == ["其他", "学习"]


def test_a_study_together_after_a_film_is_a_study():
    r = parse_report(
        BRANCH + "随后，全体党员观看了专题片《大国工匠》，共同学习了《实验室安全管理办法》。"
    )
    assert _kinds(r) == ["其他", "学习"]


def test_a_study_together_after_a_led_study_is_the_leaders_second():
    r = parse_report(
        BRANCH + "会上，支部书记唐映秋带领大家重温了习近平总书记关于教育的重要论述，"
        "集体学习了学校第三次党代会报告。"
    )
    assert agenda(r) == [("学习", "唐映秋"), ("学习", "唐映秋")]


def test_a_study_together_told_with_yiqi_after_the_oath_is_a_study():
    r = parse_report(BRANCH + "活动中，全体党员重温了入党誓词，一起学习了学校党建工作要点。")
    assert _kinds(r) == ["其他", "学习"]


# Guards: what goes on as before -------------------------------------------------------------


def test_a_study_joined_by_bing_after_a_led_study_stays_one():
    r = parse_report(
        BRANCH + "会上，支部书记唐映秋带领大家学习了学校党代会报告，并结合实际谈了体会。"
    )
    assert agenda(r)[0] == ("学习", "唐映秋")
    assert _kinds(r).count("学习") == 1


def test_a_led_study_told_once_stays_one():
    r = parse_report(BRANCH + "会上，支部书记唐映秋带领大家集体学习了学校党代会报告。")
    assert agenda(r) == [("学习", "唐映秋")]


def test_a_study_without_le_after_the_oath_goes_on_as_before():
    r = parse_report(BRANCH + "会上，全体党员重温入党誓词，集中学习党章。")
    assert _kinds(r) == ["其他"]  # as main drafts it: the rule reads the study told as done
