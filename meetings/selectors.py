"""Reads: querysets that state their joins."""

from django.db.models import Prefetch, QuerySet

from meetings.models import AgendaItem, Attendance, Meeting, MeetingChair, Pledge, PledgeParty
from orgs.models import Organisation


def meeting_record_prefetches() -> list:
    """Everything meeting_to_record and the detail page touch, as a fixed set of queries."""
    return [
        Prefetch("chair_links", queryset=MeetingChair.objects.select_related("person")),
        Prefetch("attendances", queryset=Attendance.objects.select_related("person")),
        "attendee_groups",
        Prefetch("agenda_items", queryset=AgendaItem.objects.select_related("speaker", "org")),
        "documents",
        Prefetch(
            "pledges",
            queryset=Pledge.objects.prefetch_related(
                Prefetch("party_links", queryset=PledgeParty.objects.select_related("organisation"))
            ),
        ),
    ]


def meetings_for_export(queryset: QuerySet[Meeting] | None = None) -> QuerySet[Meeting]:
    """Meetings with all relations of a meeting-record/1 export: 9 queries whatever the size.

    1 meetings (+host, recorder), 2 chairs, 3 attendances, 4 groups, 5 agenda,
    6 documents, 7 pledges, 8 pledge parties.
    """
    queryset = Meeting.objects.all() if queryset is None else queryset
    return (
        queryset.select_related("host", "recorder")
        .prefetch_related(*meeting_record_prefetches())
        .order_by("date", "pk")
    )


def archive_vocabulary() -> tuple[set[str], set[str]]:
    """Every person's and organisation's name, for the report parser: 2 queries."""
    from orgs.models import Organisation, Person

    people = set(Person.objects.values_list("name", flat=True))
    orgs = set(Organisation.objects.values_list("name", flat=True))
    return people, orgs


def meetings_for_yearbook(*, year: int, org: Organisation | None = None) -> QuerySet[Meeting]:
    """A year's meetings as anyone may see them (the volume may travel), with every
    relation of the summary PDF; with `org`, only those hosted by it or its descendants."""
    queryset = Meeting.objects.visible_to(None).filter(date__year=year)
    if org is not None:
        queryset = queryset.filter(host__in=Organisation.objects.descendants_of(org))
    return meetings_for_export(queryset)
