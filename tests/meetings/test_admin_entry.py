"""The meeting page's entry helpers and checks, without a browser."""

import datetime

import pytest
from django.urls import reverse

from meetings.admin_entry import name_rows, split_entries
from meetings.models import Meeting, PledgeParty
from orgs.models import Organisation, Person
from tests.factories import (
    ClerkScopeFactory,
    DraftMeetingFactory,
    MeetingFactory,
    PledgeFactory,
    PositionFactory,
)
from tests.meetings.admin_forms import change_form_data
from tests.meetings.test_admin import seed_meeting_post_data

pytestmark = pytest.mark.django_db

DAY = datetime.date(2023, 4, 3)


def test_a_pasted_list_splits_at_separators_but_not_inside_brackets():
    assert split_entries("郑强、孙宏斌（校党委副书记、副校长(主持行政工作)）\n李晋平，刘润祥") == [
        "郑强",
        "孙宏斌（校党委副书记、副校长(主持行政工作)）",
        "李晋平",
        "刘润祥",
    ]


def test_pasted_names_are_matched_after_folding_with_titles_of_the_day(
    django_assert_num_queries,
):
    zheng = Person.objects.create(name="郑强")
    PositionFactory(person=zheng, title="校党委书记", start=datetime.date(2020, 1, 1))
    PositionFactory(person=zheng, title="校长", end=datetime.date(2019, 12, 31))
    sun = Person.objects.create(name="孙宏斌")
    Person.objects.create(name="李同名", note="甲")
    Person.objects.create(name="李同名", note="乙")

    # 1 people by folded name, 2 the positions held that day.
    with django_assert_num_queries(2):
        rows = name_rows(
            names="鄭強\n校党委副书记孙宏斌\n李同名 党支部书记\n王新人", agenda="", date=DAY
        )["names"]

    assert [(r["name"], r["status"], r["titles"]) for r in rows] == [
        ("鄭強", "found", "校党委书记"),
        ("孙宏斌", "found", "校党委副书记"),
        ("李同名", "ambiguous", "党支部书记"),
        ("王新人", "new", ""),
    ]
    assert rows[0]["person"] == {"id": zheng.pk, "label": "郑强"}
    assert rows[1]["person"]["id"] == sun.pk
    assert rows[2]["candidates"] == ["李同名（甲）", "李同名（乙）"]


def test_pasted_agenda_lines_give_kind_speaker_or_unit_and_title():
    Person.objects.create(name="刘润祥")
    unit = Organisation.objects.create(name="电气与动力工程学院党委")
    rows = name_rows(
        names="",
        agenda="报告 刘润祥：《2022年度学校党建工作报告》\n书面交流 电气与动力工程学院党委\n学习",
        date=None,
    )["agenda"]
    assert [(r["kind"], r["name"], r["status"], r["title"]) for r in rows] == [
        ("报告", "刘润祥", "found", "2022年度学校党建工作报告"),
        ("书面交流", "电气与动力工程学院党委", "found", ""),
        ("学习", "", "found", ""),
    ]
    assert rows[1]["org"] == {"id": unit.pk, "label": unit.name}


def test_the_entry_endpoint_answers_clerks_only_and_refuses_a_bad_date(
    client, clerk_user, reader_user
):
    url = reverse("admin:meetings_meeting_entry_names")
    client.force_login(clerk_user)
    assert (
        client.get(url, {"names": "郑强", "date": "2023-04-03"}).json()["names"][0]["status"]
        == "new"
    )
    hostile = client.get(url, {"ids": f"{2**64},１２,abc", "date": "2023-04-03"})
    assert hostile.json()["titles"] == {}
    response = client.get(url, {"date": "2023-02-31"})
    assert response.status_code == 400
    assert "YYYY-MM-DD" in response.json()["error"]
    client.force_login(reader_user)
    assert client.get(url).status_code == 302  # to the admin's login


def test_a_new_meeting_like_an_existing_one_asks_whether_it_is_the_same(
    client, clerk_user, seed_record
):
    client.force_login(clerk_user)
    data = seed_meeting_post_data(seed_record)
    host = Organisation.objects.get(pk=data["host"])
    ClerkScopeFactory(user=clerk_user, organisation=host)
    existing = MeetingFactory(title="2022年度党建工作会议", date=DAY, host=host)

    data["title"] = "2022年度學校党建工作会议"
    response = client.post(reverse("admin:meetings_meeting_add"), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "这是同一次会议吗？" in page
    assert reverse("admin:meetings_meeting_change", args=[existing.pk]) in page
    assert Meeting.objects.count() == 1

    data["confirm_new"] = "on"
    assert client.post(reverse("admin:meetings_meeting_add"), data).status_code == 302
    assert Meeting.objects.count() == 2


def test_a_meeting_of_another_day_or_title_is_no_duplicate(client, clerk_user, seed_record):
    client.force_login(clerk_user)
    data = seed_meeting_post_data(seed_record)
    host = Organisation.objects.get(pk=data["host"])
    ClerkScopeFactory(user=clerk_user, organisation=host)
    MeetingFactory(title="2022年度党建工作会议", date=DAY - datetime.timedelta(days=1), host=host)
    MeetingFactory(title="理论学习中心组第三次集体学习", date=DAY, host=host)

    assert client.post(reverse("admin:meetings_meeting_add"), data).status_code == 302


def test_pledge_parties_are_entered_on_the_meeting_page(client, clerk_user):
    pledge = PledgeFactory(meeting=DraftMeetingFactory())
    ClerkScopeFactory(user=clerk_user, organisation=pledge.meeting.host)
    branch = Organisation.objects.create(name="材料加工系党支部")
    client.force_login(clerk_user)
    url = reverse("admin:meetings_meeting_change", args=[pledge.meeting.pk])
    data = change_form_data(client.get(url))

    data["pledges-0-party_names"] = f"{pledge.meeting.host.name}、材料加工系黨支部"
    assert client.post(url, data).status_code == 302
    assert [p.organisation for p in PledgeParty.objects.filter(pledge=pledge)] == [
        pledge.meeting.host,
        branch,
    ]
    assert f"{pledge.meeting.host.name}、材料加工系党支部" in client.get(url).content.decode()


def test_an_unknown_pledge_party_is_refused_and_nothing_changes(client, clerk_user):
    pledge = PledgeFactory(meeting=DraftMeetingFactory())
    ClerkScopeFactory(user=clerk_user, organisation=pledge.meeting.host)
    client.force_login(clerk_user)
    url = reverse("admin:meetings_meeting_change", args=[pledge.meeting.pk])
    data = change_form_data(client.get(url))
    data["pledges-0-party_names"] = "不存在的党委"
    data["title"] = "不应保存的标题"

    response = client.post(url, data)

    assert response.status_code == 200
    assert "找不到组织“不存在的党委”" in response.content.decode()
    assert not PledgeParty.objects.exists()
    assert Meeting.objects.get(pk=pledge.meeting.pk).title != "不应保存的标题"


def test_admin_search_and_autocomplete_fold_traditional_names(client, clerk_user, seed_meeting):
    ClerkScopeFactory(user=clerk_user, organisation=seed_meeting.host)
    client.force_login(clerk_user)

    response = client.get(reverse("admin:meetings_meeting_changelist"), {"q": "鄭強"})
    assert list(response.context["cl"].result_list) == [seed_meeting]

    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "鄭強",
            "app_label": "meetings",
            "model_name": "attendance",
            "field_name": "person",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["郑强"]
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "電氣與動力",
            "app_label": "meetings",
            "model_name": "agendaitem",
            "field_name": "org",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["电气与动力工程学院党委"]
