import datetime

import factory
from django.contrib.auth import get_user_model

from meetings.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceRole,
    Meeting,
    MeetingChair,
    MeetingKind,
    MeetingStatus,
    MeetingVisibility,
    Pledge,
    PledgeParty,
)
from orgs.models import ClerkScope, Organisation, OrganisationKind, Person, Position

PASSWORD = "a-long-test-password-2023"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"第{n}党支部")
    kind = OrganisationKind.BRANCH
    parent = None


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Iterator(["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽"])


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position

    person = factory.SubFactory(PersonFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    title = "支部书记"


class SearchIndexed:
    """Keeps factory-built meetings searchable, as the services' on-commit signal would.

    Factories write rows directly, not through a service, so nothing sends
    `meetings_written` for them.
    """

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            from meetings.search.indexing import search_index_update

            search_index_update(meeting_ids=[getattr(instance, "meeting_id", instance.pk)])


class MeetingFactory(SearchIndexed, factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    title = factory.Sequence(lambda n: f"2023年第{n}次支部党员大会")
    kind = MeetingKind.BRANCH_MEMBERS
    date = datetime.date(2023, 3, 15)
    host = factory.SubFactory(OrganisationFactory)
    status = MeetingStatus.PUBLISHED
    visibility = MeetingVisibility.PUBLIC


class DraftMeetingFactory(MeetingFactory):
    """A meeting a clerk may still edit in the admin (submitted and final ones are locked)."""

    status = MeetingStatus.DRAFT


class AttendanceFactory(SearchIndexed, factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)
    role = AttendanceRole.ATTENDED
    order = factory.Sequence(int)


class AgendaItemFactory(SearchIndexed, factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    kind = AgendaKind.SPEECH
    speaker = factory.SubFactory(PersonFactory)
    order = factory.Sequence(int)
    text = "会议强调要不断提高政治站位，切实增强做好党建工作的思想自觉和行动自觉。"


def big_meeting_create(
    *, attendees: int = 300, agenda_items: int = 60, status: str = MeetingStatus.PUBLISHED
) -> Meeting:
    """A large meeting (every 50th attendee excused, one pledge): the PDF tests and benchmark."""
    surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
    given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"]
    names = [s + g for s in surnames for g in given]
    meeting = MeetingFactory(
        title="2023年度全面从严治党工作会议", venue="行政楼第一会议室", status=status
    )
    people = [PersonFactory(name=names[i % len(names)]) for i in range(attendees)]
    for i, person in enumerate(people):
        role = AttendanceRole.EXCUSED if i % 50 == 0 else AttendanceRole.ATTENDED
        AttendanceFactory(meeting=meeting, person=person, role=role, order=i)
    for i in range(agenda_items):
        AgendaItemFactory(
            meeting=meeting, speaker=people[i % attendees], speaker_titles="党支部书记", order=i
        )
    pledge = Pledge.objects.create(meeting=meeting, title="党风廉政建设责任书", year=2023)
    PledgeParty.objects.create(pledge=pledge, organisation=meeting.host)
    return meeting


class MeetingChairFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingChair

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)


class PledgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pledge

    meeting = factory.SubFactory(MeetingFactory)
    title = "党风廉政建设责任书"
    year = 2023


class PledgePartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PledgeParty

    pledge = factory.SubFactory(PledgeFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    order = factory.Sequence(int)


class ClerkScopeFactory(factory.django.DjangoModelFactory):
    """Binds a clerk to an organisation (and so its subtree) they may enter meetings for."""

    class Meta:
        model = ClerkScope

    user = factory.SubFactory(UserFactory, is_staff=True)
    organisation = factory.SubFactory(OrganisationFactory)


def meeting_with_absences(*, absent: int = 0, **kwargs) -> Meeting:
    """A meeting with `absent` attendances marked 缺席 and 实到 = expected − absent recorded."""
    if kwargs.get("expected") is not None:
        kwargs.setdefault("present", kwargs["expected"] - absent)
    meeting = MeetingFactory(**kwargs)
    for _ in range(absent):
        AttendanceFactory(meeting=meeting, role=AttendanceRole.ABSENT)
    return meeting


def quorate_meeting(**kwargs) -> Meeting:
    """A meeting whose 应到 and 实到 are recorded and all were present: valid for any quorum."""
    kwargs.setdefault("expected", 10)
    kwargs.setdefault("present", kwargs["expected"])
    return MeetingFactory(**kwargs)
