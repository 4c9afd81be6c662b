"""Publishing needs the publish permission on every path; restores and the revert form
cannot do what an edit may not."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from meetings.models import Meeting, MeetingStatus
from meetings.restore import RestoreError, meeting_restore
from meetings.services import RecordsRejected, meeting_draft_create, meeting_records_import
from tests.factories import (
    ClerkScopeFactory,
    DraftMeetingFactory,
    MeetingFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def junior_clerk(db):
    """A clerk with every clerk permission except 可发布会议."""
    group = Group.objects.create(name="录入员（不可发布）")
    group.permissions.set(
        Group.objects.get(name="录入员").permissions.exclude(codename="publish_meeting")
    )
    user = UserFactory(username="junior", is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def draft(junior_clerk):
    meeting = MeetingFactory(status=MeetingStatus.DRAFT)
    ClerkScopeFactory(user=junior_clerk, organisation=meeting.host)
    return meeting


def test_a_clerk_without_the_publish_permission_cannot_publish_through_the_form(
    client, junior_clerk, draft
):
    client.force_login(junior_clerk)
    url = reverse("admin:meetings_meeting_change", args=[draft.pk])
    data = change_form_data(client.get(url))
    data["status"] = MeetingStatus.PUBLISHED
    data["title"] = "改过的标题"

    response = client.post(url, data)

    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("改过的标题", MeetingStatus.DRAFT)


def test_a_clerk_without_the_publish_permission_cannot_publish_through_the_actions(
    client, junior_clerk, draft
):
    client.force_login(junior_clerk)
    url = reverse("admin:meetings_meeting_changelist")
    assert 'value="publish"' not in client.get(url).content.decode()

    client.post(url, {"action": "publish", "_selected_action": [draft.pk]})

    assert Meeting.objects.get(pk=draft.pk).status == MeetingStatus.DRAFT


def test_a_restore_that_would_publish_is_refused_without_the_permission(junior_clerk, draft):
    draft.status = MeetingStatus.PUBLISHED
    draft.save()
    published = draft.history.latest("history_date")
    draft.status = MeetingStatus.DRAFT
    draft.save()

    with pytest.raises(RestoreError, match="发布权限"):
        meeting_restore(meeting=draft, history_date_or_history_id=published.pk, user=junior_clerk)

    assert Meeting.objects.get(pk=draft.pk).status == MeetingStatus.DRAFT


def test_importing_published_records_needs_the_publish_permission(junior_clerk, seed_record):
    seed_record["status"] = MeetingStatus.PUBLISHED
    with pytest.raises(RecordsRejected, match="发布权限"):
        meeting_records_import(records=seed_record, user=junior_clerk)
    assert not Meeting.objects.exists()


def test_a_report_draft_is_a_draft_whatever_the_record_says(junior_clerk, seed_record):
    seed_record["status"] = MeetingStatus.PUBLISHED
    meeting, _ = meeting_draft_create(record=seed_record, user=junior_clerk)
    assert meeting.status == MeetingStatus.DRAFT


def test_restoring_a_version_hosted_outside_the_clerks_scope_is_refused(client, clerk_user):
    own = OrganisationFactory(name="甲学院党委")
    other = OrganisationFactory(name="乙学院党委")
    ClerkScopeFactory(user=clerk_user, organisation=own)
    meeting = DraftMeetingFactory(host=other)
    old = meeting.history.latest("history_date")
    meeting.host = own
    meeting.save()
    client.force_login(clerk_user)

    response = client.post(
        reverse("admin:meetings_meeting_restore", args=[meeting.pk, old.pk]), follow=True
    )

    assert "不在您的录入范围内" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).host == own


@pytest.mark.parametrize("who", ["superuser", "clerk_user"])
def test_the_history_revert_form_refuses_post_for_everyone(client, who, request):
    user = request.getfixturevalue(who)
    meeting = MeetingFactory(title="原标题")
    ClerkScopeFactory(user=user, organisation=meeting.host)
    version = meeting.history.latest("history_date")
    client.force_login(user)
    url = reverse("admin:meetings_meeting_simple_history", args=[meeting.pk, version.pk])

    assert client.get(url).status_code == 200
    response = client.post(url, {"title": "从历史页改的标题", "kind": meeting.kind})

    assert response.status_code == 405
    assert Meeting.objects.get(pk=meeting.pk).title == "原标题"
