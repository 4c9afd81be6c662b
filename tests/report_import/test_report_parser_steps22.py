"""The twenty-second round's part on the meeting's own steps (docs/report-parser.md, "Twenty-second
round, steps"): guidance (辅导) is explaining (解读) outside a 党课; a ballot that rates is the
members' step (其他, settled in session 13), one that admits, elects or adopts a vote (表决); a 传达
joined by 并 to a named person's act, or after an unnamed act, is an item of its own. Every
sentence here is our own, with invented names.
"""

from report_import.parser import parse_report

from .records import agenda

STUDY = (
    "2026年4月9日下午，化学学院党委理论学习中心组在化学楼302会议室开展集体学习，学院党委书记"
    "严墨林主持会议。"
)
BRANCH = (
    "2026年1月14日下午，材料学院金属材料党支部在材料楼205会议室召开支部党员大会，支部书记"
    "唐映秋主持会议，支部全体党员参加会议。"
)
LECTURE = "2026年6月3日下午，材料学院党委在材料楼101报告厅举办专题党课。"


def _kinds(record):
    return [kind for kind, _ in agenda(record)]


# Guidance is explaining (解读) ------------------------------------------------------------


def test_a_guidance_lecture_is_explaining():
    r = parse_report(STUDY + "会议邀请校党委宣传部部长邵静岚作专题辅导报告。")
    assert ("解读", "邵静岚") in agenda(r)


def test_guidance_on_a_titled_text_is_explaining():
    r = parse_report(STUDY + "会议邀请学院教授卢听澜作《新质生产力的理论逻辑》专题辅导。")
    assert ("解读", "卢听澜") in agenda(r)


def test_guidance_at_a_party_lecture_stays_the_lecture():
    r = parse_report(LECTURE + "学院党委副书记宁素秋为学生党员作了专题辅导。")
    assert ("报告", "宁素秋") in agenda(r)


def test_a_named_lecture_after_guidance_words_stays_a_lecture():  # guard: 辅导讲座
    r = parse_report(STUDY + "会议邀请校党校讲师江映雪作党纪学习教育辅导讲座。")
    assert ("报告", "江映雪") in agenda(r)


def test_a_plain_report_stays_a_report():  # guard
    r = parse_report(STUDY + "学院党委副书记柯闻远作学院上半年党建工作报告。")
    assert ("报告", "柯闻远") in agenda(r)


# A ballot that rates is the members' step ----------------------------------------------


def test_a_ballot_rating_the_members_is_their_step():
    r = parse_report(BRANCH + "最后，全体党员按照测评表的要求，进行了无记名投票测评。")
    assert _kinds(r)[-1] == "其他"
    assert "表决" not in _kinds(r)


def test_members_reviewed_by_ballot_is_their_step():
    r = parse_report(BRANCH + "会后，各位党员同志采取了无记名投票方式进行了民主评议党员。")
    assert _kinds(r) == ["其他"]


def test_a_grade_settled_by_ballot_is_a_step():
    r = parse_report(BRANCH + "最后，会议通过无记名投票评定了每位党员的年度考核等次。")
    assert _kinds(r) == ["其他"]


def test_a_ballot_that_admits_is_a_vote():  # guard
    r = parse_report(BRANCH + "全体党员进行无记名投票，一致同意接收钟禾为中共预备党员。")
    assert _kinds(r) == ["表决"]


def test_a_ballot_that_elects_is_a_vote():  # guard
    r = parse_report(BRANCH + "全体党员进行了无记名投票，选举产生了新一届支部委员会。")
    assert _kinds(r) == ["表决"]


# A 传达 is an act of its own ------------------------------------------------------------


def test_passing_on_joined_to_an_account_is_its_own_item():
    r = parse_report(
        STUDY
        + "随后，学院党委副书记柯闻远通报了学院上半年党建工作情况，并传达了学校党建工作推进会精神。"
    )
    assert agenda(r) == [("报告", "柯闻远"), ("传达", "柯闻远")]


def test_passing_on_after_the_meeting_s_study_is_its_own_item():
    r = parse_report(
        BRANCH + "会议首先集中学习了《中国共产党纪律处分条例》，同时传达了学校党建工作会议精神。"
    )
    assert _kinds(r) == ["学习", "传达"]


def test_a_voice_that_conveys_is_no_passing_on():  # guard: 传达出
    r = parse_report(
        BRANCH + "支部书记唐映秋带领全体党员面向党旗庄严宣誓，铿锵有力的声音传达出了党员的使命感。"
    )
    assert "传达" not in _kinds(r)


def test_passing_on_without_a_joiner_after_a_named_act_goes_on():  # guard
    r = parse_report(
        STUDY + "学院团委书记黎青对本学期团学工作进行部署，对学校社团工作要求进行了传达。"
    )
    assert "传达" not in _kinds(r)


# The vote a discussion ends in -----------------------------------------------------------


def test_a_ballot_after_the_members_discussion_is_a_vote():
    r = parse_report(
        BRANCH + "与会党员对钟禾同志能否入党进行了讨论，全体与会党员通过无记名投票，"
        "最终同意接收钟禾为预备党员。"
    )
    assert _kinds(r)[-1] == "表决"


def test_a_vote_after_opinions_voiced_is_a_vote():
    r = parse_report(
        BRANCH
        + "与会正式党员充分讨论发表意见后进行无记名投票，表决一致同意吸收钟禾为中共预备党员。"
    )
    assert _kinds(r).count("表决") == 1


def test_a_vote_read_in_the_sentence_is_not_read_twice():  # guard
    r = parse_report(
        BRANCH + "与会党员纷纷发表意见，随后，全体党员进行了无记名投票，一致同意钟禾转为正式党员。"
    )
    assert _kinds(r).count("表决") == 1


def test_a_discussion_without_a_vote_has_none():  # guard
    r = parse_report(BRANCH + "与会党员对钟禾同志的入党申请进行了讨论，大家认为其条件基本成熟。")
    assert "表决" not in _kinds(r)
