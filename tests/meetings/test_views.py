import datetime
import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils.safestring import mark_safe

from meetings.interchange import meeting_to_record
from meetings.models import AttendanceRole, MeetingKind, MeetingStatus, MeetingVisibility
from meetings.selectors import LIST_PAGE_SIZE, meeting_get_detail
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    MeetingChairFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
    PledgeFactory,
    PledgePartyFactory,
)

pytestmark = pytest.mark.django_db


def big_meeting(*, attendees: int, agenda: int, **fields):
    """A meeting with every kind of relation, sized by `attendees` and `agenda` items."""
    meeting = MeetingFactory(expected=attendees + 2, **fields)
    MeetingChairFactory(meeting=meeting)
    for index in range(attendees):
        AttendanceFactory(
            meeting=meeting,
            person=PersonFactory(name=f"人员{index}"),
            titles="支部书记、教授",
            role=AttendanceRole.ABSENT if index == 0 else AttendanceRole.ATTENDED,
        )
    for _ in range(agenda):
        AgendaItemFactory(
            meeting=meeting, org=OrganisationFactory(), document_titles="某某办法\n某某通知"
        )
    meeting.attendee_groups.create(name="中层干部")
    meeting.documents.create(title="某某规定")
    PledgePartyFactory(pledge=PledgeFactory(meeting=meeting))
    return meeting


@pytest.fixture
def meetings():
    return {
        "public": MeetingFactory(title="公开会议"),
        "internal": MeetingFactory(title="内部会议", visibility=MeetingVisibility.INTERNAL),
        "draft": MeetingFactory(title="草稿会议", status=MeetingStatus.DRAFT),
    }


# --- the pages answer and show what they must ---


