"""Reads: the 三会一课 report, computed from three queries whatever the number of branches."""

import datetime
import functools
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Max,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, ExtractMonth, ExtractYear
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.cache import generation
from compliance.models import PeriodKind, Rule, RuleVersion
from meetings.models import Meeting, MeetingStatus
from meetings.renames import MEETINGS_GENERATION, NAMES_GENERATION, ORGS_GENERATION
from meetings.selectors import present_expression
from orgs.models import PATH_STEP, Organisation, OrganisationKind

# The meetings list page (meetings:list) takes exactly these parameters: docs/architecture.md.


@functools.cache
def _meeting_list_url() -> str:
    return reverse("meetings:list")


# Branches are grouped under their nearest ancestor of these kinds (二级党委 or 党总支).
GROUP_KINDS = (OrganisationKind.PARTY_COMMITTEE, OrganisationKind.GENERAL_BRANCH)


class Status:
    MET = "met"
    MISSED = "missed"
    NOT_DUE = "not_due"
    NO_RULE = "no_rule"


STATUS_LABELS = {
    Status.MET: _("达标"),
    Status.MISSED: _("未达标"),
    Status.NOT_DUE: _("未到期"),
    Status.NO_RULE: _("无规定"),
}


@dataclass(frozen=True)
class Period:
    kind: str
    start: datetime.date
    end: datetime.date

    @property
    def key(self) -> str:
        if self.kind == PeriodKind.MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind == PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return str(self.start.year)

    @property
    def label(self) -> str:
        if self.kind == PeriodKind.MONTH:
            return f"{self.start.month}月"
        if self.kind == PeriodKind.QUARTER:
            return f"{(self.start.month - 1) // 3 + 1}季度"
        return f"{self.start.year}年"

    def contains(self, day: datetime.date) -> bool:
        return self.start <= day <= self.end

    @functools.cached_property
    def months(self) -> list[tuple[int, int]]:
        step = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[self.kind]
        return [(self.start.year, self.start.month + i) for i in range(step)]


def periods_between(kind: str, start: datetime.date, end: datetime.date) -> list[Period]:
    """The calendar periods of one kind that overlap [start, end], each taken whole."""
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    year, month = start.year, (start.month - 1) // months * months + 1
    periods = []
    while datetime.date(year, month, 1) <= end:
        next_year, next_month = (year + 1, 1) if month + months > 12 else (year, month + months)
        first = datetime.date(year, month, 1)
        last = datetime.date(next_year, next_month, 1) - datetime.timedelta(days=1)
        periods.append(Period(kind, first, last))
        year, month = next_year, next_month
    return periods


@dataclass(slots=True)
class Cell:
    period: Period
    status: str
    held: int = 0
    required: int = 0
    below_quorum: int = 0
    quorum_unknown: int = 0
    # Submitted (报送) but not yet approved: shown, never counted.
    pending: int = 0
    org_id: int = 0
    meeting_kind: str = ""

    @property
    def ok(self) -> bool | None:
        """True met, False missed, None not yet due or no rule."""
        return {Status.MET: True, Status.MISSED: False}.get(self.status)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def meetings_url(self) -> str:
        return (
            f"{_meeting_list_url()}?org={self.org_id}&kind={_quoted(self.meeting_kind)}"
            f"&date_after={self.period.start}&date_before={self.period.end}"
        )


@dataclass(slots=True)
class Tally:
    met: int = 0
    due: int = 0
    missed: int = 0

    def add(self, other: "Tally") -> None:
        self.met += other.met
        self.due += other.due
        self.missed += other.missed


@dataclass(slots=True)
class BranchRow:
    org: Organisation
    cells: list[Cell]
    tally: Tally


@dataclass
class GroupBlock:
    group: Organisation | None
    rows: list[BranchRow] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    branches_missed: int = 0


@dataclass
class RuleTable:
    rule: Rule
    versions: list[RuleVersion]
    periods: list[Period]
    groups: list[GroupBlock]


@dataclass
class ComplianceReport:
    start: datetime.date
    end: datetime.date
    today: datetime.date
    organisation: Organisation | None
    tables: list[RuleTable]
    # Meeting kind → meetings held in each month of `start`'s year, for the charts.
    monthly_by_kind: dict[str, list[int]] = field(default_factory=dict)


