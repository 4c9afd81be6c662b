from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory

from meetings.models import Meeting
from orgs.models import ClerkScope

pytestmark = pytest.mark.django_db

FIXTURES = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "fixtures").glob("*.json"))


def test_demo_fixtures_load_into_an_empty_database_with_the_seed_meeting():
    call_command("loaddata", *FIXTURES, stdout=StringIO())
    meeting = Meeting.objects.get(title="2022年度党建工作会议")
    assert meeting.is_published
    assert meeting.attendances.count() == 8


def test_loading_the_demo_again_keeps_what_is_there_and_its_file_numbers():
    call_command("load_demo", stdout=StringIO())
    call_command("file_meetings", stdout=StringIO())
    meeting = Meeting.objects.get(title="2022年度党建工作会议")
    assert meeting.file_number
    Meeting.objects.filter(pk=meeting.pk).update(venue="改过的会场")

    stdout = StringIO()
    call_command("load_demo", stdout=stdout)
    call_command("file_meetings", stdout=StringIO())

    assert "未装入演示数据" in stdout.getvalue()
    again = Meeting.objects.get(pk=meeting.pk)
    assert (again.venue, again.file_number) == ("改过的会场", meeting.file_number)


def test_demo_users_are_created_with_printed_logins_and_can_log_in():
    call_command("loaddata", *FIXTURES, stdout=StringIO())
    stdout = StringIO()
    call_command("create_demo_users", stdout=stdout)
    call_command("create_demo_users", stdout=StringIO())  # idempotent
    printed = stdout.getvalue()
    for username, password in [("admin", "admin-demo-2023"), ("clerk", "clerk-demo-2023")]:
        assert f"用户名 {username}  密码 {password}" in printed
        request = RequestFactory().post("/accounts/login/")
        assert authenticate(request, username=username, password=password) is not None
    assert ClerkScope.objects.filter(user__username="clerk").count() == 1
