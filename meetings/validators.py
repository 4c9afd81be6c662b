"""Checks on uploaded files (document files, pledge scans): content, not names."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

# Magic bytes of the only formats the archive accepts.
_SIGNATURES = {
    b"%PDF-": "PDF",
    b"\xff\xd8\xff": "JPEG",
    b"\x89PNG\r\n\x1a\n": "PNG",
}


def validate_upload(file) -> None:
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("文件不能超过 20 MB。"), code="too_large")
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(8)
    file.seek(position)
    if not any(head.startswith(signature) for signature in _SIGNATURES):
        raise ValidationError(
            _("只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）。"), code="bad_type"
        )
