from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from archival.models import FixityRun


@admin.register(FixityRun)
class FixityRunAdmin(admin.ModelAdmin):
    """Results of verify_archive, for superusers only; written by the command, never edited."""

    list_display = [
        "started_at",
        "checked",
        "missing",
        "changed",
        "unreadable",
        "unregistered",
        "passed",
    ]
    fields = [*list_display[:-1], "finished_at", "problem_list"]
    readonly_fields = fields

    @admin.display(boolean=True, description=_("通过"))
    def passed(self, run: FixityRun) -> bool:
        return run.ok

    @admin.display(description=_("问题清单"))
    def problem_list(self, run: FixityRun):
        return format_html_join(
            "\n",
            "<p>{}：{}（会议 {}《{}》）</p>",
            ((p["status"], p["name"], p["meeting_id"], p["meeting"]) for p in run.problems),
        ) or _("无")

    def has_module_permission(self, request) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
