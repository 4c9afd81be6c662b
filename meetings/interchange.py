"""The meeting-record/1 interchange format: validation of incoming records and the export shape.

See ../shared/docs/meeting-record-format.md. Validation is pure (no database) so that a
file is checked whole before anything is written.
"""

import datetime
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from common.text import fold
from meetings.models import (
    FORMAT_TAG,
    TITLE_SEPARATOR,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceRole,
    AttendeeGroup,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MeetingVisibility,
    Pledge,
)
from orgs.models import Organisation, Person

_TIME = re.compile(r"^(上午|下午|晚上|\d{1,2}:\d{2}(-\d{1,2}:\d{2})?)$")


@dataclass(frozen=True)
class RecordError:
    """One problem in one record, named so a clerk can find it."""

    index: int  # 1-based position in the file
    title: str
    field: str
    message: str

    def __str__(self) -> str:
        label = f"第 {self.index} 条记录" + (f"《{self.title}》" if self.title else "")
        return f"{label} 字段 {self.field}：{self.message}"


MAX_HEADCOUNT = 100_000


@cache
def _choice_values(choices) -> frozenset:
    return frozenset(choices.values)


@cache
def _max_length(model, field: str) -> int:
    return model._meta.get_field(field).max_length


class _Checker:
    """Collects every error of one record instead of stopping at the first."""

    def __init__(self, index: int, record: Any):
        self.index = index
        self.title = (
            record.get("title")
            if isinstance(record, dict) and isinstance(record.get("title"), str)
            else ""
        )
        self.errors: list[RecordError] = []

    def error(self, field: str, message: str) -> None:
        self.errors.append(RecordError(self.index, self.title, field, message))

    def string(self, data: dict, key: str, field: str, *, required=False, max_length=None):
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(field, "必填，不能为空 (required)")
            elif value is not None and not isinstance(value, str):
                self.error(field, "应为字符串 (must be a string)")
            return
        if not isinstance(value, str):
            self.error(field, "应为字符串 (must be a string)")
        elif max_length and len(value) > max_length:
            self.error(field, f"过长，最多 {max_length} 个字符 (too long)")

    def choice(self, data: dict, key: str, field: str, choices, *, required=False):
        value = data.get(key)
        if value is None and not required:
            return
        allowed_values = _choice_values(choices)
        if not isinstance(value, str) or value not in allowed_values:
            allowed = "、".join(choices.values)
            self.error(field, f"取值“{value}”无效，应为：{allowed} (unknown value)")

    def string_list(self, data: dict, key: str, field: str, *, max_length=None):
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(field, "应为字符串列表 (must be a list of strings)")
            return []
        for position, item in enumerate(value, 1):
            if not item.strip():
                self.error(f"{field}[{position}]", "不能为空 (empty)")
            elif max_length and len(item) > max_length:
                self.error(f"{field}[{position}]", f"过长，最多 {max_length} 个字符 (too long)")
        return value

    def object_list(self, data: dict, key: str, field: str) -> list[dict]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(field, "应为对象列表 (must be a list of objects)")
            return []
        return value


