import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archival.selectors import meetings_for_transfer
from meetings.bundle import BundleError, bundle_write
from meetings.management.year_scope import (
    add_year_and_org_arguments,
    organisation_option,
    scope_name,
)
from meetings.pdf import PdfUnavailable


class Command(BaseCommand):
    help = (
        "把一年的已发布会议写成 BagIt 移交包：每次会议的 JSON、PDF/A 与上传文件，"
        "加上目录（目录.xlsx、catalogue.csv）和 bag-info.txt。"
    )

    def add_arguments(self, parser):
        add_year_and_org_arguments(parser, org_help="只收录该单位及其下级单位召开的会议（单位 ID）")
        parser.add_argument("--output", "-o", required=True, help="输出目录（不存在或为空）")

    def handle(self, *args, year, org, output, **options):
        organisation = organisation_option(org)
        meetings = meetings_for_transfer(year=year, org=organisation)
        total = meetings.count()
        if not total:
            scope = scope_name(organisation)
            raise CommandError(f"{year}年{scope}没有已发布的会议可以移交。")
        source = organisation.name if organisation else settings.ARCHIVE_FONDS_NAME
        try:
            summary = bundle_write(
                meetings=meetings,
                output=Path(output),
                bag_info={
                    "Source-Organization": source,
                    "External-Description": f"{source}{year}年会议记录移交包",
                    "Year": str(year),
                    "Fonds-Code": settings.ARCHIVE_FONDS_CODE,
                },
                progress=lambda rows: tqdm(
                    rows, total=total, desc="移交", unit="次会议", file=sys.stderr
                ),
            )
        except (BundleError, PdfUnavailable) as error:
            raise CommandError(str(error)) from None
        self.stderr.write(
            f"已将 {summary.meetings} 次会议（{summary.files} 个文件，{summary.pages} 页）"
            f"写入移交包 {output}。"
        )
