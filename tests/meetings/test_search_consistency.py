"""The index follows every write in the same transaction, renames included (issue 14.2, 14.3),
and the tokens of a text depend on the text alone (issue 15.1)."""

import time

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse

from meetings.models import DECISIONS_MAX, Meeting
from meetings.search import search_meetings
from meetings.services import RecordsRejected, meeting_records_import
from orgs.models import Organisation, Person
from tests.admin_forms import empty_inlines
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    DraftMeetingFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return [m.title for m in search_meetings(Meeting.objects.all(), query)]


def test_a_name_jieba_does_not_know_is_found_whole():
    meeting = MeetingFactory(title="支部大会")
    AttendanceFactory(meeting=meeting, person=PersonFactory(name="欧阳明远"))

    assert found("欧阳明远") == ["支部大会"]
    assert found("歐陽明遠") == ["支部大会"]


def test_a_short_name_does_not_find_a_longer_one_that_starts_with_it():
    meeting = MeetingFactory(title="支部大会")
    AttendanceFactory(meeting=meeting, person=PersonFactory(name="王伟明"))

    assert found("王伟明") == ["支部大会"]
    assert found("王伟") == []


def test_the_index_entry_commits_and_rolls_back_with_the_record(seed_record):
    seed_record["title"] = "索引同事务会议"
    with transaction.atomic():
        meeting_records_import(records=seed_record)
        # Indexed before the commit, inside the writing transaction.
        assert found("索引同事务") == ["索引同事务会议"]
        transaction.set_rollback(True)

    assert found("索引同事务") == []
    assert not Meeting.objects.filter(title="索引同事务会议").exists()


def test_renaming_a_person_reindexes_the_meetings_that_name_them():
    person = PersonFactory(name="宇文青山")
    meeting = MeetingFactory(title="支部大会", recorder=person)
    AgendaItemFactory(meeting=MeetingFactory(title="党课"), speaker=person)
    AttendanceFactory(meeting=meeting, person=person)

    person.name = "慕容白石"
    person.save()

    assert found("宇文青山") == []
    assert sorted(found("慕容白石")) == ["党课", "支部大会"]


def test_renaming_a_unit_in_the_admin_reindexes_the_meetings_it_hosts(client, superuser):
    unit = OrganisationFactory(name="旧称学院党委")
    MeetingFactory(title="中心组学习", host=unit)
    client.force_login(superuser)

    response = client.post(
        reverse("admin:orgs_organisation_change", args=[unit.pk]),
        {
            "name": "新称书院党委",
            "short_name": "",
            "kind": unit.kind,
            "parent": "",
            "sort_order": 0,
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert found("旧称学院") == []
    assert found("新称书院") == ["中心组学习"]


def test_renaming_a_person_in_the_admin_reindexes_their_meetings(client, superuser):
    person = PersonFactory(name="端木云飞")
    AttendanceFactory(meeting=MeetingFactory(title="支部大会"), person=person)
    client.force_login(superuser)

    response = client.post(
        reverse("admin:orgs_person_change", args=[person.pk]),
        {
            "name": "端木云起",
            "note": "",
            "positions-TOTAL_FORMS": "0",
            "positions-INITIAL_FORMS": "0",
            "positions-MIN_NUM_FORMS": "0",
            "positions-MAX_NUM_FORMS": "1000",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert found("端木云飞") == []
    assert found("端木云起") == ["支部大会"]


def test_a_too_long_decisions_text_is_refused_in_chinese_and_nothing_changes(client, superuser):
    meeting = DraftMeetingFactory(title="原名称会议", decisions="")
    client.force_login(superuser)
    data = {
        "title": "改名会议",
        "kind": meeting.kind,
        "date": "2023-03-15",
        "host": meeting.host_id,
        "status": "published",
        "visibility": "public",
        "version": meeting.version,
        "decisions": "决" * 120_000,
        **empty_inlines(),
    }

    started = time.perf_counter()
    response = client.post(reverse("admin:meetings_meeting_change", args=[meeting.pk]), data)

    assert time.perf_counter() - started < 10
    assert response.status_code == 200
    assert f"{DECISIONS_MAX}" in response.content.decode()
    assert "不超过" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.title == "原名称会议"


def test_full_clean_refuses_a_too_long_text():
    meeting = MeetingFactory(decisions="决" * (DECISIONS_MAX + 1))
    with pytest.raises(ValidationError, match="decisions"):
        meeting.full_clean()


def test_an_import_with_a_ten_million_character_field_is_refused_quickly(seed_record):
    seed_record["source"] = {"text": "党" * 10_000_000}
    seed_record["decisions"] = ["决" * 20_000]

    started = time.perf_counter()
    with pytest.raises(RecordsRejected) as refused:
        meeting_records_import(records=seed_record)

    assert time.perf_counter() - started < 10
    message = str(refused.value)
    assert "source.text" in message and "decisions" in message and "过长" in message


def test_a_longest_allowed_unpunctuated_text_is_saved_and_indexed_in_seconds():
    meeting = MeetingFactory(title="长文会议")
    started = time.perf_counter()
    AgendaItemFactory(meeting=meeting, text="龘" * 29_990 + "乡村振兴")

    assert time.perf_counter() - started < 10
    assert found("长文会议") == ["长文会议"]


def test_a_refused_record_is_named_by_the_start_of_its_title_not_the_whole_of_it(seed_record):
    seed_record["title"] = "会" * 100_000
    with pytest.raises(RecordsRejected) as refused:
        meeting_records_import(records=seed_record)

    message = str(refused.value)
    assert "《" + "会" * 40 + "…》" in message and "过长" in message
    assert len(message) < 1_000


class ListenerFailed(Exception):
    pass


@pytest.fixture
def failing_listener():
    """A post_save listener of our own that fails after the archive's listeners ran."""
    from django.db.models.signals import post_save

    def fail(sender, **kwargs):
        raise ListenerFailed

    yield lambda model: post_save.connect(fail, sender=model, weak=False)
    for model in (Person, Organisation):
        post_save.disconnect(fail, sender=model)


@pytest.mark.django_db(transaction=True)
def test_a_rename_outside_a_transaction_whose_listeners_fail_changes_nothing(failing_listener):
    person = PersonFactory(name="司马长风")
    AttendanceFactory(meeting=MeetingFactory(title="支部大会"), person=person)
    failing_listener(Person)

    person.name = "司马长云"
    with pytest.raises(ListenerFailed):
        person.save()

    assert Person.objects.get(pk=person.pk).name == "司马长风"
    assert found("司马长风") == ["支部大会"]
    assert found("司马长云") == []


@pytest.mark.django_db(transaction=True)
def test_a_unit_renamed_and_moved_outside_a_transaction_whose_listeners_fail_changes_nothing(
    failing_listener,
):
    old_parent, new_parent = OrganisationFactory(name="甲学院"), OrganisationFactory(name="乙学院")
    unit = OrganisationFactory(name="第一党支部", parent=old_parent)
    child = OrganisationFactory(name="第一党小组", parent=unit)
    paths = dict(Organisation.objects.values_list("pk", "path"))
    failing_listener(Organisation)

    unit.parent, unit.name = new_parent, "第二党支部"
    with pytest.raises(ListenerFailed):
        unit.save()

    assert Organisation.objects.get(pk=unit.pk).name == "第一党支部"
    assert dict(Organisation.objects.values_list("pk", "path")) == paths
    assert Organisation.objects.get(pk=child.pk).path.startswith(old_parent.path)
