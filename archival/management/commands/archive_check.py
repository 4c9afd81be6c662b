import json
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archival.four_properties import PROPERTIES, archive_check
from archival.selectors import meetings_for_transfer
from meetings.management.year_scope import (
    add_year_and_org_arguments,
    organisation_option,
)
from meetings.pdf import PdfUnavailable


class Command(BaseCommand):
    help = (
        "四性检测（DA/T 70）：一年已发布会议记录的真实性、完整性、可用性、安全性，"
        "输出表格，可另存 JSON。"
    )

    def add_arguments(self, parser):
        add_year_and_org_arguments(parser, org_help="只检测该单位及其下级单位召开的会议（单位 ID）")
        parser.add_argument(
            "--json", dest="json_path", metavar="FILE", help="另存 JSON 报告；- 表示标准输出"
        )

    def handle(self, *args, year, org, json_path: str | None, **options):
        organisation = organisation_option(org)
        total = meetings_for_transfer(year=year, org=organisation).count()
        try:
            report = archive_check(
                year=year,
                org=organisation,
                progress=lambda rows: tqdm(
                    rows, total=total, desc="检测", unit="次会议", file=sys.stderr
                ),
            )
        except PdfUnavailable as error:
            raise CommandError(str(error)) from None
        if json_path == "-":
            self.stdout.write(_json(report.as_dict()))
        else:
            self._table(report)
            if json_path:
                with open(json_path, "w", encoding="utf-8") as handle:
                    handle.write(_json(report.as_dict()))
        if report.findings:
            raise CommandError(f"{year}年四性检测发现 {len(report.findings)} 处问题。")

    def _table(self, report) -> None:
        self.stdout.write(
            f"{report.year}年四性检测：{report.meetings} 次会议，{report.files} 个上传文件"
        )
        self.stdout.write("| 检测项 | 检测数 | 不通过 |\n|---|---|---|")
        for prop in PROPERTIES:
            self.stdout.write(f"| {prop} | {report.meetings} | {report.failed(prop)} |")
        for finding in report.findings:
            self.stdout.write(
                f"{finding.property}\t{finding.file_number or '（无档号）'}\t"
                f"《{finding.title}》\t{finding.problem}"
            )


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
