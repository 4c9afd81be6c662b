from django.apps import AppConfig


class ReportImportConfig(AppConfig):
    name = "report_import"
    verbose_name = "新闻稿导入"
