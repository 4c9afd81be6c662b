import pytest
from django.contrib.auth.models import AnonymousUser

from meetings.models import Meeting, MeetingStatus, MeetingVisibility
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meetings():
    return {
        "public": MeetingFactory(title="公开", status=MeetingStatus.PUBLISHED),
        "internal": MeetingFactory(
            title="内部", status=MeetingStatus.PUBLISHED, visibility=MeetingVisibility.INTERNAL
        ),
        "draft": MeetingFactory(title="草稿", status=MeetingStatus.DRAFT),
        "archived": MeetingFactory(title="归档", status=MeetingStatus.PUBLISHED, archived=True),
    }


def visible_titles(user) -> set[str]:
    return set(Meeting.objects.visible_to(user).values_list("title", flat=True))


def test_anonymous_sees_published_public_meetings_only(meetings):
    assert visible_titles(AnonymousUser()) == {"公开"}
    assert visible_titles(None) == {"公开"}


def test_reader_also_sees_internal_meetings_but_no_drafts(meetings, reader_user):
    assert visible_titles(reader_user) == {"公开", "内部"}


def test_superuser_sees_no_drafts_on_public_pages(meetings, superuser):
    assert visible_titles(superuser) == {"公开", "内部"}
