"""The agenda on the sixth round's patterns, found across all five field sets (docs/report-parser.md,
"Sixth round, agenda"): the members' discussion, a visit or film no one leads, a step told after
随后 in mid-sentence, the members' rating, a vote told by its outcome, members named as a group.
Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

BRANCH = "3月18日下午，化学学院教工第二党支部召开支部党员大会，会议由支部书记林晓峰主持。"
REPORTED = BRANCH + "会上，林晓峰作了支部工作报告。"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("随后，党员们围绕学习内容展开了热烈讨论。", "交流"),  # settled kinds (round 15)
        ("随后，同志们就支部建设中的难点进行了热议。", "发言"),
        ("随后，全体党员教师结合工作实际，围绕学习内容展开了研讨和交流。", "交流"),
        # the floor open to all is the crowd's round, 交流 (settled in session 12: the settled
        # table's first row, as every field gold with it files it; this test asserted 发言)
        ("随后，大家各抒己见，畅所欲言。", "交流"),
    ],
)
def test_the_members_discussion_is_their_turn(body, kind):
    assert agenda(parse_report(REPORTED + body)) == [("报告", "林晓峰"), (kind, None)]


def test_the_meetings_own_discussion_is_no_ones_speech():
    r = parse_report(REPORTED + "会议就下一步工作进行了积极讨论。")
    assert agenda(r) == [("报告", "林晓峰")]


def test_a_discussion_that_ends_in_a_decision_stays_the_meetings_step():
    r = parse_report(REPORTED + "经过热烈讨论，最终确定了支委分工。")
    assert agenda(r) == [("报告", "林晓峰"), ("其他", None)]


def test_members_who_sum_up_in_turn_and_criticise_themselves_give_one_fayan():
    r = parse_report(REPORTED + "最后，支部全体党员轮流做个人小结，互相提出批评意见。")
    assert agenda(r) == [("报告", "林晓峰"), ("发言", None)]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("随后，支部党员围绕学习体会开展了交流研讨。", "交流"),
        # 踊跃发言 as the crowd's round is 交流 (settled in session 12, as above; was 发言)
        ("随后，各位党员踊跃发言，为支部建设出谋划策。", "交流"),
        ("随后，支部各党员都发表了学习感受。", "交流"),
        ("随后，各培养人依次发言，补充积极分子的表现。", "发言"),
    ],
)
def test_members_named_as_a_group_speak_as_one_item(body, kind):
    assert agenda(parse_report(REPORTED + body)) == [("报告", "林晓峰"), (kind, None)]


def test_two_named_members_who_talk_about_what_they_learned_speak_in_turn():
    r = parse_report(REPORTED + "罗文彬同志和宋佳怡同志围绕师德师风，联系本职工作谈了心得。")
    assert agenda(r) == [("报告", "林晓峰"), ("交流", "罗文彬"), ("交流", "宋佳怡")]


@pytest.mark.parametrize(
    "body", ["全体党员有序参观了校史馆。", "会上，观看了警示教育片。", "全体党员瞻仰了烈士纪念碑。"]
)
def test_a_visit_or_a_film_no_one_leads_is_the_members_own_step(body):
    assert agenda(parse_report(BRANCH + body)) == [("其他", None)]


def test_a_visit_led_by_someone_is_their_step_as_the_settled_table_files_it():
    r = parse_report(BRANCH + "林晓峰带领大家观看了纪录片《信仰》。")
    assert agenda(r) == [("其他", "林晓峰")]


def test_a_step_told_after_suihou_in_mid_sentence_is_an_act_of_its_own_not_led_by_the_leader():
    r = parse_report(
        BRANCH + "首先，全体党员在林晓峰的领誓下重温入党誓词，随后统一交纳了本月党费。"
    )
    assert agenda(r) == [("其他", "林晓峰"), ("其他", None)]


def test_a_speakers_own_next_act_after_suihou_stays_theirs():
    r = parse_report(
        BRANCH + "会上，林晓峰代表支部作工作报告，随后带头作自我批评，"
        "支委和党员们依次开展相互批评与自我批评。"
    )
    assert agenda(r) == [("报告", "林晓峰"), ("发言", "林晓峰"), ("发言", None)]


@pytest.mark.parametrize(
    "body",
    [
        "接着开展党员民主评议，大家填写民主测评表。",
        "随后，到会党员逐一填写了《党员民主评议测评表》。",
        "经过民主测评，评定出优秀党员3名。",
    ],
)
def test_the_members_rating_opening_a_sentence_is_one_step_not_the_speakers_words(body):
    assert agenda(parse_report(REPORTED + body)) == [("报告", "林晓峰"), ("其他", None)]


def test_a_rating_named_inside_a_documents_title_is_no_step():
    r = parse_report(
        REPORTED + "会上还传达了《关于认真开展民主评议党员的通知》，要求各支部抓好落实。"
    )
    assert [kind for kind, _ in agenda(r)] == ["报告", "传达"]


@pytest.mark.parametrize(
    "body",
    [
        "经表决，支部大会一致同意接收两名同志为预备党员。",
        "经支部大会研究，全票通过把三名同学列为发展对象。",
        "首先，按照学院党委批复的人选，等额选举产生支部书记。",
        "随后，经过无记名投票，选出了新一届支委会委员三名。",
        "随后由全体正式党员投票，通过两名同学成为预备党员的决定。",
    ],
)
def test_a_vote_told_by_its_outcome_is_a_vote(body):
    assert agenda(parse_report(REPORTED + body)) == [("报告", "林晓峰"), ("表决", None)]


def test_the_votes_result_told_in_the_next_sentence_stays_with_the_vote():
    r = parse_report(
        REPORTED + "最后，由有表决权的党员进行无记名投票表决。投票表决结果显示两名同志全票当选。"
    )
    assert agenda(r) == [("报告", "林晓峰"), ("表决", None)]


def test_choosing_outstanding_members_after_a_rating_is_no_vote():
    r = parse_report(REPORTED + "最后，全体党员开展民主评议，评选出两名优秀党员。")
    assert agenda(r) == [("报告", "林晓峰"), ("其他", None)]


def test_a_meeting_held_after_the_organisation_life_meeting_is_another_meeting():
    r = parse_report(
        "3月27日，校团委党支部召开2024年度组织生活会，支部书记马晴主持。"
        "会上，马晴代表支部汇报了年度工作。"
        "生活会结束后，支部接着召开民主评议党员大会，逐一开展了民主评议。"
    )
    assert agenda(r) == [("报告", "马晴")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议组织与会党员系统学习了党的二十届三中全会精神。", ("学习", None)),
        ("随后，支部组织了一次专题学习。", ("学习", None)),
        ("会上组织观看了一部廉政警示片。", ("其他", None)),
        ("林晓峰组织支部成员观看了纪录片《信仰》。", ("其他", "林晓峰")),  # a film: 其他
    ],
)
def test_a_study_or_film_someone_organises_is_that_study(body, expected):
    assert agenda(parse_report(BRANCH + body)) == [expected]


def test_organised_in_praise_of_a_meeting_is_no_study():
    r = parse_report(REPORTED + "他认为这次学习安排周密、组织有序、研讨热烈。")
    assert agenda(r) == [("报告", "林晓峰")]
