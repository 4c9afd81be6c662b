"""The report parser on title, kind, date, venue and attendees, fifth round: rules drawn from the
causes of field set 4's errors (docs/report-parser.md, "Fifth round"). Every sentence here is our
own, with invented names; each rule is tried on a variant it must also handle."""

import pytest

from report_import.parser import parse_report

from .records import attendee

# ---------------------------------------------------------------- headline and titles

NAVIGATION = "首页\n学院概况\n党建工作\n当前位置：首页 >> 党建工作 >> 正文\n"


def test_a_headline_after_the_page_s_navigation_yields_to_the_body_s_fuller_name_and_venue():
    text = (
        NAVIGATION + "物理学院第二党支部开展4月主题党日活动\n发布时间：2024-04-20\n"
        "4月18日，物理学院第二党支部在理科楼502开展2024年4月主题党日活动。"
        "支部书记韩立群主持，全体党员参加。"
    )
    record = parse_report(text)
    assert record["title"] == "2024年4月主题党日活动"
    assert record["venue"] == "理科楼502"


def test_a_headline_without_navigation_still_gives_way_to_the_body():
    text = (
        "数学学院党委召开组织生活会\n"
        "3月9日，数学学院党委在文理楼301召开2023年度组织生活会暨民主评议党员大会。"
    )
    assert parse_report(text)["title"] == "2023年度组织生活会暨民主评议党员大会"


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the theme told after the name, behind a dash
        (
            "5月4日，外语学院学生党支部赴烈士陵园开展党日活动——“追寻足迹，不负韶华”。",
            "“追寻足迹，不负韶华”党日活动",
        ),
        # "“…”为主题的党日活动" without 以 before the theme
        (
            "5月4日，外语学院学生党支部举行了“青春心向党”为主题的党日活动。",
            "“青春心向党”主题党日活动",
        ),
        # and with it, as before
        (
            "5月4日，外语学院学生党支部开展以“青春心向党”为主题的党日活动。",
            "“青春心向党”主题党日活动",
        ),
    ],
)
def test_a_party_day_named_by_its_theme_is_titled_theme_first(lead, title):
    assert parse_report(lead)["title"] == title


def test_a_quoted_theme_keeps_its_commas_as_written():
    text = "6月2日，机电学院教工党支部开展“守初心,担使命”主题党日活动，全体党员参加。"
    assert parse_report(text)["title"] == "“守初心,担使命”主题党日活动"
    # a comma outside quotes still separates clauses
    other = "6月2日,机电学院教工党支部开展“守初心，担使命”主题党日活动,全体党员参加。"
    assert parse_report(other)["title"] == "“守初心，担使命”主题党日活动"


@pytest.mark.parametrize(
    "lead",
    [
        "3月20日，我院在B204会议室召开化工学院2024年全面从严治党工作会议。",
        "3月20日，学院召开北岭大学化工学院2024年全面从严治党工作会议。",
    ],
)
def test_the_convening_college_before_the_year_is_not_part_of_the_title(lead):
    assert parse_report(lead)["title"] == "2024年全面从严治党工作会议"


def test_a_special_reading_class_is_the_name_of_a_centre_group_s_study():
    text = (
        "10月9日下午，学校党委理论学习中心组（扩大）学习会暨学习贯彻全会精神专题读书班"
        "在图书馆报告厅举行。校党委书记严立新主持会议。"
    )
    record = parse_report(text)
    assert record["title"] == "党委理论学习中心组（扩大）学习会暨学习贯彻全会精神专题读书班"
    assert record["kind"] == "理论学习中心组学习"


def test_a_centre_group_s_study_with_a_topic_of_its_own_is_named_with_the_group():
    # settled in session 13: a centre group's study begins with the group, topic or not (this
    # test named it without the group before)
    text = "6月3日，历史学院党委理论学习中心组在文科楼210开展党章专题学习会。"
    record = parse_report(text)
    assert record["title"] == "党委理论学习中心组党章专题学习会"
    assert record["kind"] == "理论学习中心组学习"
    assert record["host"] == "历史学院党委"
    # a numbered session without a topic keeps the group in its name
    plain = parse_report("6月3日，历史学院党委理论学习中心组举行2023年第5次集体学习。")
    assert plain["title"] == "党委理论学习中心组2023年第5次集体学习"


