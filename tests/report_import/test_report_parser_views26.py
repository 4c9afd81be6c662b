"""The twenty-sixth round's part on members' views and reviews (docs/report-parser.md, "Twenty-sixth
round, views"): a reviewer's further sentence of verdicts alone stays the 点评 (the settled table
splits off a 讲话 only for the reviewer's own requirements). Every sentence here is our own, with
invented names.
"""

from report_import.parser import parse_report

from .records import agenda

MEETING = (
    "2026年3月12日上午，化学学院教工第二党支部在实验楼302会议室召开2026年度组织生活会。"
    "会议由支部书记顾明川主持。\n\n顾明川代表支部委员会作对照检查。\n\n"
    "沈若岚对本次组织生活会进行了点评。"
)


def _kinds(record):
    return [kind for kind, _ in agenda(record)]


def test_verdicts_told_on_stay_the_review():
    r = parse_report(MEETING + "她指出，支部会前准备充分，查摆问题具体，批评与自我批评辣味十足。")
    assert _kinds(r) == ["发言", "点评"]


def test_gathered_suggestions_are_no_direction():
    r = parse_report(MEETING + "她指出，支部会前广泛征集意见建议，会议准备充分。")
    assert _kinds(r) == ["发言", "点评"]


def test_directions_told_on_are_a_speech():
    r = parse_report(MEETING + "她指出，支部会前准备充分，整改措施要落细落实。")
    assert _kinds(r) == ["发言", "点评", "讲话"]


def test_hopes_told_on_are_a_speech():
    r = parse_report(MEETING + "她强调，希望全体党员以此次会议为新起点。")
    assert _kinds(r) == ["发言", "点评", "讲话"]


def test_shortcomings_named_on_stay_the_review():
    r = parse_report(
        MEETING.replace("进行了点评。", "进行了点评。沈若岚在点评时指出，支部理论学习扎实。")
        + "沈若岚强调，对照学院党建工作总要求，支部还存在不足，一是教育方式单一。"
    )
    assert _kinds(r) == ["发言", "点评"]


def test_a_later_speech_that_directs_stays_a_speech():
    r = parse_report(
        MEETING.replace("进行了点评。", "进行了点评。沈若岚在点评时指出，支部理论学习扎实。")
        + "沈若岚强调，全体党员要对照问题清单抓好整改。"
    )
    assert _kinds(r) == ["发言", "点评", "讲话"]
