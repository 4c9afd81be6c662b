"""The meeting-record/1 interchange format: validation of incoming records and the export shape.

See ../shared/docs/meeting-record-format.md. Validation is pure (no database) so that a
file is checked whole before anything is written.
"""

import datetime
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath
from typing import Any

from django.db.models import TextChoices

from common.text import fold, strip_invisible
from meetings.models import (
    FORMAT_TAG,
    TITLE_SEPARATOR,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceRole,
    AttendeeGroup,
    Document,
    Meeting,
    MeetingChair,
    MeetingKind,
    MeetingStatus,
    MeetingVisibility,
    Pledge,
    PledgeParty,
    Retention,
)
from meetings.validators import date_out_of_range_message
from orgs.models import Organisation, Person

_TIME = re.compile(r"^(上午|下午|晚上|\d{1,2}:\d{2}(-\d{1,2}:\d{2})?)$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SURROGATE = re.compile("[\ud800-\udfff]")

# What a record leaves out of each model, and why. Every other concrete field travels in
# the record: tests/meetings/test_interchange.py walks the models and fails on a field
# that is in neither, so a new field cannot be forgotten by the export.
NOT_IN_RECORD: dict[type, dict[str, str]] = {
    Meeting: {
        "id": "the database's own key",
        "created_by": "an account of this installation, not part of the record",
        "created_at": "bookkeeping; the history keeps who changed what when",
        "updated_at": "bookkeeping; the history keeps who changed what when",
        "version": "optimistic locking of this database's edits",
        "submitted_by": "an account of this installation; a bundle's review.json keeps the flow",
        "submitted_at": "the review flow's state, kept with its steps in a bundle's review.json",
    },
    **{
        model: {
            "id": "the database's own key",
            parent: "implied: the row is nested in its parent",
            "order": "implied: the position in its list",
        }
        for model, parent in [
            (MeetingChair, "meeting"),
            (Attendance, "meeting"),
            (AttendeeGroup, "meeting"),
            (AgendaItem, "meeting"),
            (Document, "meeting"),
            (Pledge, "meeting"),
            (PledgeParty, "pledge"),
        ]
    },
}

# Archive management left out of /meetings/<id>.json (`archived` is never true there).
INTERNAL_KEYS = frozenset({"archived", "retention", "file_number"})


@dataclass(frozen=True)
class RecordError:
    """One problem in one record, named so a clerk can find it (its title cut at 40)."""

    index: int  # 1-based position in the file
    title: str
    field: str
    message: str

    def __str__(self) -> str:
        title = self.title[:40] + ("…" if len(self.title) > 40 else "")
        label = f"第 {self.index} 条记录" + (f"《{title}》" if title else "")
        # A lone surrogate from the file would make the message itself unprintable.
        return _printable(f"{label} 字段 {self.field}：{self.message}")


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


MAX_HEADCOUNT = 100_000


class RecordStatus(TextChoices):
    """The states meeting-record/1 names (a subset of MeetingStatus)."""

    DRAFT = MeetingStatus.DRAFT.value
    PUBLISHED = MeetingStatus.PUBLISHED.value


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
    _check_meeting(check, record)
    _check_archive_fields(check, record)
    name_length = _max_length(Person, "name")
    chairs = check.string_list(record, "chairs", "chairs", max_length=name_length)
    if len({fold(c) for c in chairs}) != len(chairs):
        check.error("chairs", "主持人重复 (duplicate chair)")
    check.string(record, "recorder", "recorder", max_length=name_length)
    _check_attendees(check, record, name_length)
    _check_groups(check, record)
    _check_agenda(check, record, name_length)
    _check_documents(check, record)
    _check_pledges(check, record)
    _check_source(check, record.get("source"))
    if not check.errors:
        _check_characters(check, record)
    return check.errors


def _check_meeting(check: _Checker, record: dict) -> None:
    check.string(record, "title", "title", required=True, max_length=_max_length(Meeting, "title"))
    check.choice(record, "kind", "kind", MeetingKind, required=True)
    _check_date(check, "date", record.get("date"), required=True)
    time = record.get("time")
    if time is not None and (not isinstance(time, str) or not _TIME.match(time)):
        check.error("time", "应为 上午、下午、晚上、HH:MM 或 HH:MM-HH:MM (bad time)")
    check.string(record, "venue", "venue", max_length=_max_length(Meeting, "venue"))
    check.string(record, "host", "host", max_length=_max_length(Organisation, "name"))
    for key in ("expected", "present"):
        value = record.get(key)
        # The upper bound keeps every database alike: SQLite would store 2**31, PostgreSQL not.
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_HEADCOUNT
        ):
            check.error(key, f"应为 0 至 {MAX_HEADCOUNT} 的整数 (must be a headcount)")
    check.string(record, "summary", "summary", max_length=_max_length(Meeting, "summary"))
    decisions = check.string_list(record, "decisions", "decisions")
    if len("\n".join(decisions)) > _max_length(Meeting, "decisions"):
        limit = _max_length(Meeting, "decisions")
        check.error("decisions", f"总长度过长，最多 {limit} 个字符 (too long)")
    check.choice(record, "status", "status", RecordStatus)
    check.choice(record, "visibility", "visibility", MeetingVisibility)


