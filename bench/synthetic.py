"""A realistic synthetic archive for benchmarks and load tests.

`archive_generate(meetings=N, seed=S)` builds an organisation tree (the school 党委, ~30
二级党委/党总支, ~400 党支部, 党小组 under some branches), ~8,000 people with positions
over ten years, N meetings with attendees, agenda items, documents and pledges, one "big"
meeting and the seed meeting. Everything comes from `random.Random(seed)` and dates fixed
in code, so one seed always gives the same archive.

Speed: rows get explicit primary keys (bench.tables), so children need
no round trip to learn their parents' ids. On PostgreSQL every table is written with COPY;
elsewhere with bulk_create. Model `save()`, signals and django-simple-history are skipped
on purpose: synthetic rows need no audit trail, and the search index is rebuilt once
afterwards (`rebuild_search_index`) instead of per meeting.
"""

import datetime
import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import connection, transaction

from bench.tables import TableWriter, reset_sequences
from bench.vocabulary import (
    AGENDA_KINDS,
    BRANCH_HOSTED,
    BRANCH_KINDS,
    CONNECTORS,
    DECISIONS,
    DETAILS,
    DOCUMENT_TITLES,
    GIVEN,
    GROUP_NAMES,
    KIND_WEIGHTS,
    LEADER_NAMES,
    LEAVE_REASONS,
    OBJECTS,
    OPENERS,
    ORDINALS,
    PLEDGE_KINDS,
    PURPOSES,
    SCHOOL_OFFICES,
    SUBJECTS,
    SURNAMES,
    TIMES,
    TOPICS,
    UNITS,
    VENUES,
    VERBS,
)
from common.text import fold
from meetings.models import (
    THREE_MEETINGS_ONE_LECTURE,
    TITLE_SEPARATOR,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceRole,
    AttendeeGroup,
    Document,
    Meeting,
    MeetingChair,
    MeetingKind,
    MeetingStatus,
    MeetingVisibility,
    Pledge,
    PledgeParty,
)
from orgs.models import PATH_STEP, Organisation, OrganisationKind, Person, Position

SEED_RECORD_PATH = Path(__file__).resolve().parent / "data" / "seed-meeting.json"
SCHOOL_NAME = "中共太原理工大学委员会"
BIG_MEETING_TITLE = "全校党建工作推进大会（大型会议基准）"
FIRST_YEAR, LAST_YEAR = 2015, 2024
PEOPLE = 8000
CHUNK = 2000  # meetings generated and written per step (one progress tick)

MEMBER_TITLE = "党员"  # the position that makes a person a member of a branch
TZ = ZoneInfo("Asia/Shanghai")


@dataclass
class OrgNode:
    pk: int
    name: str
    short_name: str
    kind: str
    parent: "OrgNode | None"
    path: str
    unit: "OrgNode | None" = None  # the 二级党委/党总支 this node belongs to
    members: list[int] = field(default_factory=list)
    pool: list[int] = field(default_factory=list)  # people who may attend its meetings
    children: list["OrgNode"] = field(default_factory=list)


@dataclass
class Term:
    person: int
    title: str
    start: datetime.date
    end: datetime.date | None


