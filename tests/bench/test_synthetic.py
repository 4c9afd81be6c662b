from collections import Counter

import pytest
from django.db import transaction

from bench.synthetic import BIG_MEETING_TITLE, SCHOOL_NAME, archive_generate
from meetings.models import (
    THREE_MEETINGS_ONE_LECTURE,
    AgendaItem,
    Attendance,
    Meeting,
)
from orgs.models import Organisation, OrganisationKind

pytestmark = pytest.mark.django_db

SEED_TITLE = "2022年度党建工作会议"


def synthetic_meetings():
    return Meeting.objects.exclude(title__in=[BIG_MEETING_TITLE, SEED_TITLE])


def generated_then_rolled_back(*, seed: int) -> tuple:
    """Titles and counts of a small archive, leaving the database as it was."""
    with transaction.atomic():
        archive_generate(meetings=150, seed=seed)
        shape = (
            list(synthetic_meetings().order_by("pk").values_list("title", "kind", "date")),
            Attendance.objects.count(),
            AgendaItem.objects.count(),
        )
        transaction.set_rollback(True)
    return shape


@pytest.fixture(scope="module")
def archive(django_db_setup, django_db_blocker):
    """One 1,000-meeting archive for the module, rolled back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield archive_generate(meetings=1000, seed=7)
        transaction.set_rollback(True)


def test_same_seed_gives_the_same_archive_and_another_seed_a_different_one():
    first = generated_then_rolled_back(seed=3)
    assert generated_then_rolled_back(seed=3) == first
    assert generated_then_rolled_back(seed=4)[0] != first[0]


def test_archive_holds_the_requested_meetings_plus_the_big_and_the_seed_meeting(archive):
    assert archive.meetings == 1001
    assert synthetic_meetings().count() == 1000
    big = Meeting.objects.get(title=BIG_MEETING_TITLE)
    assert big.attendances.count() == 300
    assert big.agenda_items.count() == 60
    assert Meeting.objects.filter(title=SEED_TITLE).count() == 1


def test_attendee_and_agenda_counts_stay_in_range(archive):
    meetings = synthetic_meetings()
    attendees = Counter(
        Attendance.objects.filter(meeting__in=meetings).values_list("meeting_id", flat=True)
    )
    agenda = Counter(
        AgendaItem.objects.filter(meeting__in=meetings).values_list("meeting_id", flat=True)
    )
    assert len(attendees) == len(agenda) == 1000
    assert min(attendees.values()) >= 5 and max(attendees.values()) <= 40
    assert min(agenda.values()) >= 3 and max(agenda.values()) <= 20


def test_three_meetings_one_lecture_are_most_common_and_carry_expected(archive):
    kinds = Counter(synthetic_meetings().values_list("kind", flat=True))
    three = sum(count for kind, count in kinds.items() if kind in THREE_MEETINGS_ONE_LECTURE)
    assert three > 1000 / 2
    assert kinds.most_common(1)[0][0] in THREE_MEETINGS_ONE_LECTURE
    assert len(kinds) >= 10
    three_meetings = synthetic_meetings().filter(kind__in=THREE_MEETINGS_ONE_LECTURE)
    assert not three_meetings.filter(expected__isnull=True).exists()
    assert Attendance.objects.filter(meeting__in=three_meetings, role="请假").exists()


def test_organisation_tree_has_the_school_units_branches_and_groups(archive):
    school = Organisation.objects.get(name=SCHOOL_NAME)
    units = Organisation.objects.filter(parent=school)
    assert 25 <= units.count() <= 35
    branches = Organisation.objects.filter(kind=OrganisationKind.BRANCH)
    assert 300 <= branches.count() <= 500
    assert Organisation.objects.filter(kind=OrganisationKind.GROUP, parent__in=branches).exists()
    assert (
        Organisation.objects.descendants_of(school).count()
        == Organisation.objects.filter(path__startswith=school.path).count()
    )
    unit = units.first()
    below = Organisation.objects.descendants_of(unit, include_self=False)
    assert set(below) == {
        org for org in Organisation.objects.all() if org.parent_id and _ancestors(org, unit)
    }


def _ancestors(org, ancestor) -> bool:
    while org.parent_id:
        org = org.parent
        if org.pk == ancestor.pk:
            return True
    return False


def test_paths_are_parent_path_plus_own_segment(archive):
    for org in Organisation.objects.select_related("parent").exclude(name="太原理工大学"):
        expected = (org.parent.path if org.parent else "") + str(org.pk).zfill(6)
        assert org.path == expected


def test_agenda_texts_vary(archive):
    texts = list(AgendaItem.objects.values_list("text", flat=True))
    assert len(set(texts)) > 0.9 * len(texts)
    assert sum(map(len, texts)) / len(texts) > 30
