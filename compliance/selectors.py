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

from common.cache import generations
from compliance.models import PeriodKind, Rule, RuleVersion
from compliance.units import Unit
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


@dataclass(frozen=True, slots=True, eq=False)
class Cell:
    """One branch × period of a rule table. Immutable and shared: the branches with the same
    numbers in a period hold one Cell, so a whole-school year (~18,000 cells) is a few
    hundred objects to build, cache and render."""

    period: Period
    status: str
    held: int = 0
    required: int = 0
    below_quorum: int = 0
    quorum_unknown: int = 0
    # Submitted (报送) but not yet approved: shown, never counted.
    pending: int = 0

    @property
    def ok(self) -> bool | None:
        """True met, False missed, None not yet due or no rule."""
        return {Status.MET: True, Status.MISSED: False}.get(self.status)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def meetings_url_prefix(*, org_id: int, meeting_kind: str) -> str:
    """The meetings list (meetings:list) behind a row's cells up to the dates: a cell's link
    is this followed by `period_query(cell.period)`."""
    return f"{_meeting_list_url()}?org={org_id}&kind={_quoted(meeting_kind)}"


def period_query(period: Period) -> str:
    return f"&date_after={period.start}&date_before={period.end}"


@dataclass(slots=True)
class Tally:
    met: int = 0
    due: int = 0
    missed: int = 0

    def add(self, other: "Tally") -> None:
        self.met += other.met
        self.due += other.due
        self.missed += other.missed

    # Tallies and rows are pickled by the thousand into the cache with each report; a tuple
    # of arguments is about twice as fast as the default state of a slots class.
    def __reduce__(self):
        return Tally, (self.met, self.due, self.missed)


@dataclass(slots=True)
class BranchRow:
    org: Unit
    cells: list[Cell]
    tally: Tally

    def __reduce__(self):
        return BranchRow, (self.org, self.cells, self.tally)


@dataclass
class GroupBlock:
    group: Unit | None
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


def _organisations(organisation: Organisation | None) -> dict[int, Unit]:
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
    rows = queryset.values_list("pk", "name", "kind", "path", "parent_id")
    return {row[0]: Unit._make(row) for row in rows}


def _group_of(org: Unit, orgs: dict[int, Unit]) -> Unit | None:
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
    # The hosts as one subquery (a semi-join), not a join on their kind beside a subquery
    # for the subtree: a tenth of the query's time at 100,000 meetings.
    hosts = Organisation.objects.filter(kind__in=org_kinds)
    if organisation is not None:
        hosts = hosts & Organisation.objects.descendants_of(organisation)
    queryset = Meeting.objects.filter(
        Q(status=MeetingStatus.PUBLISHED) | Q(status=MeetingStatus.SUBMITTED),
        archived=False,
        kind__in=kinds,
        date__range=(start, end),
        host__in=hosts.values("pk"),
    )
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
    today: datetime.date
    # (held, pending, below, unknown) → the one Cell of this period with those numbers.
    shared: dict = field(default_factory=dict, compare=False)

    def applies_to(self, org_kind: str) -> bool:
        return self.version is not None and org_kind in self.version.org_kinds

    def cell(self, held=0, pending=0, below_quorum=0, quorum_unknown=0) -> Cell:
        key = (held, pending, below_quorum, quorum_unknown)
        cell = self.shared.get(key)
        if cell is None:
            required = self.version.min_count
            # Only valid meetings count: below quorum or with 实到/应到 unknown, they are
            # flagged.
            if held - below_quorum - quorum_unknown >= required:
                status = Status.MET
            elif self.period.end > self.today:
                status = Status.NOT_DUE
            else:
                status = Status.MISSED
            cell = Cell(self.period, status, held, required, below_quorum, quorum_unknown, pending)
            self.shared[key] = cell
        return cell


