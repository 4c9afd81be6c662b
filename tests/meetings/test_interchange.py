import copy
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from meetings.interchange import meeting_to_record, record_cleaned, record_errors
from meetings.models import Attendance, Meeting
from meetings.selectors import meetings_for_export
from meetings.services import RecordsRejected, meeting_records_import
from orgs.models import Organisation, Person
from tests.conftest import DATA_DIR
from tests.factories import PersonFactory, PositionFactory

pytestmark = pytest.mark.django_db

EXAMPLE_FILES = sorted((DATA_DIR / "records").glob("*.json")) + [DATA_DIR / "seed-meeting.json"]


def export_all() -> list[dict]:
    return [meeting_to_record(m) for m in meetings_for_export()]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_import_then_export_gives_back_the_same_record_byte_for_byte(path: Path):
    text = path.read_text(encoding="utf-8")
    meeting_records_import(records=json.loads(text))
    (exported,) = export_all()
    assert json.dumps(exported, ensure_ascii=False, indent=2) == text.rstrip("\n")


def test_export_then_import_into_an_empty_database_reproduces_every_record(
    tmp_path, django_db_blocker
):
    records = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLE_FILES]
    meeting_records_import(records=records)
    output = tmp_path / "all.json"
    call_command("export_meetings", output=str(output), stderr=StringIO())
    exported = json.loads(output.read_text(encoding="utf-8"))

    Meeting.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    call_command("import_meetings", str(output), stdout=StringIO(), stderr=StringIO())

    assert export_all() == exported
    assert sorted(exported, key=lambda r: r["title"]) == sorted(records, key=lambda r: r["title"])


def full_record(seed_record: dict) -> dict:
    """A meeting with every field of the format filled, internal and still a draft."""
    return {
        **seed_record,
        "title": "2023年第一季度支部党员大会",
        "kind": "支部党员大会",
        "time": "14:30-16:00",
        "recorder": "王小红",
        "expected": 42,
        "attendees": [
            {"name": "郑强", "titles": ["校党委书记", "支部书记"], "role": "出席"},
            {"name": "李晋平", "titles": [], "role": "请假", "reason": "公出"},
            {"name": "刘润祥", "titles": ["副校长"], "role": "列席"},
        ],
        "agenda": [
            {
                "kind": "传达",
                "speaker": "郑强",
                "speaker_titles": ["校党委书记"],
                "org": "材料加工系党支部",
                "title": "传达上级会议精神",
                "documents": ["关于加强基层党建的意见", "党支部工作条例"],
                "text": "会议传达了上级会议精神。",
            }
        ],
        "pledges": [
            {
                "title": "党建工作责任书",
                "year": 2023,
                "parties": ["太原理工大学", "材料加工系党支部"],
            },
            {"title": "党风廉政建设责任书", "year": 2023, "parties": ["太原理工大学"]},
        ],
        "decisions": ["通过发展对象名单", "确定下季度学习计划"],
        "status": "draft",
        "visibility": "internal",
        "source": {
            "text": "原文",
            "url": "https://www.example.edu.cn/news/2023/0415.html",
            "published": "2023-04-15",
        },
    }


def test_a_meeting_with_every_field_filled_survives_export_and_import_into_an_empty_database(
    tmp_path, seed_record
):
    record = full_record(seed_record)
    meeting_records_import(records=[record, seed_record])
    output = tmp_path / "all.json"
    call_command("export_meetings", output=str(output), stderr=StringIO())

    Meeting.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    call_command("import_meetings", str(output), stdout=StringIO(), stderr=StringIO())

    by_title = {r["title"]: r for r in export_all()}
    assert by_title[record["title"]] == record
    assert by_title[seed_record["title"]] == seed_record
    meeting = Meeting.objects.get(title=record["title"])
    assert (meeting.status, meeting.visibility, meeting.expected) == ("draft", "internal", 42)


def test_export_runs_a_fixed_number_of_queries(django_assert_num_queries, seed_record):
    meeting_records_import(records=[seed_record, seed_record])
    # 1 meetings with host and recorder, 2 chairs, 3 attendances, 4 attendee groups,
    # 5 agenda items, 6 documents, 7 pledges, 8 pledge parties, 9 amendments.
    with django_assert_num_queries(9):
        export_all()


def test_traditional_names_match_existing_simplified_people(seed_record):
    existing = PersonFactory(name="郑强")
    seed_record["attendees"][0]["name"] = "鄭強"
    (meeting,) = meeting_records_import(records=seed_record)
    assert meeting.attendances.get(person=existing).role == "出席"
    assert Person.objects.filter(name_key="郑强").count() == 1


def test_people_named_twice_in_one_file_are_created_once(seed_record):
    second = dict(seed_record, title="另一次会议")
    meeting_records_import(records=[seed_record, second])
    assert Person.objects.filter(name_key="孙宏斌").count() == 1
    assert Organisation.objects.filter(name="太原理工大学").count() == 1


def test_shared_name_is_resolved_by_title(seed_record):
    PositionFactory(person=PersonFactory(name="郑强"), title="化学系主任")
    right = PositionFactory(person=PersonFactory(name="郑强"), title="校党委书记").person
    (meeting,) = meeting_records_import(records=seed_record)
    assert meeting.attendances.filter(person=right).exists()


