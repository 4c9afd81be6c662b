"""The review flow in the admin: submit, approve, return and amend buttons, the reviewers'
queue (待我审核), returned records first in a clerk's list, and read-only final records.

A mixin for MeetingAdmin; every transition goes through meetings.workflow, which checks who
may do it and the version the user saw.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meetings.models import (
    Meeting,
    MeetingStatus,
    ReviewAction,
    ReviewNotificationSetting,
    ReviewStep,
)
from meetings.workflow import (
    ReviewRefused,
    meeting_amendment_record,
    meeting_approve,
    meeting_is_locked,
    meeting_return,
    meeting_submit,
    user_may_review,
)

AMEND_PARAMETER = "amend"


def latest_return_opinion():
    """The opinion of a meeting's latest return, as a subquery (one query for a whole list)."""
    return Subquery(
        ReviewStep.objects.filter(meeting=OuterRef("pk"), action=ReviewAction.RETURN)
        .order_by("-at", "-pk")
        .values("note")[:1]
    )


class AmendmentFormMixin(forms.Form):
    amendment_reason = forms.CharField(
        label=_("更正原因"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        help_text=_(
            "必填：说明更正了什么、依据什么。原因、更正人和时间将显示在公开页面和 PDF 中。"
        ),
    )


class ReviewFlowAdminMixin:
    """Mix into MeetingAdmin before ModelAdmin: adds the flow's views, buttons and locks."""

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "review-queue/", view(self.review_queue_view), name="meetings_meeting_review_queue"
            ),
            path(
                "<path:object_id>/review/<str:action>/",
                view(self.review_action_view),
                name="meetings_meeting_review_action",
            ),
            *super().get_urls(),
        ]

    # Locks: submitted and final records are read-only unless amending a final one.

    def is_amending(self, request, obj) -> bool:
        return (
            obj is not None
            and obj.status == MeetingStatus.PUBLISHED
            and request.GET.get(AMEND_PARAMETER) == "1"
        )

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return not meeting_is_locked(obj) or self.is_amending(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        if self.is_amending(request, obj):
            kwargs["form"] = type("AmendmentForm", (AmendmentFormMixin, self.form), {})
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.is_amending(request, obj):
            return [(_("更正"), {"fields": ["amendment_reason"]}), *fieldsets]
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        # The state moves only through the flow's buttons, for superusers too.
        return [*super().get_readonly_fields(request, obj), "status"]

    def save_model(self, request, obj, form, change):
        # In the admin's transaction: the reason and the change commit together.
        if change and "amendment_reason" in form.cleaned_data:
            meeting_amendment_record(
                meeting=obj, user=request.user, reason=form.cleaned_data["amendment_reason"]
            )
        super().save_model(request, obj, form, change)

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        if self.is_amending(request, obj) and isinstance(response, HttpResponseRedirect):
            # An amendment is one save with one reason: back to the read-only record.
            return HttpResponseRedirect(reverse("admin:meetings_meeting_change", args=[obj.pk]))
        return response

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["review"] = self._review_context(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _review_context(self, request, obj) -> dict:
        editable_by_user = super().has_change_permission(request, obj)
        return {
            "status": obj.get_status_display(),
            "may_submit": editable_by_user and not meeting_is_locked(obj),
            "may_review": obj.status == MeetingStatus.SUBMITTED
            and user_may_review(request.user, obj),
            "may_amend": editable_by_user
            and obj.status == MeetingStatus.PUBLISHED
            and not self.is_amending(request, obj),
            "amending": self.is_amending(request, obj),
            "steps": list(obj.review_steps.order_by("at", "pk")),
        }

    # Transitions: POST only, each with the version the user saw.

    def review_action_view(self, request, object_id, action):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        meeting = get_object_or_404(self.get_queryset(request), pk=object_id)
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = -1
        try:
            message = self._transition(request, meeting, action, version)
        except ReviewRefused as refused:
            self.message_user(request, str(refused), messages.ERROR)
        else:
            self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:meetings_meeting_change", args=[meeting.pk]))

    def _transition(self, request, meeting, action: str, version: int) -> str:
        user = request.user
        if action == "submit":
            if not super().has_change_permission(request, meeting):
                raise ReviewRefused(_("您没有修改这条记录的权限，不能报送。"))
            meeting_submit(meeting_id=meeting.pk, user=user, version=version)
            return _("已报送，等待审核。")
        if action == "approve":
            meeting_approve(meeting_id=meeting.pk, user=user, version=version)
            return _("已审核发布。")
        if action == "return":
            opinion = request.POST.get("opinion", "")
            meeting_return(meeting_id=meeting.pk, user=user, version=version, opinion=opinion)
            return _("已退回，录入员将看到审核意见。")
        raise ReviewRefused(_("未知的操作。"))

    # Lists.

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(return_opinion=latest_return_opinion())

    def get_ordering(self, request):
        # An expression, not an alias: the stock get_queryset orders before we annotate.
        returned_first = Case(
            When(status=MeetingStatus.RETURNED, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return [returned_first.asc(), *(super().get_ordering(request) or ["-date", "-pk"])]

    @admin.display(description=_("审核意见"))
    def review_note(self, obj):
        return obj.return_opinion if obj.status == MeetingStatus.RETURNED else ""

    def review_queue_view(self, request):
        """待我审核: submitted records this reviewer may decide, oldest submission first."""
        queue = [
            meeting
            for meeting in self.get_queryset(request)
            .filter(status=MeetingStatus.SUBMITTED)
            .select_related("host", "submitted_by")
            .order_by("submitted_at", "pk")
        ]
        if not request.user.is_superuser and not request.user.has_perm("meetings.publish_meeting"):
            queue = []
        now = timezone.now()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("待我审核"),
            "rows": [
                (meeting, (now - meeting.submitted_at).days if meeting.submitted_at else None)
                for meeting in queue
            ],
        }
        return TemplateResponse(request, "admin/meetings/meeting/review_queue.html", context)


def review_counts(user) -> dict:
    """For the admin index: how many records wait for this user (one query)."""
    from django.db.models import Count, Q

    from orgs.selectors import organisations_editable_by

    meetings = Meeting.objects.all()
    if not user.is_superuser:
        meetings = meetings.filter(host__in=organisations_editable_by(user))
    reviewer = user.is_superuser or user.has_perm("meetings.publish_meeting")
    counts = meetings.aggregate(
        to_review=Count("pk", filter=Q(status=MeetingStatus.SUBMITTED)),
        returned=Count("pk", filter=Q(status=MeetingStatus.RETURNED)),
    )
    return {
        "reviewer": reviewer,
        "to_review": counts["to_review"] if reviewer else 0,
        "returned": counts["returned"],
    }


@admin.register(ReviewNotificationSetting)
class ReviewNotificationSettingAdmin(admin.ModelAdmin):
    """Each reviewer turns their own e-mails on or off; superusers see everyone's."""

    list_display = ["user", "send_email"]
    fields = ["send_email"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("user")
        return queryset if request.user.is_superuser else queryset.filter(user=request.user)

    def _own_or_superuser(self, request, obj=None) -> bool:
        return request.user.is_superuser or request.user.has_perm("meetings.publish_meeting")

    has_module_permission = _own_or_superuser
    has_view_permission = _own_or_superuser
    has_change_permission = _own_or_superuser

    has_add_permission = _own_or_superuser

    def add_view(self, request, form_url="", extra_context=None):
        # One setting each: a second "add" opens the one the user already has.
        own = ReviewNotificationSetting.objects.filter(user=request.user).first()
        if own is not None:
            return HttpResponseRedirect(
                reverse("admin:meetings_reviewnotificationsetting_change", args=[own.pk])
            )
        return super().add_view(request, form_url, extra_context)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        if not change:
            obj.user = request.user
        super().save_model(request, obj, form, change)
