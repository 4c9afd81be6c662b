from django.apps import AppConfig


class ArchivalConfig(AppConfig):
    name = "archival"
    verbose_name = "档案管理"
