from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "后台任务"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        # Each app declares its job types in its own tasks.py (see docs/jobs.md).
        autodiscover_modules("tasks")