def _organisations(organisation: Organisation | None) -> dict[int, Organisation]:
    """The subtree (everything when no organisation) plus the root's ancestors, in tree order."""
    if organisation is None:
        queryset = Organisation.objects.all()
    else:
        ancestor_ids = [
            int(organisation.path[i : i + PATH_STEP])
            for i in range(0, len(organisation.path), PATH_STEP)
        ]
        queryset = Organisation.objects.descendants_of(organisation) | Organisation.objects.filter(
            pk__in=ancestor_ids
        )
    return {org.pk: org for org in queryset.only("name", "kind", "path", "parent_id")}


def _group_of(org: Organisation, orgs: dict[int, Organisation]) -> Organisation | None:
    segments = [int(org.path[i : i + PATH_STEP]) for i in range(0, len(org.path), PATH_STEP)]
    for pk in reversed(segments[:-1]):
        ancestor = orgs.get(pk)
        if ancestor is not None and ancestor.kind in GROUP_KINDS:
            return ancestor
    return None


def _quorum_key(version: RuleVersion) -> tuple | None:
    if version.quorum_share is None:
        return None
    return (int(version.quorum_share * 100), version.quorum_strict)


@functools.cache
def _quoted(value: str) -> str:
    return quote(value)


def _quorum_sums(key: tuple, kinds: set[str]) -> dict:
    """Below-quorum and unknown counts for one quorum (percent, strict) over `kinds`.

    Below: 实到 × 100 ≤ (strict) or < percent × 应到, in integers so 0.8 × 20 is exactly 16.
    Unknown: 应到 or 实到 not recorded. The outer CASE keeps the attendance subquery of
    `actual` off the meetings that need no quorum (主题党日, 党课…), which are most of them.
    """
    percent, strict = key
    share_of_expected = Value(percent) * F("expected")  # `actual` is 实到 × 100
    below = Q(actual__lte=share_of_expected) if strict else Q(actual__lt=share_of_expected)

    def count(condition: Q):
        return Sum(
            Case(
                When(
                    Q(kind__in=kinds, status=MeetingStatus.PUBLISHED),
                    then=Case(When(condition, then=1), default=0),
                ),
                default=0,
                output_field=IntegerField(),
            )
        )

    name = f"q{percent}{'s' if strict else ''}"
    return {
        f"below_{name}": count(Q(expected__isnull=False, actual__isnull=False) & below),
        f"unknown_{name}": count(Q(expected__isnull=True) | Q(actual__isnull=True)),
    }


def _monthly_counts(*, versions, organisation, start, end) -> tuple[dict, list]:
    """Meeting counts by (host, kind) → (year, month) → [held, below, unknown per quorum…],
    and the quorums in that order: one GROUP BY query.

    Below-quorum and unknown counts are kept per distinct quorum (usually only "more than
    half"), so each period can be judged by the quorum of the version in force for it.
    """
    kinds = {v.rule.meeting_kind for v in versions}
    org_kinds = {kind for v in versions for kind in v.org_kinds}
    quorum_kinds = defaultdict(set)
    for version in versions:
        key = _quorum_key(version)
        if key is not None:
            quorum_kinds[key].add(version.rule.meeting_kind)
    sums = {}
    for key, key_kinds in quorum_kinds.items():
        sums.update(_quorum_sums(key, key_kinds))
    # Approved records count; submitted ones are carried along to be shown as pending.
    queryset = Meeting.objects.filter(
        Q(status=MeetingStatus.PUBLISHED) | Q(status=MeetingStatus.SUBMITTED),
        archived=False,
        kind__in=kinds,
        date__range=(start, end),
        host__kind__in=org_kinds,
    )
    if organisation is not None:
        queryset = queryset.filter(host__in=Organisation.objects.descendants_of(organisation))
    grouped = (
        queryset.order_by()
        .alias(actual=present_expression() * Value(100))
        # PostgreSQL's EXTRACT is numeric (Decimal in Python); integers are cheaper to read.
        .values(
            "host_id",
            "kind",
            year=Cast(ExtractYear("date"), IntegerField()),
            month=Cast(ExtractMonth("date"), IntegerField()),
        )
        .annotate(
            held=Count("pk", filter=Q(status=MeetingStatus.PUBLISHED)),
            pending=Count("pk", filter=Q(status=MeetingStatus.SUBMITTED)),
            **sums,
        )
        .values_list("host_id", "kind", "year", "month", "held", "pending", *sums)
    )
    # Django's per-value converters cost more than the query itself on a whole-school year
    # (~14,000 rows × 6 columns), so the ORM builds the SQL and the rows are read raw.
    sql, params = grouped.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    counts: dict[tuple, dict] = defaultdict(dict)
    for host_id, kind, year, month, *numbers in rows:
        counts[host_id, kind][year, month] = numbers
    return counts, list(quorum_kinds)


