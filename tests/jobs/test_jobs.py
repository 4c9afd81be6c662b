import io
import zipfile

import pytest
from django.urls import reverse
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from jobs.models import Job, JobStatus
from meetings.models import Meeting, MeetingStatus
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def run_worker():
    """Every queued task through the worker's own `run_task`, in this test's transaction.

    The command's loop would close the connection (and the test's transaction) between
    tasks on PostgreSQL; tests/deploy runs the real `db_worker` command in a process.
    """
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    for task_result in DBTaskResult.objects.ready():
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)


def report_zip(*reports: tuple[str, str]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in reports:
            archive.writestr(name, text)
    buffer.seek(0)
    buffer.name = "reports.zip"
    return buffer


REPORT = (
    "2023年3月15日上午，机械与运载工程学院党委在明向校区召开党建工作会议。"
    "学院党委书记张三主持会议。学院全体中层干部参加会议。"
)


def test_a_clerk_imports_a_zip_of_reports_and_sees_each_draft_with_what_to_check(
    client, clerk_user
):
    client.force_login(clerk_user)
    response = client.post(
        reverse("admin:jobs_job_new", args=["report_zip"]),
        {"archive": report_zip(("a.txt", REPORT), ("b.txt", REPORT.replace("3月15日", "4月2日")))},
    )
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
    assert job.status == JobStatus.QUEUED

    run_worker()

    job.refresh_from_db()
    assert job.status == JobStatus.SUCCEEDED, job.error
    assert Meeting.objects.filter(status=MeetingStatus.DRAFT).count() == 2
    page = client.get(reverse("admin:jobs_job_change", args=[job.pk])).content.decode()
    assert "a.txt" in page and "b.txt" in page and "已完成" in page
    assert [d["file"] for d in job.result["drafts"]] == ["a.txt", "b.txt"]


def test_a_zip_with_one_unreadable_report_imports_nothing_and_can_be_run_again(client, clerk_user):
    client.force_login(clerk_user)
    client.post(
        reverse("admin:jobs_job_new", args=["report_zip"]),
        {
            "archive": report_zip(
                ("a.txt", REPORT), ("b.txt", "会议".encode("gbk").decode("latin-1"))
            )
        },
    )
    run_worker()

    job = Job.objects.get()
    assert job.status == JobStatus.FAILED
    assert "b.txt" in job.error
    assert not Meeting.objects.exists()
    page = client.get(reverse("admin:jobs_job_change", args=[job.pk])).content.decode()
    assert "重新运行" in page

    response = client.post(reverse("admin:jobs_job_rerun", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == JobStatus.QUEUED and job.error == ""


def test_a_file_that_is_not_a_zip_is_refused_in_chinese(client, clerk_user):
    client.force_login(clerk_user)
    upload = io.BytesIO(b"not a zip")
    upload.name = "x.zip"
    response = client.post(reverse("admin:jobs_job_new", args=["report_zip"]), {"archive": upload})
    assert response.status_code == 200
    assert "不是有效的 .zip 压缩包" in response.content.decode()
    assert not Job.objects.exists()


def test_a_yearbook_job_offers_the_pdf_for_download(client, clerk_user):
    MeetingFactory(date="2023-05-04", status=MeetingStatus.PUBLISHED, title="年鉴会议")
    client.force_login(clerk_user)
    client.post(reverse("admin:jobs_job_new", args=["yearbook"]), {"year": 2023, "org": ""})
    run_worker()

    job = Job.objects.get()
    assert job.status == JobStatus.SUCCEEDED, job.error
    response = client.get(reverse("admin:jobs_job_download", args=[job.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_yearbook_of_an_empty_year_fails_saying_why(client, clerk_user):
    client.force_login(clerk_user)
    client.post(reverse("admin:jobs_job_new", args=["yearbook"]), {"year": 1990, "org": ""})
    run_worker()
    job = Job.objects.get()
    assert job.status == JobStatus.FAILED
    assert "1990年全校没有可导出的已发布公开会议" in job.error


def test_only_operators_may_rebuild_the_search_index(client, clerk_user, superuser):
    client.force_login(clerk_user)
    assert (
        client.post(reverse("admin:jobs_job_new", args=["rebuild_search_index"])).status_code == 403
    )
    client.force_login(superuser)
    MeetingFactory(title="重建会议")
    client.post(reverse("admin:jobs_job_new", args=["rebuild_search_index"]))
    run_worker()
    job = Job.objects.get()
    assert job.status == JobStatus.SUCCEEDED
    assert job.result == {"已索引会议数": 1}


def test_a_clerk_sees_only_their_own_jobs(client, clerk_user, superuser):
    client.force_login(superuser)
    client.post(reverse("admin:jobs_job_new", args=["rebuild_search_index"]))
    job = Job.objects.get()
    client.force_login(clerk_user)
    assert client.get(reverse("admin:jobs_job_change", args=[job.pk])).status_code == 404
