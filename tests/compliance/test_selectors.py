import datetime
import pickle
from decimal import Decimal

import pytest

from compliance.models import Rule
from compliance.selectors import Status, compliance_records, compliance_report
from meetings.models import AttendanceRole, MeetingKind, MeetingStatus
from orgs.models import OrganisationKind
from tests.factories import (
    AttendanceFactory,
    MeetingFactory,
    OrganisationFactory,
    meeting_with_absences,
    quorate_meeting,
)

pytestmark = pytest.mark.django_db

YEAR_START = datetime.date(2023, 1, 1)
YEAR_END = datetime.date(2023, 12, 31)
AFTER_YEAR = datetime.date(2024, 2, 1)


def report(**kwargs):
    kwargs.setdefault("today", AFTER_YEAR)
    return compliance_report(start=YEAR_START, end=YEAR_END, **kwargs)


def cells(result, org, kind) -> dict[str, object]:
    (table,) = [t for t in result.tables if t.rule.meeting_kind == kind]
    (row,) = [row for block in table.groups for row in block.rows if row.org == org]
    return {cell.period.key: cell for cell in row.cells}


@pytest.fixture
def committee():
    return OrganisationFactory(name="机械学院党委", kind=OrganisationKind.PARTY_COMMITTEE)


@pytest.fixture
def branch(committee):
    return OrganisationFactory(name="机械学院教工第一党支部", parent=committee)


def test_branch_committee_missing_february_is_missed_in_february_only(branch):
    for month in (1, 3):
        quorate_meeting(
            host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, month, 9)
        )

    result = cells(report(), branch, MeetingKind.BRANCH_COMMITTEE)

    assert result["2023-01"].status == Status.MET
    assert result["2023-02"].status == Status.MISSED
    assert result["2023-03"].status == Status.MET
    assert (result["2023-02"].held, result["2023-02"].required) == (0, 1)


def test_drafts_archived_and_other_hosts_are_not_counted(branch):
    day = datetime.date(2023, 1, 9)
    quorate_meeting(
        host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=day, status=MeetingStatus.DRAFT
    )
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=day, archived=True)
    quorate_meeting(kind=MeetingKind.BRANCH_COMMITTEE, date=day)

    assert cells(report(), branch, MeetingKind.BRANCH_COMMITTEE)["2023-01"].held == 0


def members_meeting(branch, month: int, **fields):
    return MeetingFactory(
        host=branch, kind=MeetingKind.BRANCH_MEMBERS, date=datetime.date(2023, month, 1), **fields
    )


def test_present_6_of_20_is_below_quorum_flagged_and_not_counted(branch):
    members_meeting(branch, 2, expected=20, present=6)

    q1 = cells(report(), branch, MeetingKind.BRANCH_MEMBERS)["2023-Q1"]

    assert (q1.held, q1.below_quorum, q1.quorum_unknown, q1.status) == (1, 1, 0, Status.MISSED)


def test_six_named_attendees_of_20_without_present_is_below_quorum(branch):
    meeting = members_meeting(branch, 2, expected=20, present=None)
    for _ in range(6):
        AttendanceFactory(meeting=meeting, role=AttendanceRole.ATTENDED)
    AttendanceFactory(meeting=meeting, role=AttendanceRole.OBSERVER)  # 列席 never counts

    q1 = cells(report(), branch, MeetingKind.BRANCH_MEMBERS)["2023-Q1"]

    assert (q1.below_quorum, q1.quorum_unknown, q1.status) == (1, 0, Status.MISSED)


def test_present_15_of_20_is_valid_and_counts(branch):
    members_meeting(branch, 5, expected=20, present=15)

    q2 = cells(report(), branch, MeetingKind.BRANCH_MEMBERS)["2023-Q2"]

    assert (q2.held, q2.below_quorum, q2.quorum_unknown, q2.status) == (1, 0, 0, Status.MET)


def test_exactly_half_present_is_below_a_more_than_half_quorum(branch):
    members_meeting(branch, 5, expected=20, present=10)

    q2 = cells(report(), branch, MeetingKind.BRANCH_MEMBERS)["2023-Q2"]

    assert (q2.below_quorum, q2.status) == (1, Status.MISSED)


def test_nothing_recorded_is_unknown_and_never_met(branch):
    members_meeting(branch, 2, expected=None, present=None)
    members_meeting(branch, 5, expected=20, present=None)  # 应到 alone, nobody named

    result = cells(report(), branch, MeetingKind.BRANCH_MEMBERS)

    for key in ("2023-Q1", "2023-Q2"):
        assert (result[key].quorum_unknown, result[key].below_quorum) == (1, 0)
        assert result[key].status == Status.MISSED


