"""Fixity: every uploaded file re-read through the storage API and compared with the
SHA-256 recorded at upload (Document.file_sha256, Pledge.scan_sha256)."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass

from django.core.files.storage import default_storage
from django.utils import timezone

from archival.models import FixityRun
from meetings.files import sha256_of
from meetings.models import Document, Pledge

OK = "正常"
MISSING = "缺失"
CHANGED = "已改变"
UNREADABLE = "无法读取"
UNREGISTERED = "未登记"


@dataclass(frozen=True)
class StoredFile:
    name: str
    recorded: str
    meeting_id: int
    meeting: str


def stored_files(meetings=None) -> list[StoredFile]:
    """Every upload (of `meetings` when given): two queries, no model instances."""
    rows = []
    for model, field in ((Document, "file"), (Pledge, "scan")):
        queryset = model.objects.exclude(**{field: ""})
        if meetings is not None:
            queryset = queryset.filter(meeting__in=meetings)
        rows += [
            StoredFile(name, recorded or "", meeting_id, title)
            for name, recorded, meeting_id, title in queryset.order_by("pk").values_list(
                field, f"{field}_sha256", "meeting_id", "meeting__title"
            )
        ]
    return rows


def file_sha256(name: str) -> str:
    """Raises FileNotFoundError when the storage lacks the file, OSError when it cannot read it."""
    if not default_storage.exists(name):
        raise FileNotFoundError(name)
    with default_storage.open(name, "rb") as handle:
        return sha256_of(handle)


def file_status(stored: StoredFile) -> str:
    try:
        found = file_sha256(stored.name)
    except FileNotFoundError:
        return MISSING
    except OSError:
        return UNREADABLE
    if not stored.recorded:
        return UNREGISTERED
    return OK if found == stored.recorded else CHANGED


def statuses(files: list[StoredFile]) -> Iterator[tuple[StoredFile, str]]:
    for stored in files:
        yield stored, file_status(stored)


def fixity_run(*, progress: Callable[[Iterable], Iterable] | None = None) -> FixityRun:
    """Check every upload and keep the result (the admin shows the latest run)."""
    started = timezone.now()
    files = stored_files()
    results = statuses(files)
    counts = dict.fromkeys((MISSING, CHANGED, UNREADABLE, UNREGISTERED), 0)
    problems = []
    for stored, status in progress(results) if progress else results:
        if status != OK:
            counts[status] += 1
            problems.append({"status": status, **asdict(stored)})
    return FixityRun.objects.create(
        started_at=started,
        finished_at=timezone.now(),
        checked=len(files),
        missing=counts[MISSING],
        changed=counts[CHANGED],
        unreadable=counts[UNREADABLE],
        unregistered=counts[UNREGISTERED],
        problems=problems,
    )
