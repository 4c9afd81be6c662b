"""verify_archive: every upload re-read and compared with the hash recorded at upload."""

from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from archival.models import FixityRun
from meetings.models import Document, Pledge

pytestmark = pytest.mark.django_db


def verify() -> tuple[str, FixityRun]:
    out = StringIO()
    try:
        call_command("verify_archive", stdout=out, stderr=StringIO())
    except CommandError as error:
        out.write(str(error))
    return out.getvalue(), FixityRun.objects.get()


def test_an_untouched_archive_passes(archived_seed):
    output, run = verify()

    assert (run.checked, run.ok, run.problems) == (2, True, [])
    assert "共校验 2 个文件：缺失 0，已改变 0" in output


def test_one_changed_byte_is_detected(archived_seed):
    name = Document.objects.exclude(file="").get().file.name
    with default_storage.open(name, "rb") as handle:
        content = bytearray(handle.read())
    content[len(content) // 2] ^= 0x01
    default_storage.delete(name)
    default_storage.save(name, ContentFile(bytes(content)))

    output, run = verify()

    assert (run.changed, run.ok) == (1, False)
    assert f"已改变\t{name}" in output


def test_a_missing_file_is_reported(archived_seed):
    name = Pledge.objects.exclude(scan="").get().scan.name
    default_storage.delete(name)

    output, run = verify()

    assert run.missing == 1 and run.problems[0]["status"] == "缺失"
    assert f"缺失\t{name}" in output


def test_a_file_without_a_recorded_hash_is_reported_as_unregistered_not_failed(archived_seed):
    Pledge.objects.update(scan_sha256="")

    output, run = verify()

    assert (run.unregistered, run.ok) == (1, True)
    assert "未登记" in output


def test_superusers_see_the_last_run_in_the_admin(
    archived_seed, client, superuser, django_assert_num_queries
):
    Pledge.objects.update(scan_sha256="")
    verify()
    client.force_login(superuser)
    client.get(reverse("admin:archival_fixityrun_changelist"))  # warm the session cache

    # 1 session, 2 user, 3 count, 4 count without filters, 5 runs
    with django_assert_num_queries(5):
        page = client.get(reverse("admin:archival_fixityrun_changelist"))
    detail = client.get(
        reverse("admin:archival_fixityrun_change", args=[FixityRun.objects.get().pk])
    )

    assert page.status_code == 200 and "固定性校验" in page.content.decode()
    assert "未登记" in detail.content.decode()


def test_clerks_cannot_see_fixity_runs(archived_seed, client, clerk_user):
    verify()
    client.force_login(clerk_user)

    assert client.get(reverse("admin:archival_fixityrun_changelist")).status_code == 403
