from django.core.management.base import BaseCommand
from tqdm import tqdm

from meetings.models import Meeting
from meetings.search.indexing import search_index_rebuild


class Command(BaseCommand):
    help = "重建会议全文检索索引 (rebuild the full-text search index of all meetings)"

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=1000)

    def handle(self, *args, batch_size, **options):
        total = Meeting.objects.count()
        with tqdm(
            total=total, unit="会议", file=self.stderr, disable=options["verbosity"] == 0
        ) as bar:
            for indexed in search_index_rebuild(batch_size=max(batch_size, 1)):
                bar.update(indexed)
        self.stdout.write(f"已索引 {total} 个会议。")
