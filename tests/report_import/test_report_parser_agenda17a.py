"""The seventeenth round's agenda, one person's several acts (docs/report-parser.md, "Seventeenth
round, agenda: one person's several acts"): the settled table's one item per speaker per act.
Who passes a text on, leads its study or explains it, and then does another of those acts or
gives directions of their own (要求/强调/希望…, 并指出, 对/就…部署), in later comma parts of the
sentence or, for the directions, in a further sentence, gives one item each; a study led
(带领…学习, whoever is led) is the leader's 学习; 说明 of a text (就《…》作说明, 解读说明) is 解读.
The guards: the relayed text's own words (指出 without 并, in the sentence or after it), a
compound verb (传达学习), a list that goes on (以及…讲话等精神), the meeting's unnamed voice, a
lecturer's words after the lecture, another person's act, a visit or film led, and 说明 of
one's work. Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

LEAD = "5月10日，化学学院党委召开理论学习中心组学习会。会议由学院党委书记宋立群主持。"
MEMBERS = "4月8日，物理学院教工第一党支部召开支部党员大会，会议由支部书记许嘉禾主持。"


def _items(told, lead=LEAD):
    return agenda(parse_report(lead + told))


# In one sentence -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # a relay, a study and directions, comma part after comma part, without 并
        (
            "宋立群传达了学校党委全委会精神，领学了《中国共产党章程》有关章节，"
            "要求全体党员对照党章查找不足。",
            ["传达", "学习", "讲话"],
        ),
        # a relay, an explanation of the text, then requirements with 并
        (
            "宋立群传达了《学院党建工作要点》精神，对文件中的有关事项作了详细解读，"
            "并对本学期党建工作提出要求。",
            ["传达", "解读", "讲话"],
        ),
        # a relay and its arrangement, without 并
        ("宋立群传达了学校换届工作会议精神，对学院换届工作进行了动员部署。", ["传达", "讲话"]),
        # an explanation and its arrangement, 就 without 并
        ("宋立群对《学院发展规划》作了解读，就近期重点工作作了具体部署。", ["解读", "讲话"]),
        # 结合… before the arrangement; a unit's word (学院) in what is arranged names no unit
        ("宋立群详细解读《学院工作要点》，结合学院实际对全年重点工作进行部署。", ["解读", "讲话"]),
        (
            "宋立群对《实施方案》作了解读，就培育创建全校党建工作标杆学院等近期工作作了具体部署。",
            ["解读", "讲话"],
        ),
        # 并指出 after a relay: the relayer's own point
        ("宋立群传达了学校有关会议精神，并指出，要深刻认识此次学习的重大意义。", ["传达", "讲话"]),
        # 强调 straight after the relay
        ("宋立群传达了学校有关会议精神，强调要认真抓好落实。", ["传达", "讲话"]),
        # a compound relay, then leading the study
        ("宋立群传达学习了《学院党建工作要点》，并领学了有关文件。", ["传达", "学习"]),
        # a study and an explanation in one comma part
        ("宋立群领学并解读了《关于加强师德师风建设的意见》。", ["学习", "解读"]),
    ],
)
def test_one_persons_acts_of_different_kinds_in_one_sentence_are_one_item_each(told, kinds):
    items = _items(told)
    assert items == [(kind, "宋立群") for kind in kinds]


# In a further sentence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "宋立群领学了《关于加强师德师风建设的意见》。他要求各系部把文件精神落到实处。",
        "宋立群领学并解读了《关于加强师德师风建设的意见》。他强调，要把文件精神落到实处。",
        "宋立群传达了学校有关会议精神。宋立群强调，要认真抓好落实。",
        "宋立群对《学院发展规划》作了解读。宋立群希望全院教师凝心聚力推动发展。",
    ],
)
def test_directions_in_a_further_sentence_after_a_relay_study_or_explanation_are_a_speech(told):
    items = _items(told)
    assert items[-1] == ("讲话", "宋立群")
    assert [kind for kind, who in items if who == "宋立群"].count("讲话") == 1


def test_the_members_meeting_too():
    told = (
        "许嘉禾传达了学院党委会议精神，领学了《中国共产党纪律处分条例》，要求党员对照条例查找不足。"
    )
    assert _items(told, MEMBERS) == [("传达", "许嘉禾"), ("学习", "许嘉禾"), ("讲话", "许嘉禾")]


# Guards: one act told on ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # the relayed speech's own points (指出 without 并), in the sentence or after it
        (
            "宋立群传达了习近平总书记重要讲话精神，指出要深刻认识教育强国建设的重大意义。",
            [("传达", "宋立群")],
        ),
        ("宋立群传达了学校有关会议精神。宋立群指出，会议精神十分重要。", [("传达", "宋立群")]),
        # 对照 after a relay is no arrangement
        ("宋立群传达了学校会议精神，对照会议要求查找了学院工作的差距。", [("传达", "宋立群")]),
        # a compound verb is one act
        ("宋立群传达学习了学校党代会精神。", [("传达", "宋立群")]),
        # a list that goes on names no speech
        (
            "宋立群领学了《关于加强师德师风建设的意见》，以及校长在开学工作会议上的讲话等文件精神。",
            [("学习", "宋立群")],
        ),
        # the meeting's unnamed voice after its relay
        ("会议传达了学校党委全委会精神。会议强调，要认真抓好落实。", [("传达", None)]),
        # a lecturer's words after the lecture are the lecture going on
        ("宋立群为中心组成员讲授专题党课。宋立群要求大家学深悟透。", [("报告", "宋立群")]),
    ],
)
def test_one_act_told_on_stays_one_item(told, expected):
    assert _items(told) == expected


def test_another_persons_directions_after_the_relay_are_theirs():
    told = "组织员郑可传达了学校有关会议精神。宋立群要求各支部抓好落实。"
    assert _items(told) == [("传达", "郑可"), ("讲话", "宋立群")]


# A study led: 带领 + whoever is led + 学习 ---------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "宋立群带领全体成员再次学习《关于加强师德师风建设的意见》。",
        "宋立群带领党员同志学习中共中央的决定。",
        "宋立群带领全体党员进行警示教育学习。",
        "宋立群带领大家集中学习了《学院党建工作要点》。",
    ],
)
def test_a_study_led_by_someone_is_their_study(told):
    assert _items(told) == [("学习", "宋立群")]


@pytest.mark.parametrize(
    "told",
    ["宋立群带领全体党员参观学习了校史馆。", "宋立群带领全体党员观看了警示教育片。"],
)
def test_a_visit_or_film_led_by_someone_is_still_their_step(told):
    assert _items(told) == [("其他", "宋立群")]


def test_directions_after_a_study_led_are_a_speech():
    told = "宋立群带领全体党员逐条学习《中国共产党章程》。她强调，党员要发挥先锋模范作用。"
    assert _items(told) == [("学习", "宋立群"), ("讲话", "宋立群")]


# 说明 of a text is an explanation (the settled table) ------------------------------------------


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("院长韩哲对党代会的筹备工作作了解读说明。", [("解读", "韩哲")]),
        ("院长韩哲就《学院工作报告》作了说明。", [("解读", "韩哲")]),
        (
            "院长韩哲、副书记白露分别就《学院工作报告》《党代会筹备工作方案》作了说明。",
            [("解读", "韩哲"), ("解读", "白露")],
        ),
    ],
)
def test_an_explanation_of_a_text_is_an_explanation(told, expected):
    assert _items(told) == expected


@pytest.mark.parametrize(
    "told",
    [
        "院长韩哲对学院工作作了说明。",
        "院长韩哲对本次述职评议的考核方式作了说明。",
        "院长韩哲作了《学院工作报告》。",
    ],
)
def test_an_explanation_of_ones_work_or_a_report_named_stays_an_account(told):
    assert _items(told) == [("报告", "韩哲")]
