"""Uploaded files are linked through the visibility-checked routes everywhere, stored under
the extension of their content, fingerprinted at upload, and reached only through the
storage API."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from meetings.models import Document, MeetingStatus, Pledge, PledgeParty
from tests.factories import (
    ClerkScopeFactory,
    DraftMeetingFactory,
    MeetingFactory,
    OrganisationFactory,
)
from tests.meetings.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def in_memory_storage(settings):
    """A storage with no local path at all: anything that assumed one would fail."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


def meeting_with_files(**meeting):
    meeting = MeetingFactory(**meeting)
    document = Document.objects.create(
        meeting=meeting, title="关于开展主题教育的通知", file=SimpleUploadedFile("n.pdf", PDF)
    )
    pledge = Pledge.objects.create(
        meeting=meeting, title="党建工作责任书", year=2023, scan=SimpleUploadedFile("s.png", PNG)
    )
    return meeting, document, pledge


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content)


def test_the_public_page_links_documents_and_pledge_scans_through_the_checked_routes(client):
    meeting, document, pledge = meeting_with_files()
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    document_url = reverse("files:document", args=[document.pk])
    scan_url = reverse("files:pledge", args=[pledge.pk])
    assert f'href="{document_url}"' in html
    assert f'href="{scan_url}"' in html
    assert "/media/" not in html
    assert download(client, document_url) == PDF
    assert download(client, scan_url) == PNG


def test_the_pledge_register_links_each_scan(client):
    _, _, pledge = meeting_with_files()
    html = client.get(reverse("meetings:pledges")).content.decode()
    assert f'href="{reverse("files:pledge", args=[pledge.pk])}"' in html


def test_the_admin_links_files_of_a_draft_through_its_scope_checked_route(client, clerk_user):
    meeting, document, pledge = meeting_with_files(status=MeetingStatus.DRAFT)
    ClerkScopeFactory(user=clerk_user, organisation=meeting.host)
    client.force_login(clerk_user)
    html = client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk])).content.decode()
    document_url = reverse("admin:meetings_meeting_document", args=[meeting.pk, document.pk])
    scan_url = reverse("admin:meetings_meeting_pledge_scan", args=[meeting.pk, pledge.pk])
    assert f'href="{document_url}"' in html
    assert f'href="{scan_url}"' in html
    assert "/media/" not in html
    assert download(client, document_url) == PDF
    assert download(client, scan_url) == PNG


def test_the_pledge_admin_page_links_the_scan_through_the_checked_route(client, superuser):
    meeting, _, pledge = meeting_with_files()
    client.force_login(superuser)
    html = client.get(reverse("admin:meetings_pledge_change", args=[pledge.pk])).content.decode()
    assert reverse("admin:meetings_meeting_pledge_scan", args=[meeting.pk, pledge.pk]) in html
    assert "/media/" not in html


def test_a_clerk_cannot_fetch_files_of_a_meeting_outside_their_scope(client, clerk_user):
    meeting, document, _ = meeting_with_files(status=MeetingStatus.DRAFT)
    ClerkScopeFactory(user=clerk_user, organisation=OrganisationFactory())
    client.force_login(clerk_user)
    url = reverse("admin:meetings_meeting_document", args=[meeting.pk, document.pk])
    assert client.get(url).status_code == 404


def test_a_file_is_reached_only_under_its_own_meeting(client, superuser):
    meeting, _, _ = meeting_with_files()
    _, other_document, _ = meeting_with_files()
    client.force_login(superuser)
    url = reverse("admin:meetings_meeting_document", args=[meeting.pk, other_document.pk])
    assert client.get(url).status_code == 404


def test_anonymous_visitors_get_no_admin_file_route(client):
    meeting, document, _ = meeting_with_files()
    url = reverse("admin:meetings_meeting_document", args=[meeting.pk, document.pk])
    assert client.get(url).status_code == 302  # to the admin login


def upload_through_the_admin(client, user, meeting, *, name: str, content: bytes) -> Document:
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    data = change_form_data(client.get(url))
    data.update(
        {
            "documents-TOTAL_FORMS": "1",
            "documents-0-title": "上传的文件",
            "documents-0-order": "0",
            "documents-0-file": SimpleUploadedFile(name, content),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Document.objects.get(meeting=meeting)


def test_an_upload_is_stored_under_the_extension_of_its_content_not_its_name(client, superuser):
    client.force_login(superuser)
    document = upload_through_the_admin(
        client, superuser, DraftMeetingFactory(), name="polyglot.html", content=PDF
    )
    assert document.file.name.startswith("documents/2023/polyglot")
    assert document.file.name.endswith(".pdf")


def test_the_admin_records_the_sha256_of_an_upload(client, superuser):
    client.force_login(superuser)
    document = upload_through_the_admin(
        client, superuser, DraftMeetingFactory(), name="n.pdf", content=PDF
    )
    assert document.file_sha256 == hashlib.sha256(PDF).hexdigest()


def test_a_scan_named_jpg_holding_a_png_is_stored_as_png():
    _, _, pledge = meeting_with_files()
    pledge.scan = SimpleUploadedFile("scan.jpg", PNG)
    pledge.save()
    assert pledge.scan.name.endswith(".png")
    assert pledge.scan_sha256 == hashlib.sha256(PNG).hexdigest()


def test_clearing_a_file_clears_its_fingerprint():
    _, document, _ = meeting_with_files()
    document.file = ""
    document.save()
    document.refresh_from_db()
    assert document.file_sha256 == ""


def test_upload_download_and_import_check_work_without_a_local_path(
    client, in_memory_storage, seed_record
):
    from meetings.services import meeting_records_import

    _, document, pledge = meeting_with_files()
    assert download(client, reverse("files:document", args=[document.pk])) == PDF
    assert download(client, reverse("files:pledge", args=[pledge.pk])) == PNG
    file = {"name": document.file.name, "sha256": document.file_sha256}
    seed_record["documents"] = [{"title": "通知", "issuer": None, "number": None, "file": file}]
    (meeting,) = meeting_records_import(records=seed_record)
    assert meeting.documents.get().file.read() == PDF


def test_the_organisation_page_links_the_scans_of_pledges_it_signed(client):
    meeting, _, pledge = meeting_with_files()
    PledgeParty.objects.create(pledge=pledge, organisation=meeting.host)
    html = client.get(reverse("orgs:detail", args=[meeting.host.pk])).content.decode()
    assert f'href="{reverse("files:pledge", args=[pledge.pk])}"' in html
