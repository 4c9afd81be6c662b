from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = "会议记录"

    def ready(self):
        from django.core import checks

        from meetings import pdf, renames
        from meetings.checks import check_cjk_font
        from meetings.signals import meetings_changed

        checks.register(check_cjk_font)
        meetings_changed.connect(pdf.drop_cached_pdfs, dispatch_uid="meetings.pdf.drop_cached_pdfs")
        renames.connect()