def test_home_shows_recent_meetings_and_counts(client, seed_meeting):
    response = client.get(reverse("meetings:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert seed_meeting.title in html
    assert "?kind=%E5%85%9A%E5%BB%BA%E5%B7%A5%E4%BD%9C%E4%BC%9A%E8%AE%AE" in html  # 党建工作会议
    assert "?year=2023" in html
    assert reverse("orgs:tree") in html


def test_meeting_list_rows_show_date_title_host_kind_and_chair(client, seed_meeting):
    html = client.get(reverse("meetings:list")).content.decode()
    assert "2023-04-03" in html
    assert seed_meeting.title in html
    assert "太原理工大学" in html
    assert "党建工作会议" in html
    assert "孙宏斌" in html


def test_meeting_list_filters_by_organisation_from_the_query_string(client):
    branch = OrganisationFactory(name="某党支部")
    MeetingFactory(title="支部会议", host=branch)
    MeetingFactory(title="别处会议")
    html = client.get(reverse("meetings:list"), {"org": branch.pk}).content.decode()
    assert "支部会议" in html
    assert "别处会议" not in html


def test_meeting_list_shows_search_highlights_under_the_row(client, monkeypatch):
    meeting = MeetingFactory(title="廉政会议")
    monkeypatch.setattr(
        "meetings.selectors.search_highlights",
        lambda meetings, query: {meeting.pk: mark_safe("<mark>廉政</mark>片段")},
    )
    html = client.get(reverse("meetings:list"), {"q": "廉政"}).content.decode()
    assert '<p class="highlight"><mark>廉政</mark>片段</p>' in html


def test_meeting_list_pagination_links_keep_the_filters(client):
    for day in range(1, LIST_PAGE_SIZE + 3):
        MeetingFactory(date=datetime.date(2023, 1, day), kind=MeetingKind.PARTY_LECTURE)
    html = client.get(reverse("meetings:list"), {"kind": "党课"}).content.decode()
    assert "?kind=%E5%85%9A%E8%AF%BE&amp;page=2" in html


def test_meeting_detail_shows_the_full_record(client, seed_meeting):
    response = client.get(reverse("meetings:detail", args=[seed_meeting.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "明向校区学生活动中心报告厅" in html
    assert "校党委副书记、副校长(主持行政工作)" in html  # titles on the day
    assert "校党委委员" in html  # an attendee group
    assert "<details" in html  # the source report, collapsed
    assert f"/meetings/{seed_meeting.pk}/summary.pdf" in html
    assert reverse("meetings:record_json", args=[seed_meeting.pk]) in html
    agenda = list(seed_meeting.agenda_items.all())
    positions = [html.index(item.title) for item in agenda if item.title]
    assert positions == sorted(positions)  # the agenda in order


def test_meeting_detail_shows_expected_present_and_absentees_with_reasons(client):
    meeting = MeetingFactory(expected=20, present=18)
    AttendanceFactory(meeting=meeting, person__name="张三", role="请假", reason="出差")
    AttendanceFactory(meeting=meeting, person__name="李四", role="缺席")
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "应到 20 人，实到 18 人，缺席 2 人：张三（出差）、李四" in html


def test_meeting_detail_links_speakers_units_and_pledge_parties(client):
    meeting = big_meeting(attendees=1, agenda=1)
    item = meeting.agenda_items.get()
    party = meeting.pledges.get().party_links.get()
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert reverse("meetings:person", args=[item.speaker_id]) in html
    assert reverse("orgs:detail", args=[item.org_id]) in html
    assert reverse("orgs:detail", args=[party.organisation_id]) in html


def test_record_json_is_the_meeting_record_export_in_utf8(client, seed_meeting):
    response = client.get(reverse("meetings:record_json", args=[seed_meeting.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "太原理工大学".encode() in response.content  # not \u escapes
    expected = meeting_to_record(meeting_get_detail(user=AnonymousUser(), pk=seed_meeting.pk))
    assert json.loads(response.content.decode("utf-8")) == expected


def test_person_page_lists_the_meetings_of_a_person(client, seed_meeting):
    chair = seed_meeting.chair_links.get().person
    response = client.get(reverse("meetings:person", args=[chair.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "主持的会议" in html
    assert seed_meeting.title in html
    assert "副校长(主持行政工作)" in html


def test_pledge_register_shows_pledges_parties_and_meeting(client, seed_meeting):
    pledge = seed_meeting.pledges.first()
    signer = PledgePartyFactory(pledge=pledge, organisation=OrganisationFactory(name="某学院党委"))
    html = client.get(reverse("meetings:pledges")).content.decode()
    assert f"《{pledge.title}》" in html
    assert seed_meeting.title in html
    assert reverse("orgs:detail", args=[signer.organisation_id]) in html


def test_site_header_has_the_navigation_and_login_link(client):
    html = client.get(reverse("meetings:home")).content.decode()
    for label in ["首页", "会议", "组织", "责任书", "登录"]:
        assert f">{label}</a>" in html
    assert 'href="/accounts/login/?next=/"' in html
    # Links to pages the visitor may not open are left out.
    assert 'href="/admin/"' not in html
    assert 'href="/compliance/"' not in html


def test_site_header_links_readers_to_compliance_and_staff_to_the_admin(
    client, reader_user, clerk_user
):
    client.force_login(reader_user)
    html = client.get(reverse("meetings:home")).content.decode()
    assert ">三会一课</a>" in html and 'href="/admin/"' not in html
    client.force_login(clerk_user)
    html = client.get(reverse("meetings:home")).content.decode()
    assert ">三会一课</a>" in html and 'href="/admin/"' in html


def test_site_header_shows_who_is_logged_in(client, reader_user):
    client.force_login(reader_user)
    html = client.get(reverse("meetings:home")).content.decode()
    assert "已登录：reader" in html
    assert "退出" in html


# --- visibility ---


@pytest.mark.parametrize("name", ["meetings:detail", "meetings:record_json"])
def test_draft_meeting_is_404_for_everyone(client, meetings, superuser, name):
    url = reverse(name, args=[meetings["draft"].pk])
    assert client.get(url).status_code == 404
    client.force_login(superuser)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("name", ["meetings:detail", "meetings:record_json"])
def test_internal_meeting_is_404_for_anonymous_and_shown_to_reader_and_staff(
    client, meetings, reader_user, clerk_user, name
):
    url = reverse(name, args=[meetings["internal"].pk])
    assert client.get(url).status_code == 404
    for user in (reader_user, clerk_user):
        client.force_login(user)
        assert client.get(url).status_code == 200


def test_internal_meeting_is_404_for_a_user_without_the_permission(client, meetings):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="nobody"))
    assert client.get(reverse("meetings:detail", args=[meetings["internal"].pk])).status_code == 404


def test_lists_and_counts_hide_what_the_user_may_not_see(client, meetings, reader_user):
    for url in (reverse("meetings:home"), reverse("meetings:list")):
        html = client.get(url).content.decode()
        assert "公开会议" in html
        assert "内部会议" not in html
        assert "草稿会议" not in html
    assert "共 1 次会议" in client.get(reverse("meetings:list")).content.decode()
    client.force_login(reader_user)
    html = client.get(reverse("meetings:list")).content.decode()
    assert "内部会议" in html
    assert "草稿会议" not in html
    assert "共 2 次会议" in html


def test_person_seen_only_in_an_internal_meeting_is_404_for_anonymous(client, meetings):
    person = PersonFactory()
    AttendanceFactory(meeting=meetings["internal"], person=person)
    assert client.get(reverse("meetings:person", args=[person.pk])).status_code == 404


def test_pledges_of_hidden_meetings_are_not_in_the_register(client, meetings):
    PledgeFactory(meeting=meetings["internal"], title="内部责任书")
    PledgeFactory(meeting=meetings["draft"], title="草稿责任书")
    PledgeFactory(meeting=meetings["public"], title="公开责任书")
    html = client.get(reverse("meetings:pledges")).content.decode()
    assert "公开责任书" in html
    assert "内部责任书" not in html
    assert "草稿责任书" not in html


# --- bad input never gives a 500 ---


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "1e400"},
        {"org": "999999"},
        {"org": "-1"},
        {"org": "99999999999999999999999"},
        {"person": "99999999999999999999999"},
        {"org": "1" * 5000},
        {"person": "abc"},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999999999999999999999"},
        {"date_after": "2023-13-45"},
        {"date_before": "0000-00-00"},
        {"kind": "<script>"},
        {"sort": "password"},
        {"q": "党" * 10000},
        {"q": "%' OR 1=1 --"},
    ],
)
def test_bad_list_parameters_never_give_a_500(client, seed_meeting, params):
    response = client.get(reverse("meetings:list"), params)
    assert response.status_code == 200


def test_a_nul_character_in_the_query_is_a_400_not_a_500(client, seed_meeting):
    response = client.get(reverse("meetings:list"), {"q": "党建\x00"})
    assert response.status_code == 400
    assert "非法字符" in response.content.decode()


def test_bad_filter_shows_a_chinese_error_and_an_empty_list(client, seed_meeting):
    html = client.get(reverse("meetings:list"), {"year": "abc"}).content.decode()
    assert "筛选条件有误" in html
    assert "年份：输入整数。" in html
    assert "没有符合条件的会议。" in html


@pytest.mark.parametrize(
    "url",
    [
        "/meetings/999999/",
        "/meetings/999999.json",
        "/people/999999/",
        "/orgs/999999/",
        "/meetings/99999999999999999999999/",
        "/meetings/99999999999999999999999.json",
        "/people/99999999999999999999999/",
        "/orgs/99999999999999999999999/",
    ],
)
def test_missing_objects_are_404(client, url):
    assert client.get(url).status_code == 404


# --- a fixed number of queries whatever the size ---


@pytest.mark.parametrize(("attendees", "agenda"), [(3, 1), (300, 60)])
def test_meeting_detail_runs_nine_queries_whatever_its_size(
    client, django_assert_num_queries, attendees, agenda
):
    meeting = big_meeting(attendees=attendees, agenda=agenda)
    # 1 meeting (+host, recorder), 2 chairs, 3 attendances, 4 groups, 5 agenda,
    # 6 documents, 7 pledges, 8 pledge parties, 9 amendments.
    with django_assert_num_queries(9):
        response = client.get(reverse("meetings:detail", args=[meeting.pk]))
    assert response.status_code == 200
    assert response.content.decode().count('class="titles"') >= attendees - 1


@pytest.mark.parametrize(("attendees", "agenda"), [(3, 1), (300, 60)])
def test_record_json_runs_nine_queries_whatever_its_size(
    client, django_assert_num_queries, attendees, agenda
):
    meeting = big_meeting(attendees=attendees, agenda=agenda)
    # The same 9 as the detail page: meeting, chairs, attendances, groups, agenda,
    # documents, pledges, pledge parties, amendments.
    with django_assert_num_queries(9):
        response = client.get(reverse("meetings:record_json", args=[meeting.pk]))
    assert len(json.loads(response.content)["attendees"]) == attendees


@pytest.mark.parametrize("meeting_count", [1, LIST_PAGE_SIZE + 5])
def test_meeting_list_runs_four_queries_for_a_small_or_full_page(
    client, django_assert_num_queries, meeting_count
):
    for index in range(meeting_count):
        meeting = MeetingFactory(date=datetime.date(2023, 1, 1) + datetime.timedelta(days=index))
        MeetingChairFactory(meeting=meeting)
        MeetingChairFactory(meeting=meeting)
    # 1 count, 2 the page of meetings (+host), 3 their chairs (+person),
    # 4 the organisations for the filter's <select>.
    with django_assert_num_queries(4):
        response = client.get(reverse("meetings:list"))
    assert len(response.context["page_obj"].object_list) == min(meeting_count, LIST_PAGE_SIZE)


@pytest.mark.parametrize("meeting_count", [1, LIST_PAGE_SIZE + 5])
def test_filtered_meeting_list_adds_one_lookup_per_object_filter(
    client, django_assert_num_queries, meeting_count
):
    org = OrganisationFactory()
    person = PersonFactory()
    for _ in range(meeting_count):
        AttendanceFactory(meeting=MeetingFactory(host=org), person=person)
    params = {"org": org.pk, "person": person.pk, "kind": "支部党员大会", "year": "2023"}
    # 1 the chosen organisation, 2 the chosen person, 3 count, 4 page (+host), 5 chairs,
    # 6 the organisations for the <select>.
    with django_assert_num_queries(6):
        response = client.get(reverse("meetings:list"), params)
    assert response.context["page_obj"].paginator.count == meeting_count


@pytest.mark.parametrize("meeting_count", [1, 30])
def test_home_runs_four_queries_whatever_the_archive_size(
    client, django_assert_num_queries, meeting_count
):
    for index in range(meeting_count):
        MeetingChairFactory(meeting=MeetingFactory(date=datetime.date(2000 + index % 20, 1, 1)))
    # 1 recent meetings (+host), 2 their chairs, 3 counts by kind, 4 counts by year.
    with django_assert_num_queries(4):
        assert client.get(reverse("meetings:home")).status_code == 200


@pytest.mark.parametrize("meeting_count", [1, 30])
def test_person_page_runs_five_queries_whatever_the_number_of_meetings(
    client, django_assert_num_queries, meeting_count
):
    person = PersonFactory()
    for _ in range(meeting_count):
        meeting = MeetingFactory()
        AttendanceFactory(meeting=meeting, person=person, titles="支部书记")
        AgendaItemFactory(meeting=meeting, speaker=person)
        MeetingChairFactory(meeting=meeting, person=person)
    # 1 person, 2 attendances (+meeting, host), 3 chaired meetings (+host),
    # 4 speeches (+meeting, host), 5 positions (+organisation).
    with django_assert_num_queries(5):
        assert client.get(reverse("meetings:person", args=[person.pk])).status_code == 200


@pytest.mark.parametrize("pledge_count", [1, 30])
def test_pledge_register_runs_two_queries_whatever_its_size(
    client, django_assert_num_queries, pledge_count
):
    for index in range(pledge_count):
        pledge = PledgeFactory(year=2000 + index % 5)
        PledgePartyFactory(pledge=pledge)
        PledgePartyFactory(pledge=pledge)
    # 1 pledges (+meeting, host), 2 their parties (+organisation).
    with django_assert_num_queries(2):
        assert client.get(reverse("meetings:pledges")).status_code == 200


def test_a_logged_in_reader_adds_only_the_session_and_permission_queries(
    client, django_assert_num_queries, reader_user
):
    meeting = big_meeting(attendees=3, agenda=1, visibility=MeetingVisibility.INTERNAL)
    client.force_login(reader_user)
    # 1 session, 2 user, 3 user's permissions, 4 group permissions, then the page's 9.
    with django_assert_num_queries(13):
        assert client.get(reverse("meetings:detail", args=[meeting.pk])).status_code == 200


def test_the_organisation_options_come_from_the_cache_until_a_unit_is_saved(
    client, reader_user, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(reader_user)  # past the anonymous page cache: the page is rendered
    unit = OrganisationFactory(name="甲单位")
    MeetingChairFactory(meeting=MeetingFactory(host=unit))
    assert "甲单位" in client.get(reverse("meetings:list")).content.decode()

    with CaptureQueriesContext(connection) as captured:
        page = client.get(reverse("meetings:list")).content.decode()
    assert "甲单位" in page
    assert not [q for q in captured if 'FROM "orgs_organisation" ORDER BY' in q["sql"]]

    with django_capture_on_commit_callbacks(execute=True):
        OrganisationFactory(name="乙单位")
        unit.name = "丙单位"
        unit.save()
    page = client.get(reverse("meetings:list")).content.decode()
    assert "乙单位" in page and "丙单位" in page and "甲单位" not in page


def test_the_chosen_organisation_stays_selected_in_the_cached_options(client, reader_user):
    client.force_login(reader_user)
    chosen, other = OrganisationFactory(name="甲单位"), OrganisationFactory(name="乙单位")
    client.get(reverse("meetings:list"))  # fills the cache

    page = client.get(reverse("meetings:list"), {"org": chosen.pk}).content.decode()

    assert f'<option value="{chosen.pk}" selected>' in page
    assert f'<option value="{other.pk}">' in page


def test_the_kind_label_filter_gives_what_get_kind_display_gives():
    from meetings.templatetags.meeting_kind import kind_label

    for kind in MeetingKind.values:
        meeting = MeetingFactory.build(kind=kind)
        assert kind_label(meeting.kind) == meeting.get_kind_display()
    # A value no longer among the choices shows as stored.
    assert kind_label("旧的类别") == MeetingFactory.build(kind="旧的类别").get_kind_display()