def _check_archive_fields(check: _Checker, record: dict) -> None:
    archived = record.get("archived")
    if archived is not None and not isinstance(archived, bool):
        check.error("archived", "应为 true 或 false (must be a boolean)")
    check.choice(record, "retention", "retention", Retention)
    check.string(
        record, "file_number", "file_number", max_length=_max_length(Meeting, "file_number")
    )


def _check_characters(check: _Checker, record: dict) -> None:
    """NUL characters and lone surrogates pass JSON and every check above, but no database
    can store them."""
    # json.dumps writes both as \u escapes: a fast test over the whole record that is exact
    # up to such an escape typed into some text, which the walk then rules out.
    dumped = json.dumps(record)
    if "\\u0000" not in dumped and not re.search(r"\\ud[89a-f]", dumped):
        return
    for field, text in _strings(record, "(record)"):
        if "\x00" in text:
            check.error(field, "含有空字符 (NUL)，数据库无法保存 (NUL character)")
        if _SURROGATE.search(text):
            check.error(field, "含有不成对的代理字符，不是有效的 Unicode 文本 (lone surrogate)")


def _strings(value, path: str):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, key if path == "(record)" else f"{path}.{key}")
    elif isinstance(value, list):
        for position, item in enumerate(value, 1):
            yield from _strings(item, f"{path}[{position}]")


def _parse_date(value: Any) -> datetime.date | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _check_date(check: _Checker, field: str, value: Any, *, required: bool = False) -> None:
    if value is None or value == "":
        if required:
            check.error(field, "必填，不能为空 (required)")
        return
    parsed = _parse_date(value)
    if parsed is None:
        check.error(field, f"“{value}”不是有效日期，应为 YYYY-MM-DD (bad date)")
    elif message := date_out_of_range_message(parsed):
        check.error(field, f"{message} (out of range)")


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


def _check_groups(check: _Checker, record: dict) -> None:
    groups = check.object_list(record, "attendee_groups", "attendee_groups")
    for position, group in enumerate(groups, 1):
        field = f"attendee_groups[{position}]"
        check.string(
            group,
            "name",
            f"{field}.name",
            required=True,
            max_length=_max_length(AttendeeGroup, "name"),
        )
        check.choice(group, "role", f"{field}.role", AttendanceRole)


def _check_agenda(check: _Checker, record: dict, name_length: int) -> None:
    for position, item in enumerate(check.object_list(record, "agenda", "agenda"), 1):
        field = f"agenda[{position}]"
        check.choice(item, "kind", f"{field}.kind", AgendaKind, required=True)
        check.string(item, "speaker", f"{field}.speaker", max_length=name_length)
        check.string(item, "org", f"{field}.org", max_length=_max_length(Organisation, "name"))
        check.string(item, "title", f"{field}.title", max_length=_max_length(AgendaItem, "title"))
        check.string(item, "text", f"{field}.text", max_length=_max_length(AgendaItem, "text"))
        titles = check.string_list(item, "speaker_titles", f"{field}.speaker_titles")
        if len(TITLE_SEPARATOR.join(titles)) > _max_length(AgendaItem, "speaker_titles"):
            check.error(f"{field}.speaker_titles", "职务总长度过长 (too long)")
        documents = check.string_list(item, "documents", f"{field}.documents", max_length=300)
        if len("\n".join(documents)) > _max_length(AgendaItem, "document_titles"):
            check.error(f"{field}.documents", "文件名总长度过长 (too long)")


