"""Round 29, title: a lesson's quoted theme joined to it across the theme's 的 or across 主题
names it (`naming.THEME_ON_LESSON`; S32/28, decision 12 drops the 的); one told with 题为 or
名为 is not read into the name (the golds split)."""

import pytest

from report_import.parser import parse_report


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the theme, its 的 and 主题 before the lesson (S32/28)
        (
            "2026年4月9日晚上，城建学院党委书记周启航在明德楼305报告厅为学生党员讲授了“守初心 担使命”的主题党课。",
            "“守初心担使命”主题党课",  # the text's spaces are read out; the score folds them
        ),
        # the theme and 主题 before the lesson, no 的
        (
            "2026年4月9日下午，化工学院党委书记陆青禾为全体党员讲授了“赓续红色血脉”主题党课。",
            "“赓续红色血脉”主题党课",
        ),
        # the theme and its 的 before a bare lesson
        (
            "2026年4月9日下午，化工学院党委书记陆青禾为全体党员讲了“赓续红色血脉”的党课。",
            "“赓续红色血脉”党课",
        ),
    ],
)
def test_a_lessons_theme_joined_by_de_or_theme_names_it(lead, title):
    record = parse_report(lead)
    assert (record["title"], record["kind"]) == (title, "党课")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a theme told with 题为 stays out of the name (own report 60)
        (
            "4月17日晚上七点，化学学院党委书记严立新在致知楼204报告厅为学生党员讲授题为“赓续红色血脉”的专题党课。",
            "专题党课",
        ),
        # named with 名为: out as well
        (
            "2026年4月9日下午，化工学院党委书记陆青禾为全体党员讲授了名为“赓续红色血脉”的党课。",
            "党课",
        ),
        # the theme right before 专题党课 was read before this round
        (
            "2026年4月9日下午，化工学院党委书记陆青禾为全体党员讲授了“赓续红色血脉”专题党课。",
            "“赓续红色血脉”专题党课",
        ),
    ],
)
def test_near_misses_keep_their_names(lead, title):
    assert parse_report(lead)["title"] == title


def test_a_lesson_inside_a_party_day_leaves_the_days_name():
    text = (
        "2026年5月14日下午，外国语学院教工党支部在文华楼210会议室开展主题党日活动。党支部书记柳映雪主持会议。\n"
        "学院党委书记钱慕白给全体党员讲授了“读懂中国式现代化”主题党课。"
    )
    record = parse_report(text)
    assert (record["title"], record["kind"]) == ("主题党日活动", "主题党日")
