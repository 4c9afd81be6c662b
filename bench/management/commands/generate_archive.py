import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from bench.synthetic import archive_generate


class Command(BaseCommand):
    help = "生成合成会议档案（组织树、人员、会议及其议程等），用于性能基准和压力测试。"

    def add_arguments(self, parser):
        parser.add_argument("--meetings", type=int, default=100_000, help="会议数量")
        parser.add_argument("--seed", type=int, default=1, help="随机种子（相同种子结果相同）")

    def handle(self, *args, meetings, seed, **options):
        if meetings < 0:
            raise CommandError("会议数量不能为负数 (--meetings must be >= 0)")
        with tqdm(total=meetings, desc="生成", unit="会议", file=sys.stderr) as bar:
            summary = archive_generate(meetings=meetings, seed=seed, progress=bar.update)
        self.stdout.write(
            self.style.SUCCESS(
                f"已生成 {summary.meetings} 个会议、{summary.organisations} 个组织、"
                f"{summary.people} 名人员（大型会议 id={summary.big_meeting_id}，"
                f"种子会议 id={summary.seed_meeting_id}）。"
            )
        )