# ---------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("5月9日，后勤党委召开党纪学习教育专题辅导大会。", "党课"),
        ("5月9日，艺术学院举办“学党章、守党纪”专题讲座，全体党员教师参加。", "党课"),
        # a 警示教育大会 is a meeting of its own name …
        ("3月25日，学校召开“3·25”警示教育大会。", "其他"),
        # … unless its name also makes it the yearly work meeting
        ("3月25日，学校召开党风廉政建设暨警示教育大会。", "全面从严治党工作会议"),
        # a committee's (enlarged) meeting is not the work it deploys: its plenary (其他 until
        # the seventeenth round)
        ("9月1日，法学院召开党委（扩大）会议，部署新学期党建工作。", "党委全委会"),
        ("9月1日，法学院召开党委扩大会议，部署新学期党风廉政建设工作。", "党委全委会"),
        # a party committee vets candidates at its own meeting, a branch at its members'
        ("10月12日，土木学院党委2024年秋季党员发展预审会在明德楼召开。", "党委全委会"),
        ("10月12日，土木学院学生党支部召开2024年秋季党员发展预审会。", "支部党员大会"),
    ],
)
def test_kinds_decided_by_the_meeting_s_own_name(lead, kind):
    assert parse_report(lead)["kind"] == kind


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a later meeting looks back on last year's review: the campaign dates it
        (
            "8月22日，学院班子召开学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会，"
            "对照2022年度民主生活会整改事项逐项检视。",
            "2023-08-22",
        ),
        # a yearly review early in the year is still the next year's
        ("2月27日，学院党委召开2022年度组织生活会。", "2023-02-27"),
        ("5月6日，学院党委召开会议，部署党的群众路线教育实践活动。", "2013-05-06"),
        ("4月11日，学院举办新修订的《中国共产党纪律处分条例》专题讲座。", "2024-04-11"),
        (
            "3月30日，学校召开警示教育大会，传达二十届中央纪委三次全会精神，"
            "重温1949年3月23日“进京赶考”的历史。",
            "2024-03-30",
        ),
    ],
)
def test_a_year_not_written_with_the_date_comes_from_what_the_text_tells(text, date):
    assert parse_report(text)["date"] == date


# ---------------------------------------------------------------- venue and attendees


@pytest.mark.parametrize("verb", ["召开", "举行"])
def test_a_meeting_held_online_without_a_platform_is_held_online(verb):
    text = f"12月16日，生物学院研究生党支部线上{verb}换届选举大会。"
    assert parse_report(text)["venue"] == "线上"


def test_who_leads_the_members_out_takes_part_but_does_not_chair():
    text = (
        "11月20日下午，能源学院本科生党支部由支部书记宋雨桐同志带领全体党员"
        "赴革命纪念馆开展主题党日活动。"
    )
    record = parse_report(text)
    assert record["chairs"] == []
    assert attendee(record, "宋雨桐") == {"name": "宋雨桐", "titles": ["支部书记"], "role": "参加"}


def test_a_teacher_label_carries_over_to_the_bare_names_after_it():
    text = (
        "3月5日，传媒系学生党支部开展主题党日活动。系党总支副书记钱晓岚，"
        "党员教师孔令仪、方振宇及入党积极分子参加活动。"
    )
    record = parse_report(text)
    assert attendee(record, "方振宇")["titles"] == ["党员教师"]
    assert attendee(record, "孔令仪")["titles"] == ["党员教师"]


def test_a_lecture_is_a_meeting_s_name_and_the_writer_s_abbreviation_is_not_part_of_it():
    text = (
        "4月16日下午，经济学院举办了“读懂新修订的《中国共产党纪律处分条例》"
        "（以下简称《条例》）”专题讲座，全体党员教师参加。"
    )
    record = parse_report(text)
    assert record["title"] == "“读懂新修订的《中国共产党纪律处分条例》”专题讲座"
    assert record["kind"] == "党课"


@pytest.mark.parametrize("name", ["专题学习", "2024年第2次专题学习"])
def test_a_centre_group_s_plain_or_numbered_special_study_keeps_the_group_in_its_name(name):
    record = parse_report(f"6月3日，校党委理论学习中心组举行{name}。")
    # 校 is the host's (the session-11 conventions; S21/01, S21/25), the group stays
    assert record["title"] == f"党委理论学习中心组{name}"


def test_a_yearly_review_told_late_in_the_year_still_dates_a_meeting_without_a_later_campaign():
    text = "12月26日，学院党委召开会议，总结2023年工作，研究部署2024年重点任务。"
    assert parse_report(text)["date"] == "2023-12-26"
