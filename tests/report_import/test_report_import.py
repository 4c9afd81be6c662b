import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from meetings.models import Meeting
from report_import.parser import parse_report_with_trace
from report_import.selectors import possible_duplicates
from report_import.services import report_draft_save
from tests.factories import (
    ClerkScopeFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def university():
    return OrganisationFactory(name="太原理工大学", kind="行政单位")


@pytest.fixture
def clerk(clerk_user, university):
    """A clerk whose scope is the university the seed report's meeting was held by."""
    ClerkScopeFactory(user=clerk_user, organisation=university)
    return clerk_user


@pytest.fixture
def seed_text(seed_report_text) -> str:
    return seed_report_text


def test_parse_report_prints_the_record_as_json(tmp_path, seed_text):
    path = tmp_path / "report.txt"
    path.write_text(seed_text, encoding="utf-8")
    stdout = StringIO()
    call_command("parse_report", str(path), stdout=stdout)
    record = json.loads(stdout.getvalue())
    assert record["format"] == "meeting-record/1"
    assert record["date"] == "2023-04-03"
    assert record["source"]["text"] == seed_text
    assert not Meeting.objects.exists()


def test_parse_report_refuses_a_bad_publication_date(tmp_path, seed_text):
    path = tmp_path / "report.txt"
    path.write_text(seed_text, encoding="utf-8")
    with pytest.raises(CommandError, match="发布日期"):
        call_command("parse_report", str(path), published="2023-99-01", stdout=StringIO())


def test_import_reports_saves_drafts_and_reports_an_unreadable_file(tmp_path, seed_text):
    (tmp_path / "a-seed.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b-broken.txt").write_bytes(b"\xff\xfe\x00garbage\xc3")
    (tmp_path / "ignored.md").write_text("不是新闻稿", encoding="utf-8")
    stdout, stderr = StringIO(), StringIO()

    with pytest.raises(CommandError, match="部分新闻稿未能导入"):
        call_command("import_reports", str(tmp_path), stdout=stdout, stderr=stderr)

    output = stdout.getvalue()
    assert "✗ b-broken.txt：无法读取" in output
    assert "✓ a-seed.txt → 草稿" in output
    assert "请核对" in output and "新增人员" in output
    meeting = Meeting.objects.get()
    assert meeting.status == "draft"
    assert meeting.source_text == seed_text
    assert "共 2 篇：保存草稿 1 篇，失败 1 篇。" in stderr.getvalue()


def test_import_reports_refuses_a_missing_folder():
    with pytest.raises(CommandError, match="找不到文件夹"):
        call_command("import_reports", "/nonexistent-folder", stdout=StringIO(), stderr=StringIO())


def test_admin_import_shows_the_draft_beside_the_text(client, clerk, seed_text):
    PersonFactory(name="郑强")
    client.force_login(clerk)
    url = reverse("report_import:review")
    response = client.post(url, {"text": seed_text, "preview": "1"})
    page = response.content.decode()

    assert response.status_code == 200
    assert "2022年度党建工作会议" in page
    assert '<mark id="src-venue-0">' in page
    assert 'href="#src-venue-0"' in page
    # 郑强 is in the archive already; 孙宏斌 is new and marked so.
    assert "孙宏斌" in page and "badge-new" in page
    assert not Meeting.objects.exists()


def test_admin_import_saves_a_draft_visible_in_the_admin_not_in_public(client, clerk, seed_text):
    client.force_login(clerk)
    response = client.post(
        reverse("report_import:review"),
        {
            "text": seed_text,
            "url": "https://news.example.edu.cn/1.htm",
            "published": "2023-04-04",
            "save": "1",
        },
    )

    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:meetings_meeting_change", args=[meeting.pk])
    assert meeting.status == "draft"
    assert meeting.created_by == clerk
    assert meeting.source_url == "https://news.example.edu.cn/1.htm"
    assert client.get(response["Location"]).status_code == 200
    assert meeting not in Meeting.objects.visible_to(AnonymousUser())
    assert meeting not in Meeting.objects.visible_to(clerk)
    assert client.get(reverse("meetings:detail", args=[meeting.pk])).status_code == 404
    assert meeting.title not in client.get(reverse("meetings:list")).content.decode()


def test_admin_import_without_a_date_asks_for_one_and_saves_nothing(client, clerk, university):
    client.force_login(clerk)
    text = "近日，我校召开党建工作会议。校党委书记王明出席会议并讲话。"
    url = reverse("report_import:review")
    response = client.post(url, {"text": text, "host": university.pk, "save": "1"})
    assert response.status_code == 200
    assert "字段 date" in response.content.decode()
    assert not Meeting.objects.exists()

    response = client.post(
        url, {"text": text, "host": university.pk, "date": "2024-01-05", "save": "1"}
    )
    assert response.status_code == 302
    assert Meeting.objects.get().date.isoformat() == "2024-01-05"


def test_admin_import_refuses_an_empty_paste(client, clerk):
    client.force_login(clerk)
    response = client.post(reverse("report_import:review"), {"text": "", "preview": "1"})
    assert response.status_code == 200
    assert "这个字段是必填项" in response.content.decode()


def test_changelist_links_to_the_report_import(client, clerk):
    client.force_login(clerk)
    page = client.get(reverse("admin:meetings_meeting_changelist")).content.decode()
    assert reverse("report_import:review") in page


def test_reader_cannot_import_reports(client, reader_user):
    reader_user.is_staff = True
    reader_user.save()
    client.force_login(reader_user)
    assert client.get(reverse("report_import:review")).status_code == 403


def test_clerk_cannot_import_a_report_of_a_unit_outside_their_scope(client, clerk_user, seed_text):
    ClerkScopeFactory(user=clerk_user, organisation=OrganisationFactory(name="外校党委"))
    client.force_login(clerk_user)
    response = client.post(reverse("report_import:review"), {"text": seed_text, "save": "1"})
    assert response.status_code == 200
    assert "不在您的录入范围内" in response.content.decode()
    assert not Meeting.objects.exists()


# ---------------------------------------------------------------- inferred years, duplicates


def test_review_page_marks_a_year_the_report_did_not_write(client, clerk, seed_text):
    client.force_login(clerk)
    url = reverse("report_import:review")
    page = client.post(url, {"text": seed_text, "preview": "1"}).content.decode()
    assert "badge-inferred" in page and "年份为推断：年份据会议名称推断" in page

    written = seed_text.replace("4月3日", "2023年4月3日", 1)
    page = client.post(url, {"text": written, "preview": "1"}).content.decode()
    assert "2023-04-03" in page and "年份为推断" not in page


def test_import_reports_lists_an_inferred_year_for_the_clerk(tmp_path, university):
    text = "3月18日，太原理工大学召开党建工作会议。校党委书记郑强出席会议并讲话。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    stdout = StringIO()
    call_command("import_reports", str(tmp_path), stdout=stdout, stderr=StringIO())
    assert "会议年份为推断（年份无从推断，暂按当前年份），请核对" in stdout.getvalue()


def test_possible_duplicates_have_the_same_date_and_host_and_a_similar_title(university):
    other = OrganisationFactory(name="外校党委")
    same = MeetingFactory(title="2022年度党建工作会议", date="2023-04-03", host=university)
    MeetingFactory(title="2022年度党建工作会议", date="2023-04-04", host=university)
    MeetingFactory(title="2022年度党建工作会议", date="2023-04-03", host=other)
    MeetingFactory(title="支部党员大会", date="2023-04-03", host=university)
    record = {"date": "2023-04-03", "host": "太原理工大学", "title": "2022年度党建工作会"}
    assert possible_duplicates(record) == [same]
    assert possible_duplicates({**record, "date": None}) == []


def test_review_page_links_to_the_meeting_already_in_the_archive(
    client, clerk, university, seed_text
):
    existing = MeetingFactory(title="2022年度党建工作会议", date="2023-04-03", host=university)
    client.force_login(clerk)
    page = client.post(
        reverse("report_import:review"), {"text": seed_text, "preview": "1"}
    ).content.decode()
    assert "档案中可能已有此会议" in page
    assert reverse("admin:meetings_meeting_change", args=[existing.pk]) in page


def test_saving_a_possible_duplicate_still_works_and_says_so(university, seed_text):
    existing = MeetingFactory(title="2022年度党建工作会议", date="2023-04-03", host=university)
    record, trace = parse_report_with_trace(seed_text)
    meeting, attention = report_draft_save(record=record, trace=trace)
    assert meeting.pk != existing.pk and Meeting.objects.count() == 2
    assert any(f"#{existing.pk}《2022年度党建工作会议》" in point for point in attention)


def test_import_reports_lists_a_possible_duplicate(tmp_path, university, seed_text):
    existing = MeetingFactory(title="2022年度党建工作会议", date="2023-04-03", host=university)
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    stdout = StringIO()
    call_command("import_reports", str(tmp_path), stdout=stdout, stderr=StringIO())
    assert f"档案中可能已有此会议：#{existing.pk}" in stdout.getvalue()


@pytest.mark.parametrize("command", ["parse_report", "import_reports"])
def test_commands_on_a_database_never_migrated_say_what_to_run(tmp_path, seed_text, command):
    """A fresh process on an empty SQLite file: a one-line Chinese message, no traceback."""
    (tmp_path / "reports").mkdir()
    report = tmp_path / "reports" / "a.txt"
    report.write_text(seed_text, encoding="utf-8")
    target = report if command == "parse_report" else report.parent
    env = {**os.environ, "VAR_DIR": str(tmp_path / "var")}
    env.pop("DATABASE_URL", None)
    (tmp_path / "var").mkdir()
    done = subprocess.run(
        [sys.executable, "manage.py", command, str(target)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "请先运行：python manage.py migrate" in done.stderr
    assert "Traceback" not in done.stderr