def record_errors(record: Any, index: int = 1) -> list[RecordError]:
    """Every problem of one record, or an empty list when it can be imported."""
    check = _Checker(index, record)
    if not isinstance(record, dict):
        check.error("(record)", "应为 JSON 对象 (must be an object)")
        return check.errors
    if record.get("format") != FORMAT_TAG:
        check.error("format", f"应为 “{FORMAT_TAG}” (wrong format tag)")
    check.string(record, "title", "title", required=True, max_length=_max_length(Meeting, "title"))
    check.choice(record, "kind", "kind", MeetingKind, required=True)
    _check_date(check, record.get("date"))
    time = record.get("time")
    if time is not None and (not isinstance(time, str) or not _TIME.match(time)):
        check.error("time", "应为 上午、下午、晚上、HH:MM 或 HH:MM-HH:MM (bad time)")
    check.string(record, "venue", "venue", max_length=_max_length(Meeting, "venue"))
    check.string(record, "host", "host", max_length=_max_length(Organisation, "name"))
    name_length = _max_length(Person, "name")
    chairs = check.string_list(record, "chairs", "chairs", max_length=name_length)
    if len({fold(c) for c in chairs}) != len(chairs):
        check.error("chairs", "主持人重复 (duplicate chair)")
    check.string(record, "recorder", "recorder", max_length=name_length)
    expected = record.get("expected")
    # The upper bound keeps every database alike: SQLite would store 2**31, PostgreSQL not.
    if expected is not None and (
        not isinstance(expected, int)
        or isinstance(expected, bool)
        or not 0 <= expected <= MAX_HEADCOUNT
    ):
        check.error("expected", f"应为 0 至 {MAX_HEADCOUNT} 的整数 (must be a headcount)")
    _check_attendees(check, record, name_length)
    for position, group in enumerate(
        check.object_list(record, "attendee_groups", "attendee_groups"), 1
    ):
        field = f"attendee_groups[{position}]"
        check.string(
            group,
            "name",
            f"{field}.name",
            required=True,
            max_length=_max_length(AttendeeGroup, "name"),
        )
        check.choice(group, "role", f"{field}.role", AttendanceRole)
    _check_agenda(check, record, name_length)
    check.string_list(record, "documents", "documents", max_length=300)
    _check_pledges(check, record)
    check.string_list(record, "decisions", "decisions")
    check.choice(record, "status", "status", MeetingStatus)
    check.choice(record, "visibility", "visibility", MeetingVisibility)
    _check_source(check, record.get("source"))
    if not check.errors and _has_nul(record):
        check.error("(record)", "含有空字符 (NUL)，数据库无法保存 (NUL character)")
    return check.errors


def _has_nul(record: dict) -> bool:
    """NUL characters pass JSON and every check above, but PostgreSQL cannot store them."""
    # json.dumps writes a NUL as \u0000: a fast test that is exact up to a literal
    # backslash-u0000 typed into some text, which the walk then rules out.
    return "\\u0000" in json.dumps(record) and any("\x00" in text for text in _strings(record))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _parse_date(value: Any) -> datetime.date | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _check_date(check: _Checker, value: Any) -> None:
    if value is None or value == "":
        check.error("date", "必填，不能为空 (required)")
    elif _parse_date(value) is None:
        check.error("date", f"“{value}”不是有效日期，应为 YYYY-MM-DD (bad date)")


def _check_attendees(check: _Checker, record: dict, name_length: int) -> None:
    seen = set()
    for position, attendee in enumerate(check.object_list(record, "attendees", "attendees"), 1):
        field = f"attendees[{position}]"
        check.string(attendee, "name", f"{field}.name", required=True, max_length=name_length)
        check.choice(attendee, "role", f"{field}.role", AttendanceRole)
        titles = check.string_list(attendee, "titles", f"{field}.titles")
        if len(TITLE_SEPARATOR.join(titles)) > _max_length(Attendance, "titles"):
            check.error(f"{field}.titles", "职务总长度过长 (too long)")
        check.string(
            attendee, "reason", f"{field}.reason", max_length=_max_length(Attendance, "reason")
        )
        key = fold(attendee.get("name")) if isinstance(attendee.get("name"), str) else None
        if key and key in seen:
            check.error(f"{field}.name", f"“{attendee['name']}”重复出现 (duplicate attendee)")
        seen.add(key)


def _check_agenda(check: _Checker, record: dict, name_length: int) -> None:
    for position, item in enumerate(check.object_list(record, "agenda", "agenda"), 1):
        field = f"agenda[{position}]"
        check.choice(item, "kind", f"{field}.kind", AgendaKind, required=True)
        check.string(item, "speaker", f"{field}.speaker", max_length=name_length)
        check.string(item, "org", f"{field}.org", max_length=_max_length(Organisation, "name"))
        check.string(item, "title", f"{field}.title", max_length=_max_length(AgendaItem, "title"))
        check.string(item, "text", f"{field}.text")
        titles = check.string_list(item, "speaker_titles", f"{field}.speaker_titles")
        if len(TITLE_SEPARATOR.join(titles)) > _max_length(AgendaItem, "speaker_titles"):
            check.error(f"{field}.speaker_titles", "职务总长度过长 (too long)")
        check.string_list(item, "documents", f"{field}.documents", max_length=300)


