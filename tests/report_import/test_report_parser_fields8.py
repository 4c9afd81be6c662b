"""The report parser on date, kind, host and title, attendees and the number present, eighth
round: rules drawn from the errors of all seven field sets pooled (docs/report-parser.md,
"Eighth round, fields"). Every sentence here is our own, with invented names; each rule is
tried on a variant or a guard too."""

import datetime

import pytest

from report_import.parser import parse_report, parse_report_with_trace

from .records import attendee

# ---------------------------------------------------------------- a year looked back on


def test_a_year_looked_back_on_early_in_the_next_year_dates_the_meeting():
    text = (
        "1月8日下午，机械学院教工第三党支部召开支部党员大会。"
        "每位党员就2023年的思想和工作表现作了个人总结。"
    )
    record, trace = parse_report_with_trace(text)
    assert record["date"] == "2024-01-08"
    assert trace["year"]["source"] == "review"


def test_a_year_s_responsibility_review_heard_in_spring_dates_the_meeting():
    text = "4月20日上午，学校党委召开常委会，审议2019年各单位党风廉政建设考核的情况。"
    assert parse_report(text)["date"] == "2020-04-20"


def test_a_year_looked_back_on_late_in_that_year_is_that_year():
    text = "12月20日下午，物理学院党委召开党建工作会议，对2023年各支部工作进行考核。"
    assert parse_report(text)["date"] == "2023-12-20"


def test_a_year_a_span_starts_from_is_not_looked_back_on():
    text = "1月10日上午，化工学院党委召开会议，回看2016年民主生活会以来整改措施的落实并作总结。"
    assert parse_report(text)["date"] == "2016-01-10"


def test_the_url_outranks_a_year_looked_back_on():
    text = "1月8日下午，机械学院教工第三党支部召开支部党员大会，党员就2023年的表现作了总结。"
    record = parse_report(text, url="https://news.example.edu.cn/2025/0110/c12a3/page.htm")
    assert record["date"] == "2025-01-08"


# ---------------------------------------------------------------- anniversaries and years to come


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "9月12日下午，外语学院党委理论学习中心组召开专题学习会，学习习近平总书记在纪念中国人民"
            "抗日战争暨世界反法西斯战争胜利80周年大会上的重要讲话精神。",
            "2025-09-12",
        ),
        (
            "10月28日上午，内科党支部召开支部党员大会，学习纪念中国人民志愿军抗美援朝出国作战 70 周年"
            "大会上的讲话精神。",
            "2020-10-28",
        ),
    ],
    ids=["victory-in-the-war-of-resistance", "korean-war-volunteers"],
)
def test_an_anniversary_written_at_length_dates_the_meeting(text, date):
    record, trace = parse_report_with_trace(text)
    assert record["date"] == date
    assert trace["year"]["source"] == "event"


def test_a_year_still_to_come_is_a_target_not_the_meeting_s_year():
    text = (
        "11月26日下午，外语学院教工党支部召开支部党员大会，学习十九届五中全会精神，讨论如何为"
        "2035年建成教育强国多作贡献。"
    )
    assert parse_report(text)["date"] == "2020-11-26"


def test_a_year_still_to_come_alone_leaves_the_current_year():
    text = "6月3日上午，外语学院党委召开会议，研究实现2035年远景目标的举措。"
    record, trace = parse_report_with_trace(text)
    assert int(record["date"][:4]) <= datetime.date.today().year
    assert trace["year"]["source"] == "current"


# ---------------------------------------------------------------- the members' review as a meeting


def test_a_meeting_named_for_rating_the_members_is_an_organisation_life_meeting():
    text = "2025年1月15日上午，档案馆党支部在三楼会议室召开民主评议党员工作会。"
    record = parse_report(text)
    assert (record["title"], record["kind"]) == ("民主评议党员工作会", "组织生活会")


def test_a_members_review_joined_to_an_organisation_life_meeting_keeps_its_kind():
    text = "2025年1月15日上午，档案馆党支部召开2024年度组织生活会暨民主评议党员大会。"
    assert parse_report(text)["kind"] == "组织生活会"


# ---------------------------------------------------------------- lists closed by their number

