import pytest
from django.urls import reverse

from meetings.models import Meeting, MeetingStatus, MeetingVisibility
from tests.factories import PASSWORD, ClerkScopeFactory, MeetingFactory, UserFactory

pytestmark = pytest.mark.django_db

LOCKOUT_MESSAGE = "已锁定 30 分钟"


def test_a_reader_sees_internal_meetings_and_an_anonymous_visitor_does_not(reader_user):
    from django.contrib.auth.models import AnonymousUser

    internal = MeetingFactory(visibility=MeetingVisibility.INTERNAL)
    public = MeetingFactory()
    MeetingFactory(status=MeetingStatus.DRAFT)
    assert set(Meeting.objects.visible_to(reader_user)) == {internal, public}
    assert set(Meeting.objects.visible_to(AnonymousUser())) == {public}


def test_a_reader_cannot_reach_the_admin(client, reader_user):
    meeting = MeetingFactory()
    client.force_login(reader_user)
    for url in [
        reverse("admin:index"),
        reverse("admin:meetings_meeting_changelist"),
        reverse("admin:meetings_meeting_change", args=[meeting.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    response = client.post(
        reverse("admin:meetings_meeting_change", args=[meeting.pk]), {"title": "改"}
    )
    assert Meeting.objects.get().title == meeting.title


def test_a_reader_logs_in_on_the_login_page(client, reader_user):
    page = client.get(reverse("login"))
    assert "用户名" in page.content.decode()
    response = client.post(reverse("login"), {"username": "reader", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(reader_user.pk)
    client.post(reverse("logout"))
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_gives_a_chinese_error(client, reader_user):
    response = client.post(reverse("login"), {"username": "reader", "password": "wrong"})
    assert response.status_code == 200
    assert "用户名或密码不正确" in response.content.decode()


def test_login_url_is_the_accounts_login_page(settings):
    assert reverse(settings.LOGIN_URL) == "/accounts/login/"


@pytest.mark.parametrize("login_url", ["login", "admin:login"])
def test_after_five_bad_passwords_even_the_right_one_is_refused(client, login_url):
    UserFactory(username="clerk", is_staff=True)
    url = reverse(login_url)
    for _ in range(5):
        client.post(url, {"username": "clerk", "password": "wrong-guess"})

    response = client.post(url, {"username": "clerk", "password": PASSWORD})

    assert response.status_code == 429
    assert LOCKOUT_MESSAGE in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_four_bad_passwords_do_not_lock_the_account(client):
    UserFactory(username="clerk", is_staff=True)
    for _ in range(4):
        client.post(reverse("login"), {"username": "clerk", "password": "wrong-guess"})
    response = client.post(reverse("login"), {"username": "clerk", "password": PASSWORD})
    assert response.status_code == 302


def test_the_lockout_is_per_account_and_address(client):
    UserFactory(username="clerk", is_staff=True)
    UserFactory(username="other", is_staff=True)
    for _ in range(5):
        client.post(reverse("login"), {"username": "clerk", "password": "wrong-guess"})
    response = client.post(reverse("login"), {"username": "other", "password": PASSWORD})
    assert response.status_code == 302
    response = client.post(
        reverse("login"),
        {"username": "clerk", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.9",
    )
    assert response.status_code == 302


def test_every_response_carries_a_strict_content_security_policy(client, superuser):
    client.force_login(superuser)
    response = client.get(reverse("admin:meetings_meeting_add"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert client.get(reverse("login"))["Content-Security-Policy"] == policy


def test_clerks_archive_instead_of_deleting_a_published_meeting(client, clerk_user):
    meeting = MeetingFactory(status=MeetingStatus.PUBLISHED)
    ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
    client.force_login(clerk_user)
    delete = client.post(
        reverse("admin:meetings_meeting_delete", args=[meeting.pk]), {"post": "yes"}
    )
    assert delete.status_code == 403

    changelist = reverse("admin:meetings_meeting_changelist")
    response = client.post(
        changelist, {"action": "archive", "_selected_action": [meeting.pk]}, follow=True
    )
    assert "已归档 1 个会议" in response.content.decode()
    meeting.refresh_from_db()
    assert (meeting.archived, meeting.version) == (True, 2)
    assert not Meeting.objects.visible_to(None).exists()
    assert meeting.history.latest("history_date").history_user == clerk_user

    client.post(changelist, {"action": "unarchive", "_selected_action": [meeting.pk]})
    meeting.refresh_from_db()
    assert not meeting.archived
    assert Meeting.objects.visible_to(None).get() == meeting


def test_a_superuser_may_delete_a_published_meeting(client, superuser):
    meeting = MeetingFactory(status=MeetingStatus.PUBLISHED)
    client.force_login(superuser)
    client.post(reverse("admin:meetings_meeting_delete", args=[meeting.pk]), {"post": "yes"})
    assert not Meeting.objects.exists()


def test_an_overlong_username_is_refused_without_breaking_the_login_page(client):
    response = client.post(reverse("login"), {"username": "长" * 5000, "password": "x"})
    assert response.status_code == 200
    assert "用户名或密码不正确" in response.content.decode()


def test_the_demo_reader_is_not_staff(db):
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("create_demo_users", stdout=StringIO())
    staff = dict(get_user_model().objects.values_list("username", "is_staff"))
    assert staff == {"admin": True, "clerk": True, "reviewer": True, "reader": False}
