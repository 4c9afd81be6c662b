from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from meetings import pdf
from meetings.forms import ReportImportForm
from meetings.models import (
    AgendaItem,
    Attendance,
    AttendeeGroup,
    Document,
    Meeting,
    MeetingChair,
    MeetingStatus,
    Pledge,
    PledgeParty,
)
from meetings.selectors import meetings_for_export
from meetings.services import (
    RecordsRejected,
    meeting_draft_from_record,
    meeting_set_status,
    notify_meetings_changed,
)
from meetings.views import pdf_response


class MeetingChairInline(admin.TabularInline):
    model = MeetingChair
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "order"]


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 1
    autocomplete_fields = ["person"]
    fields = ["person", "role", "titles", "reason", "order"]


class AttendeeGroupInline(admin.TabularInline):
    model = AttendeeGroup
    extra = 0
    fields = ["name", "role", "order"]


class AgendaItemInline(admin.StackedInline):
    model = AgendaItem
    extra = 0
    autocomplete_fields = ["speaker", "org"]
    fields = [
        ("order", "kind"),
        ("speaker", "speaker_titles"),
        "org",
        "title",
        "text",
        "document_titles",
    ]
    classes = ["agenda-inline"]


class DocumentInline(admin.TabularInline):
    model = Document
    extra = 0
    fields = ["title", "issuer", "number", "file", "order"]


class PledgeInline(admin.TabularInline):
    model = Pledge
    extra = 0
    fields = ["title", "year", "scan", "order"]
    show_change_link = True


class YearListFilter(admin.SimpleListFilter):
    title = _("年度")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("date", "year", order="DESC")
        return [(str(d.year), f"{d.year}年") for d in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(date__year=int(self.value()))
        return queryset


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["date", "title", "kind", "host", "status", "visibility"]
    list_filter = [
        "kind",
        YearListFilter,
        "status",
        "visibility",
        "archived",
        ("host", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["host"]
    date_hierarchy = "date"
    search_fields = ["title", "venue", "host__name", "attendances__person__name"]
    autocomplete_fields = ["host", "recorder"]
    actions = ["publish", "unpublish", "export_pdf"]
    save_on_top = True
    # Adds the 导出 PDF button to the object tools.
    change_form_template = "admin/meetings/meeting/change_form.html"
    inlines = [
        MeetingChairInline,
        AttendanceInline,
        AttendeeGroupInline,
        AgendaItemInline,
        DocumentInline,
        PledgeInline,
    ]
    readonly_fields = ["created_by", "created_at", "updated_at"]

    class Media:
        js = ["meetings/form_autosave.js"]

    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "kind",
                    ("date", "time"),
                    "venue",
                    "host",
                    "recorder",
                    "expected",
                ]
            },
        ),
        (_("发布"), {"fields": [("status", "visibility", "archived")]}),
        (_("纪要与决议"), {"fields": ["summary", "decisions"], "classes": ["collapse"]}),
        (
            _("来源报道"),
            {"fields": ["source_url", "source_published", "source_text"], "classes": ["collapse"]},
        ),
        (
            _("录入信息"),
            {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    def get_urls(self):
        return [
            path(
                "import-report/",
                self.admin_site.admin_view(self.import_report_view),
                name="meetings_meeting_import_report",
            ),
            path(
                "<path:object_id>/summary.pdf",
                self.admin_site.admin_view(self.summary_pdf_view),
                name="meetings_meeting_summary_pdf",
            ),
            *super().get_urls(),
        ]

    def import_report_view(self, request):
        """从新闻稿导入: paste → review the draft beside the text → save as draft → correct."""
        from meetings.report_parser import parse_report_with_trace
        from meetings.report_review import report_review
        from meetings.selectors import archive_vocabulary

        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ReportImportForm(request.POST or None)
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "form": form}
        context["title"] = _("从新闻稿导入")
        if request.method == "POST" and form.is_valid():
            people, orgs = archive_vocabulary()
            record, trace = parse_report_with_trace(
                form.cleaned_data["text"],
                url=form.cleaned_data["url"] or None,
                published=form.cleaned_data["published"],
                known_people=people,
                known_orgs=orgs,
            )
            if form.cleaned_data["date"]:
                record["date"] = form.cleaned_data["date"].isoformat()
            if "save" in request.POST:
                try:
                    meeting, attention = meeting_draft_from_record(record=record, user=request.user)
                except RecordsRejected as rejected:
                    context["errors"] = [str(error) for error in rejected.errors]
                else:
                    self.message_user(
                        request,
                        _("已保存为草稿，请核对后发布。") + "".join(f" {p}。" for p in attention),
                        messages.WARNING if attention else messages.SUCCESS,
                    )
                    return redirect(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
            context["rows"], context["marked_text"] = report_review(record, trace)
        return TemplateResponse(request, "admin/meetings/meeting/import_report.html", context)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("host")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        notify_meetings_changed([form.instance.pk])

    def delete_model(self, request, obj):
        pk = obj.pk
        with transaction.atomic():
            super().delete_model(request, obj)
            notify_meetings_changed([pk])

    def delete_queryset(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        with transaction.atomic():
            super().delete_queryset(request, queryset)
            notify_meetings_changed(ids)

    def has_delete_permission(self, request, obj=None):
        # Published records are official: only a superuser may delete them.
        if obj is not None and obj.is_published and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm("meetings.publish_meeting"):
            actions.pop("publish", None)
            actions.pop("unpublish", None)
        if not request.user.is_superuser:
            # Bulk delete cannot check each meeting's status; clerks archive instead.
            actions.pop("delete_selected", None)
        return actions

    def summary_pdf_view(self, request, object_id):
        """The summary PDF for staff: unlike the public page, drafts are included."""
        meeting = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_view_permission(request, meeting):
            raise PermissionDenied
        try:
            content = pdf.meeting_summary_pdf(meeting)
        except pdf.PdfUnavailable as error:
            self.message_user(request, str(error), messages.ERROR)
            return redirect("admin:meetings_meeting_change", meeting.pk)
        return pdf_response(content, filename=meeting.title)

    @admin.action(description=_("导出所选会议纪要（PDF）"), permissions=["view"])
    def export_pdf(self, request, queryset):
        try:
            content = pdf.meetings_yearbook_pdf(
                meetings_for_export(queryset), title=str(_("会议纪要汇编"))
            )
        except pdf.PdfUnavailable as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        return pdf_response(content, filename=str(_("会议纪要汇编")))

    @admin.action(description=_("发布所选会议"))
    def publish(self, request, queryset):
        changed = meeting_set_status(meetings=queryset, status=MeetingStatus.PUBLISHED)
        self.message_user(request, _("已发布 %(n)d 个会议。") % {"n": changed}, messages.SUCCESS)

    @admin.action(description=_("撤回所选会议（改为草稿）"))
    def unpublish(self, request, queryset):
        changed = meeting_set_status(meetings=queryset, status=MeetingStatus.DRAFT)
        self.message_user(request, _("已撤回 %(n)d 个会议。") % {"n": changed}, messages.SUCCESS)


class PledgePartyInline(admin.TabularInline):
    model = PledgeParty
    extra = 1
    autocomplete_fields = ["organisation"]


@admin.register(Pledge)
class PledgeAdmin(SimpleHistoryAdmin):
    list_display = ["title", "year", "meeting"]
    list_filter = ["year"]
    list_select_related = ["meeting"]
    search_fields = ["title", "meeting__title"]
    autocomplete_fields = ["meeting"]
    inlines = [PledgePartyInline]
