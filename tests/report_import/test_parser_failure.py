"""A fault of the parser on one text is told, saves nothing for that report and never ends in a
500: the admin's review page, `import_reports`, `parse_report` and the zip job each say so in
Chinese. (The parser once raised TypeError on reports run together — see
`test_a_visit_several_lead_with_a_unit_misread_among_them_is_parsed`; such a fault is simulated
here on texts holding a marker, the rest parsing as usual.)"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

import report_import.parser as parser
from jobs.models import Job, JobStatus
from meetings.models import Meeting
from report_import.parser import ReportUnreadable, parse_report
from tests.jobs.test_jobs import REPORT, report_zip, run_worker

pytestmark = pytest.mark.django_db

FAULT = "【解析器故障】"


@pytest.fixture
def parser_fault(monkeypatch):
    read = parser._read

    def faulty(doc, *args):
        if FAULT in doc.text:
            raise TypeError("object of type 'NoneType' has no len()")
        return read(doc, *args)

    monkeypatch.setattr(parser, "_read", faulty)


def test_the_fault_is_a_report_unreadable_and_logged(parser_fault, caplog):
    with pytest.raises(ReportUnreadable, match="TypeError"):
        parse_report(REPORT + FAULT)
    assert "the report parser failed" in caplog.text
    assert parse_report(REPORT)["date"] == "2023-03-15"  # other texts parse as before


def test_the_review_page_says_so_and_saves_nothing(parser_fault, client, clerk_user):
    client.force_login(clerk_user)
    response = client.post(reverse("report_import:review"), {"text": REPORT + FAULT, "save": "1"})
    assert response.status_code == 200
    assert "解析器未能读取这篇新闻稿" in response.content.decode()
    assert not Meeting.objects.exists()


def test_import_reports_names_the_report_and_saves_the_others(parser_fault, tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("3月15日", "4月2日") + FAULT, encoding="utf-8")
    stdout = StringIO()
    with pytest.raises(CommandError, match="部分新闻稿未能导入"):
        call_command("import_reports", str(tmp_path), stdout=stdout, stderr=StringIO())
    assert "✗ b.txt：解析器未能读取" in stdout.getvalue()
    assert Meeting.objects.get().date.isoformat() == "2023-03-15"


def test_parse_report_command_says_so(parser_fault, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(REPORT + FAULT, encoding="utf-8")
    with pytest.raises(CommandError, match="解析器未能读取"):
        call_command("parse_report", str(path), stdout=StringIO())


def test_the_zip_job_fails_naming_the_report_and_imports_nothing(parser_fault, client, clerk_user):
    client.force_login(clerk_user)
    archive = report_zip(("a.txt", REPORT), ("b.txt", REPORT + FAULT))
    client.post(reverse("admin:jobs_job_new", args=["report_zip"]), {"archive": archive})
    run_worker()
    job = Job.objects.get()
    assert job.status == JobStatus.FAILED
    assert "b.txt：解析器未能读取" in job.error
    assert not Meeting.objects.exists()
