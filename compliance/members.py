"""Reads: each member's record of organisational life (党员参加组织生活情况).

A person belongs to a branch on a day when they hold a position (any title) in the branch or
in one of its 党小组 on that day. A member is due at the branch's 支部党员大会 and 党课 and at
the 党小组会 of their own 党小组; the 支部委员会 concerns the committee, not every member.
At each meeting a member attended (出席, 参加 or 列席), was excused (请假, with the reason),
missed it (named 缺席, or not named where the record lists who attended), or the record
does not say (only absentees named, or nobody).
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from compliance.units import Unit
from meetings.models import (
    PRESENT_ROLES,
    Attendance,
    AttendanceRole,
    Meeting,
    MeetingKind,
)
from orgs.models import Organisation, OrganisationKind, Position

BRANCH_KINDS = (MeetingKind.BRANCH_MEMBERS, MeetingKind.PARTY_LECTURE)
GROUP_KINDS = (MeetingKind.GROUP_MEETING,)
ATTENDED_ROLES = (*PRESENT_ROLES, AttendanceRole.OBSERVER)


class Mark:
    ATTENDED = "attended"
    EXCUSED = "excused"
    MISSED = "missed"
    UNRECORDED = "unrecorded"


MARK_LABELS = {
    Mark.ATTENDED: _("参加"),
    Mark.EXCUSED: _("请假"),
    Mark.MISSED: _("缺席"),
    Mark.UNRECORDED: _("未记录"),
}
MARK_SYMBOLS = {Mark.ATTENDED: "✓", Mark.EXCUSED: "假", Mark.MISSED: "✗", Mark.UNRECORDED: "？"}


@dataclass(slots=True)
class MeetingMark:
    meeting: Meeting
    mark: str
    reason: str = ""

    @property
    def label(self) -> str:
        return str(MARK_LABELS[self.mark])

    @property
    def symbol(self) -> str:
        return MARK_SYMBOLS[self.mark]


@dataclass
class MemberRecord:
    """One person's year in one branch; `marks` follows the table's meetings, None where the
    person was not due (not yet or no longer a member, or another 党小组's meeting)."""

    person_id: int
    name: str
    branch: Organisation
    year: int
    marks: list[MeetingMark | None] = field(default_factory=list)

    def _count(self, mark: str) -> int:
        return sum(1 for m in self.marks if m is not None and m.mark == mark)

    @property
    def held(self) -> int:
        return sum(1 for m in self.marks if m is not None)

    @property
    def attended(self) -> int:
        return self._count(Mark.ATTENDED)

    @property
    def excused(self) -> int:
        return self._count(Mark.EXCUSED)

    @property
    def missed(self) -> int:
        return self._count(Mark.MISSED)

    @property
    def unrecorded(self) -> int:
        return self._count(Mark.UNRECORDED)

    @property
    def rate(self) -> float | None:
        """Attended ÷ meetings due; excused absences are absences too."""
        return self.attended / self.held if self.held else None

    @property
    def excuses(self) -> list[MeetingMark]:
        return [m for m in self.marks if m is not None and m.mark == Mark.EXCUSED]


@dataclass
class BranchTable:
    branch: Organisation
    year: int
    meetings: list[Meeting]
    rows: list[MemberRecord]


def _covers(position: Position, day: datetime.date) -> bool:
    return (position.start is None or position.start <= day) and (
        position.end is None or day <= position.end
    )


def _due(positions: list[Position], meeting: Meeting, branch_id: int) -> bool:
    """Group meetings are due for that group's members; branch meetings for all members."""
    if meeting.kind in GROUP_KINDS:
        return any(
            p.organisation_id == meeting.host_id and _covers(p, meeting.date) for p in positions
        )
    return meeting.host_id == branch_id and any(_covers(p, meeting.date) for p in positions)


def _mark(meeting: Meeting, row: tuple[str, str] | None) -> MeetingMark:
    if row is None:
        return MeetingMark(meeting, Mark.MISSED if meeting.has_roll else Mark.UNRECORDED)
    role, reason = row
    if role in ATTENDED_ROLES:
        return MeetingMark(meeting, Mark.ATTENDED)
    return MeetingMark(
        meeting, Mark.EXCUSED if role == AttendanceRole.EXCUSED else Mark.MISSED, reason
    )


def _member_meetings(*, host_ids: Iterable[int], start, end):
    """Meetings members are due at, with whether the record lists who attended: 1 query.

    Like the compliance report, every published record counts, internal ones too: whoever
    may see the member record (view_internal_meeting) may see them."""
    roll = Attendance.objects.filter(meeting=OuterRef("pk"), role__in=PRESENT_ROLES)
    return list(
        Meeting.objects.on_record()
        .filter(host_id__in=list(host_ids), date__range=(start, end))
        .filter(
            Q(kind__in=BRANCH_KINDS, host__kind=OrganisationKind.BRANCH)
            | Q(kind__in=GROUP_KINDS, host__kind=OrganisationKind.GROUP)
        )
        .annotate(has_roll=Exists(roll))
        .only("title", "kind", "date", "host_id")
        .order_by("date", "pk")
    )


def _attendance_rows(meetings: list[Meeting], person_ids: Iterable[int]) -> dict:
    """(meeting id, person id) → (role, reason) for the members at these meetings: 1 query."""
    rows = Attendance.objects.filter(
        meeting_id__in=[m.pk for m in meetings], person_id__in=list(person_ids)
    ).values_list("meeting_id", "person_id", "role", "reason")
    return {(meeting_id, person_id): (role, reason) for meeting_id, person_id, role, reason in rows}


def _branch_of(org: Organisation, orgs: dict[int, Organisation]) -> Organisation | None:
    if org.kind == OrganisationKind.BRANCH:
        return org
    parent = orgs.get(org.parent_id)
    if org.kind == OrganisationKind.GROUP and parent and parent.kind == OrganisationKind.BRANCH:
        return parent
    return None


def member_records(*, branches: list[Organisation | Unit], year: int) -> list[BranchTable]:
    """Each member's record for `year` in each of `branches`, in 4 queries whatever their size:
    1 their 党小组, 2 positions there overlapping the year (+person), 3 the meetings members
    are due at (with whether each lists who attended), 4 the members' attendances there."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    orgs = {org.pk: org for org in branches}
    orgs.update(
        (group.pk, group)
        for group in Organisation.objects.filter(
            parent_id__in=list(orgs), kind=OrganisationKind.GROUP
        ).only("name", "kind", "parent_id", "path")
    )
    positions = (
        Position.objects.filter(organisation_id__in=list(orgs))
        .filter(Q(start__isnull=True) | Q(start__lte=end), Q(end__isnull=True) | Q(end__gte=start))
        .select_related("person")
        .order_by("person__name", "person_id", "pk")
    )
    members: dict[tuple[int, int], list[Position]] = defaultdict(list)
    for position in positions:
        branch = _branch_of(orgs[position.organisation_id], orgs)
        members[branch.pk, position.person_id].append(position)
    meetings = _member_meetings(host_ids=orgs, start=start, end=end)
    attendance = _attendance_rows(meetings, {person for _, person in members})
    by_branch: dict[int, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        by_branch[_branch_of(orgs[meeting.host_id], orgs).pk].append(meeting)
    tables = {b.pk: BranchTable(b, year, by_branch[b.pk], []) for b in branches}
    for (branch_id, person_id), held in members.items():
        table = tables[branch_id]
        record = MemberRecord(person_id, held[0].person.name, table.branch, year)
        for meeting in table.meetings:
            due = _due(held, meeting, branch_id)
            record.marks.append(
                _mark(meeting, attendance.get((meeting.pk, person_id))) if due else None
            )
        table.rows.append(record)
    return list(tables.values())


def person_member_records(*, person_id: int) -> list[MemberRecord]:
    """A person's record in every branch they belonged to, one per branch and year with
    meetings due, newest first. 3 queries: 1 positions in branches and 党小组 (+organisation,
    its parent), 2 the meetings due there, 3 the person's attendances at them."""
    positions = list(
        Position.objects.filter(
            person_id=person_id,
            organisation__kind__in=(OrganisationKind.BRANCH, OrganisationKind.GROUP),
        ).select_related("organisation__parent", "person")
    )
    held: dict[int, list[Position]] = defaultdict(list)
    branches: dict[int, Organisation] = {}
    for position in positions:
        org = position.organisation
        branch = org if org.kind == OrganisationKind.BRANCH else org.parent
        if branch is not None and branch.kind == OrganisationKind.BRANCH:
            held[branch.pk].append(position)
            branches[branch.pk] = branch
    if not held:
        return []
    starts = [p.start for p in positions if p.start]
    ends = [p.end for p in positions if p.end]
    open_ended = any(p.end is None for p in positions)
    meetings = _member_meetings(
        host_ids={p.organisation_id for p in positions} | set(branches),
        start=min(starts) if len(starts) == len(positions) else datetime.date.min,
        end=datetime.date.max if open_ended else max(ends),
    )
    attendance = _attendance_rows(meetings, [person_id])
    records: dict[tuple[int, int], MemberRecord] = {}
    name = positions[0].person.name
    for meeting in meetings:
        for branch_id, branch_positions in held.items():
            if not _due(branch_positions, meeting, branch_id):
                continue
            key = (branch_id, meeting.date.year)
            if key not in records:
                records[key] = MemberRecord(person_id, name, branches[branch_id], key[1])
            records[key].marks.append(_mark(meeting, attendance.get((meeting.pk, person_id))))
    return sorted(records.values(), key=lambda r: (-r.year, r.branch.path))


def report_branches(report) -> list[Unit]:
    """The branches that are rows of a compliance report, in its order."""
    seen = {}
    for table in report.tables:
        for block in table.groups:
            for row in block.rows:
                if row.org.kind == OrganisationKind.BRANCH:
                    seen.setdefault(row.org.pk, row.org)
    return list(seen.values())


def member_rows(tables: list[BranchTable]) -> list[dict]:
    """The records flattened for JSON and the spreadsheet: one dict per member and branch."""
    return [
        {
            "branch": table.branch.name,
            "person": row.name,
            "year": table.year,
            "held": row.held,
            "attended": row.attended,
            "excused": row.excused,
            "missed": row.missed,
            "unrecorded": row.unrecorded,
            "rate": None if row.rate is None else round(row.rate, 4),
            "excuses": [
                {"date": f"{m.meeting.date}", "meeting": m.meeting.title, "reason": m.reason}
                for m in row.excuses
            ],
        }
        for table in tables
        for row in table.rows
    ]