def _check_documents(check: _Checker, record: dict) -> None:
    documents = record.get("documents")
    if documents is None:
        return
    if not isinstance(documents, list) or not all(isinstance(d, str | dict) for d in documents):
        check.error(
            "documents",
            "应为文件名称或 {title, issuer, number, file} 对象的列表 (must be a list)",
        )
        return
    for position, document in enumerate(documents, 1):
        field = f"documents[{position}]"
        if isinstance(document, str):
            check.string({"title": document}, "title", field, required=True, max_length=300)
            continue
        check.string(document, "title", f"{field}.title", required=True, max_length=300)
        for key in ("issuer", "number"):
            check.string(document, key, f"{field}.{key}", max_length=_max_length(Document, key))
        _check_file(check, document.get("file"), f"{field}.file")


def _check_file(check: _Checker, value: Any, field: str) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        check.error(field, "应为对象 {name, sha256} 或 null (must be an object)")
        return
    if not _is_storage_name(value.get("name")):
        check.error(
            f"{field}.name",
            f"应为存储中的相对路径，不含“..”，最多 {FILE_NAME_MAX_LENGTH} 个字符 (bad file name)",
        )
    sha256 = value.get("sha256")
    if not isinstance(sha256, str) or not _SHA256.match(sha256):
        check.error(f"{field}.sha256", "应为 64 位小写十六进制的 SHA-256 (bad sha256)")


FILE_NAME_MAX_LENGTH = Document._meta.get_field("file").max_length


def _is_storage_name(name: Any) -> bool:
    """A name inside the storage: relative, normalised, never climbing out of it."""
    if not isinstance(name, str) or not 0 < len(name) <= FILE_NAME_MAX_LENGTH:
        return False
    if "\\" in name or "\x00" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and str(path) == name


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
        _check_file(check, pledge.get("scan"), f"{field}.scan")


def _check_source(check: _Checker, source: Any) -> None:
    if source is None:
        return
    if not isinstance(source, dict):
        check.error("source", "应为对象 {text, url, published} (must be an object)")
        return
    check.string(source, "text", "source.text", max_length=_max_length(Meeting, "source_text"))
    check.string(source, "url", "source.url", max_length=_max_length(Meeting, "source_url"))
    _check_date(check, "source.published", source.get("published"))


def parse_date(value: str | None) -> datetime.date | None:
    return _parse_date(value) if value else None


# Names and titles are compared and stored without invisible characters: a zero-width
# space pasted into `郑强` must neither make a second person nor hide in a title.
_NAMED_PARTS = {
    "attendees": ("name", "titles"),
    "attendee_groups": ("name",),
    "agenda": ("speaker", "org", "title", "speaker_titles", "documents"),
    "documents": ("title", "issuer"),
    "pledges": ("title", "parties"),
}


def record_cleaned(record: Any) -> Any:
    """The record with invisible characters removed from every name and title.

    Values of the wrong type are left as they are, for record_errors to name. Only what
    changes is copied (a record that needs no cleaning comes back as it is): the caller's
    objects are never modified, and a file of clean records costs no copies.
    """
    if not isinstance(record, dict):
        return record
    record = _blank_names_absent(_cleaned_keys(record, ("title", "host", "recorder", "chairs")))
    for key, fields in _NAMED_PARTS.items():
        items = record.get(key)
        if isinstance(items, list):
            cleaned = [
                _blank_names_absent(_cleaned_keys(item, fields))
                if isinstance(item, dict)
                else _cleaned(item)
                for item in items
            ]
            if any(new is not old for new, old in zip(cleaned, items, strict=True)):
                record = {**record, key: cleaned}
    return record


# Optional names: record_errors lets one made only of blanks pass as absent, so it must
# also be absent on import, not a person or unit without a name.
_OPTIONAL_NAMES = ("host", "recorder", "speaker", "org")


def _blank_names_absent(data: dict) -> dict:
    """`data`, or a copy with its optional names made of blanks set to None."""
    blank = [
        key for key in _OPTIONAL_NAMES if isinstance(data.get(key), str) and not data[key].strip()
    ]
    return {**data, **dict.fromkeys(blank)} if blank else data