def _judging_version(versions: list[RuleVersion], period: Period) -> RuleVersion | None:
    """A period is judged by the version in force on its first day, of the period's kind."""
    for version in versions:
        if version.period == period.kind and version.in_force_on(period.start):
            return version
    return None


@dataclass(frozen=True)
class _Judge:
    """How one period of a rule table is judged: by the version in force on its first day."""

    period: Period
    version: RuleVersion | None
    below_index: int | None  # where the version's quorum counts sit in a counts entry

    def cell(self, org: Organisation, months: dict, meeting_kind: str, today) -> Cell:
        version = self.version
        cell = Cell(self.period, Status.NO_RULE, org_id=org.pk, meeting_kind=meeting_kind)
        if version is None or org.kind not in version.org_kinds:
            return cell
        below = self.below_index
        for year_month in self.period.months if months else ():
            entry = months.get(year_month)
            if entry is not None:
                cell.held += entry[0]
                cell.pending += entry[1]
                if below is not None:
                    cell.below_quorum += entry[below]
                    cell.quorum_unknown += entry[below + 1]
        cell.required = version.min_count
        # Only valid meetings count: below quorum or with 实到/应到 unknown, they are flagged.
        if cell.held - cell.below_quorum - cell.quorum_unknown >= cell.required:
            cell.status = Status.MET
        elif self.period.end > today:
            cell.status = Status.NOT_DUE
        else:
            cell.status = Status.MISSED
        return cell


def latest_record_year(*, organisation: Organisation | None = None) -> int | None:
    """The year of the latest published meeting of a kind some rule governs (under
    `organisation`): 1 query."""
    meetings = Meeting.objects.on_record().filter(kind__in=Rule.objects.values("meeting_kind"))
    if organisation is not None:
        meetings = meetings.filter(host__in=Organisation.objects.descendants_of(organisation))
    latest = meetings.aggregate(latest=Max("date"))["latest"]
    return latest.year if latest else None


# A grid stays valid until a meeting, a unit, a name or a rule changes; a day bounds it
# anyway ("not yet due" moves with today).
CACHE_TIMEOUT = 24 * 3600
RULES_GENERATION = "rules"


def compliance_report_cached(
    *,
    start: datetime.date,
    end: datetime.date,
    organisation: Organisation | None = None,
    rule: Rule | None = None,
    today: datetime.date | None = None,
) -> ComplianceReport:
    """compliance_report through the shared cache: every worker reuses one computation.

    The key holds the generations of everything the grid shows, so any change to a
    meeting, a unit, a person's or unit's name or a rule makes a new key.
    """
    today = today or datetime.date.today()
    generations = ":".join(
        generation(name)
        for name in (MEETINGS_GENERATION, ORGS_GENERATION, NAMES_GENERATION, RULES_GENERATION)
    )
    key = (
        f"compliance:{start}:{end}:{organisation.pk if organisation else ''}"
        f":{rule.pk if rule else ''}:{today}:{generations}"
    )
    report = cache.get(key)
    if report is None:
        report = compliance_report(
            start=start, end=end, organisation=organisation, rule=rule, today=today
        )
        cache.set(key, report, CACHE_TIMEOUT)
    return report


