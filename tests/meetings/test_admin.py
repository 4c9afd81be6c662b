import pytest
from django.urls import reverse

from meetings.models import Meeting, MeetingStatus, ReviewStep
from orgs.models import Organisation, Person
from tests.admin_forms import INLINE_PREFIXES, management_form
from tests.factories import (
    AttendanceFactory,
    ClerkScopeFactory,
    DraftMeetingFactory,
    MeetingFactory,
    OrganisationFactory,
    PledgePartyFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def seed_meeting_post_data(record: dict) -> dict:
    """The admin add form as a clerk fills it in for the seed meeting.

    People and units are picked with autocomplete (created beforehand through its
    "+" popup), so the form carries their ids.
    """
    person_ids = {}
    for name in {a["name"] for a in record["attendees"]}:
        person_ids[name] = Person.objects.create(name=name).pk
    org_ids = {
        name: Organisation.objects.create(name=name).pk
        for name in {record["host"]} | {i["org"] for i in record["agenda"] if i["org"]}
    }
    data = {
        "title": record["title"],
        "kind": record["kind"],
        "date": record["date"],
        "time": "",
        "venue": record["venue"],
        "host": org_ids[record["host"]],
        "recorder": "",
        "expected": "",
        "status": "draft",
        "visibility": "public",
        "summary": "",
        "decisions": "",
        "source_url": "",
        "source_published": "",
        "source_text": record["source"]["text"],
    }
    rows = {
        "chair_links": [
            {"person": person_ids[n], "order": i} for i, n in enumerate(record["chairs"])
        ],
        "attendances": [
            {
                "person": person_ids[a["name"]],
                "role": a["role"],
                "titles": "、".join(a["titles"]),
                "reason": "",
                "order": i,
            }
            for i, a in enumerate(record["attendees"])
        ],
        "attendee_groups": [
            {"name": g["name"], "role": g["role"], "order": i}
            for i, g in enumerate(record["attendee_groups"])
        ],
        "agenda_items": [
            {
                "order": i,
                "kind": item["kind"],
                "speaker": person_ids.get(item["speaker"], ""),
                "speaker_titles": "、".join(item["speaker_titles"]),
                "org": org_ids.get(item["org"], ""),
                "title": item["title"] or "",
                "text": item["text"] or "",
                "document_titles": "\n".join(item["documents"]),
            }
            for i, item in enumerate(record["agenda"])
        ],
        "documents": [
            {"title": t, "issuer": "", "number": "", "order": i}
            for i, t in enumerate(record["documents"])
        ],
        "pledges": [
            {"title": p["title"], "year": p["year"], "order": i}
            for i, p in enumerate(record["pledges"])
        ],
    }
    for prefix in INLINE_PREFIXES:
        data.update(management_form(prefix, len(rows[prefix])))
        for index, row in enumerate(rows[prefix]):
            data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
    return data


def test_clerk_saves_the_whole_seed_meeting_on_one_page(client, clerk_user, seed_record):
    client.force_login(clerk_user)
    data = seed_meeting_post_data(seed_record)
    ClerkScopeFactory(user=clerk_user, organisation_id=data["host"])
    response = client.post(reverse("admin:meetings_meeting_add"), data)

    assert response.status_code == 302, (
        response.context["adminform"].errors if response.context else response
    )
    meeting = Meeting.objects.get()
    assert meeting.created_by == clerk_user
    assert [link.person.name for link in meeting.chair_links.all()] == ["孙宏斌"]
    assert meeting.attendances.count() == 8
    assert [item.kind for item in meeting.agenda_items.all()][:4] == [
        "讲话",
        "主持",
        "报告",
        "宣读",
    ]
    assert meeting.agenda_items.get(kind="宣读").document_list == [
        "2022年度基层党建研究项目立项通知"
    ]
    assert meeting.pledges.count() == 2
    assert meeting.documents.count() == 2
    assert meeting.history.count() == 1


def test_a_bad_inline_row_keeps_everything_typed_and_saves_nothing(client, clerk_user, seed_record):
    client.force_login(clerk_user)
    data = seed_meeting_post_data(seed_record)
    ClerkScopeFactory(user=clerk_user, organisation_id=data["host"])
    data["pledges-0-year"] = "not a year"
    response = client.post(reverse("admin:meetings_meeting_add"), data)

    assert response.status_code == 200
    assert not Meeting.objects.exists()
    assert seed_record["title"] in response.content.decode()
    assert "2022年度学校党建工作报告" in response.content.decode()


@pytest.mark.parametrize("page", ["add", "changelist"])
def test_admin_pages_render_for_a_clerk(client, clerk_user, seed_meeting, page):
    ClerkScopeFactory(user=clerk_user, organisation=seed_meeting.host)
    client.force_login(clerk_user)
    assert client.get(reverse(f"admin:meetings_meeting_{page}")).status_code == 200
    assert (
        client.get(reverse("admin:meetings_meeting_change", args=[seed_meeting.pk])).status_code
        == 200
    )


def test_changelist_filters_by_year_kind_and_status(client, superuser):
    MeetingFactory(title="二〇二二年会议", date="2022-05-01")
    MeetingFactory(title="二〇二三年会议", date="2023-05-01", status=MeetingStatus.DRAFT)
    client.force_login(superuser)
    url = reverse("admin:meetings_meeting_changelist")
    assert "二〇二二年会议" not in client.get(url, {"year": "2023"}).content.decode()
    assert (
        "二〇二三年会议"
        in client.get(
            url, {"status__exact": "draft", "kind__exact": "支部党员大会"}
        ).content.decode()
    )


def test_clerk_cannot_delete_a_published_meeting(client, clerk_user):
    meeting = MeetingFactory(status=MeetingStatus.PUBLISHED)
    ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
    client.force_login(clerk_user)
    response = client.post(
        reverse("admin:meetings_meeting_delete", args=[meeting.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_clerk_may_delete_a_draft(client, clerk_user):
    meeting = MeetingFactory(status=MeetingStatus.DRAFT)
    ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
    client.force_login(clerk_user)
    client.post(reverse("admin:meetings_meeting_delete", args=[meeting.pk]), {"post": "yes"})
    assert not Meeting.objects.filter(pk=meeting.pk).exists()


def test_clerk_has_no_bulk_delete_action(client, clerk_user):
    client.force_login(clerk_user)
    response = client.get(reverse("admin:meetings_meeting_changelist"))
    assert "delete_selected" not in response.content.decode()


def test_publishing_goes_through_review_and_a_reviewer_may_unpublish(client, clerk_user):
    """No bulk publish: records are approved one by one (meetings.workflow)."""
    from django.contrib.auth.models import Group

    published = [MeetingFactory() for _ in range(2)]
    reviewer = UserFactory(username="reviewer", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="审核人"))
    for meeting in published:
        ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
        ClerkScopeFactory(user=reviewer, organisation=meeting.host)
    url = reverse("admin:meetings_meeting_changelist")
    client.force_login(clerk_user)
    actions = dict(client.get(url).context["action_form"].fields["action"].choices)
    assert "publish" not in actions and "unpublish" not in actions

    client.force_login(reviewer)
    client.post(url, {"action": "unpublish", "_selected_action": [published[0].pk]})

    assert Meeting.objects.get(pk=published[0].pk).status == "draft"
    assert Meeting.objects.get(pk=published[1].pk).status == "published"
    # The review log says who took the record back.
    step = published[0].review_steps.get()
    assert (step.action, step.actor, step.actor_name) == ("withdraw", reviewer, "reviewer")
    assert not published[1].review_steps.exists()


def test_withdrawing_leaves_records_that_are_not_final_as_they_are(client, superuser):
    final, draft = MeetingFactory(), MeetingFactory(status="draft")
    client.force_login(superuser)
    response = client.post(
        reverse("admin:meetings_meeting_changelist"),
        {"action": "unpublish", "_selected_action": [final.pk, draft.pk]},
        follow=True,
    )
    assert "已撤回 1 个会议。另有 1 个不是已审核发布的记录，未作改动。" in response.content.decode()
    assert Meeting.objects.get(pk=final.pk).status == "draft"
    assert list(ReviewStep.objects.values_list("meeting_id", "action")) == [(final.pk, "withdraw")]
    assert not draft.review_steps.exists()


def test_person_autocomplete_finds_people_for_the_attendance_inline(
    client, clerk_user, seed_meeting
):
    client.force_login(clerk_user)
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "孙宏",
            "app_label": "meetings",
            "model_name": "attendance",
            "field_name": "person",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["孙宏斌"]


def test_clerk_group_holds_exactly_the_clerk_permissions(clerk_user):
    assert clerk_user.has_perm("meetings.add_meeting")
    assert not clerk_user.has_perm("meetings.publish_meeting")  # reviewers approve
    assert clerk_user.has_perm("orgs.add_person")
    assert not clerk_user.has_perm("orgs.delete_person")
    assert not clerk_user.has_perm("orgs.change_organisation")
    assert not clerk_user.has_perm("auth.add_user")


def test_change_page_shows_present_beside_expected_with_the_named_count_as_a_hint(
    client, superuser
):
    meeting = DraftMeetingFactory(expected=20, present=None)
    for role in ("出席", "出席", "参加", "列席", "请假"):
        AttendanceFactory(meeting=meeting, role=role)
    client.force_login(superuser)

    html = client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk])).content
    html = html.decode()

    assert 'name="expected"' in html and 'name="present"' in html
    hint = html.split("名单中出席、参加人数")[1]
    assert '<div class="readonly">3</div>' in hint[:300]


def test_a_row_offers_a_new_person_but_no_link_to_change_view_or_delete_one(client, superuser):
    meeting = DraftMeetingFactory()
    AttendanceFactory(meeting=meeting)
    client.force_login(superuser)

    html = client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk])).content
    row = html.decode().split('id="attendances-0"')[1].split("</tr>")[0]

    assert 'id="add_id_attendances-0-person"' in row
    assert "change-related" not in row and "view-related" not in row
    assert "delete-related" not in row


def test_a_final_records_pledges_name_their_parties_on_the_read_only_page(admin_client):
    meeting = MeetingFactory(status=MeetingStatus.PUBLISHED)
    party = PledgePartyFactory(
        pledge__meeting=meeting, organisation=OrganisationFactory(name="机关党委")
    )
    PledgePartyFactory(pledge=party.pledge, organisation=OrganisationFactory(name="后勤党总支"))

    html = admin_client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk])).content
    page = html.decode()

    assert 'name="pledges-0-title"' not in page  # read-only: no inputs
    assert "签订方" in page and "party names" not in page.lower()
    assert "机关党委、后勤党总支" in page