PROBATIONERS = (
    "2024年11月22日下午，护理学院本科生党支部召开预备党员转正大会。会议由党支部书记邱雨桐主持。"
    "会上，林晓岚、江一鸣、秦芳3名预备党员依次汇报了预备期的表现。"
)


def test_a_list_closed_by_its_number_names_people_at_the_meeting_with_their_status():
    record = parse_report(PROBATIONERS)
    for name in ("林晓岚", "江一鸣", "秦芳"):
        assert attendee(record, name) == {"name": name, "titles": ["预备党员"], "role": "参加"}


def test_comrades_counted_after_their_names_attend_without_a_title():
    text = (
        "2023年12月6日上午，离退休第三党支部召开支部党员大会。党支部书记钟海平主持会议，"
        "王德顺、陆桂英两位同志年过八旬，仍按时参会。"
    )
    record = parse_report(text)
    assert attendee(record, "王德顺")["titles"] == []
    assert attendee(record, "陆桂英")["role"] == "参加"


def test_the_first_counted_name_starts_where_a_word_does():
    text = (
        "2021年11月25日下午，护理系党支部召开支部党员大会。党支部书记武玲娥首先祝贺杨翌、张茜2名同志"
        "顺利转正。"
    )
    names = [a["name"] for a in parse_report(text)["attendees"]]
    assert "杨翌" in names and "张茜" in names
    assert "贺杨翌" not in names


@pytest.mark.parametrize(
    "listed",
    ["林晓岚、江一鸣等3名预备党员", "林晓岚、江一鸣3名预备党员"],
    ids=["examples-before-deng", "number-not-matching"],
)
def test_a_list_that_is_not_whole_names_no_one(listed):
    text = f"2024年11月22日下午，护理学院本科生党支部召开支部党员大会，{listed}的材料已经齐备。"
    names = [a["name"] for a in parse_report(text)["attendees"]]
    assert "林晓岚" not in names


# ---------------------------------------------------------------- the number present


@pytest.mark.parametrize(
    ("told", "present"),
    [("28名党员到会", 28), ("支部17名党员参加", 17), ("共13人参加会议", 13)],
    ids=["members-arrived", "the-branch-s-members-took-part", "in-all-people-took-part"],
)
def test_the_members_counted_at_the_meeting_are_the_number_present(told, present):
    text = (
        f"2023年12月6日上午，离退休第三党支部召开支部党员大会，{told}，党支部书记钟海平主持会议。"
    )
    assert parse_report(text)["present"] == present


@pytest.mark.parametrize(
    "told",
    ["李明等36名党员参加", "近30人参加会议", "以及70名党员参加"],
    ids=["examples", "a-rough-count", "a-part"],
)
def test_an_example_a_rough_count_or_a_part_is_no_number_present(told):
    text = (
        f"2023年12月6日上午，离退休第三党支部召开支部党员大会，{told}，党支部书记钟海平主持会议。"
    )
    assert parse_report(text).get("present") is None


# ---------------------------------------------------------------- where the unit ends


@pytest.mark.parametrize(
    ("subject", "host", "title"),
    [
        (
            "土木工程学院“学校第五次党代会代表选举”党员大会",
            "土木工程学院",
            "“学校第五次党代会代表选举”党员大会",
        ),
        (
            "学生工作部党支部换届选举大会暨第一次支部委员会会议",
            "学生工作部党支部",
            "换届选举大会暨第一次支部委员会会议",
        ),
        (
            "机关第一党总支财务处党支部处级党员领导干部民主生活会",
            "机关第一党总支财务处党支部",
            "处级党员领导干部民主生活会",
        ),
    ],
    ids=["an-open-quote", "a-joined-meeting", "cadres"],
)
def test_a_convening_unit_ends_before_what_the_meeting_s_name_holds(subject, host, title):
    text = f"2024年12月3日下午，{subject}在报告厅召开。"
    record = parse_report(text)
    assert (record["host"], record["title"]) == (host, title)


def test_a_numbered_branch_before_a_named_meeting_is_still_the_unit():
    text = "2024年5月8日下午，政府管理学院第一教工党支部党组织生活会在公管楼301召开。"
    record = parse_report(text)
    assert record["host"] == "政府管理学院第一教工党支部"
    assert record["kind"] == "组织生活会"
