import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings.bundle import BundleError, bundle_write
from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.pdf import PdfUnavailable
from meetings.selectors import meetings_for_export


class Command(BaseCommand):
    help = "把会议记录导出为 meeting-record/1 JSON 列表。"

    def add_arguments(self, parser):
        parser.add_argument("--id", type=int, nargs="+", dest="ids", help="只导出这些会议")
        parser.add_argument("--output", "-o", help="输出文件（默认标准输出）")
        parser.add_argument(
            "--bundle",
            metavar="DIR",
            help="写成 BagIt 移交包（JSON、PDF/A 与上传文件，见 docs/archiving.md）",
        )

    def handle(self, *args, ids, output, bundle, **options):
        queryset = Meeting.objects.all()
        if ids:
            queryset = queryset.filter(pk__in=ids)
            missing = set(ids) - set(queryset.values_list("pk", flat=True))
            if missing:
                raise CommandError(
                    f"找不到会议：{', '.join(map(str, sorted(missing)))} (unknown id)"
                )
        if bundle:
            self._bundle(queryset, Path(bundle))
            return
        meetings = meetings_for_export(queryset)
        records = [
            meeting_to_record(meeting)
            for meeting in tqdm(
                meetings,
                total=queryset.count(),
                desc="导出",
                unit="条",
                file=sys.stderr,
                disable=output is None,
            )
        ]
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stderr.write(f"已导出 {len(records)} 条会议记录到 {output}。")
        else:
            self.stdout.write(text, ending="")

    def _bundle(self, queryset, output: Path) -> None:
        total = queryset.count()
        try:
            summary = bundle_write(
                meetings=queryset,
                output=output,
                bag_info={"External-Description": "会议记录备份（export_meetings --bundle）"},
                progress=lambda rows: tqdm(
                    rows, total=total, desc="导出", unit="条", file=sys.stderr
                ),
            )
        except BundleError as error:
            raise CommandError(str(error)) from None
        except PdfUnavailable as error:
            raise CommandError(str(error)) from None
        self.stderr.write(
            f"已将 {summary.meetings} 条会议记录、{summary.files} 个文件写入移交包 {output}。"
        )
