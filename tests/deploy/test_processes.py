"""Several processes, one answer: servers, a command and a worker share PostgreSQL and
Redis (issue 15). Each test starts real processes; PostgreSQL and Redis only."""

import json
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.db import connection

from meetings.models import Meeting, MeetingStatus, MeetingVisibility
from tests.deploy.servers import get, gunicorn, manage
from tests.factories import AgendaItemFactory, AttendanceFactory, MeetingFactory, PersonFactory

if (
    connection.vendor != "postgresql"
    or "redis" not in settings.CACHES["default"]["BACKEND"].lower()
):
    # At module level: a serialized_rollback test, even skipped, would make pytest-django
    # serialize the database, which on SQLite holds no PostgreSQL index table.
    pytest.skip(
        "several processes need PostgreSQL and Redis (scripts/test.sh starts both)",
        allow_module_level=True,
    )

# Committed rows (other processes must see them), restored afterwards for the next tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def published(**kwargs):
    return MeetingFactory(
        status=MeetingStatus.PUBLISHED, visibility=MeetingVisibility.PUBLIC, **kwargs
    )


def test_a_name_imported_by_another_process_is_found_through_both_servers(tmp_path, seed_record):
    seed_record["title"] = "新名字导入测试会议"
    seed_record["status"] = "published"
    seed_record["attendees"] = [
        {"name": "欧阳明远", "titles": [], "role": "出席"},
        {"name": "司马青禾", "titles": [], "role": "出席"},
    ]
    record = tmp_path / "record.json"
    record.write_text(json.dumps(seed_record, ensure_ascii=False), encoding="utf-8")

    with gunicorn() as first, gunicorn() as second:
        for base in (first, second):  # both processes warm, their tokeniser loaded
            assert get(f"{base}/meetings/?q=党建")[0] == 200
        manage("import_meetings", str(record))
        for base in (first, second):
            for name in ("欧阳明远", "司马青禾"):
                status, body = get(f"{base}/meetings/?q={name}")
                assert status == 200
                assert "新名字导入测试会议" in body.decode(), (base, name)


def pdf_text(content: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-", "-"], input=content, capture_output=True, check=True, timeout=60
    ).stdout.decode()


def test_a_pdf_cached_by_one_server_is_served_by_the_other_and_a_rename_renders_anew():
    person = PersonFactory(name="东方既白")
    meeting = published(title="缓存共享会议")
    AttendanceFactory(meeting=meeting, person=person)
    url = f"/meetings/{meeting.pk}/summary.pdf"

    with gunicorn() as first, gunicorn() as second:
        status, rendered = get(first + url)
        assert status == 200
        # A render stamps its creation time: the same bytes mean the cached copy.
        time.sleep(1.1)
        assert get(second + url) == (200, rendered)

        person.name = "东方未明"
        person.save()

        for base in (first, second):
            status, content = get(base + url)
            assert status == 200 and content != rendered
            assert "东方未明" in pdf_text(content) and "东方既白" not in pdf_text(content)


def test_a_page_cached_by_one_server_is_served_by_the_other_until_a_change_is_announced():
    meeting = published(title="共享页面缓存会议")
    url = f"/meetings/{meeting.pk}/"

    with gunicorn() as first, gunicorn() as second:
        assert "共享页面缓存会议" in get(first + url)[1].decode()
        # A raw update announces nothing: the second server serves the first one's page.
        Meeting.objects.filter(pk=meeting.pk).update(title="改过标题的会议")
        assert "共享页面缓存会议" in get(second + url)[1].decode()

        # A write path announces its change: both servers render anew on the next request.
        manage(
            "shell",
            "-c",
            f"from meetings.services import notify_meetings_changed as n; n([{meeting.pk}])",
        )
        for base in (first, second):
            page = get(base + url)[1].decode()
            assert "改过标题的会议" in page and "共享页面缓存会议" not in page


def test_a_job_enqueued_by_one_process_is_run_by_the_worker_process(superuser):
    from jobs.models import Job, JobStatus
    from jobs.tasks import job_enqueue

    published(title="重建索引任务会议")
    job = job_enqueue(kind="rebuild_search_index", params={}, user=superuser)

    manage("db_worker", "--batch", "--no-startup-delay")

    job = Job.objects.get(pk=job.pk)
    assert job.status == JobStatus.SUCCEEDED, job.error
    assert job.result == {"已索引会议数": 1}


def test_six_requests_for_one_large_pdf_render_it_once_and_pages_keep_answering():
    meeting = published(title="大型会议")
    for n in range(300):
        AttendanceFactory(meeting=meeting, person=PersonFactory(name=f"参会人{n:03d}"))
    for n in range(60):
        AgendaItemFactory(meeting=meeting, order=n, text="深入学习贯彻党的二十大精神。" * 40)
    url = f"/meetings/{meeting.pk}/summary.pdf"

    with gunicorn(workers=3) as base, ThreadPoolExecutor(max_workers=7) as pool:
        asked = [pool.submit(get, base + url, 60) for _ in range(6)]
        time.sleep(0.3)
        started = time.monotonic()
        list_status, _body = get(f"{base}/meetings/", timeout=30)
        list_seconds = time.monotonic() - started
        statuses = sorted(future.result()[0] for future in asked)

        assert list_status == 200
        assert list_seconds < 5
        # One request renders; the others are told at once to come back (503 + Retry-After).
        assert statuses == [200, 503, 503, 503, 503, 503]
        rendered = next(f.result()[1] for f in asked if f.result()[0] == 200)
        assert get(base + url) == (200, rendered)
