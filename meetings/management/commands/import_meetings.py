import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings.record_file import RecordFileRejected, records_from_json
from meetings.services import RecordsRejected, meeting_records_import


class Command(BaseCommand):
    help = "导入 meeting-record/1 JSON 文件（单个对象或列表）；任何一条记录有误则整份文件不导入。"

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON 文件路径，- 表示标准输入")
        parser.add_argument("--status", choices=["draft", "published"], help="覆盖记录中的状态")

    def handle(self, *args, file, status, **options):
        records = load_json_file(file, stdin=self.stdin if hasattr(self, "stdin") else None)
        total = len(records) if isinstance(records, list) else 1
        try:
            meetings = meeting_records_import(
                records=records,
                status=status,
                progress=lambda rows: tqdm(
                    rows, total=total, desc="导入", unit="条", file=self.stderr
                ),
            )
        except RecordsRejected as rejected:
            for error in rejected.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"文件有 {len(rejected.errors)} 处错误，未导入任何记录 (nothing imported)."
            ) from None
        self.stdout.write(self.style.SUCCESS(f"已导入 {len(meetings)} 条会议记录。"))


def load_json_file(file: str, *, stdin=None):
    try:
        if file == "-":
            stdin = stdin or sys.stdin
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
        else:
            data = Path(file).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"找不到文件：{file} (file not found)") from None
    except OSError as error:
        raise CommandError(f"无法读取文件 {file}：{error.strerror} (unreadable)") from None
    try:
        return records_from_json(data)
    except RecordFileRejected as rejected:
        raise CommandError("\n".join(rejected.problems)) from None
