import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archival.fixity import fixity_run, stored_files


class Command(BaseCommand):
    help = (
        "重新读取每个上传文件（会议文件、责任书扫描件），与上传时登记的 SHA-256 比对，"
        "报告缺失、已改变、无法读取和未登记的文件；结果保存后超级管理员可在后台查看。"
    )

    def handle(self, *args, **options):
        total = len(stored_files())
        run = fixity_run(
            progress=lambda rows: tqdm(
                rows, total=total, desc="校验", unit="个文件", file=sys.stderr
            )
        )
        for problem in run.problems:
            self.stdout.write(
                f"{problem['status']}\t{problem['name']}\t会议 {problem['meeting_id']}《{problem['meeting']}》"
            )
        summary = (
            f"共校验 {run.checked} 个文件：缺失 {run.missing}，已改变 {run.changed}，"
            f"无法读取 {run.unreadable}，未登记哈希 {run.unregistered}。"
        )
        if not run.ok:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
