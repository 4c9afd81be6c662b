"""Transfer bundles: one BagIt bag written by export_bundle and export_meetings --bundle,
read back by import_meetings DIR."""

import csv
import io
import json
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import bagit
import pikepdf
import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from meetings import pdf
from meetings.interchange import meeting_to_record
from meetings.models import Document, Meeting, Pledge
from meetings.pdfa import pdfa_problems, records_from_pdf
from meetings.selectors import meetings_for_export
from orgs.models import Organisation, Person
from tests.archival.conftest import BLANK_PDF, PNG, sha256
from tests.factories import MeetingFactory
from tests.meetings.test_pdfa import tampered

pytestmark = pytest.mark.django_db
BAGIT = Path(sys.executable).parent / "bagit.py"


def export_bundle(output: Path, *args: str) -> Path:
    call_command(
        "export_bundle", "--year", "2023", "--output", str(output), *args, stderr=StringIO()
    )
    return output


def import_bundle(path: Path) -> str:
    out, err = StringIO(), StringIO()
    try:
        call_command("import_meetings", str(path), stdout=out, stderr=err)
    except CommandError as error:
        raise CommandError(f"{err.getvalue()}{error}") from None
    return out.getvalue()


def folder_of(bag: Path, meeting: Meeting) -> Path:
    return bag / "data" / "meetings" / meeting.file_number


def uploaded_bytes() -> dict[str, bytes]:
    """Every stored upload's bytes by its bare name."""
    result = {}
    for document in Document.objects.exclude(file=""):
        result[Path(document.file.name).name] = document.file.read()
    for pledge in Pledge.objects.exclude(scan=""):
        result[Path(pledge.scan.name).name] = pledge.scan.read()
    return result


def media_files(media_root: Path) -> list[Path]:
    return sorted(p for p in Path(media_root).rglob("*") if p.is_file())


