"""Job types of the meeting record: the yearbook PDF of a year and a unit."""

from django import forms
from django.utils import timezone

from jobs.registry import JobError, Outcome, register
from meetings import pdf
from meetings.selectors import meetings_for_yearbook
from orgs.models import Organisation


class YearbookForm(forms.Form):
    year = forms.IntegerField(label="年度", min_value=1921, max_value=2200)
    org = forms.ModelChoiceField(
        label="单位（含下级单位）",
        queryset=Organisation.objects.all(),
        required=False,
        help_text="留空为全校",
    )
    # Off by default: the volume holds public meetings only and may travel; the chart counts
    # internal meetings too (pdf.ComplianceScope).
    compliance_charts = forms.BooleanField(
        label="附三会一课落实情况图",
        required=False,
        help_text="按全部已发布会议（含内部会议）统计，封面标明“内部资料”",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year - 1

    def params(self) -> dict:
        org = self.cleaned_data["org"]
        return {
            "year": self.cleaned_data["year"],
            "org": org.pk if org else None,
            "compliance_charts": self.cleaned_data["compliance_charts"],
        }


@register(
    "yearbook",
    label="会议纪要汇编（年鉴 PDF）",
    form=YearbookForm,
    permission="meetings.view_internal_meeting",
)
def yearbook(*, params: dict, progress, user) -> Outcome:
    org = Organisation.objects.filter(pk=params["org"]).first() if params.get("org") else None
    if params.get("org") and org is None:
        raise JobError("所选单位已不存在。")
    meetings = meetings_for_yearbook(year=params["year"], org=org)
    total = meetings.count()
    if not total:
        scope = f"{org.name}及其下级单位" if org else "全校"
        raise JobError(f"{params['year']}年{scope}没有可导出的已发布公开会议。")

    def counted(items):
        for done, meeting in enumerate(items, 1):
            progress(done, total)
            yield meeting

    title = f"{org.name if org else ''}{params['year']}年会议纪要汇编"
    # The job's permission already requires it; checked again as the chart's own condition,
    # since the job runs later than it was asked for.
    internal = params.get("compliance_charts") and user.has_perm("meetings.view_internal_meeting")
    content = pdf.meetings_yearbook_pdf(
        meetings,
        title=title,
        progress=counted,
        compliance=pdf.ComplianceScope(params["year"], org) if internal else None,
    )
    return Outcome(result={"会议数": total, "标题": title}, file=(f"{title}.pdf", content))