def _cleaned_keys(data: dict, keys) -> dict:
    """`data`, or a copy with the values of `keys` cleaned where that changes them."""
    changed = {}
    for key in keys:
        if key in data:
            value = data[key]
            cleaned = _cleaned(value)
            if cleaned is not value:
                changed[key] = cleaned
    return {**data, **changed} if changed else data


def _cleaned(value):
    """`value` without invisible characters; the same object when it had none."""
    if isinstance(value, str):
        return strip_invisible(value)  # re.sub returns its argument when nothing matched
    if isinstance(value, list):
        cleaned = [strip_invisible(v) if isinstance(v, str) else v for v in value]
        return value if all(a is b for a, b in zip(cleaned, value, strict=True)) else cleaned
    return value


def _none_if_blank(value: str) -> str | None:
    return value or None


def meeting_to_record(meeting: Meeting, *, public: bool = False) -> dict:
    """One meeting as a meeting-record/1 object.

    Keys the shared examples never had (`present`, `summary`, `archived`, `retention`,
    `file_number`, a pledge's `scan`) are written only when they hold something, and a
    document is a plain title unless it has an issuer, a number or a file: records that
    use none of them export exactly as before. `public` leaves out INTERNAL_KEYS.
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
    _add_if_set(record, {"expected": meeting.expected, "present": meeting.present})
    record["attendees"] = [_attendee_record(a) for a in meeting.attendances.all()]
    record["attendee_groups"] = [
        {"name": group.name, "role": group.role} for group in meeting.attendee_groups.all()
    ]
    record["agenda"] = [_agenda_record(item) for item in meeting.agenda_items.all()]
    record["documents"] = [_document_record(document) for document in meeting.documents.all()]
    record["pledges"] = [_pledge_record(pledge) for pledge in meeting.pledges.all()]
    _add_if_set(record, {"summary": meeting.summary or None})
    record["decisions"] = meeting.decision_list
    archive_fields = {
        "archived": meeting.archived or None,
        "retention": meeting.retention or None,
        "file_number": meeting.file_number or None,
    }
    _add_if_set(record, {} if public else archive_fields)
    # The format knows draft and published; the review flow's finer states (submitted,
    # returned) travel in a bundle's review.json (meetings.workflow.review_log_export).
    record["status"] = (
        MeetingStatus.PUBLISHED
        if meeting.status == MeetingStatus.PUBLISHED
        else MeetingStatus.DRAFT
    )
    record["visibility"] = meeting.visibility
    record["source"] = _source_record(meeting)
    return record


def _add_if_set(record: dict, values: dict) -> None:
    record.update((key, value) for key, value in values.items() if value is not None)


def _agenda_record(item: AgendaItem) -> dict:
    return {
        "kind": item.kind,
        "speaker": item.speaker.name if item.speaker_id else None,
        "speaker_titles": item.speaker_title_list,
        "org": item.org.name if item.org_id else None,
        "title": _none_if_blank(item.title),
        "documents": item.document_list,
        "text": _none_if_blank(item.text),
    }


def _file_record(field_file, sha256: str) -> dict | None:
    return {"name": field_file.name, "sha256": sha256} if field_file else None


def _document_record(document: Document) -> str | dict:
    if not (document.issuer or document.number or document.file):
        return document.title
    return {
        "title": document.title,
        "issuer": _none_if_blank(document.issuer),
        "number": _none_if_blank(document.number),
        "file": _file_record(document.file, document.file_sha256),
    }


def _pledge_record(pledge: Pledge) -> dict:
    record = {
        "title": pledge.title,
        "year": pledge.year,
        "parties": [link.organisation.name for link in pledge.party_links.all()],
    }
    _add_if_set(record, {"scan": _file_record(pledge.scan, pledge.scan_sha256)})
    return record


def _source_record(meeting: Meeting) -> dict | None:
    if not (meeting.source_text or meeting.source_url or meeting.source_published):
        return None
    return {
        "text": meeting.source_text,
        "url": _none_if_blank(meeting.source_url),
        "published": meeting.source_published.isoformat() if meeting.source_published else None,
    }


def _attendee_record(attendance: Attendance) -> dict:
    record = {
        "name": attendance.person.name,
        "titles": attendance.title_list,
        "role": attendance.role,
    }
    if attendance.reason:
        record["reason"] = attendance.reason
    return record
