"""The grid is computed once for every worker and recomputed after any change it shows."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from compliance.models import RuleVersion
from compliance.selectors import compliance_records, compliance_report_cached
from meetings.models import Meeting, MeetingKind, MeetingStatus
from meetings.services import meeting_set_status
from orgs.models import OrganisationKind
from tests.factories import MeetingFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

YEAR = {"start": datetime.date(2023, 1, 1), "end": datetime.date(2023, 12, 31)}
TODAY = datetime.date(2024, 1, 10)


@pytest.fixture
def branch():
    committee = OrganisationFactory(name="机械学院党委", kind=OrganisationKind.PARTY_COMMITTEE)
    return OrganisationFactory(name="机械学院教工第一党支部", parent=committee)


def met_cells(report) -> int:
    return sum(
        row.tally.met for table in report.tables for block in table.groups for row in block.rows
    )


def grid(**kwargs):
    with CaptureQueriesContext(connection) as queries:
        report = compliance_report_cached(**YEAR, today=TODAY, **kwargs)
    return report, len(queries)


def test_a_second_request_reads_the_grid_from_the_shared_cache(branch):
    MeetingFactory(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 2, 9))
    first, computed = grid(organisation=branch.parent)
    second, cached = grid(organisation=branch.parent)

    assert computed >= 3 and cached == 0
    assert met_cells(second) == met_cells(first)


def test_a_meeting_written_by_a_service_makes_a_new_grid(
    branch, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(
        host=branch,
        kind=MeetingKind.BRANCH_COMMITTEE,
        date=datetime.date(2023, 2, 9),
        status=MeetingStatus.DRAFT,
        expected=5,
        present=5,  # a quorum known and met: the meeting counts
    )
    before, _ = grid(organisation=branch.parent)

    with django_capture_on_commit_callbacks(execute=True):
        meeting_set_status(meetings=Meeting.objects.filter(pk=meeting.pk), status="published")
    after, queries = grid(organisation=branch.parent)

    assert queries >= 3
    assert met_cells(after) == met_cells(before) + 1


def test_a_rule_version_edited_makes_a_new_grid(branch, django_capture_on_commit_callbacks):
    grid(organisation=branch.parent)
    version = RuleVersion.objects.filter(rule__meeting_kind=MeetingKind.BRANCH_COMMITTEE).first()
    version.min_count += 1
    with django_capture_on_commit_callbacks(execute=True):
        version.save()

    _, queries = grid(organisation=branch.parent)
    assert queries >= 3


def test_a_renamed_unit_makes_a_new_grid(branch, django_capture_on_commit_callbacks):
    grid(organisation=branch.parent)
    branch.name = "机械学院教工第二党支部"
    with django_capture_on_commit_callbacks(execute=True):
        branch.save()

    report, _ = grid(organisation=branch.parent)
    names = [row.org.name for t in report.tables for b in t.groups for row in b.rows]
    assert "机械学院教工第二党支部" in names


def test_the_cache_is_shared_not_per_process(settings):
    assert "locmem" not in settings.CACHES["default"]["BACKEND"].lower()
    cache.set("probe", 1)
    assert cache.get("probe") == 1


def test_a_report_read_from_the_cache_has_the_same_rows_cells_and_tallies(branch):
    second_branch = OrganisationFactory(name="机械学院教工第二党支部", parent=branch.parent)
    for host in (branch, second_branch):
        MeetingFactory(host=host, kind=MeetingKind.PARTY_LECTURE, date=datetime.date(2023, 2, 9))
    first, _ = grid(organisation=branch.parent)
    second, cached = grid(organisation=branch.parent)

    assert cached == 0
    assert compliance_records(second) == compliance_records(first)
    rows = [row for table in second.tables for block in table.groups for row in block.rows]
    assert [(row.org, row.tally) for row in rows] == [
        (row.org, row.tally)
        for table in first.tables
        for block in table.groups
        for row in block.rows
    ]
    # Shared cells stay shared through the cache.
    yearly = [row for row in rows if row.cells[0].period.kind == "year"]
    assert yearly[0].cells[0] is yearly[1].cells[0]
