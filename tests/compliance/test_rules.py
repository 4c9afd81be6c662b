import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from compliance.models import PeriodKind, Rule, RuleVersion
from compliance.selectors import Status, compliance_report
from meetings.models import MeetingKind
from meetings.services import meeting_records_import

pytestmark = pytest.mark.django_db


def test_migration_installs_the_branch_work_regulation_defaults():
    defaults = {
        (v.rule.meeting_kind, tuple(v.org_kinds), v.period, v.min_count, v.quorum_share, v.valid_to)
        for v in RuleVersion.objects.select_related("rule")
    }

    assert defaults == {
        ("支部党员大会", ("党支部",), PeriodKind.QUARTER, 1, Decimal("0.50"), None),
        ("支部委员会", ("党支部",), PeriodKind.MONTH, 1, Decimal("0.50"), None),
        ("党小组会", ("党小组",), PeriodKind.MONTH, 1, None, None),
        ("党课", ("党支部",), PeriodKind.YEAR, 1, None, None),
        ("主题党日", ("党支部",), PeriodKind.MONTH, 1, None, None),
        ("组织生活会", ("党支部",), PeriodKind.YEAR, 1, None, None),
    }


def test_party_lecture_can_become_quarterly_by_a_rule_edit():
    lecture = Rule.objects.get(meeting_kind=MeetingKind.PARTY_LECTURE)
    lecture.versions.update(period=PeriodKind.QUARTER)

    (table,) = compliance_report(
        start=datetime.date(2023, 1, 1), end=datetime.date(2023, 12, 31), rule=lecture
    ).tables

    assert [period.key for period in table.periods] == ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]


def test_imported_branch_is_judged_at_once(seed_record):
    record = {
        **seed_record,
        "title": "2023年3月支部委员会",
        "kind": "支部委员会",
        "date": "2023-03-09",
        "host": "材料学院研究生第三党支部",
        "status": "published",
        # Three named attendees of five: more than half, though 实到 is not recorded.
        "expected": 5,
        "attendees": seed_record["attendees"][:3],
        "pledges": [],
    }
    (meeting,) = meeting_records_import(records=record)

    (table,) = compliance_report(
        start=datetime.date(2023, 1, 1),
        end=datetime.date(2023, 12, 31),
        rule=Rule.objects.get(meeting_kind=MeetingKind.BRANCH_COMMITTEE),
        today=datetime.date(2024, 1, 1),
    ).tables
    (row,) = [row for block in table.groups for row in block.rows if row.org == meeting.host]

    assert meeting.host.kind == "党支部"
    assert [cell.status for cell in row.cells[1:3]] == [Status.MISSED, Status.MET]


def version_form(prefix: int, **values) -> dict:
    fields = {
        "org_kinds": ["党支部"],
        "period": "month",
        "min_count": "1",
        "quorum_share": "",
        "valid_from": "",
        "valid_to": "",
        "note": "",
        **values,
    }
    data = {}
    for name, value in fields.items():
        data[f"versions-{prefix}-{name}"] = value
    return data


def change_post(rule: RuleVersion, *versions: dict) -> dict:
    data = {
        "meeting_kind": rule.meeting_kind,
        "basis": rule.basis,
        "sort_order": rule.sort_order,
        "versions-TOTAL_FORMS": str(len(versions)),
        "versions-INITIAL_FORMS": "1",
        "versions-MIN_NUM_FORMS": "0",
        "versions-MAX_NUM_FORMS": "1000",
    }
    for version in versions:
        data |= version
    return data


def post_lecture_versions(client, *, old_valid_to=None):
    """The 党课 rule's change form, posted with its yearly version (closed on
    `old_valid_to`, if given) and a new quarterly version from 2024-01-01."""
    rule = Rule.objects.get(meeting_kind=MeetingKind.PARTY_LECTURE)
    old = rule.versions.get()
    closing = {"valid_to": old_valid_to} if old_valid_to else {}
    response = client.post(
        reverse("admin:compliance_rule_change", args=[rule.pk]),
        change_post(
            rule,
            version_form(
                0, id=old.pk, rule=rule.pk, period="year", valid_from="2018-10-28", **closing
            ),
            version_form(1, rule=rule.pk, period="quarter", valid_from="2024-01-01"),
        ),
    )
    return rule, old, response


def test_superuser_changes_a_rule_by_closing_the_old_version_and_adding_a_new_one(
    client, superuser
):
    client.force_login(superuser)
    rule = Rule.objects.get(meeting_kind=MeetingKind.PARTY_LECTURE)
    url = reverse("admin:compliance_rule_change", args=[rule.pk])
    assert "失效日期会自动设为该日前一天" in client.get(url).content.decode()

    rule, _, response = post_lecture_versions(client, old_valid_to="2023-12-31")

    assert response.status_code == 302
    assert [(v.period, v.valid_from.isoformat(), v.valid_to) for v in rule.versions.all()] == [
        ("year", "2018-10-28", datetime.date(2023, 12, 31)),
        ("quarter", "2024-01-01", None),
    ]


def test_adding_a_version_alone_closes_the_one_in_force_the_day_before(client, superuser):
    client.force_login(superuser)

    _, old, response = post_lecture_versions(client)

    assert response.status_code == 302
    old.refresh_from_db()
    assert old.valid_to == datetime.date(2023, 12, 31)


def test_admin_refuses_overlapping_versions(client, superuser):
    client.force_login(superuser)

    rule, _, response = post_lecture_versions(client, old_valid_to="2024-06-30")

    assert response.status_code == 200
    assert "有效期不能重叠" in response.content.decode()
    assert rule.versions.count() == 1


def test_rules_admin_is_for_superusers_only(client, clerk_user):
    client.force_login(clerk_user)

    assert client.get(reverse("admin:compliance_rule_changelist")).status_code == 403
