"""Checks on uploaded files (document files, pledge scans): content, not names."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

# Magic bytes of the only formats the archive accepts, with the type they are served as.
_SIGNATURES = {
    b"%PDF-": "application/pdf",
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}


def upload_content_type(file) -> str | None:
    """The MIME type read from the file's first bytes, or None if it is not PDF/JPEG/PNG."""
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(8)
    file.seek(position)
    return next(
        (kind for signature, kind in _SIGNATURES.items() if head.startswith(signature)), None
    )


def validate_upload(file) -> None:
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("文件不能超过 20 MB。"), code="too_large")
    if upload_content_type(file) is None:
        raise ValidationError(
            _("只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）。"), code="bad_type"
        )


# The Communist Party of China was founded on 1 July 1921: no Party meeting is older.
EARLIEST_MEETING_DATE = datetime.date(1921, 7, 1)


def latest_meeting_date(today: datetime.date | None = None) -> datetime.date:
    """A year after today: meetings are entered when planned, never further ahead."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


def date_out_of_range_message(value: datetime.date) -> str | None:
    """Why a meeting (or its report) cannot have this date, or None when it can."""
    latest = latest_meeting_date()
    if EARLIEST_MEETING_DATE <= value <= latest:
        return None
    return _("日期 %(date)s 不在 %(earliest)s 至 %(latest)s 之间。") % {
        "date": value.isoformat(),
        "earliest": EARLIEST_MEETING_DATE.isoformat(),
        "latest": latest.isoformat(),
    }


def validate_meeting_date(value: datetime.date) -> None:
    message = date_out_of_range_message(value)
    if message:
        raise ValidationError(message, code="date_out_of_range")
