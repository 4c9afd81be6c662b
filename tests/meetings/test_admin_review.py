"""The review flow in the admin: buttons, read-only final records, amendments, the queue."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from meetings.models import MeetingStatus, ReviewAction
from meetings.workflow import meeting_return, meeting_submit
from tests.factories import ClerkScopeFactory, MeetingFactory, OrganisationFactory, UserFactory
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def college():
    return OrganisationFactory(name="材料学院党委", kind="二级党委")


@pytest.fixture
def branch(college):
    return OrganisationFactory(name="材料学院学生第一党支部", parent=college)


def staff_in(group: str, organisation, username: str):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    ClerkScopeFactory(user=user, organisation=organisation)
    return user


@pytest.fixture
def clerk(branch):
    return staff_in("录入员", branch, "clerk")


@pytest.fixture
def reviewer(college):
    return staff_in("审核人", college, "reviewer")


def change_url(meeting) -> str:
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


def action_url(meeting, action: str) -> str:
    return reverse("admin:meetings_meeting_review_action", args=[meeting.pk, action])


def test_a_clerk_submits_from_the_change_page_and_the_record_becomes_read_only(
    client, branch, clerk
):
    meeting = MeetingFactory(host=branch, status=MeetingStatus.DRAFT, created_by=clerk)
    client.force_login(clerk)
    assert "报送审核" in client.get(change_url(meeting)).content.decode()

    response = client.post(action_url(meeting, "submit"), {"version": meeting.version})

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.SUBMITTED
    page = client.get(change_url(meeting)).content.decode()
    assert 'name="title"' not in page  # shown, not editable
    assert client.post(change_url(meeting), {"title": "改名"}).status_code == 403
    meeting.refresh_from_db()
    assert meeting.title != "改名"


def test_a_transition_by_get_is_refused(client, branch, clerk):
    meeting = MeetingFactory(host=branch, status=MeetingStatus.DRAFT)
    client.force_login(clerk)
    assert client.get(action_url(meeting, "submit")).status_code == 405
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.DRAFT


def test_approving_ones_own_record_in_the_admin_is_refused_with_a_message(client, branch, reviewer):
    meeting = MeetingFactory(host=branch, status=MeetingStatus.DRAFT, created_by=reviewer)
    meeting = meeting_submit(meeting_id=meeting.pk, user=reviewer, version=meeting.version)
    client.force_login(reviewer)

    response = client.post(
        action_url(meeting, "approve"), {"version": meeting.version}, follow=True
    )

    assert "不能审核自己录入或报送的记录" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.SUBMITTED


def test_a_reviewer_returns_with_an_opinion_and_the_clerk_sees_it_first_in_the_list(
    client, branch, clerk, reviewer
):
    MeetingFactory(host=branch, status=MeetingStatus.DRAFT, title="较新的草稿")
    meeting = MeetingFactory(host=branch, status=MeetingStatus.DRAFT, title="待退回的记录")
    meeting = meeting_submit(meeting_id=meeting.pk, user=clerk, version=meeting.version)
    client.force_login(reviewer)
    client.post(action_url(meeting, "return"), {"version": meeting.version, "opinion": "缺少议程"})

    client.force_login(clerk)
    page = client.get(reverse("admin:meetings_meeting_changelist")).content.decode()

    assert page.index("待退回的记录") < page.index("较新的草稿")
    assert "缺少议程" in page
    index = client.get(reverse("admin:index")).content.decode()
    assert "退回待修改：1 条" in index


def test_a_final_record_changes_only_through_an_amendment_with_a_reason(client, branch, clerk):
    meeting = MeetingFactory(host=branch, status=MeetingStatus.PUBLISHED, venue="旧地点")
    client.force_login(clerk)
    assert client.get(change_url(meeting)).context["has_change_permission"] is False
    assert client.post(change_url(meeting), {"venue": "偷改的地点"}).status_code == 403

    amend = change_url(meeting) + "?amend=1"
    data = change_form_data(client.get(amend))
    refused = client.post(amend, {**data, "venue": "新地点", "amendment_reason": ""})
    assert refused.status_code == 200
    meeting.refresh_from_db()
    assert meeting.venue == "旧地点"

    saved = client.post(amend, {**data, "venue": "新地点", "amendment_reason": "地点记录有误"})

    assert saved.status_code == 302
    meeting.refresh_from_db()
    assert meeting.venue == "新地点"
    assert meeting.review_steps.get().action == ReviewAction.AMEND
    public = client.get(meeting.get_absolute_url()).content.decode()
    assert "更正：地点记录有误（clerk）" in public


def test_the_reviewers_queue_lists_their_subtree_oldest_first_in_fixed_queries(
    client, branch, clerk, reviewer, college, django_assert_num_queries
):
    elsewhere = OrganisationFactory(name="外单位党支部")
    MeetingFactory(host=elsewhere, status=MeetingStatus.SUBMITTED, title="不在范围内")
    url = reverse("admin:meetings_meeting_review_queue")
    client.force_login(reviewer)

    def submit(title):
        meeting = MeetingFactory(host=branch, status=MeetingStatus.DRAFT, title=title)
        meeting_submit(meeting_id=meeting.pk, user=clerk, version=meeting.version)

    submit("先报送的会议")
    submit("后报送的会议")
    client.get(url)  # sessions and permissions cached, as on any later page
    # 1 session, 2 user, 3 the queue (+host, submitter; scope as a subquery), 4 the user's
    # own and 5 their groups' permissions (the publish check).
    with django_assert_num_queries(5):
        page = client.get(url).content.decode()
    for n in range(20):
        submit(f"第{n}次报送")
    with django_assert_num_queries(5):
        client.get(url)

    assert page.index("先报送的会议") < page.index("后报送的会议")
    assert "不在范围内" not in page
    assert "clerk" in page


def test_a_returned_record_may_be_edited_and_submitted_again(client, branch, clerk, reviewer):
    meeting = MeetingFactory(host=branch, status=MeetingStatus.DRAFT)
    meeting = meeting_submit(meeting_id=meeting.pk, user=clerk, version=meeting.version)
    meeting = meeting_return(
        meeting_id=meeting.pk, user=reviewer, version=meeting.version, opinion="补充主持人"
    )
    client.force_login(clerk)
    data = change_form_data(client.get(change_url(meeting)))
    assert client.post(change_url(meeting), {**data, "venue": "补充后的地点"}).status_code == 302
    meeting.refresh_from_db()
    client.post(action_url(meeting, "submit"), {"version": meeting.version})
    meeting.refresh_from_db()
    assert (meeting.venue, meeting.status) == ("补充后的地点", MeetingStatus.SUBMITTED)


def test_a_reviewer_turns_their_own_notifications_off_in_the_admin(client, reviewer):
    from meetings.models import ReviewNotificationSetting

    client.force_login(reviewer)
    url = reverse("admin:meetings_reviewnotificationsetting_add")
    assert client.post(url, {}).status_code == 302  # the box left unticked
    setting = ReviewNotificationSetting.objects.get()
    assert (setting.user, setting.send_email) == (reviewer, False)
    assert client.get(url).url.endswith(f"/{setting.pk}/change/")  # one setting each


def test_a_clerk_has_no_notification_settings(client, clerk):
    client.force_login(clerk)
    url = reverse("admin:meetings_reviewnotificationsetting_changelist")
    assert client.get(url).status_code == 403


def test_a_reviewer_always_finds_the_queue_on_the_admin_index(client, reviewer, clerk):
    client.force_login(reviewer)
    assert "待我审核：0 条" in client.get(reverse("admin:index")).content.decode()
    client.force_login(clerk)
    assert "待我审核" not in client.get(reverse("admin:index")).content.decode()
