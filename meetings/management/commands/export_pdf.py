import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings import pdf
from meetings.management.year_scope import (
    add_year_and_org_arguments,
    organisation_option,
    scope_name,
)
from meetings.selectors import meetings_for_yearbook


class Command(BaseCommand):
    help = "把一年的已发布公开会议装订成一册会议纪要汇编 PDF（封面、目录、各次会议纪要）。"

    def add_arguments(self, parser):
        add_year_and_org_arguments(parser, org_help="只收录该单位及其下级单位召开的会议（单位 ID）")
        parser.add_argument("--output", "-o", required=True, help="输出的 PDF 文件")
        parser.add_argument(
            "--compliance-charts",
            action="store_true",
            help="书末附三会一课落实情况图（按全部已发布会议、含内部会议统计，封面标明内部资料）",
        )

    def handle(self, *args, year, org, output, compliance_charts, **options):
        organisation = organisation_option(org)
        meetings = meetings_for_yearbook(year=year, org=organisation)
        total = meetings.count()
        if not total:
            scope = scope_name(organisation)
            raise CommandError(f"{year}年{scope}没有可导出的已发布公开会议。")
        # Fail before rendering for minutes when the file cannot be written.
        try:
            handle = open(output, "wb")  # noqa: SIM115 - filled only once rendering succeeds
        except OSError as error:
            raise CommandError(f"无法写入 {output}：{error.strerror}") from error
        title = f"{organisation.name if organisation else ''}{year}年会议纪要汇编"
        with handle:
            try:
                content = pdf.meetings_yearbook_pdf(
                    meetings,
                    title=title,
                    compliance=pdf.ComplianceScope(year, organisation)
                    if compliance_charts
                    else None,
                    progress=lambda items: tqdm(
                        items, total=total, desc="导出", unit="次会议", file=sys.stderr
                    ),
                )
            except pdf.PdfUnavailable as error:
                Path(output).unlink()
                raise CommandError(str(error)) from error
            handle.write(content)
        self.stderr.write(f"已将 {total} 次会议导出到 {output}。")
