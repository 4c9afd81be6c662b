import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from meetings.selectors import archive_vocabulary
from report_import.parser import ReportUnreadable, parse_report


class Command(BaseCommand):
    help = "把一篇新闻稿解析为 meeting-record/1 记录，以 JSON 输出到标准输出。"

    def add_arguments(self, parser):
        parser.add_argument("file", help="新闻稿文本文件（UTF-8），- 表示标准输入")
        parser.add_argument("--url", help="新闻稿网址")
        parser.add_argument("--published", help="发布日期 YYYY-MM-DD，用于推断年份")

    def handle(self, *args, file, url, published, **options):
        text = read_report(file)
        people, orgs = archive_names()
        try:
            record = parse_report(
                text,
                url=url,
                published=parse_cli_date(published),
                known_people=people,
                known_orgs=orgs,
            )
        except ReportUnreadable:
            raise CommandError(f"解析器未能读取 {file}（错误已记录）") from None
        self.stdout.write(json.dumps(record, ensure_ascii=False, indent=2))


def archive_names() -> tuple[set[str], set[str]]:
    """The archive's people and units; a database never migrated is told, not a traceback."""
    try:
        return archive_vocabulary()
    except DatabaseError:  # "no such table" (SQLite) / "relation does not exist" (PostgreSQL)
        raise CommandError(
            "数据库尚未初始化（缺少数据表）。请先运行：python manage.py migrate"
        ) from None


def parse_cli_date(value: str | None):
    import datetime

    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"发布日期“{value}”无效，应为 YYYY-MM-DD") from None


def read_report(file: str) -> str:
    try:
        if file == "-":
            return sys.stdin.read()
        return Path(file).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CommandError(f"找不到文件：{file}") from None
    except UnicodeDecodeError:
        raise CommandError(f"文件 {file} 不是 UTF-8 文本") from None
    except OSError as error:
        raise CommandError(f"无法读取文件 {file}：{error.strerror}") from None
