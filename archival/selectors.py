"""Reads of the archive as records to keep: what a year's transfer holds."""

from django.db.models import QuerySet

from meetings.models import Meeting, MeetingStatus
from orgs.models import Organisation


def meetings_for_transfer(*, year: int, org: Organisation | None = None) -> QuerySet[Meeting]:
    """A year's filed records: published meetings (archived and internal ones too, for the
    archive keeps what the public pages hide); with `org`, those hosted in its subtree."""
    queryset = Meeting.objects.filter(status=MeetingStatus.PUBLISHED, date__year=year)
    if org is not None:
        queryset = queryset.filter(host__in=Organisation.objects.descendants_of(org))
    return queryset