def _check_pledges(check: _Checker, record: dict) -> None:
    for position, pledge in enumerate(check.object_list(record, "pledges", "pledges"), 1):
        field = f"pledges[{position}]"
        check.string(
            pledge,
            "title",
            f"{field}.title",
            required=True,
            max_length=_max_length(Pledge, "title"),
        )
        year = pledge.get("year")
        if not isinstance(year, int) or isinstance(year, bool) or not 1921 <= year <= 2200:
            check.error(f"{field}.year", "应为四位年份 (must be a year)")
        check.string_list(
            pledge, "parties", f"{field}.parties", max_length=_max_length(Organisation, "name")
        )


def _check_source(check: _Checker, source: Any) -> None:
    if source is None:
        return
    if not isinstance(source, dict):
        check.error("source", "应为对象 {text, url, published} (must be an object)")
        return
    check.string(source, "text", "source.text")
    check.string(source, "url", "source.url", max_length=_max_length(Meeting, "source_url"))
    published = source.get("published")
    if published is not None and _parse_date(published) is None:
        check.error("source.published", f"“{published}”不是有效日期，应为 YYYY-MM-DD (bad date)")


def parse_date(value: str | None) -> datetime.date | None:
    return _parse_date(value) if value else None


def _none_if_blank(value: str) -> str | None:
    return value or None


def meeting_to_record(meeting: Meeting) -> dict:
    """One meeting as a meeting-record/1 object.

    Expects the relations prefetched as `meetings.selectors.meetings_for_export` does.
    """
    record: dict[str, Any] = {
        "format": FORMAT_TAG,
        "title": meeting.title,
        "kind": meeting.kind,
        "date": meeting.date.isoformat(),
        "time": _none_if_blank(meeting.time),
        "venue": _none_if_blank(meeting.venue),
        "host": meeting.host.name if meeting.host_id else None,
        "chairs": [link.person.name for link in meeting.chair_links.all()],
        "recorder": meeting.recorder.name if meeting.recorder_id else None,
    }
    if meeting.expected is not None:
        record["expected"] = meeting.expected
    record["attendees"] = [_attendee_record(a) for a in meeting.attendances.all()]
    record["attendee_groups"] = [
        {"name": group.name, "role": group.role} for group in meeting.attendee_groups.all()
    ]
    record["agenda"] = [
        {
            "kind": item.kind,
            "speaker": item.speaker.name if item.speaker_id else None,
            "speaker_titles": item.speaker_title_list,
            "org": item.org.name if item.org_id else None,
            "title": _none_if_blank(item.title),
            "documents": item.document_list,
            "text": _none_if_blank(item.text),
        }
        for item in meeting.agenda_items.all()
    ]
    record["documents"] = [document.title for document in meeting.documents.all()]
    record["pledges"] = [
        {
            "title": pledge.title,
            "year": pledge.year,
            "parties": [link.organisation.name for link in pledge.party_links.all()],
        }
        for pledge in meeting.pledges.all()
    ]
    record["decisions"] = meeting.decision_list
    record["status"] = meeting.status
    record["visibility"] = meeting.visibility
    has_source = meeting.source_text or meeting.source_url or meeting.source_published
    record["source"] = (
        {
            "text": meeting.source_text,
            "url": _none_if_blank(meeting.source_url),
            "published": meeting.source_published.isoformat() if meeting.source_published else None,
        }
        if has_source
        else None
    )
    return record


def _attendee_record(attendance: Attendance) -> dict:
    record = {
        "name": attendance.person.name,
        "titles": attendance.title_list,
        "role": attendance.role,
    }
    if attendance.reason:
        record["reason"] = attendance.reason
    return record
