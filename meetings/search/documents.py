"""The weighted texts of a meeting, as the index stores them.

Weights follow what a searcher means: A the title and the names of the people and units
that took part, B the titles of documents, pledges and agenda items, C what was said,
D the source report (often Traditional and garbled, still worth finding).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from meetings.models import (
    AgendaItem,
    Attendance,
    AttendeeGroup,
    Document,
    Meeting,
    MeetingChair,
    Pledge,
)
from meetings.search.tokenizer import segment

WEIGHTS = ("A", "B", "C", "D")


@dataclass
class MeetingDocument:
    meeting_id: int
    # weight -> token sequences, one per text segment (a phrase never spans two segments)
    fields: dict[str, list[tuple[str, ...]]] = field(
        default_factory=lambda: {w: [] for w in WEIGHTS}
    )
    # The document as the backend writes it, when encoded ahead (`search_documents_encode`).
    encoded: bytes | None = field(default=None, compare=False, repr=False)

    def add(self, weight: str, text: str | None) -> None:
        self._append(weight, segment(text) if text else ())

    def add_name(self, weight: str, name: str | None) -> None:
        """A person's name, as one token (see `name_tokens`)."""
        self._append(weight, segment(name, name=True) if name else ())

    def _append(self, weight: str, tokens: tuple[str, ...]) -> None:
        if tokens:
            self.fields[weight].append(tokens)


def meeting_document(
    meeting_id: int,
    *,
    title: str,
    venue: str,
    host: str | None,
    recorder: str | None,
    summary: str,
    decisions: str,
    source_text: str,
    chairs: Sequence[str] = (),
    people: Sequence[str] = (),
    groups: Sequence[str] = (),
    agenda: Sequence[tuple] = (),
    documents: Sequence[str] = (),
    pledges: Sequence[str] = (),
) -> MeetingDocument:
    """The index document of one meeting from its stored values: names as stored (`host`,
    `recorder`, `chairs`, `people` the people and unit names, `groups` the attendee groups'),
    inline rows in their order, `agenda` as (speaker, unit, title, document_titles, text).

    The one assembly, whether the values are read back (`meeting_documents`) or are those an
    import has just written (`meetings.import_documents`): the two cannot differ.
    """
    doc = MeetingDocument(meeting_id)
    doc.add("A", title)
    doc.add("A", host)
    doc.add_name("A", recorder)
    for name in (*chairs, *people):
        doc.add_name("A", name)
    for speaker, org, item_title, document_titles, text in agenda:
        doc.add_name("A", speaker)
        doc.add("A", org)
        doc.add("B", item_title)
        for line in document_titles.splitlines():
            doc.add("B", line)
        doc.add("C", text)
    for text in (*documents, *pledges):
        doc.add("B", text)
    for text in (summary, decisions, venue):
        doc.add("C", text)
    for name in groups:
        doc.add("C", name)
    doc.add("D", source_text)
    return doc


def _texts_by_meeting(queryset, *fields) -> dict[int, list]:
    """The values of `fields` by meeting, in the model's order: a value alone for one field,
    a tuple for several."""
    grouped = defaultdict(list)
    for meeting_id, *values in queryset.values_list("meeting_id", *fields):
        grouped[meeting_id].append(values[0] if len(values) == 1 else tuple(values))
    return grouped


def meeting_documents(meeting_ids: list[int]) -> list[MeetingDocument]:
    """Index documents of the given meetings (those still existing), in 7 queries.

    1 meetings (+host, recorder), 2 chairs, 3 attendances, 4 attendee groups,
    5 agenda items (+speaker, unit), 6 documents, 7 pledges.
    """
    meetings = list(
        Meeting.objects.filter(pk__in=meeting_ids)
        .order_by()
        .values_list(
            "pk",
            "title",
            "venue",
            "host__name",
            "recorder__name",
            "summary",
            "decisions",
            "source_text",
        )
    )
    ids = [row[0] for row in meetings]
    chairs = _texts_by_meeting(MeetingChair.objects.filter(meeting_id__in=ids), "person__name")
    people = _texts_by_meeting(Attendance.objects.filter(meeting_id__in=ids), "person__name")
    groups = _texts_by_meeting(AttendeeGroup.objects.filter(meeting_id__in=ids), "name")
    agenda = _texts_by_meeting(
        AgendaItem.objects.filter(meeting_id__in=ids).order_by("meeting_id", "order", "pk"),
        "speaker__name",
        "org__name",
        "title",
        "document_titles",
        "text",
    )
    documents = _texts_by_meeting(Document.objects.filter(meeting_id__in=ids), "title")
    pledges = _texts_by_meeting(Pledge.objects.filter(meeting_id__in=ids), "title")
    return [
        meeting_document(
            pk,
            title=title,
            venue=venue,
            host=host,
            recorder=recorder,
            summary=summary,
            decisions=decisions,
            source_text=source_text,
            chairs=chairs[pk],
            people=people[pk],
            groups=groups[pk],
            agenda=agenda[pk],
            documents=documents[pk],
            pledges=pledges[pk],
        )
        for pk, title, venue, host, recorder, summary, decisions, source_text in meetings
    ]
