import pytest
from django.urls import reverse

from meetings.models import Meeting
from tests.factories import ClerkScopeFactory, DraftMeetingFactory, UserFactory
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_clerks(clerk_user):
    second = UserFactory(username="clerk2", is_staff=True)
    second.groups.set(clerk_user.groups.all())
    return clerk_user, second


def open_change_page(client, user, meeting) -> dict:
    client.force_login(user)
    return change_form_data(client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk])))


def test_the_second_of_two_concurrent_edits_is_refused_and_overwrites_nothing(client, two_clerks):
    first, second = two_clerks
    meeting = DraftMeetingFactory(title="原标题", venue="原地点")
    for clerk in two_clerks:
        ClerkScopeFactory(user=clerk, organisation=meeting.host)
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    form_of_first = open_change_page(client, first, meeting)
    form_of_second = open_change_page(client, second, meeting)

    client.force_login(first)
    assert client.post(url, {**form_of_first, "title": "甲改的标题"}).status_code == 302
    client.force_login(second)
    response = client.post(url, {**form_of_second, "venue": "乙改的地点"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "保存失败：在您打开本页之后，clerk 已修改并保存了这条会议记录" in html
    assert "您打开的是第 1 版，当前为第 2 版" in html
    assert "对方修改了“会议名称”：“原标题” → “甲改的标题”" in html
    meeting.refresh_from_db()
    assert (meeting.title, meeting.venue, meeting.version) == ("甲改的标题", "原地点", 2)


def test_an_edit_of_the_current_version_is_saved_and_bumps_it(client, clerk_user):
    meeting = DraftMeetingFactory()
    ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
    data = open_change_page(client, clerk_user, meeting)
    assert data["version"] == "1"
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    assert client.post(url, {**data, "venue": "新地点"}).status_code == 302
    meeting.refresh_from_db()
    assert (meeting.venue, meeting.version) == ("新地点", 2)


def test_inline_only_changes_by_another_clerk_also_refuse_a_stale_save(client, two_clerks):
    first, second = two_clerks
    meeting = DraftMeetingFactory()
    for clerk in two_clerks:
        ClerkScopeFactory(user=clerk, organisation=meeting.host)
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    form_of_first = open_change_page(client, first, meeting)
    form_of_second = open_change_page(client, second, meeting)

    client.force_login(first)
    added = {
        **form_of_first,
        "attendee_groups-TOTAL_FORMS": "1",
        "attendee_groups-0-name": "中层干部",
        "attendee_groups-0-role": "参加",
        "attendee_groups-0-order": "0",
    }
    assert client.post(url, added).status_code == 302
    client.force_login(second)
    response = client.post(url, {**form_of_second, "title": "乙的标题"})

    assert "对方修改的是参会人员、议程、文件等明细" in response.content.decode()
    assert Meeting.objects.get().title != "乙的标题"


@pytest.mark.parametrize("version", [None, "999", "abc"])
def test_a_missing_or_forged_version_is_refused(client, clerk_user, version):
    meeting = DraftMeetingFactory(title="原标题")
    ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
    data = open_change_page(client, clerk_user, meeting)
    data["title"] = "新标题"
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    response = client.post(reverse("admin:meetings_meeting_change", args=[meeting.pk]), data)
    assert response.status_code == 200
    assert Meeting.objects.get().title == "原标题"
