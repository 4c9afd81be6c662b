import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Attendance, Document, Meeting, PledgeParty
from meetings.restore import meeting_restore
from orgs.models import Organisation
from tests.factories import ClerkScopeFactory
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def snapshot(meeting: Meeting) -> dict:
    meeting.refresh_from_db()
    return {
        "title": meeting.title,
        "venue": meeting.venue,
        "attendees": list(meeting.attendances.values_list("pk", "person__name", "role")),
        "agenda": list(meeting.agenda_items.values_list("pk", "title", "text")),
        "documents": list(meeting.documents.values_list("pk", "title")),
        "pledges": list(meeting.pledges.values_list("pk", "title")),
        "parties": list(
            PledgeParty.objects.filter(pledge__meeting=meeting).values_list(
                "pledge_id", "organisation__name"
            )
        ),
        "chairs": list(meeting.chair_links.values_list("person__name", flat=True)),
    }


def edit_everything(meeting: Meeting, user) -> None:
    """Change the meeting row and every kind of inline row, as a clerk would."""
    meeting.title = "改过的标题"
    meeting._history_user = user
    meeting.save()
    attendance = meeting.attendances.first()
    attendance._history_user = user
    attendance.delete()
    item = meeting.agenda_items.first()
    item.text = "改过的发言"
    item._history_user = user
    item.save()
    Document.objects.create(meeting=meeting, title="后来加的文件")
    pledge = meeting.pledges.first()
    PledgeParty.objects.create(pledge=pledge, organisation=Organisation.objects.first())
    meeting.chair_links.all().delete()


def test_restore_brings_back_the_meeting_and_all_its_inlines(seed_meeting, superuser):
    before = snapshot(seed_meeting)
    first = seed_meeting.history.earliest("history_date")
    edit_everything(seed_meeting, superuser)
    assert snapshot(seed_meeting) != before

    meeting_restore(meeting=seed_meeting, history_date_or_history_id=first.pk, user=superuser)

    assert snapshot(seed_meeting) == before


def test_restore_to_a_moment_given_as_a_datetime(seed_meeting, superuser):
    before = snapshot(seed_meeting)
    moment = timezone.now()
    edit_everything(seed_meeting, superuser)
    meeting_restore(meeting=seed_meeting, history_date_or_history_id=moment, user=superuser)
    assert snapshot(seed_meeting) == before


def test_a_restore_is_itself_recorded_and_can_be_undone(seed_meeting, superuser):
    first = seed_meeting.history.earliest("history_date")
    edit_everything(seed_meeting, superuser)
    edited = snapshot(seed_meeting)
    before_restore = seed_meeting.history.latest("history_date")

    meeting_restore(meeting=seed_meeting, history_date_or_history_id=first.pk, user=superuser)

    latest = seed_meeting.history.latest("history_date")
    assert latest.history_user == superuser
    assert latest.history_change_reason.startswith("恢复至")
    assert Attendance.history.filter(history_user=superuser, history_type="+").exists()
    meeting_restore(
        meeting=seed_meeting, history_date_or_history_id=before_restore.pk, user=superuser
    )
    assert snapshot(seed_meeting) == edited


def test_admin_history_page_offers_restore_and_the_button_restores(client, seed_draft, superuser):
    seed_meeting = seed_draft
    before = snapshot(seed_meeting)
    first = seed_meeting.history.earliest("history_date")
    edit_everything(seed_meeting, superuser)
    client.force_login(superuser)

    page = client.get(reverse("admin:meetings_meeting_history", args=[seed_meeting.pk]))
    restore_url = reverse("admin:meetings_meeting_restore", args=[seed_meeting.pk, first.pk])
    assert restore_url in page.content.decode()
    assert "恢复到第 1 版" in page.content.decode()

    assert client.get(restore_url).status_code == 405
    response = client.post(restore_url, follow=True)
    assert "已把会议及其参会人员" in response.content.decode()
    assert snapshot(seed_meeting) == before


def test_a_clerk_edit_in_the_admin_shows_in_the_change_log_with_user_and_diff(
    client, clerk_user, seed_draft
):
    seed_meeting = seed_draft
    ClerkScopeFactory(user=clerk_user, organisation=seed_meeting.host)
    client.force_login(clerk_user)
    url = reverse("admin:meetings_meeting_change", args=[seed_meeting.pk])
    data = change_form_data(client.get(url))
    data["attendances-0-role"] = "请假"
    data["attendances-0-reason"] = "出差"
    data["title"] = "改过的标题"
    assert client.post(url, data).status_code == 302

    html = client.get(url).content.decode()
    assert "变更记录" in html
    log = html[html.index('id="change-log"') :]
    assert "clerk" in log
    assert "参会人员：郑强" in log
    assert "<strong>身份</strong>：出席 → 请假" in log
    assert "<strong>请假/缺席原因</strong>：（空） → 出差" in log
    history = seed_meeting.history.latest("history_date")
    assert history.history_user == clerk_user
    assert history.title == "改过的标题"


def test_the_change_log_takes_one_query_per_inline_model(seed_meeting, django_assert_num_queries):
    from meetings.history import meeting_change_log

    # 1-7 the historical rows (with their user) of chairs, attendances, attendee groups,
    # agenda items, documents, pledges and pledge parties (pledge ids as a subquery);
    # 8 people and 9 organisations named by those rows.
    with django_assert_num_queries(9):
        log = meeting_change_log(meeting=seed_meeting)
    assert len(log) > 20


def test_a_clerk_cannot_see_the_history_of_a_meeting_outside_their_scope(
    client, clerk_user, seed_meeting
):
    client.force_login(clerk_user)
    first = seed_meeting.history.earliest("history_date")
    assert (
        client.get(reverse("admin:meetings_meeting_history", args=[seed_meeting.pk])).status_code
        == 403
    )
    assert (
        client.get(
            reverse("admin:meetings_meeting_simple_history", args=[seed_meeting.pk, first.pk])
        ).status_code
        == 403
    )
    restore = reverse("admin:meetings_meeting_restore", args=[seed_meeting.pk, first.pk])
    assert client.post(restore).status_code == 404
