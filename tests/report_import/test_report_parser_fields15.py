"""Fifteenth round, title and kind: where a meeting's name ends when 暨 pairs it with a second
name, a 扩大会议 cut at its own 会议, a headline's dash that parts the name from what the meeting
did, and the theory centre group under its short name (docs/report-parser.md, "Fifteenth round,
title, kind, date, venue, documents"). Our own sentences and invented names."""

import pytest

from report_import.parser import lead, parse_report

# 暨 joins a second name of the same meeting: the title keeps both.


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the second name ends in no meeting's word: it runs to the clause's end
        (
            "2025年1月14日上午，后勤管理处党支部召开了第四季度党员大会暨民主评议党员，全体党员参加。",
            "第四季度党员大会暨民主评议党员",
        ),
        (
            "2025年3月2日，档案馆党支部在北辰楼208召开2024年度组织生活会暨民主评议党员工作。",
            "2024年度组织生活会暨民主评议党员工作",
        ),
        # the second name ends where the place before the verb begins
        (
            "2025年1月9日下午，材料学院召开党委扩大会议暨2024年度党支部书记述职评议会"
            "在材料楼312会议室举行。",
            "党委扩大会议暨2024年度党支部书记述职评议会",
        ),
    ],
)
def test_a_second_name_joined_by_ji_stays_in_the_title(text, title):
    assert parse_report(text)["title"] == title


def test_a_second_name_ends_at_its_own_meeting_word():
    assert lead.meeting_name("党员大会暨党委扩大会议精神传达") == "党员大会暨党委扩大会议"


def test_a_pair_without_a_second_name_keeps_the_first():
    # "暨" followed by no name of two characters or more before a comma pairs nothing
    assert lead.meeting_name("支部大会暨") == "支部大会"


def test_an_enlarged_meeting_is_cut_at_its_meeting_word_not_the_plenary_inside_it():
    assert lead.meeting_name("党委扩大会议在学院312会议室举行") == "党委扩大会议"
    assert lead.meeting_name("全体党员大会在学院312会议室举行") == "全体党员大会"


# A dash in a headline parts the meeting's name from what the meeting did.


def test_a_headline_dash_parts_the_name_from_the_visit():
    text = (
        "化工学院第三党支部开展十月党日活动——参观红色展陈，重温入党初心\n\n"
        "2024年10月18日上午，化工学院第三党支部组织全体党员前往青山湖革命纪念馆参观。"
    )
    record = parse_report(text)
    assert record["title"] == "十月党日活动"
    assert record["kind"] == "主题党日"


def test_a_quoted_theme_after_the_dash_is_the_name_s_theme():
    assert lead.meeting_name("党日活动——“追寻初心，砥砺前行”") == "“追寻初心，砥砺前行”党日活动"


def test_a_dash_after_no_meeting_word_cuts_nothing():
    text = "自我批评——支部召开民主生活会"
    assert lead.meeting_name(text) == text


# The theory centre group under its short name (理论中心组) studies.


@pytest.mark.parametrize(
    "text",
    [
        "2025年5月12日下午，外语学院在逸夫楼405召开理论中心组扩大会议。",
        "2025年5月12日下午，外语学院党委在逸夫楼405召开理论中心组会议。",
    ],
)
def test_the_theory_centre_group_s_meeting_under_its_short_name_is_its_study(text):
    assert parse_report(text)["kind"] == "理论学习中心组学习"


# A work watched in its clause is shown, not read, whatever it is called.


@pytest.mark.parametrize(
    "text",
    [
        "2025年9月3日，文学院教工党支部召开党员大会，组织全体党员观看了革命历史题材电视剧《星火长歌》第一集。",
        "2025年9月3日，文学院教工党支部召开党员大会，收看了校微党课比赛的一等奖作品《灯下》。",
        "2025年9月3日，文学院教工党支部召开党员大会，全体党员共同学习了视频材料《百年党史十讲》。",
    ],
)
def test_a_work_watched_in_its_clause_is_no_document(text):
    assert parse_report(text)["documents"] == []


def test_a_paper_studied_after_the_viewing_is_still_a_document():
    text = (
        "2025年9月3日，文学院教工党支部召开党员大会，观看了警示教育片，"
        "随后学习了《中国共产党纪律处分条例》。"
    )
    assert parse_report(text)["documents"] == ["中国共产党纪律处分条例"]


# A convener named by no Party body leaves the body the meeting's own name names.


@pytest.mark.parametrize(
    "text",
    [
        "2025年12月4日下午，我院在综合楼510召开了数学学院党总支会议，我院全体党员出席会议。",
        "2025年4月9日，档案馆在一楼会议室召开了党支部换届后的第一次全体党员学习大会，"
        "档案馆全体党员参加会议。",
    ],
)
def test_a_body_named_in_the_meeting_s_name_met_with_all_its_members(text):
    assert parse_report(text)["kind"] == "支部党员大会"


def test_a_meeting_of_a_body_s_secretaries_is_no_members_meeting():
    text = "2025年4月9日，学校在行政楼205召开党支部书记会议，全体党员参加会议。"
    assert parse_report(text)["kind"] != "支部党员大会"
