"""The report parser on the patterns of the third field set (docs/report-parser.md, "The third
field set"): kinds named by the meeting written first, years a report gives only through its
content, a 日 the page lost, the team's account. Every sentence here is our own."""

import pytest

from report_import.parser import parse_report, parse_report_with_trace

from .records import agenda, attendee

# ---------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        # the meeting named first decides
        ("4月8日，美术学院教工党支部召开书记讲党课全体党员大会。", "党课"),
        ("1月5日，美术学院教工党支部召开党员大会暨民主生活会。", "支部党员大会"),
        # the members admit, confirm or elect
        ("12月9日，护理学院学生党支部召开学生党员接收及转正大会。", "支部党员大会"),
        ("9月2日，机关党支部举行支部委员会换届选举大会。", "支部党员大会"),
        ("1月8日，学生党支部召开2023年下半年学生党员发展预审会。", "支部党员大会"),
        # a lecture to members called a 报告会
        ("11月23日，学校举行学生党员学习贯彻党的二十大精神报告会。", "党课"),
        # cadres' yearly appraisal, with their 述职
        ("1月9日，学院召开处级干部年度考核大会。", "述职评议会"),
    ],
)
def test_kinds_named_by_the_meeting_written_first(lead, kind):
    assert parse_report(lead)["kind"] == kind


def test_a_study_meeting_attended_by_the_theory_group_is_its_study():
    r = parse_report(
        "3月14日上午，文法学院党委召开专题学习研讨会。"
        "会议由学院党委书记严柏青主持，学院党委理论学习中心组全体成员参加。"
    )
    assert r["kind"] == "理论学习中心组学习"


def test_a_meeting_whose_attendees_are_the_theory_group_but_which_is_no_study_keeps_its_kind():
    r = parse_report("3月9日，学校召开民主生活会情况通报会。党委理论学习中心组全体成员参加。")
    assert r["kind"] == "其他"


def test_a_verb_inside_a_notice_s_name_convenes_nothing():
    r = parse_report(
        "根据学院《关于召开2022年度民主生活会和开展组织生活会的通知》，3月9日，"
        "机关第一党支部在行政楼402室召开支部组织生活会。"
    )
    assert (r["title"], r["kind"]) == ("支部组织生活会", "组织生活会")


def test_a_quoted_theme_keeps_its_commas_in_the_title():
    r = parse_report("11月18日，图书馆党支部开展“学思践悟二十大，奋进新征程”主题党日活动。")
    assert (r["title"], r["kind"]) == ("“学思践悟二十大，奋进新征程”主题党日活动", "主题党日")


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # studying the 20th congress: that autumn, or the next year before its anniversary
        ("11月23日晚，学校举行学生党员学习贯彻党的二十大精神报告会。", "2022-11-23"),
        ("3月15日，化学系党支部召开组织生活会，交流学习党的二十大报告的体会。", "2023-03-15"),
    ],
)
def test_year_from_studying_the_twentieth_congress(text, date):
    record, trace = parse_report_with_trace(text)
    assert record["date"] == date
    assert trace["year"]["source"] == "event"


def test_year_of_a_second_half_year_meeting_held_in_january():
    record, trace = parse_report_with_trace(
        "1月8日，学生党支部召开2023年下半年学生党员发展预审会。"
    )
    assert (record["date"], trace["year"]["source"]) == ("2024-01-08", "title")


def test_a_date_whose_day_character_was_lost_before_the_time_of_day():
    r = parse_report("1月17上午，外国语学院党委召开2023年度党支部书记述职评议会。")
    assert (r["date"], r["time"]) == ("2024-01-17", "上午")


def test_a_meeting_over_two_evenings_takes_the_first():
    r = parse_report("2021年9月15日和16日晚，文学院党委书记在文学楼201报告厅讲党课。")
    assert (r["date"], r["time"]) == ("2021-09-15", "晚上")


# ---------------------------------------------------------------- agenda and people


def test_the_account_given_for_the_branch_is_a_report_and_own_self_criticism_a_speech():
    r = parse_report(
        "3月27日，校团委党支部召开2022年度组织生活会。"
        "会上，支部书记马景惠代表党支部汇报了2022年支部工作，并带头开展自我批评。"
        "组织委员田语参照会前征求的意见，作了对照检查。"
    )
    assert agenda(r) == [("报告", "马景惠"), ("发言", "马景惠"), ("发言", "田语")]


def test_an_account_for_the_outgoing_committee_is_a_report():
    r = parse_report(
        "9月2日，机关党支部举行支部委员会换届选举大会，支部书记翁琳源主持。"
        "翁琳源代表上届支部委员会进行汇报，介绍了支部工作。"
    )
    assert agenda(r)[0] == ("报告", "翁琳源")


