from django.db import models
from django.utils.translation import gettext_lazy as _


class FixityRun(models.Model):
    """One run of verify_archive: every uploaded file re-read and compared with its hash."""

    started_at = models.DateTimeField(_("开始时间"))
    finished_at = models.DateTimeField(_("结束时间"))
    checked = models.PositiveIntegerField(_("校验文件数"), default=0)
    missing = models.PositiveIntegerField(_("缺失"), default=0)
    changed = models.PositiveIntegerField(_("已改变"), default=0)
    unreadable = models.PositiveIntegerField(_("无法读取"), default=0)
    unregistered = models.PositiveIntegerField(_("未登记哈希"), default=0)
    # [{"status", "name", "meeting_id", "meeting"}] for every file that is not 正常.
    problems = models.JSONField(_("问题清单"), default=list, blank=True)

    class Meta:
        verbose_name = _("固定性校验")
        verbose_name_plural = _("固定性校验")
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M}"

    @property
    def ok(self) -> bool:
        """Nothing lost or changed (files without a recorded hash are reported, not failed)."""
        return not (self.missing or self.changed or self.unreadable)
