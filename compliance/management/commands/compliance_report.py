import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from compliance.exports import compliance_workbook, member_workbook
from compliance.members import member_records, member_rows, report_branches
from compliance.selectors import compliance_records, compliance_report
from orgs.models import Organisation


class Command(BaseCommand):
    help = (
        "导出三会一课落实情况 (the 三会一课 compliance report) as JSON or .xlsx. "
        "JSON is a list of {org, org_kind, meeting_kind, period, held, required, below_quorum, "
        "quorum_unknown, pending, ok}, one per branch × rule × period that has a rule; period is 2023-03, "
        "2023-Q1 or 2023; only meetings neither below quorum nor of unknown quorum count; "
        "ok is true (met), false (missed) or null (period ends after today and is not met yet). "
        "The .xlsx adds a sheet of member records (see --members)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--org", type=int, help="organisation id (with all descendants)")
        parser.add_argument("--format", choices=["json", "xlsx"], default="json")
        parser.add_argument("--output", required=True, help="file to write")
        parser.add_argument(
            "--members",
            action="store_true",
            help="党员参加组织生活情况 instead: one record per member and branch "
            "{branch, person, year, held, attended, excused, missed, unrecorded, rate, excuses}",
        )

    def handle(self, *args, year, org, format, output, members, **options):
        if not 2000 <= year <= 2100:
            raise CommandError(f"年度无效 (invalid year): {year}")
        organisation = None
        if org is not None:
            organisation = Organisation.objects.filter(pk=org).first()
            if organisation is None:
                raise CommandError(f"组织不存在 (no organisation with id {org})")
        report = compliance_report(
            start=datetime.date(year, 1, 1),
            end=datetime.date(year, 12, 31),
            organisation=organisation,
        )
        rows = []
        if members or format == "xlsx":
            rows = member_rows(member_records(branches=report_branches(report), year=year))
        if members:
            count = len(rows)
            if format == "xlsx":
                Path(output).write_bytes(member_workbook(rows))
            else:
                Path(output).write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
        elif format == "xlsx":
            Path(output).write_bytes(compliance_workbook(report, rows))
            count = sum(len(block.rows) for table in report.tables for block in table.groups)
        else:
            records = compliance_records(report)
            Path(output).write_text(json.dumps(records, ensure_ascii=False, indent=1), "utf-8")
            count = len(records)
        self.stdout.write(f"{output}: {count}")
