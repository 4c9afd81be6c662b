"""Round 25, title: the year's review of members joined to an organisation-life meeting by 和 or 及
is named with it (`parser/title_forms.review_joined_end`; S18/07, S21/06, S34/03)."""

import pytest

from report_import.parser import parse_report
from report_import.parser.lead import meeting_name


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # 和 and the review of members to the clause's end (S18/07, S21/06)
        (
            "2026年1月8日下午，数学系教工党支部在理科楼210会议室召开2025年度组织生活会和民主评议党员，"
            "支部全体党员参加。",
            "2025年度组织生活会和民主评议党员",
        ),
        # 及, the review's own year and 工作 (S34/03)
        (
            "2026年1月9日上午，档案馆党支部在档案馆三楼会议室开展了专题组织生活会及2025年度党员民主评议工作。",
            "专题组织生活会及2025年度党员民主评议工作",
        ),
        # the review with 党员 before it, after 举行了
        (
            "2026年1月12日，化学系学生党支部在化学楼举行了组织生活会和党员民主评议。",
            "组织生活会和党员民主评议",
        ),
    ],
)
def test_the_review_joined_to_an_organisation_life_meeting_is_named_with_it(lead, title):
    record = parse_report(lead)
    assert (record["title"], record["kind"]) == (title, "组织生活会")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a second verb tells another act (S28/04)
        (
            "2026年1月10日，物理系党支部在物理楼召开2025年度组织生活会和开展民主评议党员。",
            "2025年度组织生活会",
        ),
        # the review that ends in a meeting's noun was named whole before (S21/29, S30/14)
        (
            "2026年1月11日，历史系党支部在文科楼召开2025年度组织生活会和民主评议党员会议。",
            "2025年度组织生活会和民主评议党员会议",
        ),
        # without 和 the review stays out, as S24/22's gold
        (
            "2026年1月13日，地理系党支部在地学楼召开2025年度组织生活会，开展民主评议党员。",
            "2025年度组织生活会",
        ),
    ],
)
def test_names_around_the_review_are_read_as_before(lead, title):
    assert parse_report(lead)["title"] == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a clause that runs on past the review names no meeting there (S23/23's shape)
        ("组织生活会和民主评议党员时", "组织生活会"),
        # another meeting than the organisation-life meeting keeps its own end
        ("党员大会和民主评议党员", "党员大会"),
        # a second act that is no review
        ("组织生活会和支部书记述职", "组织生活会"),
    ],
)
def test_only_the_review_after_an_organisation_life_meeting_runs_on(text, name):
    assert meeting_name(text) == name
