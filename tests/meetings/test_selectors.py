import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import Http404

from meetings import selectors
from meetings.models import AttendanceRole, MeetingKind, MeetingStatus, MeetingVisibility
from meetings.search import backends
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    MeetingChairFactory,
    MeetingFactory,
    PersonFactory,
    PledgeFactory,
    PledgePartyFactory,
    PositionFactory,
)

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()


@pytest.fixture
def mixed():
    return {
        "public": MeetingFactory(title="公开会议", date=datetime.date(2023, 5, 1)),
        "internal": MeetingFactory(
            title="内部会议", visibility=MeetingVisibility.INTERNAL, date=datetime.date(2023, 6, 1)
        ),
        "draft": MeetingFactory(title="草稿会议", status=MeetingStatus.DRAFT),
        "archived": MeetingFactory(title="归档会议", archived=True),
    }


def page_titles(result) -> list[str]:
    return [meeting.title for meeting in result.page.object_list]


def test_meeting_list_shows_published_public_meetings_to_anonymous(mixed):
    assert page_titles(selectors.meeting_list(user=ANONYMOUS, params={})) == ["公开会议"]


def test_meeting_list_adds_internal_meetings_for_a_reader(mixed, reader_user):
    result = selectors.meeting_list(user=reader_user, params={})
    assert page_titles(result) == ["内部会议", "公开会议"]


def test_meeting_list_with_a_bad_filter_is_empty_and_carries_the_error(mixed):
    result = selectors.meeting_list(user=ANONYMOUS, params={"year": "abc", "kind": ""})
    assert page_titles(result) == []
    assert "year" in result.filterset.errors


def test_meeting_list_pages_by_twenty_and_clamps_bad_page_numbers():
    for day in range(1, 26):
        MeetingFactory(date=datetime.date(2023, 1, day))
    first = selectors.meeting_list(user=ANONYMOUS, params={})
    assert len(first.page.object_list) == 20
    assert first.page.paginator.num_pages == 2
    assert selectors.meeting_list(user=ANONYMOUS, params={"page": "abc"}).page.number == 1
    assert selectors.meeting_list(user=ANONYMOUS, params={"page": "-1"}).page.number == 2
    assert selectors.meeting_list(user=ANONYMOUS, params={"page": "99999"}).page.number == 2
    last = selectors.meeting_list(user=ANONYMOUS, params={"page": "2"})
    assert [m.date.day for m in last.page.object_list] == [5, 4, 3, 2, 1]


def test_meeting_list_asks_for_highlights_only_with_a_keyword(monkeypatch):
    meeting = MeetingFactory(title="廉政会议")
    seen = []

    def fake_highlights(meetings, query):
        seen.append((list(meetings), query))
        return {meeting.pk: "<mark>廉政</mark>"}

    monkeypatch.setattr(selectors, "search_highlights", fake_highlights)
    assert selectors.meeting_list(user=ANONYMOUS, params={}).highlights == {}
    result = selectors.meeting_list(user=ANONYMOUS, params={"q": "廉政"})
    assert result.highlights == {meeting.pk: "<mark>廉政</mark>"}
    assert seen == [([meeting], "廉政")]


@pytest.mark.parametrize("which", ["draft", "archived", "internal"])
def test_meeting_get_detail_hides_invisible_meetings_from_anonymous(mixed, which):
    with pytest.raises(Http404):
        selectors.meeting_get_detail(user=ANONYMOUS, pk=mixed[which].pk)


def test_meeting_get_detail_gives_internal_meetings_to_a_reader_but_never_drafts(
    mixed, reader_user
):
    assert (
        selectors.meeting_get_detail(user=reader_user, pk=mixed["internal"].pk).title == "内部会议"
    )
    with pytest.raises(Http404):
        selectors.meeting_get_detail(user=reader_user, pk=mixed["draft"].pk)


def test_attendance_summary_groups_by_role_and_counts_named_attendees_when_present_is_empty():
    meeting = MeetingFactory(expected=10)
    for role in [AttendanceRole.ATTENDED] * 3 + [AttendanceRole.EXCUSED, AttendanceRole.ABSENT]:
        AttendanceFactory(meeting=meeting, role=role)
    AttendanceFactory(meeting=meeting, role=AttendanceRole.OBSERVER)
    summary = selectors.meeting_attendance_summary(
        selectors.meeting_get_detail(user=ANONYMOUS, pk=meeting.pk)
    )
    assert [(role, len(rows)) for role, rows in summary.by_role] == [
        ("出席", 3),
        ("列席", 1),
        ("请假", 1),
        ("缺席", 1),
    ]
    # 3 出席 named; 列席 never counts toward 实到.
    assert (summary.expected, summary.actual, summary.absent) == (10, 3, 2)


def test_attendance_summary_takes_recorded_present_over_named_attendees():
    meeting = MeetingFactory(expected=20, present=15)
    AttendanceFactory(meeting=meeting, role=AttendanceRole.ATTENDED)
    summary = selectors.meeting_attendance_summary(meeting)
    assert (summary.actual, summary.headcount) == (15, "应到 20 人，实到 15 人，缺席 5 人")


def test_attendance_summary_says_present_is_unknown_when_nobody_is_named():
    meeting = MeetingFactory(expected=20, present=None)
    summary = selectors.meeting_attendance_summary(meeting)
    assert (summary.actual, summary.headcount) == (None, "应到 20 人，实到人数未记录")


