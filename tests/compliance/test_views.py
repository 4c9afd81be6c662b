import datetime

import pytest
from django.urls import reverse

from meetings.models import MeetingKind
from orgs.models import OrganisationKind
from tests.factories import OrganisationFactory, UserFactory, quorate_meeting

pytestmark = pytest.mark.django_db

URL = "/compliance/"


@pytest.fixture
def branch():
    committee = OrganisationFactory(name="机械学院党委", kind=OrganisationKind.PARTY_COMMITTEE)
    return OrganisationFactory(name="机械学院教工第一党支部", parent=committee)


def test_grid_is_mounted_at_compliance():
    assert reverse("compliance:grid") == URL


def test_anonymous_is_redirected_to_login(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_logged_in_user_without_permission_is_refused(client):
    client.force_login(UserFactory())

    assert client.get(URL).status_code == 403
    assert client.get(reverse("compliance:export_xlsx")).status_code == 403


def test_reader_sees_the_grid_with_links_to_the_meetings_behind_each_cell(
    client, reader_user, branch
):
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 2, 9))
    client.force_login(reader_user)

    response = client.get(URL, {"year": "2023", "org": branch.parent_id})

    assert response.status_code == 200
    html = response.content.decode()
    assert "机械学院党委" in html and branch.name in html
    link = (
        f"/meetings/?org={branch.pk}&amp;kind=%E6%94%AF%E9%83%A8%E5%A7%94%E5%91%98%E4%BC%9A"
        "&amp;date_after=2023-02-01&amp;date_before=2023-02-28"
    )
    assert link in html
    assert "✓ 1" in html and "✗ 0" in html


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "99999999999999999999"},
        {"org": "999999"},
        {"org": "abc"},
        {"rule": "0"},
        {"rule": "x", "year": "-1"},
    ],
)
def test_bad_parameters_fall_back_to_defaults_with_a_message(client, reader_user, branch, query):
    client.force_login(reader_user)

    response = client.get(URL, query)
    export = client.get(reverse("compliance:export_xlsx"), query)

    assert response.status_code == 200
    assert "已改用默认值" in response.content.decode()
    assert export.status_code == 200


@pytest.mark.parametrize("branches", [2, 40])
def test_grid_query_count_does_not_grow_with_branches(
    client, reader_user, branches, django_assert_num_queries
):
    committee = OrganisationFactory(name="化学学院党委", kind=OrganisationKind.PARTY_COMMITTEE)
    for index in range(branches):
        org = OrganisationFactory(name=f"化学学院第{index}党支部", parent=committee)
        quorate_meeting(host=org, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 4, 1))
    client.force_login(reader_user)

    # 1 session, 2 user, 3 user permissions, 4 group permissions, 5 the chosen organisation,
    # 6 organisations (report), 7 rule versions, 8 meeting counts,
    # 9 organisation choices, 10 rule choices (the filter form).
    with django_assert_num_queries(10):
        response = client.get(URL, {"year": "2023", "org": committee.pk})

    assert response.status_code == 200


def test_grid_opens_on_the_latest_year_with_records_with_previous_and_next_links(
    client, reader_user, branch
):
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2021, 5, 9))
    # A later meeting of a kind no rule governs does not move the grid to its year.
    quorate_meeting(host=branch, kind=MeetingKind.PARTY_BUILDING, date=datetime.date(2022, 5, 9))
    client.force_login(reader_user)

    html = client.get(URL).content.decode()

    assert "2021年三会一课落实情况" in html
    assert 'href="?year=2020" rel="prev"' in html
    assert 'href="?year=2022" rel="next"' in html


def test_year_asked_for_wins_over_the_latest_year_and_keeps_other_filters(
    client, reader_user, branch
):
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2021, 5, 9))
    client.force_login(reader_user)

    html = client.get(URL, {"year": "2019", "org": branch.parent_id}).content.decode()

    assert "2019年三会一课落实情况" in html
    assert f'href="?year=2018&amp;org={branch.parent_id}" rel="prev"' in html


def test_current_period_is_marked(client, reader_user, branch):
    today = datetime.date.today()
    client.force_login(reader_user)

    html = client.get(URL, {"year": today.year}).content.decode()

    assert f'aria-current="date">▲{today.month}月' in html


def test_below_quorum_and_unknown_meetings_show_their_own_symbol_and_text(
    client, reader_user, branch
):
    for day, present in ((3, 2), (17, None)):
        quorate_meeting(
            host=branch,
            kind=MeetingKind.BRANCH_COMMITTEE,
            date=datetime.date(2023, 2, day),
            expected=None if present is None else 10,
            present=present,
        )
    client.force_login(reader_user)

    html = client.get(URL, {"year": "2023", "org": branch.parent_id}).content.decode()

    assert '✗ 2 <span class="q-below">⚠1</span> <span class="q-unknown">？1</span>' in html
    assert "其中未达法定人数 1 次、到会人数不明 1 次（均不计入）" in html


def test_grid_without_a_year_adds_one_query_for_the_latest_year(
    client, reader_user, branch, django_assert_num_queries
):
    client.force_login(reader_user)

    # The 10 of test_grid_query_count_does_not_grow_with_branches, plus 1 latest meeting date.
    with django_assert_num_queries(11):
        assert client.get(URL, {"org": branch.parent_id}).status_code == 200


def test_each_group_heads_its_branches_with_their_count_those_that_missed_and_its_tally(
    client, reader_user
):
    committee = OrganisationFactory(name="物理学院党委", kind=OrganisationKind.PARTY_COMMITTEE)
    held = OrganisationFactory(name="物理学院第一党支部", parent=committee)
    OrganisationFactory(name="物理学院第二党支部", parent=committee)
    OrganisationFactory(name="无上级党支部")
    for month in range(1, 13):
        quorate_meeting(
            host=held, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, month, 5)
        )
    client.force_login(reader_user)

    html = client.get(URL, {"year": "2023"}).content.decode()

    committee_table = html.split("<h2>支部委员会</h2>")[1].split("</table>")[0]
    assert (
        '<tr class="group"><th scope="rowgroup" colspan="13">物理学院党委 '
        '<span class="group-summary">2 个组织，1 个有未达标周期</span></th>'
        '<td class="tally">12/24</td></tr>'
    ) in committee_table
    assert '未归属上级党组织 <span class="group-summary">1 个组织，1 个有未达标周期' in (
        committee_table
    )
    assert '<th scope="row" class="org">物理学院第一党支部</th>' in committee_table


def test_organisation_filter_lists_units_indented_by_depth_without_groups(
    client, reader_user, branch
):
    OrganisationFactory(name="机械学院第一党小组", kind=OrganisationKind.GROUP, parent=branch)
    client.force_login(reader_user)

    html = client.get(URL, {"year": "2023", "org": branch.pk}).content.decode()

    # The committee is a root (depth 0); its branch sits one level below.
    assert f'<option value="{branch.parent_id}">机械学院党委</option>' in html
    assert f'<option value="{branch.pk}" selected>\u3000{branch.name}</option>' in html
    assert "机械学院第一党小组</option>" not in html
    assert '<option value="">全校</option>' in html


def test_the_year_box_shows_the_year_the_page_shows_when_none_was_asked_for(
    client, reader_user, branch
):
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2022, 5, 9))
    client.force_login(reader_user)

    html = client.get(URL).content.decode()

    assert "2022年三会一课落实情况" in html
    assert 'name="year" value="2022"' in html
