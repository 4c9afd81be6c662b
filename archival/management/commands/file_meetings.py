from django.core.management.base import BaseCommand

from meetings.models import Meeting
from meetings.services import meetings_file


class Command(BaseCommand):
    help = "为尚无档号的已发布或已归档会议编定档号和保管期限（如启用编号前录入或导入的记录）。"

    def handle(self, *args, **options):
        count = meetings_file(meetings=Meeting.objects.all())
        self.stdout.write(self.style.SUCCESS(f"已为 {count} 次会议编定档号。"))
