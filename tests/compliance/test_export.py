import datetime
import json
from io import BytesIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import load_workbook

from compliance.exports import HEADERS, MEMBER_HEADERS, MEMBER_SHEET
from meetings.models import AttendanceRole, MeetingKind
from orgs.models import OrganisationKind
from tests.factories import (
    AttendanceFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
    PositionFactory,
    meeting_with_absences,
    quorate_meeting,
)

pytestmark = pytest.mark.django_db

RESULT_OK = {"达标": True, "未达标": False, "未到期": None}


@pytest.fixture
def committee():
    committee = OrganisationFactory(name="机械学院党委", kind=OrganisationKind.PARTY_COMMITTEE)
    branch = OrganisationFactory(name="机械学院教工第一党支部", parent=committee)
    OrganisationFactory(name="第一党小组", kind=OrganisationKind.GROUP, parent=branch)
    quorate_meeting(host=branch, kind=MeetingKind.BRANCH_COMMITTEE, date=datetime.date(2023, 1, 9))
    meeting_with_absences(
        host=branch,
        kind=MeetingKind.BRANCH_MEMBERS,
        date=datetime.date(2023, 2, 1),
        expected=8,
        absent=4,
    )
    # 应到 and 实到 not recorded, nobody named: whether it was quorate is unknown.
    MeetingFactory(host=branch, kind=MeetingKind.BRANCH_MEMBERS, date=datetime.date(2023, 5, 1))
    return committee


def workbook_records(content: bytes) -> tuple[list[str], list[dict]]:
    workbook = load_workbook(BytesIO(content))
    records = []
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        if sheet.title == MEMBER_SHEET:
            continue
        rows = sheet.iter_rows(values_only=True)
        assert list(next(rows)) == HEADERS
        for row in rows:
            _group, org, org_kind, kind, period, held, required, below, unknown, pending, result = (
                row
            )
            records.append(
                {
                    "org": org,
                    "org_kind": org_kind,
                    "meeting_kind": kind,
                    "period": period,
                    "held": held,
                    "required": required,
                    "below_quorum": below,
                    "quorum_unknown": unknown,
                    "pending": pending,
                    "ok": RESULT_OK[result],
                }
            )
    return workbook.sheetnames, records


def test_json_export_lists_each_branch_rule_and_period(committee, tmp_path):
    output = tmp_path / "report.json"

    call_command(
        "compliance_report", year=2023, org=committee.pk, format="json", output=str(output)
    )

    records = json.loads(output.read_text("utf-8"))
    # Branch: 4 quarters + 12 months + 1 year + 12 months + 1 year; group: 12 months.
    assert len(records) == 30 + 12
    assert {
        "org": "机械学院教工第一党支部",
        "org_kind": "党支部",
        "meeting_kind": "支部党员大会",
        "period": "2023-Q1",
        "held": 1,
        "required": 1,
        "below_quorum": 1,
        "quorum_unknown": 0,
        "pending": 0,
        "ok": False,
    } in records
    q2 = [r for r in records if r["meeting_kind"] == "支部党员大会" and r["period"] == "2023-Q2"]
    assert [(r["held"], r["below_quorum"], r["quorum_unknown"], r["ok"]) for r in q2] == [
        (1, 0, 1, False)
    ]


def test_xlsx_command_and_view_hold_the_same_numbers_as_the_json(
    committee, tmp_path, client, reader_user
):
    call_command(
        "compliance_report",
        year=2023,
        org=committee.pk,
        format="json",
        output=str(tmp_path / "r.json"),
    )
    call_command(
        "compliance_report",
        year=2023,
        org=committee.pk,
        format="xlsx",
        output=str(tmp_path / "r.xlsx"),
    )
    client.force_login(reader_user)
    response = client.get(reverse("compliance:export_xlsx"), {"year": "2023", "org": committee.pk})

    expected = json.loads((tmp_path / "r.json").read_text("utf-8"))
    sheetnames, from_command = workbook_records((tmp_path / "r.xlsx").read_bytes())
    _, from_view = workbook_records(response.content)
    assert sheetnames == [
        "支部党员大会",
        "支部委员会",
        "党小组会",
        "党课",
        "主题党日",
        "组织生活会",
        "党员参加组织生活情况",
    ]
    assert from_command == expected
    assert from_view == expected


def test_command_rejects_an_unknown_organisation(tmp_path):
    with pytest.raises(CommandError, match="组织不存在"):
        call_command("compliance_report", year=2023, org=999999, output=str(tmp_path / "x.json"))


@pytest.fixture
def member(committee):
    branch = committee.children.get()
    person = PersonFactory(name="王伟")
    PositionFactory(person=person, organisation=branch, title="党员")
    meeting = branch.hosted_meetings.get(kind=MeetingKind.BRANCH_MEMBERS, date__month=2)
    AttendanceFactory(meeting=meeting, person=person, role=AttendanceRole.EXCUSED, reason="出差")
    AttendanceFactory(meeting=meeting, role=AttendanceRole.ATTENDED)  # the record has a roll
    return person


def test_members_command_writes_each_members_record_as_json(committee, member, tmp_path):
    output = tmp_path / "members.json"

    call_command(
        "compliance_report",
        year=2023,
        org=committee.pk,
        members=True,
        output=str(output),
    )

    (record,) = json.loads(output.read_text("utf-8"))
    assert record["person"] == "王伟" and record["branch"] == "机械学院教工第一党支部"
    assert (record["held"], record["excused"], record["unrecorded"], record["rate"]) == (
        2,
        1,
        1,
        0.0,
    )
    assert [e["reason"] for e in record["excuses"]] == ["出差"]


def test_xlsx_export_has_a_member_sheet_with_reasons(committee, member, client, reader_user):
    client.force_login(reader_user)

    response = client.get(reverse("compliance:export_xlsx"), {"year": "2023", "org": committee.pk})

    sheet = load_workbook(BytesIO(response.content))[MEMBER_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == MEMBER_HEADERS
    assert rows[1][:8] == ("机械学院教工第一党支部", "王伟", 2, 0, 1, 0, 1, 0)
    assert "（出差）" in rows[1][8]
