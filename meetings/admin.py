from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST, require_safe
from simple_history.admin import SimpleHistoryAdmin

from common.autocomplete import FoldedSearchMixin, SafeAutocompleteMixin
from common.fast_inlines import OneRowMediaInlinesMixin
from meetings import pdf
from meetings.admin_entry import duplicate_candidates, entry_names_view
from meetings.admin_inlines import MEETING_INLINES, CheckedScanWidget
from meetings.admin_review import ReviewFlowAdminMixin
from meetings.file_views import file_response
from meetings.history import meeting_change_log, meeting_changes_since, meeting_editors_since
from meetings.models import (
    PRESENT_ROLES,
    AttendanceRole,
    Document,
    Meeting,
    Pledge,
    PledgeParty,
)
from meetings.restore import RestoreError, meeting_restore
from meetings.selectors import meetings_for_export
from meetings.services import (
    may_publish,
    meeting_archive,
    meeting_delete,
    notify_meetings_changed,
)
from meetings.validators import EARLIEST_MEETING_DATE, latest_meeting_date
from meetings.views import pdf_response
from meetings.workflow import meetings_withdraw
from orgs.selectors import organisations_editable_by


def scoped_to_user(queryset, user, host_lookup: str = "host"):
    if user.is_superuser:
        return queryset
    return queryset.filter(**{f"{host_lookup}__in": organisations_editable_by(user)})


class ClerkScopedAdmin:
    """Clerks (录入员) reach only the meetings hosted in their organisations' subtrees.

    Everything else in the admin goes through these: the changelist, change and delete pages
    and the history views (404/403), and the choices of the host or meeting field.
    """

    # The lookup from this admin's model to the hosting organisation.
    host_lookup = "host"

    def get_queryset(self, request):
        return scoped_to_user(super().get_queryset(request), request.user, self.host_lookup)

    def get_object(self, request, object_id, from_field=None):
        # The stock admin redirects to its index for a missing object; out of scope is
        # simply not there.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def _in_scope(self, request, obj) -> bool:
        if obj is None:
            return True
        # The admin asks many times per page (once per inline, too): one query per object.
        answers = request.__dict__.setdefault("_clerk_scope_answers", {})
        key = (self.model, obj.pk)
        if key not in answers:
            answers[key] = self.get_queryset(request).filter(pk=obj.pk).exists()
        return answers[key]

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._in_scope(request, obj)