@dataclass
class ArchiveSummary:
    meetings: int = 0
    organisations: int = 0
    people: int = 0
    big_meeting_id: int | None = None
    seed_meeting_id: int | None = None


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.orgs = TableWriter(
            Organisation,
            ["id", "name", "short_name", "kind", "parent", "path", "name_key", "sort_order"],
        )
        self.people = TableWriter(Person, ["id", "name", "note", "name_key"])
        self.positions = TableWriter(
            Position, ["id", "person", "organisation", "title", "start", "end"]
        )
        self.meetings = TableWriter(
            Meeting,
            [
                "id", "title", "kind", "date", "time", "venue", "host", "recorder", "expected",
                "present", "summary", "decisions", "status", "visibility", "archived",
                "retention", "file_number", "source_text", "source_url", "source_published",
                "created_by", "created_at", "updated_at", "version",
            ],
        )  # fmt: skip
        self.chairs = TableWriter(MeetingChair, ["id", "meeting", "person", "order"])
        self.attendances = TableWriter(
            Attendance, ["id", "meeting", "person", "role", "titles", "reason", "order"]
        )
        self.groups = TableWriter(AttendeeGroup, ["id", "meeting", "name", "role", "order"])
        self.agenda = TableWriter(
            AgendaItem,
            ["id", "meeting", "order", "kind", "speaker", "speaker_titles", "org", "title", "text", "document_titles"],
        )  # fmt: skip
        self.documents = TableWriter(
            Document, ["id", "meeting", "title", "issuer", "number", "file", "file_sha256", "order"]
        )
        self.pledges = TableWriter(
            Pledge, ["id", "meeting", "title", "year", "scan", "scan_sha256", "order"]
        )
        self.parties = TableWriter(PledgeParty, ["id", "pledge", "organisation", "order"])
        self.names: dict[int, str] = {}
        self.terms: dict[int, list[Term]] = defaultdict(list)  # by person
        self.office: dict[int, list[Term]] = defaultdict(list)  # by organisation
        self.counters: dict[tuple, int] = defaultdict(int)
        kinds = list(KIND_WEIGHTS)
        self.kind_choices = kinds
        self.kind_cum = _cumulative([KIND_WEIGHTS[k] for k in kinds])
        self.agenda_kinds = [k for k, _ in AGENDA_KINDS]
        self.agenda_cum = _cumulative([w for _, w in AGENDA_KINDS])
        self.days = (datetime.date(LAST_YEAR, 12, 31) - datetime.date(FIRST_YEAR, 1, 1)).days

    # --- organisations and people -------------------------------------------------

    def _org(self, name, short_name, kind, parent, order) -> OrgNode:
        pk = self.orgs.take_id()
        path = (parent.path if parent else "") + str(pk).zfill(PATH_STEP)
        node = OrgNode(pk, name, short_name, kind, parent, path)
        if parent:
            parent.children.append(node)
        self.org_rows.append(
            (pk, name, short_name, kind, parent.pk if parent else None, path, fold(name), order)
        )
        return node

    def build_tree(self) -> OrgNode:
        rng = self.rng
        self.org_rows: list[tuple] = []
        school = self._org(SCHOOL_NAME, "校党委", OrganisationKind.PARTY_COMMITTEE, None, 0)
        self.units, self.branches, self.groups_list = [], [], []
        for order, unit_name in enumerate(UNITS):
            general = rng.random() < 0.3
            suffix = "党总支" if general else "党委"
            kind = OrganisationKind.GENERAL_BRANCH if general else OrganisationKind.PARTY_COMMITTEE
            # The full official name, so it never collides with the short names that
            # real reports (the seed meeting) use for the same units.
            full = f"中共太原理工大学{unit_name}{'总支部' if general else ''}委员会"
            unit = self._org(full, unit_name + suffix, kind, school, order)
            unit.unit = unit
            self.units.append(unit)
            counts = defaultdict(int)
            for branch_order in range(rng.randint(8, 19)):
                branch_kind = rng.choice(BRANCH_KINDS)
                counts[branch_kind] += 1
                label = f"{branch_kind}第{_ordinal(counts[branch_kind])}党支部"
                branch = self._org(
                    unit_name + label, label, OrganisationKind.BRANCH, unit, branch_order
                )
                branch.unit = unit
                self.branches.append(branch)
                if rng.random() < 0.3:
                    for group_order in range(rng.randint(2, 4)):
                        label = f"第{_ordinal(group_order + 1)}党小组"
                        group = self._org(
                            branch.name + label, label, OrganisationKind.GROUP, branch, group_order
                        )
                        group.unit = unit
                        self.groups_list.append(group)
        self.orgs.write(self.org_rows)
        self.school = school
        return school

    def _random_names(self, count: int) -> list[str]:
        taken = set(Person.objects.values_list("name_key", flat=True)) | set(LEADER_NAMES)
        names = []
        while len(names) < count:
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))
            name = self.rng.choice(SURNAMES) + given
            if name not in taken:
                taken.add(name)
                names.append(name)
        return names

    def build_people(self) -> None:
        leader_ids = self._write_people()
        self._assign_offices(leader_ids)
        self._fill_pools(leader_ids)
        self.positions.write(
            [
                (self.positions.take_id(), t.person, org, t.title, t.start, t.end)
                for org, terms in self.office.items()
                for t in terms
            ]
        )
        # Membership (党员) of each branch: what member records (党员参加组织生活情况) read.
        # Not a title of the day, so it stays out of self.terms.
        first = datetime.date(FIRST_YEAR, 1, 1)
        self.positions.write(
            [
                (self.positions.take_id(), person, branch.pk, MEMBER_TITLE, first, None)
                for branch in self.branches
                for person in branch.members
            ]
        )

    def _write_people(self) -> list[int]:
        """Everyone, the school leaders first; returns the leaders' ids."""
        rows = []
        for name in LEADER_NAMES + self._random_names(PEOPLE - len(LEADER_NAMES)):
            pk = self.people.take_id()
            self.names[pk] = name
            rows.append((pk, name, "", fold(name)))
        self.people.write(rows)
        leader_ids = list(self.names)[: len(LEADER_NAMES)]
        for person in list(self.names)[len(LEADER_NAMES) :]:
            self.rng.choice(self.branches).members.append(person)
        return leader_ids

    def _assign_offices(self, leader_ids: list[int]) -> None:
        # Two terms for every office over the ten years: titles of the day change.
        rng = self.rng
        switch = datetime.date(FIRST_YEAR + 5, 1, 1)
        before = switch - datetime.timedelta(days=1)
        first = datetime.date(FIRST_YEAR, 1, 1)
        for index, title in enumerate(SCHOOL_OFFICES):
            self._term(leader_ids[index], self.school, title, first, before)
            self._term(leader_ids[index + 5], self.school, title, switch, None)
        self.school.members = leader_ids
        for unit in self.units:
            unit.members = [p for b in unit.children for p in b.members]
            for title in (unit.short_name + "书记", unit.short_name + "副书记"):
                for start, end in ((first, before), (switch, None)):
                    self._term(rng.choice(unit.members), unit, title, start, end)
        for branch in self.branches:
            for title in ("支部书记", "组织委员", "宣传委员"):
                if branch.members:
                    self._term(rng.choice(branch.members), branch, title, first, None)
            # A branch's meetings draw on its members, topped up from its unit.
            extra = rng.sample(branch.unit.members, min(40, len(branch.unit.members)))
            branch.pool = branch.members + [p for p in extra if p not in set(branch.members)]
            for group in branch.children:
                group.pool = branch.pool

    def _fill_pools(self, leader_ids: list[int]) -> None:
        for unit in self.units:
            heads = [t.person for t in self.office[unit.pk]]
            unit.pool = list(
                dict.fromkeys(heads + self.rng.sample(unit.members, min(60, len(unit.members))))
            )
        unit_heads = [t.person for u in self.units for t in self.office[u.pk]]
        self.school.pool = list(dict.fromkeys(leader_ids + unit_heads))

    def _term(self, person, org, title, start, end) -> None:
        term = Term(person, title, start, end)
        self.terms[person].append(term)
        self.office[org.pk].append(term)

    # --- meetings -----------------------------------------------------------------

    def titles_of(self, person: int, date: datetime.date) -> str:
        return TITLE_SEPARATOR.join(
            t.title
            for t in self.terms.get(person, ())
            if t.start <= date and (t.end is None or date <= t.end)
        )

    def holder(self, org: OrgNode, date: datetime.date) -> int | None:
        """Who held the organisation's first office (its 书记) on that day."""
        for term in self.office.get(org.pk, ()):
            if term.start <= date and (term.end is None or date <= term.end):
                return term.person
        return None

    def text(self, *, unit: str, year: int, speaker: str | None = None) -> str:
        rng = self.rng
        if speaker and rng.random() < 0.4:
            parts = [speaker + rng.choice(("指出，", "强调，", "要求，", "在讲话中指出，"))]
        else:
            parts = [rng.choice(OPENERS)]
        for index in range(rng.randint(1, 4)):
            if index:
                parts.append(rng.choice(CONNECTORS))
            if rng.random() < 0.6:
                parts.append(
                    rng.choice(SUBJECTS)
                    + rng.choice(VERBS)
                    + rng.choice(OBJECTS)
                    + rng.choice(PURPOSES)
                )
            else:
                parts.append(
                    rng.choice(DETAILS).format(
                        unit=unit, year=year, n=rng.randint(1, 4), topic=rng.choice(TOPICS)
                    )
                )
        return "".join(parts) + "。"

    def pick_kind(self) -> str:
        return self.rng.choices(self.kind_choices, cum_weights=self.kind_cum)[0]

    def pick_host(self, kind: str) -> OrgNode:
        rng = self.rng
        if kind in BRANCH_HOSTED:
            return rng.choice(self.branches)
        if kind == MeetingKind.GROUP_MEETING:
            return rng.choice(self.groups_list)
        if kind in (
            MeetingKind.STANDING_COMMITTEE,
            MeetingKind.COMMITTEE_PLENARY,
            MeetingKind.PARTY_BUILDING,
            MeetingKind.DISCIPLINE,
        ):
            return self.school if rng.random() < 0.5 else rng.choice(self.units)
        return self.school if rng.random() < 0.2 else rng.choice(self.units)

    def title(self, kind: str, host: OrgNode, year: int) -> str:
        branch_level = host.kind in (OrganisationKind.BRANCH, OrganisationKind.GROUP)
        label = host.name if branch_level else host.short_name
        if kind == MeetingKind.PARTY_LECTURE:
            return f"{label}“{self.rng.choice(TOPICS)}”专题党课"
        if kind == MeetingKind.THEME_DAY:
            return f"{label}“{self.rng.choice(TOPICS)}”主题党日活动"
        key = (host.pk, kind, year)
        self.counters[key] += 1
        return f"{label}{year}年第{self.counters[key]}次{kind}"

    def meeting(
        self,
        rows: dict[str, list],
        *,
        kind: str,
        host: OrgNode,
        date: datetime.date,
        attendees: int,
        agenda: int,
        title: str | None = None,
        status: str = MeetingStatus.PUBLISHED,
        visibility: str = MeetingVisibility.PUBLIC,
        archived: bool = False,
    ) -> int:
        rng = self.rng
        chair, people = self._participants(host, date, attendees)
        three = kind in THREE_MEETINGS_ONE_LECTURE
        excused = rng.choice((0, 0, 1, 1, 2, 3)) if three else 0
        pk = self.meetings.take_id()
        moment = datetime.datetime.combine(
            date + datetime.timedelta(days=1), datetime.time(18, 0), tzinfo=TZ
        )
        year = date.year
        unit_name = (host.unit or host).short_name
        decisions = "\n".join(
            rng.choice(DECISIONS).format(name=self.names[rng.choice(people)], year=year)
            for _ in range(rng.choice((0, 0, 1, 2, 3)))
        )
        rows["meetings"].append(
            (
                pk, title or self.title(kind, host, year), kind, date, rng.choice(TIMES),
                rng.choice(VENUES), host.pk, people[-1] if rng.random() < 0.4 else None,
                len(people) if three else None, len(people) - excused if three else None,
                self.text(unit=unit_name, year=year), decisions, status, visibility, archived,
                "", "", "", "", None, None, moment, moment, 1,
            )
        )  # fmt: skip
        rows["chairs"].append((self.chairs.take_id(), pk, chair, 0))
        self._attendance_rows(rows, pk, people, date=date, excused=excused, three=three)
        if host is self.school:
            for order, name in enumerate(rng.sample(GROUP_NAMES, rng.randint(1, 3))):
                rows["groups"].append(
                    (self.groups.take_id(), pk, name, AttendanceRole.PARTICIPANT, order)
                )
        present = people[: len(people) - excused] or people
        for order in range(agenda):
            self._agenda_row(rows, pk, order, host=host, date=date, chair=chair, present=present)
        if rng.random() < 0.3:
            self._document_rows(rows, pk, unit_name=unit_name, year=year)
        if kind in PLEDGE_KINDS and host is self.school:
            self._pledge_rows(rows, pk, year=year)
        return pk

    def _participants(self, host: OrgNode, date, attendees: int) -> tuple[int, list[int]]:
        """The chair (the host's office holder of the day) and everyone named, chair first."""
        pool = host.pool
        chair = self.holder(host, date) or pool[0]
        others = [p for p in pool if p != chair]
        people = [chair] + self.rng.sample(others, min(attendees, len(others) + 1) - 1)
        if attendees > len(people):  # only the big meeting outgrows its host's pool
            chosen = set(people)
            rest = [p for p in self.names if p not in chosen]
            people += self.rng.sample(rest, attendees - len(people))
        return chair, people

    def _attendance_rows(self, rows, pk: int, people, *, date, excused: int, three: bool):
        rng = self.rng
        for order, person in enumerate(people):
            if order >= len(people) - excused:
                role, reason = AttendanceRole.EXCUSED, rng.choice(LEAVE_REASONS)
            elif not three and order and rng.random() < 0.05:
                role, reason = AttendanceRole.OBSERVER, ""
            else:
                role, reason = AttendanceRole.ATTENDED, ""
            rows["attendances"].append(
                (
                    self.attendances.take_id(), pk, person, role,
                    self.titles_of(person, date), reason, order,
                )
            )  # fmt: skip

    def _agenda_row(self, rows, pk: int, order: int, *, host, date, chair, present) -> None:
        rng = self.rng
        if order == 0:
            item_kind, speaker, org = AgendaKind.CHAIRING, chair, None
        else:
            item_kind = rng.choices(self.agenda_kinds, cum_weights=self.agenda_cum)[0]
            speaker, org = rng.choice(present), None
            by_org = item_kind in (AgendaKind.EXCHANGE, AgendaKind.DUTY_REPORT)
            if by_org and host.children and rng.random() < 0.5:
                speaker, org = None, rng.choice(host.children).pk
        topic = (
            rng.choice(TOPICS) if item_kind in (AgendaKind.REPORT, AgendaKind.EXPLANATION) else ""
        )
        rows["agenda"].append(
            (
                self.agenda.take_id(), pk, order, item_kind, speaker,
                self.titles_of(speaker, date) if speaker else "", org, topic,
                self.text(
                    unit=(host.unit or host).short_name, year=date.year,
                    speaker=self.names[speaker] if speaker else None,
                ),
                rng.choice(DOCUMENT_TITLES) if rng.random() < 0.1 else "",
            )
        )  # fmt: skip

    def _document_rows(self, rows, pk: int, *, unit_name: str, year: int) -> None:
        rng = self.rng
        for order in range(rng.randint(1, 2)):
            number = rng.randint(1, 60)
            title = (
                rng.choice(DOCUMENT_TITLES)
                if rng.random() < 0.7
                else f"{unit_name}{year}年党建工作要点"
            )
            rows["documents"].append(
                (
                    self.documents.take_id(), pk, title, SCHOOL_NAME,
                    f"校党发〔{year}〕{number}号", "", "", order,
                )
            )  # fmt: skip

    def _pledge_rows(self, rows, pk: int, *, year: int) -> None:
        rng = self.rng
        pledge = self.pledges.take_id()
        name = rng.choice(("党风廉政建设责任书", "全面从严治党主体责任书"))
        rows["pledges"].append((pledge, pk, f"{year}年度{name}", year, "", "", 0))
        parties = [self.school] + rng.sample(self.units, rng.randint(5, 12))
        for order, party in enumerate(parties):
            rows["parties"].append((self.parties.take_id(), pledge, party.pk, order))

    def random_meeting(self, rows: dict[str, list]) -> int:
        rng = self.rng
        kind = self.pick_kind()
        date = datetime.date(FIRST_YEAR, 1, 1) + datetime.timedelta(days=rng.randrange(self.days))
        roll = rng.random()
        return self.meeting(
            rows,
            kind=kind,
            host=self.pick_host(kind),
            date=date,
            attendees=rng.randint(5, 9)
            if kind == MeetingKind.BRANCH_COMMITTEE
            else rng.randint(5, 40),
            agenda=rng.randint(3, 20),
            status=MeetingStatus.DRAFT if roll < 0.04 else MeetingStatus.PUBLISHED,
            visibility=MeetingVisibility.INTERNAL if roll > 0.85 else MeetingVisibility.PUBLIC,
            archived=0.04 <= roll < 0.05,
        )

    def write(self, rows: dict[str, list]) -> None:
        # Parents before children, for the foreign keys.
        for name in (
            "meetings",
            "chairs",
            "attendances",
            "groups",
            "agenda",
            "documents",
            "pledges",
            "parties",
        ):
            getattr(self, name).write(rows[name])
            rows[name].clear()


