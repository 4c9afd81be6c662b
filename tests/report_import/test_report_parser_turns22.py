"""The twenty-second round's part on exchange and remarks (docs/report-parser.md, "Twenty-second
round, exchange and remarks"): the members' 讨论 at a meeting on candidates is the crowd's
exchange (交流, settled in session 13, decision 4), and their discussion and vote told in one
breath are two acts, the 交流 and the 表决; the team's 对照检查 told by the one who speaks for it
is a 发言 (the settled table), of its own after that person's account. Every sentence here is
our own, with invented names and units.
"""

from report_import.parser import parse_report

from .records import agenda

ADMISSION = (
    "2026年3月26日下午，材料学院本科生第一党支部在材料楼204会议室召开支部党员大会，讨论接收发展对象。"
    "支部书记邵文远主持会议。会上，发展对象柯思雨汇报了个人的思想、学习和工作情况。"
)
PROBATION = (
    "2026年4月16日上午，数学学院教工党支部在理学楼305会议室召开支部党员大会，讨论预备党员转正事宜。"
    "支部书记黎少华主持会议。预备党员屈明哲汇报了预备期间的思想和工作情况。"
)


def test_the_members_discussion_of_a_candidate_in_its_own_sentence_is_an_exchange():
    record = parse_report(
        ADMISSION + "与会党员围绕柯思雨的现实表现进行了充分讨论。随后，支部进行无记名投票表决。"
    )
    assert agenda(record) == [("报告", "柯思雨"), ("交流", None), ("表决", None)]


def test_a_discussion_and_a_vote_joined_by_a_pause_mark_are_two_acts():
    record = parse_report(
        ADMISSION
        + "与会党员充分讨论、正式党员进行无记名投票表决后，一致同意接收柯思雨为中共预备党员。"
    )
    assert agenda(record) == [("报告", "柯思雨"), ("交流", None), ("表决", None)]


def test_a_vote_held_after_the_members_discussion_is_told_with_it():
    record = parse_report(
        PROBATION + "经过与会党员的充分讨论后，进行无记名投票，一致同意屈明哲按期转正。"
    )
    assert agenda(record) == [("报告", "屈明哲"), ("交流", None), ("表决", None)]


def test_a_discussion_told_before_its_vote_gets_the_vote_after_it():
    record = parse_report(
        ADMISSION
        + "与会正式党员充分讨论发表意见后进行无记名投票，表决同意接收柯思雨为中共预备党员。"
    )
    # the members' 发表意见 on a candidate is one 发言 (session 14, decision 13)
    assert agenda(record) == [("报告", "柯思雨"), ("发言", None), ("表决", None)]
    # one reader of that vote (crowd_votes): the item keeps what was decided
    assert "表决同意接收柯思雨" in record["agenda"][-1]["text"]


LIFE = (
    "2026年1月12日上午，化学学院党委在化学楼501会议室召开领导班子民主生活会。"
    "学院院长冯启明主持会议。"
)


def test_the_teams_check_told_in_a_pronouns_sentence_after_an_account_is_its_own_item():
    record = parse_report(
        LIFE + "会上，学院党委书记韩书文首先就会前准备情况进行了汇报。"
        "接着，他在认真梳理工作的基础上，代表学院领导班子作对照检查发言。"
    )
    assert agenda(record) == [("报告", "韩书文"), ("发言", "韩书文")]


def test_the_teams_check_joined_to_an_account_by_bing_is_its_own_item():
    record = parse_report(
        LIFE
        + "会上，学院党委书记韩书文代表学院领导班子汇报了班子建设的具体工作并作领导班子对照检查材料。"
    )
    assert agenda(record) == [("报告", "韩书文"), ("发言", "韩书文")]


def test_the_team_examining_its_problems_is_a_remark_not_a_speech():
    record = parse_report(
        LIFE + "首先，学院党委书记韩书文代表学院领导班子检视问题，剖析原因，提出了今后的整改措施。"
    )
    assert agenda(record) == [("发言", "韩书文")]


# Guards: near-misses that must not change ---------------------------------------------------


def test_a_sponsors_remarks_on_the_candidate_stay_remarks():
    record = parse_report(ADMISSION + "入党介绍人苗一鸣介绍了柯思雨的培养考察情况。")
    assert agenda(record) == [("报告", "柯思雨"), ("发言", "苗一鸣")]


def test_the_meetings_own_discussion_before_a_vote_adds_no_exchange():
    record = parse_report(
        ADMISSION + "会议经讨论后进行无记名投票表决，同意接收柯思雨为中共预备党员。"
    )
    assert ("交流", None) not in agenda(record)


def test_a_discussion_that_passes_a_resolution_adds_no_exchange():
    record = parse_report(
        PROBATION + "与会党员讨论通过了支部决议，随后进行无记名投票，同意屈明哲按期转正。"
    )
    assert ("交流", None) not in agenda(record)


def test_a_discussion_and_a_vote_told_apart_are_not_told_twice():
    record = parse_report(
        PROBATION + "与会党员对屈明哲的转正申请进行了讨论。随后，与会党员进行无记名投票表决。"
    )
    assert agenda(record) == [("报告", "屈明哲"), ("交流", None), ("表决", None)]


def test_the_members_remarks_on_a_candidate_with_no_discussion_stay_remarks():
    record = parse_report(ADMISSION + "与会党员对柯思雨的现实表现发表了意见。")
    assert ("交流", None) not in agenda(record)


def test_an_account_of_last_years_problems_gets_no_check():
    record = parse_report(
        LIFE + "会上，学院党委书记韩书文代表党委班子通报了上一年度民主生活会检视问题和整改情况。"
    )
    assert agenda(record) == [("报告", "韩书文")]


def test_a_leaders_directions_on_the_teams_check_stay_a_speech():
    record = parse_report(
        LIFE + "学校党委副书记林嘉树代表校党委讲话，要求班子成员作深刻的对照检查。"
    )
    assert ("发言", "林嘉树") not in agenda(record)


def test_a_check_read_already_after_an_account_is_not_told_twice():
    record = parse_report(
        LIFE
        + "会上，学院党委书记韩书文就会前准备情况进行了汇报，并代表学院领导班子作对照检查发言。"
    )
    assert agenda(record) == [("报告", "韩书文"), ("发言", "韩书文")]
