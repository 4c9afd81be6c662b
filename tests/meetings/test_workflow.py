"""The review flow: submit → return → resubmit → approve → amend, and every refusal."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from meetings.models import Meeting, MeetingStatus, ReviewAction, ReviewNotificationSetting
from meetings.selectors import meetings_for_export
from meetings.workflow import (
    ReviewRefused,
    meeting_amendment_record,
    meeting_approve,
    meeting_is_locked,
    meeting_return,
    meeting_submit,
    reviewers_to_notify,
)
from tests.factories import ClerkScopeFactory, MeetingFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def college():
    return OrganisationFactory(name="电气学院党委", kind="二级党委")


@pytest.fixture
def branch(college):
    return OrganisationFactory(name="电气学院教工第一党支部", parent=college)


def user_in(group: str, organisation, **kwargs):
    user = UserFactory(is_staff=True, email=f"{group}{organisation.pk}@example.edu.cn", **kwargs)
    user.groups.add(Group.objects.get(name=group))
    ClerkScopeFactory(user=user, organisation=organisation)
    return user


@pytest.fixture
def clerk(branch):
    return user_in("录入员", branch)


@pytest.fixture
def reviewer(college):
    return user_in("审核人", college)


@pytest.fixture
def draft(branch, clerk):
    return MeetingFactory(host=branch, status=MeetingStatus.DRAFT, created_by=clerk)


@pytest.fixture(autouse=True)
def committed(django_capture_on_commit_callbacks, monkeypatch):
    """E-mails leave once a transition commits: run each transition's on-commit callbacks."""
    import meetings.workflow as workflow

    for name in ("meeting_submit", "meeting_approve", "meeting_return"):
        service = getattr(workflow, name)

        def run(*args, _service=service, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return _service(*args, **kwargs)

        monkeypatch.setitem(globals(), name, run)


def submitted(meeting, clerk) -> Meeting:
    return meeting_submit(meeting_id=meeting.pk, user=clerk, version=meeting.version)


def test_a_clerk_no_longer_publishes_and_a_reviewer_does():
    clerk_perms = Group.objects.get(name="录入员").permissions.values_list("codename", flat=True)
    reviewer_perms = Group.objects.get(name="审核人").permissions.values_list("codename", flat=True)
    assert "publish_meeting" not in clerk_perms
    assert {"publish_meeting", "change_meeting"} <= set(reviewer_perms)


def test_submit_then_approve_publishes_the_record_and_tells_both_sides(draft, clerk, reviewer):
    meeting = submitted(draft, clerk)
    assert meeting.status == MeetingStatus.SUBMITTED
    assert meeting.submitted_by == clerk
    assert [m.to for m in mail.outbox] == [[reviewer.email]]
    assert meeting_is_locked(meeting)

    meeting = meeting_approve(meeting_id=meeting.pk, user=reviewer, version=meeting.version)

    assert meeting.status == MeetingStatus.PUBLISHED
    assert Meeting.objects.visible_to(None).filter(pk=meeting.pk).exists()
    assert [s.action for s in meeting.review_steps.all()] == ["submit", "approve"]
    assert mail.outbox[-1].to == [clerk.email]
    assert "已审核发布" in mail.outbox[-1].subject


def test_a_returned_record_carries_the_opinion_and_can_be_submitted_again(draft, clerk, reviewer):
    meeting = submitted(draft, clerk)
    meeting = meeting_return(
        meeting_id=meeting.pk, user=reviewer, version=meeting.version, opinion="请补充实到人数"
    )
    assert meeting.status == MeetingStatus.RETURNED
    assert not meeting_is_locked(meeting)
    assert meeting.review_steps.last().note == "请补充实到人数"
    assert "请补充实到人数" in mail.outbox[-1].body

    meeting = submitted(meeting, clerk)
    assert meeting.status == MeetingStatus.SUBMITTED


def test_returning_without_an_opinion_is_refused_and_changes_nothing(draft, clerk, reviewer):
    meeting = submitted(draft, clerk)
    with pytest.raises(ReviewRefused, match="审核意见"):
        meeting_return(meeting_id=meeting.pk, user=reviewer, version=meeting.version, opinion=" ")
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.SUBMITTED
    assert meeting.review_steps.count() == 1


def test_a_reviewer_cannot_approve_a_record_they_entered(branch, college, reviewer):
    own = MeetingFactory(host=branch, status=MeetingStatus.DRAFT, created_by=reviewer)
    own = submitted(own, reviewer)
    with pytest.raises(ReviewRefused, match="不能审核自己"):
        meeting_approve(meeting_id=own.pk, user=reviewer, version=own.version)
    own.refresh_from_db()
    assert own.status == MeetingStatus.SUBMITTED


def test_a_reviewer_cannot_approve_outside_their_scope(draft, clerk):
    elsewhere = user_in("审核人", OrganisationFactory(name="机械学院党委", kind="二级党委"))
    meeting = submitted(draft, clerk)
    with pytest.raises(ReviewRefused, match="审核范围"):
        meeting_approve(meeting_id=meeting.pk, user=elsewhere, version=meeting.version)


def test_a_clerk_cannot_approve_even_a_record_of_their_own_unit(draft, clerk):
    other_clerk = user_in("录入员", draft.host)
    meeting = submitted(draft, clerk)
    with pytest.raises(ReviewRefused, match="审核权限"):
        meeting_approve(meeting_id=meeting.pk, user=other_clerk, version=meeting.version)


def test_only_drafts_and_returned_records_are_submitted_and_only_submitted_ones_reviewed(
    draft, clerk, reviewer
):
    with pytest.raises(ReviewRefused, match="只有已报送"):
        meeting_approve(meeting_id=draft.pk, user=reviewer, version=draft.version)
    published = MeetingFactory(host=draft.host, status=MeetingStatus.PUBLISHED)
    with pytest.raises(ReviewRefused, match="只有草稿或退回"):
        submitted(published, clerk)


def test_the_later_of_two_reviewers_acting_at_once_is_refused(draft, clerk, reviewer, college):
    second = user_in("审核人", college)
    meeting = submitted(draft, clerk)
    seen = meeting.version
    meeting_return(meeting_id=meeting.pk, user=second, version=seen, opinion="日期有误")
    with pytest.raises(ReviewRefused, match="其他用户已修改"):
        meeting_approve(meeting_id=meeting.pk, user=reviewer, version=seen)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.RETURNED


def test_a_superuser_may_approve_their_own_record_and_is_recorded_as_doing_it(branch):
    root = UserFactory(is_staff=True, is_superuser=True, username="root")
    meeting = MeetingFactory(host=branch, status=MeetingStatus.DRAFT, created_by=root)
    meeting = submitted(meeting, root)
    meeting = meeting_approve(meeting_id=meeting.pk, user=root, version=meeting.version)
    assert meeting.status == MeetingStatus.PUBLISHED
    assert meeting.review_steps.last().actor_name == "root"


def test_an_amendment_needs_a_reason_and_is_listed_with_who_and_when(draft, clerk, reviewer):
    meeting = submitted(draft, clerk)
    meeting = meeting_approve(meeting_id=meeting.pk, user=reviewer, version=meeting.version)
    with pytest.raises(ReviewRefused, match="更正原因"):
        meeting_amendment_record(meeting=meeting, user=reviewer, reason="")

    meeting_amendment_record(meeting=meeting, user=reviewer, reason="会议地点记录有误")

    # The amendments as the page and the PDF load them.
    (amendment,) = meetings_for_export(Meeting.objects.filter(pk=meeting.pk)).get().amendments
    assert amendment.note == "会议地点记录有误"
    assert amendment.actor_name == reviewer.username
    assert meeting.review_steps.filter(action=ReviewAction.AMEND).count() == 1


def test_a_draft_is_changed_directly_not_amended(draft, clerk):
    with pytest.raises(ReviewRefused, match="可直接修改"):
        meeting_amendment_record(meeting=draft, user=clerk, reason="笔误")


def test_a_reviewer_who_turned_notifications_off_gets_no_email(draft, clerk, reviewer):
    ReviewNotificationSetting.objects.create(user=reviewer, send_email=False)
    assert reviewers_to_notify(draft) == []
    submitted(draft, clerk)
    assert mail.outbox == []
