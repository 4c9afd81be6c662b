import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from meetings.models import MeetingKind
from orgs.models import OrganisationKind


class PeriodKind(models.TextChoices):
    MONTH = "month", _("每月")
    QUARTER = "quarter", _("每季度")
    YEAR = "year", _("每年")


class Rule(models.Model):
    """One requirement (e.g. 支委会 monthly); what it asks lives in dated RuleVersions."""

    meeting_kind = models.CharField(
        _("会议类别"), max_length=20, choices=MeetingKind.choices, unique=True
    )
    basis = models.CharField(
        _("依据"),
        max_length=200,
        blank=True,
        help_text=_("如：《中国共产党支部工作条例（试行）》第十二条"),
    )
    sort_order = models.PositiveIntegerField(_("排序"), default=0)

    class Meta:
        verbose_name = _("组织生活规定")
        verbose_name_plural = _("组织生活规定")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.get_meeting_kind_display()


class RuleVersion(models.Model):
    """What a rule asked between two dates: a period is judged by the version in force on its
    first day, so changing a rule never rewrites how earlier periods were judged."""

    rule = models.ForeignKey(
        Rule, verbose_name=_("规定"), on_delete=models.CASCADE, related_name="versions"
    )
    org_kinds = models.JSONField(
        _("适用组织类别"),
        default=list,
        help_text=_("规定适用于哪些类别的组织，如党支部、党小组"),
    )
    period = models.CharField(_("周期"), max_length=10, choices=PeriodKind.choices)
    min_count = models.PositiveIntegerField(
        _("每周期最少次数"), default=1, validators=[MinValueValidator(1)]
    )
    quorum_share = models.DecimalField(
        _("法定到会比例"),
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_(
            "如 0.50：实到人数须超过应到人数的这一比例（“半数以上”），否则该次会议不计入；"
            "留空表示不要求"
        ),
    )
    quorum_strict = models.BooleanField(
        _("须超过该比例"),
        default=True,
        help_text=_(
            "勾选：实到须超过应到的该比例（如“超过半数”）；不勾选：达到该比例即可"
            "（如选举须有五分之四以上党员到会，填 0.80 并取消勾选）"
        ),
    )
    valid_from = models.DateField(_("生效日期"))
    valid_to = models.DateField(
        _("失效日期"),
        null=True,
        blank=True,
        help_text=_("留空表示长期有效。停用规定时填写最后一天，不要删除旧版本"),
    )
    note = models.CharField(_("说明"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("规定版本")
        verbose_name_plural = _("规定版本")
        ordering = ["rule", "valid_from"]

    def __str__(self) -> str:
        until = f"{self.valid_to:%Y-%m-%d}" if self.valid_to else _("长期")
        return f"{self.rule} {self.valid_from:%Y-%m-%d}—{until}"

    def clean(self):
        unknown = set(self.org_kinds or []) - set(OrganisationKind.values)
        if not self.org_kinds or unknown:
            raise ValidationError({"org_kinds": _("请至少选择一个有效的组织类别。")})
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("失效日期不能早于生效日期。")})

    def describe(self) -> str:
        text = _("%(period)s至少%(count)s次") % {
            "period": self.get_period_display(),
            "count": self.min_count,
        }
        if self.quorum_share is not None:
            text += (
                _("，实到须超过应到的%(share)s")
                if self.quorum_strict
                else _("，实到须达到应到的%(share)s")
            ) % {"share": f"{self.quorum_share:.0%}"}
        return text

    def in_force_on(self, day: datetime.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)
