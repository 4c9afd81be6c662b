"""A person seen only in meetings a user cannot see (drafts, archived, internal without
the permission) is unknown to that user on every page and filter."""

import pytest
from django.urls import reverse

from meetings.models import AgendaItem, Attendance, Meeting, MeetingChair
from tests.factories import MeetingFactory, PersonFactory

pytestmark = pytest.mark.django_db

HIDDEN = {
    "draft": {"status": "draft"},
    "archived": {"archived": True},
    "internal": {"visibility": "internal"},
}


def appear(person, meeting, role: str) -> None:
    if role == "attendee":
        Attendance.objects.create(meeting=meeting, person=person)
    elif role == "chair":
        MeetingChair.objects.create(meeting=meeting, person=person)
    else:
        AgendaItem.objects.create(meeting=meeting, speaker=person, kind="讲话")


@pytest.fixture(params=["attendee", "chair", "speaker"])
def role(request):
    return request.param


@pytest.fixture(params=list(HIDDEN))
def hidden_person(request, role):
    person = PersonFactory(name="隐秘人员")
    appear(person, MeetingFactory(title="看不见的会议", **HIDDEN[request.param]), role)
    return person


def list_page(client, person_id: int):
    return client.get(reverse("meetings:list"), {"person": person_id})


def test_the_person_filter_does_not_name_a_person_seen_only_in_hidden_meetings(
    client, hidden_person
):
    MeetingFactory(title="公开的会议")
    response = list_page(client, hidden_person.pk)
    html = response.content.decode()
    assert "隐秘人员" not in html
    assert "看不见的会议" not in html
    assert response.context["page_obj"].paginator.count == 0


def test_a_hidden_persons_id_is_refused_exactly_like_an_unknown_id(client, hidden_person):
    hidden = list_page(client, hidden_person.pk).context["filter"].form.errors
    unknown = list_page(client, hidden_person.pk + 1000).context["filter"].form.errors
    assert hidden == unknown
    assert hidden  # the form says the choice is not valid


def test_the_person_page_of_a_person_seen_only_in_hidden_meetings_is_404(client, hidden_person):
    assert client.get(reverse("meetings:person", args=[hidden_person.pk])).status_code == 404


def test_a_reader_may_know_people_of_internal_meetings(client, reader_user, role):
    person = PersonFactory(name="内部人员")
    appear(person, MeetingFactory(title="内部会议", visibility="internal"), role)
    client.force_login(reader_user)
    html = list_page(client, person.pk).content.decode()
    assert "内部人员" in html
    assert "内部会议" in html
    assert client.get(reverse("meetings:person", args=[person.pk])).status_code == 200


def test_a_reader_still_does_not_know_people_of_drafts(client, reader_user, role):
    person = PersonFactory(name="草稿人员")
    appear(person, MeetingFactory(status="draft"), role)
    client.force_login(reader_user)
    assert "草稿人员" not in list_page(client, person.pk).content.decode()
    assert client.get(reverse("meetings:person", args=[person.pk])).status_code == 404


def test_a_person_of_a_public_and_a_hidden_meeting_shows_only_the_public_one(client, role):
    person = PersonFactory(name="两边都有")
    appear(person, MeetingFactory(title="公开的会议"), role)
    appear(person, MeetingFactory(title="看不见的会议", status="draft"), role)
    html = list_page(client, person.pk).content.decode()
    assert "两边都有" in html
    assert "公开的会议" in html
    assert "看不见的会议" not in html


def test_people_of_a_queryset_are_those_who_attended_chaired_or_spoke():
    attendee, chair, speaker, stranger = (PersonFactory() for _ in range(4))
    meeting = MeetingFactory()
    for person, role in ((attendee, "attendee"), (chair, "chair"), (speaker, "speaker")):
        appear(person, meeting, role)
    appear(stranger, MeetingFactory(status="draft"), "attendee")
    people = set(Meeting.objects.visible_to(None).people())
    assert people == {attendee, chair, speaker}


def test_the_list_filtered_by_person_runs_five_queries(client, django_assert_num_queries):
    person = PersonFactory()
    appear(person, MeetingFactory(), "attendee")
    with django_assert_num_queries(5):
        # 1 the person among the visible meetings' people, 2 count, 3 page (+host), 4 chairs,
        # 5 the organisation select's options.
        list_page(client, person.pk)
