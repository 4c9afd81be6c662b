"""The search documents of an import, from the rows it has just written.

The index used to read an import's meetings back (`meeting_documents`, 7 queries and every
text of 1,000 meetings again: ~0.2 s of CPU in a 2.5 s import). The values are at hand:
the rows as written and the names as the resolver's people and units hold them, which
are the names stored. Both paths assemble through `meeting_document`, so the documents
are the same (`tests/meetings/test_import_documents.py` compares them).
"""

from collections import defaultdict

from meetings.models import (
    AgendaItem,
    Attendance,
    AttendeeGroup,
    Document,
    Meeting,
    MeetingChair,
    Pledge,
)
from meetings.search.documents import MeetingDocument, meeting_document


def import_documents(
    *,
    meetings: list[Meeting],
    rows: dict[type, list[tuple]],
    columns: dict[type, list[str]],
    people: dict[int, str],
    units: dict[int, str],
) -> list[MeetingDocument]:
    """The documents of `meetings` (saved, their host and recorder set) whose inline rows
    are `rows` (value tuples by model, in `columns` order, in the order written);
    `people` and `units` give the stored name of every id the rows hold."""

    def grouped(model, *names, convert=None) -> dict[int, list]:
        at = [columns[model].index(name) for name in ("meeting_id", *names)]
        result = defaultdict(list)
        for row in rows[model]:
            meeting_id, *values = (row[i] for i in at)
            values = convert(*values) if convert else values[0]
            result[meeting_id].append(values)
        return result

    def item(speaker_id, org_id, *texts) -> tuple:
        speaker = people[speaker_id] if speaker_id is not None else None
        return (speaker, units[org_id] if org_id is not None else None, *texts)

    chairs = grouped(MeetingChair, "person_id", convert=people.__getitem__)
    attendees = grouped(Attendance, "person_id", convert=people.__getitem__)
    groups = grouped(AttendeeGroup, "name")
    agenda = grouped(
        AgendaItem, "speaker_id", "org_id", "title", "document_titles", "text", convert=item
    )
    documents = grouped(Document, "title")
    pledges = grouped(Pledge, "title")
    return [
        meeting_document(
            meeting.pk,
            title=meeting.title,
            venue=meeting.venue,
            host=meeting.host.name if meeting.host else None,
            recorder=meeting.recorder.name if meeting.recorder else None,
            summary=meeting.summary,
            decisions=meeting.decisions,
            source_text=meeting.source_text,
            chairs=chairs[meeting.pk],
            people=attendees[meeting.pk],
            groups=groups[meeting.pk],
            agenda=agenda[meeting.pk],
            documents=documents[meeting.pk],
            pledges=pledges[meeting.pk],
        )
        for meeting in meetings
    ]
