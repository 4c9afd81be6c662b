"""Checks on uploaded files (document files, pledge scans): content, not names."""

from django.core.exceptions import ValidationError
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
