import datetime

import factory
from django.contrib.auth import get_user_model

from meetings.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceRole,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MeetingVisibility,
)
from orgs.models import Organisation, OrganisationKind, Person, Position

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

    Tests run inside a transaction that never commits, so `meetings_changed` receivers
    (the search index) would not see factory rows otherwise.
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
