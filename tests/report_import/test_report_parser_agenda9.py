"""The agenda and documents on the ninth round's patterns, found across the eight field sets
(docs/report-parser.md, "Ninth round, agenda"): what a report tells beside the meeting (another
body's meeting, the writer's comment, a crowd), films and songs, accounts handed in on paper, the
members' talk told as a noun, points after a semicolon, speakers who report to the meeting.
Every sentence here is our own, with invented names.
"""

import pytest

from report_import.parser import parse_report

from .records import agenda

STUDY = (
    "11月3日上午，化学学院党委召开理论学习中心组学习会。会议由学院党委书记韩立新主持，"
    "中心组成员参加会议。"
)
BRANCH = (
    "6月20日下午，历史学院教工党支部开展主题党日活动。活动由支部书记苏晴主持，支部全体党员参加。"
)
REVIEW = (
    "1月12日上午，物理学院党委召开党支部书记抓党建工作述职评议会。会议由学院党委书记郑远航主持。"
)
LIFE = "12月18日下午，法学院学生党支部召开年度组织生活会。会议由支部书记田野主持，支部全体党员参加会议。"
MEETING = (
    "11月20日下午，音乐学院学生党支部召开支部党员大会。会议由支部书记魏然主持，支部全体党员参加。"
)


# Another body's meeting, told as background -------------------------------------------------


@pytest.mark.parametrize(
    "background",
    [
        "10月中旬，党的二十届四中全会在北京召开，全会审议通过了《关于加强基层治理的决定》。",
        "中国共产党第二十届中央委员会第三次全体会议于7月举行，全会听取了中央政治局的工作报告。",
    ],
)
def test_a_national_plenum_told_as_background_is_no_vote_and_its_text_no_document(background):
    r = parse_report(STUDY + background + "会上，学院党委副书记方圆领学了全会公报。")
    assert agenda(r) == [("学习", "方圆")]
    assert r["documents"] == []


def test_what_the_plenum_adopted_named_again_in_its_own_sentence_is_no_vote():
    r = parse_report(
        STUDY + "韩立新在讲话中指出，党的二十届四中全会意义重大。"
        "全会审议通过的《决定》，对推进改革作出了全面部署。"
    )
    assert agenda(r) == [("讲话", "韩立新")]
    assert r["documents"] == []


def test_a_plenum_that_is_the_meeting_itself_still_adopts_its_texts():
    r = parse_report(
        "1月8日上午，材料学院党委召开第二届委员会第五次全体会议。会议由学院党委书记白洁主持。"
        "全会审议通过了《学院党委2025年工作要点》。"
    )
    assert ("表决", None) in agenda(r)
    assert r["documents"] == ["学院党委2025年工作要点"]


# The writer's comment and a crowd ------------------------------------------------------------


def test_the_writer_s_closing_comment_is_no_item_even_with_a_verb_of_urging():
    r = parse_report(
        LIFE + "田野代表支部委员会报告了一年来的工作。"
        "通过此次会议，支部党员统一了思想，支部将按照学院党委提出的要求抓好整改。"
    )
    assert agenda(r) == [("报告", "田野")]


@pytest.mark.parametrize("crowd", ["师生们", "与会师生们", "大家"])
def test_a_crowd_that_says_something_at_the_end_is_no_speaker(crowd):
    r = parse_report(BRANCH + f"苏晴为大家讲授专题党课。{crowd}表示，要把学习成果转化为工作动力。")
    assert agenda(r) == [("报告", "苏晴")]


# Films, videos, songs and poems ---------------------------------------------------------------


@pytest.mark.parametrize(
    "shown",
    [
        "随后，全体党员观看了警示教育片《迷途之痛》。",
        "随后，全体党员在线观看《红色足迹》视频。",
        "随后，全体党员观看了纪录片《大河之北》。",
    ],
)
def test_a_film_or_video_watched_is_the_members_step_and_no_document(shown):
    r = parse_report(BRANCH + "苏晴带领全体党员学习了《中国共产党章程》。" + shown)
    assert agenda(r) == [("学习", "苏晴"), ("其他", None)]
    assert r["documents"] == ["中国共产党章程"]


