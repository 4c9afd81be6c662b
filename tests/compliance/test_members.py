import datetime

import pytest
from django.urls import reverse

from compliance.members import Mark, member_records, person_member_records
from meetings.models import AttendanceRole, MeetingKind
from orgs.models import OrganisationKind
from tests.factories import (
    AttendanceFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
    PositionFactory,
)

pytestmark = pytest.mark.django_db

URL = "/compliance/members/"
QUARTER_MONTHS = (3, 6, 9, 12)


@pytest.fixture
def branch():
    committee = OrganisationFactory(name="机械学院党委", kind=OrganisationKind.PARTY_COMMITTEE)
    return OrganisationFactory(name="机械学院教工第一党支部", parent=committee)


def member(branch, name: str, **fields):
    person = PersonFactory(name=name)
    fields.setdefault("start", datetime.date(2020, 1, 1))
    PositionFactory(person=person, organisation=branch, title="党员", **fields)
    return person


def members_meeting(branch, month: int, roll: dict, kind=MeetingKind.BRANCH_MEMBERS):
    """A meeting whose record names people: {person: (role, reason)}."""
    meeting = MeetingFactory(host=branch, kind=kind, date=datetime.date(2023, month, 5))
    for person, (role, reason) in roll.items():
        AttendanceFactory(meeting=meeting, person=person, role=role, reason=reason)
    return meeting


def record_of(tables, person):
    (table,) = tables
    (row,) = [row for row in table.rows if row.person_id == person.pk]
    return row


ATTENDED = (AttendanceRole.ATTENDED, "")


def test_member_who_missed_two_of_four_quarterly_meetings_attended_50_percent(branch, reader_user):
    wang, li = member(branch, "王伟"), member(branch, "李娜")
    members_meeting(branch, 3, {wang: ATTENDED, li: ATTENDED})
    members_meeting(branch, 6, {li: ATTENDED})  # 王伟 not on the roll: missed
    members_meeting(branch, 9, {wang: ATTENDED, li: ATTENDED})
    members_meeting(branch, 12, {wang: (AttendanceRole.ABSENT, ""), li: ATTENDED})

    row = record_of(member_records(branches=[branch], year=2023), wang)

    assert (row.held, row.attended, row.missed, row.rate) == (4, 2, 2, 0.5)


def test_excused_absence_carries_its_reason(branch, reader_user):
    wang = member(branch, "王伟")
    members_meeting(branch, 3, {wang: (AttendanceRole.EXCUSED, "出差")})

    row = record_of(member_records(branches=[branch], year=2023), wang)

    assert [(m.mark, m.reason) for m in row.marks] == [(Mark.EXCUSED, "出差")]
    assert (row.excused, row.rate) == (1, 0.0)


def test_meeting_that_lists_only_absentees_leaves_the_others_unrecorded(branch, reader_user):
    wang, li = member(branch, "王伟"), member(branch, "李娜")
    members_meeting(branch, 3, {li: (AttendanceRole.EXCUSED, "病假")})

    row = record_of(member_records(branches=[branch], year=2023), wang)

    assert (row.unrecorded, row.missed) == (1, 0)


def test_member_is_due_only_while_a_member_and_only_at_their_own_groups_meetings(
    branch, reader_user
):
    group = OrganisationFactory(name="第一党小组", kind=OrganisationKind.GROUP, parent=branch)
    other_group = OrganisationFactory(name="第二党小组", kind=OrganisationKind.GROUP, parent=branch)
    newcomer = member(group, "张敏", start=datetime.date(2023, 7, 1))
    members_meeting(branch, 3, {newcomer: ATTENDED})  # before joining
    members_meeting(branch, 9, {newcomer: ATTENDED})
    members_meeting(group, 10, {newcomer: ATTENDED}, kind=MeetingKind.GROUP_MEETING)
    members_meeting(other_group, 10, {}, kind=MeetingKind.GROUP_MEETING)
    members_meeting(branch, 10, {}, kind=MeetingKind.BRANCH_COMMITTEE)  # not a member's meeting

    (table,) = member_records(branches=[branch], year=2023)
    (row,) = table.rows

    assert len(table.meetings) == 4
    assert [m and m.mark for m in row.marks] == [None, Mark.ATTENDED, Mark.ATTENDED, None]
    assert (row.held, row.rate) == (2, 1.0)


