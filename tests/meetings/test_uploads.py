import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from meetings.models import Document, MeetingStatus, MeetingVisibility, Pledge
from meetings.validators import MAX_UPLOAD_BYTES
from tests.factories import ClerkScopeFactory, MeetingFactory
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def document_with(name: str, content: bytes, **meeting) -> Document:
    return Document(
        meeting=MeetingFactory(**meeting),
        title="关于开展主题教育的通知",
        file=SimpleUploadedFile(name, content),
    )


def test_a_file_named_pdf_whose_bytes_are_html_is_refused():
    document = document_with("notice.pdf", HTML)
    with pytest.raises(ValidationError, match="只接受 PDF、JPEG 或 PNG"):
        document.full_clean()


@pytest.mark.parametrize(("name", "content"), [("x.png", PNG), ("x.pdf", PDF)])
def test_a_real_png_or_pdf_is_accepted(name, content):
    document_with(name, content).full_clean()


def test_a_file_one_byte_over_20_mb_is_refused():
    document = document_with("big.pdf", PDF + b"\x00" * (MAX_UPLOAD_BYTES + 1 - len(PDF)))
    with pytest.raises(ValidationError, match="20 MB"):
        document.full_clean()


def test_a_file_of_exactly_20_mb_is_accepted():
    document_with("big.pdf", PDF + b"\x00" * (MAX_UPLOAD_BYTES - len(PDF))).full_clean()


def test_the_admin_refuses_a_disguised_pledge_scan_and_keeps_the_meeting_unchanged(
    client, clerk_user, seed_draft, media_root
):
    seed_meeting = seed_draft
    ClerkScopeFactory(user=clerk_user, organisation=seed_meeting.host)
    client.force_login(clerk_user)
    url = reverse("admin:meetings_meeting_change", args=[seed_meeting.pk])
    data = change_form_data(client.get(url))
    data["pledges-0-scan"] = SimpleUploadedFile("scan.jpg", HTML)
    response = client.post(url, data)
    assert response.status_code == 200
    assert "只接受 PDF、JPEG 或 PNG" in response.content.decode()
    assert not Pledge.objects.exclude(scan="").exists()
    assert not media_root.exists() or not any(media_root.rglob("*.*"))

    data["pledges-0-scan"] = SimpleUploadedFile("scan.png", PNG)
    assert client.post(url, data).status_code == 302
    (stored,) = media_root.rglob("scan*.png")
    assert stored.read_bytes() == PNG


def saved_document(**meeting) -> Document:
    document = document_with("notice.pdf", PDF, **meeting)
    document.save()
    return document


def test_a_published_public_document_is_served_by_its_content_type(client):
    document = saved_document()
    response = client.get(reverse("files:document", args=[document.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize(
    "meeting",
    [
        {"status": MeetingStatus.DRAFT},
        {"visibility": MeetingVisibility.INTERNAL},
        {"archived": True},
    ],
    ids=["draft", "internal", "archived"],
)
def test_files_of_meetings_hidden_from_anonymous_visitors_are_404(client, meeting):
    document = saved_document(**meeting)
    assert client.get(reverse("files:document", args=[document.pk])).status_code == 404


def test_a_reader_gets_internal_files_but_not_drafts(client, reader_user):
    internal = saved_document(visibility=MeetingVisibility.INTERNAL)
    draft = saved_document(status=MeetingStatus.DRAFT)
    client.force_login(reader_user)
    assert client.get(reverse("files:document", args=[internal.pk])).status_code == 200
    assert client.get(reverse("files:document", args=[draft.pk])).status_code == 404


def test_pledge_scans_obey_the_same_visibility(client, reader_user):
    meeting = MeetingFactory(visibility=MeetingVisibility.INTERNAL)
    pledge = Pledge.objects.create(
        meeting=meeting, title="党建工作责任书", year=2023, scan=SimpleUploadedFile("s.png", PNG)
    )
    url = reverse("files:pledge", args=[pledge.pk])
    assert client.get(url).status_code == 404
    client.force_login(reader_user)
    response = client.get(url)
    assert response["Content-Type"] == "image/png"


def test_unknown_ids_rows_without_files_and_missing_files_are_404(client, media_root):
    document = saved_document()
    without_file = Document.objects.create(meeting=document.meeting, title="无附件")
    assert client.get(reverse("files:document", args=[without_file.pk])).status_code == 404
    assert client.get(reverse("files:document", args=[document.pk + 100])).status_code == 404
    (media_root / document.file.name).unlink()
    assert client.get(reverse("files:document", args=[document.pk])).status_code == 404


def test_the_media_directory_is_never_served_directly(client):
    document = saved_document()
    assert client.get("/" + "media/" + document.file.name).status_code == 404
    assert client.get(document.file.url).status_code == 404
