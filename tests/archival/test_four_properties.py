"""archive_check: 四性检测 of a year's records, as a table and as JSON."""

import io
import json
from io import StringIO

import pikepdf
import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError

from meetings.models import Document, Meeting
from tests.archival.conftest import sha256

pytestmark = pytest.mark.django_db


def check(*args: str) -> tuple[str, bool]:
    out = StringIO()
    try:
        call_command("archive_check", "--year", "2023", *args, stdout=out, stderr=StringIO())
    except CommandError as error:
        return out.getvalue() + str(error), False
    return out.getvalue(), True


def upload(meeting: Meeting, name: str, content: bytes) -> None:
    Document.objects.create(
        meeting=meeting,
        title="附件",
        file=ContentFile(content, name=name),
        file_sha256=sha256(content),
        order=100,
    )


def pdf_bytes(**save) -> bytes:
    document = pikepdf.new()
    document.add_blank_page()
    buffer = io.BytesIO()
    document.save(buffer, **save)
    return buffer.getvalue()


def test_a_filed_year_passes_all_four_properties(archived_seed):
    table, ok = check()

    assert ok
    assert "| 真实性 | 1 | 0 |" in table and "| 安全性 | 1 | 0 |" in table


def test_the_json_report_counts_meetings_files_and_findings(archived_seed, tmp_path):
    path = tmp_path / "report.json"
    check("--json", str(path))

    report = json.loads(path.read_text(encoding="utf-8"))

    assert (report["meetings"], report["files"], report["findings"]) == (1, 2, [])
    assert list(report["properties"]) == ["真实性", "完整性", "可用性", "安全性"]


def test_a_changed_upload_fails_authenticity(archived_seed):
    Document.objects.exclude(file="").update(file_sha256="0" * 64)

    table, ok = check()

    assert not ok and "| 真实性 | 1 | 1 |" in table
    assert "与上传时登记的 SHA-256 不符" in table


def test_a_meeting_without_a_file_number_fails_integrity(seed_meeting):
    table, ok = check("--json", "-")

    report = json.loads(table[: table.rindex("}") + 1])
    assert not ok
    assert {f["problem"] for f in report["findings"] if f["property"] == "完整性"} == {
        "缺少档号",
        "缺少保管期限",
    }


def test_an_encrypted_upload_fails_security(archived_seed):
    upload(
        archived_seed, "locked.pdf", pdf_bytes(encryption=pikepdf.Encryption(owner="o", user=""))
    )

    table, ok = check()

    assert not ok and "| 安全性 | 1 | 1 |" in table
    assert "locked.pdf”已加密" in table


def test_an_upload_with_javascript_fails_security(archived_seed):
    document = pikepdf.new()
    document.add_blank_page()
    document.Root.OpenAction = pikepdf.Dictionary(
        S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")
    )
    buffer = io.BytesIO()
    document.save(buffer)
    upload(archived_seed, "script.pdf", buffer.getvalue())

    table, ok = check()

    assert not ok and "script.pdf”打开时执行动作" in table