@pytest.mark.parametrize("size", [3, 30])
def test_branch_table_runs_a_fixed_number_of_queries_whatever_the_branch_size(
    branch, client, reader_user, size, django_assert_num_queries
):
    people = [member(branch, f"党员{i}") for i in range(size)]
    for month in QUARTER_MONTHS:
        members_meeting(branch, month, {person: ATTENDED for person in people})
    client.force_login(reader_user)

    # 1 session, 2 user, 3 user permissions, 4 group permissions, 5 the branch (form),
    # 6 its 党小组, 7 positions (+person), 8 meetings due, 9 attendances,
    # 10 branch choices (the form).
    with django_assert_num_queries(10):
        response = client.get(URL, {"org": branch.pk, "year": "2023"})

    assert response.status_code == 200
    assert response.content.decode().count("100 %") == size


def test_branch_table_page_shows_rates_marks_and_reasons(branch, client, reader_user):
    wang = member(branch, "王伟")
    members_meeting(branch, 3, {wang: ATTENDED})
    members_meeting(branch, 6, {wang: (AttendanceRole.EXCUSED, "出差")})
    client.force_login(reader_user)

    html = client.get(URL, {"org": branch.pk, "year": "2023"}).content.decode()

    assert "机械学院教工第一党支部 2023年党员参加组织生活情况" in html
    assert 'title="请假：出差">假</td>' in html
    assert "王伟：6月5日 支部党员大会（出差）" in html
    assert "50 %" in html


def test_branch_table_opens_on_the_latest_year_with_records(branch, client, reader_user):
    MeetingFactory(host=branch, date=datetime.date(2021, 4, 1))
    client.force_login(reader_user)

    html = client.get(URL, {"org": branch.pk}).content.decode()

    assert "2021年党员参加组织生活情况" in html


@pytest.mark.parametrize("query", [{}, {"org": "abc"}, {"org": "999999"}, {"year": "x"}])
def test_branch_table_without_a_valid_branch_says_so(client, reader_user, query):
    client.force_login(reader_user)

    response = client.get(URL, query)

    assert response.status_code == 200
    assert "compliance-grid" not in response.content.decode()


def test_branch_table_is_refused_without_the_permission(client, branch):
    assert client.get(URL, {"org": branch.pk}).status_code == 302


def test_person_page_shows_the_record_to_readers_only(branch, client, reader_user):
    wang = member(branch, "王伟")
    members_meeting(branch, 3, {wang: ATTENDED})
    members_meeting(branch, 6, {wang: (AttendanceRole.EXCUSED, "出差")})
    url = reverse("meetings:person", args=[wang.pk])

    assert "参加组织生活情况" not in client.get(url).content.decode()
    client.force_login(reader_user)
    html = client.get(url).content.decode()

    assert "参加组织生活情况" in html
    assert f"?org={branch.pk}&amp;year=2023" in html
    assert "6月5日（出差）" in html and "50 %" in html


def test_person_records_span_years_and_branches(branch, reader_user):
    other = OrganisationFactory(name="机械学院学生党支部", parent=branch.parent)
    wang = member(branch, "王伟", end=datetime.date(2023, 6, 30))
    PositionFactory(person=wang, organisation=other, title="党员", start=datetime.date(2023, 7, 1))
    members_meeting(branch, 3, {wang: ATTENDED})
    members_meeting(branch, 9, {})  # after leaving
    members_meeting(other, 9, {wang: ATTENDED})
    MeetingFactory(host=branch, date=datetime.date(2022, 3, 1))

    records = person_member_records(person_id=wang.pk)

    assert [(r.branch.name, r.year, r.held) for r in records] == [
        ("机械学院教工第一党支部", 2023, 1),
        ("机械学院学生党支部", 2023, 1),
        ("机械学院教工第一党支部", 2022, 1),
    ]


@pytest.mark.parametrize("meetings", [1, 12])
def test_person_page_adds_three_queries_for_the_record_whatever_the_meetings(
    branch, client, reader_user, meetings, django_assert_num_queries
):
    wang = member(branch, "王伟")
    for month in range(1, meetings + 1):
        members_meeting(branch, month, {wang: ATTENDED})
    client.force_login(reader_user)

    # 1 session, 2 user, 3 person, 4 attendances, 5 chaired, 6 speeches, 7 positions
    # (person_get_page), 8 user permissions, 9 group permissions (may see internal meetings),
    # 10 positions in branches (+organisation, parent), 11 meetings due, 12 attendances there.
    with django_assert_num_queries(12):
        response = client.get(reverse("meetings:person", args=[wang.pk]))

    assert response.content.decode().count(f"?org={branch.pk}&amp;year=2023") == 1
