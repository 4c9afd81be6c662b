"""A meeting's date lies between the Party's founding (1921-07-01) and a year after today,
wherever a date comes in: the model, the admin form, the import, the filters."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from meetings.interchange import record_errors
from meetings.validators import latest_meeting_date
from tests.factories import DraftMeetingFactory, MeetingFactory
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def a_year_ahead() -> datetime.date:
    return latest_meeting_date()


def test_latest_date_is_a_year_after_today_even_from_29_february():
    assert latest_meeting_date(datetime.date(2024, 2, 29)) == datetime.date(2025, 2, 28)
    assert latest_meeting_date(datetime.date(2026, 12, 1)) == datetime.date(2027, 12, 1)
    assert a_year_ahead() == latest_meeting_date(timezone.localdate())


@pytest.mark.parametrize(
    "date",
    [datetime.date(9999, 12, 31), datetime.date(1921, 6, 30), datetime.date(1, 1, 1)],
    ids=str,
)
def test_the_model_refuses_a_date_no_meeting_can_have(date):
    meeting = MeetingFactory.build(date=date, host=None)
    with pytest.raises(ValidationError) as refused:
        meeting.full_clean()
    assert "date" in refused.value.message_dict


def test_the_first_and_last_possible_days_are_accepted():
    for date in (datetime.date(1921, 7, 1), a_year_ahead()):
        MeetingFactory.build(date=date, host=None).full_clean()


def test_the_day_after_the_last_possible_day_is_refused():
    meeting = MeetingFactory.build(date=a_year_ahead() + datetime.timedelta(days=1), host=None)
    with pytest.raises(ValidationError):
        meeting.full_clean()


@pytest.mark.parametrize("date", ["9999-12-31", "1900-01-01", "1921-06-30"])
def test_the_import_refuses_a_date_out_of_range(seed_record, date):
    errors = record_errors({**seed_record, "date": date})
    assert [e.field for e in errors] == ["date"]
    assert "不在 1921-07-01 至" in errors[0].message


def test_the_import_refuses_a_report_published_out_of_range(seed_record):
    source = {"text": "x", "url": None, "published": "9999-12-31"}
    assert [e.field for e in record_errors({**seed_record, "source": source})] == [
        "source.published"
    ]


def test_the_admin_form_refuses_9999_12_31_and_saves_nothing(client, superuser):
    meeting = DraftMeetingFactory()
    client.force_login(superuser)
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    data = change_form_data(client.get(url))
    response = client.post(url, {**data, "date": "9999-12-31"})
    assert response.status_code == 200
    assert "不在 1921-07-01 至" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.date == datetime.date(2023, 3, 15)


@pytest.mark.parametrize(
    "query",
    [
        "date__year=9999",
        "date__year=9999&date__month=12",
        "date__year=99999999999",
        "date__year=1900",
        "year=99999999999999999999",
        "year=9999",
    ],
)
def test_the_admin_year_drill_down_and_filter_never_fail_on_impossible_years(
    client, superuser, query
):
    MeetingFactory()
    client.force_login(superuser)
    response = client.get(reverse("admin:meetings_meeting_changelist") + "?" + query)
    # Django's answer to bad lookups: a redirect to ?e=1, or the list without matches.
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response.context["cl"].result_count == 0


def test_the_admin_year_drill_down_still_works_for_real_years(client, superuser):
    MeetingFactory()
    client.force_login(superuser)
    url = reverse("admin:meetings_meeting_changelist")
    assert client.get(url + "?date__year=2023").context["cl"].result_count == 1
    assert client.get(url + "?year=2023").context["cl"].result_count == 1


@pytest.mark.parametrize(
    "params",
    [{"date_after": "9999-12-31"}, {"date_before": "1900-01-01"}, {"year": "9999"}],
    ids=lambda p: next(iter(p)),
)
def test_the_list_filters_refuse_dates_out_of_range_with_a_message(client, params):
    MeetingFactory()
    response = client.get(reverse("meetings:list"), params)
    assert response.status_code == 200
    assert response.context["filter"].form.errors
    assert response.context["page_obj"].paginator.count == 0