def test_songs_named_one_after_another_as_pieces_of_music_are_no_documents():
    r = parse_report(
        BRANCH + "苏晴结合《黄河大合唱》中《保卫黄河》《黄水谣》等经典曲目讲授专题党课。"
    )
    assert r["documents"] == []


def test_a_poem_the_lecturer_wrote_is_no_document_but_the_lecture_title_is():
    r = parse_report(
        BRANCH + "苏晴以《从诗词里读初心》为题讲授专题党课，她首先以自己填的词《忆秦娥·春晓》开篇。"
    )
    assert r["documents"] == ["从诗词里读初心"]


# Accounts handed in on paper ------------------------------------------------------------------


@pytest.mark.parametrize(
    "on_paper",
    [
        "其余5名党支部书记提交了书面述职报告。",
        "其余5名党支部书记采取书面述职的方式。",
        "学院机关党支部书记作了书面述职。",
    ],
)
def test_accounts_handed_in_on_paper_are_the_others_step_without_a_speaker(on_paper):
    r = parse_report(REVIEW + "会上，教工党支部书记孔祥瑞作述职报告。" + on_paper)
    assert agenda(r) == [("述职", "孔祥瑞"), ("其他", None)]


def test_a_review_held_partly_on_paper_is_no_step_of_its_own():
    r = parse_report(
        REVIEW + "会议采取现场述职与书面述职相结合的方式进行。教工党支部书记孔祥瑞作述职报告。"
    )
    assert ("其他", None) not in agenda(r)


# The members' talk told as a noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("talk", "kind"),
    [
        ("随后，与会党员围绕纪律建设进行了热烈的讨论。", "交流"),  # settled kinds
        ("随后，由党小组成员进行心得分享。", "交流"),  # an exchange (settled kinds)
        (
            "随后，支部成员坦诚相见、积极发言，围绕理想信念查找差距，并开展了批评与自我批评。",
            "发言",
        ),
    ],
)
def test_the_members_talk_told_as_a_noun_is_their_turn(talk, kind):
    r = parse_report(LIFE + "田野代表支部委员会报告了一年来的工作。" + talk)
    assert agenda(r) == [("报告", "田野"), (kind, None)]


def test_the_meeting_s_own_discussion_is_still_no_one_s_speech():
    r = parse_report(LIFE + "田野代表支部委员会报告了一年来的工作。会议进行了充分的讨论。")
    assert agenda(r) == [("报告", "田野")]


# Points after a semicolon ----------------------------------------------------------------------------


def test_a_point_after_a_semicolon_goes_on_with_the_speaker_s_words():
    r = parse_report(
        STUDY + "\n韩立新指出，要把学习两会精神作为重要政治任务。\n"
        "韩立新强调，要领会精神实质；深刻学习领会政府工作报告对教育工作的部署。"
    )
    assert agenda(r) == [("讲话", "韩立新")]


def test_a_new_speaker_after_a_semicolon_still_speaks():
    r = parse_report(
        STUDY
        + "韩立新指出，要把学习两会精神作为重要政治任务；学院党委副书记方圆传达了全国两会精神。"
    )
    assert agenda(r) == [("讲话", "韩立新"), ("传达", "方圆")]


# Speakers who report to the meeting -----------------------------------------------------------------


def test_a_role_that_reports_to_the_meeting_speaks_unnamed_and_is_no_attendee():
    r = parse_report(MEETING + "随后，发展对象向大会汇报了自己的思想和学习情况。")
    assert agenda(r) == [("报告", None)]
    assert [a["name"] for a in r["attendees"]] == ["魏然"]


def test_the_secretary_who_reports_the_headcount_to_the_meeting_opens_it():
    r = parse_report(MEETING + "会议开始，首先由支部书记向大会汇报与会人数及会议议程。")
    assert agenda(r) == [("主持", "魏然")]
