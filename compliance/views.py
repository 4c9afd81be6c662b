import datetime

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse
from django.shortcuts import render

from compliance.exports import compliance_workbook
from compliance.forms import ComplianceFilterForm
from compliance.selectors import STATUS_LABELS, compliance_report

# Staff and readers (查阅人) hold this permission; anyone else logged in gets 403.
can_view = permission_required("meetings.view_internal_meeting", raise_exception=True)


def _report(request):
    form = ComplianceFilterForm(request.GET or None, today=datetime.date.today())
    filters = form.filters()
    report = compliance_report(
        start=filters["start"],
        end=filters["end"],
        organisation=filters["organisation"],
        rule=filters["rule"],
    )
    return form, filters, report


@login_required
@can_view
def grid(request):
    form, filters, report = _report(request)
    return render(
        request,
        "compliance/grid.html",
        {
            "form": form,
            "year": filters["year"],
            "report": report,
            "status_labels": STATUS_LABELS,
            "export_query": request.GET.urlencode(),
        },
    )


@login_required
@can_view
def export_xlsx(request):
    _form, filters, report = _report(request)
    response = HttpResponse(
        compliance_workbook(report),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="compliance-{filters["year"]}.xlsx"'
    return response
