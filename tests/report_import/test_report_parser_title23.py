"""Round 23, title: a name after the verb that repeats its convener, and what a headline may add
to the body's name of the same meeting (`parser/title_forms.py`)."""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the convener as written, again after the verb (S22/28)
        (
            "11月20日，机关党委在逸夫楼多功能厅召开了机关党委换届选举党员大会。",
            "换届选举党员大会",
        ),
        # the writer's 我院 before it, the branch alone after the verb (S27/12)
        (
            "5月14日，我院学生第五党支部于明德楼318会议室召开学生第五党支部预备党员转正大会。",
            "预备党员转正大会",
        ),
        # the committee's full name holds the college that convenes (S23/16)
        (
            "11月3日下午，理学院在第一报告厅召开中共北岳大学理学院委员会"
            "出席中共北岳大学第五次代表大会代表候选人选举大会。",
            "出席中共北岳大学第五次代表大会代表候选人选举大会",
        ),
    ],
)
def test_a_name_that_repeats_its_convener_after_the_verb_is_named_without_it(lead, title):
    assert parse_report(lead)["title"] == title


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a bare unit word names no convener of its own
        ("6月2日，地理学院学生党支部于求是楼105举行党支部纳新大会。", "党支部纳新大会"),
        ("3月9日，学院党委在理工楼506会议室召开党委扩大会议。", "党委扩大会议"),
        # another unit than the convener's
        ("6月8日，外语学院于东校区举办学生党支部大会。", "学生党支部大会"),
        # the branches' secretaries meet: people after the unit
        (
            "3月2日，化学系学生党支部在化学楼召开学生党支部书记工作例会。",
            "学生党支部书记工作例会",
        ),
        # a centre group keeps its committee as written (settled in session 13)
        (
            "4月1日，离退休党委在老年活动中心召开离退休党委理论学习中心组会议。",
            "离退休党委理论学习中心组会议",
        ),
        # a numbered committee's plenum keeps its body
        (
            "5月6日，中共北岳大学第三届委员会在行政楼召开中共北岳大学第三届委员会第八次全体会议。",
            "中共北岳大学第三届委员会第八次全体会议",
        ),
    ],
)
def test_a_unit_after_the_verb_that_repeats_no_convener_stays(lead, title):
    assert parse_report(lead)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a month (S21/22)
        (
            "学院召开6月份党委委员会议\n\n6月20日上午，学院召开党委委员会议，会议由院党委书记郁晚舟主持。",
            "党委委员会议",
        ),
        # a unit word (S30/01)
        (
            "园艺学院教工支部召开支部党员大会\n\n3月12日下午，园艺学院教工支部召开党员大会，"
            "支部书记柏清和主持会议。",
            "党员大会",
        ),
        # who lectured (S20/28)
        (
            "音乐系党总支书记庞南星讲授纪律教育专题党课\n\n5月7日下午，音乐系党总支于1306教室"
            "举行纪律教育专题党课，由党总支书记庞南星进行党课讲授。",
            "纪律教育专题党课",
        ),
    ],
)
def test_a_headline_adding_no_year_or_ordinal_yields_to_the_bodys_name(text, title):
    assert parse_report(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "历史系党总支召开2026年第三次党员大会\n\n9月18日下午，历史系党总支在文史楼201会议室"
            "召开党员大会。会议由党总支书记林雪梅主持。",
            "2026年第三次党员大会",
        ),
        (
            "外语学院召开2025年度中层干部民主生活会\n\n1月9日下午，外语学院领导班子在外语楼215会议室"
            "召开民主生活会。",
            "2025年度中层干部民主生活会",
        ),
    ],
)
def test_a_headline_adding_a_year_or_an_ordinal_still_names_the_meeting(text, title):
    assert parse_report(text)["title"] == title
