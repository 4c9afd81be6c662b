import datetime

import pytest
from django.urls import reverse

from meetings.models import MeetingStatus, MeetingVisibility
from meetings.selectors import organisation_tree
from tests.factories import (
    MeetingFactory,
    OrganisationFactory,
    PledgeFactory,
    PledgePartyFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    university = OrganisationFactory(name="某大学党委")
    college = OrganisationFactory(name="某学院党委", parent=university)
    branch = OrganisationFactory(name="某学院教工党支部", parent=college)
    return {"university": university, "college": college, "branch": branch}


def test_tree_lists_organisations_nested_with_subtree_meeting_counts(client, tree):
    MeetingFactory(host=tree["university"])
    MeetingFactory(host=tree["branch"])
    MeetingFactory(host=tree["branch"], visibility=MeetingVisibility.INTERNAL)
    MeetingFactory(host=tree["branch"], status=MeetingStatus.DRAFT)
    (root,) = organisation_tree(user=None)
    (college,) = root.children
    (branch,) = college.children
    assert [(n.own_count, n.total_count) for n in (root, college, branch)] == [
        (1, 2),
        (0, 1),
        (1, 1),
    ]
    html = client.get(reverse("orgs:tree")).content.decode()
    assert html.index("某大学党委") < html.index("某学院党委") < html.index("某学院教工党支部")
    assert reverse("orgs:detail", args=[tree["branch"].pk]) in html


def test_tree_counts_internal_meetings_for_a_reader(tree, reader_user):
    MeetingFactory(host=tree["branch"], visibility=MeetingVisibility.INTERNAL)
    (root,) = organisation_tree(user=reader_user)
    assert root.total_count == 1


def test_organisation_page_shows_its_and_its_descendants_meetings_by_year(client, tree):
    MeetingFactory(title="学院会议", host=tree["college"], date=datetime.date(2022, 3, 1))
    MeetingFactory(title="支部会议", host=tree["branch"], date=datetime.date(2023, 3, 1))
    MeetingFactory(title="大学会议", host=tree["university"])
    MeetingFactory(title="内部会议", host=tree["branch"], visibility=MeetingVisibility.INTERNAL)
    response = client.get(reverse("orgs:detail", args=[tree["college"].pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "学院会议" in html and "支部会议" in html
    assert "大学会议" not in html and "内部会议" not in html
    assert (
        html.index("2023年")
        < html.index("支部会议")
        < html.index("2022年")
        < html.index("学院会议")
    )
    assert [year for year, _ in response.context["page"].meetings_by_year] == [2023, 2022]


def test_organisation_page_shows_sub_units_ancestors_and_a_filtered_list_link(client, tree):
    html = client.get(reverse("orgs:detail", args=[tree["college"].pk])).content.decode()
    assert reverse("orgs:detail", args=[tree["branch"].pk]) in html  # sub-unit
    assert reverse("orgs:detail", args=[tree["university"].pk]) in html  # breadcrumb
    assert f"{reverse('meetings:list')}?org={tree['college'].pk}" in html


def test_organisation_page_lists_pledges_it_signed_in_visible_meetings_only(client, tree):
    shown = PledgeFactory(title="党建工作责任书", year=2023)
    hidden = PledgeFactory(
        title="内部责任书", meeting=MeetingFactory(visibility=MeetingVisibility.INTERNAL)
    )
    not_party = PledgeFactory(title="别人的责任书")
    PledgePartyFactory(pledge=shown, organisation=tree["college"])
    PledgePartyFactory(pledge=hidden, organisation=tree["college"])
    PledgePartyFactory(pledge=not_party, organisation=tree["branch"])
    html = client.get(reverse("orgs:detail", args=[tree["college"].pk])).content.decode()
    assert "《党建工作责任书》" in html
    assert "2023年度" in html
    assert "内部责任书" not in html
    assert "别人的责任书" not in html


@pytest.mark.parametrize("meeting_count", [1, 40])
def test_tree_runs_two_queries_whatever_the_size(
    client, django_assert_num_queries, tree, meeting_count
):
    for _ in range(meeting_count):
        MeetingFactory(host=OrganisationFactory(parent=tree["branch"]))
    # 1 visible meeting counts by host, 2 organisations in path order.
    with django_assert_num_queries(2):
        assert client.get(reverse("orgs:tree")).status_code == 200


@pytest.mark.parametrize("meeting_count", [1, 40])
def test_organisation_page_runs_seven_queries_whatever_the_size(
    client, django_assert_num_queries, tree, meeting_count
):
    for index in range(meeting_count):
        meeting = MeetingFactory(
            host=OrganisationFactory(parent=tree["branch"]),
            date=datetime.date(2000 + index % 10, 1, 1),
        )
        PledgePartyFactory(pledge=PledgeFactory(meeting=meeting), organisation=tree["college"])
    # 1 organisation, 2 ancestors, 3 latest meetings (+host), 4 sub-units,
    # 5 meeting count, 6 pledges (+meeting, host), 7 the chart's meetings by kind and month.
    with django_assert_num_queries(7):
        response = client.get(reverse("orgs:detail", args=[tree["college"].pk]))
    assert response.context["page"].meeting_total == meeting_count


@pytest.mark.parametrize("url", ["/orgs/999999/", "/orgs/abc/"])
def test_missing_organisation_is_404(client, url):
    assert client.get(url).status_code == 404


def test_organisation_page_charts_its_latest_years_meetings_by_month_and_kind(client, tree):
    for month in (3, 3, 5):
        MeetingFactory(host=tree["branch"], kind="党课", date=datetime.date(2022, month, 1))
    MeetingFactory(host=tree["branch"], kind="主题党日", date=datetime.date(2021, 3, 1))

    html = client.get(reverse("orgs:detail", args=[tree["college"].pk])).content.decode()

    assert "2022年各月会议次数（按会议类别）" in html
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html
    # The numbers beside the picture: 党课 twice in March, once in May; 2021 left out.
    assert '<th scope="row">党课</th><td>0</td><td>0</td><td>2</td><td>0</td><td>1</td>' in html
    assert "主题党日" not in html.split('id="charts-title"')[1].split("</section>")[0]


def test_organisation_page_shows_the_share_of_branches_chart_to_readers_only(
    client, tree, reader_user
):
    MeetingFactory(host=tree["branch"], kind="党课", date=datetime.date(2022, 3, 1))
    url = reverse("orgs:detail", args=[tree["college"].pk])

    assert "达标组织比例" not in client.get(url).content.decode()
    client.force_login(reader_user)
    assert "达标组织比例" in client.get(url).content.decode()