def test_attendance_summary_has_no_headcount_when_none_was_recorded():
    meeting = MeetingFactory(expected=None)
    AttendanceFactory(meeting=meeting)
    summary = selectors.meeting_attendance_summary(meeting)
    assert (summary.expected, summary.actual, summary.absent, summary.headcount) == (
        None,
        1,
        0,
        "",
    )


def test_home_stats_count_only_visible_meetings_by_kind_and_year(mixed):
    MeetingFactory(kind=MeetingKind.PARTY_LECTURE, date=datetime.date(2021, 3, 3))
    MeetingFactory(kind=MeetingKind.PARTY_LECTURE, date=datetime.date(2023, 3, 3))
    stats = selectors.home_stats(user=ANONYMOUS)
    assert stats.total == 3
    assert [(row["kind"], row["count"]) for row in stats.by_kind] == [
        (MeetingKind.PARTY_LECTURE, 2),
        (MeetingKind.BRANCH_MEMBERS, 1),
    ]
    assert [(row["year"], row["count"]) for row in stats.by_year] == [(2023, 2), (2021, 1)]
    assert [m.date for m in stats.recent] == [
        datetime.date(2023, 5, 1),
        datetime.date(2023, 3, 3),
        datetime.date(2021, 3, 3),
    ]


def test_person_page_lists_visible_participation_and_titles_over_time():
    person = PersonFactory(name="孙宏斌")
    early = MeetingFactory(date=datetime.date(2020, 1, 1))
    middle = MeetingFactory(date=datetime.date(2021, 1, 1))
    late = MeetingFactory(date=datetime.date(2022, 1, 1))
    hidden = MeetingFactory(date=datetime.date(2022, 6, 1), visibility=MeetingVisibility.INTERNAL)
    AttendanceFactory(meeting=early, person=person, titles="副校长")
    AttendanceFactory(meeting=middle, person=person, titles="副校长")
    AgendaItemFactory(meeting=late, speaker=person, speaker_titles="校党委副书记、副校长")
    MeetingChairFactory(meeting=late, person=person)
    AttendanceFactory(meeting=hidden, person=person, titles="校长")
    PositionFactory(person=person, title="副校长")
    page = selectors.person_get_page(user=ANONYMOUS, pk=person.pk)
    assert [a.meeting for a in page.attended] == [middle, early]
    assert page.chaired == [late]
    assert [s.meeting for s in page.speeches] == [late]
    assert page.titles_over_time == [
        (datetime.date(2020, 1, 1), ["副校长"]),
        (datetime.date(2022, 1, 1), ["校党委副书记", "副校长"]),
    ]
    assert [p.title for p in page.positions] == ["副校长"]


def test_person_known_only_from_invisible_meetings_is_404(reader_user):
    person = PersonFactory()
    AttendanceFactory(meeting=MeetingFactory(visibility=MeetingVisibility.INTERNAL), person=person)
    AttendanceFactory(meeting=MeetingFactory(status=MeetingStatus.DRAFT), person=person)
    with pytest.raises(Http404):
        selectors.person_get_page(user=ANONYMOUS, pk=person.pk)
    assert len(selectors.person_get_page(user=reader_user, pk=person.pk).attended) == 1


def test_pledge_register_groups_visible_pledges_by_year_newest_first(mixed):
    old = PledgeFactory(meeting=mixed["public"], year=2021, title="旧责任书")
    new = PledgeFactory(meeting=mixed["public"], year=2023, title="新责任书")
    PledgeFactory(meeting=mixed["internal"], year=2023, title="内部责任书")
    PledgeFactory(meeting=mixed["draft"], year=2023, title="草稿责任书")
    issuer = PledgePartyFactory(pledge=new, order=0)
    signer = PledgePartyFactory(pledge=new, order=1)
    register = selectors.pledge_register(user=ANONYMOUS)
    assert [(year, [p.title for p in pledges]) for year, pledges in register] == [
        (2023, ["新责任书"]),
        (2021, ["旧责任书"]),
    ]
    assert [link.organisation for link in register[0][1][0].party_links.all()] == [
        issuer.organisation,
        signer.organisation,
    ]
    assert old.meeting == mixed["public"]


def set_search_cap(monkeypatch, cap: int) -> None:
    # On PostgreSQL the cap is the window of newest matches that are ranked.
    name = "RANK_WINDOW" if connection.vendor == "postgresql" else "RESULT_CAP"
    monkeypatch.setattr(backends.current(), name, cap)


def test_search_results_are_counted_only_up_to_the_cap(monkeypatch, client):
    set_search_cap(monkeypatch, 3)
    for n in range(5):
        MeetingFactory(title=f"党建工作会议第{n}次")
    capped = selectors.meeting_list(user=None, params={"q": "党建"})
    assert capped.page.paginator.count == 3
    assert capped.page.paginator.capped
    assert capped.page.paginator.num_pages == 1
    plain = selectors.meeting_list(user=None, params={})
    assert plain.page.paginator.count == 5
    page = client.get("/meetings/", {"q": "党建"}).content.decode()
    assert "超过 3 次会议符合条件，仅列出其中 3 次" in page
    assert "共 3 次会议" not in page


def test_a_search_with_exactly_the_cap_of_matches_is_not_called_capped(monkeypatch):
    set_search_cap(monkeypatch, 3)
    for n in range(3):
        MeetingFactory(title=f"党建工作会议第{n}次")
    result = selectors.meeting_list(user=None, params={"q": "党建"})
    assert (result.page.paginator.count, result.page.paginator.capped) == (3, False)