def test_who_invited_a_lecturer_is_not_part_of_the_lecturer_s_title():
    r = parse_report(
        "11月23日晚，学校举行学生党员报告会。此次报告会邀请马克思主义学院副教授张杰作专题报告。"
    )
    assert attendee(r, "张杰")["titles"] == ["马克思主义学院副教授"]


@pytest.mark.parametrize(
    "text",
    [
        "3月9日，学校召开组织工作会议。会议传达了关于在党员中深入开展学习教育的通知。",
        "1月9日，学院召开述职评议会。各书记从存在的问题、改进措施等方面依次进行了述职。",
    ],
)
def test_a_zai_inside_a_word_introduces_no_venue(text):
    assert parse_report(text)["venue"] is None


def test_a_chair_written_with_tongzhi_after_the_name_chairs():
    r = parse_report(
        "3月23日，系党委理论中心组开展2023年第2次集体学习。系党委副书记王浩同志主持学习。"
    )
    assert r["chairs"] == ["王浩"]
    assert attendee(r, "王浩")["titles"] == ["系党委副书记"]


@pytest.mark.parametrize(
    ("lead", "name", "titles"),
    [
        ("校党委常委、副校长王世敏参会指导。", "王世敏", ["校党委常委", "副校长"]),
        ("学校督导组王东与会指导。", "王东", ["学校督导组"]),
        ("校党委常委、副校长陆为群巡学旁听。", "陆为群", ["校党委常委", "副校长"]),
        # a post written after the name is the title
        ("会议邀请了徐伟副校长到会指导。", "徐伟", ["副校长"]),
    ],
)
def test_those_who_come_to_guide_sit_in(lead, name, titles):
    r = parse_report("2月24日下午，艺术学院召开2022年度领导班子民主生活会。" + lead)
    assert attendee(r, name) == {"name": name, "titles": titles, "role": "列席"}


def test_an_account_and_the_team_s_self_examination_in_one_sentence_are_two_acts():
    r = parse_report(
        "2月24日，艺术学院召开2022年度领导班子民主生活会，院党委书记叶秀娟主持。"
        "会上，叶秀娟汇报了上次民主生活会整改落实情况，并代表学院领导班子作对照检查。"
    )
    assert agenda(r) == [("报告", "叶秀娟"), ("发言", "叶秀娟")]  # the settled table: two acts
    assert [a["name"] for a in r["attendees"]] == ["叶秀娟"]


def test_a_surname_and_post_is_the_person_named_with_both_and_xiangji_is_no_name():
    r = parse_report(
        "1月9日，资源学院召开处级干部考核大会。校党委组织部部长苏喜军、教务处处长刘法贵参加会议。"
        "苏部长传达了学校考核工作安排。随后，学院班子成员相继进行年度工作述职。"
    )
    assert agenda(r) == [("传达", "苏喜军"), ("述职", None)]


@pytest.mark.parametrize(
    "body",
    [
        "教工党支部书记和学生党支部书记分别围绕支部建设、党员教育等方面进行了全面汇报。",
        # told again right after: still one act
        "各党支部书记围绕年度履职情况进行了全面汇报。述职过程中，各支部深入查摆了不足。",
    ],
)
def test_the_secretaries_account_at_a_review_meeting_is_their_review(body):
    r = parse_report("12月31日下午，学院党委召开2024年度党支部书记抓党建工作述职评议会。" + body)
    assert agenda(r) == [("述职", None)]


def test_an_online_meeting_s_platform_is_its_venue():
    r = parse_report("12月30日上午，统战部党支部以腾讯会议的形式开展了12月份主题党日活动。")
    assert r["venue"] == "腾讯会议"


def test_steps_told_with_a_bare_verb_after_by_and_a_count():
    r = parse_report(
        "3月5日，心理学院学生党支部召开发展党员大会。首先，由十六名发展对象汇报入党动机等情况。"
        "其次，入党介绍人介绍发展对象有关情况。接下来，组织委员常婉娇代表支部委员会向支部大会报告审查情况。"
    )
    assert agenda(r) == [("报告", None), ("发言", None), ("报告", "常婉娇")]


def test_a_supervisor_s_opening_requirements_are_a_speech_and_the_review_after_a_review():
    r = parse_report(
        "1月10日，法学院召开2022年度领导班子民主生活会。学校督导组王东老师与会指导。"
        "会议由学院党委书记张永华主持。会议伊始，督导组王东对民主生活会提出了三方面要求。"
        "随后张永华书记对准备情况作了汇报，并代表班子进行对照检查，带头开展自我批评。"
        "王东老师对民主生活会进行了点评。"
    )
    assert agenda(r) == [("讲话", "王东"), ("报告", "张永华"), ("发言", "张永华"), ("点评", "王东")]
