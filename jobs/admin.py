"""Jobs in the admin: start one (a form per job type), follow it on its own page, download
its result, run a failed one again."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from jobs.models import Job, JobStatus
from jobs.registry import job_type, job_types, may_start
from jobs.tasks import job_enqueue, job_progress, job_rerun

REFRESH_SECONDS = 2


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "created_by", "created_at", "finished_at"]
    list_filter = ["status", "kind"]
    list_select_related = ["created_by"]

    def get_urls(self):
        own = [
            path("new/<str:kind>/", self.admin_site.admin_view(self.new_view), name="jobs_job_new"),
            path(
                "<int:pk>/rerun/",
                self.admin_site.admin_view(require_POST(self.rerun_view)),
                name="jobs_job_rerun",
            ),
            path(
                "<int:pk>/download/",
                self.admin_site.admin_view(self.download_view),
                name="jobs_job_download",
            ),
        ]
        return own + super().get_urls()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        # A clerk sees the jobs they started; superusers see all.
        return queryset if request.user.is_superuser else queryset.filter(created_by=request.user)

    def has_module_permission(self, request):
        return any(may_start(request.user, t.kind) for t in job_types())

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False  # jobs are started through new_view, one form per type

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def changelist_view(self, request, extra_context=None):
        startable = [t for t in job_types() if may_start(request.user, t.kind)]
        return super().changelist_view(request, {**(extra_context or {}), "startable": startable})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = get_object_or_404(self.get_queryset(request), pk=object_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "job": job,
            "type": job_type(job.kind),
            "progress": job_progress(job) if job.status == JobStatus.RUNNING else None,
            "refresh": None if job.finished else REFRESH_SECONDS,
            "title": str(job),
        }
        return TemplateResponse(request, "admin/jobs/job/detail.html", context)

    def new_view(self, request, kind):
        try:
            kind_type = job_type(kind)
        except KeyError:
            raise Http404 from None
        if not may_start(request.user, kind):
            raise PermissionDenied
        posted = request.method == "POST"
        form = kind_type.form(request.POST if posted else None, request.FILES if posted else None)
        if posted and form.is_valid():
            job = job_enqueue(kind=kind, params=form.params(), user=request.user)
            return HttpResponseRedirect(reverse("admin:jobs_job_change", args=[job.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "type": kind_type,
            "title": kind_type.label,
        }
        return TemplateResponse(request, "admin/jobs/job/new.html", context)

    def rerun_view(self, request, pk):
        job = get_object_or_404(self.get_queryset(request), pk=pk)
        if job.status != JobStatus.FAILED or not may_start(request.user, job.kind):
            raise PermissionDenied
        job_rerun(job=job)
        self.message_user(request, "已重新排队。", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:jobs_job_change", args=[job.pk]))

    def download_view(self, request, pk):
        job = get_object_or_404(self.get_queryset(request), pk=pk)
        if not job.result_file:
            raise Http404
        return FileResponse(
            job.result_file.open("rb"),
            as_attachment=True,
            filename=job.result_file.name.split("/")[-1],
        )
