"""Every page a person can reach is in Chinese, in the site's layout, and says what to do next."""

import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.views.defaults import server_error

from meetings.models import MeetingStatus, MeetingVisibility
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
SITE_LAYOUT = 'class="site-header"'


def test_a_missing_page_is_in_chinese_in_the_site_layout_with_next_steps(client):
    response = client.get("/meetings/999999/")
    page = response.content.decode()
    assert response.status_code == 404
    assert SITE_LAYOUT in page
    assert "找不到这个页面" in page
    assert reverse("meetings:list") in page
    assert "登录后再试" in page
    assert "Not Found" not in page


def test_an_internal_meeting_looks_to_an_anonymous_visitor_like_a_missing_one(client):
    meeting = MeetingFactory(
        title="内部会议的标题",
        status=MeetingStatus.PUBLISHED,
        visibility=MeetingVisibility.INTERNAL,
    )
    hidden = client.get(f"/meetings/{meeting.pk}/")
    missing = client.get(f"/meetings/{meeting.pk + 1000}/")
    assert hidden.status_code == missing.status_code == 404
    assert "内部会议的标题" not in hidden.content.decode()

    # The same page but for the address the login link returns to.
    def without_address(response, pk):
        page = response.content.decode()
        return page.replace(f"%2Fmeetings%2F{pk}%2F", "").replace(f"/meetings/{pk}/", "")

    assert without_address(hidden, meeting.pk) == without_address(missing, meeting.pk + 1000)


def test_a_forbidden_admin_page_is_in_chinese_and_names_the_account(client, clerk_user):
    client.force_login(clerk_user)
    response = client.get("/admin/auth/user/")
    page = response.content.decode()
    assert response.status_code == 403
    assert SITE_LAYOUT in page
    assert "当前登录的账号（clerk）没有此页面的权限" in page
    assert "403 Forbidden" not in page


def test_a_server_error_page_is_in_chinese_in_the_site_layout():
    response = server_error(RequestFactory().get("/"))
    page = response.content.decode()
    assert response.status_code == 500
    assert SITE_LAYOUT in page
    assert "服务器出错了" in page
    assert "联系档案管理员" in page


def test_the_login_page_is_in_the_site_layout_and_explains_who_may_see_internal_records(client):
    page = client.get(reverse("login")).content.decode()
    assert SITE_LAYOUT in page
    assert 'href="/static/css/site.css"' in page
    assert "谁可以查看内部记录" in page
    assert "只对登录的查阅人、录入员和管理员开放" in page
    assert reverse("admin:login") in page


def test_demo_logins_name_the_address_served():
    out = StringIO()
    call_command("create_demo_users", address="http://127.0.0.1:8123", stdout=out)
    assert "http://127.0.0.1:8123/admin/" in out.getvalue()


def test_make_run_serves_and_prints_the_port_given():
    plan = subprocess.run(
        ["make", "-n", "run", "PORT=8123"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "runserver 127.0.0.1:8123" in plan
    assert "http://127.0.0.1:8123/" in plan
    assert "--address http://127.0.0.1:8123" in plan