def test_quorum_of_at_least_four_fifths_takes_exactly_four_fifths(branch):
    version = Rule.objects.get(meeting_kind=MeetingKind.BRANCH_MEMBERS).versions.get()
    version.quorum_share, version.quorum_strict = Decimal("0.80"), False
    version.save()
    members_meeting(branch, 2, expected=20, present=16)
    members_meeting(branch, 5, expected=20, present=15)

    result = cells(report(), branch, MeetingKind.BRANCH_MEMBERS)

    assert (result["2023-Q1"].status, result["2023-Q2"].below_quorum) == (Status.MET, 1)


def test_meetings_of_rules_without_quorum_count_without_headcounts(branch):
    MeetingFactory(host=branch, kind=MeetingKind.THEME_DAY, date=datetime.date(2023, 2, 1))

    february = cells(report(), branch, MeetingKind.THEME_DAY)["2023-02"]

    assert (february.quorum_unknown, february.status) == (0, Status.MET)


def test_rule_changed_mid_year_judges_earlier_periods_by_the_old_version(branch):
    old = Rule.objects.get(meeting_kind=MeetingKind.BRANCH_COMMITTEE).versions.get()
    old.valid_to = datetime.date(2023, 6, 30)
    old.save()
    old.pk = None
    old.valid_from, old.valid_to, old.min_count = datetime.date(2023, 7, 1), None, 2
    old.save()
    for month in (6, 7):
        quorate_meeting(
            host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, month, 9)
        )

    result = cells(report(), branch, MeetingKind.BRANCH_COMMITTEE)

    assert (result["2023-06"].required, result["2023-06"].status) == (1, Status.MET)
    assert (result["2023-07"].required, result["2023-07"].status) == (2, Status.MISSED)


def test_rule_switched_off_leaves_later_periods_without_a_rule(branch):
    version = Rule.objects.get(meeting_kind=MeetingKind.THEME_DAY).versions.get()
    version.valid_to = datetime.date(2023, 9, 30)
    version.save()

    result = cells(report(), branch, MeetingKind.THEME_DAY)

    assert result["2023-09"].status == Status.MISSED
    assert "2023-10" not in result


def test_periods_after_today_are_not_yet_due_unless_already_met(branch):
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 6, 2))

    result = cells(report(today=datetime.date(2023, 6, 15)), branch, MeetingKind.BRANCH_COMMITTEE)

    assert result["2023-05"].status == Status.MISSED
    assert result["2023-06"].status == Status.MET
    assert result["2023-07"].status == Status.NOT_DUE
    assert (
        cells(report(today=datetime.date(2023, 6, 15)), branch, MeetingKind.PARTY_LECTURE)[
            "2023"
        ].status
        == Status.NOT_DUE
    )


def test_organisation_includes_descendants_and_excludes_others(committee, branch):
    general = OrganisationFactory(
        name="机械学院学生党总支", kind=OrganisationKind.GENERAL_BRANCH, parent=committee
    )
    nested = OrganisationFactory(name="机械学院学生第一党支部", parent=general)
    group = OrganisationFactory(name="第一党小组", kind=OrganisationKind.GROUP, parent=nested)
    outsider = OrganisationFactory(name="化学学院第一党支部")

    result = report(organisation=committee)

    (committee_table,) = [
        t for t in result.tables if t.rule.meeting_kind == MeetingKind.BRANCH_COMMITTEE
    ]
    grouped = {
        (block.group.name, row.org.name) for block in committee_table.groups for row in block.rows
    }
    assert grouped == {("机械学院党委", branch.name), ("机械学院学生党总支", nested.name)}
    (group_table,) = [t for t in result.tables if t.rule.meeting_kind == MeetingKind.GROUP_MEETING]
    assert [row.org for block in group_table.groups for row in block.rows] == [group]
    assert outsider.name not in {r["org"] for r in compliance_records(result)}


def test_rule_filter_limits_the_report_to_one_rule(branch):
    rule = Rule.objects.get(meeting_kind=MeetingKind.PARTY_LECTURE)

    result = report(rule=rule)

    assert [table.rule for table in result.tables] == [rule]
    assert [cell.period.key for cell in result.tables[0].groups[0].rows[0].cells] == ["2023"]


def test_summary_counts_met_and_due_periods(committee, branch):
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 1, 9))
    OrganisationFactory(name="机械学院教工第二党支部", parent=committee)

    (table,) = report(rule=Rule.objects.get(meeting_kind=MeetingKind.BRANCH_COMMITTEE)).tables
    (block,) = table.groups

    assert [(row.tally.met, row.tally.due) for row in block.rows] == [(1, 12), (0, 12)]
    assert (block.tally.met, block.tally.due, block.branches_missed) == (1, 24, 2)


def test_records_have_ok_null_for_periods_not_yet_due(branch):
    records = compliance_records(report(today=datetime.date(2023, 6, 15)))

    by_key = {(r["meeting_kind"], r["period"]): r for r in records if r["org"] == branch.name}
    assert by_key[("支部委员会", "2023-05")]["ok"] is False
    assert by_key[("支部委员会", "2023-07")]["ok"] is None
    assert by_key[("支部党员大会", "2023-Q1")] == {
        "org": branch.name,
        "org_kind": "党支部",
        "meeting_kind": "支部党员大会",
        "period": "2023-Q1",
        "held": 0,
        "required": 1,
        "below_quorum": 0,
        "quorum_unknown": 0,
        "pending": 0,
        "ok": False,
    }


