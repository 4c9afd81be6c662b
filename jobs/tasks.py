"""The one django-tasks task: run a Job row by its registered type, in the worker."""

import logging

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from jobs.models import Job, JobStatus
from jobs.registry import JobError, job_type

logger = logging.getLogger(__name__)
PROGRESS_TIMEOUT = 24 * 3600


def progress_key(job_id: int) -> str:
    return f"job-progress:{job_id}"


def job_progress(job: Job) -> tuple[int, int] | None:
    """(done, total) of a running job, from the shared cache: visible across processes even
    while the job's own transaction has not committed."""
    return cache.get(progress_key(job.pk))


def job_enqueue(*, kind: str, params: dict, user) -> Job:
    """Create the Job row and queue it, in one transaction (the queue is this database)."""
    with transaction.atomic():
        job = Job.objects.create(kind=kind, params=params, created_by=user)
        job.task_id = str(run_job.enqueue(job.pk).id)
        job.save(update_fields=["task_id"])
    return job


def job_rerun(*, job: Job) -> Job:
    """Queue a failed job again, its result and error cleared."""
    with transaction.atomic():
        job.status = JobStatus.QUEUED
        job.error = ""
        job.result = {}
        job.started_at = job.finished_at = None
        job.task_id = str(run_job.enqueue(job.pk).id)
        job.save()
    cache.delete(progress_key(job.pk))
    return job


@task()
def run_job(job_id: int) -> None:
    job = Job.objects.select_related("created_by").get(pk=job_id)
    Job.objects.filter(pk=job_id).update(status=JobStatus.RUNNING, started_at=timezone.now())

    def progress(done: int, total: int) -> None:
        cache.set(progress_key(job_id), (done, total), PROGRESS_TIMEOUT)

    try:
        outcome = job_type(job.kind).run(params=job.params, progress=progress, user=job.created_by)
    except JobError as error:
        _fail(job_id, str(error))
        return
    except Exception as error:  # shown on the job's page; the traceback goes to the log
        logger.exception("job %s (%s) failed", job_id, job.kind)
        _fail(job_id, f"内部错误：{type(error).__name__}: {error}")
        return
    with transaction.atomic():
        job = Job.objects.select_for_update().get(pk=job_id)
        if outcome.file:
            name, content = outcome.file
            job.result_file.save(name, ContentFile(content), save=False)
        job.result = outcome.result
        job.status = JobStatus.SUCCEEDED
        job.finished_at = timezone.now()
        job.save()


def _fail(job_id: int, message: str) -> None:
    Job.objects.filter(pk=job_id).update(
        status=JobStatus.FAILED, error=message, finished_at=timezone.now()
    )
