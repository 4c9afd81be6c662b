from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from meetings.models import Meeting


class Command(BaseCommand):
    help = (
        "把演示数据（fixtures/*.json）装入空数据库；数据库已有会议时不再装入，"
        "以免覆盖已修改的记录和已编定的档号。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixtures", default=str(Path(settings.BASE_DIR) / "fixtures"), help="演示数据目录"
        )

    def handle(self, *args, **options):
        if Meeting.objects.exists():
            self.stdout.write("数据库中已有会议记录，保留现有数据，未装入演示数据。")
            return
        fixtures = sorted(str(path) for path in Path(options["fixtures"]).glob("*.json"))
        call_command("loaddata", *fixtures, stdout=self.stdout)
