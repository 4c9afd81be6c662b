"""Checks of records to import against the archive and its file storage (the format's own
checks, which need neither, are in meetings.interchange)."""

import re

from meetings.files import stored_file_problem
from meetings.interchange import RecordError
from meetings.models import Meeting


def file_number_errors(records: list[dict]) -> list[RecordError]:
    """A 档号 is kept as given, so it must be new: to the file and to the archive. Records
    not checked yet may be read: a number that is not a string is left to record_errors."""
    numbers = [_file_number(record) for record in records]
    taken = set(
        Meeting.objects.filter(file_number__in={n for n in numbers if n}).values_list(
            "file_number", flat=True
        )
    )
    errors, seen = [], {}
    for index, (record, number) in enumerate(zip(records, numbers, strict=True), 1):
        if number in taken:
            message = f"档号“{number}”已被档案中的其他会议使用 (duplicate file number)"
        elif number in seen:
            message = f"档号“{number}”与第 {seen[number]} 条记录重复 (duplicate file number)"
        else:
            if number:
                seen[number] = index
            continue
        errors.append(RecordError(index, record.get("title") or "", "file_number", message))
    return errors


def _file_number(record) -> str:
    number = record.get("file_number") if isinstance(record, dict) else None
    return number.strip() if storable_text(number) else ""


# What record_errors refuses in any text, and what would fail a query (PostgreSQL refuses
# a NUL, the driver and `fold` a lone surrogate) before record_errors could name it.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable_text(value) -> bool:
    """A non-empty string that can go into a query: for reads ahead of record_errors."""
    return isinstance(value, str) and bool(value) and not _UNSTORABLE.search(value)


def _record_files(record: dict):
    """(field, {"name", "sha256"}) of every file a valid record pins."""
    for position, document in enumerate(record.get("documents") or [], 1):
        if isinstance(document, dict) and document.get("file"):
            yield f"documents[{position}].file", document["file"]
    for position, pledge in enumerate(record.get("pledges") or [], 1):
        if pledge.get("scan"):
            yield f"pledges[{position}].scan", pledge["scan"]


def stored_file_errors(records: list[dict]) -> list[RecordError]:
    """Each file a record names must be in the storage with the bytes its SHA-256 pins
    (restore MEDIA_ROOT, or unpack the export bundle, before importing)."""
    errors = []
    for index, record in enumerate(records, 1):
        for field, file in _record_files(record):
            problem = stored_file_problem(file["name"], file["sha256"])
            if problem:
                errors.append(RecordError(index, record["title"], field, problem))
    return errors
