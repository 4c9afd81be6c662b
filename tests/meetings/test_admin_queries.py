"""The meeting change page runs the same number of queries however big the meeting is."""

import pytest
from django.urls import reverse

from meetings.models import MeetingStatus
from tests.factories import ClerkScopeFactory, big_meeting_create
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

# 1 session, 2 user, 3 the meeting (+host), 4-5 permissions (user, groups), 6 the scope
# check, 7-12 the six inlines (people and units joined), 13 pledge parties (+units),
# 14-20 the change log (one per history table), 21-24 the names it shows (people, units,
# pledges, pledge parties' units), 25 the count of named attendees beside 实到, 26 the
# review steps shown in the review panel.
CHANGE_PAGE_QUERIES = 26
# 1 session, 2 user, 3 savepoint, 4 the meeting, 5-6 permissions, 7 the scope check,
# 8 the chosen host among the clerk's units, 9 the version lock, 10 the host's existence,
# 11-12 the rows posted back (attendances, agenda, people joined), 13-14 pledges and their
# parties, 15 the parties typed, matched by name, 16 update, 17 history row, 18 admin log,
# 19-29 the search index in the same transaction (meeting_documents' 7 reads, savepoint,
# delete, insert, release), 30 release.
SAVE_QUERIES = 30


@pytest.fixture
def change_page(client, clerk_user):
    def open_page(attendees: int):
        meeting = big_meeting_create(
            attendees=attendees, agenda_items=attendees // 5 + 1, status=MeetingStatus.DRAFT
        )
        ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
        client.force_login(clerk_user)
        url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
        client.get(url)  # fills the content-type cache, as any earlier page would
        return url

    return open_page


@pytest.mark.parametrize("attendees", [3, 300])
def test_the_change_page_runs_a_fixed_number_of_queries(
    client, change_page, attendees, django_assert_num_queries
):
    url = change_page(attendees)
    with django_assert_num_queries(CHANGE_PAGE_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["inline_admin_formsets"][1].formset.forms) == attendees


@pytest.mark.parametrize("attendees", [3, 300])
def test_saving_the_change_page_runs_a_fixed_number_of_queries(
    client, change_page, attendees, django_assert_num_queries
):
    url = change_page(attendees)
    data = change_form_data(client.get(url))
    data["title"] = "改过的会议名称"
    with django_assert_num_queries(SAVE_QUERIES):
        response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].errors


def test_the_same_person_twice_is_still_refused_with_a_message(client, change_page):
    url = change_page(3)
    data = change_form_data(client.get(url))
    data["attendances-1-person"] = data["attendances-0-person"]

    response = client.post(url, data)

    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][1].formset.non_form_errors()


@pytest.mark.parametrize("value", ["999999", str(2**64), "１２", "-1"])
def test_a_person_id_that_does_not_exist_is_refused_with_a_message(client, change_page, value):
    url = change_page(3)
    data = change_form_data(client.get(url))
    data["attendances-0-person"] = value

    response = client.post(url, data)

    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][1].formset.errors[0]["person"]
