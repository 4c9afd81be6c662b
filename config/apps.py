"""Third-party apps under the names a clerk reads in the admin's sidebar."""

from axes.apps import AppConfig as AxesAppConfig
from django_tasks_db.apps import TasksAppConfig


class LoginProtectionConfig(AxesAppConfig):
    verbose_name = "登录保护"


class TaskQueueConfig(TasksAppConfig):
    verbose_name = "任务队列"
