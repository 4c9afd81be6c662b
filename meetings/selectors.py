"""Reads: querysets that state their joins."""

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from django.core.paginator import Page, Paginator
from django.db.models import (
    Count,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear, NullIf
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from common.charts import Chart, monthly_count_chart
from meetings.filters import MeetingFilter
from meetings.models import (
    ABSENT_ROLES,
    PRESENT_ROLES,
    AgendaItem,
    Attendance,
    AttendanceRole,
    Meeting,
    MeetingChair,
    MeetingKind,
    Pledge,
    PledgeParty,
    ReviewAction,
    ReviewStep,
)
from meetings.search import result_cap, search_highlights
from orgs.models import PATH_STEP, Organisation, Person, Position


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
        # Amendments (更正) are shown wherever the record is: page, PDF, bundle.
        Prefetch(
            "review_steps",
            queryset=ReviewStep.objects.filter(action=ReviewAction.AMEND),
            to_attr="amendments",
        ),
    ]


def meetings_for_export(queryset: QuerySet[Meeting] | None = None) -> QuerySet[Meeting]:
    """Meetings with all relations of a meeting-record/1 export: 9 queries whatever the size.

    1 meetings (+host, recorder), 2 chairs, 3 attendances, 4 groups, 5 agenda,
    6 documents, 7 pledges, 8 pledge parties, 9 amendments (更正).
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


LIST_PAGE_SIZE = 20


class CappedPaginator(Paginator):
    """Counts search hits only up to the backend's result cap (+1 to know there are more).

    Counting every hit of a common word would read the index entry of nearly every
    meeting; nobody pages through more than a few hundred search results.
    """

    @cached_property
    def cap(self) -> int:
        return result_cap()

    @cached_property
    def _counted(self) -> int:
        # Unordered, so the count leaves out the rank (which reads every hit's index row).
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def count(self) -> int:
        return min(self._counted, self.cap)

    @property
    def capped(self) -> bool:
        return self._counted > self.cap


def query_given(params) -> bool:
    return bool((params.get("q") or "").strip())


HOME_RECENT = 8


@dataclass
class MeetingListResult:
    filterset: MeetingFilter
    page: Page
    highlights: dict[int, str]


def _with_list_joins(queryset: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """A meeting row shows its host and chairs: 1 query for the rows, 1 for the chairs."""
    return queryset.select_related("host").prefetch_related(
        Prefetch("chair_links", queryset=MeetingChair.objects.select_related("person"))
    )


def meeting_list(*, user, params) -> MeetingListResult:
    """One page of the visible meetings narrowed by `params` (the list page's GET).

    Invalid filters give an empty page, so a typo never passes for a result; the form
    carries the errors. Queries: org choices are rendered by the template; here
    1 person/org lookup per such param, 1 count, 1 page of meetings (+host), 1 chairs.
    """
    filterset = MeetingFilter(params, queryset=Meeting.objects.visible_to(user))
    queryset = filterset.qs if filterset.is_valid() else Meeting.objects.none()
    paginator_class = CappedPaginator if query_given(params) else Paginator
    paginator = paginator_class(_with_list_joins(queryset), LIST_PAGE_SIZE)
    # get_page clamps a bad or out-of-range page number instead of raising.
    page = paginator.get_page(params.get("page"))
    query = filterset.form.cleaned_data.get("q") if filterset.is_valid() else ""
    highlights = search_highlights(page.object_list, query) if query else {}
    return MeetingListResult(filterset=filterset, page=page, highlights=highlights)


def meeting_get_detail(*, user, pk: int) -> Meeting:
    """A visible meeting with everything the detail page and its JSON export show.

    9 queries: 1 meeting (+host, recorder), 2 chairs, 3 attendances, 4 groups, 5 agenda,
    6 documents, 7 pledges, 8 pledge parties, 9 amendments. Invisible or missing: Http404.
    """
    return get_object_or_404(meetings_for_export(Meeting.objects.visible_to(user)), pk=pk)


def present_expression():
    """实到 in SQL, as meeting-record/1 defines it: `present` where recorded, else the named
    attendees whose role is 出席 or 参加, else NULL (unknown). The subquery runs only for
    meetings without `present` (COALESCE stops at the first non-null)."""
    named = (
        Attendance.objects.filter(meeting=OuterRef("pk"), role__in=PRESENT_ROLES)
        .order_by()
        .values(n=Func(Value(1), function="COUNT", output_field=IntegerField()))
    )
    return Coalesce(F("present"), NullIf(Subquery(named), Value(0)), output_field=IntegerField())


@dataclass
class AttendanceSummary:
    by_role: list[tuple[str, list[Attendance]]]
    expected: int | None
    actual: int | None
    absent: int
    headcount: str


def _headcount(
    expected: int | None, actual: int | None, absentees: list[Attendance], *, recorded: bool
) -> str:
    """应到 20 人，实到 18 人，缺席 2 人：张三（出差）、李四 — as minutes state it. Without
    应到 or a recorded 实到 (a school-wide meeting), a count of named people says nothing."""
    parts = []
    if expected is not None:
        parts.append(_("应到 %(n)s 人") % {"n": expected})
    if actual is not None and (expected is not None or recorded):
        parts.append(_("实到 %(n)s 人") % {"n": actual})
    elif expected is not None:
        parts.append(_("实到人数未记录"))
    missing = max(expected - actual, 0) if expected is not None and actual is not None else None
    if missing is None and absentees:
        missing = len(absentees)
    names = "、".join(
        f"{a.person.name}（{a.reason}）" if a.reason else a.person.name for a in absentees
    )
    if missing:
        parts.append(_("缺席 %(n)s 人") % {"n": missing} + (f"：{names}" if names else ""))
    elif names:
        parts.append(_("请假或缺席：%(names)s") % {"names": names})
    return "，".join(parts)


def meeting_attendance_summary(meeting: Meeting) -> AttendanceSummary:
    """Attendances grouped by role (in role order) with 应到/实到/缺; uses the prefetched rows.

    实到 is `present` where recorded, else the number of named 出席/参加 attendees, else
    unknown (None), as meeting-record/1 defines it (the SQL twin: present_expression)."""
    groups: dict[str, list[Attendance]] = {role: [] for role in AttendanceRole.values}
    for attendance in meeting.attendances.all():
        groups[attendance.role].append(attendance)
    absentees = [a for role in ABSENT_ROLES for a in groups[role]]
    named = sum(len(groups[role]) for role in PRESENT_ROLES)
    actual = meeting.present if meeting.present is not None else (named or None)
    return AttendanceSummary(
        by_role=[(AttendanceRole(role).label, rows) for role, rows in groups.items() if rows],
        expected=meeting.expected,
        actual=actual,
        absent=len(absentees),
        headcount=_headcount(
            meeting.expected, actual, absentees, recorded=meeting.present is not None
        ),
    )


@dataclass
class HomeStats:
    recent: list[Meeting]
    total: int
    by_kind: list[dict]
    by_year: list[dict]


def home_stats(*, user) -> HomeStats:
    """4 queries: 1 recent meetings (+host), 2 their chairs, 3 counts by kind, 4 by year."""
    visible = Meeting.objects.visible_to(user)
    recent = list(_with_list_joins(visible.order_by("-date", "-pk"))[:HOME_RECENT])
    by_kind = list(visible.order_by().values("kind").annotate(count=Count("pk")).order_by("kind"))
    labels = dict(MeetingKind.choices)
    for row in by_kind:
        row["label"] = labels.get(row["kind"], row["kind"])
    by_kind.sort(key=lambda row: -row["count"])
    by_year = list(
        visible.order_by()
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by("-year")
    )
    return HomeStats(
        recent=recent,
        total=sum(row["count"] for row in by_kind),
        by_kind=by_kind,
        by_year=by_year,
    )


@dataclass
class PersonPage:
    person: Person
    attended: list[Attendance]
    chaired: list[Meeting]
    speeches: list[AgendaItem]
    titles_over_time: list[tuple[datetime.date, list[str]]]
    positions: list


def person_get_page(*, user, pk: int) -> PersonPage:
    """A person's visible meetings and titles. Http404 when none of their meetings is visible,
    so a name known only from drafts or internal records does not leak.

    5 queries: 1 person, 2 attendances (+meeting, host), 3 chaired meetings (+host),
    4 speeches (+meeting, host), 5 positions (+organisation).
    """
    person = get_object_or_404(Person, pk=pk)
    visible = Meeting.objects.visible_to(user)
    attended = list(
        Attendance.objects.filter(person=person, meeting__in=visible)
        .select_related("meeting__host")
        .order_by("-meeting__date", "-meeting__pk")
    )
    chaired = list(
        visible.filter(chair_links__person=person).select_related("host").order_by("-date", "-pk")
    )
    speeches = list(
        AgendaItem.objects.filter(speaker=person, meeting__in=visible)
        .select_related("meeting__host")
        .order_by("-meeting__date", "-meeting__pk", "order", "pk")
    )
    if not (attended or chaired or speeches):
        raise Http404
    dated_titles = sorted(
        [(a.meeting.date, a.title_list) for a in attended if a.titles]
        + [(s.meeting.date, s.speaker_title_list) for s in speeches if s.speaker_titles],
        key=lambda pair: pair[0],
    )
    # Keep the first day each set of titles was recorded: titles over time, not per meeting.
    titles_over_time: list[tuple[datetime.date, list[str]]] = []
    for date, titles in dated_titles:
        if not titles_over_time or titles_over_time[-1][1] != titles:
            titles_over_time.append((date, titles))
    return PersonPage(
        person=person,
        attended=attended,
        chaired=chaired,
        speeches=speeches,
        titles_over_time=titles_over_time,
        positions=list(person.positions.select_related("organisation").order_by("-start")),
    )


def pledge_register(*, user) -> list[tuple[int, list[Pledge]]]:
    """Visible meetings' pledges by year, newest first.

    2 queries: 1 pledges (+meeting, host), 2 parties (+organisation).
    """
    pledges = (
        Pledge.objects.filter(meeting__in=Meeting.objects.visible_to(user))
        .select_related("meeting__host")
        .prefetch_related(
            Prefetch("party_links", queryset=PledgeParty.objects.select_related("organisation"))
        )
        .order_by("-year", "-meeting__date", "meeting__pk", "order", "pk")
    )
    return [(year, list(rows)) for year, rows in groupby(pledges, key=lambda p: p.year)]


ORG_MEETINGS_SHOWN = 200


@dataclass
class OrgNode:
    organisation: Organisation
    own_count: int = 0
    total_count: int = 0
    children: list["OrgNode"] = field(default_factory=list)


def organisation_tree(*, user) -> list[OrgNode]:
    """The whole tree with visible meeting counts (own and subtree).

    2 queries: 1 visible meeting counts by host, 2 organisations in path (depth-first) order.
    """
    counts = dict(
        Meeting.objects.visible_to(user)
        .order_by()
        .values("host")
        .annotate(count=Count("pk"))
        .values_list("host", "count")
    )
    nodes: dict[int, OrgNode] = {}
    roots: list[OrgNode] = []
    for organisation in Organisation.objects.order_by("path"):
        node = OrgNode(organisation, own_count=counts.get(organisation.pk, 0))
        nodes[organisation.pk] = node
        parent = nodes.get(organisation.parent_id)
        (parent.children if parent else roots).append(node)
    # Path order puts parents first, so summing in reverse adds each subtree before its parent.
    for node in reversed(nodes.values()):
        node.total_count += node.own_count
        parent = nodes.get(node.organisation.parent_id)
        if parent:
            parent.total_count += node.total_count
    return roots


@dataclass
class OrganisationPage:
    organisation: Organisation
    ancestors: list[Organisation]
    children: list[Organisation]
    meetings_by_year: list[tuple[int, list[Meeting]]]
    meeting_total: int
    pledges_by_year: list[tuple[int, list[Pledge]]]
    chart_year: int | None = None
    month_chart: Chart | None = None


def _month_chart(meetings: QuerySet[Meeting], year: int) -> Chart:
    """Meetings per month by kind in `year`: 1 query."""
    rows = (
        meetings.filter(date__year=year)
        .order_by()
        .values_list("kind", ExtractMonth("date"))
        .annotate(count=Count("pk"))
    )
    by_kind = {kind: [0] * 12 for kind in MeetingKind.values}
    for kind, month, count in rows:
        by_kind[kind][int(month) - 1] += count
    return monthly_count_chart(
        chart_id="chart-month",
        title=_("%(year)s年各月会议次数（按会议类别）") % {"year": year},
        series=[(kind, counts) for kind, counts in by_kind.items() if any(counts)],
    )


def organisation_get_page(*, user, pk: int) -> OrganisationPage:
    """An organisation with its and its descendants' visible meetings and the pledges it signed.

    7 queries: 1 organisation, 2 ancestors, 3 latest meetings (+host), 4 sub-units,
    5 meeting count, 6 pledges (+meeting, host), 7 the latest year's meetings by kind and
    month (the chart; none without meetings).
    """
    organisation = get_object_or_404(Organisation, pk=pk)
    ancestor_paths = [
        organisation.path[:end] for end in range(PATH_STEP, len(organisation.path), PATH_STEP)
    ]
    ancestors = list(Organisation.objects.filter(path__in=ancestor_paths).order_by("path"))
    meetings = Meeting.objects.visible_to(user).filter(host__path__startswith=organisation.path)
    latest = list(meetings.select_related("host").order_by("-date", "-pk")[:ORG_MEETINGS_SHOWN])
    pledges = (
        Pledge.objects.filter(
            meeting__in=Meeting.objects.visible_to(user), party_links__organisation=organisation
        )
        .distinct()
        .select_related("meeting__host")
        .order_by("-year", "-meeting__date", "pk")
    )
    chart_year = latest[0].date.year if latest else None
    return OrganisationPage(
        chart_year=chart_year,
        month_chart=_month_chart(meetings, chart_year) if chart_year else None,
        organisation=organisation,
        ancestors=ancestors,
        children=list(organisation.children.order_by("sort_order", "path")),
        meetings_by_year=[
            (year, list(rows)) for year, rows in groupby(latest, key=lambda m: m.date.year)
        ],
        meeting_total=meetings.count(),
        pledges_by_year=[
            (year, list(rows)) for year, rows in groupby(pledges, key=lambda p: p.year)
        ],
    )


def position_titles_on(*, person_ids, date: datetime.date) -> dict[int, list[str]]:
    """The titles each person held on `date` (positions without a start or end are open),
    oldest appointment first: one query."""
    titles: dict[int, list[str]] = {}
    positions = (
        Position.objects.filter(person_id__in=person_ids)
        .filter(Q(start__isnull=True) | Q(start__lte=date), Q(end__isnull=True) | Q(end__gte=date))
        .order_by("person_id", "start", "pk")
        .values_list("person_id", "title")
    )
    for person_id, title in positions:
        if title not in titles.setdefault(person_id, []):
            titles[person_id].append(title)
    return titles


def people_by_name_key(keys) -> dict[str, list[Person]]:
    """People whose folded name is one of `keys` (namesakes share a key): one query."""
    found: dict[str, list[Person]] = {}
    for person in Person.objects.filter(name_key__in=set(keys)).order_by("pk"):
        found.setdefault(person.name_key, []).append(person)
    return found


def organisations_by_name_key(keys) -> dict[str, list[Organisation]]:
    found: dict[str, list[Organisation]] = {}
    for org in Organisation.objects.filter(name_key__in=set(keys)).order_by("pk"):
        found.setdefault(org.name_key, []).append(org)
    return found


def meetings_on_day_of_host(*, date: datetime.date, host) -> QuerySet[Meeting]:
    """Every meeting (drafts and archived too) held on `date` by `host`: one indexed query."""
    return Meeting.objects.filter(date=date, host=host).only("pk", "title", "date")