def test_the_bag_is_valid_for_bagit_and_its_command_line_validator(archived_seed, tmp_path):
    bag = export_bundle(tmp_path / "bag")

    bagit.Bag(str(bag)).validate()
    completed = subprocess.run([str(BAGIT), "--validate", str(bag)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr


def test_each_meeting_has_its_json_pdfa_and_uploaded_files(archived_seed, tmp_path):
    bag = export_bundle(tmp_path / "bag")
    folder = folder_of(bag, archived_seed)
    record = meeting_to_record(
        meetings_for_export(Meeting.objects.filter(pk=archived_seed.pk)).get()
    )

    assert json.loads((folder / "record.json").read_text(encoding="utf-8")) == record
    assert pdf.record_json(record) == (folder / "record.json").read_bytes()
    assert (folder / "summary.pdf").read_bytes().startswith(b"%PDF-")
    assert (folder / "files/documents/2023/意见.pdf").read_bytes() == BLANK_PDF
    assert (folder / "files/pledges/2023/责任书.png").read_bytes() == PNG


def test_the_catalogue_lists_file_number_title_date_host_retention_pages_and_files(
    archived_seed, tmp_path
):
    bag = export_bundle(tmp_path / "bag")
    with open(bag / "data" / "catalogue.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    sheet = load_workbook(bag / "data" / "目录.xlsx").active

    header, row = rows
    assert header == ["档号", "题名", "日期", "召开单位", "保管期限", "页数", "文件"]
    assert row[:5] == [
        archived_seed.file_number,
        archived_seed.title,
        "2023-04-03",
        "太原理工大学",
        "永久",
    ]
    assert int(row[5]) >= 1
    assert row[6] == "意见.pdf；责任书.png"
    assert [[str(cell) for cell in r] for r in sheet.iter_rows(values_only=True)] == rows


def test_bag_info_names_the_source_and_counts(archived_seed, tmp_path):
    bag = bagit.Bag(str(export_bundle(tmp_path / "bag")))

    assert bag.info["Source-Organization"]
    assert (bag.info["Meeting-Count"], bag.info["File-Count"], bag.info["Year"]) == (
        "1",
        "2",
        "2023",
    )


def test_org_limits_the_bag_to_its_subtree(archived_seed, tmp_path):
    other = Organisation.objects.create(name="另一个党委", kind="党委")

    with pytest.raises(CommandError, match="没有已发布的会议可以移交"):
        export_bundle(tmp_path / "bag", "--org", str(other.pk))


def test_database_to_bag_to_empty_database_gives_the_same_records_and_files(
    archived_seed, tmp_path, media_root
):
    records = [meeting_to_record(m) for m in meetings_for_export()]
    files = uploaded_bytes()
    bag = export_bundle(tmp_path / "bag")
    Meeting.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    shutil.rmtree(media_root)

    message = import_bundle(bag)

    assert "恢复 1 条会议记录、2 个文件" in message
    assert [meeting_to_record(m) for m in meetings_for_export()] == records
    assert uploaded_bytes() == files


def test_export_meetings_bundle_writes_the_same_bag_and_import_restores_it(
    archived_seed, tmp_path, media_root
):
    records = [meeting_to_record(m) for m in meetings_for_export()]
    bag = tmp_path / "backup"
    call_command("export_meetings", "--bundle", str(bag), stderr=StringIO())
    bagit.Bag(str(bag)).validate()
    Meeting.objects.all().delete()
    shutil.rmtree(media_root)

    import_bundle(bag)

    assert [meeting_to_record(m) for m in meetings_for_export()] == records


def refused(bag: Path, match: str, media_root: Path) -> None:
    """The bag is refused with `match` in the message, and nothing is written."""
    meetings, files = Meeting.objects.count(), media_files(media_root)
    with pytest.raises(CommandError, match=match):
        import_bundle(bag)
    assert Meeting.objects.count() == meetings
    assert media_files(media_root) == files


@pytest.fixture
def bag_of_an_emptied_archive(archived_seed, tmp_path) -> Path:
    bag = export_bundle(tmp_path / "bag")
    Meeting.objects.all().delete()
    return bag


def test_a_tampered_file_is_refused(bag_of_an_emptied_archive, archived_seed, media_root):
    scan = folder_of(bag_of_an_emptied_archive, archived_seed) / "files/pledges/2023/责任书.png"
    scan.write_bytes(PNG + b"\x00")

    refused(bag_of_an_emptied_archive, "责任书.png”的 SHA-256 与清单不符", media_root)


def test_a_missing_file_is_refused(bag_of_an_emptied_archive, archived_seed, media_root):
    (folder_of(bag_of_an_emptied_archive, archived_seed) / "files/documents/2023/意见.pdf").unlink()

    refused(bag_of_an_emptied_archive, "意见.pdf”不存在", media_root)


def test_a_pdf_whose_embedded_record_differs_from_the_json_is_refused(
    bag_of_an_emptied_archive, archived_seed, media_root
):
    summary = folder_of(bag_of_an_emptied_archive, archived_seed) / "summary.pdf"
    # A change the printed pages cannot show; the manifests are made to agree.
    summary.write_bytes(tampered(summary.read_bytes(), lambda r: r.update(venue="别处")))
    bagit.Bag(str(bag_of_an_emptied_archive)).save(manifests=True)

    refused(bag_of_an_emptied_archive, "嵌入的记录与 record.json 不一致", media_root)


def test_a_bag_repeating_a_stored_file_number_is_refused(archived_seed, tmp_path, media_root):
    bag = export_bundle(tmp_path / "bag")

    refused(bag, f"档号“{archived_seed.file_number}”已被档案中的其他会议使用", media_root)


def test_a_folder_that_is_not_a_bag_is_refused(tmp_path, media_root, db):
    (tmp_path / "plain").mkdir()

    refused(tmp_path / "plain", "不是有效的 BagIt 移交包", media_root)


def test_an_upload_changed_since_it_was_recorded_stops_the_export(archived_seed, tmp_path):
    document = Document.objects.exclude(file="").get()
    with default_storage.open(document.file.name, "wb") as handle:
        handle.write(BLANK_PDF + b"%")

    with pytest.raises(CommandError, match="与上传时登记的 SHA-256 不符"):
        export_bundle(tmp_path / "bag")
    assert not (tmp_path / "bag").exists()


def test_a_non_empty_output_folder_is_refused(archived_seed, tmp_path):
    (tmp_path / "bag").mkdir()
    (tmp_path / "bag" / "keep.txt").write_text("x")

    with pytest.raises(CommandError, match="已存在且不为空"):
        export_bundle(tmp_path / "bag")
    assert (tmp_path / "bag" / "keep.txt").exists()


def test_a_file_that_is_not_a_pdf_jpeg_or_png_is_refused(
    bag_of_an_emptied_archive, archived_seed, media_root
):
    folder = folder_of(bag_of_an_emptied_archive, archived_seed)
    html = b"<html><script>alert(1)</script></html>"
    (folder / "files/pledges/2023/责任书.png").write_bytes(html)

    def pin(record):
        record["pledges"][0]["scan"]["sha256"] = sha256(html)

    record = json.loads((folder / "record.json").read_text(encoding="utf-8"))
    pin(record)
    (folder / "record.json").write_bytes(pdf.record_json(record))
    (folder / "summary.pdf").write_bytes(tampered((folder / "summary.pdf").read_bytes(), pin))
    bagit.Bag(str(bag_of_an_emptied_archive)).save(manifests=True)

    refused(bag_of_an_emptied_archive, "不是 20 MB 以内的 PDF、JPEG 或 PNG", media_root)


def test_many_meetings_render_in_a_pool_the_same_as_one_by_one(archived_seed, monkeypatch):
    from meetings import bundle

    MeetingFactory.create_batch(4)
    meetings = list(meetings_for_export(Meeting.objects.all()))
    monkeypatch.setattr(bundle, "BATCH_SIZE", 2)
    monkeypatch.setattr(bundle, "POOL_THRESHOLD", 2)

    pooled = list(bundle.pdfa_renders(meetings))

    assert [records_from_pdf(r.content) for r in pooled] == [
        [meeting_to_record(m)] for m in meetings
    ]
    assert [r.pages for r in pooled] == [pdf.meeting_pdfa(m).pages for m in meetings]
    assert [pdfa_problems(r.content) for r in pooled] == [[]] * 5


def xmp_values(content: bytes) -> list:
    keys = ["dc:title", "dc:creator", "dc:description", "pdf:Keywords", "pdfaid:part"]
    with pikepdf.open(io.BytesIO(content)) as document, document.open_metadata() as meta:
        return [meta.get(key) for key in keys]


def test_a_split_summary_keeps_the_metadata_of_a_single_one(archived_seed):
    (meeting,) = meetings_for_export(Meeting.objects.all())

    (split,) = pdf.meetings_pdfa([meeting])

    assert xmp_values(split.content) == xmp_values(pdf.meeting_pdfa(meeting).content)
    with pikepdf.open(io.BytesIO(split.content)) as document:
        attachment = document.attachments["meeting-record.json"].obj
        assert attachment.AFRelationship == "/Data" and len(document.Root.AF) == 1
