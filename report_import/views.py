"""从新闻稿导入 in the admin: paste → review the draft beside the text → save as draft → correct.

The view lives here, not in the meetings admin, so that the record's admin never imports the
parser; config/urls.py mounts it under the admin's meeting pages, behind admin_site.admin_view.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from common.text import fold
from meetings.models import Meeting
from meetings.selectors import archive_vocabulary
from meetings.services import RecordsRejected
from orgs.selectors import organisations_editable_by
from report_import.forms import ReportImportForm
from report_import.parser import ReportUnreadable, parse_report_with_trace
from report_import.review import report_review
from report_import.selectors import possible_duplicates
from report_import.services import report_draft_save


def report_import_view(request):
    if not request.user.has_perm("meetings.add_meeting"):
        raise PermissionDenied
    editable = organisations_editable_by(request.user)
    form = ReportImportForm(request.POST or None, hosts=editable.order_by("path"))
    context = {
        **admin.site.each_context(request),
        "opts": Meeting._meta,
        "form": form,
        "title": _("从新闻稿导入"),
    }
    if request.method == "POST" and form.is_valid():
        try:
            record, trace = _parse(form.cleaned_data)
        except ReportUnreadable:
            context["errors"] = [
                _(
                    "解析器未能读取这篇新闻稿（错误已记录），未保存任何内容。请直接新建会议记录录入。"
                )
            ]
            return TemplateResponse(request, "admin/report_import/import_report.html", context)
        if (
            not request.user.is_superuser
            and not editable.filter(name_key=fold(record.get("host") or "")).exists()
        ):
            context["errors"] = [
                _("召开单位“%(host)s”不在您的录入范围内，请在下方“召开单位”中选择。")
                % {"host": record.get("host") or _("（未识别）")}
            ]
        elif "save" in request.POST:
            try:
                meeting, attention = report_draft_save(
                    record=record, trace=trace, user=request.user
                )
            except RecordsRejected as rejected:
                context["errors"] = [str(error) for error in rejected.errors]
            else:
                messages.add_message(
                    request,
                    messages.WARNING if attention else messages.SUCCESS,
                    _("已保存为草稿，请核对后发布。") + "".join(f" {p}。" for p in attention),
                )
                return redirect(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
        context["rows"], context["marked_text"] = report_review(record, trace)
        context["duplicates"] = possible_duplicates(record)
    return TemplateResponse(request, "admin/report_import/import_report.html", context)


def _parse(data: dict) -> tuple[dict, dict]:
    """The record and its trace; what the clerk typed in the form wins over the text."""
    people, orgs = archive_vocabulary()
    record, trace = parse_report_with_trace(
        data["text"],
        url=data["url"] or None,
        published=data["published"],
        known_people=people,
        known_orgs=orgs,
    )
    if data["date"]:
        record["date"] = data["date"].isoformat()
        trace.pop("year", None)  # the clerk's date is not an inference
    if data["host"]:
        record["host"] = data["host"].name
    return record, trace
