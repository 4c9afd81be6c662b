"""Uploaded files, served only to those who may see their meeting.

MEDIA_URL is never routed: a file's path could be guessed, so every download goes
through `Meeting.objects.visible_to` like the pages do.
"""

from pathlib import PurePath

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from meetings.models import Document, Meeting, Pledge
from meetings.validators import upload_content_type


def file_response(field_file) -> FileResponse:
    """The stored file, read through its storage, served as the type its bytes show."""
    try:
        handle = field_file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    content_type = upload_content_type(handle)
    if content_type is None:
        handle.close()
        raise Http404
    response = FileResponse(
        handle, content_type=content_type, filename=PurePath(field_file.name).name
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    # Internal meetings' files must not linger in shared caches.
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _visible_file(model, field: str, *, pk: int, user):
    row = (
        model.objects.filter(pk=pk, meeting__in=Meeting.objects.visible_to(user))
        .exclude(**{field: ""})
        .only(field)
        .first()
    )
    if row is None:
        raise Http404
    return getattr(row, field)


@require_safe
def document_file(request, pk: int):
    return file_response(_visible_file(Document, "file", pk=pk, user=request.user))


@require_safe
def pledge_scan(request, pk: int):
    return file_response(_visible_file(Pledge, "scan", pk=pk, user=request.user))
