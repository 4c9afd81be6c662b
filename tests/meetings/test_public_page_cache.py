"""Pages for anonymous readers come from the shared cache until what they show changes."""

import pytest
from django.urls import reverse

from meetings.models import Meeting, MeetingVisibility
from meetings.services import meeting_archive, notify_meetings_changed
from tests.factories import (
    AttendanceFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
    PositionFactory,
)

pytestmark = pytest.mark.django_db


def test_an_anonymous_reader_gets_the_second_view_of_a_meeting_without_a_query(
    client, django_assert_num_queries
):
    meeting = MeetingFactory(title="缓存的会议")
    url = reverse("meetings:detail", args=[meeting.pk])
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200
    assert second.content == first.content
    assert "缓存的会议" in second.content.decode()
    assert second["Content-Type"] == first["Content-Type"]


def test_a_change_sent_by_a_write_path_renders_the_page_anew(
    client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(title="改名之前")
    url = reverse("meetings:detail", args=[meeting.pk])
    client.get(url)
    # A write that tells no one (a raw update) is not seen: the page is the cached one ...
    Meeting.objects.filter(pk=meeting.pk).update(title="改名之后")
    assert "改名之前" in client.get(url).content.decode()
    # ... and every write path announces its change, which makes a new key.
    with django_capture_on_commit_callbacks(execute=True):
        notify_meetings_changed([meeting.pk])
    assert "改名之后" in client.get(url).content.decode()


def test_an_archived_meeting_leaves_the_cached_list_at_once(
    client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(title="即将归档的会议")
    url = reverse("meetings:list")
    assert "即将归档的会议" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_archive(meetings=Meeting.objects.filter(pk=meeting.pk))
    assert "即将归档的会议" not in client.get(url).content.decode()


def test_a_logged_in_reader_never_gets_the_page_cached_for_anonymous_visitors(client, reader_user):
    MeetingFactory(title="内部会议", visibility=MeetingVisibility.INTERNAL)
    url = reverse("meetings:list")
    assert "内部会议" not in client.get(url).content.decode()
    client.force_login(reader_user)
    page = client.get(url).content.decode()
    assert "内部会议" in page
    assert reader_user.username in page
    client.logout()
    assert "内部会议" not in client.get(url).content.decode()


def test_a_new_position_shows_on_the_cached_person_page(client, django_capture_on_commit_callbacks):
    person = PersonFactory(name="缓存人员")
    AttendanceFactory(person=person)
    unit = OrganisationFactory()
    url = reverse("meetings:person", args=[person.pk])
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        PositionFactory(person=person, organisation=unit, title="新任职务标记")
    assert "新任职务标记" in client.get(url).content.decode()


def test_a_renamed_person_shows_on_the_cached_meeting_page(
    client, django_capture_on_commit_callbacks
):
    person = PersonFactory(name="旧名字")
    meeting = AttendanceFactory(person=person).meeting
    url = reverse("meetings:detail", args=[meeting.pk])
    assert "旧名字" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        person.name = "新名字"
        person.save()
    page = client.get(url).content.decode()
    assert "新名字" in page and "旧名字" not in page


def test_pages_that_answer_other_than_200_are_not_kept(client):
    url = reverse("meetings:detail", args=[987654])
    assert client.get(url).status_code == 404
    MeetingFactory(pk=987654, title="后来才有的会议")
    # No write path announced it, yet the page answers: a 404 was never cached.
    assert client.get(url).status_code == 200


def test_page_cache_seconds_0_turns_the_cache_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    meeting = MeetingFactory(title="不缓存之前")
    url = reverse("meetings:detail", args=[meeting.pk])
    client.get(url)
    Meeting.objects.filter(pk=meeting.pk).update(title="不缓存之后")
    assert "不缓存之后" in client.get(url).content.decode()


def test_a_change_to_another_meeting_leaves_a_meeting_page_cached_but_not_the_list(
    client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    meeting, other = MeetingFactory(title="本次会议"), MeetingFactory(title="另一次会议")
    detail, listing = reverse("meetings:detail", args=[meeting.pk]), reverse("meetings:list")
    client.get(detail)
    client.get(listing)
    Meeting.objects.filter(pk=other.pk).update(title="另一次会议改名")
    with django_capture_on_commit_callbacks(execute=True):
        notify_meetings_changed([other.pk])

    with django_assert_num_queries(0):
        assert client.get(detail).status_code == 200
    assert "另一次会议改名" in client.get(listing).content.decode()


def test_a_new_person_or_unit_leaves_meeting_pages_cached(
    client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    meeting = MeetingFactory(title="新人新单位之前的会议")
    url = reverse("meetings:detail", args=[meeting.pk])
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        PersonFactory(name="新来的人")
        OrganisationFactory(name="新设的支部")
        PositionFactory()

    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200
