import json
import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings.interchange import meeting_to_record
from meetings.models import Meeting
from meetings.selectors import meetings_for_export


class Command(BaseCommand):
    help = "把会议记录导出为 meeting-record/1 JSON 列表。"

    def add_arguments(self, parser):
        parser.add_argument("--id", type=int, nargs="+", dest="ids", help="只导出这些会议")
        parser.add_argument("--output", "-o", help="输出文件（默认标准输出）")

    def handle(self, *args, ids, output, **options):
        queryset = Meeting.objects.all()
        if ids:
            queryset = queryset.filter(pk__in=ids)
            missing = set(ids) - set(queryset.values_list("pk", flat=True))
            if missing:
                raise CommandError(
                    f"找不到会议：{', '.join(map(str, sorted(missing)))} (unknown id)"
                )
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
