import pytest
from django.urls import reverse

from meetings.models import Meeting
from orgs.selectors import organisations_editable_by
from tests.factories import (
    ClerkScopeFactory,
    DraftMeetingFactory,
    MeetingFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.meetings.test_admin import seed_meeting_post_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(clerk_user):
    """Unit A with a branch below it, the clerk bound to A; unit B beside it."""
    a = OrganisationFactory(name="甲学院党委")
    a_branch = OrganisationFactory(name="甲学院第一党支部", parent=a)
    b = OrganisationFactory(name="乙学院党委")
    ClerkScopeFactory(user=clerk_user, organisation=a)
    return a, a_branch, b


def test_editable_organisations_are_the_scopes_subtrees_in_one_query(
    clerk_user, units, django_assert_num_queries
):
    a, a_branch, b = units
    other = OrganisationFactory(name="丙学院党委")
    ClerkScopeFactory(user=clerk_user, organisation=other)
    # 1 organisations under a path of one of the user's clerk scopes (EXISTS subquery).
    with django_assert_num_queries(1):
        assert set(organisations_editable_by(clerk_user)) == {a, a_branch, other}
    assert not organisations_editable_by(UserFactory(is_staff=True)).exists()


def test_a_clerk_of_unit_a_gets_404_on_unit_bs_meeting(client, clerk_user, units):
    a, a_branch, b = units
    theirs = MeetingFactory(host=b)
    ours = MeetingFactory(host=a_branch)
    client.force_login(clerk_user)
    for page in ["change", "delete"]:
        url = reverse(f"admin:meetings_meeting_{page}", args=[theirs.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"title": "x", "post": "yes"}).status_code == 404
    assert Meeting.objects.filter(pk=theirs.pk, title=theirs.title).exists()
    assert client.get(reverse("admin:meetings_meeting_change", args=[ours.pk])).status_code == 200


def test_unit_bs_meetings_are_absent_from_the_clerks_changelist(client, clerk_user, units):
    a, a_branch, b = units
    MeetingFactory(host=b, title="乙学院的会")
    MeetingFactory(host=a_branch, title="甲支部的会")
    client.force_login(clerk_user)
    html = client.get(reverse("admin:meetings_meeting_changelist")).content.decode()
    assert "甲支部的会" in html
    assert "乙学院的会" not in html


def test_host_autocomplete_offers_only_the_clerks_units(client, clerk_user, units):
    client.force_login(clerk_user)
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "学院", "app_label": "meetings", "model_name": "meeting", "field_name": "host"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["甲学院党委", "甲学院第一党支部"]


def test_agenda_speaker_unit_autocomplete_is_not_narrowed(client, clerk_user, units):
    client.force_login(clerk_user)
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "学院", "app_label": "meetings", "model_name": "agendaitem", "field_name": "org"},
    )
    assert len(response.json()["results"]) == 3


def test_a_clerk_cannot_pick_unit_b_as_host(client, clerk_user, units, seed_record):
    a, a_branch, b = units
    client.force_login(clerk_user)
    data = seed_meeting_post_data(seed_record)
    data["host"] = b.pk
    response = client.post(reverse("admin:meetings_meeting_add"), data)
    assert response.status_code == 200
    assert "host" in response.context["adminform"].form.errors
    data["host"] = ""
    response = client.post(reverse("admin:meetings_meeting_add"), data)
    assert "host" in response.context["adminform"].form.errors
    assert not Meeting.objects.exists()
    data["host"] = a_branch.pk
    assert client.post(reverse("admin:meetings_meeting_add"), data).status_code == 302


def test_a_clerk_cannot_move_a_meeting_to_unit_b(client, clerk_user, units):
    from tests.meetings.admin_forms import change_form_data

    a, a_branch, b = units
    meeting = DraftMeetingFactory(host=a)
    client.force_login(clerk_user)
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    data = change_form_data(client.get(url))
    response = client.post(url, {**data, "host": b.pk})
    assert response.status_code == 200
    meeting.refresh_from_db()
    assert meeting.host == a


def test_pledges_of_unit_bs_meetings_are_out_of_reach(client, clerk_user, units, seed_meeting):
    pledge = seed_meeting.pledges.first()
    client.force_login(clerk_user)
    assert client.get(reverse("admin:meetings_pledge_changelist")).status_code == 200
    assert client.get(reverse("admin:meetings_pledge_change", args=[pledge.pk])).status_code == 404


def test_a_superuser_reaches_every_meeting(client, superuser, units):
    a, a_branch, b = units
    meeting = MeetingFactory(host=b)
    client.force_login(superuser)
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    assert client.get(url).status_code == 200
