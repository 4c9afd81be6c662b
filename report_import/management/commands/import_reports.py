from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings.services import RecordsRejected
from report_import.management.commands.parse_report import archive_names, read_report
from report_import.parser import ReportUnreadable, parse_report_with_trace
from report_import.services import report_draft_save


class Command(BaseCommand):
    help = "解析文件夹中的每篇 .txt 新闻稿并保存为草稿，最后列出需要录入员核对的事项。"

    def add_arguments(self, parser):
        parser.add_argument("folder", help="存放新闻稿 .txt 文件的文件夹")

    def handle(self, *args, folder, **options):
        directory = Path(folder)
        if not directory.is_dir():
            raise CommandError(f"找不到文件夹：{folder}")
        files = sorted(directory.glob("*.txt"))
        if not files:
            raise CommandError(f"文件夹 {folder} 中没有 .txt 文件")
        people, orgs = archive_names()
        imported, failed, report = 0, 0, []
        for path in tqdm(files, desc="解析新闻稿", unit="篇", file=self.stderr):
            try:
                record, trace = parse_report_with_trace(
                    read_report(str(path)), known_people=people, known_orgs=orgs
                )
                meeting, attention = report_draft_save(record=record, trace=trace)
            except CommandError as error:
                failed += 1
                report.append(f"✗ {path.name}：无法读取（{error}）")
            except ReportUnreadable:
                failed += 1
                report.append(f"✗ {path.name}：解析器未能读取（错误已记录），未保存")
            except RecordsRejected as rejected:
                failed += 1
                problems = "；".join(f"{e.field} {e.message}" for e in rejected.errors)
                report.append(f"✗ {path.name}：未保存（{problems}）")
            else:
                imported += 1
                line = f"✓ {path.name} → 草稿 #{meeting.pk}《{meeting.title}》"
                report.append(line + (f"：请核对 {'；'.join(attention)}" if attention else ""))
        self.stdout.write("\n".join(report))
        summary = f"共 {len(files)} 篇：保存草稿 {imported} 篇，失败 {failed} 篇。"
        if failed:
            self.stderr.write(summary)
            raise CommandError("部分新闻稿未能导入，见上方列表。")
        self.stdout.write(self.style.SUCCESS(summary))
