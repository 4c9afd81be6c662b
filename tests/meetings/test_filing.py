"""档号 and 保管期限: given once when a meeting is published or archived, never reused."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from meetings.filing import RETENTION_BY_KIND
from meetings.models import Meeting, MeetingKind, MeetingStatus, Retention
from meetings.services import (
    RecordsRejected,
    meeting_archive,
    meeting_records_import,
    meeting_set_status,
)
from orgs.models import OrganisationKind
from tests.factories import MeetingFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def draft(**kwargs) -> Meeting:
    return MeetingFactory(status=MeetingStatus.DRAFT, **kwargs)


def publish(*meetings: Meeting) -> list[Meeting]:
    meeting_set_status(
        meetings=Meeting.objects.filter(pk__in=[m.pk for m in meetings]),
        status=MeetingStatus.PUBLISHED,
    )
    return [Meeting.objects.get(pk=m.pk) for m in meetings]


def test_publishing_gives_a_file_number_by_the_da_t_13_pattern_and_the_kinds_retention():
    committee = OrganisationFactory(name="校党委", kind=OrganisationKind.PARTY_COMMITTEE)

    (meeting,) = publish(draft(kind=MeetingKind.COMMITTEE_PLENARY, host=committee))

    assert meeting.file_number == "DQ·2023-Y-DW-0001"
    assert meeting.retention == Retention.PERMANENT


def test_three_meetings_one_lecture_are_kept_thirty_years_and_numbered_in_date_order():
    branch = OrganisationFactory()
    later = draft(date=datetime.date(2023, 5, 1), host=branch)
    earlier = draft(date=datetime.date(2023, 2, 1), host=branch)

    later, earlier = publish(later, earlier)

    assert (earlier.file_number, later.file_number) == (
        "DQ·2023-D30-DZB-0001",
        "DQ·2023-D30-DZB-0002",
    )
    assert RETENTION_BY_KIND[MeetingKind.PARTY_LECTURE] == later.retention == Retention.THIRTY_YEARS


def test_archiving_files_a_meeting_too():
    meeting = draft()

    meeting_archive(meetings=Meeting.objects.filter(pk=meeting.pk))

    assert Meeting.objects.get(pk=meeting.pk).file_number.startswith("DQ·2023-")


def test_a_chosen_retention_is_kept():
    (meeting,) = publish(draft(retention=Retention.TEN_YEARS))

    assert meeting.retention == Retention.TEN_YEARS and "-D10-" in meeting.file_number


def test_unpublishing_and_publishing_again_keeps_the_number():
    (meeting,) = publish(draft())
    meeting_set_status(meetings=Meeting.objects.filter(pk=meeting.pk), status=MeetingStatus.DRAFT)

    (again,) = publish(meeting)

    assert again.file_number == meeting.file_number


def test_a_deleted_meetings_number_is_never_given_again():
    branch = OrganisationFactory()
    (first,) = publish(draft(host=branch))
    Meeting.objects.filter(pk=first.pk).delete()

    (second,) = publish(draft(host=branch))

    assert (first.file_number, second.file_number) == (
        "DQ·2023-D30-DZB-0001",
        "DQ·2023-D30-DZB-0002",
    )


def test_a_number_already_brought_in_by_an_import_is_skipped():
    branch = OrganisationFactory()
    MeetingFactory(host=branch, file_number="DQ·2023-D30-DZB-0001")

    (meeting,) = publish(draft(host=branch))

    assert meeting.file_number == "DQ·2023-D30-DZB-0002"


def test_the_pattern_is_a_setting(settings):
    settings.ARCHIVE_FONDS_CODE = "J012"
    settings.ARCHIVE_FILE_NUMBER_PATTERN = "{fonds}-{year}-{org}-{retention}-{number:05d}"

    (meeting,) = publish(draft())

    assert meeting.file_number == "J012-2023-DZB-D30-00001"


def test_file_meetings_numbers_published_meetings_that_have_none():
    published = MeetingFactory()
    drafted = draft()

    call_command("file_meetings", stdout=StringIO())

    assert Meeting.objects.get(pk=published.pk).file_number
    assert not Meeting.objects.get(pk=drafted.pk).file_number


def test_the_page_shows_the_file_number_and_retention(client):
    (meeting,) = publish(draft())

    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()

    assert meeting.file_number in page and "保管期限" in page and "30年" in page


def test_an_unknown_retention_is_refused(seed_record):
    with pytest.raises(RecordsRejected, match="retention"):
        meeting_records_import(records={**seed_record, "retention": "长期"})
