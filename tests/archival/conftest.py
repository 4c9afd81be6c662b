import hashlib
import io

import pikepdf
import pytest
from django.core.files.base import ContentFile

from meetings.models import Document, Meeting
from meetings.services import meetings_file

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def blank_pdf() -> bytes:
    document = pikepdf.new()
    document.add_blank_page()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


# One PDF for the whole run: pikepdf gives every new file a fresh /ID.
BLANK_PDF = blank_pdf()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def archived_seed(seed_meeting) -> Meeting:
    """The seed meeting filed, with an uploaded document (PDF) and a pledge scan (PNG)."""
    meetings_file(meetings=Meeting.objects.filter(pk=seed_meeting.pk))
    content = BLANK_PDF
    Document.objects.create(
        meeting=seed_meeting,
        title="关于加强基层党建的意见",
        issuer="校党委",
        number="校党发〔2023〕5号",
        file=ContentFile(content, name="意见.pdf"),
        file_sha256=sha256(content),
        order=99,
    )
    pledge = seed_meeting.pledges.first()
    pledge.scan = ContentFile(PNG, name="责任书.png")
    pledge.scan_sha256 = sha256(PNG)
    pledge.save()
    return Meeting.objects.get(pk=seed_meeting.pk)