def _cumulative(weights: Iterable[int]) -> list[int]:
    total, out = 0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _ordinal(number: int) -> str:
    return ORDINALS[number - 1] if number <= len(ORDINALS) else str(number)


def seed_meeting_import() -> Meeting:
    """The founding report, imported through the real service so the bench can find it."""
    from meetings.services import meeting_records_import

    record = json.loads(SEED_RECORD_PATH.read_text(encoding="utf-8"))
    existing = Meeting.objects.filter(title=record["title"]).order_by("pk").first()
    return existing or meeting_records_import(records=record)[0]


def archive_generate(
    *, meetings: int, seed: int = 1, progress: Callable[[int], None] | None = None
) -> ArchiveSummary:
    """Add a synthetic archive of `meetings` meetings (plus the big and the seed meeting).

    `progress` is called with the number of meetings written after each chunk.
    """
    summary = ArchiveSummary(seed_meeting_id=seed_meeting_import().pk)
    generator = Generator(seed)
    with transaction.atomic():
        generator.build_tree()
        generator.build_people()
        rows: dict[str, list] = defaultdict(list)
        done = 0
        while done < meetings:
            size = min(CHUNK, meetings - done)
            for _ in range(size):
                generator.random_meeting(rows)
            generator.write(rows)
            done += size
            if progress:
                progress(size)
        summary.big_meeting_id = generator.meeting(
            rows,
            kind=MeetingKind.PARTY_BUILDING,
            host=generator.school,
            date=datetime.date(LAST_YEAR, 12, 20),
            attendees=300,
            agenda=60,
            title=BIG_MEETING_TITLE,
        )
        generator.write(rows)
        reset_sequences(
            [
                Organisation, Person, Position, Meeting, MeetingChair, Attendance,
                AttendeeGroup, AgendaItem, Document, Pledge, PledgeParty,
            ]
        )  # fmt: skip
    if connection.vendor == "postgresql":
        # Fresh statistics, so the planner sees the new row counts before the first query.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    summary.meetings = generator.meetings.written
    summary.organisations = generator.orgs.written
    summary.people = generator.people.written
    return summary