class _RowJudge:
    """Judges a branch's row of one rule table from its months' counts.

    The work goes by the months a branch has meetings in (a few), not by its cells: a row
    starts as the row of a branch without meetings, and only the periods holding one of
    its months are summed and judged again. Rows without meetings share that one list (no
    one changes a row's cells once judged), and a row's tally starts from its own.
    """

    def __init__(self, judges: list[_Judge]):
        self.judges = judges
        # (year, month) → [(index of the judge whose period holds it, its quorum counts' place)]
        self.month_judges: dict[tuple[int, int], list[tuple]] = defaultdict(list)
        for index, judge in enumerate(judges):
            for year_month in judge.period.months:
                self.month_judges[year_month].append((index, judge.below_index))
        self.empty_rows: dict[str, tuple[list[Cell], int, int]] = {}

    def _empty_row(self, org_kind: str) -> tuple[list[Cell], int, int]:
        """The cells of a branch without meetings, with how many are met and missed."""
        empty = self.empty_rows.get(org_kind)
        if empty is None:
            row = [
                judge.cell() if judge.applies_to(org_kind) else Cell(judge.period, Status.NO_RULE)
                for judge in self.judges
            ]
            statuses = [cell.status for cell in row]
            empty = (row, statuses.count(Status.MET), statuses.count(Status.MISSED))
            self.empty_rows[org_kind] = empty
        return empty

    def cells(self, org_kind: str, months: dict) -> tuple[list[Cell], int, int]:
        """The row's cells, how many are met and how many missed."""
        empty, met, missed = self._empty_row(org_kind)
        if not months:
            return empty, met, missed
        totals: dict[int, list[int]] = {}
        # Inlined: a whole-school year runs this for ~7,000 months with meetings.
        for year_month, entry in months.items():
            for index, below in self.month_judges.get(year_month, ()):
                total = totals.get(index)
                if total is None:
                    total = totals[index] = [0, 0, 0, 0]
                total[0] += entry[0]
                total[1] += entry[1]
                if below is not None:
                    total[2] += entry[below]
                    total[3] += entry[below + 1]
        cells = list(empty)
        for index, total in totals.items():
            before = cells[index].status
            if before == Status.NO_RULE:
                continue
            after = self.judges[index].cell(*total)
            cells[index] = after
            if after.status != before:
                met += (after.status == Status.MET) - (before == Status.MET)
                missed += (after.status == Status.MISSED) - (before == Status.MISSED)
        return cells, met, missed


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
    tokens = ":".join(
        generations(MEETINGS_GENERATION, ORGS_GENERATION, NAMES_GENERATION, RULES_GENERATION)
    )
    key = (
        f"compliance:{start}:{end}:{organisation.pk if organisation else ''}"
        f":{rule.pk if rule else ''}:{today}:{tokens}"
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
    groups_of = {org.pk: _group_of(org, orgs) for org in subtree}
    by_rule: dict[int, list[RuleVersion]] = defaultdict(list)
    for version in versions:
        by_rule[version.rule_id].append(version)
    tables = []
    for rule_versions in by_rule.values():
        tables.append(
            _rule_table(
                rule_versions,
                subtree=subtree,
                groups_of=groups_of,
                counts=counts,
                shares=shares,
                start=start,
                end=end,
                today=today,
            )
        )
    return ComplianceReport(start, end, today, organisation, tables, monthly_by_kind)


def _rule_table(
    rule_versions, *, subtree, groups_of, counts, shares, start, end, today
) -> RuleTable:
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
        below_index = None if key is None else 2 + 2 * shares.index(key)
        judges.append(_Judge(period, version, below_index, today))
    row_judge = _RowJudge(judges)
    meeting_kind = rule.meeting_kind
    org_kinds = {kind for v in rule_versions for kind in v.org_kinds}
    groups: dict[int | None, GroupBlock] = {}
    for org in subtree:
        if org.kind not in org_kinds:
            continue
        cells, met, missed = row_judge.cells(org.kind, counts.get((org.pk, meeting_kind), {}))
        tally = Tally(met=met, due=met + missed, missed=missed)
        group = groups_of[org.pk]
        key = group.pk if group else None
        block = groups.get(key)
        if block is None:
            block = groups[key] = GroupBlock(group)
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
