"""Deleting a meeting (superusers only) deletes its uploaded files with it, once the
deletion commits; its rows stay in the history. See docs/operations.md."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse

from meetings.models import Document, Meeting, Pledge
from meetings.services import meeting_delete
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def meeting_with_files() -> tuple[Meeting, str, str]:
    meeting = MeetingFactory()
    document = Document.objects.create(
        meeting=meeting, title="通知", file=SimpleUploadedFile("n.pdf", PDF)
    )
    pledge = Pledge.objects.create(
        meeting=meeting, title="责任书", year=2023, scan=SimpleUploadedFile("s.png", PNG)
    )
    return meeting, document.file.name, pledge.scan.name


def test_a_superuser_deleting_a_meeting_deletes_its_files(
    client, superuser, django_capture_on_commit_callbacks
):
    meeting, document_file, scan = meeting_with_files()
    client.force_login(superuser)
    url = reverse("admin:meetings_meeting_delete", args=[meeting.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Meeting.objects.exists()
    assert not default_storage.exists(document_file)
    assert not default_storage.exists(scan)


def test_the_bulk_delete_action_deletes_the_files_too(
    client, superuser, django_capture_on_commit_callbacks
):
    first, first_file, _ = meeting_with_files()
    second, second_file, _ = meeting_with_files()
    client.force_login(superuser)
    data = {"action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:meetings_meeting_changelist"), data)
    assert not Meeting.objects.exists()
    assert not default_storage.exists(first_file)
    assert not default_storage.exists(second_file)


def test_the_history_keeps_the_deleted_meeting_and_its_document_rows(
    django_capture_on_commit_callbacks,
):
    meeting, document_file, _ = meeting_with_files()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_delete(meetings=Meeting.objects.filter(pk=meeting.pk))
    assert Meeting.history.filter(id=meeting.pk, history_type="-").exists()
    deleted = Document.history.get(meeting_id=meeting.pk, history_type="-")
    assert (deleted.title, deleted.file) == ("通知", document_file)


def test_a_file_another_meeting_still_names_is_kept(django_capture_on_commit_callbacks):
    meeting, document_file, _ = meeting_with_files()
    other = MeetingFactory()
    Document.objects.create(meeting=other, title="同一文件", file=document_file)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_delete(meetings=Meeting.objects.filter(pk=meeting.pk))
    assert default_storage.exists(document_file)
    assert Document.objects.get().file.read() == PDF


def test_a_deletion_that_is_rolled_back_keeps_the_files():
    meeting, document_file, scan = meeting_with_files()
    with pytest.raises(RuntimeError), transaction.atomic():
        meeting_delete(meetings=Meeting.objects.filter(pk=meeting.pk))
        raise RuntimeError("the surrounding work failed")
    assert Meeting.objects.filter(pk=meeting.pk).exists()
    assert default_storage.exists(document_file)
    assert default_storage.exists(scan)


def test_editing_a_meeting_keeps_a_replaced_file_for_restoring():
    meeting, document_file, _ = meeting_with_files()
    document = meeting.documents.get()
    document.file = SimpleUploadedFile("new.pdf", PDF + b"%")
    document.save()
    assert default_storage.exists(document_file)