@pytest.mark.parametrize("branches", [2, 40])
def test_report_runs_three_queries_whatever_the_number_of_branches(
    committee, branches, django_assert_num_queries
):
    for index in range(branches):
        org = OrganisationFactory(name=f"第{index}党支部", parent=committee)
        meeting_with_absences(
            host=org,
            kind=MeetingKind.BRANCH_MEMBERS,
            date=datetime.date(2023, 3, 1),
            expected=9,
            absent=1,
        )
        quorate_meeting(host=org, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 4, 1))

    # 1 organisations (subtree + ancestors), 2 rule versions with their rules,
    # 3 meeting counts grouped by host, kind, year and month.
    with django_assert_num_queries(3):
        result = report(organisation=committee)

    assert len(compliance_records(result)) == branches * (4 + 12 + 1 + 12 + 1)


def test_a_submitted_record_is_shown_as_pending_and_never_counted(branch):
    """Only approved (published) records count; submitted ones wait, visibly."""
    quorate_meeting(
        host=branch,
        kind=MeetingKind.BRANCH_COMMITTEE,
        date=datetime.date(2023, 2, 9),
        status=MeetingStatus.SUBMITTED,
    )
    result = report()

    february = cells(result, branch, MeetingKind.BRANCH_COMMITTEE)["2023-02"]
    assert (february.held, february.pending, february.status) == (0, 1, Status.MISSED)
    assert {r["pending"] for r in compliance_records(result)} == {0, 1}


def test_branches_with_the_same_numbers_in_a_period_share_one_cell(committee):
    """What keeps a whole-school year (~18,000 cells) small to build, cache and render."""
    first, second, idle = (
        OrganisationFactory(name=f"第{n}党支部", parent=committee) for n in range(3)
    )
    for host in (first, second):
        quorate_meeting(
            host=host, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 4, 1)
        )

    result = report(organisation=committee)

    by_org = {
        org: cells(result, org, MeetingKind.BRANCH_COMMITTEE) for org in (first, second, idle)
    }

    assert by_org[first]["2023-04"] is by_org[second]["2023-04"]
    assert by_org[first]["2023-04"].status == Status.MET
    assert by_org[idle]["2023-04"].status == Status.MISSED
    assert by_org[first]["2023-05"] is by_org[second]["2023-05"] is by_org[idle]["2023-05"]


def test_rows_name_units_that_equal_their_organisations_and_pickle_without_models(committee):
    branch = OrganisationFactory(name="机械学院教工第一党支部", parent=committee)

    result = report(organisation=committee)
    units = {row.org for t in result.tables for block in t.groups for row in block.rows}

    assert units == {branch}
    (unit,) = units
    assert unit == branch and unit != committee and str(unit) == branch.name
    assert (unit.kind, unit.path, unit.parent_id) == (branch.kind, branch.path, committee.pk)
    data = pickle.dumps(result.tables[0].groups, pickle.HIGHEST_PROTOCOL)
    assert b"model_unpickle" not in data
    assert pickle.loads(data)[0].rows[0].org == branch


def test_each_rows_tally_counts_its_met_and_missed_cells_and_quiet_rows_share_theirs(committee):
    busy, quiet, also_quiet = (
        OrganisationFactory(name=f"机械学院第{n}党支部", parent=committee) for n in "一二三"
    )
    for month in (1, 2, 3, 5):
        quorate_meeting(
            host=busy, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, month, 9)
        )
    quorate_meeting(host=busy, kind=MeetingKind.BRANCH_MEMBERS, date=datetime.date(2023, 4, 2))

    result = report(organisation=committee, today=datetime.date(2023, 7, 1))

    tables = [t for t in result.tables if t.groups]
    assert tables
    for table in tables:
        rows = {row.org.pk: row for block in table.groups for row in block.rows}
        for row in rows.values():
            statuses = [cell.status for cell in row.cells]
            assert row.tally.met == statuses.count(Status.MET)
            assert row.tally.missed == statuses.count(Status.MISSED)
            assert row.tally.due == row.tally.met + row.tally.missed
        # Rows without meetings are judged once.
        assert rows[quiet.pk].cells is rows[also_quiet.pk].cells
    committee_table = next(
        t for t in result.tables if t.rule.meeting_kind == MeetingKind.BRANCH_COMMITTEE
    )
    busy_row, quiet_row, _ = (row for b in committee_table.groups for row in b.rows)
    assert busy_row.org == busy and busy_row.cells is not quiet_row.cells
    assert busy_row.tally.met == 4 and busy_row.tally.missed == 2
