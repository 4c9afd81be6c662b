"""Thirteenth round, title, kind, date, venue and host: the date read as a constraint
(docs/report-parser.md, "Thirteenth round, title, kind, date, venue, host"). Our own sentences and
invented names."""

import datetime

import pytest

from report_import.parser import parse_report

# The lead sentence's own date, even a garbled one, wins over a dated line of the page above it.


def test_a_run_together_date_in_the_lead_sentence_wins_over_the_page_line_above_it():
    text = (
        "学校召开理论学习中心组学习会\n2021年06月12日 09:30\n"
        "611日上午，校党委理论学习中心组举行集中学习，校党委书记林明远主持会议。"
    )
    assert parse_report(text)["date"] == "2021-06-11"


# Month and day run together ("129日") are split as the page's date allows.


@pytest.mark.parametrize(
    ("published", "date"),
    [
        (datetime.date(2023, 12, 11), "2023-12-09"),
        (datetime.date(2023, 2, 2), "2023-01-29"),
        (None, None),
    ],
)
def test_a_run_together_month_and_day_is_split_to_fall_just_before_the_page(published, date):
    text = "129日，图书馆党总支召开理论学习中心组学习会议，党总支书记韩立平主持会议。"
    record = parse_report(text, published=published)
    if date:
        assert record["date"] == date
    else:  # no page date: two-digit days first, as before
        assert record["date"].endswith("-01-29")


# A yearly work meeting named by its year plans that year unless the text sums it up.


def test_a_yearly_work_meeting_in_april_is_held_in_the_year_it_names():
    text = (
        "4月9日，药学院召开2025年度全面从严治党工作会议。院党委书记周海峰作工作报告，"
        "总结了2024年学院全面从严治党工作成效，对今后的重点任务提出要求。"
    )
    assert parse_report(text)["date"] == "2025-04-09"


def test_a_yearly_work_meeting_that_sums_its_year_up_is_held_the_next_year():
    text = (
        "3月5日，药学院召开2025年度党建工作会议。院党委书记周海峰总结了2025年度党建工作，"
        "部署了新一年的任务。"
    )
    assert parse_report(text)["date"] == "2026-03-05"


# A review named by a bare year is held early the next year, as one named with 年度.


@pytest.mark.parametrize(("day", "date"), [("1月8日", "2020-01-08"), ("12月28日", "2019-12-28")])
def test_a_review_named_by_a_bare_year_in_january_is_held_the_next_year(day, date):
    text = f"{day}，机关党委召开2019年党支部书记抓党建述职评议会，各党支部书记逐一述职。"
    assert parse_report(text)["date"] == date


# A term first used on a known day bounds the year from below.


def test_a_report_naming_xi_jinpings_thought_on_culture_is_not_earlier_than_it():
    text = (
        "5月20日，文学院党委召开理论学习中心组学习会，专题学习习近平文化思想。"
        "院党委书记沈一鸣主持会议。"
    )
    assert parse_report(text)["date"] == "2024-05-20"


# A theme quoted right before a lesson is part of its name; one told with 题为…的 is not.


@pytest.mark.parametrize(
    ("told", "title"),
    [
        ("讲授了“守纪律、讲规矩”专题党课", "“守纪律、讲规矩”专题党课"),
        ("讲授了题为“守纪律，讲规矩”的专题党课", "专题党课"),
    ],
)
def test_a_theme_quoted_right_before_a_lesson_names_it(told, title):
    text = f"11月3日下午，图书馆党支部书记韩立平在三楼会议室为支部全体党员{told}。"
    assert parse_report(text)["title"] == title
