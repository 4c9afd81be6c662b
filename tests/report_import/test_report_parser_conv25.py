"""The twenty-fifth round's conventions part (docs/report-parser.md, "Twenty-fifth round,
conventions"): the decisions settled in session 14 (12 the theme's 的 dropped from a title, 13 the
members' 发表意见 on a candidate one 发言, 14 a college committee's members' meeting 其他, 16 one verb
passing several papers one 表决, 17 a visit's place the venue when no other is told), with guards.
Every sentence here is our own, with invented names and units.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

THEMED = "2026年6月18日上午，历史文化学院教工党支部组织全体党员{where}开展“缅怀先烈、赓续初心”{of}主题党日活动。"
ADMISSION = (
    "2026年5月12日下午，化学学院研究生第三党支部在化学楼305会议室召开接收预备党员大会。"
    "支部全体党员参加会议，会议由支部书记邵明轩主持。会上，入党介绍人介绍了发展对象的培养考察情况；"
)
BRANCH = (
    "2026年10月15日上午，经济学院第一党支部在经管楼302会议室召开支部党员大会。会议由支部书记"
    "蒋晨曦主持，全体党员参加。"
)


def _crowd_kinds(record):
    return [
        i["kind"]
        for i in record["agenda"]
        if not i["speaker"] and i["kind"] in ("发言", "交流", "其他")
    ]


# 12: the theme's 的 after its closing quote ---------------------------------------------------


def test_the_themes_de_after_its_quote_is_no_part_of_the_title():
    r = parse_report(THEMED.format(where="在文史楼204会议室", of="的"))
    assert r["title"] == "“缅怀先烈、赓续初心”主题党日活动"


def test_a_de_before_no_quote_stays():
    r = parse_report("2026年7月9日下午，经济学院第一党支部在经管楼302会议室召开7月份的党员大会。")
    assert r["title"] == "7月份的党员大会"


# 13: the members' 发表意见 on a candidate ----------------------------------------------------


@pytest.mark.parametrize(
    "views",
    [
        "与会党员充分发表意见，对发展对象能否入党进行讨论。",
        "与会人员充分讨论并发表意见。",
        "与会正式党员充分讨论发表意见后进行无记名投票，一致同意接收其为预备党员。",
    ],
)
def test_the_members_views_on_a_candidate_are_one_remark(views):
    assert _crowd_kinds(parse_report(ADMISSION + views))[-1] == "发言"


def test_the_members_discussion_alone_stays_an_exchange():
    r = parse_report(ADMISSION + "与会党员对发展对象是否符合党员条件进行了充分讨论。")
    assert _crowd_kinds(r)[-1] == "交流"


def test_views_on_an_applicant_named_as_one_who_applies():
    r = parse_report(
        BRANCH
        + "介绍人介绍了申请入党人的主要情况；与会党员充分发表意见，对申请入党人能否入党进行讨论。"
    )
    assert _crowd_kinds(r)[-1] == "发言"


# 14: a college party committee's members' meeting ------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "2026年4月16日下午，生物工程学院党委在生物楼201报告厅召开党员大会，选举产生学院党委新一届委员会。",
        "2026年4月16日下午，中共滨江大学生物工程学院委员会换届选举党员大会在生物楼201报告厅召开。",
        "2026年4月16日下午，生物工程学院召开全院党员大会。会议由院党委书记裴志成主持。",
    ],
)
def test_a_college_committees_members_meeting_is_no_branch_meeting(lead):
    assert parse_report(lead)["kind"] == "其他"


@pytest.mark.parametrize(
    "lead",
    [
        "2026年4月16日下午，后勤处党总支在后勤楼201会议室召开党员大会，选举产生新一届党总支委员会。",
        "2026年4月16日下午，中共滨江大学海洋研究院第一次党员大会在海洋楼201报告厅召开。"
        "会议由海洋研究院党总支书记梁启航主持。",
        "2026年4月16日下午，中共滨江大学艺术学院第二次党员大会在艺术楼201报告厅召开。"
        "大会选举产生艺术学院第二届直属支部委员会。",
    ],
)
def test_a_general_branchs_members_meeting_stays_a_branch_meeting(lead):
    assert parse_report(lead)["kind"] == "支部党员大会"


# 16: one verb passing several papers -------------------------------------------------------


def test_papers_passed_by_one_verb_are_one_vote():
    r = parse_report(BRANCH + "大会审议通过了《支部工作报告》和《支部纪检工作报告》。")
    assert [i["documents"] for i in r["agenda"] if i["kind"] == "表决"] == [
        ["支部工作报告", "支部纪检工作报告"]
    ]


def test_separate_verbs_stay_separate_votes():
    r = parse_report(
        BRANCH + "大会表决通过了《选举办法》。随后，大会采用无记名投票方式进行差额选举，"
        "选举产生了新一届支部委员会委员。"
    )
    assert agenda(r) == [("表决", None), ("表决", None)]


# 17: the place of a visit --------------------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    ["到青松县革命烈士陵园", "参观青松县革命烈士陵园，"],
)
def test_the_place_visited_is_the_venue(where):
    assert parse_report(THEMED.format(where=where, of=""))["venue"] == "青松县革命烈士陵园"


def test_a_university_visited_is_the_venue():
    r = parse_report(THEMED.format(where="到滨江农业大学", of=""))
    assert r["venue"] == "滨江农业大学"


def test_a_room_told_wins_over_the_visit():
    r = parse_report(
        THEMED.format(where="到青松县革命烈士陵园", of="")
        + "活动结束后，支部在文史楼204会议室召开了座谈会。"
    )
    assert r["venue"] != "青松县革命烈士陵园" or r["venue"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年6月18日上午，历史文化学院教工党支部召开主题党日活动，达到了教育党员的目的。",
        "2026年6月18日上午，历史文化学院教工党支部召开主题党日活动，党员们感到收获很大。",
    ],
)
def test_a_word_ending_in_dao_is_no_visit(sentence):
    assert parse_report(sentence)["venue"] is None