class MeetingAdminForm(forms.ModelForm):
    """Carries the version the clerk loaded: saving over a newer version is refused.

    A new meeting like one already recorded (same day and host, similar title) is held
    back until the clerk confirms it is another meeting.
    """

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    confirm_new = forms.BooleanField(
        label=_("不是同一次会议，仍然保存"), required=False, widget=forms.CheckboxInput
    )
    duplicates: list[Meeting] = []

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            cleaned["version"] = self.instance.version
            self._check_duplicates(cleaned)
            return cleaned
        # Held until the admin's transaction commits, so a concurrent save of the same
        # meeting waits here and then sees the version this one writes.
        current = (
            Meeting.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        loaded = cleaned.get("version")
        if loaded != current:
            raise ValidationError(stale_edit_messages(self.instance, loaded, current))
        cleaned["version"] = current
        return cleaned

    def _check_duplicates(self, cleaned) -> None:
        if cleaned.get("confirm_new") or not cleaned.get("date") or not cleaned.get("title"):
            return
        self.duplicates = duplicate_candidates(
            date=cleaned["date"], host=cleaned.get("host"), title=cleaned["title"]
        )
        if self.duplicates:
            raise ValidationError(
                _(
                    "这是同一次会议吗？已有日期、召开单位相同且名称相近的会议记录（见本页上方）。"
                    "如是同一次会议，请打开已有记录；如不是，请勾选“不是同一次会议，仍然保存”后再保存。"
                )
            )


def stale_edit_messages(meeting: Meeting, loaded: int | None, current: int | None) -> list[str]:
    if loaded is None or current is None or loaded > current:
        return [_("表单缺少有效的版本号，无法确认是否覆盖他人的修改。请重新打开本页后再保存。")]
    editors = "、".join(meeting_editors_since(meeting=meeting, version=loaded)) or _("其他用户")
    found = [
        _(
            "保存失败：在您打开本页之后，%(editors)s 已修改并保存了这条会议记录"
            "（您打开的是第 %(loaded)d 版，当前为第 %(current)d 版）。"
            "为避免覆盖他人的修改，本次保存未执行。请记下您的修改，重新打开本页后再录入。"
        )
        % {"editors": editors, "loaded": loaded, "current": current}
    ]
    changes = meeting_changes_since(meeting=meeting, version=loaded)
    found += [
        _("对方修改了“%(field)s”：“%(old)s” → “%(new)s”")
        % {"field": change.field, "old": change.old, "new": change.new}
        for change in changes
    ]
    if not changes:
        found.append(_("对方修改的是参会人员、议程、文件等明细，详见本页下方的“变更记录”。"))
    return found


def meeting_year(value) -> int | None:
    """A year a meeting can have, from a query string value, or None."""
    if not (isinstance(value, str) and value.isdigit() and len(value) == 4):
        return None
    year = int(value)
    return year if EARLIEST_MEETING_DATE.year <= year <= latest_meeting_date().year else None


class YearListFilter(admin.SimpleListFilter):
    title = _("年度")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("date", "year", order="DESC")
        return [(str(d.year), f"{d.year}年") for d in years]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        year = meeting_year(self.value())
        return queryset.none() if year is None else queryset.filter(date__year=year)


class MeetingChangeList(ChangeList):
    """The date drill-down refuses years no meeting can have, as it refuses a bad month:
    Django's own would build 1 January of year 10,000 and fail."""

    def get_filters(self, request):
        year = self.params.get(f"{self.date_hierarchy}__year")
        if year is not None and meeting_year(year) is None:
            raise IncorrectLookupParameters(f"year {year[:10]} out of range")
        return super().get_filters(request)


@admin.register(Meeting)
class MeetingAdmin(
    OneRowMediaInlinesMixin,
    ReviewFlowAdminMixin,
    ClerkScopedAdmin,
    FoldedSearchMixin,
    SafeAutocompleteMixin,
    SimpleHistoryAdmin,
):
    form = MeetingAdminForm
    object_history_list_template = "admin/meetings/meeting/object_history_list.html"
    history_list_display = ["version"]
    list_display = ["date", "title", "kind", "host", "status", "review_note", "visibility"]
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
    search_fields = ["title", "venue", "host__name_key", "attendances__person__name_key"]
    autocomplete_fields = ["host", "recorder"]
    actions = ["unpublish", "archive", "unarchive", "export_pdf"]
    save_on_top = True
    # Adds the 导出 PDF button to the object tools.
    change_form_template = "admin/meetings/meeting/change_form.html"
    inlines = MEETING_INLINES
    readonly_fields = ["created_by", "created_at", "updated_at", "named_present"]

    class Media:
        js = [
            "admin/js/vendor/jquery/jquery.min.js",
            "admin/js/jquery.init.js",
            "meetings/form_autosave.js",
            "meetings/meeting_entry.js",
        ]
        css = {"all": ["meetings/admin.css"]}

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
                    ("expected", "present", "named_present"),
                    "version",
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

    @admin.display(description=_("名单中出席、参加人数"))
    def named_present(self, obj):
        """A hint beside 实到: what it would be taken as if left empty (1 query)."""
        if obj is None or obj.pk is None:
            return "—"
        return obj.attendances.filter(role__in=PRESENT_ROLES).count()

    def get_urls(self):
        return [
            path(
                "<path:object_id>/summary.pdf",
                self.admin_site.admin_view(self.summary_pdf_view),
                name="meetings_meeting_summary_pdf",
            ),
            path(
                "<path:object_id>/documents/<int:pk>/",
                self.admin_site.admin_view(self.file_view),
                {"model": Document},
                name="meetings_meeting_document",
            ),
            path(
                "<path:object_id>/pledges/<int:pk>/scan/",
                self.admin_site.admin_view(self.file_view),
                {"model": Pledge},
                name="meetings_meeting_pledge_scan",
            ),
            path(
                "entry-names/",
                self.admin_site.admin_view(self.entry_names_view),
                name="meetings_meeting_entry_names",
            ),
            path(
                "<path:object_id>/history/<int:history_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name="meetings_meeting_restore",
            ),
            *super().get_urls(),
        ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("host")

    def get_changelist(self, request, **kwargs):
        return MeetingChangeList

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "host" in form.base_fields and not request.user.is_superuser:
            # A clerk's meeting must sit in their scope, so it cannot be left without a host.
            form.base_fields["host"].required = True
        return form

    def get_formset_kwargs(self, request, obj, inline, prefix):
        """Django's, with one copy of the posted data for all six inlines instead of one
        each (a big meeting posts ~3,000 fields). Each formset reads, and when saving as new
        blanks, only the keys under its own prefix, so they can share it."""
        if request.method != "POST":
            return super().get_formset_kwargs(request, obj, inline, prefix)
        if "_inline_data" not in request.__dict__:
            request._inline_data = request.POST.copy()
        return {
            "instance": obj,
            "prefix": prefix,
            "queryset": inline.get_queryset(request),
            "data": request._inline_data,
            "files": request.FILES,
            "save_as_new": "_saveasnew" in request.POST,
        }

    def has_publish_permission(self, request) -> bool:
        return may_publish(request.user)

    def entry_names_view(self, request):
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        return entry_names_view(request)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history's revert form saves the meeting row alone, skipping the inlines,
        # the index and our checks; a version is brought back by restore_view only.
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        return super().history_form_view(request, object_id, version_id, extra_context)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "host" and not request.user.is_superuser:
            kwargs["queryset"] = organisations_editable_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["change_log"] = meeting_change_log(meeting=obj)
        context["attendance_roles"] = AttendanceRole.choices
        return super().render_change_form(request, context, add, change, form_url, obj)

    @method_decorator(require_safe)
    def file_view(self, request, object_id, pk, model):
        """A document file or pledge scan of a meeting the user may view in the admin,
        drafts included (the public /files/ routes serve visible meetings only)."""
        meeting = self.get_object(request, object_id)
        if not self.has_view_permission(request, meeting):
            raise PermissionDenied
        field = "file" if model is Document else "scan"
        row = get_object_or_404(model.objects.exclude(**{field: ""}), pk=pk, meeting=meeting)
        return file_response(getattr(row, field))

    @method_decorator(require_POST)
    def restore_view(self, request, object_id, history_id):
        meeting = self.get_object(request, object_id)
        if not self.has_change_permission(request, meeting):
            raise PermissionDenied
        try:
            meeting = meeting_restore(
                meeting=meeting, history_date_or_history_id=history_id, user=request.user
            )
        except (RestoreError, ValidationError) as error:
            self.message_user(request, _("恢复失败：%(error)s") % {"error": error}, messages.ERROR)
        else:
            self.message_user(
                request,
                _("已把会议及其参会人员、议程、文件、责任书恢复到所选版本（现为第 %(v)d 版）。")
                % {"v": meeting.version},
                messages.SUCCESS,
            )
        return HttpResponseRedirect(reverse("admin:meetings_meeting_history", args=[meeting.pk]))

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        notify_meetings_changed([form.instance.pk])

    def delete_model(self, request, obj):
        meeting_delete(meetings=Meeting.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        meeting_delete(meetings=queryset)

    def has_delete_permission(self, request, obj=None):
        # Published records are official: only a superuser may delete them.
        if obj is not None and obj.is_published and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
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

    @admin.action(description=_("撤回所选会议（改为草稿）"), permissions=["publish"])
    def unpublish(self, request, queryset):
        changed = meetings_withdraw(meetings=queryset, user=request.user)
        message = _("已撤回 %(n)d 个会议。") % {"n": changed}
        if skipped := queryset.count() - changed:
            message += _("另有 %(n)d 个不是已审核发布的记录，未作改动。") % {"n": skipped}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description=_("归档"), permissions=["change"])
    def archive(self, request, queryset):
        changed = meeting_archive(meetings=queryset, archived=True)
        self.message_user(request, _("已归档 %(n)d 个会议。") % {"n": changed}, messages.SUCCESS)

    @admin.action(description=_("取消归档"), permissions=["change"])
    def unarchive(self, request, queryset):
        changed = meeting_archive(meetings=queryset, archived=False)
        self.message_user(
            request, _("已取消归档 %(n)d 个会议。") % {"n": changed}, messages.SUCCESS
        )


class PledgePartyInline(SafeAutocompleteMixin, admin.TabularInline):
    model = PledgeParty
    extra = 1
    autocomplete_fields = ["organisation"]


@admin.register(Pledge)
class PledgeAdmin(ClerkScopedAdmin, SafeAutocompleteMixin, SimpleHistoryAdmin):
    host_lookup = "meeting__host"

    list_display = ["title", "year", "meeting"]
    list_filter = ["year"]
    list_select_related = ["meeting"]
    search_fields = ["title", "meeting__title"]
    autocomplete_fields = ["meeting"]
    inlines = [PledgePartyInline]
    formfield_overrides = {models.FileField: {"widget": CheckedScanWidget}}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "meeting":
            kwargs["queryset"] = MeetingAdmin.get_queryset(admin.site._registry[Meeting], request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
