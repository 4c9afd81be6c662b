"""Hostile import files are refused with one line per problem, and nothing is written."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from meetings.models import Meeting
from meetings.services import RecordsRejected, meeting_records_import
from orgs.models import Organisation, Person
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def import_bytes(tmp_path, data: bytes) -> tuple[str, str]:
    """Runs import_meetings on `data`; returns (the error, what went to stderr)."""
    path = tmp_path / "hostile.json"
    path.write_bytes(data)
    stderr = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("import_meetings", str(path), stdout=StringIO(), stderr=stderr)
    assert not Meeting.objects.exists()
    assert not Person.objects.exists()
    return str(refused.value), stderr.getvalue()


def seed_json(seed_record: dict) -> str:
    return json.dumps(seed_record, ensure_ascii=False)


def test_deep_nesting_is_refused_in_one_line(tmp_path):
    message, _ = import_bytes(tmp_path, b"[" * 100_000 + b"]" * 100_000)
    assert message == "JSON 嵌套超过 20 层，不是会议记录 (nested too deeply)"


def test_nesting_deep_enough_to_hurt_but_not_the_stack_is_refused(tmp_path, seed_record):
    seed_record["source"] = {"text": "x", "url": None, "published": None}
    nested = seed_json(seed_record).replace('"x"', "[" * 500 + "1" + "]" * 500, 1)
    message, _ = import_bytes(tmp_path, nested.encode())
    assert message == "JSON 嵌套超过 20 层，不是会议记录 (nested too deeply)"


def test_a_five_thousand_digit_number_is_refused_in_one_line(tmp_path, seed_record):
    data = seed_json(seed_record).replace('"format"', '"expected": ' + "9" * 5000 + ', "format"')
    message, _ = import_bytes(tmp_path, data.encode())
    assert message == "数字位数过多 (number too long)"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_numbers_json_does_not_have_are_refused(tmp_path, seed_record, constant):
    data = seed_json(seed_record).replace('"format"', f'"expected": {constant}, "format"')
    message, _ = import_bytes(tmp_path, data.encode())
    assert message == f"不接受 {constant}，JSON 中没有这个值 (not JSON)"


@pytest.mark.parametrize("number", ["1e999", "-" + "1" * 400, "2.5"])
def test_numbers_no_headcount_can_be_are_refused_by_their_field(tmp_path, seed_record, number):
    data = seed_json(seed_record).replace('"format"', f'"expected": {number}, "format"')
    _, stderr = import_bytes(tmp_path, data.encode())
    assert stderr == (
        "第 1 条记录《2022年度党建工作会议》 字段 expected：应为 0 至 100000 的整数 (must be a headcount)\n"
    )


def test_a_lone_surrogate_is_refused_naming_the_field(tmp_path, seed_record):
    data = seed_json(seed_record).replace('"venue": "', '"venue": "\\ud800', 1)
    message, stderr = import_bytes(tmp_path, data.encode())
    assert stderr == (
        "第 1 条记录《2022年度党建工作会议》 字段 venue："
        "含有不成对的代理字符，不是有效的 Unicode 文本 (lone surrogate)\n"
    )
    assert "未导入" in message


def test_a_lone_surrogate_in_the_title_still_prints_a_readable_message(tmp_path, seed_record):
    data = seed_json(seed_record).replace('"title": "', '"title": "\\udfff', 1)
    _, stderr = import_bytes(tmp_path, data.encode())
    assert stderr.startswith("第 1 条记录《\\udfff2022年度党建工作会议》 字段 title：")


def test_invalid_utf8_is_refused_with_its_position(tmp_path, seed_record):
    data = seed_json(seed_record).encode()
    message, _ = import_bytes(tmp_path, data[:10] + b"\xff\xfe" + data[10:])
    assert message == "文件不是有效的 UTF-8 编码：第 11 个字节无法解码 (invalid UTF-8)"


def test_duplicate_keys_are_refused_one_line_each(tmp_path, seed_record):
    data = seed_json(seed_record).replace(
        '"format"', '"title": "另一个标题", "kind": "其他", "format"'
    )
    message, _ = import_bytes(tmp_path, data.encode())
    assert message.splitlines() == [
        "JSON 对象中键“title”重复出现 (duplicate key)",
        "JSON 对象中键“kind”重复出现 (duplicate key)",
    ]


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u00ad", "\u3164"]


@pytest.mark.parametrize("mark", ZERO_WIDTH, ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_in_a_name_do_not_make_a_new_person(seed_record, mark):
    existing = PersonFactory(name="郑强")
    seed_record["attendees"][0]["name"] = f"郑{mark}强"
    seed_record["chairs"] = [f"{mark}孙宏斌"]
    (meeting,) = meeting_records_import(records=seed_record)
    assert meeting.attendances.filter(person=existing).exists()
    assert Person.objects.filter(name_key="郑强").count() == 1
    assert Person.objects.get(name_key="孙宏斌").name == "孙宏斌"


def test_invisible_characters_are_removed_from_titles_and_unit_names(seed_record):
    seed_record["title"] = "2022年度\u200b党建工作会议\u2060"
    seed_record["host"] = "太原\u200d理工大学"
    seed_record["documents"] = ["关于\ufeff开展工作的通知"]
    seed_record["pledges"][0]["title"] = "党建\u200b工作责任书"
    (meeting,) = meeting_records_import(records=seed_record)
    assert meeting.title == "2022年度党建工作会议"
    assert meeting.host.name == "太原理工大学"
    assert meeting.documents.get().title == "关于开展工作的通知"
    assert meeting.pledges.first().title == "党建工作责任书"
    assert Organisation.objects.filter(name__contains="\u200d").count() == 0


def test_a_name_of_invisible_characters_only_is_refused_as_empty(seed_record):
    seed_record["chairs"] = ["\u200b\u200c"]
    with pytest.raises(RecordsRejected, match="chairs\\[1\\]"):
        meeting_records_import(records=seed_record)


def test_optional_names_made_of_blanks_are_absent_not_nameless_people_or_units(seed_record):
    seed_record.update(host=" ", recorder="\u3000")
    seed_record["agenda"][0].update(speaker="  ", org="\t")

    [meeting] = meeting_records_import(records=[seed_record])

    assert (meeting.host, meeting.recorder) == (None, None)
    first = meeting.agenda_items.order_by("order").first()
    assert (first.speaker, first.org) == (None, None)
    assert not Person.objects.filter(name__regex=r"^\s*$").exists()
    assert not Organisation.objects.filter(name__regex=r"^\s*$").exists()