def compliance_report(
    *,
    start: datetime.date,
    end: datetime.date,
    organisation: Organisation | None = None,
    rule: Rule | None = None,
    today: datetime.date | None = None,
) -> ComplianceReport:
    """Each branch × rule × period of [start, end] under `organisation` (with descendants).

    Three queries: 1 organisations, 2 rule versions (+ rule), 3 monthly meeting counts.
    Periods are whole calendar months/quarters/years; one ending after `today` is
    'not yet due' unless it already met the minimum.
    """
    today = today or datetime.date.today()
    orgs = _organisations(organisation)
    version_qs = RuleVersion.objects.select_related("rule").filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=start), valid_from__lte=end
    )
    if rule is not None:
        version_qs = version_qs.filter(rule=rule)
    versions = list(version_qs.order_by("rule__sort_order", "rule_id", "valid_from"))
    if not versions:
        return ComplianceReport(start, end, today, organisation, [])
    # Whole periods: widen to the years around the range so a quarter or a year is counted in full.
    query_start = datetime.date(start.year, 1, 1)
    query_end = datetime.date(end.year, 12, 31)
    counts, shares = _monthly_counts(
        versions=versions, organisation=organisation, start=query_start, end=query_end
    )
    monthly_by_kind = {v.rule.meeting_kind: [0] * 12 for v in versions}
    for (_host, kind), months in counts.items():
        for (year, month), numbers in months.items():
            if year == start.year:
                monthly_by_kind[kind][month - 1] += numbers[0]
    subtree = [
        org
        for org in orgs.values()
        if organisation is None or org.path.startswith(organisation.path)
    ]
    subtree.sort(key=lambda org: org.path)
    by_rule: dict[int, list[RuleVersion]] = defaultdict(list)
    for version in versions:
        by_rule[version.rule_id].append(version)
    tables = []
    for rule_versions in by_rule.values():
        tables.append(
            _rule_table(
                rule_versions,
                subtree=subtree,
                orgs=orgs,
                counts=counts,
                shares=shares,
                start=start,
                end=end,
                today=today,
            )
        )
    return ComplianceReport(start, end, today, organisation, tables, monthly_by_kind)


def _rule_table(rule_versions, *, subtree, orgs, counts, shares, start, end, today) -> RuleTable:
    rule = rule_versions[0].rule
    periods = sorted(
        {
            period
            for kind in {v.period for v in rule_versions}
            for period in periods_between(kind, start, end)
            if _judging_version(rule_versions, period) is not None
        },
        key=lambda p: (p.end, -p.start.toordinal()),
    )
    judges = []
    for period in periods:
        version = _judging_version(rule_versions, period)
        key = _quorum_key(version) if version else None
        judges.append(_Judge(period, version, None if key is None else 2 + 2 * shares.index(key)))
    org_kinds = {kind for v in rule_versions for kind in v.org_kinds}
    groups: dict[int | None, GroupBlock] = {}
    for org in subtree:
        if org.kind not in org_kinds:
            continue
        months = counts.get((org.pk, rule.meeting_kind), {})
        cells = [judge.cell(org, months, rule.meeting_kind, today) for judge in judges]
        tally = Tally(
            met=sum(c.status == Status.MET for c in cells),
            due=sum(c.status in (Status.MET, Status.MISSED) for c in cells),
            missed=sum(c.status == Status.MISSED for c in cells),
        )
        group = _group_of(org, orgs)
        block = groups.setdefault(group.pk if group else None, GroupBlock(group))
        block.rows.append(BranchRow(org, cells, tally))
        block.tally.add(tally)
        block.branches_missed += tally.missed > 0
    ordered = sorted(groups.values(), key=lambda b: b.group.path if b.group else "")
    return RuleTable(rule, rule_versions, periods, ordered)


def compliance_records(report: ComplianceReport) -> list[dict]:
    """The report flattened: one dict per branch × rule × period that has a rule.

    `ok` is true (met), false (missed) or null (not yet due and not met so far).
    """
    return [
        {
            "org": row.org.name,
            "org_kind": row.org.kind,
            "meeting_kind": table.rule.meeting_kind,
            "period": cell.period.key,
            "held": cell.held,
            "required": cell.required,
            "below_quorum": cell.below_quorum,
            "quorum_unknown": cell.quorum_unknown,
            "pending": cell.pending,
            "ok": cell.ok,
        }
        for table in report.tables
        for block in table.groups
        for row in block.rows
        for cell in row.cells
        if cell.status != Status.NO_RULE
    ]
