"""A bundle carries the review flow: states, opinions and amendments come back on restore."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from meetings.models import Meeting, MeetingStatus
from meetings.workflow import (
    meeting_amendment_record,
    meeting_approve,
    meeting_return,
    meeting_submit,
)
from tests.factories import ClerkScopeFactory, MeetingFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def flow_of(meeting: Meeting) -> tuple:
    steps = [(s.action, s.actor_name, s.note, s.at) for s in meeting.review_steps.all()]
    return meeting.status, meeting.submitted_at, steps


@pytest.fixture
def meetings_in_every_state():
    host = OrganisationFactory(name="数学学院教工党支部")
    clerk = UserFactory(username="clerk-a")
    ClerkScopeFactory(user=clerk, organisation=host)
    reviewer = UserFactory(username="reviewer-b", is_superuser=True)

    def new(title):
        return MeetingFactory(host=host, status=MeetingStatus.DRAFT, title=title, created_by=clerk)

    def submit(meeting):
        return meeting_submit(meeting_id=meeting.pk, user=clerk, version=meeting.version)

    returned = submit(new("被退回的会议"))
    meeting_return(
        meeting_id=returned.pk, user=reviewer, version=returned.version, opinion="缺议程"
    )
    submit(new("待审核的会议"))
    final = submit(new("已更正的会议"))
    final = meeting_approve(meeting_id=final.pk, user=reviewer, version=final.version)
    meeting_amendment_record(meeting=final, user=reviewer, reason="更正日期")
    return {m.title: flow_of(m) for m in Meeting.objects.all()}


def test_a_backup_bag_brings_back_states_opinions_and_amendments(meetings_in_every_state, tmp_path):
    bag = tmp_path / "backup"
    call_command("export_meetings", "--bundle", str(bag), stderr=StringIO())
    Meeting.objects.all().delete()

    call_command("import_meetings", str(bag), stdout=StringIO(), stderr=StringIO())

    assert {m.title: flow_of(m) for m in Meeting.objects.all()} == meetings_in_every_state
    returned = Meeting.objects.get(title="被退回的会议")
    assert returned.status == MeetingStatus.RETURNED
    assert returned.review_steps.last().note == "缺议程"


def test_the_record_json_keeps_to_the_formats_two_states(meetings_in_every_state, tmp_path):
    bag = tmp_path / "backup"
    call_command("export_meetings", "--bundle", str(bag), stderr=StringIO())
    states = {
        json.loads(path.read_text(encoding="utf-8"))["status"]
        for path in bag.glob("data/meetings/*/record.json")
    }
    assert states == {"draft", "published"}


def test_a_bag_with_a_broken_review_log_is_refused_and_writes_nothing(
    meetings_in_every_state, tmp_path
):
    import bagit

    bag = tmp_path / "backup"
    call_command("export_meetings", "--bundle", str(bag), stderr=StringIO())
    review = next(bag.glob("data/meetings/*/review.json"))
    log = json.loads(review.read_text(encoding="utf-8"))
    log["status"] = "approved-by-nobody"
    review.write_text(json.dumps(log), encoding="utf-8")
    bagit.Bag(str(bag)).save(manifests=True)  # a consistent bag with a bad log inside
    Meeting.objects.all().delete()

    with pytest.raises(CommandError):
        call_command("import_meetings", str(bag), stdout=StringIO(), stderr=StringIO())

    assert Meeting.objects.count() == 0
