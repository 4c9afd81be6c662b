import datetime

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse
from django.shortcuts import render

from compliance.charts import report_charts
from compliance.exports import compliance_workbook
from compliance.forms import ComplianceFilterForm, MemberFilterForm
from compliance.members import member_records, member_rows, report_branches
from compliance.selectors import STATUS_LABELS, compliance_report_cached, latest_record_year

# Staff and readers (查阅人) hold this permission; anyone else logged in gets 403.
can_view = permission_required("meetings.view_internal_meeting", raise_exception=True)


def _report(request):
    form = ComplianceFilterForm(request.GET or None)
    filters = form.filters()
    organisation = filters["organisation"]
    today = datetime.date.today()
    year = filters["year"] or latest_record_year(organisation=organisation) or today.year
    if not form.is_bound:
        form.initial["year"] = year  # the year box shows the year the page shows
    report = compliance_report_cached(
        start=datetime.date(year, 1, 1),
        end=datetime.date(year, 12, 31),
        organisation=organisation,
        rule=filters["rule"],
        today=today,
    )
    return form, year, report


def _with_year(params, year: int) -> str:
    query = params.copy()
    query["year"] = str(year)
    return query.urlencode()


@login_required
@can_view
def grid(request):
    form, year, report = _report(request)
    return render(
        request,
        "compliance/grid.html",
        {
            "form": form,
            "year": year,
            "report": report,
            "charts": report_charts(report),
            "status_labels": STATUS_LABELS,
            "export_query": _with_year(request.GET, year),
            "previous_query": _with_year(request.GET, year - 1),
            "next_query": _with_year(request.GET, year + 1),
        },
    )


@login_required
@can_view
def export_xlsx(request):
    _form, year, report = _report(request)
    members = member_records(branches=report_branches(report), year=year)
    response = HttpResponse(
        compliance_workbook(report, member_rows(members)),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="compliance-{year}.xlsx"'
    return response


@login_required
@can_view
def members(request):
    form = MemberFilterForm(request.GET or None)
    table = None
    if form.is_valid():
        branch = form.cleaned_data["org"]
        year = (
            form.cleaned_data["year"]
            or latest_record_year(organisation=branch)
            or datetime.date.today().year
        )
        (table,) = member_records(branches=[branch], year=year)
    return render(
        request,
        "compliance/members.html",
        {
            "form": form,
            "table": table,
            "previous_query": table and _with_year(request.GET, table.year - 1),
            "next_query": table and _with_year(request.GET, table.year + 1),
        },
    )
