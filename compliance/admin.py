from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from compliance.models import Rule, RuleVersion
from compliance.services import rule_versions_close_superseded, superseded_end
from orgs.models import OrganisationKind

VERSIONS_HELP = _(
    "规定按版本保存，每个周期按其第一天有效的版本评判，历史评判不会因修改而改变。"
    "要从某日起修改规定：新增一个从该日生效的版本即可，现行版本的失效日期会自动设为该日前一天。"
    "要停用规定：只填写现行版本的失效日期。已用于评判的旧版本请勿删除或改动。"
)


class RuleVersionForm(forms.ModelForm):
    org_kinds = forms.MultipleChoiceField(
        label=_("适用组织类别"),
        choices=OrganisationKind.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = RuleVersion
        fields = [
            "org_kinds",
            "period",
            "min_count",
            "quorum_share",
            "quorum_strict",
            "valid_from",
            "valid_to",
            "note",
        ]


class RuleVersionFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        versions = sorted(
            (
                form.instance
                for form in self.forms
                if form.cleaned_data
                and not form.cleaned_data.get("DELETE")
                and form.instance.valid_from is not None
            ),
            key=lambda version: version.valid_from,
        )
        # Judge overlaps as they will be once open-ended versions are closed by their successor;
        # sorted by start, versions are disjoint when each ends before the next starts.
        for version, successor in zip(versions, versions[1:], strict=False):
            end = superseded_end(version, successor)
            if end is None or end >= successor.valid_from:
                raise ValidationError(
                    _(
                        "版本的有效期不能重叠（%(a)s 起与 %(b)s 起）。"
                        "请把旧版本的失效日期填为新版本生效日期的前一天，或留空由系统自动填写。"
                    ),
                    params={"a": version.valid_from, "b": successor.valid_from},
                )


class RuleVersionInline(admin.TabularInline):
    model = RuleVersion
    form = RuleVersionForm
    formset = RuleVersionFormSet
    extra = 1
    verbose_name_plural = _("规定版本（修改规定：关闭旧版本，新增新版本）")


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "basis", "sort_order"]
    inlines = [RuleVersionInline]
    fieldsets = [
        (None, {"fields": ["meeting_kind", "basis", "sort_order"], "description": VERSIONS_HELP})
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        for version in rule_versions_close_superseded(rule=form.instance):
            self.message_user(
                request,
                _("版本 %(version)s 的失效日期已自动设为 %(end)s。")
                % {"version": version.valid_from, "end": version.valid_to},
            )

    def has_module_permission(self, request):
        # The rules decide how every branch is judged: only superusers may see or edit them.
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_delete_permission(self, request, obj=None):
        return self.has_module_permission(request)