def test_shared_name_without_distinguishing_titles_is_reported(seed_record):
    PersonFactory(name="郑强")
    PersonFactory(name="郑强")
    with pytest.raises(RecordsRejected) as rejected:
        meeting_records_import(records=seed_record)
    assert "郑强" in str(rejected.value)
    assert not Meeting.objects.exists()


def test_new_organisations_get_their_kind_from_the_name(seed_record):
    meeting_records_import(records=seed_record)
    assert Organisation.objects.get(name="材料加工系党支部").kind == "党支部"
    assert Organisation.objects.get(name="电气与动力工程学院党委").kind == "党委"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date": None}, "date"),
        ({"date": "2023-02-30"}, "date"),
        ({"kind": "茶话会"}, "kind"),
        ({"title": ""}, "title"),
        ({"title": 42}, "title"),
        ({"format": "meeting-record/2"}, "format"),
        ({"attendees": "郑强"}, "attendees"),
        ({"attendees": [{"name": "郑强", "role": "旁听"}]}, "attendees[1].role"),
        ({"agenda": [{"kind": "唱歌"}]}, "agenda[1].kind"),
        ({"pledges": [{"title": "责任书", "year": "2023"}]}, "pledges[1].year"),
        ({"expected": -3}, "expected"),
        ({"time": "早上八点"}, "time"),
        ({"status": "done"}, "status"),
        ({"source": {"text": "x", "published": "昨天"}}, "source.published"),
    ],
)
def test_each_kind_of_bad_field_is_named(seed_record, change, field):
    errors = record_errors({**seed_record, **change})
    assert [e.field for e in errors] == [field]


def test_a_file_with_one_bad_record_is_refused_whole(tmp_path, seed_record):
    good = dict(seed_record, title="好的记录")
    bad = dict(seed_record, title="坏的记录", date="2023-13-01", kind="未知")
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([good, bad], ensure_ascii=False), encoding="utf-8")
    stderr = StringIO()

    with pytest.raises(CommandError, match="未导入"):
        call_command("import_meetings", str(path), stdout=StringIO(), stderr=stderr)

    messages = stderr.getvalue()
    assert "第 2 条记录《坏的记录》 字段 date" in messages
    assert "第 2 条记录《坏的记录》 字段 kind" in messages
    assert "好的记录" not in messages
    assert not Meeting.objects.exists()
    assert not Person.objects.exists()


def test_malformed_json_is_refused_with_its_position(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "meeting-record/1", "title": ', encoding="utf-8")
    with pytest.raises(CommandError, match="JSON 格式错误：第 1 行"):
        call_command("import_meetings", str(path), stdout=StringIO(), stderr=StringIO())
    assert not Meeting.objects.exists()


def test_a_missing_file_is_a_clear_error():
    with pytest.raises(CommandError, match="找不到文件"):
        call_command(
            "import_meetings", "/nonexistent/file.json", stdout=StringIO(), stderr=StringIO()
        )


def test_import_command_reads_a_single_object(tmp_path, seed_record):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(seed_record, ensure_ascii=False), encoding="utf-8")
    stdout = StringIO()
    call_command("import_meetings", str(path), stdout=stdout, stderr=StringIO())
    assert "已导入 1 条" in stdout.getvalue()
    meeting = Meeting.objects.get()
    assert meeting.attendances.count() == 8
    assert meeting.agenda_items.count() == 12
    assert [p.title for p in meeting.pledges.all()] == [
        "党建工作责任书",
        "社会治安综合治理工作责任书",
    ]


def test_export_command_selects_by_id_and_rejects_unknown_ids(seed_meeting):
    stdout = StringIO()
    call_command("export_meetings", ids=[seed_meeting.pk], stdout=stdout)
    assert json.loads(stdout.getvalue())[0]["title"] == "2022年度党建工作会议"
    with pytest.raises(CommandError, match="找不到会议"):
        call_command("export_meetings", ids=[seed_meeting.pk + 999], stdout=StringIO())


def test_attendance_keeps_the_title_held_on_the_day(seed_meeting):
    attendance = Attendance.objects.get(meeting=seed_meeting, person__name="孙宏斌")
    assert attendance.title_list == ["校党委副书记", "副校长(主持行政工作)"]


def test_a_typed_backslash_u0000_is_text_not_a_nul(seed_record):
    (meeting,) = meeting_records_import(records=dict(seed_record, venue="报告厅\\u0000"))
    assert meeting.venue == "报告厅\\u0000"


def test_a_nul_character_refuses_the_record(seed_record):
    with pytest.raises(RecordsRejected, match="NUL"):
        meeting_records_import(records=dict(seed_record, venue="报告厅\x00"))
    assert not Meeting.objects.exists()


def test_a_record_that_needs_no_cleaning_comes_back_as_it_is(seed_record):
    assert record_cleaned(seed_record) is seed_record


def test_cleaning_copies_what_it_changes_and_leaves_the_callers_record_alone(seed_record):
    seed_record["agenda"][1]["speaker"] = "郑\u200b强"
    seed_record["agenda"][2]["org"] = " "
    original = copy.deepcopy(seed_record)

    cleaned = record_cleaned(seed_record)

    assert seed_record == original
    assert cleaned["agenda"][1]["speaker"] == "郑强"
    assert cleaned["agenda"][2]["org"] is None
    assert cleaned["agenda"][0] is seed_record["agenda"][0]
    assert cleaned["attendees"] is seed_record["attendees"]
    assert {**cleaned, "agenda": original["agenda"]} == original
