import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from meetings.filters import MeetingFilter
from meetings.models import Meeting, MeetingKind
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    MeetingChairFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """A committee with a general branch under it and a branch under that, plus an outsider."""
    committee = OrganisationFactory(name="机关党委")
    general = OrganisationFactory(name="机关第一党总支", parent=committee)
    branch = OrganisationFactory(name="科研院党支部", parent=general)
    outsider = OrganisationFactory(name="后勤党委")
    return {"committee": committee, "general": general, "branch": branch, "outsider": outsider}


def titles(params) -> set[str]:
    filterset = MeetingFilter(params, queryset=Meeting.objects.visible_to(AnonymousUser()))
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("title", flat=True))


def errors(params) -> dict:
    filterset = MeetingFilter(params, queryset=Meeting.objects.all())
    assert not filterset.is_valid()
    return filterset.errors


def test_kind_filter_keeps_only_that_kind():
    MeetingFactory(title="大会", kind=MeetingKind.BRANCH_MEMBERS)
    MeetingFactory(title="党课", kind=MeetingKind.PARTY_LECTURE)
    assert titles({"kind": MeetingKind.PARTY_LECTURE}) == {"党课"}


def test_org_filter_includes_all_descendants_but_not_other_trees(tree):
    MeetingFactory(title="委员会", host=tree["committee"])
    MeetingFactory(title="总支", host=tree["general"])
    MeetingFactory(title="支部", host=tree["branch"])
    MeetingFactory(title="后勤", host=tree["outsider"])
    assert titles({"org": tree["committee"].pk}) == {"委员会", "总支", "支部"}
    assert titles({"org": tree["general"].pk}) == {"总支", "支部"}
    assert titles({"org": tree["branch"].pk}) == {"支部"}


def test_year_filter_keeps_that_calendar_year():
    MeetingFactory(title="年初", date=datetime.date(2023, 1, 1))
    MeetingFactory(title="年末", date=datetime.date(2023, 12, 31))
    MeetingFactory(title="次年", date=datetime.date(2024, 1, 1))
    assert titles({"year": "2023"}) == {"年初", "年末"}


def test_date_range_is_inclusive_on_both_ends():
    for day in (1, 10, 20, 30):
        MeetingFactory(title=f"{day}日", date=datetime.date(2023, 6, day))
    assert titles({"date_after": "2023-06-10", "date_before": "2023-06-20"}) == {"10日", "20日"}
    assert titles({"date_after": "2023-06-20"}) == {"20日", "30日"}
    assert titles({"date_before": "2023-06-01"}) == {"1日"}


def test_person_filter_finds_meetings_attended_spoken_at_or_chaired_once_each():
    person = PersonFactory(name="郑强")
    attended = MeetingFactory(title="出席")
    spoke = MeetingFactory(title="发言")
    chaired = MeetingFactory(title="主持")
    both = MeetingFactory(title="出席并发言")
    MeetingFactory(title="无关")
    AttendanceFactory(meeting=attended, person=person)
    AgendaItemFactory(meeting=spoke, speaker=person)
    MeetingChairFactory(meeting=chaired, person=person)
    AttendanceFactory(meeting=both, person=person)
    AgendaItemFactory(meeting=both, speaker=person)
    AgendaItemFactory(meeting=both, speaker=person)
    filterset = MeetingFilter({"person": person.pk}, queryset=Meeting.objects.all())
    assert sorted(filterset.qs.values_list("title", flat=True)) == sorted(
        ["出席", "发言", "主持", "出席并发言"]
    )


def test_keyword_filter_goes_through_search_meetings():
    MeetingFactory(title="党风廉政建设工作会议")
    MeetingFactory(title="支部党员大会")
    assert titles({"q": "廉政"}) == {"党风廉政建设工作会议"}


def test_keyword_is_handled_by_one_filterset_method(monkeypatch):
    calls = []

    def fake_search(queryset, query):
        calls.append(query)
        return queryset.none()

    monkeypatch.setattr("meetings.filters.search_meetings", fake_search)
    MeetingFactory()
    assert titles({"q": "任何词"}) == set()
    assert calls == ["任何词"]


def test_filters_combine_with_and(tree):
    person = PersonFactory()
    for title, host, year, attended in [
        ("命中", "branch", 2022, True),
        ("年份不符", "branch", 2021, True),
        ("组织不符", "outsider", 2022, True),
        ("无此人", "branch", 2022, False),
    ]:
        meeting = MeetingFactory(
            title=title,
            host=tree[host],
            kind=MeetingKind.PARTY_LECTURE,
            date=datetime.date(year, 5, 4),
        )
        if attended:
            AttendanceFactory(meeting=meeting, person=person)
    params = {
        "kind": MeetingKind.PARTY_LECTURE,
        "org": tree["committee"].pk,
        "year": "2022",
        "date_after": "2022-01-01",
        "date_before": "2022-12-31",
        "person": person.pk,
        "q": "命中",
    }
    assert titles(params) == {"命中"}
    assert titles({k: v for k, v in params.items() if k != "q"}) == {"命中"}
    assert titles({"kind": MeetingKind.PARTY_LECTURE, "person": person.pk}) == {
        "命中",
        "年份不符",
        "组织不符",
    }


def test_sort_orders_by_date_either_way_with_a_stable_tie_break():
    first = MeetingFactory(date=datetime.date(2021, 1, 1))
    same_day_a = MeetingFactory(date=datetime.date(2022, 1, 1))
    same_day_b = MeetingFactory(date=datetime.date(2022, 1, 1))
    filterset = MeetingFilter({"sort": "date"}, queryset=Meeting.objects.all())
    assert list(filterset.qs) == [first, same_day_a, same_day_b]
    filterset = MeetingFilter({"sort": "-date"}, queryset=Meeting.objects.all())
    assert list(filterset.qs) == [same_day_b, same_day_a, first]


def test_explicit_sort_overrides_the_search_order():
    older = MeetingFactory(title="廉政一", date=datetime.date(2021, 1, 1))
    newer = MeetingFactory(title="廉政二", date=datetime.date(2022, 1, 1))
    filterset = MeetingFilter({"q": "廉政", "sort": "date"}, queryset=Meeting.objects.all())
    assert list(filterset.qs) == [older, newer]


def test_filters_only_narrow_the_queryset_they_are_given():
    kept = MeetingFactory(kind=MeetingKind.PARTY_LECTURE)
    MeetingFactory(kind=MeetingKind.PARTY_LECTURE)
    filterset = MeetingFilter(
        {"kind": MeetingKind.PARTY_LECTURE}, queryset=Meeting.objects.filter(pk=kept.pk)
    )
    assert list(filterset.qs) == [kept]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"year": "abc"}, "year"),
        ({"year": "2023.5"}, "year"),
        ({"year": "99999999999999999999"}, "year"),
        ({"year": "-1"}, "year"),
        ({"org": "999999"}, "org"),
        ({"org": "abc"}, "org"),
        ({"person": "999999"}, "person"),
        ({"kind": "不存在的类别"}, "kind"),
        ({"date_after": "2023-02-30"}, "date_after"),
        ({"date_before": "99999-01-01"}, "date_before"),
        ({"q": "长" * 5000}, "q"),
        ({"sort": "title"}, "sort"),
    ],
)
def test_bad_values_are_form_errors_in_chinese(params, field):
    message = errors(params)[field][0]
    assert any("\u4e00" <= char <= "\u9fff" for char in message), message
